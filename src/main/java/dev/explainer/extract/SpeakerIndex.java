package dev.explainer.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The people and organisations named outside quotations, in text order, with the unnamed
 * subjects between them; answers "who is named here" and "whom does this pronoun mean", and how
 * surely. Binary search keeps articles of any size near linear.
 */
final class SpeakerIndex {
    /** A pronoun looks this many paragraphs back for the one it means. */
    private static final int REACH = 2;

    /** How sure a pronoun's resolution is. */
    static final double ONLY_CANDIDATE = 0.92;
    static final double NEAREST_SUBJECT = 0.88;
    static final double AMBIGUOUS = 0.55;
    /** The one named it could mean, but not as a subject of anything, or an organisation for "it". */
    static final double NOT_A_SUBJECT = 0.7;

    private final List<ResolvedMention> named;
    private final long[] positions;
    /** Positions of unnamed sentence subjects ("an aide said"), sorted. */
    private final long[] unnamed;

    /** Who a pronoun or "the company" means, and how surely; a null id when it is nobody named. */
    record Referent(String id, double confidence, String basis) {
        static final Referent NOBODY = new Referent(null, 0, "no one named it could mean");
    }

    SpeakerIndex(List<ResolvedMention> mentions, List<QuoteSpan> spans, long[] unnamed) {
        TreeMap<Long, QuoteSpan> byOpen = new TreeMap<>();
        spans.forEach(s -> byOpen.put(position(s.paragraph(), s.open()), s));
        this.named = mentions.stream()
                .filter(m -> (m.kind() == EntityKind.PERSON || m.kind() == EntityKind.ORGANISATION) && m.entityId() != null)
                .filter(m -> m.mention().paragraph() >= 0)
                .filter(m -> !quoted(byOpen, m.mention()))
                .toList();
        this.positions = named.stream().mapToLong(m -> position(m.mention().paragraph(), m.mention().start())).toArray();
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

    /** Index of the first mention at or after the position. */
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

    /** The people and organisations named wholly inside [from, to) of a paragraph, in order. */
    List<ResolvedMention> in(int paragraph, int from, int to) {
        List<ResolvedMention> found = new ArrayList<>();
        for (int k = firstAtOrAfter(position(paragraph, from)); k < named.size(); k++) {
            Mention mention = named.get(k).mention();
            if (mention.paragraph() != paragraph || mention.start() >= to) {
                break;
            }
            if (mention.end() <= to) {
                found.add(named.get(k));
            }
        }
        return found;
    }

    /**
     * "the mayor said": the one person, named within REACH paragraphs before, whose role holds that
     * word ("Mayor Colin MacAulay"); nobody when none or several do.
     */
    Referent byRole(int paragraph, int offset, String office) {
        long here = position(paragraph, offset);
        String word = office.toLowerCase(java.util.Locale.ROOT);
        Set<String> ids = new LinkedHashSet<>();
        String name = null;
        for (int k = firstAtOrAfter(here) - 1; k >= 0 && paragraph - named.get(k).mention().paragraph() <= REACH + 1; k--) {
            ResolvedMention m = named.get(k);
            String role = m.mention().role();
            if (m.kind() == EntityKind.PERSON && role != null
                    && (" " + role.toLowerCase(java.util.Locale.ROOT) + " ").contains(" " + word + " ")) {
                ids.add(m.entityId());
                name = m.mention().text();
            }
        }
        return ids.size() == 1 ? new Referent(ids.iterator().next(), NEAREST_SUBJECT, "the one named with that office — " + name)
                : Referent.NOBODY;
    }

    /** The gender the entity's mentions give it, or UNKNOWN. */
    Gender genderOf(String id) {
        for (ResolvedMention m : named) {
            if (m.entityId().equals(id) && m.gender() != Gender.UNKNOWN) {
                return m.gender();
            }
        }
        return Gender.UNKNOWN;
    }

    /** Whether an unnamed subject ("a spokesman", "analysts") stands in [from, to) of a paragraph. */
    boolean unnamedIn(int paragraph, int from, int to) {
        long start = position(paragraph, from);
        long end = position(paragraph, to);
        int index = Arrays.binarySearch(unnamed, start);
        int at = index >= 0 ? index : -index - 1;
        return at < unnamed.length && unnamed[at] < end;
    }

    /**
     * The person "he" or "she" means at (paragraph, offset): the latest subject of a sentence or
     * quote before it, of a gender that does not contradict the pronoun, within REACH paragraphs.
     * Sure when nobody else it could mean was named since; nobody when an unnamed subject ("the
     * aide") came after every candidate.
     */
    Referent pronoun(int paragraph, int offset, Gender gender, String lastSpeaker) {
        return referent(paragraph, offset, EntityKind.PERSON, gender, lastSpeaker);
    }

    /** The organisation "it" or "the company" means: as for a pronoun, among organisations. */
    Referent organisation(int paragraph, int offset, String lastSpeaker) {
        return referent(paragraph, offset, EntityKind.ORGANISATION, Gender.UNKNOWN, lastSpeaker);
    }

    private Referent referent(int paragraph, int offset, EntityKind kind, Gender gender, String lastSpeaker) {
        long here = position(paragraph, offset);
        long lastUnnamed = latestUnnamedBefore(here);
        int reach = kind == EntityKind.PERSON ? REACH : Integer.MAX_VALUE / 2;
        ResolvedMention chosen = null;
        Set<String> since = new LinkedHashSet<>();
        for (int k = firstAtOrAfter(here) - 1; k >= 0; k--) {
            ResolvedMention m = named.get(k);
            if (paragraph - m.mention().paragraph() > reach) {
                break;
            }
            if (m.kind() != kind || clashes(gender, m.gender())) {
                continue;
            }
            boolean subject = m.mention().subject() || m.entityId().equals(lastSpeaker);
            if (subject) {
                chosen = m;
                break;
            }
            since.add(m.entityId());
        }
        boolean fallback = chosen == null;
        if (chosen == null) {
            // nobody spoke or opened a sentence: the one named, if only one could be meant
            if (since.size() != 1) {
                return Referent.NOBODY;
            }
            for (int k = firstAtOrAfter(here) - 1; k >= 0 && chosen == null; k--) {
                if (named.get(k).entityId().equals(since.iterator().next())) {
                    chosen = named.get(k);
                }
            }
        }
        if (lastUnnamed > position(chosen.mention().paragraph(), chosen.mention().start())) {
            return new Referent(null, 0, "an unnamed speaker came after — " + chosen.mention().text());
        }
        since.remove(chosen.entityId());
        if (!since.isEmpty()) {
            return new Referent(chosen.entityId(), AMBIGUOUS, "the latest speaker, but others named since — "
                    + chosen.mention().text());
        }
        boolean only = distinctIn(paragraph, here, kind, gender) == 1;
        double sure = fallback || kind == EntityKind.ORGANISATION ? NOT_A_SUBJECT : only ? ONLY_CANDIDATE : NEAREST_SUBJECT;
        return new Referent(chosen.entityId(), sure,
                (only ? "the only one named it could mean" : "the latest speaker, no one named since")
                + (fallback ? ", not a subject" : "") + " — " + chosen.mention().text());
    }

    /** How many entities of the kind, not contradicting the gender, were named within REACH paragraphs before. */
    private int distinctIn(int paragraph, long here, EntityKind kind, Gender gender) {
        Set<String> ids = new LinkedHashSet<>();
        for (int k = firstAtOrAfter(here) - 1; k >= 0 && paragraph - named.get(k).mention().paragraph() <= REACH; k--) {
            ResolvedMention m = named.get(k);
            if (m.kind() == kind && !clashes(gender, m.gender())) {
                ids.add(m.entityId());
            }
        }
        return ids.size();
    }

    private static boolean clashes(Gender wanted, Gender seen) {
        return wanted != Gender.UNKNOWN && seen != Gender.UNKNOWN && wanted != seen;
    }

    private long latestUnnamedBefore(long position) {
        int index = Arrays.binarySearch(unnamed, position);
        int before = index >= 0 ? index - 1 : -index - 2;
        return before >= 0 ? unnamed[before] : -1;
    }
}
