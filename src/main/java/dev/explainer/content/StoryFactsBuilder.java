package dev.explainer.content;

import dev.explainer.extract.EntityKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** One story's explainer: who is in it, what they said, what the terms mean, what happened when. */
final class StoryFactsBuilder {
    /** How many of a story's people "who appears with whom" considers: their pairs stay few enough to draw. */
    static final int TOGETHER_PEOPLE = 8;

    private StoryFactsBuilder() {
    }

    /** @param quotesOf each page's quotes, speakers already resolved */
    static StoryFacts build(Story story, Map<String, EntityInfo> entities, Map<String, Set<String>> entitiesOf,
                            Map<String, List<QuoteInfo>> quotesOf) {
        Map<String, Integer> articles = new HashMap<>();
        Map<String, Integer> firstSeen = new HashMap<>();
        List<QuoteInfo> quotes = new ArrayList<>();
        Map<String, Term> glossary = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        List<Event> dated = new ArrayList<>();
        List<Event> undated = new ArrayList<>();
        int order = 0;
        for (Page p : story.articles()) {
            for (String key : entitiesOf.get(p.file())) {
                articles.merge(key, 1, Integer::sum);
                firstSeen.putIfAbsent(key, order++);
            }
            quotes.addAll(quotesOf.get(p.file()));
            p.facts().glossary().forEach(t -> glossary.putIfAbsent(t.term(), t));
            for (Moment m : p.facts().timeline()) {
                (m.date() != null ? dated : undated).add(new Event(m.date(), m.when(), m.event(), p));
            }
        }
        Map<String, Integer> said = new HashMap<>();
        quotes.stream().filter(q -> q.speaker() != null).forEach(q -> said.merge(q.speaker(), 1, Integer::sum));
        articles.keySet().retainAll(entities.keySet());
        List<String> ranked = articles.keySet().stream()
                .sorted(Comparator.comparing((String key) -> -articles.get(key))
                        .thenComparing(key -> -said.getOrDefault(key, 0))
                        .thenComparing(firstSeen::get))
                .toList();
        // a stable sort keeps article order among events on the same day
        dated.sort(Comparator.comparing(Event::date));
        List<Event> timeline = new ArrayList<>(dated);
        timeline.addAll(undated);
        List<String> people = ranked.stream().filter(k -> entities.get(k).kind() == EntityKind.PERSON)
                .limit(TOGETHER_PEOPLE).toList();
        return new StoryFacts(ranked, articles, said, together(story, people, entitiesOf), quotes,
                new ArrayList<>(glossary.values()), timeline);
    }

    /** Counts, article by article, the pairs of {@code people} it mentions: at most 28 pairs per article. */
    private static List<StoryFacts.Together> together(Story story, List<String> people, Map<String, Set<String>> entitiesOf) {
        int n = people.size();
        int[][] counts = new int[n][n];
        for (Page p : story.articles()) {
            Set<String> here = entitiesOf.get(p.file());
            List<Integer> present = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (here.contains(people.get(i))) {
                    present.add(i);
                }
            }
            for (int i = 0; i < present.size(); i++) {
                for (int j = i + 1; j < present.size(); j++) {
                    counts[present.get(i)][present.get(j)]++;
                }
            }
        }
        List<StoryFacts.Together> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (counts[i][j] > 0) {
                    pairs.add(new StoryFacts.Together(people.get(i), people.get(j), counts[i][j]));
                }
            }
        }
        pairs.sort(Comparator.comparing((StoryFacts.Together t) -> -t.articles()));
        return pairs;
    }
}
