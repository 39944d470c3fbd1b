package dev.explainer.render;

import dev.explainer.content.EntityInfo;
import dev.explainer.content.Mention;
import dev.explainer.content.Page;
import dev.explainer.content.Site;
import dev.explainer.content.Story;
import dev.explainer.content.Term;
import dev.explainer.content.Urls;
import dev.explainer.extract.EntityKind;
import dev.explainer.publish.AbsoluteUrls;
import dev.explainer.publish.Feeds;
import dev.explainer.publish.Json;
import dev.explainer.publish.StructuredData;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds each page's {@link PageMeta}: description, canonical link, Open Graph, feeds and JSON-LD. */
final class Metas {
    static final String ATOM = "application/atom+xml";
    static final String RSS = "application/rss+xml";

    private final Site site;
    private final AbsoluteUrls abs;
    private final StructuredData data;
    private final boolean siteFeed;
    private final Set<String> storyFeeds;

    Metas(Site site) {
        this.site = site;
        this.abs = new AbsoluteUrls(site.config().baseUrl());
        this.data = new StructuredData(site.config(), abs);
        // feeds need absolute URLs and dated articles
        this.siteFeed = abs.known() && site.articles().stream().anyMatch(p -> p.published() != null);
        this.storyFeeds = abs.known() ? site.stories().stream()
                .filter(s -> s.articles().stream().anyMatch(p -> p.published() != null)).map(Story::slug)
                .collect(Collectors.toSet()) : Set.of();
    }

    AbsoluteUrls abs() {
        return abs;
    }

    /** Whether the site has feeds: they need absolute URLs and dated articles. */
    boolean siteFeed() {
        return siteFeed;
    }

    boolean storyFeed(Story s) {
        return storyFeeds.contains(s.slug());
    }

    /** The feeds a page announces: its story's, then the site's. */
    List<FeedLink> feeds(Views v, Story story) {
        List<FeedLink> feeds = new ArrayList<>();
        if (story != null && storyFeed(story)) {
            feeds.add(new FeedLink(story.name() + " (Atom)", v.url(Urls.storyFeed(story.name())), ATOM));
            feeds.add(new FeedLink(story.name() + " (RSS)", v.url(Urls.storyRss(story.name())), RSS));
        }
        if (siteFeed()) {
            feeds.add(new FeedLink(site.config().title() + " (Atom)", v.url(Urls.feed()), ATOM));
            feeds.add(new FeedLink(site.config().title() + " (RSS)", v.url(Urls.rss()), RSS));
        }
        return feeds;
    }

    PageMeta home(Views v) {
        return meta(v, Urls.home(), site.config().title(), site.config().description(), "website", null, null, null,
                null, data.website());
    }

    PageMeta article(Views v, Page p, Story story) {
        List<EntityInfo> about = new ArrayList<>();
        List<EntityInfo> mentions = new ArrayList<>();
        Map<String, EntityInfo> entities = new LinkedHashMap<>();
        Map<String, List<String>> surfaces = new LinkedHashMap<>();
        for (Mention m : p.facts().entities()) {
            EntityInfo e = site.explainer().entity(m);
            if (e != null) {
                entities.putIfAbsent(e.key(), e);
                List<String> s = surfaces.computeIfAbsent(e.key(), k -> new ArrayList<>(List.of(e.name())));
                s.add(m.name());
                s.addAll(m.aliases());
            }
        }
        entities.forEach((key, e) -> (named(p.title(), surfaces.get(key)) ? about : mentions).add(e));
        String published = p.published() == null ? null : Feeds.W3C.format(p.published());
        String modified = p.modified() == null ? null : Feeds.W3C.format(p.modified());
        return meta(v, p.url(), p.title(), p.summary(), "article", published, modified,
                story == null ? null : story.name(), story,
                data.article(p, story == null ? null : story.name(), about, mentions));
    }

    /** A hub or list page. */
    PageMeta collection(Views v, String path, String title, String description, List<StructuredData.Item> items,
                        OffsetDateTime modified, Story story) {
        return meta(v, path, title, description, "website", null, null, null, story,
                data.collection(title, description, path, items, modified));
    }

    PageMeta glossary(Views v, String path, String title, String description, List<Term> terms, Story story) {
        Map<String, String> defined = new LinkedHashMap<>();
        terms.forEach(t -> defined.putIfAbsent(t.term(), t.definition()));
        return meta(v, path, title, description, "website", null, null, null, story,
                data.glossary(title, path, defined));
    }

    /**
     * @param path     the page's own address, and @param title its title: a long entity page has several
     * @param articles the articles this page lists
     */
    PageMeta entity(Views v, EntityInfo e, String path, String title, List<Page> articles) {
        String description = describe(e);
        return meta(v, path, title, description, e.kind() == EntityKind.PERSON ? "profile" : "website", null,
                null, null, null, data.entity(e, description, articles));
    }

    /** "Anika Brandt, Foreign Minister of Valdoria: Valdoria's chief negotiator ..." */
    static String describe(EntityInfo e) {
        String who = e.name() + (e.role() != null ? ", " + e.role() : "");
        return who + ": " + (e.description() != null ? e.description() : "quotes and coverage");
    }

    /** The search page: not for search engines, which index the pages themselves. */
    PageMeta search(Views v, String description) {
        PageMeta m = meta(v, Urls.search(), "Search", description, "website", null, null, null, null,
                data.webPage("Search", description, Urls.search()));
        return new PageMeta(m.title(), m.description(), m.canonical(), m.type(), null, null, null, m.image(), m.feeds(),
                "noindex", null, m.jsonLd());
    }

    /**
     * 404.html is served at any missing address, so its relative links are made to start from the
     * site root with {@code <base href>}: the base URL's path, which works on any host.
     */
    PageMeta notFound(Views v, String description) {
        PageMeta m = meta(v, Urls.notFound(), "Page not found", description, "website", null, null, null, null,
                data.webPage("Page not found", description, null));
        return new PageMeta(m.title(), m.description(), null, m.type(), null, null, null, m.image(), m.feeds(),
                "noindex", abs.basePath(), m.jsonLd());
    }

    private PageMeta meta(Views v, String path, String title, String description, String type, String published,
                          String modified, String section, Story story, Map<String, Object> jsonLd) {
        return new PageMeta(title, description == null ? "" : description, abs.of(path), type, published, modified,
                section, abs.resolve(site.config().logo()), feeds(v, story), site.preview() ? "noindex" : null, null,
                Json.forScript(jsonLd, true));
    }

    /** Whether the headline names the entity by one of its names, as a whole word. */
    static boolean named(String title, List<String> names) {
        String t = title.toLowerCase(Locale.ROOT);
        for (String name : names) {
            String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
            if (n.length() < 2) {
                continue;
            }
            for (int at = t.indexOf(n); at >= 0; at = t.indexOf(n, at + 1)) {
                int end = at + n.length();
                if ((at == 0 || !wordChar(t.codePointBefore(at))) && (end == t.length() || !wordChar(t.codePointAt(end)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code [\p{L}\p{N}]}: a letter or a number of any script. */
    private static boolean wordChar(int cp) {
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** The newest change among pages, for a list's dateModified and its sitemap lastmod. */
    static OffsetDateTime newest(Collection<Page> pages) {
        // a loop, not a stream: every build takes it for each entity, story and list (130,000 pages at 10,000 articles)
        OffsetDateTime newest = null;
        for (Page p : pages) {
            OffsetDateTime m = p.modified();
            if (m != null && (newest == null || m.isAfter(newest))) {
                newest = m;
            }
        }
        return newest;
    }
}
