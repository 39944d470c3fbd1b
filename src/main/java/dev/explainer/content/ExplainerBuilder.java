package dev.explainer.content;

import dev.explainer.diag.Diagnostic;
import dev.explainer.diag.Diagnostics;
import dev.explainer.extract.EntityKind;
import dev.explainer.extract.Slugs;
import dev.explainer.frontmatter.EntityFile;
import dev.explainer.frontmatter.EntityNote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Pages + content/entities.yaml -> the {@link Explainer} index. */
final class ExplainerBuilder {
    static final int COMPANIONS = 12;

    private ExplainerBuilder() {
    }

    static Explainer build(List<Page> pages, List<Story> stories, Map<String, EntityNote> notes, Diagnostics diags) {
        Map<String, String> canonical = EntityDirectory.canonical(pages, notes);
        Map<String, EntityDraft> drafts = new TreeMap<>();
        Map<String, Set<String>> entitiesOf = new HashMap<>();
        List<Page> oldestFirst = pages.stream().sorted(SiteLoader.OLDEST_FIRST).toList();
        for (Page p : oldestFirst) {
            Set<String> ids = new LinkedHashSet<>();
            for (Mention m : p.facts().entities()) {
                String id = canonical.getOrDefault(m.id(), m.id());
                ids.add(id);
                drafts.computeIfAbsent(id, EntityDraft::new).see(m, p);
            }
            entitiesOf.put(p.file(), ids);
        }
        notes.values().forEach(n -> drafts.computeIfAbsent(n.id(), EntityDraft::new));
        for (Page p : oldestFirst) {
            for (Said s : p.facts().quotes()) {
                String speaker = s.speaker() == null ? null : canonical.getOrDefault(Slugs.slug(s.speaker()), Slugs.slug(s.speaker()));
                if (speaker != null && !drafts.containsKey(speaker)) {
                    diags.add(Diagnostic.error(s.pos(), "quote speaker '" + s.speaker() + "' is not the id of any entity in the front matter or in "
                            + EntityFile.FILE).withHint("use the 'id' of one of the page's people, or add the person to "
                            + EntityFile.FILE));
                    continue;
                }
                QuoteInfo q = new QuoteInfo(s.text(), speaker, p);
                if (speaker != null) {
                    drafts.get(speaker).quotes.add(q);
                    entitiesOf.get(p.file()).add(speaker);
                }
            }
        }
        Map<String, EntityInfo> entities = new LinkedHashMap<>();
        drafts.values().stream().filter(d -> !d.pages.isEmpty() || !d.quotes.isEmpty())
                .forEach(d -> entities.put(d.id, d.info(notes.get(d.id), companions(d, entitiesOf))));
        Map<String, StoryFacts> storyFacts = new HashMap<>();
        for (Story s : stories) {
            storyFacts.put(s.slug(), StoryFactsBuilder.build(s, entities, entitiesOf, canonical));
        }
        Map<String, Term> glossary = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        oldestFirst.forEach(p -> p.facts().glossary().forEach(t -> glossary.putIfAbsent(t.term(), t)));
        return new Explainer(entities, storyFacts, Related.rank(pages, entitiesOf), canonical,
                new ArrayList<>(glossary.values()));
    }

    private static List<String> companions(EntityDraft d, Map<String, Set<String>> entitiesOf) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Page p : d.pages.values()) {
            for (String other : entitiesOf.get(p.file())) {
                if (!other.equals(d.id)) {
                    counts.merge(other, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(COMPANIONS).map(Map.Entry::getKey).toList();
    }

    /** Gathers one entity's mentions while pages are read, oldest first, so later pages win on role. */
    private static final class EntityDraft {
        final String id;
        final Map<String, Page> pages = new LinkedHashMap<>();
        final List<QuoteInfo> quotes = new ArrayList<>();
        final Map<String, Integer> names = new HashMap<>();
        final Map<EntityKind, Integer> kinds = new java.util.EnumMap<>(EntityKind.class);
        String role;
        String lastName;

        EntityDraft(String id) {
            this.id = id;
        }

        void see(Mention m, Page p) {
            pages.put(p.file(), p);
            names.merge(m.name(), 1, Integer::sum);
            kinds.merge(m.kind(), 1, Integer::sum);
            lastName = m.name();
            if (m.role() != null) {
                role = m.role();
            }
        }

        EntityInfo info(EntityNote note, List<String> companions) {
            String name = note != null && note.name() != null ? note.name() : commonest(names, lastName);
            EntityKind kind = note != null && note.kind() != null ? note.kind() : commonest(kinds, EntityKind.PERSON);
            String r = note != null && note.role() != null ? note.role() : role;
            List<Page> newestFirst = pages.values().stream().sorted(SiteLoader.NEWEST_FIRST).toList();
            return new EntityInfo(id, name == null ? id : name, kind, r, note == null ? null : note.description(),
                    Urls.entity(kind, id), newestFirst, quotes, companions);
        }

        /** The most used value; ties go to the one used last. */
        private static <T> T commonest(Map<T, Integer> counts, T last) {
            int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            if (last != null && counts.getOrDefault(last, 0) == max) {
                return last;
            }
            return counts.entrySet().stream().filter(e -> e.getValue() == max).map(Map.Entry::getKey)
                    .min(Comparator.comparing(String::valueOf)).orElse(last);
        }
    }
}
