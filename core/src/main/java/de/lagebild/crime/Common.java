package de.lagebild.crime;

import de.lagebild.io.InputException;
import de.lagebild.io.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Helpers shared by the importers. */
final class Common {
    private static final Pattern YEAR_IN_NAME = Pattern.compile("(?<!\\d)(199\\d|20\\d\\d)(?!\\d)");
    private static final Pattern DATE_DE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern DATE_ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private Common() {
    }

    /** The one year 1990-2099 in a file name, or empty (none or several). */
    static OptionalInt yearInFileName(Path file) {
        Matcher m = YEAR_IN_NAME.matcher(file.getFileName().toString());
        TreeSet<Integer> years = new TreeSet<>();
        while (m.find()) {
            years.add(Integer.parseInt(m.group(1)));
        }
        return years.size() == 1 ? OptionalInt.of(years.first()) : OptionalInt.empty();
    }

    /** The year a file's rows belong to when it has no year column: given, or from the file name. */
    static int fileYear(Path file, ImportOptions options, String source) {
        if (options.year().isPresent()) {
            return options.year().getAsInt();
        }
        OptionalInt y = yearInFileName(file);
        if (y.isPresent()) {
            return y.getAsInt();
        }
        throw new InputException(Problem.inFile(source, "has no year column and its file name holds no single year"
                + " (1990-2099); say which year its rows belong to with year: in the project file"));
    }

    /**
     * Reads a year from a cell: {@code 2022}, {@code 2022.0} (spreadsheet number), {@code 31.12.2022},
     * {@code 2022-12-31}. Empty when the text is none of these.
     */
    static OptionalInt year(String text) {
        String t = text.trim();
        if (t.length() == 4 && AreaKeys.allDigits(t) || t.length() > 5 && AreaKeys.allDigits(t.substring(0, 4))
                && t.substring(4).matches("\\.0+")) {
            return plausible(Integer.parseInt(t.substring(0, 4)));
        }
        Matcher m = DATE_DE.matcher(t);
        if (m.matches()) {
            return plausible(Integer.parseInt(m.group(3)));
        }
        m = DATE_ISO.matcher(t);
        if (m.matches()) {
            return plausible(Integer.parseInt(m.group(1)));
        }
        m = Pattern.compile(".*?(?<!\\d)(\\d{4})(?!\\d).*").matcher(t);
        if (t.toLowerCase(java.util.Locale.ROOT).startsWith("stichtag") && m.matches()) {
            return plausible(Integer.parseInt(m.group(1)));
        }
        return OptionalInt.empty();
    }

    private static OptionalInt plausible(int y) {
        return y >= 1900 && y <= 2200 ? OptionalInt.of(y) : OptionalInt.empty();
    }

    /** One problem for a row from several: the first, with the others' messages appended. */
    static Problem combine(List<Problem> problems) {
        Problem first = problems.get(0);
        if (problems.size() == 1) {
            return first;
        }
        StringBuilder sb = new StringBuilder(first.message());
        for (Problem p : problems.subList(1, problems.size())) {
            sb.append("; also ");
            if (p.column() != null) {
                sb.append("column ").append(p.column()).append(": ");
            }
            if (p.value() != null) {
                sb.append(Problem.quote(p.value())).append(' ');
            }
            sb.append(p.message());
        }
        return new Problem(first.source(), first.line(), first.column(), first.key(), first.value(), sb.toString());
    }

    /** A number for messages: integers plain, others with up to 4 decimals, {@code .} as decimal point. */
    static String fmt(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return String.format(java.util.Locale.ROOT, "%,d", (long) x);
        }
        return String.format(java.util.Locale.ROOT, "%.4f", x).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
