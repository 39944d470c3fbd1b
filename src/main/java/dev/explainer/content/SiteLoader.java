package dev.explainer.content;

import dev.explainer.diag.Diagnostic;
import dev.explainer.diag.Diagnostics;
import dev.explainer.diag.SourcePos;
import dev.explainer.extract.EntityKind;
import dev.explainer.extract.Slugs;
import dev.explainer.frontmatter.EntityFile;
import dev.explainer.frontmatter.TextFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        TextFiles.Text text = TextFiles.read(file, rel);
        if (text.error().isPresent()) {
            return new PageReader.Result(Optional.empty(), List.of(text.error().get()));
        }
        return PageReader.read(rel, text.text().get());
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

    /** Every URL has one owner: a page, a story's hub or one of its parts, or the site itself. */
    private static void checkUrls(List<Page> pages, List<Story> stories, Diagnostics diags) {
        Map<String, String> owners = new LinkedHashMap<>();
        for (String url : List.of(Urls.home(), Urls.archive(), Urls.glossary())) {
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
