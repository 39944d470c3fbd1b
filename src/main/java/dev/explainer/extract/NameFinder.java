package dev.explainer.extract;

import static dev.explainer.extract.TokenRuns.adjacent;
import static dev.explainer.extract.TokenRuns.appositionSpeaks;
import static dev.explainer.extract.TokenRuns.gap;
import static dev.explainer.extract.TokenRuns.isNameWord;
import static dev.explainer.extract.TokenRuns.isSpeechVerb;
import static dev.explainer.extract.TokenRuns.join;
import static dev.explainer.extract.TokenRuns.particleChainEndsInName;
import static dev.explainer.extract.TokenRuns.speechVerbFollows;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds capitalised stretches in one sentence and labels them with what the gazetteer and the
 * words around them say, and how surely: a title before a name or a job after it makes a person
 * with a role; a gazetteer phrase a place or organisation; a legal suffix, an organisation noun
 * before ("brokers Hoare Govett") or a person's employer after "at" or "of" an organisation; a
 * known given name a person. A name that only speaks ("Hoare Govett said") is a person too
 * weakly to be published as one.
 */
final class NameFinder {
    private static final int MAX_TITLE_TOKENS = 5;
    private static final int MAX_NAME_TOKENS = 8;

    /** How sure each kind of evidence makes a mention's kind. */
    static final double KNOWN = 0.95;
    static final double TITLED = 0.95;
    static final double ROLE = 0.92;
    static final double GIVEN_NAME = 0.9;
    static final double INITIALS = 0.9;
    static final double ORG_SUFFIX = 0.9;
    static final double ORG_CONTEXT = 0.85;
    static final double SPEAKS = 0.6;
    static final double UNKNOWN_NAME = 0.3;

    private final Gazetteer gazetteer;
    private final RoleFinder roles;

    NameFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.roles = new RoleFinder(gazetteer);
    }

    List<Mention> find(String text, Sentence sentence, List<Token> tokens) {
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!startsName(text, tokens, i, sentence)) {
                i++;
                continue;
            }
            int next = titledPerson(text, sentence, tokens, i, mentions);
            if (next < 0) {
                next = known(text, sentence, tokens, i, mentions);
            }
            if (next < 0) {
                next = unknown(text, sentence, tokens, i, mentions);
            }
            i = Math.max(next, i + 1);
        }
        return mentions;
    }

    /**
     * A name word that is no stopword or adjective; a stopword that is a given name ("Will") starts
     * a name inside a sentence when a name follows it ("chief economist Will Buttrose").
     */
    private boolean startsName(String text, List<Token> tokens, int i, Sentence s) {
        String word = tokens.get(i).text();
        if (!isNameWord(word) || gazetteer.isAdjective(word)) {
            return false;
        }
        if (!gazetteer.isStopword(word)) {
            return true;
        }
        boolean inside = tokens.get(i).start() > s.start() && i > 0 && Character.isLowerCase(tokens.get(i - 1).text().charAt(0));
        return inside && gazetteer.isGivenName(word) && adjacent(text, tokens, i) && i + 1 < tokens.size()
                && isNameWord(tokens.get(i + 1).text()) && !gazetteer.isStopword(tokens.get(i + 1).text());
    }

    /** "US President Barack Obama", "Mr Smith": returns the index after the name, or -1. */
    private int titledPerson(String text, Sentence s, List<Token> tokens, int i, List<Mention> out) {
        int titleStart = i;
        Gazetteer.Known qualifier = gazetteer.lookup(tokens.get(i).text());
        boolean qualifies = (qualifier != null && qualifier.kind() == EntityKind.PLACE) || Words.isAcronym(tokens.get(i).text());
        if (qualifies && i + 1 < tokens.size() && adjacent(text, tokens, i)) {
            titleStart = i + 1;
        }
        int titleEnd = longestTitle(text, tokens, titleStart);
        if (titleEnd < 0 && titleStart != i) {
            titleStart = i;
            titleEnd = longestTitle(text, tokens, i);
        }
        if (titleEnd < 0) {
            return -1;
        }
        int knownEnd = longestKnown(text, tokens, i);
        if (knownEnd >= titleEnd) {
            return -1;
        }
        int roleEnd = titleEnd;
        // "SIA chairman Sheikh Faisal", "Professor Sir Colin Ashdown": a form of address after the office
        for (int more = longestTitle(text, tokens, titleEnd); more > titleEnd && adjacent(text, tokens, titleEnd - 1);
             more = longestTitle(text, tokens, titleEnd)) {
            titleEnd = more;
        }
        int nameEnd = withoutPostNominals(tokens, titleEnd, nameEnd(text, tokens, titleEnd));
        if (nameEnd == titleEnd || titleEnd == 0 || !adjacent(text, tokens, titleEnd - 1)) {
            return titleEnd;
        }
        if (gazetteer.isOrgKey(tokens.get(nameEnd - 1).text()) || orgEnd(text, tokens, nameEnd) > nameEnd) {
            return -1; // "General Cinema Corp": a firm whose name opens with a word that is also a title
        }
        String title = join(tokens, titleStart, roleEnd);
        String role = gazetteer.isHonorific(title) ? null : Words.expandAbbreviations(join(tokens, i, roleEnd));
        Gender gender = gazetteer.honorificGender(title);
        if (gender == Gender.UNKNOWN && roleEnd < titleEnd) {
            gender = gazetteer.honorificGender(join(tokens, roleEnd, titleEnd));
        }
        if (gender == Gender.UNKNOWN) {
            gender = gazetteer.firstNameGender(tokens.get(titleEnd).text());
        }
        out.add(person(text, s, tokens, titleEnd, nameEnd, role, gender, TITLED));
        return nameEnd;
    }

    private int known(String text, Sentence s, List<Token> tokens, int i, List<Mention> out) {
        int end = longestKnown(text, tokens, i);
        if (end < 0) {
            return -1;
        }
        boolean personFirst = end == i + 1 && gazetteer.isFirstName(tokens.get(i).text())
                && nameEnd(text, tokens, i) > i + 1;
        if (personFirst) {
            return -1;
        }
        String surface = join(tokens, i, end);
        Gazetteer.Known known = gazetteer.lookup(surface);
        if (known.kind() == EntityKind.PLACE && adjacent(text, tokens, end - 1)) {
            int run = nameEnd(text, tokens, end);
            if (run > end && gazetteer.isOrgKey(tokens.get(run - 1).text())) {
                // "Kenya Ports Authority", "Japan Development Bank": a place that opens an organisation's name
                return organisation(text, s, tokens, i, orgEnd(text, tokens, run), out, ORG_SUFFIX);
            }
        }
        if (known.kind() == EntityKind.ORGANISATION) {
            int orgEnd = orgEnd(text, tokens, end);
            if (orgEnd > end) {
                // "Merrill Lynch and Co", "Salomon Brothers Inc": the gazetteer's name with its suffix
                return organisation(text, s, tokens, i, orgEnd, out, KNOWN);
            }
        }
        if (known.kind() == EntityKind.ORGANISATION && end == i + 1 && isCommonWord(tokens, i, s)) {
            return end; // "Bank", "Central", "Total" at a sentence's start: a common word, not a firm's name
        }
        boolean subject = known.kind() == EntityKind.ORGANISATION && speechVerbFollows(text, tokens, end);
        out.add(new Mention(s.paragraph(), tokens.get(i).start(), tokens.get(end - 1).end(), surface,
                known.kind(), known.canonical(), null, Gender.UNKNOWN, subject, KNOWN));
        return end;
    }

    /**
     * A lone word that names no organisation by itself: a key word or suffix of firms' names ("Bank",
     * "Corp"), an adjective ("Dutch"), or a word capitalised only because it opens the sentence.
     */
    private boolean isCommonWord(List<Token> tokens, int i, Sentence s) {
        String word = tokens.get(i).text();
        if (Words.isAcronym(word)) {
            return false;
        }
        return gazetteer.isOrgKey(word) || gazetteer.isAdjective(word) || gazetteer.isStopword(word)
                || i == 0; // the sentence's first word, maybe after a quote mark
    }

    private int unknown(String text, Sentence s, List<Token> tokens, int i, List<Mention> out) {
        int runEnd = nameEnd(text, tokens, i);
        if (runEnd == i) {
            return i + 1;
        }
        int end = withoutPostNominals(tokens, i, runEnd);
        if (end < runEnd && end - i >= 2) {
            // "Sarah Whitlow KC": the letters after the name mark a person
            String first = tokens.get(i).text();
            out.add(person(text, s, tokens, i, end, roles.roleBefore(text, tokens, i), gazetteer.firstNameGender(first), TITLED));
            return runEnd;
        }
        String first = tokens.get(i).text();
        String last = tokens.get(end - 1).text();
        int paragraph = s.paragraph();
        int start = tokens.get(i).start();
        int stop = tokens.get(end - 1).end();
        String surface = join(tokens, i, end);
        int joined = joinedOrganisation(text, tokens, end);
        if (joined > end) {
            // "Economic and Financial Crimes Commission", "Gabelli-Rosenthal and Partners LP"
            return organisation(text, s, tokens, i, orgEnd(text, tokens, joined), out, ORG_SUFFIX);
        }
        if (onlyOrgKeys(tokens, i, end)) {
            return end; // "Corp", "Bank", "Co": a suffix or a common noun alone names nothing
        }
        boolean named = !gazetteer.isOrgKey(last) && roles.nameStartAfterRole(tokens, i, end, false) > i;
        boolean suffixed = gazetteer.isOrgKey(last) || (end - i > 1 && gazetteer.isOrgKey(first) && !named)
                || orgEnd(text, tokens, end) > end;
        if (suffixed || hasDigit(tokens, i, end)) {
            return suffixed ? organisation(text, s, tokens, i, orgEnd(text, tokens, end), out, ORG_SUFFIX) : end;
        }
        if (organisationBefore(text, tokens, i, out) || organisationAfter(text, tokens, i, end)) {
            return organisation(text, s, tokens, i, end, out, ORG_CONTEXT);
        }
        boolean speech = speechVerbFollows(text, tokens, end) || appositionSpeaks(text, tokens, i, end)
                || (i > 0 && adjacent(text, tokens, i - 1) && isSpeechVerb(tokens.get(i - 1).text()));
        int given = roles.nameStartAfterRole(tokens, i, end, speech);
        if (given > i) {
            // "Fire Chief Dennis Harlow", "Oil Minister Hisham Nazer": capitalised words before the name are a role
            int roleEnd = given;
            while (roleEnd > i + 1 && gazetteer.isHonorific(tokens.get(roleEnd - 1).text())) {
                roleEnd--; // "Labour MP Sir Alan Rudd": the form of address is no part of the role
            }
            String role = join(tokens, roles.roleStart(text, tokens, i), roleEnd);
            out.add(person(text, s, tokens, given, end, role, gazetteer.firstNameGender(tokens.get(given).text()), TITLED));
            return end;
        }
        if (end - i > 1 && (hasPlace(tokens, i, end) || !looksLikeName(tokens, i, end) || endsInPlace(tokens, i, end))) {
            // "Statistics Canada said", "Sterling CDs": a place or an acronym is no part of a person's name
            return speech && hasPlace(tokens, i, end) ? organisation(text, s, tokens, i, end, out, SPEAKS) : end;
        }
        if (gazetteer.isTitleWord(last) && !gazetteer.isFirstName(last) && !gazetteer.isFirstName(first)) {
            return end; // "Deputy Trade Minister": an office with no name after it; "Angela Marshall" is a name
        }
        if (end - i > 1 && gazetteer.isPlaceKey(last)) {
            // "Margaret Island", "Victoria Street": a place that bears a name
            out.add(new Mention(paragraph, start, stop, surface, EntityKind.PLACE, surface, null, Gender.UNKNOWN, false, ORG_CONTEXT));
            return end;
        }
        if (end - i == 1) {
            out.add(new Mention(paragraph, start, stop, surface, null, surface, null, Gender.UNKNOWN,
                    speechVerbFollows(text, tokens, end), 0));
            return end;
        }
        String role = end - i <= 4 ? roles.roleBefore(text, tokens, i) : null;
        String after = end - i <= 4 ? roles.roleAfter(text, tokens, end) : null;
        double support = role != null || after != null ? ROLE
                : gazetteer.isFirstName(first) ? GIVEN_NAME
                : hasInitial(tokens, i, end) ? INITIALS
                : speech ? SPEAKS : 0;
        if (support == 0 && end - i <= 3 && !onlyOrgKeys(tokens, end - 1, end)) {
            // "Zhou Jianguo": written as a name, known as nothing; never published as a person, but a pronoun
            // after it could mean it, so no one else is taken as the only one it means
            support = UNKNOWN_NAME;
        }
        out.add(person(text, s, tokens, i, end, role, gazetteer.firstNameGender(first), support));
        return end;
    }

    /** The end of "and X Commission" after a run, when the words after "and" end in an organisation's key word; else {@code end}. */
    private int joinedOrganisation(String text, List<Token> tokens, int end) {
        if (end + 1 >= tokens.size() || !tokens.get(end).text().equals("and") || !adjacent(text, tokens, end - 1)
                || !adjacent(text, tokens, end)) {
            return end;
        }
        int run = nameEnd(text, tokens, end + 1);
        return run > end + 1 && gazetteer.isOrgKey(tokens.get(run - 1).text()) ? run : end;
    }

    private int withoutPostNominals(List<Token> tokens, int from, int to) {
        int end = to;
        while (end > from + 1 && gazetteer.isPostNominal(tokens.get(end - 1).text())) {
            end--;
        }
        return end;
    }

    private boolean onlyOrgKeys(List<Token> tokens, int from, int to) {
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
    private boolean endsInPlace(List<Token> tokens, int from, int to) {
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
    private boolean hasPlace(List<Token> tokens, int from, int to) {
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
    private static boolean looksLikeName(List<Token> tokens, int from, int to) {
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

    private int organisation(String text, Sentence s, List<Token> tokens, int from, int to, List<Mention> out, double support) {
        String surface = join(tokens, from, to);
        boolean subject = speechVerbFollows(text, tokens, to) || appositionSpeaks(text, tokens, from, to);
        out.add(new Mention(s.paragraph(), tokens.get(from).start(), tokens.get(to - 1).end(), surface,
                EntityKind.ORGANISATION, surface, null, Gender.UNKNOWN, subject, support));
        return to;
    }

    /**
     * "stockbrokers James Capel", "the newspaper El Peruano": an organisation noun just before; or
     * "Julius Maldutis at Salomon Brothers", "an economist with Nomura": a person's employer.
     */
    private boolean organisationBefore(String text, List<Token> tokens, int i, List<Mention> out) {
        if (i == 0 || !adjacent(text, tokens, i - 1)) {
            return false;
        }
        String before = tokens.get(i - 1).text();
        if (gazetteer.isOrganisationNoun(before) || before.endsWith("-based")) {
            return true;
        }
        int preposition = i - 1;
        if (before.equals("the") && i >= 2 && adjacent(text, tokens, i - 2)) {
            preposition = i - 2; // "a former director of the Wallace Collection"
            before = tokens.get(preposition).text();
        }
        if (!before.equals("at") && !before.equals("with") && !before.equals("of") && !before.equals("from")
                && !before.equals("for")) {
            return false;
        }
        if (preposition < 1 || !adjacent(text, tokens, preposition - 1)) {
            return false;
        }
        Token previous = tokens.get(preposition - 1);
        boolean afterPerson = !out.isEmpty() && out.get(out.size() - 1).end() == previous.end()
                && out.get(out.size() - 1).kind() == EntityKind.PERSON;
        return afterPerson || roles.isJobWord(previous.text());
    }

    /**
     * "Alcan's shares", "its John Carr unit", "E.M. Warburg, a venture capital firm,": what only a
     * firm has, a firm's noun after the name, or an apposition that calls it one.
     */
    private boolean organisationAfter(String text, List<Token> tokens, int start, int end) {
        if (end >= tokens.size()) {
            return false;
        }
        String next = tokens.get(end).text();
        if (adjacent(text, tokens, end - 1) && gazetteer.isOrganisationNoun(next)) {
            // "its John Carr unit", "the NYSE unit"; not "Japanese bank" or "Central bank", where one word only describes
            return end - start >= 2 || Words.isAcronym(tokens.get(end - 1).text());
        }
        if (end + 1 < tokens.size() && (next.equals("'s") || next.equals("’s"))) {
            return gazetteer.isOrganisationPart(tokens.get(end + 1).text());
        }
        return roles.appositionNames(text, tokens, end, gazetteer::isOrganisationNoun);
    }

    private Mention person(String text, Sentence s, List<Token> tokens, int from, int to, String role, Gender gender,
                           double support) {
        String name = join(tokens, from, to);
        String office = role != null ? role : roles.roleAfter(text, tokens, to);
        boolean subject = speechVerbFollows(text, tokens, to) || appositionSpeaks(text, tokens, from, to);
        return new Mention(s.paragraph(), tokens.get(from).start(), tokens.get(to - 1).end(), name,
                EntityKind.PERSON, name, office, gender, subject, support);
    }

    /** End of the run of name words from {@code from}, with particles allowed between them. */
    private int nameEnd(String text, List<Token> tokens, int from) {
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
    private int orgEnd(String text, List<Token> tokens, int end) {
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

    private static boolean hasDigit(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).text().chars().anyMatch(Character::isDigit)) {
                return true;
            }
        }
        return false;
    }

    /** "G.I. Valentchits", "William H. Millard": an initial marks a person's name. */
    private static boolean hasInitial(List<Token> tokens, int from, int to) {
        for (int k = from; k < to - 1; k++) {
            if (isInitials(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    private int longestTitle(String text, List<Token> tokens, int from) {
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

    private int longestKnown(String text, List<Token> tokens, int from) {
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

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
