package dev.explainer.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds unnamed people who open a sentence or speak in it ("an aide to Lyng said", "one senior
 * official said"). A pronoun after them refers to them, not to the last person named, so their
 * quotes stay without a speaker rather than going to someone who did not say them.
 */
final class AnonymousSpeakers {
    /** The lookahead only rejects early, before the costlier word-boundary test, what no alternative could match. */
    private static final Pattern UNNAMED = Pattern.compile(
            "(?=[AaOoTtSs])\\b(?:[Aa]n?|[Oo]ne|[Tt]he|[Aa]nother|[Tt]wo|[Ss]everal)\\s+(?:[\\p{L}.-]+\\s+){0,6}?"
            + "(?:aides?|officials?|spokes(?:man|woman|person)|sources?|diplomats?|lobbyists?|analysts?|traders?"
            + "|dealers?|economists?|witness(?:es)?|residents?|officers?|executives?|bankers?|lawmakers?"
            + "|negotiators?|representatives?|delegates?|insiders?|advisers?|advisors?|managers?|strategists?|brokers?"
            + "|specialists?|directors?|employees?|workers?|investors?|people familiar|person familiar|guards?|owners?"
            + "|shopkeepers?|neighbou?rs?|drivers?|teachers?|nurses?|doctors?|mothers?|fathers?|wom[ae]n|m[ae]n|customers?"
            + "|passengers?|students?|farmers?|fans?|supporters?|voters?|firefighters?|survivors?|victims?|locals?|judges?"
            + "|magistrates?|ministers?|mayors?|governors?|prosecutors?|lawyers?|attorneys?|barristers?|solicitors?|coroners?"
            + "|envoys?|ambassadors?|commissioners?|inspectors?|secretar(?:y|ies)|coach|captain|premier|senators?)\\b");
    /** An unnamed person this close to the sentence start is its subject. */
    private static final int SUBJECT_REACH = 40;
    private static final int SPEECH_REACH = 3;

    /** Every match of UNNAMED contains one of these; most sentences have none and skip the regex. */
    private static final List<String> NOUN_STEMS = List.of("aide", "offic", "spokes", "source", "diplomat",
            "lobbyist", "analyst", "trader", "dealer", "economist", "witness", "resident", "executive", "banker",
            "lawmaker", "negotiator", "representative", "delegate", "insider", "advis", "manager", "strategist", "broker",
            "specialist", "director", "employee", "worker", "investor", "familiar", "guard", "owner", "shopkeeper", "neighb",
            "driver", "teacher", "nurse", "doctor", "mother", "father", "wom", "man", "men", "customer", "passenger",
            "student", "farmer", "fan", "supporter", "voter", "firefighter", "survivor", "victim", "local", "judge",
            "magistrate", "minister", "mayor", "governor", "prosecutor", "lawyer", "attorney", "barrister", "solicitor",
            "coroner", "envoy", "ambassador", "commissioner", "inspector", "secretar", "coach", "captain", "premier", "senator");

    /** Bare plurals name no one either: "analysts said", "officials told Reuters". */
    private static final Pattern PLURAL = Pattern.compile("\\b(?:[Aa]nalysts|[Oo]fficials|[Dd]ealers|[Tt]raders|[Ee]conomists"
            + "|[Ss]ources|[Dd]iplomats|[Ee]xecutives|[Bb]ankers|[Ww]itnesses|[Rr]esidents|[Ee]xperts|[Cc]ritics"
            + "|[Oo]bservers|[Pp]olice|[Pp]rosecutors|[Ii]nvestigators|[Oo]rganisers|[Oo]rganizers|[Aa]ides)\\b");

    /** Where in text[from, to) an unnamed person or group is named ("a spokesman for Alcan", "analysts"): {start, end}, or null. */
    static int[] firstIn(String text, int from, int to) {
        if (from >= to) {
            return null;
        }
        Matcher m = UNNAMED.matcher(text).region(from, to);
        int[] at = m.find() ? new int[] {m.start(), m.end()} : null;
        Matcher p = PLURAL.matcher(text).region(from, to);
        if (p.find() && (at == null || p.start() < at[0])) {
            at = new int[] {p.start(), p.end()};
        }
        return at;
    }

    /** Paragraph offset of the unnamed subject of the sentence, or -1 when it has none. */
    int subjectIn(Sentence sentence) {
        if (NOUN_STEMS.stream().noneMatch(sentence.text()::contains)) {
            return -1;
        }
        Matcher m = UNNAMED.matcher(sentence.text());
        while (m.find()) {
            if (m.start() <= SUBJECT_REACH || speaksRightAfter(sentence.text(), m.end()) || saidJustBefore(sentence.text(), m.start())) {
                return sentence.start() + m.start();
            }
        }
        return -1;
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
