package dev.explainer.content;

import dev.explainer.extract.EntityKind;
import dev.explainer.extract.Slugs;
import dev.explainer.frontmatter.EntityNote;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decides which page-level entity ids name the same entity: an id or alias listed in
 * content/entities.yaml, or a surname-only person ("rouhani") when exactly one full-named person
 * on the site carries that surname. Two people who share a surname are never merged.
 */
final class EntityDirectory {
    private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "van", "von", "de", "der", "den",
            "da", "di", "du", "la", "le");

    private EntityDirectory() {
    }

    /** @return page-level id -> canonical id, for the ids that change */
    static Map<String, String> canonical(List<Page> pages, Map<String, EntityNote> notes) {
        Map<String, String> byAlias = new HashMap<>();
        notes.values().forEach(n -> {
            byAlias.put(n.id(), n.id());
            if (n.name() != null) {
                byAlias.putIfAbsent(Slugs.slug(n.name()), n.id());
            }
            n.aliases().forEach(a -> byAlias.putIfAbsent(Slugs.slug(a), n.id()));
        });
        Map<String, String> canonical = new TreeMap<>();
        Map<String, Set<String>> bySurname = new HashMap<>();
        for (Page p : pages) {
            for (Mention m : p.facts().entities()) {
                String id = byAlias.getOrDefault(m.id(), byAlias.getOrDefault(Slugs.slug(m.name()), m.id()));
                if (!id.equals(m.id())) {
                    canonical.put(m.id(), id);
                }
                if (m.kind() == EntityKind.PERSON && words(m.name()) > 1) {
                    for (String surname : surnames(m)) {
                        bySurname.computeIfAbsent(surname, k -> new TreeSet<>()).add(id);
                    }
                }
            }
        }
        for (Page p : pages) {
            for (Mention m : p.facts().entities()) {
                if (m.kind() == EntityKind.PERSON && words(m.name()) == 1 && !canonical.containsKey(m.id())
                        && !notes.containsKey(m.id())) {
                    Set<String> full = bySurname.getOrDefault(Slugs.slug(m.name()), Set.of());
                    if (full.size() == 1) {
                        canonical.put(m.id(), full.iterator().next());
                    }
                }
            }
        }
        return canonical;
    }

    /** "Nuri al-Maliki" -> al-maliki and maliki; plus the person's one-word aliases. */
    private static Set<String> surnames(Mention m) {
        Set<String> out = new TreeSet<>();
        String[] words = m.name().split("\\s+");
        String last = words[words.length - 1];
        out.add(Slugs.slug(last));
        String[] parts = last.split("-");
        if (parts.length == 2 && PARTICLES.contains(parts[0].toLowerCase(java.util.Locale.ROOT))) {
            out.add(Slugs.slug(parts[1]));
        }
        if (words.length > 2 && PARTICLES.contains(words[words.length - 2].toLowerCase(java.util.Locale.ROOT))) {
            out.add(Slugs.slug(words[words.length - 2] + " " + last));
        }
        m.aliases().stream().filter(a -> words(a) == 1).forEach(a -> out.add(Slugs.slug(a)));
        return out;
    }

    private static int words(String name) {
        return name.strip().split("\\s+").length;
    }
}
