package dev.explainer.content;

import dev.explainer.diag.BuildException;
import dev.explainer.diag.Diagnostic;
import dev.explainer.diag.Diagnostics;
import dev.explainer.diag.SourcePos;
import dev.explainer.extract.EntityKind;
import dev.explainer.extract.Slugs;
import dev.explainer.frontmatter.EntityFile;
import dev.explainer.frontmatter.EntityNote;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** content/ -> the immutable {@link Site}. Reads every file, reports every problem, then fails once. */
public final class SiteLoader {
    /** Newest first; undated pages after dated ones; ties broken by file so order never depends on the disk. */
    static final Comparator<Page> NEWEST_FIRST = Comparator
            .comparing(Page::date, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Page::title)
            .thenComparing(Page::file);
    static final Comparator<Page> OLDEST_FIRST = Comparator
            .comparing(Page::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Page::title)
            .thenComparing(Page::file);

    private SiteLoader() {
    }

    /**
     * @param content    where the pages are read from
     * @param publishing which pages to publish (drafts, scheduled, expired) and the base URL override
     * @param diags      this stage adds its warnings and errors here
     * @param memo       pages read by earlier builds
     * @throws BuildException when a page has an error, with everything in {@code diags}
     */
    public static Site load(Path root, ContentSource content, Publishing publishing, Diagnostics diags, PageMemo memo) {
        Diagnostics mine = new Diagnostics();
        SiteConfig read = SiteConfigReader.read(root, mine);
        SiteConfig config = publishing.baseUrl() == null ? read : read.withBaseUrl(publishing.baseUrl());
        Instant now = publishing.clock().now(config.timeZone());
        List<String> files = content.files();
        List<PageReader.Result> results = files.parallelStream().map(f -> memo.read(f, config.timeZone(), content)).toList();
        memo.retain(Set.copyOf(files));
        List<Page> pages = new ArrayList<>();
        List<LeftOut> leftOut = new ArrayList<>();
        for (PageReader.Result r : results) {
            mine.addAll(r.diagnostics());
            r.page().ifPresent(p -> leftOut(p, publishing, now).ifPresentOrElse(leftOut::add, () -> pages.add(p)));
            r.page().flatMap(p -> farAhead(p, publishing, now)).ifPresent(mine::add);
        }
        List<Page> articles = new ArrayList<>(pages.stream().filter(p -> !p.standalone()).toList());
        List<Story> stories = stories(articles);
        checkUrls(pages, stories, mine);
        Map<String, EntityNote> notes = EntityFile.read(root, mine);
        Explainer explainer = memo.explainer(articles, stories, notes, mine);
        diags.addAll(mine.list());
        if (mine.hasErrors()) {
            throw new BuildException(diags.list());
        }
        pages.sort(NEWEST_FIRST);
        articles.sort(NEWEST_FIRST);
        leftOut.sort(Comparator.comparing(LeftOut::file));
        Map<String, String> versions = new HashMap<>();
        pages.forEach(page -> versions.put(page.file(), memo.version(page.file())));
        return new Site(config, pages, articles, stories, explainer, notes, now, publishing.preview(), leftOut,
                stableUntil(results, now), versions);
    }

    /**
     * The first moment after {@code now} at which the same content builds differently: a scheduled
     * page comes out, a page expires, or an article leaves the news sitemap. {@link Instant#MAX} when none.
     */
    private static Instant stableUntil(List<PageReader.Result> results, Instant now) {
        Instant until = Instant.MAX;
        for (PageReader.Result r : results) {
            if (r.page().isEmpty()) {
                continue;
            }
            Page p = r.page().get();
            List<Instant> moments = new ArrayList<>();
            if (p.published() != null) {
                moments.add(p.published().toInstant());
                moments.add(p.published().toInstant().plus(Site.NEWS_WINDOW));
            }
            if (p.expires() != null) {
                moments.add(p.expires());
            }
            for (Instant t : moments) {
                if (t.isAfter(now) && t.isBefore(until)) {
                    until = t;
                }
            }
        }
        return until;
    }

    /** Why a page is not published at {@code now}, if it is not. */
    public static Optional<LeftOut> leftOut(Page p, Publishing publishing, Instant now) {
        if (p.draft() && !publishing.drafts()) {
            return Optional.of(new LeftOut(p.file(), p.url(), "a draft", "--drafts"));
        }
        if (p.published() != null && p.published().toInstant().isAfter(now) && !publishing.future()) {
            return Optional.of(new LeftOut(p.file(), p.url(), "scheduled for " + p.published(), "--future"));
        }
        if (p.expires() != null && !now.isBefore(p.expires())) {
            return Optional.of(new LeftOut(p.file(), p.url(), "expired", null));
        }
        return Optional.empty();
    }

    /** A page scheduled more than a year ahead is most likely a typo in its year: it is left out, and says so. */
    private static Optional<Diagnostic> farAhead(Page p, Publishing publishing, Instant now) {
        if (publishing.future() || p.published() == null || !p.published().toInstant().isAfter(now.plus(Duration.ofDays(366)))) {
            return Optional.empty();
        }
        return Optional.of(Diagnostic.warning(SourcePos.file(p.file()), "dated " + p.published().toLocalDate()
                + ", more than a year from now: left out of the site until then")
                .withHint("if the year is a typo, correct the date; build with --future to include it now"));
    }

    private static List<Story> stories(List<Page> pages) {
        Map<String, List<Page>> bySlug = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        pages.stream().filter(p -> p.story() != null).sorted(OLDEST_FIRST).forEach(p -> {
            String slug = Slugs.slug(p.story());
            bySlug.computeIfAbsent(slug, k -> new ArrayList<>()).add(p);
            names.putIfAbsent(slug, p.story());
        });
        return bySlug.entrySet().stream()
                .map(e -> new Story(names.get(e.getKey()), e.getKey(), Urls.story(names.get(e.getKey())), e.getValue()))
                .sorted(Comparator.comparing(Story::latest, NEWEST_FIRST).thenComparing(Story::slug))
                .toList();
    }

    /** Every URL has one owner: a page, a story's hub or one of its parts, or the site itself. */
    private static void checkUrls(List<Page> pages, List<Story> stories, Diagnostics diags) {
        Map<String, String> owners = new LinkedHashMap<>();
        for (String url : List.of(Urls.home(), Urls.archive(), Urls.glossary(), Urls.search(), Urls.notFound())) {
            owners.put(url, "the site");
        }
        for (EntityKind kind : EntityKind.values()) {
            owners.put(Urls.directory(kind), "the site");
        }
        for (Story s : stories) {
            Page first = s.articles().get(0);
            List<String> urls = new ArrayList<>(List.of(s.url()));
            Urls.STORY_PARTS.forEach(part -> urls.add(Urls.storyPart(s.name(), part)));
            for (String url : urls) {
                String other = owners.putIfAbsent(url, "story '" + s.name() + "' (" + first.file() + ")");
                if (other != null) {
                    diags.add(Diagnostic.error(new SourcePos(first.file(), first.lines().story()), "story '" + s.name()
                            + "' needs the URL '" + url + "', which " + other + " has").withHint("rename the story"));
                    break;
                }
            }
        }
        pages.stream().sorted(Comparator.comparing(Page::file)).forEach(p -> {
            String other = owners.putIfAbsent(p.url(), p.file());
            if (other != null) {
                diags.add(Diagnostic.error(new SourcePos(p.file(), p.lines().slug()), "its URL '" + p.url()
                        + "' is also used by " + other).withHint("set a different 'slug:' in its front matter"));
            }
        });
    }
}
