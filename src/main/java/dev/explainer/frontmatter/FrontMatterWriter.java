package dev.explainer.frontmatter;

import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * Writes front matter as block-style YAML in the map's own key order, so output is stable and
 * readable. Thread-safe.
 *
 * <p>Ingest writes one front matter per seed, and snakeyaml-engine's general emitter was a third of
 * its time. The shapes ingest writes (text, lists of text, lists of maps of those) are laid out
 * here, each scalar plain or single-quoted exactly as snakeyaml-engine decides with these settings
 * (its own resolver says whether plain text would read back as text); a document with anything
 * else (line breaks, control or unpaired surrogate characters, leading or trailing spaces, numbers,
 * empty lists) is written by snakeyaml-engine itself. {@code FrontMatterWriterTest} holds the two
 * to the same bytes.
 */
public final class FrontMatterWriter {
    private final DumpSettings settings = DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setSplitLines(false)
            .setIndent(2)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .build();
    /** What the emitter asks: would this text, written plain, be read back as text? */
    private final ScalarResolver resolver = settings.getSchema().getScalarResolver();

    /** The YAML lines, each ending in '\n', without the '---' fences. */
    public String write(Map<String, Object> fields) {
        if (fields.isEmpty()) {
            return "";
        }
        String laidOut = laidOut(fields);
        return laidOut != null ? laidOut : snakeyaml(fields);
    }

    /** The YAML laid out here, or null for a shape or scalar left to snakeyaml-engine. */
    String laidOut(Map<String, Object> fields) {
        StringBuilder out = new StringBuilder(1024);
        return map(out, fields, "", "") ? out.toString() : null;
    }

    /** What snakeyaml-engine writes: the reference, and the writer of every shape not handled here. */
    String snakeyaml(Map<String, Object> fields) {
        // a Dump keeps state while it writes, so each call gets its own (ingest formats in parallel)
        return new Dump(settings).dumpToString(fields);
    }

    /** @param first the indent of the first entry's line (after a list item's "- "), @param indent the others' */
    private boolean map(StringBuilder out, Map<?, ?> m, String first, String indent) {
        if (m.isEmpty()) {
            return false;
        }
        boolean isFirst = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String key = e.getKey() instanceof String k ? scalar(k) : null;
            if (key == null || key.length() > 128) {
                return false;
            }
            out.append(isFirst ? first : indent).append(key).append(':');
            isFirst = false;
            Object v = e.getValue();
            if (v instanceof String s) {
                String text = scalar(s);
                if (text == null) {
                    return false;
                }
                out.append(' ').append(text).append('\n');
            } else if (v instanceof List<?> list) {
                out.append('\n');
                if (!list(out, list, indent + "  ")) {
                    return false;
                }
            } else if (v instanceof Map<?, ?> inner) {
                out.append('\n');
                if (!map(out, inner, indent + "  ", indent + "  ")) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return true;
    }

    private boolean list(StringBuilder out, List<?> list, String indent) {
        if (list.isEmpty()) {
            return false;
        }
        for (Object item : list) {
            if (item instanceof String s) {
                String text = scalar(s);
                if (text == null) {
                    return false;
                }
                out.append(indent).append("- ").append(text).append('\n');
            } else if (item instanceof Map<?, ?> m) {
                if (!map(out, m, indent + "- ", indent + "  ")) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return true;
    }

    /** The scalar as snakeyaml-engine writes it in block context, or null when that is not plain or single-quoted text. */
    private String scalar(String s) {
        if (s.isEmpty() || s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ') {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean printable = c >= 0x20 && c <= 0x7E || c >= 0xA0 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF;
            if (!printable) {
                return null;
            }
        }
        boolean plain = !indicators(s) && resolver.resolve(s, true).equals(Tag.STR);
        return plain ? s : "'" + s.replace("'", "''") + "'";
    }

    /** True when the text has what YAML reads as structure in a plain block scalar. */
    static boolean indicators(String s) {
        if (s.startsWith("---") || s.startsWith("...")) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean followedBySpace = i + 1 == s.length() || s.charAt(i + 1) == ' ';
            boolean precededBySpace = i == 0 || s.charAt(i - 1) == ' ';
            if (i == 0 && "#,[]{}&*!|>'\"%@`".indexOf(c) >= 0
                    || i == 0 && (c == '?' || c == '-') && followedBySpace
                    || c == ':' && followedBySpace
                    || c == '#' && precededBySpace) {
                return true;
            }
        }
        return false;
    }
}
