package dev.explainer.content;

import dev.explainer.diag.Diagnostic;
import dev.explainer.diag.Diagnostics;
import dev.explainer.diag.SourcePos;
import dev.explainer.diag.Suggestion;
import dev.explainer.frontmatter.TextFiles;
import dev.explainer.frontmatter.Yaml;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads the optional {@code content/site.yaml}; a bad value is reported at its line and the default used. */
public final class SiteConfigReader {
    public static final String FILE = "content/site.yaml";
    static final List<String> KEYS = List.of("title", "description", "language", "base_url", "publisher", "logo",
            "author", "time_zone", "feed_entries", "broken_links");
    static final int MAX_FEED_ENTRIES = 1000;

    private SiteConfigReader() {
    }

    public static SiteConfig read(Path root, Diagnostics diags) {
        Path file = root.resolve(FILE);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return SiteConfig.DEFAULT;
        }
        TextFiles.Text text = TextFiles.read(root, FILE);
        if (text.error().isPresent()) {
            diags.add(text.error().get());
            return SiteConfig.DEFAULT;
        }
        Yaml.Mapping mapping = Yaml.load(FILE, text.text().get(), 1, "site.yaml");
        Map<String, Integer> lines = Yaml.keyLines(text.text().get(), 1);
        if (mapping.error().isPresent()) {
            diags.add(mapping.error().get());
            return SiteConfig.DEFAULT;
        }
        Map<String, Object> map = mapping.value().get();
        map.keySet().stream().filter(k -> !KEYS.contains(k)).sorted().forEach(k ->
                diags.add(Suggestion.unknownKey(new SourcePos(FILE, lines.getOrDefault(k, 1)), k, "site.yaml", KEYS)));
        Values v = new Values(map, lines, diags);
        SiteConfig d = SiteConfig.DEFAULT;
        String title = v.text("title").orElse(d.title());
        String language = v.text("language").filter(l -> v.check("language", validLanguage(l))).orElse(d.language());
        String baseUrl = v.text("base_url").flatMap(u -> v.convert("base_url", () -> SiteConfig.normalizeBaseUrl(u)))
                .orElse(null);
        ZoneId zone = v.text("time_zone").flatMap(z -> v.convert("time_zone", () -> zone(z))).orElse(d.timeZone());
        int entries = v.text("feed_entries").flatMap(n -> v.convert("feed_entries", () -> entries(n))).orElse(d.feedEntries());
        SiteConfig.LinkPolicy links = v.text("broken_links").flatMap(p -> v.convert("broken_links", () -> policy(p)))
                .orElse(d.brokenLinks());
        return new SiteConfig(title, v.text("description").orElse(d.description()), language, baseUrl,
                v.text("publisher").orElse(title), v.text("logo").orElse(null), v.text("author").orElse(null), zone,
                entries, links);
    }

    private static String validLanguage(String tag) {
        try {
            new Locale.Builder().setLanguageTag(tag.replace('_', '-'));
            return null;
        } catch (IllformedLocaleException e) {
            return "'" + tag + "' is not a language tag (like en, en-GB or pt-BR)";
        }
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("unknown time zone '" + id + "' (use a name like Europe/London, or UTC)");
        }
    }

    private static int entries(String n) {
        try {
            int i = Integer.parseInt(n.strip());
            if (i >= 1 && i <= MAX_FEED_ENTRIES) {
                return i;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("'feed_entries' must be a whole number from 1 to " + MAX_FEED_ENTRIES + ", not '" + n + "'");
    }

    private static SiteConfig.LinkPolicy policy(String p) {
        return switch (p.strip().toLowerCase(Locale.ROOT)) {
            case "error" -> SiteConfig.LinkPolicy.ERROR;
            case "warning" -> SiteConfig.LinkPolicy.WARNING;
            default -> throw new IllegalArgumentException("'broken_links' must be error or warning, not '" + p + "'");
        };
    }

    /** Typed values of the mapping; each problem is reported once at its key's line. */
    private record Values(Map<String, Object> map, Map<String, Integer> lines, Diagnostics diags) {
        SourcePos pos(String key) {
            return new SourcePos(FILE, lines.getOrDefault(key, 1));
        }

        Optional<String> text(String key) {
            Object v = map.get(key);
            if (v == null) {
                return Optional.empty();
            }
            if (!(v instanceof String s)) {
                diags.add(Diagnostic.error(pos(key), "'" + key + "' must be text, not a " + Fields.kind(v)));
                return Optional.empty();
            }
            return s.isBlank() ? Optional.empty() : Optional.of(s.strip());
        }

        /** @param problem null when the value is fine */
        boolean check(String key, String problem) {
            if (problem != null) {
                diags.add(Diagnostic.error(pos(key), problem));
            }
            return problem == null;
        }

        <T> Optional<T> convert(String key, java.util.function.Supplier<T> conversion) {
            try {
                return Optional.of(conversion.get());
            } catch (IllegalArgumentException e) {
                diags.add(Diagnostic.error(pos(key), e.getMessage()));
                return Optional.empty();
            }
        }
    }
}
