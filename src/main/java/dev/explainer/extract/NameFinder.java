package dev.explainer.extract;

import static dev.explainer.extract.TokenRuns.adjacent;
import static dev.explainer.extract.TokenRuns.appositionSpeaks;
import static dev.explainer.extract.TokenRuns.isNameWord;
import static dev.explainer.extract.TokenRuns.isSpeechVerb;
import static dev.explainer.extract.TokenRuns.join;
import static dev.explainer.extract.TokenRuns.particleChainEndsInName;
import static dev.explainer.extract.TokenRuns.speechVerbFollows;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds capitalised stretches in one sentence and labels them with what the gazetteer and
 * local context say: a title before a name makes a person with a role, a gazetteer phrase a
 * place or organisation, a known first name or a speech verb a person.
 */
final class NameFinder {
    private static final int MAX_TITLE_TOKENS = 5;
    private static final int MAX_NAME_TOKENS = 8;

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
            Token token = tokens.get(i);
            if (!isNameWord(token.text()) || gazetteer.isStopword(token.text()) || gazetteer.isAdjective(token.text())) {
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
        int nameEnd = nameEnd(text, tokens, titleEnd);
        if (nameEnd == titleEnd || titleEnd == 0 || !adjacent(text, tokens, titleEnd - 1)) {
            return titleEnd;
        }
        String title = join(tokens, titleStart, titleEnd);
        String role = gazetteer.isHonorific(title) ? null : Words.expandAbbreviations(join(tokens, i, titleEnd));
        Gender gender = gazetteer.honorificGender(title);
        if (gender == Gender.UNKNOWN) {
            gender = gazetteer.firstNameGender(tokens.get(titleEnd).text());
        }
        out.add(person(text, s, tokens, titleEnd, nameEnd, role, gender));
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
        out.add(new Mention(s.paragraph(), tokens.get(i).start(), tokens.get(end - 1).end(), surface,
                known.kind(), known.canonical(), null, Gender.UNKNOWN, false));
        return end;
    }

    private int unknown(String text, Sentence s, List<Token> tokens, int i, List<Mention> out) {
        int end = nameEnd(text, tokens, i);
        if (end == i) {
            return i + 1;
        }
        String first = tokens.get(i).text();
        String last = tokens.get(end - 1).text();
        int paragraph = s.paragraph();
        int start = tokens.get(i).start();
        int stop = tokens.get(end - 1).end();
        String surface = join(tokens, i, end);
        if (gazetteer.isOrgKey(last) || (end - i > 1 && gazetteer.isOrgKey(first))) {
            int orgEnd = orgEnd(text, tokens, end);
            surface = join(tokens, i, orgEnd);
            out.add(new Mention(paragraph, start, tokens.get(orgEnd - 1).end(), surface,
                    EntityKind.ORGANISATION, surface, null, Gender.UNKNOWN, false));
            return orgEnd;
        }
        boolean speech = speechVerbFollows(text, tokens, end) || appositionSpeaks(text, tokens, i, end)
                || (i > 0 && adjacent(text, tokens, i - 1) && isSpeechVerb(tokens.get(i - 1).text()));
        if (end - i == 1) {
            out.add(new Mention(paragraph, start, stop, surface, null, surface, null, Gender.UNKNOWN,
                    speechVerbFollows(text, tokens, end)));
            return end;
        }
        int given = roles.nameStartAfterRole(tokens, i, end, speech);
        if (given > i) {
            // "Fire Chief Dennis Harlow", "Oil Minister Hisham Nazer": capitalised words before the name are a role
            String role = join(tokens, roles.roleStart(text, tokens, i), given);
            out.add(person(text, s, tokens, given, end, role, gazetteer.firstNameGender(tokens.get(given).text())));
            return end;
        }
        String role = end - i <= 3 ? roles.roleBefore(text, tokens, i) : null;
        boolean apposed = end - i <= 3 && roles.roleAfter(text, tokens, end) != null;
        if (gazetteer.isFirstName(first) || speech || role != null || apposed) {
            out.add(person(text, s, tokens, i, end, role, gazetteer.firstNameGender(first)));
        }
        return end;
    }

    private Mention person(String text, Sentence s, List<Token> tokens, int from, int to, String role, Gender gender) {
        String name = join(tokens, from, to);
        String office = role != null ? role : roles.roleAfter(text, tokens, to);
        boolean subject = speechVerbFollows(text, tokens, to) || appositionSpeaks(text, tokens, from, to);
        return new Mention(s.paragraph(), tokens.get(from).start(), tokens.get(to - 1).end(), name,
                EntityKind.PERSON, name, office, gender, subject);
    }

    /** End of the run of name words from {@code from}, with particles allowed between them. */
    private int nameEnd(String text, List<Token> tokens, int from) {
        int end = from;
        while (end < tokens.size() && end - from < MAX_NAME_TOKENS && (end == from || adjacent(text, tokens, end - 1))) {
            String word = tokens.get(end).text();
            boolean particle = end > from && Words.PARTICLES.contains(word) && particleChainEndsInName(text, tokens, end);
            boolean name = isNameWord(word) && !gazetteer.isStopword(word) && !gazetteer.isAdjective(word);
            if (!particle && !name) {
                break;
            }
            end++;
        }
        return end;
    }

    /** Extends an organisation name over "of Defence", "for Peace". */
    private int orgEnd(String text, List<Token> tokens, int end) {
        int current = end;
        while (current + 1 < tokens.size() && adjacent(text, tokens, current - 1) && adjacent(text, tokens, current)
                && (tokens.get(current).text().equals("of") || tokens.get(current).text().equals("for"))
                && isNameWord(tokens.get(current + 1).text())) {
            current = nameEnd(text, tokens, current + 1);
        }
        return current;
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
}
