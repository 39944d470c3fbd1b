package dev.explainer.diag;

/** A place in a project file: path relative to the project root, with '/' separators; line 0 = whole file. */
public record SourcePos(String path, int line) implements Comparable<SourcePos> {

    public SourcePos {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("path must not be blank");
        }
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0");
        }
    }

    public static SourcePos file(String path) {
        return new SourcePos(path, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? path + ":" + line : path;
    }

    @Override
    public int compareTo(SourcePos o) {
        int c = path.compareTo(o.path);
        return c != 0 ? c : Integer.compare(line, o.line);
    }
}
