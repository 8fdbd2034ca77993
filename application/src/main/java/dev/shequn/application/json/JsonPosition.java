package dev.shequn.application.json;

/**
 * A place in a JSON text: 1-based line and column. The column counts UTF-16 chars from the line start,
 * which is the character count for every text outside the supplementary planes.
 */
public record JsonPosition(int line, int column) {

    /** For values built in code rather than parsed. */
    public static final JsonPosition NONE = new JsonPosition(0, 0);

    @Override
    public String toString() {
        return "line " + line + ", column " + column;
    }
}
