package dev.explainer.pipeline;

import dev.explainer.content.ContentSource;
import dev.explainer.diag.Diagnostic;
import dev.explainer.diag.Diagnostics;
import dev.explainer.diag.SourcePos;
import dev.explainer.extract.Review;
import dev.explainer.extract.ReviewItem;
import dev.explainer.extract.Slugs;
import dev.explainer.frontmatter.FrontMatter;
import dev.explainer.frontmatter.ReviewFile;
import dev.explainer.frontmatter.TextFiles;
import dev.explainer.ingest.IngestReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The editor's review: what ingest held back or doubted, as the pages keep it (their {@code review:}
 * lists), and the decisions that content/review.yaml keeps. Deciding writes the decision and ingests
 * again, so the page shows it at once and every later ingest applies it.
 */
public final class Reviews {
    private final Pipeline pipeline;

    public Reviews(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** One fact on a page, open to the editor's decision. */
    public record Open(String page, String seed, String id, ReviewItem.Fact fact, String state, String subject,
                       String proposed, String confidence, String why, String sentence) {
        public boolean held() {
            return state.equals("held");
        }

        /** What ingest would publish, in words: "'Hoare Govett' is a person", "“Q” was said by tomas-reyna". */
        public String claim(int quoteLength) {
            return switch (fact) {
                case SPEAKER -> "“" + shorten(subject, quoteLength) + "” was said by " + proposed;
                case PERSON, ORGANISATION, PLACE -> "'" + subject + "' is " + (fact == ReviewItem.Fact.ORGANISATION ? "an " : "a ")
                        + fact.key();
                case TERM -> "'" + subject + "' means " + proposed;
                case DATE -> "'" + subject + "' is " + proposed;
            };
        }
    }

    /** Cut at a word near {@code max} characters, with an ellipsis. */
    public static String shorten(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max);
        return s.substring(0, cut > max / 2 ? cut : max) + "…";
    }

    /** What the pages list, after an ingest brings them up to date with seeds/ and the decisions. */
    public record Listing(List<Open> open, List<Diagnostic> diagnostics) {
        public Listing {
            open = List.copyOf(open);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    public Listing list(Path root) {
        IngestReport ingest = pipeline.ingest(root, false, false);
        return new Listing(open(root), ingest.diagnostics());
    }

    /** The open items of every page, in page order. */
    public static List<Open> open(Path root) {
        ContentSource content = new ContentSource.Disk(root);
        List<Open> open = new ArrayList<>();
        for (String file : content.files()) {
            TextFiles.Text text = content.read(file);
            if (text.text().isEmpty()) {
                continue;
            }
            Optional<FrontMatter> fm = FrontMatter.parse(file, text.text().get()).frontMatter();
            if (fm.isEmpty() || !(fm.get().fields().get("review") instanceof List<?> items)) {
                continue;
            }
            String seed = String.valueOf(fm.get().fields().get("seed"));
            for (Object o : items) {
                if (o instanceof Map<?, ?> m && ReviewItem.Fact.of(text(m, "fact")) != null) {
                    open.add(new Open(file, seed, text(m, "id"), ReviewItem.Fact.of(text(m, "fact")), text(m, "state"),
                            text(m, "subject"), text(m, "proposed"), text(m, "confidence"), text(m, "why"), text(m, "sentence")));
                }
            }
        }
        return open;
    }

    /**
     * Records {@code decision} ("accept", "reject" or a corrected value) for each item id, in
     * content/review.yaml, and ingests again. An id no page lists, nor the file, is an error.
     */
    public Listing decide(Path root, List<String> ids, String decision) {
        pipeline.ingest(root, false, false);
        List<Diagnostic> recorded = record(root, ids, decision);
        if (recorded.stream().anyMatch(Diagnostic::isError)) {
            return new Listing(open(root), recorded);
        }
        Listing after = list(root);
        List<Diagnostic> all = new ArrayList<>(recorded);
        all.addAll(after.diagnostics());
        return new Listing(after.open(), all);
    }

    /**
     * Writes the decision on each item into content/review.yaml, checked against what the pages list
     * now; the next ingest applies it. Nothing is written when any of them cannot apply.
     */
    public static List<Diagnostic> record(Path root, List<String> ids, String decision) {
        Diagnostics diags = new Diagnostics();
        Map<String, Map<String, String>> decisions = new TreeMap<>(ReviewFile.read(root, diags));
        List<Open> open = open(root);
        for (String id : ids) {
            Optional<Open> item = open.stream().filter(o -> o.id().equals(id)).findFirst();
            String seed = item.map(Open::seed).orElseGet(() -> seedDeciding(decisions, id));
            if (seed == null) {
                diags.add(Diagnostic.error(SourcePos.file(ReviewFile.FILE), "no page lists a fact '" + id + "' to decide on")
                        .withHint("'explainer review' lists the ids of what is open"));
                continue;
            }
            String value = decision;
            if (item.isPresent() && !Review.applies(item.get().fact(), decision)) {
                diags.add(Diagnostic.error(SourcePos.file(item.get().page()), "'" + decision + "' cannot be the "
                        + item.get().fact().key() + " of '" + id + "'").withHint(hint(item.get().fact())));
                continue;
            }
            if (item.isPresent() && item.get().fact() == ReviewItem.Fact.SPEAKER
                    && !decision.equals(Review.ACCEPT) && !decision.equals(Review.REJECT)) {
                value = Slugs.slug(decision); // a speaker is named by the entity's id: "Barack Obama" means barack-obama
            }
            decisions.computeIfAbsent(seed, s -> new TreeMap<>()).put(id, value);
        }
        if (!diags.hasErrors()) {
            try {
                ReviewFile.write(root, decisions);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return diags.list();
    }

    private static String seedDeciding(Map<String, Map<String, String>> decisions, String id) {
        return decisions.entrySet().stream().filter(e -> e.getValue().containsKey(id)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    private static String hint(ReviewItem.Fact fact) {
        return switch (fact) {
            case DATE -> "a date is written YYYY-MM-DD, like 2014-06-12";
            case SPEAKER -> "name the speaker by the id of an entity, like barack-obama";
            default -> "give the value in words";
        };
    }

    private static String text(Map<?, ?> m, String key) {
        Object v = m.get(key);
        return v == null ? "" : String.valueOf(v);
    }
}
