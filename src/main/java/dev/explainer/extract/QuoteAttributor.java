package dev.explainer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decides which quotations are key quotes and who said them, and how surely. In order: the words
 * after the quote in its sentence ("Q," Rouhani said / said Rouhani / X, a long apposition, told
 * Reuters / he said / the company said), the words before it ("Rouhani said: "Q"", reported
 * speech with a partial quote), then the speaker of the quote just before when nobody else was
 * named between. An unnamed speaker ("a spokesman said", "analysts said") leaves the quote without
 * one; a speaker only guessed is kept with a low confidence, for the editor to confirm.
 */
final class QuoteAttributor {
    /** The speech verb of a quote's own sentence may stand this many words after the quote. */
    private static final int TAIL_WORDS = 40;

    static final double NAMED_NEXT = 0.95;
    static final double NAMED_APART = 0.9;
    static final double CONTINUED = 0.88;
    static final double ELLIPTIC = 0.85;
    static final double GUESSED = 0.5;
    static final double LOOSE = 0.82;
    /** A pronoun paragraphs from any name, given the speaker of the quote before: right three times in five. */
    static final double CHAINED = 0.7;

    private final List<String> paragraphs;
    private final List<QuoteSpan> spans;
    private final SpeakerIndex speakers;
    /** Whether a word is a job ("director", "analyst"): what sets off an apposition after a name. */
    private final java.util.function.Predicate<String> jobWords;
    private final Abbreviations abbreviations;

    QuoteAttributor(List<String> paragraphs, List<ResolvedMention> mentions, List<QuoteSpan> spans, long[] unnamed,
                    java.util.function.Predicate<String> jobWords, Abbreviations abbreviations) {
        this.jobWords = jobWords;
        this.abbreviations = abbreviations;
        this.paragraphs = paragraphs;
        this.spans = spans;
        this.speakers = new SpeakerIndex(mentions, spans, unnamed);
    }

    /** The latest quote given a speaker, and where it ended: what a pronoun far from any name may still mean. */
    private record Said(String speaker, int paragraph, int close) {
    }

    private Said previous;

    /** A pronoun chain may reach this many paragraphs back to the quote before. */
    private static final int CHAIN = 6;

    /**
     * "“Q,” he said" paragraphs after the name, when every quote and "he said" between was his: the
     * speaker of the quote before, if no one else it could mean was named since and his gender fits.
     */
    private SpeakerIndex.Referent chained(int paragraph, int offset, Gender gender) {
        if (previous == null || paragraph - previous.paragraph() > CHAIN) {
            return SpeakerIndex.Referent.NOBODY;
        }
        Gender g = speakers.genderOf(previous.speaker());
        if (gender != Gender.UNKNOWN && g != Gender.UNKNOWN && g != gender) {
            return SpeakerIndex.Referent.NOBODY;
        }
        for (int p = previous.paragraph(); p <= paragraph; p++) {
            int from = p == previous.paragraph() ? previous.close() + 1 : 0;
            int to = p == paragraph ? offset : paragraphs.get(p).length();
            boolean other = from < to && (speakers.in(p, from, to).stream().anyMatch(m -> !m.entityId().equals(previous.speaker())
                    && m.kind() == EntityKind.PERSON) || speakers.unnamedIn(p, from, to));
            if (other) {
                return SpeakerIndex.Referent.NOBODY;
            }
        }
        return new SpeakerIndex.Referent(previous.speaker(), CHAINED, "the speaker of the quote before, no one named since");
    }

    /** The result of one attribution pattern; {@code found} even when the speaker stays unknown. */
    private record Attribution(boolean found, String speaker, double confidence, String basis) {
        static final Attribution NONE = new Attribution(false, null, 0, "no attribution");
        /** "X said his client “Q” and noted ...": the verb after the quote shares the subject before it. */
        static final Attribution SHARED_SUBJECT = new Attribution(true, null, 0, "a verb after 'and', its subject before the quote");

        static Attribution of(SpeakerIndex.Referent r, String form) {
            return new Attribution(true, r.id(), r.id() == null ? 0 : r.confidence(), form + ", " + r.basis());
        }

        static Attribution unnamed(String form) {
            return new Attribution(true, null, 0, form + ", an unnamed speaker");
        }
    }

    /** Finds the speaker of each key quote; scare quotes are left out. */
    List<Quote> attribute(List<Sentence> sentences) {
        TreeMap<Long, Sentence> byStart = new TreeMap<>();
        sentences.forEach(s -> byStart.put(SpeakerIndex.position(s.paragraph(), s.start()), s));
        List<Quote> quotes = new ArrayList<>();
        Attribution last = Attribution.NONE;
        int lastEnd = -10;
        int lastClose = -1;
        previous = null;
        Attribution before = Attribution.NONE;
        Sentence beforeSentence = null;
        for (int k = 0; k < spans.size(); k++) {
            QuoteSpan span = spans.get(k);
            Sentence sentence = sentenceOf(span, byStart);
            String lead = lead(span, k, sentence);
            Attribution a = after(span, last.speaker());
            if (!a.found() || a == Attribution.SHARED_SUBJECT) {
                Attribution fromLead = before(span, lead, sentence, last.speaker());
                a = fromLead.found() ? fromLead : a;
            }
            if (!a.found() && before.found() && sentence != null && sentence == beforeSentence && !lead.isBlank()) {
                // "not created as "part of any cost saving" but to "increase our efficiency"": the sentence's one speaker
                a = new Attribution(true, before.speaker(), before.confidence(), "another quote of the sentence, " + before.basis());
            }
            before = a;
            beforeSentence = sentence;
            boolean startsSentence = lead.isBlank();
            // "“Q,” Munro said. “Maybe we were due one.”": a short quote that goes on from the one just before
            boolean follows = last.speaker() != null && lastEnd == span.paragraph() && startsSentence && span.words() >= 3;
            boolean key = span.isMultiParagraph() || (a.found() && span.words() >= 4) || (startsSentence && span.words() >= 6)
                    || follows;
            if (!key) {
                if (startsSentence && a.speaker() != null) {
                    // "“Vultures,” said Kerry Hope. “That’s what they are.”": too short to show, but said, and the next goes on from it
                    last = a;
                    lastEnd = span.endParagraph();
                    lastClose = span.close();
                }
                continue;
            }
            if (!a.found()) {
                a = continued(span, last, lastEnd, lastClose);
            }
            quotes.add(new Quote(QuoteWords.clean(span.text()), a.speaker(), span.paragraph(), a.speaker() == null ? 0 : a.confidence(),
                    a.basis()));
            last = a;
            lastEnd = span.endParagraph();
            lastClose = span.close();
            if (a.speaker() != null) {
                previous = new Said(a.speaker(), span.endParagraph(), span.close());
            }
        }
        return quotes;
    }

    /**
     * A quote with no attribution of its own, in the paragraph of the one before or the next: the
     * same speaker, when nobody else was named between them; otherwise a guess.
     */
    private Attribution continued(QuoteSpan span, Attribution last, int lastEnd, int lastClose) {
        if (last.speaker() != null && span.paragraph() - lastEnd <= 1) {
            boolean others = span.paragraph() == lastEnd
                    ? namedOther(lastEnd, lastClose + 1, span.open(), last.speaker())
                    : namedOther(lastEnd, lastClose + 1, paragraphs.get(lastEnd).length(), last.speaker())
                      || namedOther(span.paragraph(), 0, span.open(), last.speaker());
            if (!others) {
                return new Attribution(true, last.speaker(), Math.min(last.confidence(), CONTINUED),
                        "goes on from the quote before, " + last.basis());
            }
        }
        SpeakerIndex.Referent r = speakers.pronoun(span.paragraph(), span.open(), Gender.UNKNOWN, last.speaker());
        return new Attribution(false, r.id(), r.id() == null ? 0 : Math.min(r.confidence(), GUESSED),
                "no attribution, the latest speaker is a guess");
    }

    /** Someone else spoke or was named between: a person, or an organisation unless a person spoke (his employer). */
    private boolean namedOther(int paragraph, int from, int to, String speaker) {
        if (from >= to) {
            return false;
        }
        List<ResolvedMention> named = speakers.in(paragraph, from, to);
        boolean personSpoke = named.stream().anyMatch(m -> m.entityId().equals(speaker) && m.kind() == EntityKind.PERSON);
        return named.stream().anyMatch(m -> !m.entityId().equals(speaker) && (m.kind() == EntityKind.PERSON || !personSpoke))
                || speakers.unnamedIn(paragraph, from, to);
    }

    /** The words after the closing mark, to the end of the sentence: "Q," X said / said X / he said. */
    private Attribution after(QuoteSpan span, String lastSpeaker) {
        int p = span.endParagraph();
        String text = paragraphs.get(p);
        int from = Math.min(text.length(), span.close() + 1);
        int to = QuoteWords.tailEnd(text, from, abbreviations);
        List<int[]> words = QuoteWords.words(text, from, to);
        int verb = -1;
        for (int w = 0; w < Math.min(words.size(), TAIL_WORDS); w++) {
            if (QuoteWords.isSpeechVerb(text, words, w)) {
                verb = w;
                break;
            }
        }
        if (verb < 0 || verb == 1 && QuoteWords.isConjunction(QuoteWords.word(text, words.get(0)))) {
            return verb < 0 ? Attribution.NONE : Attribution.SHARED_SUBJECT;
        }
        int verbStart = words.get(verb)[0];
        if (verb == 0 || (verb == 1 && QuoteWords.word(text, words.get(0)).equals("as"))) {
            // "Q," said X / said X, a Y / said a spokesman / said the company
            return subjectAfter(p, text, words, verb, to, lastSpeaker, "said after the quote");
        }
        Attribution a = subjectBefore(p, text, from, words.subList(0, verb), verbStart, lastSpeaker, "after the quote");
        // "“Q,” Kidane told Reuters": someone's words, whoever the one name is
        return a.found() || verb > 2 ? a : new Attribution(true, null, 0, "a speech verb, no one named as its subject");
    }

    /** The words before the opening mark, in its sentence: X said: "Q", X said the plan was "Q". */
    private Attribution before(QuoteSpan span, String lead, Sentence sentence, String lastSpeaker) {
        List<int[]> words = QuoteWords.words(lead, 0, lead.length());
        int verb = -1;
        for (int w = words.size() - 1; w >= 0; w--) {
            if (QuoteWords.isSpeechVerb(lead, words, w)) {
                verb = w;
                break;
            }
        }
        if (verb < 0) {
            return Attribution.NONE;
        }
        int leadStart = span.open() - lead.length();
        int p = span.paragraph();
        String text = paragraphs.get(p);
        List<int[]> inText = words.stream().map(w -> new int[] {w[0] + leadStart, w[1] + leadStart}).toList();
        int verbStart = inText.get(verb)[0];
        Attribution a = subjectBefore(p, text, leadStart, inText.subList(0, verb), verbStart, lastSpeaker, "before the quote");
        if (a.found()) {
            boolean near = words.size() - verb <= 4;
            double sure = a.basis().contains("across an apposition") ? LOOSE : NAMED_APART;
            return near || a.speaker() == null ? a
                    : new Attribution(true, a.speaker(), Math.min(a.confidence(), sure), "reported speech, " + a.basis());
        }
        if (verb == 0) {
            // ", said Brian Waterhouse at James Capel. "Q"": the lead opens with an inverted attribution
            Attribution inverted = subjectAfter(p, text, inText, verb, span.open(), lastSpeaker, "said before the quote");
            if (inverted.found()) {
                return inverted;
            }
        }
        if (verb == 0 || QuoteWords.isConjunction(QuoteWords.word(lead, words.get(verb - 1))) || QuoteWords.word(lead, words.get(verb)).equals("saying")) {
            // "But added: "Q"", "..., saying only, "Q"": the subject is the last speaker or the sentence's own
            SpeakerIndex.Referent r = speakers.pronoun(p, sentence == null ? leadStart : sentence.start(), Gender.UNKNOWN, lastSpeaker);
            if (r.id() != null) {
                return new Attribution(true, r.id(), Math.min(r.confidence(), ELLIPTIC), "a verb with no subject, " + r.basis());
            }
        }
        // "Baker said "Q"" with Baker named nowhere in full: someone's words, their speaker not known
        return words.size() - verb <= 2 ? new Attribution(true, null, 0, "a speech verb, no one named as its subject")
                : Attribution.NONE;
    }

    /** The subject that stands before a speech verb, among {@code before} (the words from the quote or clause start). */
    private Attribution subjectBefore(int p, String text, int from, List<int[]> before, int verbStart, String lastSpeaker,
                                      String form) {
        int k = before.size() - 1;
        while (k >= 0 && QuoteWords.AUXILIARIES.contains(QuoteWords.word(text, before.get(k)))) {
            k--;
        }
        if (k < 0) {
            return Attribution.NONE;
        }
        String last = QuoteWords.word(text, before.get(k));
        int lastStart = before.get(k)[0];
        if (last.equals("he") || last.equals("she")) {
            Gender g = last.equals("she") ? Gender.FEMALE : Gender.MALE;
            SpeakerIndex.Referent r = speakers.pronoun(p, lastStart, g, lastSpeaker);
            if (r.id() == null && r == SpeakerIndex.Referent.NOBODY) {
                r = chained(p, lastStart, g);
            }
            return Attribution.of(r, "'" + last + "' " + form);
        }
        if (last.equals("it")) {
            return Attribution.of(speakers.organisation(p, lastStart, lastSpeaker), "'it' " + form);
        }
        if (last.equals("they") || last.equals("we") || last.equals("i")) {
            return Attribution.unnamed("'" + last + "' " + form);
        }
        ResolvedMention subject = subject(text, from, speakers.in(p, from, verbStart), verbStart);
        if (subject == null && k >= 1 && QuoteWords.word(text, before.get(k - 1)).equals("the") && jobWords.test(last)) {
            // "the mayor said": the one person named with that office not long before
            SpeakerIndex.Referent r = speakers.byRole(p, lastStart, last);
            if (r.id() != null) {
                return Attribution.of(r, "'the " + last + "' " + form);
            }
        }
        if (QuoteWords.unnamedSubject(text, from, verbStart, subject)) {
            return Attribution.unnamed(form);
        }
        if (subject != null) {
            boolean next = QuoteWords.wordsBetween(text, subject.mention().end(), verbStart) <= 2;
            return new Attribution(true, subject.entityId(), next ? NAMED_NEXT : NAMED_APART,
                    "named " + form + (next ? "" : ", across an apposition") + " — " + subject.mention().text());
        }
        ResolvedMention earlier = speakers.in(p, from, verbStart).stream().filter(m -> m.kind() == EntityKind.PERSON)
                .findFirst().orElse(null);
        if (earlier != null && earlier.mention().subject() && QuoteWords.wordsBetween(text, from, earlier.mention().start()) <= 2) {
            // "Buttrose said he expected a deficit, and added "Q"": the speaker of the sentence's first verb
            return new Attribution(true, earlier.entityId(), NAMED_APART, "named " + form
                    + ", the sentence's speaker — " + earlier.mention().text());
        }
        if (earlier != null) {
            return new Attribution(true, earlier.entityId(), LOOSE, "named earlier in the sentence " + form
                    + ", not as the verb's subject — " + earlier.mention().text());
        }
        if (k >= 1 && QuoteWords.ORGANISATION_NOUNS.contains(last) && QuoteWords.DETERMINERS.contains(QuoteWords.word(text, before.get(k - 1)))) {
            return Attribution.of(speakers.organisation(p, lastStart, lastSpeaker), "'the " + last + "' " + form);
        }
        return Attribution.NONE;
    }

    /** "said X", "said X, a Y", "said a spokesman", "said the company": the subject after the verb. */
    private Attribution subjectAfter(int p, String text, List<int[]> words, int verb, int to, String lastSpeaker, String form) {
        int verbEnd = words.get(verb)[1];
        List<ResolvedMention> named = speakers.in(p, verbEnd, to);
        int[] unnamed = AnonymousSpeakers.firstIn(text, verbEnd, to);
        ResolvedMention first = named.isEmpty() ? null : named.get(0);
        boolean titled = first != null && QuoteWords.titled(text, verbEnd, first);
        if (unnamed != null && !titled && QuoteWords.wordsBetween(text, verbEnd, unnamed[0]) <= 1 && (first == null || unnamed[0] < first.mention().start())) {
            return Attribution.unnamed(form);
        }
        if (first != null && (QuoteWords.wordsBetween(text, verbEnd, first.mention().start()) <= 1 || titled)) {
            // "said Merrill Lynch analyst Edmund Greenslet": a person just after the firm that employs him
            ResolvedMention m = first;
            for (ResolvedMention n : named) {
                if (n.kind() == EntityKind.PERSON && QuoteWords.wordsBetween(text, verbEnd, n.mention().start()) <= 5) {
                    m = n;
                    break;
                }
            }
            return new Attribution(true, m.entityId(), NAMED_NEXT, "named " + form + " — " + m.mention().text());
        }
        if (verb + 2 < words.size() && QuoteWords.DETERMINERS.contains(QuoteWords.word(text, words.get(verb + 1)))
                && QuoteWords.ORGANISATION_NOUNS.contains(QuoteWords.word(text, words.get(verb + 2)))) {
            return Attribution.of(speakers.organisation(p, words.get(verb + 1)[0], lastSpeaker),
                    "'the " + QuoteWords.word(text, words.get(verb + 2)) + "' " + form);
        }
        return Attribution.NONE;
    }

    /**
     * The subject of a speech verb among the names before it: the nearest one right before the verb
     * ("Baker said", not "In a speech to the National Newspaper Association, Baker said"), or a person
     * who opens the clause and is set off by an apposition ("Thomas Kay, administrator of ..., told").
     * A possessive ("Pellegrino's lawyer, Daniel Ruiz, said") is never the subject.
     */
    private ResolvedMention subject(String text, int from, List<ResolvedMention> named, int verbStart) {
        ResolvedMention apposed = apposed(text, from, named, verbStart);
        if (apposed != null) {
            return apposed;
        }
        for (int k = named.size() - 1; k >= 0; k--) {
            Mention m = named.get(k).mention();
            if (QuoteWords.possessive(text, m.end()) || (named.get(k).kind() == EntityKind.ORGANISATION && QuoteWords.employer(text, from, m.start()))) {
                continue;
            }
            String between = text.substring(m.end(), verbStart);
            if (between.indexOf(',') < 0 && (QuoteWords.bracketed(between) || QuoteWords.wordsBetween(text, m.end(), verbStart) <= 2)) {
                return named.get(k);
            }
            boolean opensClause = QuoteWords.wordsBetween(text, from, m.start()) <= 2 || text.substring(from, m.start()).stripTrailing().endsWith(",");
            if (named.get(k).kind() == EntityKind.PERSON && between.stripLeading().startsWith(",") && opensClause) {
                return named.get(k);
            }
        }
        return null;
    }

    /**
     * "Lowell Moholt, director of investor relations at Weyerhaeuser Co said": a person who opens the
     * clause, set off by a comma and a job, even when the wire drops the comma that closes it.
     */
    private ResolvedMention apposed(String text, int from, List<ResolvedMention> named, int verbStart) {
        for (ResolvedMention m : named) {
            if (m.kind() != EntityKind.PERSON) {
                continue;
            }
            boolean opens = QuoteWords.wordsBetween(text, from, m.mention().start()) <= 2;
            String after = text.substring(m.mention().end(), verbStart);
            return opens && after.startsWith(",") && hasJobWord(after) ? m : null;
        }
        return null;
    }

    private boolean hasJobWord(String text) {
        for (int[] w : QuoteWords.words(text, 0, text.length())) {
            if (jobWords.test(text.substring(w[0], w[1]))) {
                return true;
            }
        }
        return false;
    }

    private static Sentence sentenceOf(QuoteSpan span, TreeMap<Long, Sentence> sentences) {
        Map.Entry<Long, Sentence> s = sentences.floorEntry(SpeakerIndex.position(span.paragraph(), span.open()));
        return s != null && s.getValue().paragraph() == span.paragraph() ? s.getValue() : null;
    }

    /** Text from the start of the quote's sentence, or the previous quote's close, to the opening mark. */
    private String lead(QuoteSpan span, int index, Sentence sentence) {
        int start = sentence != null ? sentence.start() : 0;
        if (index > 0 && spans.get(index - 1).endParagraph() == span.paragraph()) {
            start = Math.max(start, Math.min(span.open(), spans.get(index - 1).close() + 1));
        }
        return paragraphs.get(span.paragraph()).substring(Math.min(start, span.open()), span.open());
    }

}
