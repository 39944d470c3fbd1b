package dev.explainer.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Strings written whole the first time and by number after: the memos repeat the same links and ids
 * on thousands of pages, so the file stays small, and what is read back shares one copy of each.
 */
final class StringTable {
    private StringTable() {
    }

    /** Stands for null, which a string table has no other way to write. */
    private static final String NULL = "\0";

    static final class Writer {
        private final Map<String, Integer> seen = new HashMap<>();
        private final CacheOut out;

        Writer(CacheOut out) {
            this.out = out;
        }

        CacheOut out() {
            return out;
        }

        void write(String s) {
            Integer n = seen.get(s);
            if (n != null) {
                out.writeInt(-n - 1);
                return;
            }
            seen.put(s, seen.size());
            out.writeText(s);
        }

        void writeNullable(String s) {
            write(s == null ? NULL : s);
        }

        /** The strings, after their count, in their order. */
        void writeAll(Collection<String> all) {
            out.writeInt(all.size());
            for (String s : all) {
                write(s);
            }
        }
    }

    static final class Reader {
        private final List<String> seen = new ArrayList<>();
        private final CacheIn in;

        Reader(CacheIn in) {
            this.in = in;
        }

        CacheIn in() {
            return in;
        }

        String read() {
            int n = in.readInt();
            if (n < 0) {
                return seen.get(-n - 1);
            }
            String s = in.utf8(n);
            seen.add(s);
            return s;
        }

        String readNullable() {
            String s = read();
            return s.equals(NULL) ? null : s;
        }

        /** What {@link Writer#writeAll} wrote. */
        List<String> readAll() {
            int size = in.readInt();
            if (size < 0) {
                throw new IllegalStateException("a list of " + size + " strings in the cache");
            }
            // a broken file's count must not reserve gigabytes before the strings run out
            List<String> all = new ArrayList<>(Math.min(size, 1 << 16));
            for (int i = 0; i < size; i++) {
                all.add(read());
            }
            return all;
        }
    }
}
