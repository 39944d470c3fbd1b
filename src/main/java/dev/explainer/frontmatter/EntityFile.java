package dev.explainer.frontmatter;

import dev.explainer.diag.Diagnostic;
import dev.explainer.diag.Diagnostics;
import dev.explainer.diag.SourcePos;
import dev.explainer.diag.Suggestion;
import dev.explainer.extract.EntityKind;
import dev.explainer.extract.Slugs;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reads {@code content/entities.yaml}: site-wide corrections keyed by entity id.
 * <pre>
 * hassan-rouhani:
 *   name: Hassan Rouhani
 *   kind: person            # person | organisation | place
 *   role: President of Iran
 *   description: Elected in 2013.
 *   aliases: [Rouhani, Hasan Rowhani]
 * </pre>
 */
public final class EntityFile {
    public static final String FILE = "content/entities.yaml";
    private static final Set<String> FIELDS = Set.of("name", "kind", "role", "description", "aliases");

    private EntityFile() {
    }

    public static Map<String, EntityNote> read(Path root, Diagnostics diags) {
        Map<String, EntityNote> notes = new TreeMap<>();
        Path file = root.resolve(FILE);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return notes;
        }
        TextFiles.Text text = TextFiles.read(root, FILE);
        if (text.error().isPresent()) {
            diags.add(text.error().get());
            return notes;
        }
        String yaml = text.text().get();
        Yaml.Mapping mapping = Yaml.load(FILE, yaml, 1, "entities.yaml");
        if (mapping.error().isPresent()) {
            diags.add(mapping.error().get());
            return notes;
        }
        Map<String, Integer> lines = Yaml.keyLines(yaml, 1);
        String[] rows = yaml.split("\n", -1);
        mapping.value().get().forEach((id, v) -> {
            SourcePos pos = new SourcePos(FILE, lines.getOrDefault(id, 1));
            if (!(v instanceof Map<?, ?> fields)) {
                diags.add(Diagnostic.error(pos, "'" + id + "' must be a mapping of name, kind, role, description, aliases"));
                return;
            }
            Function<String, SourcePos> at = field -> new SourcePos(FILE, fieldLine(rows, pos.line(), field));
            note(Slugs.slug(id), fields, at, diags).ifPresent(n -> {
                if (notes.putIfAbsent(n.id(), n) != null) {
                    diags.add(Diagnostic.warning(pos, "'" + id + "' is the same id as an entry above; this one is ignored"));
                }
            });
        });
        return notes;
    }

    /** The line of {@code field} under the entry that starts at {@code entryLine}, or the entry's line. */
    private static int fieldLine(String[] rows, int entryLine, String field) {
        for (int i = entryLine; i < rows.length && (rows[i].isEmpty() || Character.isWhitespace(rows[i].charAt(0))); i++) {
            if (rows[i].strip().startsWith(field + ":")) {
                return i + 1;
            }
        }
        return entryLine;
    }

    private static Optional<EntityNote> note(String id, Map<?, ?> fields,
                                                       Function<String, SourcePos> at, Diagnostics diags) {
        List<String> unknown = fields.keySet().stream().map(String::valueOf).filter(k -> !FIELDS.contains(k)).sorted().toList();
        for (String k : unknown) {
            Diagnostic d = Diagnostic.error(at.apply(k), "unknown field '" + k + "' of '" + id + "'")
                    .withHint("an entity may set " + String.join(", ", FIELDS.stream().sorted().toList()));
            diags.add(Suggestion.closest(k, FIELDS).map(s -> d.withHint("did you mean '" + s + "'?")).orElse(d));
        }
        EntityKind kind = null;
        Object k = fields.get("kind");
        if (k != null) {
            kind = switch (String.valueOf(k).strip().toLowerCase(Locale.ROOT)) {
                case "person" -> EntityKind.PERSON;
                case "organisation", "organization" -> EntityKind.ORGANISATION;
                case "place" -> EntityKind.PLACE;
                default -> null;
            };
            if (kind == null) {
                diags.add(Diagnostic.error(at.apply("kind"), "kind '" + k + "' of '" + id + "' is not person, organisation or place"));
                return Optional.empty();
            }
        }
        List<String> aliases = new ArrayList<>();
        Object a = fields.get("aliases");
        if (a instanceof List<?> list && list.stream().allMatch(x -> x instanceof String)) {
            list.forEach(x -> aliases.add((String) x));
        } else if (a instanceof String alias) {
            aliases.add(alias);
        } else if (a != null) {
            diags.add(Diagnostic.error(at.apply("aliases"), "'aliases' of '" + id + "' must be a list of names, like [Rouhani]"));
            return Optional.empty();
        }
        for (String field : List.of("name", "role", "description", "kind")) {
            if (fields.get(field) != null && !(fields.get(field) instanceof String)) {
                diags.add(Diagnostic.error(at.apply(field), "'" + field + "' of '" + id + "' must be text"));
                return Optional.empty();
            }
        }
        if (!unknown.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EntityNote(id, text(fields, "name"), kind, text(fields, "role"),
                text(fields, "description"), aliases));
    }

    private static String text(Map<?, ?> fields, String key) {
        Object v = fields.get(key);
        return v == null || String.valueOf(v).isBlank() ? null : String.valueOf(v).strip();
    }
}
