package dev.explainer.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Related coverage: other pages ranked by the entities they share (rarer entities weigh more),
 * being in the same story, and the overlap of the words of their titles and summaries.
 */
final class Related {
    static final int LIMIT = 5;
    /** Entities on more pages than this are too common to find candidates with (they still score). */
    private static final int POSTING_CAP = 500;
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "in", "on", "and", "to", "for", "as",
            "at", "by", "is", "was", "with", "from", "after", "over", "its", "it", "be", "has", "have", "are");

    private Related() {
    }

    static Map<String, List<Page>> rank(List<Page> pages, Map<String, Set<String>> entitiesOf) {
        Map<String, List<Page>> postings = new HashMap<>();
        Map<String, Set<String>> wordsOf = new HashMap<>();
        for (Page p : pages) {
            entitiesOf.get(p.file()).forEach(e -> postings.computeIfAbsent("e:" + e, k -> new ArrayList<>()).add(p));
            if (p.story() != null) {
                postings.computeIfAbsent("s:" + p.story(), k -> new ArrayList<>()).add(p);
            }
            wordsOf.put(p.file(), words(p.title() + " " + p.summary()));
        }
        Map<String, List<Page>> related = new HashMap<>();
        double n = pages.size();
        for (Page p : pages) {
            // keyed by file: a Page's record hash walks all of its facts
            Map<String, Page> candidates = new HashMap<>();
            for (String e : entitiesOf.get(p.file())) {
                List<Page> posting = postings.get("e:" + e);
                if (posting.size() <= POSTING_CAP) {
                    posting.forEach(q -> candidates.put(q.file(), q));
                }
            }
            if (p.story() != null) {
                List<Page> story = postings.get("s:" + p.story());
                (story.size() <= POSTING_CAP ? story : story.subList(story.size() - POSTING_CAP, story.size()))
                        .forEach(q -> candidates.put(q.file(), q));
            }
            candidates.remove(p.file());
            Map<String, Double> score = new HashMap<>();
            for (Page q : candidates.values()) {
                double s = 0;
                for (String e : entitiesOf.get(p.file())) {
                    if (entitiesOf.get(q.file()).contains(e)) {
                        s += Math.log(1 + n / postings.get("e:" + e).size());
                    }
                }
                if (p.story() != null && p.story().equals(q.story())) {
                    s += 1.0;
                }
                s += 2.0 * jaccard(wordsOf.get(p.file()), wordsOf.get(q.file()));
                score.put(q.file(), s);
            }
            related.put(p.file(), candidates.values().stream()
                    .sorted(Comparator.comparing((Page q) -> -score.get(q.file())).thenComparing(SiteLoader.NEWEST_FIRST))
                    .limit(LIMIT).toList());
        }
        return related;
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 2 && !STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String w : a) {
            if (b.contains(w)) {
                shared++;
            }
        }
        return shared / (double) (a.size() + b.size() - shared);
    }
}
