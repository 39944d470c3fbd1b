package dev.explainer.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds unnamed people who open a sentence or speak in it ("an aide to Lyng said", "one senior
 * official said"). A pronoun after them refers to them, not to the last person named, so their
 * quotes stay without a speaker rather than going to someone who did not say them.
 */
final class AnonymousSpeakers {
    /** The nouns of unnamed people, every form spelled out. */
    private static final String NOUN_WORDS = "aide aides official officials spokesman spokeswoman spokesperson source sources diplomat diplomats "
            + "lobbyist lobbyists analyst analysts trader traders dealer dealers economist economists witness "
            + "witnesses resident residents officer officers executive executives banker bankers lawmaker lawmakers "
            + "negotiator negotiators representative representatives delegate delegates insider insiders adviser "
            + "advisers advisor advisors manager managers strategist strategists broker brokers specialist "
            + "specialists director directors employee employees worker workers investor investors guard guards "
            + "owner owners shopkeeper shopkeepers neighbor neighbors neighbour neighbours driver drivers teacher "
            + "teachers nurse nurses doctor doctors mother mothers father fathers woman women man men customer "
            + "customers passenger passengers student students farmer farmers fan fans supporter supporters voter "
            + "voters firefighter firefighters survivor survivors victim victims local locals judge judges "
            + "magistrate magistrates minister ministers mayor mayors governor governors prosecutor prosecutors "
            + "lawyer lawyers attorney attorneys barrister barristers solicitor solicitors coroner coroners envoy "
            + "envoys ambassador ambassadors commissioner commissioners inspector inspectors secretary secretaries "
            + "coach captain premier senator senators";
    private static final Set<String> NOUNS = Set.of(NOUN_WORDS.split(" "));
    private static final Set<String> COPULAS = Set.of("is", "was", "are", "were", "be", "been", "became", "becomes", "as");
    /** A noun phrase's head comes before these: "the accord of monetary officials" names no official. */
    private static final Set<String> PHRASE_ENDS = Set.of("of", "in", "for", "with", "to", "at", "on", "by", "from",
            "that", "which", "who", "is", "are", "was", "were", "has", "have", "had");
    private static final List<String> DETERMINERS = List.of("a", "an", "one", "the", "another", "two", "several");
    /** Up to this many words between the determiner and the noun: "a senior Western diplomat". */
    private static final int WORDS_BETWEEN = 6;
    /** An unnamed person this close to the sentence start is its subject. */
    private static final int SUBJECT_REACH = 40;
    private static final int SPEECH_REACH = 3;

    /** Bare plurals name no one either: "analysts said", "officials told Reuters". */
    private static final Pattern PLURAL = Pattern.compile("\\b(?:[Aa]nalysts|[Oo]fficials|[Dd]ealers|[Tt]raders|[Ee]conomists"
            + "|[Ss]ources|[Dd]iplomats|[Ee]xecutives|[Bb]ankers|[Ww]itnesses|[Rr]esidents|[Ee]xperts|[Cc]ritics"
            + "|[Oo]bservers|[Pp]olice|[Pp]rosecutors|[Ii]nvestigators|[Oo]rganisers|[Oo]rganizers|[Aa]ides)\\b");

    /** Where in text[from, to) an unnamed person or group is named ("a spokesman for Alcan", "analysts"): {start, end}, or null. */
    static int[] firstIn(String text, int from, int to) {
        if (from >= to) {
            return null;
        }
        int[] at = unnamed(text, from, to);
        Matcher p = PLURAL.matcher(text).region(from, to);
        if (p.find() && (at == null || p.start() < at[0])) {
            at = new int[] {p.start(), p.end()};
        }
        return at;
    }

    /**
     * Paragraph offset of the unnamed subject of the sentence, or -1 when it has none. An apposition
     * to a name ("Dame Judith Penrose, the chief executive of ...") describes the person named.
     *
     * @param named the names found in the sentence
     * @param paragraph the sentence's paragraph: words inside a quote opened before the sentence are not who speaks
     */
    int subjectIn(Sentence sentence, List<Mention> named, String paragraph) {
        String text = sentence.text();
        for (int[] m = unnamed(text, 0, text.length()); m != null; m = unnamed(text, m[1], text.length())) {
            if ((m[0] <= SUBJECT_REACH || speaksRightAfter(text, m[1]) || saidJustBefore(text, m[0]))
                    && !inAppositionTo(named, text, sentence.start(), m[0]) && !predicate(text, m[0])
                    && !quoted(paragraph, sentence.start() + m[0])) {
                return sentence.start() + m[0];
            }
        }
        return -1;
    }

    /** "“Why are the hospitals empty of doctors?” she asked": words inside a quote are not who speaks. */
    private static boolean quoted(String text, int at) {
        int open = 0;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            open += c == '“' ? 1 : c == '”' ? -1 : 0;
        }
        return open > 0;
    }

    /** "He is a director of Shenzhou Mobile": what someone is, not who speaks. */
    private static boolean predicate(String text, int at) {
        int end = at;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return COPULAS.contains(text.substring(start, end));
    }

    /** "Hope Washington, a mother of three": an apposition describes the name before it, whatever it names. */
    private static boolean inAppositionTo(List<Mention> named, String text, int sentenceStart, int at) {
        for (Mention n : named) {
            int end = n.end() - sentenceStart;
            if (end >= 0 && end < at
                    && text.substring(end, at).strip().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first unnamed person in text[from, to), {start, end}: a determiner, up to six words of letters,
     * dots and hyphens, and one of NOUNS ("one senior official", "a spokesman"), or null.
     */
    private static int[] unnamed(String text, int from, int to) {
        int i = from;
        while (i < to) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int end = wordEnd(text, i, to);
            i = end;
            if (end - start > 7 || end >= to || !Character.isWhitespace(text.charAt(end)) || !isDeterminer(text, start, end)) {
                continue;
            }
            int at = skipSpace(text, end, to);
            for (int words = 0; words <= WORDS_BETWEEN && at < to; words++) {
                int nounEnd = wordEnd(text, at, to);
                String noun = text.substring(at, nounEnd);
                if (PHRASE_ENDS.contains(noun)) {
                    break;
                }
                if (NOUNS.contains(noun)) {
                    return new int[] {start, nounEnd};
                }
                if ((noun.equals("people") || noun.equals("person")) && text.startsWith(" familiar", nounEnd)
                        && wordEnd(text, nounEnd + 1, to) == nounEnd + 9) {
                    return new int[] {start, nounEnd + 9};
                }
                int next = at;
                while (next < to && (Character.isLetter(text.charAt(next)) || text.charAt(next) == '.' || text.charAt(next) == '-')) {
                    next++;
                }
                if (next == at || next >= to || !Character.isWhitespace(text.charAt(next))) {
                    break;
                }
                at = skipSpace(text, next, to);
            }
        }
        return null;
    }

    /** One of DETERMINERS, its first letter in either case: "The", "several". */
    private static boolean isDeterminer(String text, int start, int end) {
        char first = Character.toLowerCase(text.charAt(start));
        if (first != 'a' && first != 'o' && first != 't' && first != 's') {
            return false;
        }
        for (String d : DETERMINERS) {
            if (d.length() == end - start && first == d.charAt(0)
                    && text.regionMatches(start + 1, d, 1, d.length() - 1)) {
                return true;
            }
        }
        return false;
    }

    /** The end of the regex word ({@code \w}) that starts at {@code i}. */
    private static int wordEnd(String text, int i, int to) {
        while (i < to && isWordChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isWordChar(char c) {
        return c < 0x80 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                : Character.isLetterOrDigit(c);
    }

    /** "“Q,” said a dealer at a small foreign bank": the unnamed subject of an inverted attribution. */
    private static boolean saidJustBefore(String text, int start) {
        String before = text.substring(0, start).stripTrailing();
        int space = before.lastIndexOf(' ');
        return TokenRuns.isSpeechVerb(before.substring(space + 1));
    }

    private static boolean speaksRightAfter(String text, int from) {
        String[] words = text.substring(from).strip().split("[\\s,]+", SPEECH_REACH + 1);
        for (int w = 0; w < Math.min(words.length, SPEECH_REACH); w++) {
            if (TokenRuns.isSpeechVerb(words[w])) {
                return true;
            }
        }
        return false;
    }
}
