package dev.explainer.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The people named outside quotations, in text order, with the unnamed subjects between them;
 * answers "who is named here" and "whom does this pronoun mean". Binary search keeps articles
 * of any size near linear.
 */
final class SpeakerIndex {
    private final List<ResolvedMention> people;
    private final long[] positions;
    /** Positions of unnamed sentence subjects ("an aide said"), sorted. */
    private final long[] unnamed;

    SpeakerIndex(List<ResolvedMention> mentions, List<QuoteSpan> spans, long[] unnamed) {
        TreeMap<Long, QuoteSpan> byOpen = new TreeMap<>();
        spans.forEach(s -> byOpen.put(position(s.paragraph(), s.open()), s));
        this.people = mentions.stream()
                .filter(m -> m.kind() == EntityKind.PERSON && m.mention().paragraph() >= 0)
                .filter(m -> !quoted(byOpen, m.mention()))
                .toList();
        this.positions = people.stream().mapToLong(m -> position(m.mention().paragraph(), m.mention().start())).toArray();
        this.unnamed = unnamed.clone();
        Arrays.sort(this.unnamed);
    }

    static long position(int paragraph, int offset) {
        return ((long) paragraph << 32) | (offset & 0xffffffffL);
    }

    private static boolean quoted(TreeMap<Long, QuoteSpan> byOpen, Mention m) {
        Map.Entry<Long, QuoteSpan> before = byOpen.floorEntry(position(m.paragraph(), m.start()));
        return before != null && before.getValue().contains(m.paragraph(), m.start());
    }

    /** Index of the first person mentioned at or after the position. */
    private int firstAtOrAfter(long position) {
        int index = Arrays.binarySearch(positions, position);
        if (index < 0) {
            return -index - 1;
        }
        while (index > 0 && positions[index - 1] == position) {
            index--;
        }
        return index;
    }

    /** The person named in [from, to) of a paragraph: the first one, or the last when {@code first} is false. */
    String personIn(int paragraph, int from, int to, boolean first) {
        String found = null;
        for (int k = firstAtOrAfter(position(paragraph, from)); k < people.size(); k++) {
            Mention mention = people.get(k).mention();
            if (mention.paragraph() != paragraph || mention.start() >= to) {
                break;
            }
            if (mention.end() <= to) {
                found = people.get(k).entityId();
                if (first) {
                    return found;
                }
            }
        }
        return found;
    }

    /** The person whose name ends just before {@code offset} ("Douglas| said"), or null. */
    String personEndingAt(int paragraph, int offset) {
        int k = firstAtOrAfter(position(paragraph, offset)) - 1;
        if (k < 0) {
            return null;
        }
        Mention mention = people.get(k).mention();
        return mention.paragraph() == paragraph && offset - mention.end() <= 1 && offset >= mention.end()
                ? people.get(k).entityId() : null;
    }

    /**
     * The latest likely subject before (paragraph, offset) whose gender does not contradict the
     * pronoun; null when an unnamed subject ("the aide") came after every candidate.
     */
    String pronoun(int paragraph, int offset, Gender gender, boolean nearbyOnly) {
        long here = position(paragraph, offset);
        long lastUnnamed = latestUnnamedBefore(here);
        int reach = nearbyOnly ? 1 : 3;
        boolean unnamedInReach = lastUnnamed >= 0 && paragraph - (int) (lastUnnamed >>> 32) <= reach;
        String fallback = null;
        for (int k = firstAtOrAfter(here) - 1; k >= 0; k--) {
            ResolvedMention m = people.get(k);
            Mention mention = m.mention();
            if (unnamedInReach && positions[k] < lastUnnamed) {
                return null;
            }
            if (paragraph - mention.paragraph() > reach && (fallback != null || nearbyOnly)) {
                break;
            }
            boolean clash = gender != Gender.UNKNOWN && m.gender() != Gender.UNKNOWN && m.gender() != gender;
            if (clash) {
                continue;
            }
            if (mention.subject()) {
                return m.entityId();
            }
            if (fallback == null) {
                fallback = m.entityId();
            }
        }
        return unnamedInReach ? null : fallback;
    }

    private long latestUnnamedBefore(long position) {
        int index = Arrays.binarySearch(unnamed, position);
        int before = index >= 0 ? index - 1 : -index - 2;
        return before >= 0 ? unnamed[before] : -1;
    }
}
