package dev.explainer.content;

import dev.explainer.extract.Slugs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Related coverage: other pages ranked by the entities they share (rarer entities weigh more),
 * being in the same story, and the overlap of the words of their titles and summaries. Scores
 * are accumulated over inverted lists, so the cost follows the pages that share something.
 */
final class Related {
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    static final int LIMIT = 5;
    /** Entities and words on more pages than this are too common to say two pages are related. */
    private static final int POSTING_CAP = 500;
    private static final double SAME_STORY = 1.0;
    private static final double WORDS = 2.0;
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "in", "on", "and", "to", "for", "as",
            "at", "by", "is", "was", "with", "from", "after", "over", "its", "it", "be", "has", "have", "are");

    private Related() {
    }

    static Map<String, List<Page>> rank(List<Page> pages, Map<String, Set<String>> entitiesOf) {
        int n = pages.size();
        Index entities = new Index();
        Index words = new Index();
        Index stories = new Index();
        int[][] entityIds = new int[n][];
        int[][] wordIds = new int[n][];
        int[] storyIds = new int[n];
        for (int i = 0; i < n; i++) {
            Page p = pages.get(i);
            entityIds[i] = entities.add(entitiesOf.get(p.file()), i);
            wordIds[i] = words.add(words(p.title() + " " + p.summary()), i);
            storyIds[i] = p.story() == null ? -1 : stories.add(Set.of(Slugs.slug(p.story())), i)[0];
        }
        entities.freeze();
        words.freeze();
        stories.freeze();
        // one pair of accumulators per thread, cleared after each page through the touched list
        ThreadLocal<double[]> scores = ThreadLocal.withInitial(() -> new double[n]);
        ThreadLocal<int[]> shares = ThreadLocal.withInitial(() -> new int[n]);
        List<List<Page>> ranked = IntStream.range(0, n).parallel().mapToObj(i -> {
            double[] score = scores.get();
            int[] shared = shares.get();
            List<Integer> touched = new ArrayList<>();
            for (int e : entityIds[i]) {
                int[] posting = entities.posting(e);
                if (posting.length <= POSTING_CAP) {
                    double idf = Math.log(1 + n / (double) posting.length);
                    for (int q : posting) {
                        touch(touched, score, q);
                        score[q] += idf;
                    }
                }
            }
            if (storyIds[i] >= 0) {
                int[] posting = stories.posting(storyIds[i]);
                for (int k = Math.max(0, posting.length - POSTING_CAP); k < posting.length; k++) {
                    touch(touched, score, posting[k]);
                    score[posting[k]] += SAME_STORY;
                }
            }
            for (int w : wordIds[i]) {
                int[] posting = words.posting(w);
                if (posting.length <= POSTING_CAP) {
                    for (int q : posting) {
                        touch(touched, score, q);
                        shared[q]++;
                    }
                }
            }
            for (int q : touched) {
                int union = wordIds[i].length + wordIds[q].length - shared[q];
                score[q] += union == 0 ? 0 : WORDS * shared[q] / union;
            }
            List<Page> best = top(touched, i, score, pages);
            for (int q : touched) {
                score[q] = 0;
                shared[q] = 0;
            }
            return best;
        }).toList();
        Map<String, List<Page>> related = new HashMap<>();
        for (int i = 0; i < n; i++) {
            related.put(pages.get(i).file(), ranked.get(i));
        }
        return related;
    }

    /** The {@link #LIMIT} best of the touched pages other than {@code self}, by a partial insertion sort. */
    private static List<Page> top(List<Integer> touched, int self, double[] score, List<Page> pages) {
        int[] best = new int[LIMIT];
        int size = 0;
        for (int q : touched) {
            if (q == self || size == LIMIT && !better(q, best[LIMIT - 1], score, pages)) {
                continue;
            }
            int at = size < LIMIT ? size++ : LIMIT - 1;
            while (at > 0 && better(q, best[at - 1], score, pages)) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = q;
        }
        List<Page> out = new ArrayList<>(size);
        for (int k = 0; k < size; k++) {
            out.add(pages.get(best[k]));
        }
        return List.copyOf(out);
    }

    private static boolean better(int a, int b, double[] score, List<Page> pages) {
        return score[a] != score[b] ? score[a] > score[b] : SiteLoader.NEWEST_FIRST.compare(pages.get(a), pages.get(b)) < 0;
    }

    private static void touch(List<Integer> touched, double[] score, int q) {
        if (score[q] == 0) {
            touched.add(q);
            score[q] = Double.MIN_VALUE;
        }
    }

    /** Terms to numbers, and for each term the pages that have it (in page order). */
    private static final class Index {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<int[]> postings = new ArrayList<>();
        private final List<Integer> sizes = new ArrayList<>();

        int[] add(Set<String> terms, int page) {
            int[] out = new int[terms.size()];
            int k = 0;
            for (String t : terms) {
                int id = ids.computeIfAbsent(t, x -> {
                    postings.add(new int[4]);
                    sizes.add(0);
                    return postings.size() - 1;
                });
                int size = sizes.get(id);
                if (size == postings.get(id).length) {
                    postings.set(id, Arrays.copyOf(postings.get(id), size * 2));
                }
                postings.get(id)[size] = page;
                sizes.set(id, size + 1);
                out[k++] = id;
            }
            return out;
        }

        void freeze() {
            for (int id = 0; id < postings.size(); id++) {
                postings.set(id, Arrays.copyOf(postings.get(id), sizes.get(id)));
            }
        }

        int[] posting(int id) {
            return postings.get(id);
        }
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (w.length() > 2 && !STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
