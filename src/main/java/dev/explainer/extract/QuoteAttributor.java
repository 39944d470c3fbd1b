package dev.explainer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which quotations are key quotes and who said them. Patterns tried in order: the words
 * after the quote ("Q," Rouhani said / said Rouhani / he said), the words before it in the same
 * sentence (Rouhani said: "Q"), then the speaker of the quote just before. A pronoun goes to
 * the latest person who spoke or opened a sentence, skipping people of the other gender.
 */
final class QuoteAttributor {
    private static final Pattern WORD = Pattern.compile("[\\p{L}’'-]+");
    private static final int TAIL_WORDS = 10;

    private final List<String> paragraphs;
    private final List<QuoteSpan> spans;
    private final SpeakerIndex speakers;

    QuoteAttributor(List<String> paragraphs, List<ResolvedMention> mentions, List<QuoteSpan> spans, long[] unnamed) {
        this.paragraphs = paragraphs;
        this.spans = spans;
        this.speakers = new SpeakerIndex(mentions, spans, unnamed);
    }

    /** Finds the speaker of each key quote; scare quotes are left out. */
    List<Quote> attribute(List<Sentence> sentences) {
        TreeMap<Long, Sentence> byStart = new TreeMap<>();
        sentences.forEach(s -> byStart.put(SpeakerIndex.position(s.paragraph(), s.start()), s));
        List<Quote> quotes = new ArrayList<>();
        String lastSpeaker = null;
        int lastQuoteParagraph = -10;
        for (int k = 0; k < spans.size(); k++) {
            QuoteSpan span = spans.get(k);
            String lead = lead(span, k, byStart);
            Attribution after = after(span);
            Attribution before = after.found() ? after : before(span, lead);
            boolean startsSentence = lead.isBlank();
            boolean key = span.isMultiParagraph()
                    || (before.found() && (span.words() >= 4 || startsSentence))
                    || (startsSentence && span.words() >= 6);
            if (!key) {
                continue;
            }
            String speaker = before.speaker();
            if (!before.found() && span.paragraph() - lastQuoteParagraph <= 1) {
                speaker = lastSpeaker;
            }
            if (!before.found() && speaker == null) {
                speaker = speakers.pronoun(span.paragraph(), span.open(), Gender.UNKNOWN, true);
            }
            quotes.add(new Quote(clean(span.text()), speaker, span.paragraph(), speaker == null ? 0 : 0.9, ""));
            lastSpeaker = speaker;
            lastQuoteParagraph = span.endParagraph();
        }
        return quotes;
    }

    /** The result of one attribution pattern; {@code found} even when the speaker stays unknown. */
    private record Attribution(boolean found, String speaker) {
        static final Attribution NONE = new Attribution(false, null);
    }

    private Attribution after(QuoteSpan span) {
        String text = paragraphs.get(span.endParagraph());
        int from = Math.min(text.length(), span.close() + 1);
        int to = tailEnd(text, from);
        List<int[]> words = words(text, from, to);
        if (words.isEmpty()) {
            return Attribution.NONE;
        }
        String first = word(text, words.get(0));
        if (words.size() > 1 && isPronoun(first) && isSpeechVerb(word(text, words.get(1)))) {
            Gender gender = first.equals("she") ? Gender.FEMALE : first.equals("he") ? Gender.MALE : Gender.UNKNOWN;
            return new Attribution(true, speakers.pronoun(span.endParagraph(), from, gender, false));
        }
        for (int w = 0; w < Math.min(words.size(), TAIL_WORDS); w++) {
            if (isSpeechVerb(word(text, words.get(w)))) {
                String speaker = speakers.personIn(span.endParagraph(), from, to, true);
                return new Attribution(true, speaker);
            }
        }
        return Attribution.NONE;
    }

    private Attribution before(QuoteSpan span, String lead) {
        String trimmed = lead.strip();
        List<int[]> words = words(lead, 0, lead.length());
        int verb = -1;
        for (int w = words.size() - 1; w >= 0 && words.size() - w <= TAIL_WORDS; w--) {
            if (isSpeechVerb(word(lead, words.get(w)))) {
                verb = w;
                break;
            }
        }
        int leadStart = span.open() - lead.length();
        if (verb < 0 && !trimmed.endsWith(":")) {
            return reportedSpeech(span, lead, leadStart, words);
        }
        if (verb > 0 && isPronoun(word(lead, words.get(verb - 1)))) {
            String p = word(lead, words.get(verb - 1));
            Gender gender = p.equals("she") ? Gender.FEMALE : p.equals("he") ? Gender.MALE : Gender.UNKNOWN;
            return new Attribution(true, speakers.pronoun(span.paragraph(), span.open(), gender, false));
        }
        if (verb < 0) {
            return new Attribution(true, speakers.personIn(span.paragraph(), leadStart, span.open(), false));
        }
        // The subject stands right before the verb ("Douglas said Dean should ..."), else right after it.
        int verbStart = leadStart + words.get(verb)[0];
        String subject = speakers.personIn(span.paragraph(), leadStart, verbStart, false);
        return new Attribution(true, subject != null ? subject : speakers.personIn(span.paragraph(), verbStart, span.open(), true));
    }

    /**
     * "Douglas said it was too early to say whether ... would be “enough ...”": a speech verb
     * further back counts only with its subject, a name or pronoun, right before it.
     */
    private Attribution reportedSpeech(QuoteSpan span, String lead, int leadStart, List<int[]> words) {
        for (int w = words.size() - 1 - TAIL_WORDS; w > 0; w--) {
            if (!isSpeechVerb(word(lead, words.get(w)))) {
                continue;
            }
            String before = word(lead, words.get(w - 1));
            if (isPronoun(before)) {
                Gender gender = before.equals("she") ? Gender.FEMALE : Gender.MALE;
                return new Attribution(true, speakers.pronoun(span.paragraph(), leadStart + words.get(w - 1)[0], gender, false));
            }
            String subject = speakers.personEndingAt(span.paragraph(), leadStart + words.get(w)[0] - 1);
            if (subject != null) {
                return new Attribution(true, subject);
            }
        }
        return Attribution.NONE;
    }

    /** Text from the start of the quote's sentence, or the previous quote's close, to the opening mark. */
    private String lead(QuoteSpan span, int index, TreeMap<Long, Sentence> sentences) {
        Map.Entry<Long, Sentence> sentence = sentences.floorEntry(SpeakerIndex.position(span.paragraph(), span.open()));
        int start = sentence != null && sentence.getValue().paragraph() == span.paragraph() ? sentence.getValue().start() : 0;
        if (index > 0 && spans.get(index - 1).endParagraph() == span.paragraph()) {
            start = Math.max(start, Math.min(span.open(), spans.get(index - 1).close() + 1));
        }
        return paragraphs.get(span.paragraph()).substring(start, span.open());
    }

    /** The attribution after a quote ends at the sentence end or the next quote. */
    private static int tailEnd(String text, int from) {
        int limit = Math.min(text.length(), from + 200);
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '“' || ((c == '.' || c == '!' || c == '?') && i + 1 < limit && text.charAt(i + 1) == ' ')) {
                return i;
            }
        }
        return limit;
    }

    private static List<int[]> words(String text, int from, int to) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        return words;
    }

    private static String word(String text, int[] span) {
        return text.substring(span[0], span[1]).toLowerCase(Locale.ROOT);
    }

    private static boolean isPronoun(String word) {
        return word.equals("he") || word.equals("she");
    }

    private static boolean isSpeechVerb(String word) {
        return Words.SPEECH_VERBS.contains(word);
    }

    /** Drops the comma journalists put inside the closing mark of a quote that the sentence continues. */
    static String clean(String text) {
        String stripped = text.strip();
        while (stripped.endsWith(",")) {
            stripped = stripped.substring(0, stripped.length() - 1).stripTrailing();
        }
        return stripped;
    }
}
