package dev.explainer.check;

import dev.explainer.diag.Diagnostic;
import dev.explainer.diag.Diagnostics;
import dev.explainer.diag.SourcePos;
import dev.explainer.render.OutputFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks every internal link and anchor of the built site, like {@code zola check}: it sees each
 * output file once as it is written, keeps only its links and ids, and judges them at the end.
 */
public final class LinkChecker {
    private static final Pattern EXTERNAL = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//).*");

    private record Ref(String from, String origin, String href) {
    }

    private final Set<String> paths = ConcurrentHashMap.newKeySet();
    private final Map<String, String> origins = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> ids = new ConcurrentHashMap<>();
    private final List<Ref> refs = new ArrayList<>();

    /** Thread-safe: called from the rendering threads. */
    public void see(OutputFile file) {
        paths.add(file.path());
        if (!file.isHtml()) {
            return;
        }
        origins.put(file.path(), file.origin());
        Document doc = Jsoup.parse(new String(file.bytes(), StandardCharsets.UTF_8));
        Set<String> pageIds = ConcurrentHashMap.newKeySet();
        doc.select("[id]").forEach(e -> pageIds.add(e.id()));
        doc.select("a[name]").forEach(e -> pageIds.add(e.attr("name")));
        ids.put(file.path(), pageIds);
        List<Ref> found = new ArrayList<>();
        for (Element e : doc.select("a[href], link[href], area[href]")) {
            found.add(new Ref(file.path(), file.origin(), e.attr("href")));
        }
        for (Element e : doc.select("img[src], script[src], source[src], iframe[src], audio[src], video[src]")) {
            found.add(new Ref(file.path(), file.origin(), e.attr("src")));
        }
        synchronized (refs) {
            refs.addAll(found);
        }
    }

    /**
     * Reports each broken link once, at the project file the page came from, and every page no
     * other page links to (only the home page may be an orphan).
     */
    public void verify(Diagnostics diags) {
        List<Ref> all;
        synchronized (refs) {
            all = List.copyOf(refs);
        }
        Set<String> linked = new java.util.HashSet<>();
        for (Ref r : all) {
            Target t = target(r);
            if (t.problem() != null) {
                diags.add(Diagnostic.error(SourcePos.file(r.origin()), t.problem() + " (in " + r.from() + ")"));
            } else if (t.path() != null && !t.path().equals(r.from())) {
                linked.add(t.path());
            }
        }
        origins.keySet().stream().filter(p -> !p.equals("index.html") && !linked.contains(p)).sorted().forEach(p ->
                diags.add(Diagnostic.error(SourcePos.file(origins.get(p)), "page " + p + " is not linked from any other page")
                        .withHint("link it from a list or a story, or mark it 'draft: true'")));
    }

    /** Where a link goes (null for external links), or what is wrong with it. */
    private record Target(String path, String problem) {
    }

    private Target target(Ref r) {
        return problem(r).map(p -> new Target(null, p)).orElseGet(() -> new Target(resolved(r), null));
    }

    private String resolved(Ref r) {
        String href = r.href().strip();
        if (href.isEmpty() || href.startsWith("#") || EXTERNAL.matcher(href).matches()) {
            return null;
        }
        String path = href.replaceFirst("[?#].*$", "");
        String t = Paths.resolve(r.from(), Paths.decode(path));
        if (t == null || paths.contains(t)) {
            return t;
        }
        return (t.isEmpty() || t.endsWith("/") ? t : t + "/") + "index.html";
    }

    private java.util.Optional<String> problem(Ref r) {
        String href = r.href().strip();
        if (href.isEmpty() || EXTERNAL.matcher(href).matches()) {
            return java.util.Optional.empty();
        }
        if (href.startsWith("/")) {
            return java.util.Optional.of("link '" + href + "' starts with '/': it breaks under a sub-path and when"
                    + " the site is opened from disk; make it relative");
        }
        int hash = href.indexOf('#');
        String fragment = hash >= 0 ? href.substring(hash + 1) : "";
        String path = hash >= 0 ? href.substring(0, hash) : href;
        int query = path.indexOf('?');
        path = query >= 0 ? path.substring(0, query) : path;
        String target = path.isEmpty() ? r.from() : Paths.resolve(r.from(), Paths.decode(path));
        if (target == null) {
            return java.util.Optional.of("link '" + href + "' points outside the site");
        }
        if (!paths.contains(target)) {
            String index = (target.isEmpty() || target.endsWith("/") ? target : target + "/") + "index.html";
            if (!paths.contains(index)) {
                return java.util.Optional.of("broken link '" + href + "'");
            }
            target = index;
        }
        Set<String> targetIds = ids.get(target);
        if (!fragment.isEmpty() && targetIds != null && !targetIds.contains(Paths.decode(fragment))) {
            return java.util.Optional.of("broken anchor '" + href + "': no id '" + fragment + "' in " + target);
        }
        return java.util.Optional.empty();
    }
}
