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
import java.util.Locale;
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
            Set<String> keys = new LinkedHashSet<>();
            for (Mention m : p.facts().entities()) {
                String key = canonical.getOrDefault(Explainer.key(m.kind(), m.id()), Explainer.key(m.kind(), m.id()));
                keys.add(key);
                drafts.computeIfAbsent(key, EntityDraft::new).see(m, p);
            }
            entitiesOf.put(p.file(), keys);
        }
        // an entity known only from entities.yaml can still be quoted; without a kind it is a person
        for (EntityNote n : notes.values()) {
            if (n.kind() != null) {
                drafts.computeIfAbsent(Explainer.key(n.kind(), n.id()), EntityDraft::new);
            } else if (drafts.values().stream().noneMatch(d -> d.id().equals(n.id()))) {
                drafts.computeIfAbsent(Explainer.key(EntityKind.PERSON, n.id()), EntityDraft::new);
            }
        }
        Map<String, List<QuoteInfo>> quotesOf = new HashMap<>();
        for (Page p : oldestFirst) {
            List<QuoteInfo> quotes = new ArrayList<>();
            for (Said s : p.facts().quotes()) {
                String speaker = s.speaker() == null ? null : speaker(Slugs.slug(s.speaker()), canonical, drafts);
                if (s.speaker() != null && speaker == null) {
                    diags.add(Diagnostic.error(s.pos(), "quote speaker '" + s.speaker() + "' is not the id of any entity"
                            + " in the front matter or in " + EntityFile.FILE).withHint("use the 'id' of one of the"
                            + " page's people, or add the person to " + EntityFile.FILE));
                    continue;
                }
                QuoteInfo q = new QuoteInfo(s.text(), speaker, p);
                quotes.add(q);
                if (speaker != null) {
                    drafts.get(speaker).quotes.add(q);
                    entitiesOf.get(p.file()).add(speaker);
                }
            }
            quotesOf.put(p.file(), quotes);
        }
        // each entity and each story on its own, in parallel, then in order
        Map<String, EntityInfo> entities = new LinkedHashMap<>();
        drafts.values().stream().filter(d -> !d.pages.isEmpty() || !d.quotes.isEmpty()).toList().parallelStream()
                .map(d -> Map.entry(d.key, d.info(notes.get(d.id()), companions(d, entitiesOf)))).toList()
                .forEach(e -> entities.put(e.getKey(), e.getValue()));
        Map<String, StoryFacts> storyFacts = new HashMap<>();
        List<StoryFacts> facts = stories.parallelStream().map(s -> StoryFactsBuilder.build(s, entities, entitiesOf, quotesOf))
                .toList();
        for (int i = 0; i < stories.size(); i++) {
            storyFacts.put(stories.get(i).slug(), facts.get(i));
        }
        Map<String, Term> glossary = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        oldestFirst.forEach(p -> p.facts().glossary().forEach(t -> glossary.putIfAbsent(t.term(), t)));
        return new Explainer(entities, storyFacts, Related.rank(pages, entitiesOf), canonical,
                new ArrayList<>(glossary.values()));
    }

    /** A quote's speaker id names a person, else an organisation, else a place. */
    private static String speaker(String id, Map<String, String> canonical, Map<String, EntityDraft> drafts) {
        for (EntityKind kind : EntityKind.values()) {
            String key = canonical.getOrDefault(Explainer.key(kind, id), Explainer.key(kind, id));
            if (drafts.containsKey(key)) {
                return key;
            }
        }
        return null;
    }

    private static List<String> companions(EntityDraft d, Map<String, Set<String>> entitiesOf) {
        // a hash map: the counts are sorted once at the end, and this runs for every mention of every page
        Map<String, Integer> counts = new HashMap<>();
        for (Page p : d.pages.values()) {
            for (String other : entitiesOf.get(p.file())) {
                if (!other.equals(d.key)) {
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
        final String key;
        final Map<String, Page> pages = new LinkedHashMap<>();
        final List<QuoteInfo> quotes = new ArrayList<>();
        final Map<String, Integer> names = new HashMap<>();
        String role;
        String lastName;

        EntityDraft(String key) {
            this.key = key;
        }

        String id() {
            return key.substring(key.indexOf(':') + 1);
        }

        EntityKind kind() {
            return EntityKind.valueOf(key.substring(0, key.indexOf(':')).toUpperCase(Locale.ROOT));
        }

        void see(Mention m, Page p) {
            pages.put(p.file(), p);
            names.merge(m.name(), 1, Integer::sum);
            lastName = m.name();
            if (m.role() != null) {
                role = m.role();
            }
        }

        EntityInfo info(EntityNote note, List<String> companions) {
            String name = note != null && note.name() != null ? note.name() : commonest();
            String r = note != null && note.role() != null ? note.role() : role;
            List<Page> newestFirst = pages.values().stream().sorted(SiteLoader.NEWEST_FIRST).toList();
            return new EntityInfo(id(), name == null ? id() : name, kind(), r, note == null ? null : note.description(),
                    Urls.entity(kind(), id()), newestFirst, quotes, companions);
        }

        /** The name most pages use; a tie goes to the one used last. */
        private String commonest() {
            int max = names.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            if (lastName != null && names.getOrDefault(lastName, 0) == max) {
                return lastName;
            }
            return names.entrySet().stream().filter(e -> e.getValue() == max).map(Map.Entry::getKey)
                    .min(Comparator.naturalOrder()).orElse(lastName);
        }
    }
}
