package dev.explainer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds capitalised stretches in one sentence and labels them with what the gazetteer and
 * local context say: a title before a name makes a person with a role, a gazetteer phrase a
 * place or organisation, a known first name or a speech verb a person.
 */
final class NameFinder {
    private static final int MAX_TITLE_TOKENS = 5;
    private static final int MAX_NAME_TOKENS = 8;

    private final Gazetteer gazetteer;

    NameFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
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
        String role = gazetteer.isHonorific(title) ? null : join(tokens, i, titleEnd);
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
        boolean speech = speechVerbFollows(text, tokens, end) || (i > 0 && adjacent(text, tokens, i - 1)
                && isSpeechVerb(tokens.get(i - 1).text()));
        if (end - i == 1) {
            out.add(new Mention(paragraph, start, stop, surface, null, surface, null, Gender.UNKNOWN,
                    speechVerbFollows(text, tokens, end)));
            return end;
        }
        int given = givenNameAfterRole(tokens, i, end);
        if (given > i) {
            // "Agronomist Selam Tesfaye", "Fire Chief Dennis Harlow": capitalised words before a given name are a role
            String role = join(tokens, i, given);
            out.add(person(text, s, tokens, given, end, role, gazetteer.firstNameGender(tokens.get(given).text())));
        } else if (gazetteer.isFirstName(first) || speech) {
            out.add(person(text, s, tokens, i, end, null, gazetteer.firstNameGender(first)));
        }
        return end;
    }

    /** Index of a known given name after the first word with a surname after it, or -1. */
    private int givenNameAfterRole(List<Token> tokens, int from, int to) {
        if (gazetteer.isFirstName(tokens.get(from).text())) {
            return -1;
        }
        for (int k = from + 1; k < to - 1; k++) {
            if (gazetteer.isFirstName(tokens.get(k).text())) {
                return k;
            }
        }
        return -1;
    }

    private Mention person(String text, Sentence s, List<Token> tokens, int from, int to, String role, Gender gender) {
        String name = join(tokens, from, to);
        return new Mention(s.paragraph(), tokens.get(from).start(), tokens.get(to - 1).end(), name,
                EntityKind.PERSON, name, role, gender, speechVerbFollows(text, tokens, to));
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

    /** "de la Cruz", "van der Linden": particles count only when a name follows them. */
    private static boolean particleChainEndsInName(String text, List<Token> tokens, int index) {
        int k = index;
        while (k + 1 < tokens.size() && adjacent(text, tokens, k) && Words.PARTICLES.contains(tokens.get(k + 1).text())) {
            k++;
        }
        return k + 1 < tokens.size() && adjacent(text, tokens, k) && isNameWord(tokens.get(k + 1).text());
    }

    private int longestTitle(String text, List<Token> tokens, int from) {
        int best = -1;
        for (int end = from + 1; end <= Math.min(tokens.size(), from + MAX_TITLE_TOKENS); end++) {
            if (end - 1 > from && !adjacent(text, tokens, end - 2)) {
                break;
            }
            if (gazetteer.isTitle(join(tokens, from, end))) {
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
            if (gazetteer.lookup(join(tokens, from, end)) != null) {
                best = end;
            }
        }
        return best;
    }

    /** "Rouhani said": the verb right after the name, with nothing but a space between. */
    private static boolean speechVerbFollows(String text, List<Token> tokens, int index) {
        return index > 0 && index < tokens.size() && adjacent(text, tokens, index - 1) && isSpeechVerb(tokens.get(index).text());
    }

    private static boolean isSpeechVerb(String word) {
        return Words.SPEECH_VERBS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isNameWord(String word) {
        return !word.isEmpty() && (Character.isUpperCase(word.codePointAt(0)) || Words.isParticlePrefixed(word));
    }

    /** True when only spaces separate token {@code index} from the next one. */
    private static boolean adjacent(String text, List<Token> tokens, int index) {
        if (index + 1 >= tokens.size()) {
            return false;
        }
        int from = tokens.get(index).end();
        int to = tokens.get(index + 1).start();
        for (int c = from; c < to; c++) {
            if (text.charAt(c) != ' ' && text.charAt(c) != '\u00a0') {
                return false;
            }
        }
        return to - from <= 2;
    }

    private static String join(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                sb.append(' ');
            }
            sb.append(tokens.get(k).text());
        }
        return sb.toString();
    }
}
