package dev.explainer.publish;

import dev.explainer.content.EntityInfo;
import dev.explainer.content.Page;
import dev.explainer.content.SiteConfig;
import dev.explainer.content.Urls;
import dev.explainer.extract.EntityKind;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * schema.org JSON-LD for each kind of page, as maps for {@link Json}: {@code NewsArticle} for
 * articles (with the extracted people, organisations and places as {@code about} and
 * {@code mentions}), {@code CollectionPage} with an {@code ItemList} for hubs and lists,
 * {@code Person}, {@code Organization} or {@code Place} for entity pages, {@code WebSite} for the
 * home page. URLs are absolute, so without a base URL they are left out.
 */
public final class StructuredData {
    static final String CONTEXT = "https://schema.org";
    /** Lists in JSON-LD stop here: the page itself has them all. */
    static final int MAX_ITEMS = 100;

    private final SiteConfig config;
    private final AbsoluteUrls abs;

    public StructuredData(SiteConfig config, AbsoluteUrls abs) {
        this.config = config;
        this.abs = abs;
    }

    /** A link in a list: a name and a site path. */
    public record Item(String name, String path) {
    }

    /** The home page: the site, its publisher, and how to search it. */
    public Map<String, Object> website() {
        Map<String, Object> m = thing("WebSite", config.title(), Urls.home());
        put(m, "description", config.description());
        m.put("inLanguage", config.language());
        m.put("publisher", publisher());
        if (abs.known()) {
            Map<String, Object> target = new LinkedHashMap<>();
            target.put("@type", "EntryPoint");
            target.put("urlTemplate", abs.of(Urls.search()) + "?q={search_term_string}");
            Map<String, Object> action = new LinkedHashMap<>();
            action.put("@type", "SearchAction");
            action.put("target", target);
            action.put("query-input", "required name=search_term_string");
            m.put("potentialAction", action);
        }
        return m;
    }

    /**
     * An article: a NewsArticle when it is dated or part of a story, else a plain WebPage.
     *
     * @param story    the running story's name, or null
     * @param about    the entities its headline names
     * @param mentions the other entities it mentions
     */
    public Map<String, Object> article(Page p, String story, List<EntityInfo> about, List<EntityInfo> mentions) {
        boolean news = !p.standalone() && (p.dated() || story != null);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", CONTEXT);
        m.put("@type", news ? "NewsArticle" : "WebPage");
        if (abs.known()) {
            m.put("@id", abs.of(p.url()) + "#article");
            m.put("url", abs.of(p.url()));
            m.put("mainEntityOfPage", abs.of(p.url()));
        }
        m.put(news ? "headline" : "name", p.title());
        put(m, "description", p.summary());
        m.put("inLanguage", config.language());
        if (p.published() != null) {
            m.put("datePublished", Feeds.W3C.format(p.published()));
            m.put("dateModified", Feeds.W3C.format(p.modified()));
        }
        if (news) {
            String byline = p.author() != null ? p.author() : config.author();
            m.put("author", byline != null ? List.of(named("Person", byline)) : List.of(publisher()));
            m.put("publisher", publisher());
            put(m, "articleSection", story);
            put(m, "dateline", p.dateline());
            if (p.source() != null) {
                m.put("sourceOrganization", named("Organization", p.source()));
            }
        }
        if (!about.isEmpty()) {
            m.put("about", about.stream().map(this::entityRef).toList());
        }
        if (!mentions.isEmpty()) {
            m.put("mentions", mentions.stream().map(this::entityRef).toList());
        }
        m.put("isPartOf", site());
        return m;
    }

    /** A hub or a list page: a CollectionPage whose main entity is the list of what it links. */
    public Map<String, Object> collection(String name, String description, String path, List<Item> items,
                                          OffsetDateTime modified) {
        Map<String, Object> m = thing("CollectionPage", name, path);
        put(m, "description", description);
        m.put("inLanguage", config.language());
        if (modified != null) {
            m.put("dateModified", Feeds.W3C.format(modified));
        }
        m.put("isPartOf", site());
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("@type", "ItemList");
        list.put("numberOfItems", items.size());
        List<Map<String, Object>> elements = new ArrayList<>();
        for (int i = 0; i < Math.min(MAX_ITEMS, items.size()); i++) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("@type", "ListItem");
            e.put("position", i + 1);
            e.put("name", items.get(i).name());
            if (abs.known()) {
                e.put("url", abs.of(items.get(i).path()));
            }
            elements.add(e);
        }
        list.put("itemListElement", elements);
        m.put("mainEntity", list);
        return m;
    }

    /** A glossary page: a CollectionPage of a DefinedTermSet. */
    public Map<String, Object> glossary(String name, String path, Map<String, String> terms) {
        Map<String, Object> m = thing("CollectionPage", name, path);
        m.put("inLanguage", config.language());
        m.put("isPartOf", site());
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("@type", "DefinedTermSet");
        set.put("name", name);
        List<Map<String, Object>> defined = new ArrayList<>();
        terms.entrySet().stream().limit(MAX_ITEMS).forEach(t -> {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("@type", "DefinedTerm");
            d.put("name", t.getKey());
            d.put("description", t.getValue());
            defined.add(d);
        });
        set.put("hasDefinedTerm", defined);
        m.put("mainEntity", set);
        return m;
    }

    /**
     * A person's, organisation's or place's page: the entity itself, and the articles about it.
     *
     * @param articles the articles the page lists (of a long entity's pages, this one's)
     */
    public Map<String, Object> entity(EntityInfo e, String description, List<Page> articles) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", CONTEXT);
        m.putAll(entityRef(e));
        put(m, "description", description);
        List<Map<String, Object>> about = new ArrayList<>();
        for (Page p : articles.subList(0, Math.min(MAX_ITEMS, articles.size()))) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("@type", "NewsArticle");
            a.put("headline", p.title());
            if (abs.known()) {
                a.put("url", abs.of(p.url()));
            }
            if (p.published() != null) {
                a.put("datePublished", Feeds.W3C.format(p.published()));
            }
            about.add(a);
        }
        if (!about.isEmpty()) {
            m.put("subjectOf", about);
        }
        return m;
    }

    /** A page that is none of the above (search, not found); {@code path} is null for 404.html. */
    public Map<String, Object> webPage(String name, String description, String path) {
        Map<String, Object> m = thing("WebPage", name, path);
        put(m, "description", description);
        m.put("inLanguage", config.language());
        m.put("isPartOf", site());
        return m;
    }

    /** An entity as it is referred to: its type, name, page and role. */
    Map<String, Object> entityRef(EntityInfo e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@type", type(e.kind()));
        if (abs.known()) {
            m.put("@id", abs.of(e.url()) + "#" + e.kind().name().toLowerCase(Locale.ROOT));
        }
        m.put("name", e.name());
        if (abs.known()) {
            m.put("url", abs.of(e.url()));
        }
        if (e.kind() == EntityKind.PERSON) {
            put(m, "jobTitle", e.role());
        }
        return m;
    }

    static String type(EntityKind kind) {
        return switch (kind) {
            case PERSON -> "Person";
            case ORGANISATION -> "Organization";
            case PLACE -> "Place";
        };
    }

    /** @param path null for a page without an address of its own (404.html is served at any) */
    private Map<String, Object> thing(String type, String name, String path) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", CONTEXT);
        m.put("@type", type);
        if (abs.known() && path != null) {
            m.put("@id", abs.of(path));
            m.put("url", abs.of(path));
        }
        m.put("name", name);
        return m;
    }

    private Map<String, Object> site() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@type", "WebSite");
        m.put("name", config.title());
        if (abs.known()) {
            m.put("url", abs.base());
        }
        return m;
    }

    private Map<String, Object> publisher() {
        Map<String, Object> m = named("NewsMediaOrganization", config.publisher());
        if (abs.known()) {
            m.put("url", abs.base());
        }
        String logo = abs.resolve(config.logo());
        if (logo != null) {
            Map<String, Object> image = new LinkedHashMap<>();
            image.put("@type", "ImageObject");
            image.put("url", logo);
            m.put("logo", image);
        }
        return m;
    }

    private static Map<String, Object> named(String type, String name) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@type", type);
        m.put("name", name);
        return m;
    }

    private static void put(Map<String, Object> m, String key, String value) {
        if (value != null && !value.isBlank()) {
            m.put(key, value);
        }
    }
}
