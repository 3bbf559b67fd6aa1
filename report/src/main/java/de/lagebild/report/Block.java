package de.lagebild.report;

import java.util.List;

/** The document model the renderer lays out: what chapters wrote, numbered, in order. */
sealed interface Block {

    /**
     * A heading.
     *
     * @param level  1 chapter, 2 section, 3 subsection
     * @param number "2.3", "A.1" or "" when unnumbered
     * @param title  the title
     * @param anchor the named destination (unique)
     */
    record Heading(int level, String number, String title, String anchor) implements Block {
        String display() {
            return number.isEmpty() ? title : number + "  " + title;
        }
    }

    record Para(String text) implements Block {
    }

    record Bullets(List<String> items) implements Block {
    }

    record Note(String text) implements Block {
    }

    record TableBlock(Table table, int number) implements Block {
    }

    record FigureBlock(Figure figure, int number) implements Block {
    }

    record Findings(List<Finding> findings) implements Block {
    }

    record PageBreak() implements Block {
    }
}
