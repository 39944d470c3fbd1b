package dev.explainer.extract;

import static dev.explainer.extract.TokenRuns.adjacent;
import static dev.explainer.extract.TokenRuns.gap;
import static dev.explainer.extract.TokenRuns.isNameWord;
import static dev.explainer.extract.TokenRuns.join;
import static dev.explainer.extract.TokenRuns.particleChainEndsInName;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How far a capitalised run in a sentence reaches, and what it is made of, for {@link NameFinder}:
 * the end of a name (particles allowed), of an organisation ("of Defence", "& Co", "Inc"), of the
 * longest title or gazetteer phrase; whether its words look like a person's name, carry an initial,
 * a digit, a country, a place at the end, or only an organisation's key words.
 */
final class NameRuns {
    private static final int MAX_TITLE_TOKENS = 5;
    private static final int MAX_NAME_TOKENS = 8;

    private final Gazetteer gazetteer;

    NameRuns(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The end of "and X Commission" after a run, when the words after "and" end in an organisation's key word; else {@code end}. */
    int joinedOrganisation(String text, List<Token> tokens, int end) {
        if (end + 1 >= tokens.size() || !tokens.get(end).text().equals("and") || !adjacent(text, tokens, end - 1)
                || !adjacent(text, tokens, end)) {
            return end;
        }
        int run = nameEnd(text, tokens, end + 1);
        return run > end + 1 && gazetteer.isOrgKey(tokens.get(run - 1).text()) ? run : end;
    }

    int withoutPostNominals(List<Token> tokens, int from, int to) {
        int end = to;
        while (end > from + 1 && gazetteer.isPostNominal(tokens.get(end - 1).text())) {
            end--;
        }
        return end;
    }

    boolean onlyOrgKeys(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!gazetteer.isOrgKey(tokens.get(k).text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Persija Jakarta", "Cassa di Risparmio di Calabria", "Northern Alaska": a run that ends in a place's
     * name and opens with no given name is a club, a firm or a region, not a person ("Wilson Banks" opens with one).
     */
    boolean endsInPlace(List<Token> tokens, int from, int to) {
        if (gazetteer.isFirstName(tokens.get(from).text())) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (Words.PARTICLES.contains(tokens.get(k).text())) {
                return false; // "Margriet van der Linden": the surname is "van der Linden", not the town
            }
        }
        for (int k = Math.max(from + 1, to - 2); k < to; k++) {
            Gazetteer.Known known = gazetteer.lookup(TokenRuns.join(tokens, k, to));
            if (known != null && known.kind() == EntityKind.PLACE && !gazetteer.isFirstName(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** "Statistics Canada": a country's name is no part of a person's. */
    boolean hasPlace(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (gazetteer.isCountry(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Each word written as names are: an initial ("F.", "G.I."), or a capital with lowercase letters
     * after it and no more capitals than lowercase ("McDonald", "Li"), so "CDs" and "NMIC" are not.
     */
    static boolean looksLikeName(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).text();
            if (isInitials(w) || Words.PARTICLES.contains(w) || Words.isParticlePrefixed(w) || Words.isNameSuffix(w)) {
                continue;
            }
            long upper = w.chars().filter(Character::isUpperCase).count();
            long lower = w.chars().filter(Character::isLowerCase).count();
            if (lower == 0 || upper > lower) {
                return false;
            }
        }
        return true;
    }

    static boolean isInitials(String w) {
        return w.endsWith(".") && w.replace(".", "").length() <= 2
                && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** End of the run of name words from {@code from}, with particles allowed between them. */
    int nameEnd(String text, List<Token> tokens, int from) {
        int end = from;
        while (end < tokens.size() && end - from < MAX_NAME_TOKENS && (end == from || adjacent(text, tokens, end - 1))) {
            String word = tokens.get(end).text();
            boolean particle = end > from && Words.PARTICLES.contains(word) && particleChainEndsInName(text, tokens, end);
            boolean stop = gazetteer.isStopword(word) && !(end == from && gazetteer.isGivenName(word));
            boolean name = isNameWord(word) && !stop && !gazetteer.isAdjective(word) && !word.endsWith("-based");
            if (!particle && !name) {
                break;
            }
            end++;
        }
        return end;
    }

    /** Extends an organisation name over "of Defence", "for Peace", "and Co", "& Co", "Inc". */
    int orgEnd(String text, List<Token> tokens, int end) {
        int current = end;
        boolean extended = false;
        while (current < tokens.size() && current > 0) {
            String gapText = gap(text, tokens, current - 1).strip();
            String word = tokens.get(current).text();
            boolean spaced = gapText.isEmpty() || gapText.equals(",");
            if (spaced && gazetteer.isLegalSuffix(word)) {
                current++;
            } else if ((gapText.equals("&") || (gapText.isEmpty() && word.equals("and"))) && current + 1 < tokens.size()
                    && gazetteer.isLegalSuffix(tokens.get(gapText.isEmpty() ? current + 1 : current).text())) {
                current += gapText.isEmpty() ? 2 : 1;
            } else if (gapText.isEmpty() && (word.equals("of") || word.equals("for")) && current + 1 < tokens.size()
                    && adjacent(text, tokens, current) && isNameWord(tokens.get(current + 1).text())
                    && gazetteer.isOrgKey(tokens.get(current - 1).text())) {
                current = nameEnd(text, tokens, current + 1);
                extended = true;
            } else if (extended && gapText.isEmpty() && word.equals("and") && current + 1 < tokens.size()
                    && adjacent(text, tokens, current) && isNameWord(tokens.get(current + 1).text())) {
                current = nameEnd(text, tokens, current + 1); // "Department of Health and Social Care"
            } else {
                break;
            }
        }
        return current;
    }

    /** Kin and neighbours: "her neighbor Dale Hutchins", "his son Devon". */
    private static final Set<String> KIN = Set.of("son", "daughter", "wife", "husband", "mother",
            "father", "brother", "sister", "neighbor", "neighbour", "grandson", "granddaughter", "grandmother",
            "grandfather", "nephew", "niece", "cousin", "uncle", "aunt", "widow", "widower", "partner", "fiancee", "fiance");
    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "at", "from", "to", "on",
            "near", "for", "with", "by", "into", "across");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "my", "our");

    /**
     * What only a person has around the name run tokens[from, to): an age ("Zhou Jianguo, 74,"), a
     * relative before ("her neighbor Dale Hutchins"), or, with {@code who}, "who" after ("Harjit Sandhu,
     * who runs"), which follows a group as often as a person when the name is one word ("Democrats, who").
     */
    static boolean personAround(String text, List<Token> tokens, int from, int to, boolean who) {
        if (to + 1 < tokens.size() && gap(text, tokens, to - 1).strip().equals(",")) {
            String next = tokens.get(to).text();
            // "who" after a place a preposition led to ("a driver in Kampung Melayu, who ...") means the person before
            boolean object = from > 0 && PREPOSITIONS.contains(tokens.get(from - 1).text());
            if (who && next.equals("who") && !object || isAge(next) && gap(text, tokens, to).strip().equals(",")) {
                return true;
            }
            // "Margriet van der Linden, a 58-year-old teacher": an age written as a noun's modifier
            int k = next.equals("a") || next.equals("an") ? to + 1 : to;
            if (k < tokens.size() && isAgeModifier(tokens.get(k).text())) {
                return true;
            }
        }
        return from >= 2 && adjacent(text, tokens, from - 1) && adjacent(text, tokens, from - 2)
                && KIN.contains(tokens.get(from - 1).text()) && POSSESSIVES.contains(tokens.get(from - 2).text().toLowerCase(Locale.ROOT));
    }

    /** "58-year-old": an age before the noun it describes. */
    private static boolean isAgeModifier(String word) {
        int dash = word.indexOf('-');
        return dash > 0 && word.startsWith("-year-old", dash) && word.length() == dash + 9 && isAge(word.substring(0, dash));
    }

    /** 1 to 119, as an age is written. */
    private static boolean isAge(String word) {
        if (word.isEmpty() || word.length() > 3 || word.charAt(0) == '0' || !word.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return Integer.parseInt(word) < 120;
    }

    static boolean hasDigit(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).text().chars().anyMatch(Character::isDigit)) {
                return true;
            }
        }
        return false;
    }

    /** "G.I. Valentchits", "William H. Millard": an initial marks a person's name. */
    static boolean hasInitial(List<Token> tokens, int from, int to) {
        for (int k = from; k < to - 1; k++) {
            if (isInitials(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    int longestTitle(String text, List<Token> tokens, int from) {
        int best = -1;
        for (int end = from + 1; end <= Math.min(tokens.size(), from + MAX_TITLE_TOKENS); end++) {
            if (end - 1 > from && !adjacent(text, tokens, end - 2)) {
                break;
            }
            String words = join(tokens, from, end);
            if (!gazetteer.startsTitle(words)) {
                break;
            }
            if (gazetteer.isTitle(words)) {
                best = end;
            }
        }
        return best;
    }

    int longestKnown(String text, List<Token> tokens, int from) {
        int best = -1;
        for (int end = from + 1; end <= Math.min(tokens.size(), from + gazetteer.longestPhrase()); end++) {
            if (end - 1 > from && !adjacent(text, tokens, end - 2)) {
                break;
            }
            String last = tokens.get(end - 1).text();
            if (!isNameWord(last) && !Words.CONNECTORS.contains(last)) {
                break;
            }
            String words = join(tokens, from, end);
            if (!gazetteer.startsPhrase(words)) {
                break;
            }
            if (gazetteer.lookup(words) != null) {
                best = end;
            }
        }
        return best;
    }
}
