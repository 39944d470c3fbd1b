package dev.explainer.content;

import dev.explainer.diag.Diagnostic;
import dev.explainer.diag.SourcePos;
import dev.explainer.diag.Suggestion;
import dev.explainer.frontmatter.FrontMatter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/** One content file -> a {@link Page}, or the diagnostics that say why not. */
final class PageReader {
    static final Set<String> KNOWN = Set.of("title", "slug", "story", "summary", "date", "author", "source",
            "dateline", "draft", "type", "updated", "expires", "seed", "seed_hash", "extraction_key", "content_hash", "review", "generated");

    private PageReader() {
    }

    record Result(Optional<Page> page, List<Diagnostic> diagnostics) {
    }

    /**
     * @param zone   the site's time zone, which gives dates without a time their offset
     * @param shared gives the one copy of a name, role or phrase that many pages repeat (and null for null)
     */
    static Result read(String file, String text, ZoneId zone, UnaryOperator<String> shared) {
        List<Diagnostic> diags = new ArrayList<>();
        FrontMatter.Parsed parsed = FrontMatter.parse(file, text);
        if (parsed.error().isPresent()) {
            return new Result(Optional.empty(), List.of(parsed.error().get()));
        }
        FrontMatter fm = parsed.frontMatter().get();
        Fields f = new Fields(file, fm, diags);
        for (String key : fm.fields().keySet()) {
            if (!KNOWN.contains(key) && !FactsReader.KEYS.contains(key)) {
                diags.add(Suggestion.unknownKey(new SourcePos(file, fm.line(key)), key, "front matter", allKeys()));
            }
        }
        String title = f.requiredString("title");
        String stem = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.md$", "");
        String slug = Optional.ofNullable(f.string("slug")).orElse(stem);
        String story = shared.apply(f.string("story"));
        When date = f.when("date");
        When updated = f.when("updated");
        When expires = f.when("expires");
        boolean draft = f.bool("draft");
        // "type: page": About, Contact, a corrections policy; no story, and kept out of every list of articles
        boolean standalone = f.choice("type", List.of("article", "page")).equals("page");
        if (standalone && story != null) {
            diags.add(Diagnostic.error(f.pos("story"), "a page of type 'page' belongs to no story")
                    .withHint("remove 'story:', or 'type: page' to make it an article of the story"));
        }
        String summary = Optional.ofNullable(f.string("summary")).orElse("");
        Facts facts = new FactsReader(file, fm, diags, shared).read();
        if (diags.stream().anyMatch(Diagnostic::isError) || title == null) {
            return new Result(Optional.empty(), diags);
        }
        Page page = new Page(file, fm.bodyLine(), title, slug, story, summary, date == null ? null : date.day(),
                date == null ? null : date.start(zone), updated == null ? null : updated.start(zone),
                expires == null ? null : expires.end(zone), shared.apply(f.string("author")),
                shared.apply(f.string("source")), f.string("dateline"), draft, standalone, Urls.page(story, slug), facts,
                new Page.Lines(fm.line("slug"), fm.line("story")));
        return new Result(Optional.of(page), diags);
    }

    private static List<String> allKeys() {
        List<String> all = new ArrayList<>(KNOWN);
        all.addAll(FactsReader.KEYS);
        all.sort(null);
        return all;
    }
}
