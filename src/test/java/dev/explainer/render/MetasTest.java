package dev.explainer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MetasTest {
    @Test
    void aHeadlineNamesAnEntityByAWholeWordInAnyCase() {
        assertTrue(Metas.named("Iraq’s army retreats", List.of("Iraq")));
        assertFalse(Metas.named("Iraqi army retreats", List.of("Iraq")));
        assertTrue(Metas.named("UN envoy: ISIS advance", List.of("Islamic State", "isis")));
        assertFalse(Metas.named("A vote in 2014", List.of("a", " ")));
        assertFalse(Metas.named("Rouhani2 speaks", List.of("Rouhani")));
        // a letter outside the BMP is one letter, not two surrogates
        assertFalse(Metas.named("\uD835\uDC00ab", List.of("ab")));
        assertTrue(Metas.named("\uD83D\uDE00ab", List.of("ab")));
    }

    /**
     * The search finds what the regular expression it replaced found, lone surrogates included. (Letters
     * outside the BMP are left out: the expression saw one as two surrogates unless the name had one too.)
     */
    @Test
    void findsWhatTheRegularExpressionFound() {
        String[] parts = {"a", "A", "b", "ab", " ", "-", "’", "é", "É", "2", "٣", "Ⅻ", "½", "²",
            "\uDC00", "İ", "ß", "ǅ", "\u00a0", ".", "iraq", "Iraq", "x"};
        Random random = new Random(11);
        for (int round = 0; round < 100_000; round++) {
            String title = words(random, parts, 1 + random.nextInt(10));
            List<String> names = new ArrayList<>();
            for (int i = random.nextInt(3); i >= 0; i--) {
                names.add(random.nextInt(8) == 0 ? null : words(random, parts, 1 + random.nextInt(3)));
            }
            assertEquals(regexNamed(title, names), Metas.named(title, names), () -> title + " " + names);
        }
    }

    private static String words(Random random, String[] parts, int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append(parts[random.nextInt(parts.length)]);
        }
        return s.toString();
    }

    /** The test as it was, with a regular expression per name. */
    private static boolean regexNamed(String title, List<String> names) {
        String t = title.toLowerCase(Locale.ROOT);
        return names.stream().filter(Objects::nonNull).map(n -> n.strip().toLowerCase(Locale.ROOT))
                .filter(n -> n.length() >= 2)
                .anyMatch(n -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(n) + "(?![\\p{L}\\p{N}])").matcher(t).find());
    }
}
