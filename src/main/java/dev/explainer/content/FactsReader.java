package dev.explainer.content;

import dev.explainer.diag.Diagnostic;
import dev.explainer.diag.SourcePos;
import dev.explainer.diag.Suggestion;
import dev.explainer.extract.EntityKind;
import dev.explainer.extract.Slugs;
import dev.explainer.frontmatter.FrontMatter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Reads the explainer fields of a page's front matter (people, quotes, glossary, ...), reporting bad shapes. */
final class FactsReader {
    static final Set<String> KEYS = Set.of("people", "organisations", "places", "quotes", "glossary", "timeline");
    static final int MAX_ITEMS = 500;
    private static final Map<String, String> EXAMPLE = Map.of("quotes", "text", "glossary", "term", "timeline", "event");
    /** What an entry of each list may hold: anything else is a correction the build cannot apply. */
    private static final Map<String, Set<String>> FIELDS = Map.of(
            "people", Set.of("id", "name", "role", "aliases"), "organisations", Set.of("id", "name", "role", "aliases"),
            "places", Set.of("id", "name", "role", "aliases"), "quotes", Set.of("speaker", "text"),
            "glossary", Set.of("term", "definition"), "timeline", Set.of("when", "date", "event"));

    private final String file;
    private final FrontMatter fm;
    private final List<Diagnostic> diags;
    /** Names, roles, speakers, phrases of time and glossary terms recur on many pages: one copy of each. */
    private final UnaryOperator<String> shared;

    FactsReader(String file, FrontMatter fm, List<Diagnostic> diags, UnaryOperator<String> shared) {
        this.file = file;
        this.fm = fm;
        this.diags = diags;
        this.shared = shared;
    }

    Facts read() {
        List<Mention> entities = new ArrayList<>();
        entities.addAll(mentions("people", EntityKind.PERSON));
        entities.addAll(mentions("organisations", EntityKind.ORGANISATION));
        entities.addAll(mentions("places", EntityKind.PLACE));
        List<Said> quotes = new ArrayList<>();
        List<Term> terms = new ArrayList<>();
        List<Moment> moments = new ArrayList<>();
        items("quotes", (item, pos) -> {
            String text = text(item, "text", pos, true);
            if (text != null) {
                quotes.add(new Said(text, shared.apply(text(item, "speaker", pos, false)), pos));
            }
        });
        items("glossary", (item, pos) -> {
            String term = text(item, "term", pos, true);
            String definition = text(item, "definition", pos, true);
            if (term != null && definition != null) {
                terms.add(new Term(shared.apply(term), shared.apply(definition)));
            }
        });
        items("timeline", (item, pos) -> {
            String event = text(item, "event", pos, true);
            String when = text(item, "when", pos, false);
            String date = text(item, "date", pos, false);
            LocalDate d = null;
            if (date != null) {
                d = dev.explainer.ingest.Dates.parse(date).orElse(null);
                if (d == null) {
                    diags.add(Diagnostic.error(pos, "cannot read timeline date '" + date + "'")
                            .withHint("write it as YYYY-MM-DD, or leave it out when it is not known"));
                }
            }
            if (event != null) {
                moments.add(new Moment(when == null ? "" : shared.apply(when), d, event));
            }
        });
        return new Facts(entities, quotes, terms, moments);
    }

    private List<Mention> mentions(String key, EntityKind kind) {
        List<Mention> out = new ArrayList<>();
        items(key, (item, pos) -> {
            String name = text(item, "name", pos, true);
            if (name == null) {
                return;
            }
            String id = text(item, "id", pos, false);
            List<String> aliases = new ArrayList<>();
            Object a = item.get("aliases");
            if (a instanceof List<?> list) {
                list.stream().filter(x -> x != null).map(x -> shared.apply(String.valueOf(x))).forEach(aliases::add);
            } else if (a != null) {
                diags.add(Diagnostic.error(pos, "'aliases' must be a list, like [Rouhani, Hasan Rowhani]"));
            }
            out.add(new Mention(shared.apply(id == null ? Slugs.slug(name) : Slugs.slug(id)), shared.apply(name), kind,
                    shared.apply(text(item, "role", pos, false)), aliases, pos));
        });
        return out;
    }

    private interface ItemReader {
        void read(Map<?, ?> item, SourcePos pos);
    }

    private void items(String key, ItemReader reader) {
        Object v = fm.fields().get(key);
        if (v == null) {
            return;
        }
        if (!(v instanceof List<?> list)) {
            diags.add(Diagnostic.error(new SourcePos(file, fm.line(key)), "'" + key + "' must be a list of entries"));
            return;
        }
        if (list.size() > MAX_ITEMS) {
            // each person and place gets a page listing who appears with them: thousands on one page is no article
            diags.add(Diagnostic.error(new SourcePos(file, fm.line(key)), "'" + key + "' has " + list.size()
                    + " entries; a page may have at most " + MAX_ITEMS));
            return;
        }
        int[] lines = fm.itemLines(key);
        for (int i = 0; i < list.size(); i++) {
            SourcePos pos = new SourcePos(file, i < lines.length ? lines[i] : fm.line(key));
            if (list.get(i) instanceof Map<?, ?> item) {
                if (knownFields(key, item, pos)) {
                    reader.read(item, pos);
                }
            } else {
                diags.add(Diagnostic.error(pos, "each entry of '" + key + "' must be a mapping, like '- "
                        + EXAMPLE.getOrDefault(key, "name") + ": ...'"));
            }
        }
    }

    /** "rol: Minister" is a typo, not a field to drop in silence: an error that names the field it resembles. */
    private boolean knownFields(String key, Map<?, ?> item, SourcePos pos) {
        Set<String> allowed = FIELDS.get(key);
        boolean ok = true;
        for (Object k : item.keySet()) {
            String field = String.valueOf(k);
            if (!allowed.contains(field)) {
                SourcePos at = new SourcePos(file, fm.fieldLine(pos.line(), field));
                Diagnostic d = Diagnostic.error(at, "unknown field '" + field + "' in an entry of '" + key + "'")
                        .withHint("an entry of '" + key + "' may set " + String.join(", ", allowed.stream().sorted().toList()));
                diags.add(Suggestion.closest(field, allowed).map(s -> d.withHint("did you mean '" + s + "'?")).orElse(d));
                ok = false;
            }
        }
        return ok;
    }

    private String text(Map<?, ?> item, String field, SourcePos pos, boolean required) {
        Object v = item.get(field);
        if (v == null || String.valueOf(v).isBlank()) {
            if (required) {
                diags.add(Diagnostic.error(pos, "entry is missing '" + field + "'"));
            }
            return null;
        }
        if (v instanceof Map || v instanceof List) {
            diags.add(Diagnostic.error(pos, "'" + field + "' must be text"));
            return null;
        }
        return String.valueOf(v).strip();
    }
}
