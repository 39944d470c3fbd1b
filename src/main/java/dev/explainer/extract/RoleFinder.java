package dev.explainer.extract;

import static dev.explainer.extract.TokenRuns.adjacent;
import static dev.explainer.extract.TokenRuns.gap;
import static dev.explainer.extract.TokenRuns.join;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the office or occupation that news prose attaches to a name: capitalised words inside
 * the name's run ("Saudi Arabian Oil Minister Hisham Nazer"), a lowercase job word before it
 * ("former minister Viktor Hale") or an apposition after it ("Pieter van Dijk, the union's chairman").
 */
final class RoleFinder {
    /** Job words are nouns of agency; these endings let an unlisted one ("Agronomist") open a role. */
    private static final List<String> AGENT_ENDINGS = List.of("ist", "ologist", "er", "or", "ian", "ant", "ent", "eer");
    /** Words that qualify a lowercase job word before a name. */
    private static final Set<String> MODIFIERS = Set.of("former", "acting", "deputy", "opposition", "interim",
            "senior", "chief", "then", "late", "veteran", "fellow");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their", "our");
    private static final int MAX_APPOSITION_WORDS = 12;
    /** A job word this far into an apposition opens a role: "U.K. economist at ...". */
    private static final int MAX_JOB_POSITION = 4;

    private final Gazetteer gazetteer;

    RoleFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Index where the name starts inside a capitalised run that opens with a role, or -1. */
    int nameStartAfterRole(List<Token> tokens, int from, int to, boolean speaks) {
        // "Cal Fire Division Chief Renee Alcott": a title inside the run with a given name after it ends the role
        for (int k = to - 2; k > from; k--) {
            if (gazetteer.isTitleWord(tokens.get(k).text()) && gazetteer.isFirstName(tokens.get(k + 1).text()) && to - k - 1 <= 3) {
                return k + 1;
            }
        }
        if (gazetteer.isFirstName(tokens.get(from).text()) || NameRuns.isInitials(tokens.get(from).text())) {
            return -1;
        }
        for (int k = from + 1; k < to - 1; k++) {
            if (Words.PARTICLES.contains(tokens.get(k).text().toLowerCase(java.util.Locale.ROOT))) {
                break; // "Eoghan Mac Giolla Rí": "Mac" joins the name, whatever else it is
            }
            if (gazetteer.isFirstName(tokens.get(k).text())) {
                // "Board Chairman Paul Volcker", "Janney Montgomery Scott"
                return k;
            }
        }
        for (int k = to - 2; k >= from; k--) {
            int nameWords = to - k - 1;
            if (gazetteer.isTitleWord(tokens.get(k).text()) && (nameWords >= 2 || speaks) && nameWords <= 3) {
                return k + 1;
            }
        }
        // A sentence that opens "Agronomist Selam Tesfaye said": the job word is capitalised only by position.
        if (from == 0 && to - from == 3 && speaks && isAgentNoun(tokens.get(from).text())) {
            return from + 1;
        }
        return -1;
    }

    /** Adjectives of place before a role belong to it: "Saudi Arabian" in "Saudi Arabian Oil Minister". */
    int roleStart(String text, List<Token> tokens, int from) {
        int start = from;
        while (start > 0 && adjacent(text, tokens, start - 1) && gazetteer.isAdjective(tokens.get(start - 1).text())) {
            start--;
        }
        return start;
    }

    /** "former minister Viktor Hale": the lowercase job word (with its qualifier) just before the name, or null. */
    String roleBefore(String text, List<Token> tokens, int nameStart) {
        int k = nameStart - 1;
        boolean close = k >= 0 && (adjacent(text, tokens, k) || gap(text, tokens, k).strip().equals(","));
        if (!close || !isLowercaseTitle(tokens.get(k).text())) {
            return null;
        }
        int start = k;
        while (start > 0 && adjacent(text, tokens, start - 1) && isLowercaseWord(tokens.get(start - 1).text())
                && (MODIFIERS.contains(tokens.get(start - 1).text()) || isLowercaseTitle(tokens.get(start - 1).text()))) {
            start--;
        }
        return join(tokens, start, k + 1);
    }

    /**
     * ", the union's chairman," or ", chief economist at Sumitomo Bank," after a name: the
     * apposition, up to the next comma, when a job word opens it; null when there is none.
     */
    String roleAfter(String text, List<Token> tokens, int nameEnd) {
        if (nameEnd >= tokens.size() || !gap(text, tokens, nameEnd - 1).strip().equals(",")) {
            return null;
        }
        int start = nameEnd;
        if (DETERMINERS.contains(tokens.get(start).text())) {
            start++;
        }
        int end = start;
        boolean job = false;
        while (end < tokens.size() && end - start < MAX_APPOSITION_WORDS) {
            String word = tokens.get(end).text();
            if (word.equals("who") || word.equals("which") || isSpeechVerbWord(word)) {
                return null;
            }
            job |= end - start < MAX_JOB_POSITION && (gazetteer.isTitleWord(word) || isProfession(word)) && !word.equals("'s");
            end++;
            if (end >= tokens.size() || !gap(text, tokens, end - 1).isBlank()) {
                break;
            }
        }
        boolean closed = end >= tokens.size() || gap(text, tokens, end - 1).strip().matches("[,.;:)]?.*");
        return job && closed && end > start ? join(tokens, start, end).replace(" 's", "'s").replace(" ’s", "’s") : null;
    }

    /**
     * ", a money management and venture capital firm,": an apposition whose head noun (its last word,
     * or the last before one of {@link #HEAD_ENDS}) is of {@code kind}; "a haulage company owner" is not a firm,
     * nor is "a broker at Marlowe Futures".
     */
    /** The words after an apposition's head noun: "a broker [in] London", "a lawyer [for] the counties". */
    private static final Set<String> HEAD_ENDS = Set.of("of", "in", "at", "with", "that", "which", "based", "for", "to", "who");

    boolean appositionNames(String text, List<Token> tokens, int nameEnd, java.util.function.Predicate<String> kind) {
        if (nameEnd >= tokens.size() || !gap(text, tokens, nameEnd - 1).strip().equals(",")
                || !DETERMINERS.contains(tokens.get(nameEnd).text())) {
            return false;
        }
        for (int k = nameEnd + 1; k < tokens.size() && k - nameEnd <= MAX_APPOSITION_WORDS; k++) {
            String next = k + 1 >= tokens.size() ? "" : tokens.get(k + 1).text();
            boolean last = next.isEmpty() || !gap(text, tokens, k).isBlank() || HEAD_ENDS.contains(next);
            if (last) {
                // "a broker at Marlowe Futures", "a lawyer for the counties": a person's job, at or for a firm
                return !(next.equals("at") || next.equals("for")) && kind.test(tokens.get(k).text());
            }
        }
        return false;
    }

    /** "analyst", "economist": a lowercase job noun, after which "at X" names an employer. */
    boolean isJobWord(String word) {
        return isLowercaseTitle(word);
    }

    private static boolean isSpeechVerbWord(String word) {
        return TokenRuns.isSpeechVerb(word);
    }

    private boolean isLowercaseTitle(String word) {
        return isLowercaseWord(word) && gazetteer.isTitleWord(word);
    }

    private static boolean isLowercaseWord(String word) {
        return !word.isEmpty() && Character.isLowerCase(word.codePointAt(0));
    }

    /** "meteorologist", "historian": a lowercase word of a profession's ending, which a firm's description never has. */
    private static boolean isProfession(String word) {
        return word.length() > 6 && isLowercaseWord(word) && (word.endsWith("ist") || word.endsWith("ian"))
                && !word.endsWith("christian");
    }

    private boolean isAgentNoun(String word) {
        if (gazetteer.isTitle(word)) {
            return true;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.length() > 5 && AGENT_ENDINGS.stream().anyMatch(lower::endsWith);
    }
}
