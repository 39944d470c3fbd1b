package dev.explainer.check;

import dev.explainer.diag.Diagnostic;
import dev.explainer.diag.Diagnostics;
import dev.explainer.diag.Severity;
import dev.explainer.diag.SourcePos;
import dev.explainer.markdown.SafeLinks;
import dev.explainer.render.OutputFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
    private record PageLinks(String path, String origin, List<String> hrefs, Map<String, Integer> lines) {
    }

    /** A file the site must have (a logo site.yaml names), and who says so. */
    private record Required(String path, SourcePos pos, String what) {
    }

    /**
     * What the last build written out found: each page's links and ids, every file, and the verdict,
     * so that a build which adds, removes and re-anchors no page judges only the pages it wrote again.
     *
     * @param found    each page's links and ids, by path
     * @param paths    every file of the site, pages or not
     * @param inbound  for each page linked from another, from how many
     * @param troubled the pages with a broken link
     * @param rules    the severity and the pages left out, as the verdict depended on them
     */
    public record Memo(Map<String, HtmlLinks.Found> found, Set<String> paths, Map<String, Integer> inbound,
                       Set<String> troubled, String rules) {
        public static final Memo EMPTY = new Memo(Map.of(), Set.of(), Map.of(), Set.of(), "");
    }

    private final Memo previous;
    private final String rules;
    private final Map<String, HtmlLinks.Found> found;
    private final Severity severity;
    private final Map<String, String> leftOut;
    private final Set<String> paths;
    private final Map<String, String> origins;
    private final Map<String, PageLinks> pages;
    /** The pages seen whole in this build, rather than kept from the last. */
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final List<Diagnostic> duplicates = new CopyOnWriteArrayList<>();
    private final List<Required> required = new CopyOnWriteArrayList<>();
    /** One copy of each link and id value, which the pages of a large site repeat millions of times. */
    private final Map<String, String> values = new ConcurrentHashMap<>();
    /** Made by {@link #verify}. */
    private Map<String, Integer> inbound;
    private Set<String> troubled;

    /** Broken links and orphans are errors; no page is known to be left out. */
    public LinkChecker() {
        this(Severity.ERROR, Map.of(), Memo.EMPTY);
    }

    /**
     * @param severity what a broken link or an orphan page is (site.yaml's broken_links)
     * @param leftOut  for each page the build leaves out (drafts, scheduled, expired), why: a link
     *                 to one is still broken, and the hint says so
     * @param previous what the last build written out found, for the pages this one keeps
     */
    public LinkChecker(Severity severity, Map<String, String> leftOut, Memo previous) {
        this.severity = severity;
        this.leftOut = Map.copyOf(leftOut);
        this.previous = previous;
        this.rules = severity + "\n" + new TreeMap<>(leftOut);
        // sized for the site the last build had: growing them was a tenth of an edit's rendering
        int size = Math.max(16, previous.paths().size() * 4 / 3);
        found = new ConcurrentHashMap<>(size);
        paths = ConcurrentHashMap.newKeySet(size);
        origins = new ConcurrentHashMap<>(size);
        pages = new ConcurrentHashMap<>(size);
    }

    /** Thread-safe: called from the rendering threads. */
    public void see(OutputFile file) {
        if (unique(file.path(), file.origin()) && file.isHtml()) {
            written.add(file.path());
            add(file.path(), file.origin(), file.linkLines(),
                    HtmlLinks.scan(file.bytes(), this::shared));
        }
    }

    private String shared(String value) {
        String known = values.putIfAbsent(value, value);
        return known != null ? known : value;
    }

    /** A page with the same bytes as in the build {@code previous} came from. Thread-safe. */
    public void keep(String path, String origin, Map<String, Integer> linkLines) {
        if (unique(path, origin) && path.endsWith(".html")) {
            HtmlLinks.Found known = previous.found().get(path);
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
        pages.put(path, new PageLinks(path, origin, scan.links(), linkLines));
    }

    /** What this build found, for the next build; only after {@link #verify}. */
    public Memo memo() {
        if (inbound == null) {
            throw new IllegalStateException("the links were not verified");
        }
        return new Memo(Map.copyOf(found), Set.copyOf(paths), Map.copyOf(inbound), Set.copyOf(troubled), rules);
    }

    /** The site must have {@code path}, or {@code pos} is wrong about it. */
    public void require(String path, SourcePos pos, String what) {
        required.add(new Required(path, pos, what));
    }

    /**
     * Reports each broken link at the project file its page came from, then every orphan page. When
     * the site has the same files as the last build, and the pages written again the same ids, a
     * kept page's links go where they went: only the pages written again, and those that had a broken
     * link, are judged, and the count of links into each page is moved by what the pages written
     * again linked to before and link to now.
     */
    public void verify(Diagnostics diags) {
        diags.addAll(duplicates);
        for (Required r : required) {
            if (!paths.contains(r.path())) {
                diags.add(Diagnostic.error(r.pos(), r.what() + " '" + r.path() + "' is not in the built site")
                        .withHint("put the file in templates/assets/ (it is published as assets/...), or give an absolute URL"));
            }
        }
        boolean incremental = sameFilesAndIds();
        Map<String, Integer> into = new HashMap<>();
        if (incremental) {
            into.putAll(previous.inbound());
            for (String path : written) {
                targets(path, previous.found().get(path).links()).forEach(t -> into.merge(t, -1, Integer::sum));
            }
        }
        // each page's links judged in parallel, the problems reported in page order
        List<Judged> judged = pages.values().stream()
                .filter(p -> !incremental || written.contains(p.path()) || previous.troubled().contains(p.path()))
                .sorted(Comparator.comparing(PageLinks::path)).toList().parallelStream().map(this::judge).toList();
        Set<String> broken = new HashSet<>();
        for (Judged j : judged) {
            diags.addAll(j.problems());
            if (!j.problems().isEmpty()) {
                broken.add(j.path());
            }
            if (!incremental || written.contains(j.path())) {
                j.targets().forEach(t -> into.merge(t, 1, Integer::sum));
            }
        }
        into.values().removeIf(n -> n == 0);
        inbound = into;
        troubled = broken;
        pages.keySet().stream().filter(p -> !ROOTS.contains(p) && !into.containsKey(p)).sorted().forEach(p ->
                diags.add(new Diagnostic(severity, SourcePos.file(pages.get(p).origin()), "page " + p
                        + " is not linked from any other page", "link it from a list or a story, or mark it 'draft: true'")));
    }

    /** Whether the last build's verdict stands for the pages this one keeps. */
    private boolean sameFilesAndIds() {
        if (previous.paths().isEmpty() || !previous.rules().equals(rules) || !previous.paths().equals(paths)) {
            return false;
        }
        for (String path : written) {
            HtmlLinks.Found before = previous.found().get(path);
            if (before == null || !before.ids().equals(found.get(path).ids())) {
                return false;
            }
        }
        return true;
    }

    /** A page's broken links, and the other pages it links to. */
    private record Judged(String path, List<Diagnostic> problems, Set<String> targets) {
    }

    private Judged judge(PageLinks page) {
        List<Diagnostic> problems = new ArrayList<>();
        Set<String> targets = new HashSet<>();
        for (String href : page.hrefs()) {
            Target t = target(page.path(), href);
            if (t.problem() != null) {
                problems.add(new Diagnostic(severity, new SourcePos(page.origin(), page.lines().getOrDefault(href, 0)),
                        t.problem() + " (in " + page.path() + ")", t.hint()));
            } else if (t.path() != null && !t.path().equals(page.path())) {
                targets.add(t.path());
            }
        }
        page.lines().entrySet().stream().filter(e -> SafeLinks.isUnsafe(e.getKey()))
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> problems.add(new Diagnostic(severity, new SourcePos(page.origin(), e.getValue()),
                        "unsafe link '" + e.getKey() + "' (in " + page.path() + ")",
                        "only http:, https:, mailto: and relative links are published; it is shown as plain text")));
        return new Judged(page.path(), problems, targets);
    }

    /** The other pages that {@code from}'s links go to. */
    private Set<String> targets(String from, List<String> hrefs) {
        Set<String> targets = new HashSet<>();
        for (String href : hrefs) {
            Target t = target(from, href);
            if (t.path() != null && !t.path().equals(from)) {
                targets.add(t.path());
            }
        }
        return targets;
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
        HtmlLinks.Found targetPage = found.get(target);
        if (!fragment.isEmpty() && targetPage != null && !targetPage.ids().contains(Paths.decode(fragment))) {
            return Target.broken("broken anchor '" + href + "': no id '" + fragment + "' in " + target);
        }
        return new Target(target, null, null);
    }
}
