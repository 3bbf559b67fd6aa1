package de.lagebild.samples;

/** The little YAML writing the generator needs: quoted scalars. */
final class Yaml {
    private Yaml() {
    }

    /** A double-quoted YAML scalar. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    /** A mapping key: bare when it is a whole number, quoted otherwise (so that no code turns into a boolean). */
    static String key(String s) {
        return s.matches("\\d+") ? s : quote(s);
    }
}
