package dev.explainer.markdown;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * An HTML block in a page's Markdown (an embed pasted on its own lines: a video, a chart, a post)
 * through an allow list: the tags and attributes of jsoup's relaxed list, figures, and iframes from
 * the hosts below over https. A script, a handler or an iframe from anywhere else never reaches the
 * page; an unlisted iframe becomes a link to what it showed, so the reader still gets to it.
 */
public final class Embeds {
    /** Video, charts, maps and audio that newsrooms embed. */
    public static final Set<String> HOSTS = Set.of("www.youtube.com", "www.youtube-nocookie.com", "player.vimeo.com",
            "datawrapper.dwcdn.net", "flo.uri.sh", "e.infogram.com", "www.openstreetmap.org", "open.spotify.com",
            "w.soundcloud.com", "www.google.com");
    private static final Safelist ALLOWED = Safelist.relaxed()
            .addTags("figure", "figcaption", "iframe")
            .addAttributes("iframe", "src", "width", "height", "title", "allow", "allowfullscreen", "loading",
                    "referrerpolicy")
            .addProtocols("iframe", "src", "https")
            .addAttributes("blockquote", "class", "lang")
            .addAttributes("a", "rel");

    private Embeds() {
    }

    /** The HTML, sanitized; text outside tags is kept, escaped. */
    public static String clean(String html) {
        Document dirty = Jsoup.parseBodyFragment(html);
        for (Element frame : dirty.select("iframe")) {
            String host = host(frame.attr("src"));
            if (host == null || !HOSTS.contains(host)) {
                Element link = new Element("p");
                if (host != null) {
                    link.appendElement("a").attr("href", frame.attr("src")).text("Embedded content from " + host);
                }
                frame.replaceWith(link);
            } else if (frame.attr("title").isBlank()) {
                // a frame needs a name for screen readers
                frame.attr("title", "Embedded content from " + host);
            }
        }
        Document clean = new Cleaner(ALLOWED).clean(dirty);
        clean.select("img:not([src])").remove();
        for (Element img : clean.select("img:not([alt])")) {
            img.attr("alt", ""); // no text given: the image is taken as decoration
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** The host of an https URL, in lower case; null for any other. */
    private static String host(String url) {
        try {
            URI uri = new URI(url.strip());
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null
                    ? uri.getHost().toLowerCase(Locale.ROOT) : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
