package dev.explainer.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** One story's explainer: who is in it, what they said, what the terms mean, what happened when. */
final class StoryFactsBuilder {
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
        Map<String, Long> quoteCount = new HashMap<>();
        quotes.stream().filter(q -> q.speaker() != null).forEach(q -> quoteCount.merge(q.speaker(), 1L, Long::sum));
        List<String> ranked = articles.keySet().stream().filter(entities::containsKey)
                .sorted(Comparator.comparing((String key) -> -articles.get(key))
                        .thenComparing(key -> -quoteCount.getOrDefault(key, 0L))
                        .thenComparing(firstSeen::get))
                .toList();
        // a stable sort keeps article order among events on the same day
        dated.sort(Comparator.comparing(Event::date));
        List<Event> timeline = new ArrayList<>(dated);
        timeline.addAll(undated);
        return new StoryFacts(ranked, quotes, new ArrayList<>(glossary.values()), timeline);
    }
}
