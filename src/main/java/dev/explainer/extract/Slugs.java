package dev.explainer.extract;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/** Turns names into stable URL-safe identifiers. */
public final class Slugs {
    /** A slug is a folder or file name: file systems allow 255 bytes, and a URL wants far fewer. */
    static final int MAX_BYTES = 120;

    private Slugs() {
    }

    /**
     * Latin letters lose their accents ("José" -> "jose"); other scripts keep their letters, so a
     * Cyrillic or Arabic headline still gets a readable slug of its own.
     */
    private static String foldLatin(String s) {
        if (isAscii(s)) {
            return s; // nothing to decompose or compose: most names are plain ASCII
        }
        String nfkd = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(nfkd.length());
        for (int i = 0; i < nfkd.length(); i++) {
            char c = nfkd.charAt(i);
            boolean markOnAscii = Character.getType(c) == Character.NON_SPACING_MARK && b.length() > 0
                    && b.charAt(b.length() - 1) < 128;
            if (!markOnAscii) {
                b.append(c);
            }
        }
        return Normalizer.normalize(b, Normalizer.Form.NFC);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** Cuts a slug to MAX_BYTES of UTF-8 at a hyphen where it can, never inside a character. */
    private static String limit(String slug) {
        if (slug.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
            return slug;
        }
        int end = 0;
        int bytes = 0;
        while (end < slug.length()) {
            int cp = slug.codePointAt(end);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > MAX_BYTES) {
                break;
            }
            bytes += size;
            end += Character.charCount(cp);
        }
        int hyphen = slug.lastIndexOf('-', end);
        return slug.substring(0, hyphen > end / 2 ? hyphen : end);
    }

    /**
     * Lowercase slug: Latin accents stripped, other scripts kept, every run of other characters a
     * single hyphen, no hyphen at either end, at most MAX_BYTES; "x" when nothing is left.
     */
    public static String slug(String s) {
        if (s == null) {
            return "x";
        }
        String folded = foldLatin(s).toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (isLetterMarkOrNumber(cp)) {
                slug.appendCodePoint(cp);
            } else if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
                slug.append('-');
            }
        }
        if (slug.length() > 0 && slug.charAt(slug.length() - 1) == '-') {
            slug.setLength(slug.length() - 1);
        }
        return slug.length() == 0 ? "x" : limit(unconfuse(slug.toString()));
    }

    /** Cyrillic and Greek letters drawn like Latin ones (lower case), and the Latin letter each looks like. */
    private static final String LOOKS = "аеорсухіјѕԁһӏԛԝοανικρυχ";
    private static final String LIKE = "aeopcyxijsdhlqwoavikpux";

    /**
     * A story or page URL that looks like another but is not ("tеst" with a Cyrillic е): in a slug with
     * Latin words, a look-alike letter in a word of mixed scripts, or a word made only of look-alikes,
     * becomes the Latin letter. A Cyrillic or Greek word of its own stays as it is.
     */
    private static String unconfuse(String slug) {
        if (isAscii(slug) || !slug.chars().anyMatch(c -> c >= 'a' && c <= 'z')) {
            return slug;
        }
        StringBuilder out = new StringBuilder(slug.length());
        for (String word : slug.split("-", -1)) {
            boolean latin = word.chars().anyMatch(c -> c >= 'a' && c <= 'z');
            boolean allLookAlike = !word.isEmpty() && word.chars().allMatch(c -> LOOKS.indexOf(c) >= 0 || c < 128);
            if (out.length() > 0) {
                out.append('-');
            }
            if (latin || allLookAlike) {
                word.chars().forEach(c -> out.append(LOOKS.indexOf(c) >= 0 ? LIKE.charAt(LOOKS.indexOf(c)) : (char) c));
            } else {
                out.append(word);
            }
        }
        return out.toString();
    }

    /** {@code [\p{L}\p{M}\p{N}]}: what a slug keeps; every run of anything else becomes one hyphen. */
    private static boolean isLetterMarkOrNumber(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                 Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** Slug for an entity id: a leading article is dropped so "the Guardian" and "Guardian" agree. */
    static String entityId(String name) {
        String slug = slug(name);
        return slug.startsWith("the-") && slug.length() > 4 ? slug.substring(4) : slug;
    }
}
