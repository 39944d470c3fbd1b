package dev.explainer.check;

import dev.explainer.diag.Diagnostic;
import dev.explainer.diag.Diagnostics;
import dev.explainer.diag.Severity;
import dev.explainer.diag.SourcePos;
import dev.explainer.render.OutputFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Checks every internal link and anchor of the built site, like {@code zola check}: it sees each
 * output file once as it is written, keeps only its links and ids, and judges them at the end.
 * Only the home page and 404.html may be orphans; every other page must be linked from some page.
 */
public final class LinkChecker {
    /** Pages nothing needs to link to: the home page, and the page hosts serve for missing addresses. */
    private static final Set<String> ROOTS = Set.of("index.html", "404.html");

    /** What one HTML page links to, and the project file it was made from. */
    private record PageLinks(String path, String origin, Set<String> hrefs, Map<String, Integer> lines) {
    }

    /** A file the site must have (a logo site.yaml names), and who says so. */
    private record Required(String path, SourcePos pos, String what) {
    }

    /** The links and ids of each page of the last build that was written out, for pages it keeps. */
    public static final class Memo {
        public static final Memo EMPTY = new Memo(Map.of());
        private final Map<String, HtmlLinks.Found> found;

        private Memo(Map<String, HtmlLinks.Found> found) {
            this.found = Map.copyOf(found);
        }

        /** What each page links to and the ids it has, by path, to keep on disk. */
        public Map<String, HtmlLinks.Found> pages() {
            return found;
        }

        public static Memo of(Map<String, HtmlLinks.Found> pages) {
            return new Memo(pages);
        }
    }

    private final Memo previous;
    private final Map<String, HtmlLinks.Found> found = new ConcurrentHashMap<>();
    private final Severity severity;
    private final Map<String, String> leftOut;
    private final Set<String> paths = ConcurrentHashMap.newKeySet();
    private final Map<String, String> origins = new ConcurrentHashMap<>();
    private final Map<String, PageLinks> pages = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> ids = new ConcurrentHashMap<>();
    private final List<Diagnostic> duplicates = new CopyOnWriteArrayList<>();
    private final List<Required> required = new CopyOnWriteArrayList<>();

    /** Broken links and orphans are errors; no page is known to be left out. */
    public LinkChecker() {
        this(Severity.ERROR, Map.of(), Memo.EMPTY);
    }

    /**
     * @param severity what a broken link or an orphan page is (site.yaml's broken_links)
     * @param leftOut  for each page the build leaves out (drafts, scheduled, expired), why: a link
     *                 to one is still broken, and the hint says so
     * @param previous what the pages of the last build written out link to, for the pages this one keeps
     */
    public LinkChecker(Severity severity, Map<String, String> leftOut, Memo previous) {
        this.severity = severity;
        this.leftOut = Map.copyOf(leftOut);
        this.previous = previous;
    }

    /** Thread-safe: called from the rendering threads. */
    public void see(OutputFile file) {
        if (unique(file.path(), file.origin()) && file.isHtml()) {
            add(file.path(), file.origin(), file.linkLines(), HtmlLinks.scan(new String(file.bytes(), StandardCharsets.UTF_8)));
        }
    }

    /** A page with the same bytes as in the build {@code previous} came from. Thread-safe. */
    public void keep(String path, String origin, Map<String, Integer> linkLines) {
        if (unique(path, origin) && path.endsWith(".html")) {
            HtmlLinks.Found known = previous.found.get(path);
            if (known == null) {
                throw new IllegalStateException("kept page " + path + " was not in the last build");
            }
            add(path, origin, linkLines, known);
        }
    }

    private boolean unique(String path, String origin) {
        String other = origins.putIfAbsent(path, origin);
        if (other != null) {
            duplicates.add(Diagnostic.error(SourcePos.file(origin), "two files want the URL " + path
                    + ": this one and one made from " + other));
            return false;
        }
        paths.add(path);
        return true;
    }

    private void add(String path, String origin, Map<String, Integer> linkLines, HtmlLinks.Found scan) {
        found.put(path, scan);
        ids.put(path, scan.ids());
        pages.put(path, new PageLinks(path, origin, scan.links(), linkLines));
    }

    /** What this build's pages link to, for the next build. */
    public Memo memo() {
        return new Memo(found);
    }

    /** The site must have {@code path}, or {@code pos} is wrong about it. */
    public void require(String path, SourcePos pos, String what) {
        required.add(new Required(path, pos, what));
    }

    /** Reports each broken link at the project file its page came from, then every orphan page. */
    public void verify(Diagnostics diags) {
        diags.addAll(duplicates);
        for (Required r : required) {
            if (!paths.contains(r.path())) {
                diags.add(Diagnostic.error(r.pos(), r.what() + " '" + r.path() + "' is not in the built site")
                        .withHint("put the file in templates/assets/ (it is published as assets/...), or give an absolute URL"));
            }
        }
        Set<String> linked = ConcurrentHashMap.newKeySet();
        // each page's links judged in parallel, the problems reported in page order
        pages.values().stream().sorted(Comparator.comparing(PageLinks::path)).toList().parallelStream().map(page -> {
            List<Diagnostic> problems = new ArrayList<>();
            for (String href : page.hrefs()) {
                Target t = target(page.path(), href);
                if (t.problem() != null) {
                    problems.add(new Diagnostic(severity, new SourcePos(page.origin(), page.lines().getOrDefault(href, 0)),
                            t.problem() + " (in " + page.path() + ")", t.hint()));
                } else if (t.path() != null && !t.path().equals(page.path())) {
                    linked.add(t.path());
                }
            }
            return problems;
        }).toList().forEach(diags::addAll);
        pages.keySet().stream().filter(p -> !ROOTS.contains(p) && !linked.contains(p)).sorted().forEach(p ->
                diags.add(new Diagnostic(severity, SourcePos.file(pages.get(p).origin()), "page " + p
                        + " is not linked from any other page", "link it from a list or a story, or mark it 'draft: true'")));
    }

    /** A link with a scheme ("https:", "mailto:") or to another host ("//example.org"). */
    private static boolean external(String href) {
        if (href.startsWith("//")) {
            return true;
        }
        for (int i = 0; i < href.length(); i++) {
            char c = href.charAt(i);
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            if (c == ':') {
                return i > 0;
            }
            if (!(letter || i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-'))) {
                return false;
            }
        }
        return false;
    }

    /** Where a link goes (path null for an external link), or what is wrong with it. */
    private record Target(String path, String problem, String hint) {
        static final Target EXTERNAL_LINK = new Target(null, null, null);

        static Target broken(String problem) {
            return new Target(null, problem, null);
        }
    }

    private Target target(String from, String rawHref) {
        String href = rawHref.strip();
        if (href.isEmpty() || external(href)) {
            return Target.EXTERNAL_LINK;
        }
        if (href.startsWith("/")) {
            return Target.broken("link '" + href + "' starts with '/': it breaks under a sub-path and when"
                    + " the site is opened from disk; make it relative");
        }
        int hash = href.indexOf('#');
        String fragment = hash >= 0 ? href.substring(hash + 1) : "";
        String path = hash >= 0 ? href.substring(0, hash) : href;
        int query = path.indexOf('?');
        path = query >= 0 ? path.substring(0, query) : path;
        String target = path.isEmpty() ? from : Paths.resolve(from, path.indexOf('%') >= 0 ? Paths.decode(path) : path);
        if (target == null) {
            return Target.broken("link '" + href + "' points outside the site");
        }
        if (!paths.contains(target)) {
            String index = (target.isEmpty() || target.endsWith("/") ? target : target + "/") + "index.html";
            if (!paths.contains(index)) {
                String why = leftOut.getOrDefault(target, leftOut.get(index));
                return new Target(null, "broken link '" + href + "'", why);
            }
            target = index;
        }
        Set<String> targetIds = ids.get(target);
        if (!fragment.isEmpty() && targetIds != null && !targetIds.contains(Paths.decode(fragment))) {
            return Target.broken("broken anchor '" + href + "': no id '" + fragment + "' in " + target);
        }
        return new Target(target, null, null);
    }
}
