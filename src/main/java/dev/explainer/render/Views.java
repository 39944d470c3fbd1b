package dev.explainer.render;

import dev.explainer.content.Page;
import dev.explainer.content.Site;
import dev.explainer.content.Story;
import dev.explainer.content.Urls;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Builds the view records for one output page, with every URL made relative to that page. */
final class Views {
    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    static final int LATEST = 20;

    private final Site site;
    private final String from;

    Views(Site site, String from) {
        this.site = site;
        this.from = from;
    }

    String url(String to) {
        return Urls.relative(from, to);
    }

    SiteView site() {
        var c = site.config();
        return new SiteView(c.title(), c.description(), c.language(), url(Urls.home()), url(Urls.asset("style.css")),
                site.stories().stream().map(this::storyLink).toList());
    }

    ArticleLink article(Page p) {
        return new ArticleLink(p.title(), url(p.url()), p.dated() ? p.date().toString() : "",
                p.dated() ? READABLE.format(p.date()) : "Undated", p.summary(), p.story());
    }

    StoryLink storyLink(Story s) {
        return new StoryLink(s.name(), url(s.url()), s.articles().size(), article(s.latest()));
    }

    HomeView home() {
        return new HomeView(site.config().title(), site.stories().stream().map(this::storyLink).toList(),
                site.pages().stream().limit(LATEST).map(this::article).toList());
    }

    StoryView story(Story s) {
        List<ArticleLink> newestFirst = new ArrayList<>(s.articles().stream().map(this::article).toList());
        Collections.reverse(newestFirst);
        return new StoryView(s.name(), s.latest().summary(), newestFirst);
    }

    /** @param i the page's position in its story */
    ArticleView article(Page p, Story story, int i, String bodyHtml) {
        ArticleLink previous = null;
        ArticleLink next = null;
        Link storyLink = null;
        if (story != null) {
            previous = i > 0 ? article(story.articles().get(i - 1)) : null;
            next = i >= 0 && i + 1 < story.articles().size() ? article(story.articles().get(i + 1)) : null;
            storyLink = new Link(story.name(), url(story.url()));
        }
        ArticleLink self = article(p);
        return new ArticleView(p.title(), p.summary(), self.date(), self.dateText(), p.author(), p.source(),
                p.dateline(), bodyHtml, storyLink, previous, next);
    }

    List<Link> crumbs(Story story, String title) {
        Link home = new Link(site.config().title(), url(Urls.home()));
        if (story == null) {
            return title == null ? List.of(home) : List.of(home, new Link(title, ""));
        }
        Link hub = new Link(story.name(), url(story.url()));
        return title == null ? List.of(home, new Link(story.name(), "")) : List.of(home, hub, new Link(title, ""));
    }
}
