package dev.explainer.content;

import dev.explainer.diag.Diagnostic;
import dev.explainer.diag.Diagnostics;
import dev.explainer.diag.SourcePos;
import dev.explainer.extract.Slugs;
import dev.explainer.frontmatter.EntityFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

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
     * @param drafts include pages marked {@code draft: true}
     * @param earlier diagnostics of earlier stages; this stage's are added to them
     * @throws dev.explainer.diag.BuildException when any page has an error (with the earlier diagnostics too)
     */
    public static Site load(Path root, boolean drafts, Diagnostics earlier) {
        Diagnostics diags = new Diagnostics();
        try {
            return load(root, drafts, diags, earlier);
        } finally {
            earlier.addAll(diags.list());
        }
    }

    private static Site load(Path root, boolean drafts, Diagnostics diags, Diagnostics earlier) {
        SiteConfig config = SiteConfigReader.read(root, diags);
        List<PageReader.Result> results = files(root).parallelStream().map(p -> read(root, p)).toList();
        List<Page> pages = new ArrayList<>();
        for (PageReader.Result r : results) {
            diags.addAll(r.diagnostics());
            r.page().filter(p -> drafts || !p.draft()).ifPresent(pages::add);
        }
        List<Story> stories = stories(pages);
        checkUrls(pages, stories, diags);
        Explainer explainer = ExplainerBuilder.build(pages, stories, EntityFile.read(root, diags), diags);
        if (diags.hasErrors()) {
            Diagnostics all = new Diagnostics();
            all.addAll(earlier.list());
            all.addAll(diags.list());
            all.throwIfErrors();
        }
        pages.sort(NEWEST_FIRST);
        return new Site(config, pages, stories, explainer);
    }

    private static PageReader.Result read(Path root, Path file) {
        String rel = root.relativize(file).toString().replace('\\', '/');
        try {
            return PageReader.read(rel, new String(Files.readAllBytes(file), StandardCharsets.UTF_8), Set.of());
        } catch (IOException e) {
            return new PageReader.Result(java.util.Optional.empty(),
                    List.of(Diagnostic.error(SourcePos.file(rel), "cannot read: " + e.getMessage())));
        }
    }

    private static List<Path> files(Path root) {
        Path content = root.resolve("content");
        if (!Files.isDirectory(content)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(content)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private static void checkUrls(List<Page> pages, List<Story> stories, Diagnostics diags) {
        Map<String, String> owners = new LinkedHashMap<>();
        owners.put(Urls.home(), "the home page");
        stories.forEach(s -> owners.put(s.url(), "the hub of story '" + s.name() + "'"));
        pages.stream().sorted(Comparator.comparing(Page::file)).forEach(p -> {
            String other = owners.putIfAbsent(p.url(), p.file());
            if (other != null) {
                diags.add(Diagnostic.error(new SourcePos(p.file(), 1), "its URL '" + p.url() + "' is also used by " + other)
                        .withHint("set a different 'slug:' in its front matter"));
            }
        });
    }
}
