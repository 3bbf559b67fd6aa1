package de.lagebild;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Library-wide facts: the version recorded in every manifest. */
public final class Lagebild {
    private static final String VERSION = readVersion();

    private Lagebild() {
    }

    /**
     * The library version, such as {@code 0.1.0}.
     *
     * @return the Maven project version the library was built as, read from
     *         {@code de/lagebild/version.properties}; {@code unknown} when that resource is missing or
     *         unreadable
     */
    public static String version() {
        return VERSION;
    }

    private static String readVersion() {
        try (InputStream in = Lagebild.class.getResourceAsStream("/de/lagebild/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
