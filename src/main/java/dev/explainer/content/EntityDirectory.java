package dev.explainer.content;

import dev.explainer.extract.EntityKind;
import dev.explainer.extract.Slugs;
import dev.explainer.frontmatter.EntityNote;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Decides which page-level entities are the same site-wide entity. Entities are told apart by
 * kind and id (the person Jordan is not the place Jordan). An id, name or alias listed in
 * content/entities.yaml means that entry (and its kind, when it gives one); a surname-only person
 * ("rouhani") joins the one full-named person with that surname. Two people who share a surname
 * are never merged.
 */
final class EntityDirectory {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "van", "von", "de", "der", "den",
            "da", "di", "du", "la", "le");

    private EntityDirectory() {
    }

    /** @return entity key ({@link Explainer#key}) of a mention -> its site-wide key, for the keys that change */
    static Map<String, String> canonical(List<Page> pages, Map<String, EntityNote> notes) {
        Map<String, EntityNote> byAlias = new HashMap<>();
        notes.values().forEach(n -> {
            byAlias.put(n.id(), n);
            if (n.name() != null) {
                byAlias.putIfAbsent(Slugs.slug(n.name()), n);
            }
            n.aliases().forEach(a -> byAlias.putIfAbsent(Slugs.slug(a), n));
        });
        Map<String, String> canonical = new TreeMap<>();
        Map<String, Set<String>> bySurname = new HashMap<>();
        for (Page p : pages) {
            for (Mention m : p.facts().entities()) {
                String from = Explainer.key(m.kind(), m.id());
                EntityNote note = byAlias.getOrDefault(m.id(), byAlias.get(Slugs.slug(m.name())));
                String to = note == null ? from : Explainer.key(note.kind() != null ? note.kind() : m.kind(), note.id());
                if (!to.equals(from)) {
                    canonical.put(from, to);
                }
                if (m.kind() == EntityKind.PERSON && words(m.name()) > 1 && to.startsWith(Explainer.key(EntityKind.PERSON, ""))) {
                    surnames(m).forEach(s -> bySurname.computeIfAbsent(s, k -> new TreeSet<>()).add(to));
                }
            }
        }
        for (Page p : pages) {
            for (Mention m : p.facts().entities()) {
                String from = Explainer.key(m.kind(), m.id());
                if (m.kind() == EntityKind.PERSON && words(m.name()) == 1 && !canonical.containsKey(from)
                        && !notes.containsKey(m.id())) {
                    Set<String> full = bySurname.getOrDefault(Slugs.slug(m.name()), Set.of());
                    if (full.size() == 1) {
                        canonical.put(from, full.iterator().next());
                    }
                }
            }
        }
        return canonical;
    }

    /** "Nuri al-Maliki" -> al-maliki and maliki; plus the person's one-word aliases. */
    private static Set<String> surnames(Mention m) {
        Set<String> out = new TreeSet<>();
        String[] words = SPACES.split(m.name());
        String last = words[words.length - 1];
        out.add(Slugs.slug(last));
        String[] parts = last.split("-");
        if (parts.length == 2 && PARTICLES.contains(parts[0].toLowerCase(Locale.ROOT))) {
            out.add(Slugs.slug(parts[1]));
        }
        if (words.length > 2 && PARTICLES.contains(words[words.length - 2].toLowerCase(Locale.ROOT))) {
            out.add(Slugs.slug(words[words.length - 2] + " " + last));
        }
        m.aliases().stream().filter(a -> words(a) == 1).forEach(a -> out.add(Slugs.slug(a)));
        return out;
    }

    private static int words(String name) {
        return SPACES.split(name.strip()).length;
    }
}
