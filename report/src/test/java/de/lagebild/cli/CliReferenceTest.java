package de.lagebild.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/cli.md shows every command's current usage text, and every command is in it. */
class CliReferenceTest {

    @Test
    void theReferenceShowsTheCurrentUsage() throws Exception {
        String md = Files.readString(Path.of("../docs/cli.md"));
        Matcher m = Pattern.compile("<!-- usage: ([a-z]+) -->\\s*\\n```\\n(.*?)\\n```", Pattern.DOTALL).matcher(md);
        List<String> shown = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        while (m.find()) {
            String cmd = m.group(1);
            shown.add(cmd);
            StringWriter out = new StringWriter();
            Main.run(new String[] {cmd, "--help"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
            String usage = out.toString().replace("\r\n", "\n").stripTrailing();
            if (!usage.equals(m.group(2).stripTrailing())) {
                stale.add("docs/cli.md, lagebild " + cmd + ": the usage is now\n" + usage);
            }
        }
        assertEquals(List.of(), stale);
        picocli.CommandLine cl = new picocli.CommandLine(new Main());
        for (String sub : cl.getSubcommands().keySet()) {
            assertTrue(shown.contains(sub), "docs/cli.md does not describe lagebild " + sub);
        }
    }
}
