package dev.explainer.render;

import dev.explainer.content.EntityInfo;
import dev.explainer.content.Page;
import dev.explainer.content.Site;
import dev.explainer.content.SiteConfigReader;
import dev.explainer.content.Story;
import dev.explainer.content.Urls;
import dev.explainer.extract.Slugs;
import dev.explainer.publish.AbsoluteUrls;
import dev.explainer.publish.Feeds;
import dev.explainer.publish.SearchIndex;
import dev.explainer.publish.Sitemaps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The files made for feed readers, crawlers and the search page rather than for people reading
 * pages: Atom and RSS feeds (the site's and each story's), sitemap.xml, the Google News sitemap,
 * robots.txt and the search index. Feeds and sitemaps need absolute URLs, so without a base URL
 * only robots.txt and the search index are made.
 */
final class Publications {
    /** Newest first by the moment of publication, then by title, as feeds list them. */
    static final Comparator<Page> LATEST = Comparator.comparing((Page p) -> p.published().toInstant()).reversed()
            .thenComparing(Page::title).thenComparing(Page::file);

    private Publications() {
    }

    /** The files made from the site model alone: the feeds, the sitemap and the search index. */
    static List<OutputFile> of(Site site, Metas metas, List<Renderer.Job> jobs) {
        List<OutputFile> files = new ArrayList<>();
        AbsoluteUrls abs = metas.abs();
        String config = SiteConfigReader.FILE;
        if (abs.known()) {
            if (metas.siteFeed()) {
                var c = site.config();
                Feeds.Channel channel = new Feeds.Channel(c.title(), c.description(), abs.of(Urls.feed()), abs.of(Urls.rss()),
                        abs.of(Urls.home()), c.language(), c.publisher(), abs.resolve(c.logo()));
                List<Feeds.Entry> entries = entries(dated(site), site, abs);
                files.add(new OutputFile(Urls.feed(), Feeds.atom(channel, entries), config));
                files.add(new OutputFile(Urls.rss(), Feeds.rss(channel, entries), config));
            }
            for (Story s : site.stories()) {
                if (metas.storyFeed(s)) {
                    var c = site.config();
                    Feeds.Channel channel = new Feeds.Channel(s.name() + " · " + c.title(), s.latest().summary(),
                            abs.of(Urls.storyFeed(s.name())), abs.of(Urls.storyRss(s.name())), abs.of(s.url()),
                            c.language(), c.publisher(), abs.resolve(c.logo()));
                    List<Page> articles = s.articles().stream().filter(p -> p.published() != null).sorted(LATEST).toList();
                    List<Feeds.Entry> entries = entries(articles, site, abs);
                    files.add(new OutputFile(Urls.storyFeed(s.name()), Feeds.atom(channel, entries), s.latest().file()));
                    files.add(new OutputFile(Urls.storyRss(s.name()), Feeds.rss(channel, entries), s.latest().file()));
                }
            }
            List<Sitemaps.Url> urls = jobs.stream().filter(Renderer.Job::listed)
                    .sorted(Comparator.comparing((Renderer.Job j) -> Urls.pretty(j.path())))
                    .map(j -> new Sitemaps.Url(j.path(), j.modified().get())).toList();
            for (Map.Entry<String, byte[]> e : Sitemaps.sitemaps(urls, abs).entrySet()) {
                files.add(new OutputFile(e.getKey(), e.getValue(), config));
            }
        }
        files.add(new OutputFile(Urls.searchIndex(), SearchIndex.script(searchItems(site)), "templates/search.peb"));
        return files;
    }

    /**
     * The files that change with the site clock too: the Google News sitemap (the articles of the
     * last two days) and robots.txt, which names it when there is one.
     */
    static List<OutputFile> timely(Site site, Metas metas) {
        List<OutputFile> files = new ArrayList<>();
        AbsoluteUrls abs = metas.abs();
        String config = SiteConfigReader.FILE;
        List<String> sitemaps = new ArrayList<>();
        if (abs.known()) {
            sitemaps.add(Urls.sitemap());
            List<Sitemaps.NewsArticle> news = news(dated(site), site.now());
            if (!news.isEmpty()) {
                files.add(new OutputFile(Urls.newsSitemap(), Sitemaps.news(news, abs, site.config().publisher(),
                        site.config().primaryLanguage()), config));
                sitemaps.add(Urls.newsSitemap());
            }
        }
        files.add(new OutputFile(Urls.robots(), Sitemaps.robots(abs, sitemaps, site.preview()), config));
        return files;
    }

    /** The articles with a moment of publication, newest first. */
    private static List<Page> dated(Site site) {
        return site.articles().stream().filter(p -> p.published() != null).sorted(LATEST).toList();
    }

    /** The newest articles, as many as site.yaml's feed_entries. */
    private static List<Feeds.Entry> entries(List<Page> latestFirst, Site site, AbsoluteUrls abs) {
        return latestFirst.stream().limit(site.config().feedEntries()).map(p -> new Feeds.Entry(abs.of(p.url()), p.title(),
                p.summary(), p.published(), p.updated(), p.author() != null ? p.author() : site.config().author(),
                p.story() == null ? null : Slugs.slug(p.story()), p.story())).toList();
    }

    /** The articles published in the two days up to the site clock's now, newest first. */
    static List<Sitemaps.NewsArticle> news(List<Page> latestFirst, Instant now) {
        Instant from = now.minus(Site.NEWS_WINDOW);
        return latestFirst.stream().filter(p -> {
            Instant at = p.published().toInstant();
            return !at.isAfter(now) && !at.isBefore(from);
        }).map(p -> new Sitemaps.NewsArticle(p.url(), p.title(), p.published())).toList();
    }

    /** Articles, stories, entities and glossary terms, each with what a reader needs to pick it from the results. */
    static List<SearchIndex.Item> searchItems(Site site) {
        List<SearchIndex.Item> items = new ArrayList<>();
        for (Page p : site.pages()) {
            items.add(new SearchIndex.Item(p.title(), p.story(), p.url(), p.summary(), p.dated() ? p.date().toString() : null));
        }
        for (Story s : site.stories()) {
            Page latest = s.latest();
            items.add(new SearchIndex.Item(s.name(), "Running story", s.url(), latest.summary(),
                    latest.dated() ? latest.date().toString() : null));
        }
        for (EntityInfo e : site.explainer().entities().values()) {
            String about = e.role() != null && e.description() != null ? e.role() + ". " + e.description()
                    : e.role() != null ? e.role() : e.description();
            items.add(new SearchIndex.Item(e.name(), FactViews.singular(e.kind()), e.url(), about, null));
        }
        for (TermView t : FactViews.terms(site.explainer().glossary())) {
            items.add(new SearchIndex.Item(t.term(), "Glossary", Urls.glossary() + "#" + t.anchor(), t.definition(), null));
        }
        return items;
    }
}
