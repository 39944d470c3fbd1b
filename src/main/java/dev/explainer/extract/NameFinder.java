package dev.explainer.extract;

import static dev.explainer.extract.TokenRuns.adjacent;
import static dev.explainer.extract.TokenRuns.appositionSpeaks;
import static dev.explainer.extract.TokenRuns.isNameWord;
import static dev.explainer.extract.TokenRuns.isSpeechVerb;
import static dev.explainer.extract.TokenRuns.join;
import static dev.explainer.extract.TokenRuns.speechVerbBefore;
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
    private final NameRuns runs;

    NameFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.roles = new RoleFinder(gazetteer);
        this.runs = new NameRuns(gazetteer);
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
        int titleEnd = runs.longestTitle(text, tokens, titleStart);
        if (titleEnd < 0 && titleStart != i) {
            titleStart = i;
            titleEnd = runs.longestTitle(text, tokens, i);
        }
        if (titleEnd < 0) {
            return -1;
        }
        int knownEnd = runs.longestKnown(text, tokens, i);
        if (knownEnd >= titleEnd) {
            return -1;
        }
        int roleEnd = titleEnd;
        // "SIA chairman Sheikh Faisal", "Professor Sir Colin Ashdown": a form of address after the office
        for (int more = runs.longestTitle(text, tokens, titleEnd); more > titleEnd && adjacent(text, tokens, titleEnd - 1);
             more = runs.longestTitle(text, tokens, titleEnd)) {
            titleEnd = more;
        }
        int nameEnd = runs.withoutPostNominals(tokens, titleEnd, runs.nameEnd(text, tokens, titleEnd));
        if (nameEnd == titleEnd || titleEnd == 0 || !adjacent(text, tokens, titleEnd - 1)) {
            return titleEnd;
        }
        if (gazetteer.isOrgKey(tokens.get(nameEnd - 1).text()) || runs.orgEnd(text, tokens, nameEnd) > nameEnd) {
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
        int end = runs.longestKnown(text, tokens, i);
        if (end < 0) {
            return -1;
        }
        boolean personFirst = end == i + 1 && gazetteer.isFirstName(tokens.get(i).text())
                && runs.nameEnd(text, tokens, i) > i + 1;
        if (personFirst) {
            return -1;
        }
        String surface = join(tokens, i, end);
        Gazetteer.Known known = gazetteer.lookup(surface);
        if (known.kind() == EntityKind.PLACE && adjacent(text, tokens, end - 1)) {
            int run = runs.nameEnd(text, tokens, end);
            if (run > end && gazetteer.isOrgKey(tokens.get(run - 1).text())) {
                // "Kenya Ports Authority", "Japan Development Bank": a place that opens an organisation's name
                return organisation(text, s, tokens, i, runs.orgEnd(text, tokens, run), out, ORG_SUFFIX);
            }
        }
        if (known.kind() == EntityKind.ORGANISATION) {
            int orgEnd = runs.orgEnd(text, tokens, end);
            if (orgEnd > end) {
                // "Merrill Lynch and Co", "Salomon Brothers Inc": the gazetteer's name with its suffix
                return organisation(text, s, tokens, i, orgEnd, out, KNOWN);
            }
        }
        if (known.kind() == EntityKind.ORGANISATION && end == i + 1 && isCommonWord(tokens, i, s)) {
            return end; // "Bank", "Central", "Total" at a sentence's start: a common word, not a firm's name
        }
        // a place that speaks is a government ("Washington said") or a person who bears its name ("Lorraine said")
        boolean subject = known.kind() != EntityKind.PERSON && speechVerbFollows(text, tokens, end);
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
        int runEnd = runs.nameEnd(text, tokens, i);
        if (runEnd == i) {
            return i + 1;
        }
        int end = runs.withoutPostNominals(tokens, i, runEnd);
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
        int joined = runs.joinedOrganisation(text, tokens, end);
        if (joined > end) {
            // "Economic and Financial Crimes Commission", "Gabelli-Rosenthal and Partners LP"
            return organisation(text, s, tokens, i, runs.orgEnd(text, tokens, joined), out, ORG_SUFFIX);
        }
        if (runs.onlyOrgKeys(tokens, i, end)) {
            return end; // "Corp", "Bank", "Co": a suffix or a common noun alone names nothing
        }
        boolean named = !gazetteer.isOrgKey(last) && roles.nameStartAfterRole(tokens, i, end, false) > i;
        boolean suffixed = gazetteer.isOrgKey(last) || (end - i > 1 && gazetteer.isOrgKey(first) && !named)
                || runs.orgEnd(text, tokens, end) > end;
        if (suffixed || NameRuns.hasDigit(tokens, i, end)) {
            return suffixed ? organisation(text, s, tokens, i, runs.orgEnd(text, tokens, end), out, ORG_SUFFIX) : end;
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
        if (end - i > 1 && (runs.hasPlace(tokens, i, end) || !NameRuns.looksLikeName(tokens, i, end) || runs.endsInPlace(tokens, i, end))) {
            // "Statistics Canada said", "Sterling CDs": a place or an acronym is no part of a person's name
            return speech && runs.hasPlace(tokens, i, end) ? organisation(text, s, tokens, i, end, out, SPEAKS) : end;
        }
        if (gazetteer.isTitleWord(last) && !gazetteer.isFirstName(last) && !gazetteer.isFirstName(first)) {
            return end; // "Deputy Trade Minister": an office with no name after it; "Angela Marshall" is a name
        }
        if (end - i > 1 && gazetteer.isPlaceKey(last)) {
            // "Margaret Island", "Victoria Street": a place that bears a name
            out.add(new Mention(paragraph, start, stop, surface, EntityKind.PLACE, surface, null, Gender.UNKNOWN, false, ORG_CONTEXT));
            return end;
        }
        if (end - i == 1 && NameRuns.personAround(text, tokens, i, end, false) && !gazetteer.isOrgKey(first)) {
            // "said Sutrisno, 56,": one name, and an age
            out.add(person(text, s, tokens, i, end, null, gazetteer.firstNameGender(first), GIVEN_NAME));
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
                : NameRuns.hasInitial(tokens, i, end) ? INITIALS
                : NameRuns.personAround(text, tokens, i, end, true) ? GIVEN_NAME
                : speech ? SPEAKS : 0;
        if (support == 0 && end - i <= 3 && !runs.onlyOrgKeys(tokens, end - 1, end)) {
            // "Zhou Jianguo": written as a name, known as nothing; never published as a person, but a pronoun
            // after it could mean it, so no one else is taken as the only one it means
            support = UNKNOWN_NAME;
        }
        out.add(person(text, s, tokens, i, end, role, gazetteer.firstNameGender(first), support));
        return end;
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
        boolean subject = speechVerbFollows(text, tokens, to) || appositionSpeaks(text, tokens, from, to)
                || speechVerbBefore(text, tokens.get(from).start(), role);
        return new Mention(s.paragraph(), tokens.get(from).start(), tokens.get(to - 1).end(), name,
                EntityKind.PERSON, name, office, gender, subject, support);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
