package dev.explainer.extract;

import java.util.List;
import java.util.Locale;

/** Questions about runs of tokens in one text: are two words side by side, is a word a name word. */
final class TokenRuns {
    private TokenRuns() {
    }

    /** True when only spaces separate token {@code index} from the next one. */
    static boolean adjacent(String text, List<Token> tokens, int index) {
        if (index < 0 || index + 1 >= tokens.size()) {
            return false;
        }
        int from = tokens.get(index).end();
        int to = tokens.get(index + 1).start();
        if (to - from > 2) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!isSpace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** White space as {@link #gap} sees it: a no-break space counts. */
    private static boolean isSpace(char c) {
        return c == '\u00a0' || Character.isWhitespace(c);
    }

    /** The characters between token {@code index} and the next one. */
    static String gap(String text, List<Token> tokens, int index) {
        return text.substring(tokens.get(index).end(), tokens.get(index + 1).start()).replace('\u00a0', ' ');
    }

    static String join(List<Token> tokens, int from, int to) {
        if (to - from == 1) {
            return tokens.get(from).text();
        }
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                sb.append(' ');
            }
            sb.append(tokens.get(k).text());
        }
        return sb.toString();
    }

    static boolean isNameWord(String word) {
        return !word.isEmpty() && (Character.isUpperCase(word.codePointAt(0)) || Words.isParticlePrefixed(word));
    }

    static boolean isSpeechVerb(String word) {
        return Words.SPEECH_VERBS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "Rouhani said": the verb right after the name, with nothing but a space between. */
    static boolean speechVerbFollows(String text, List<Token> tokens, int index) {
        return index > 0 && index < tokens.size() && adjacent(text, tokens, index - 1) && isSpeechVerb(tokens.get(index).text());
    }

    /**
     * "..., said Prof. Linda Marchetti": the verb right before the name, or before the person's own
     * title ({@code role}) that stands right before it.
     */
    static boolean speechVerbBefore(String text, int nameStart, String role) {
        String before = text.substring(0, nameStart).stripTrailing();
        if (role != null && !role.isBlank() && before.endsWith(role) && before.length() > role.length()
                && Character.isWhitespace(before.charAt(before.length() - role.length() - 1))) {
            before = before.substring(0, before.length() - role.length()).stripTrailing();
        }
        // a form of address: "said Prof. Linda Marchetti", "said Ald. Rhonda Kessler"
        int cut = before.lastIndexOf(' ');
        String last = before.substring(cut + 1);
        if (last.length() <= 5 && last.endsWith(".") && Character.isUpperCase(last.charAt(0))) {
            before = before.substring(0, Math.max(cut, 0)).stripTrailing();
        }
        int space = before.length() - 1;
        while (space >= 0 && Character.isLetter(before.charAt(space))) {
            space--;
        }
        return space < before.length() - 1 && (space < 0 || Character.isWhitespace(before.charAt(space)))
                && isSpeechVerb(before.substring(space + 1));
    }

    /** "Its director, Grace Obi, said": a name set off by commas and followed by a speech verb. */
    static boolean appositionSpeaks(String text, List<Token> tokens, int from, int to) {
        return from > 0 && to < tokens.size() && gap(text, tokens, from - 1).strip().equals(",")
                && gap(text, tokens, to - 1).strip().equals(",") && isSpeechVerb(tokens.get(to).text());
    }

    /** "de la Cruz", "van der Linden": particles count only when a name follows them. */
    static boolean particleChainEndsInName(String text, List<Token> tokens, int index) {
        int k = index;
        while (k + 1 < tokens.size() && adjacent(text, tokens, k) && Words.PARTICLES.contains(tokens.get(k + 1).text())) {
            k++;
        }
        return k + 1 < tokens.size() && adjacent(text, tokens, k) && isNameWord(tokens.get(k + 1).text());
    }
}
