package dev.explainer.content;

import dev.explainer.diag.Diagnostic;
import dev.explainer.diag.SourcePos;
import dev.explainer.frontmatter.FrontMatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Typed access to front matter fields; a wrong type becomes a diagnostic at the field's line. */
final class Fields {
    private final String file;
    private final FrontMatter fm;
    private final List<Diagnostic> diags;

    Fields(String file, FrontMatter fm, List<Diagnostic> diags) {
        this.file = file;
        this.fm = fm;
        this.diags = diags;
    }

    SourcePos pos(String key) {
        return new SourcePos(file, fm.line(key));
    }

    String string(String key) {
        Object v = fm.fields().get(key);
        if (v == null) {
            return null;
        }
        if (v instanceof String) {
            String s = String.valueOf(v).strip();
            return s.isEmpty() ? null : s;
        }
        diags.add(Diagnostic.error(pos(key), "'" + key + "' must be text, not a " + kind(v)));
        return null;
    }

    String requiredString(String key) {
        Object v = fm.fields().get(key);
        if (!fm.fields().containsKey(key)) {
            diags.add(Diagnostic.error(new SourcePos(file, 1), "front matter is missing '" + key + "'")
                    .withHint("add a line '" + key + ": ...' between the '---' lines"));
        } else if (v == null || v instanceof String text && text.isBlank()) {
            diags.add(Diagnostic.error(pos(key), "'" + key + "' must not be empty"));
        }
        return string(key);
    }

    /** A date, or a date and time ("2014-06-14", "2014-06-14T09:30", "2014-06-14T09:30:00+03:00"). */
    When when(String key) {
        Object v = fm.fields().get(key);
        if (v == null || v instanceof String s && s.isBlank()) {
            return null;
        }
        Optional<When> parsed = When.parse(String.valueOf(v));
        if (parsed.isEmpty()) {
            diags.add(Diagnostic.error(pos(key), "cannot read " + key + " '" + v + "'")
                    .withHint("write it as YYYY-MM-DD, for example 2014-06-14, or with a time: 2014-06-14T09:30, in a year from 1000 to 9999"));
        }
        return parsed.orElse(null);
    }

    /** One of {@code allowed}, the first of them when the key is absent. */
    String choice(String key, List<String> allowed) {
        String v = string(key);
        if (v == null) {
            return allowed.get(0);
        }
        if (!allowed.contains(v.strip())) {
            diags.add(Diagnostic.error(pos(key), "'" + key + "' must be " + String.join(" or ", allowed) + ", not '" + v + "'"));
            return allowed.get(0);
        }
        return v.strip();
    }

    boolean bool(String key) {
        Object v = fm.fields().get(key);
        if (v == null) {
            return false;
        }
        String s = String.valueOf(v).strip().toLowerCase(Locale.ROOT);
        if (s.equals("true") || s.equals("false")) {
            return s.equals("true");
        }
        diags.add(Diagnostic.error(pos(key), "'" + key + "' must be true or false, not '" + v + "'"));
        return false;
    }

    static String kind(Object v) {
        return v instanceof Map ? "mapping" : v instanceof List ? "list" : v.getClass().getSimpleName();
    }
}
