package dev.explainer.ingest;

import dev.explainer.diag.Diagnostic;
import dev.explainer.diag.SourcePos;
import dev.explainer.frontmatter.FileSum;
import dev.explainer.frontmatter.TextFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * seeds/**.txt -> content/**.md. Idempotent (an unchanged seed rewrites nothing) and careful with
 * editors' work: a page edited since it was generated is kept unless {@code force} is set.
 *
 * <p>A page records what it was made from: its seed's hash ({@code seed_hash}) and the extraction's
 * inputs ({@code extraction_key}: {@link #REVISION} and what {@code entities.yaml} teaches). A page
 * that still has the text ingest gave it, made from the same seed and inputs, is up to date without
 * extracting again, so a build on a fresh clone (or in CI) extracts only the seeds that changed.
 */
public final class Ingester {
    /**
     * The revision of what ingest makes of a seed. Bump it whenever extraction or page formatting
     * changes, so every generated page is made again; {@code CommittedSiteTest} fails until it is.
     */
    static final int REVISION = 5;
    static final String KEY = "extraction_key";

    private final PageFormatter formatter = new PageFormatter();
    private final Function<Article, Map<String, Object>> explain;
    private final String extractionKey;
    private final Function<String, String> seedKey;
    private final IngestMemo memo;

    /** @param explain the explainer fields extracted from an article, added to its front matter */
    public Ingester(Function<Article, Map<String, Object>> explain) {
        this(explain, "", seed -> "", new IngestMemo());
    }

    /**
     * @param explainKey names everything {@code explain} depends on besides the article
     * @param seedKey    names what {@code explain} depends on for one seed alone (the editor's decisions on it)
     * @param memo       the seeds earlier runs parsed
     */
    public Ingester(Function<Article, Map<String, Object>> explain, String explainKey, Function<String, String> seedKey,
                    IngestMemo memo) {
        this.explain = explain;
        this.extractionKey = ContentHash.sha256((REVISION + "\n" + explainKey).getBytes(StandardCharsets.UTF_8));
        this.seedKey = seedKey;
        this.memo = memo;
    }

    /** The extraction key of one seed's page: the common one, with the seed's own inputs when it has any. */
    private String keyFor(String seed) {
        String own = seedKey.apply(seed);
        return own.isEmpty() ? extractionKey : ContentHash.sha256((extractionKey + "\n" + own).getBytes(StandardCharsets.UTF_8));
    }

    /** @param dryRun decide and report everything, but write and delete nothing */
    public IngestReport run(Path root, boolean force, boolean dryRun) {
        return run(root, (seed, page) -> force, dryRun);
    }

    /** Which seeds' pages to regenerate even when edited by hand: asked with the seed's path and its page's (or null). */
    public interface Force {
        boolean test(String seed, String page);
    }

    /** @param force the pages to regenerate even when they were edited by hand */
    public IngestReport run(Path root, Force force, boolean dryRun) {
        List<Diagnostic> diags = new ArrayList<>();
        Seeds.Found found = Seeds.find(root, memo.listed());
        List<Path> seeds = found.seeds();
        ContentIndex index = ContentIndex.scan(root, memo);
        // parse, extract and format in parallel; decide and write in seed order
        List<Prepared> prepared = seeds.parallelStream().map(s -> prepare(root, s, found.sidecars(), index, force)).toList();
        Map<String, String> claimed = new HashMap<>();
        Map<String, String> written = new LinkedHashMap<>();
        List<String> kept = new ArrayList<>();
        Set<String> removed = new HashSet<>();
        int unchanged = 0;
        memo.retain(seeds.stream().map(seed -> relative(root, seed)).collect(Collectors.toSet()));
        for (Prepared p : prepared) {
            diags.addAll(p.known().diagnostics());
            if (p.known().claim() == null) {
                continue;
            }
            IngestMemo.Claim a = p.known().claim();
            String owner = claimed.putIfAbsent(p.target(), a.seed());
            // a page this run removed (or in a dry run would remove) frees its path
            boolean taken = index.has(p.target()) && !removed.contains(p.target());
            if (owner != null) {
                diags.add(collision(a, owner));
            } else if (p.existing() == null) {
                if (taken) {
                    diags.add(collision(a, p.target()));
                } else {
                    written.put(p.target(), p.text());
                }
            } else if (p.same()) {
                unchanged++;
            } else if (p.text() == null) {
                kept.add(p.existing());
            } else if (!force.test(a.seed(), p.existing()) && !p.untouched()) {
                SeedMerge.Result merged = p.existing().equals(p.target())
                        ? SeedMerge.merge(TextFiles.decode(p.existing(), ContentIndex.bytes(root.resolve(p.existing())))
                                .text().orElse(""), p.text())
                        : new SeedMerge.Result(null, List.of(), List.of());
                if (merged.text() != null) {
                    // the seed's changes to the fields the editor left alone; the editor's own changes stay
                    written.put(p.existing(), merged.text());
                    if (!merged.kept().isEmpty()) {
                        diags.add(Diagnostic.warning(SourcePos.file(p.existing()), "kept the hand edits to "
                                + quoted(merged.kept()) + "; " + a.seed() + " changed " + (merged.kept().size() > 1 ? "them" : "it")
                                + " too, and that change was not taken").withHint("merge it by hand, or run 'explainer ingest"
                                + " --force " + p.existing() + "' to regenerate the page"));
                    }
                    continue;
                }
                kept.add(p.existing());
                diags.add(Diagnostic.warning(SourcePos.file(p.existing()),
                        "kept the hand edits; " + a.seed() + " changed since this page was generated")
                        .withHint("merge the change by hand, or run 'explainer ingest --force " + p.existing() + "' to regenerate the page"));
            } else if (!p.existing().equals(p.target()) && taken) {
                // the seed's new slug is taken: never overwrite another page
                diags.add(collision(a, p.target()));
            } else {
                if (!p.existing().equals(p.target())) {
                    removed.add(p.existing());
                }
                written.put(p.target(), p.text());
            }
        }
        // what was read of these pages is no longer what they hold
        memo.forgetPages(written.keySet());
        memo.forgetPages(removed);
        if (!dryRun) {
            // decided in seed order above; the files themselves are independent: moved pages' old
            // files go first (a new page may take a freed path), then every page is written at once
            removed.stream().filter(path -> !written.containsKey(path)).forEach(path -> delete(root.resolve(path)));
            written.keySet().stream().map(path -> root.resolve(path).getParent()).distinct().forEach(Ingester::createDirectories);
            written.entrySet().parallelStream().map(w -> write(root, w.getKey(), w.getValue())).flatMap(Optional::stream)
                    .sorted(Diagnostic.ORDER).forEachOrdered(diags::add);
        }
        index.orphans(seeds.stream().map(s -> relative(root, s)).collect(Collectors.toSet()))
                .forEach(page -> diags.add(Diagnostic.warning(SourcePos.file(page),
                        "its seed no longer exists; the page is kept as written by hand")
                        .withHint("delete the page to remove the article, or remove its 'seed:' line")));
        return new IngestReport(List.copyOf(written.keySet()), unchanged, kept, diags, dryRun ? written : Map.of(), removed);
    }

    /**
     * One seed, read and (when needed) turned into page text.
     *
     * @param existing  the path of the seed's page, or null when it has none
     * @param text      the page text to write, or null when there is none to write: the page is up to
     *                  date ({@code same}), or edited by hand and its seed has not changed since
     * @param same      the page already has the text the seed makes
     * @param untouched the page still has the text ingest gave it
     */
    private record Prepared(IngestMemo.Known known, String target, String existing, String text, boolean same,
                            boolean untouched) {
    }

    private Prepared prepare(Path root, Path seed, Set<Path> sidecars, ContentIndex index, Force forced) {
        String path = relative(root, seed);
        Path sidecarFile = Seeds.sidecar(seed);
        boolean hasSidecar = sidecars.contains(sidecarFile);
        IngestMemo.Known known = memo.unchanged(path, relative(root, sidecarFile), hasSidecar);
        Source source = null;
        Article parsed = null;
        if (known == null) {
            try {
                source = Source.read(root, seed, hasSidecar ? sidecarFile : null);
            } catch (IOException e) {
                return unreadable(path, e);
            }
            FileSum seedSum = FileSum.of(source.seed());
            FileSum sidecarSum = hasSidecar ? FileSum.of(source.sidecar()) : null;
            known = memo.get(path, source.hash(), seedSum, sidecarSum);
            if (known == null) {
                SeedParser.Result result = parse(root, path, source, sidecarFile);
                parsed = result.article().orElse(null);
                known = new IngestMemo.Known(source.hash(), seedSum, sidecarSum, result.diagnostics(),
                        parsed == null ? null : IngestMemo.Claim.of(parsed));
                memo.put(path, known);
            }
        }
        if (known.claim() == null) {
            return new Prepared(known, null, null, null, false, false);
        }
        String target = known.claim().target();
        String existing = index.pageOf(path).orElse(null);
        IngestMemo.PageFacts page = existing == null ? null : memo.page(existing);
        boolean force = forced.test(path, existing);
        if (!force && page != null && page.seedHashes().contains(known.seedHash())) {
            if (!page.untouched()) {
                // the editor's page stays as it is: no need to extract what would not be written
                return new Prepared(known, target, existing, null, false, false);
            }
            if (existing.equals(target) && page.keys().contains(keyFor(path))) {
                // what the same seed and extraction made: up to date, no need to extract again
                return new Prepared(known, target, existing, null, true, true);
            }
        }
        if (parsed == null) {
            try {
                source = source != null ? source : Source.read(root, seed, hasSidecar ? sidecarFile : null);
            } catch (IOException e) {
                return unreadable(path, e);
            }
            parsed = parse(root, path, source, sidecarFile).article().orElseThrow();
        }
        String text = formatter.format(parsed, keyFor(path), explain.apply(parsed));
        if (existing == null) {
            return new Prepared(known, target, null, text, false, true);
        }
        byte[] bytes = ContentIndex.bytes(root.resolve(existing));
        boolean same = new String(bytes, StandardCharsets.UTF_8).equals(text);
        return new Prepared(known, target, existing, text, same, same || ContentHash.untouched(bytes));
    }

    private static Prepared unreadable(String path, IOException e) {
        List<Diagnostic> error = List.of(TextFiles.unreadable(path, e).error().orElseThrow());
        return new Prepared(new IngestMemo.Known(null, null, null, error, null), null, null, null, false, false);
    }

    /** A seed's bytes and its sidecar's (empty when it has none). */
    private record Source(byte[] seed, byte[] sidecar) {
        static Source read(Path root, Path seed, Path sidecar) throws IOException {
            Path seeds = root.resolve("seeds");
            return new Source(TextFiles.bytes(seeds, seed), sidecar == null ? new byte[0] : TextFiles.bytes(seeds, sidecar));
        }

        String hash() {
            return seedHash(seed, sidecar);
        }
    }

    /** The hash of a seed's bytes and its sidecar's, which its page records ({@code seed_hash}). */
    private static String seedHash(byte[] bytes, byte[] sidecar) {
        byte[] both = new byte[bytes.length + sidecar.length];
        System.arraycopy(bytes, 0, both, 0, bytes.length);
        System.arraycopy(sidecar, 0, both, bytes.length, sidecar.length);
        return ContentHash.sha256(both);
    }

    private static SeedParser.Result parse(Path root, String path, Source source, Path sidecarFile) {
        byte[] bytes = source.seed();
        byte[] sidecar = source.sidecar();
        List<Diagnostic> diags = new ArrayList<>();
        TextFiles.Text sidecarText = TextFiles.decode(relative(root, sidecarFile), sidecar);
        sidecarText.error().ifPresent(diags::add);
        List<MetaField> meta = Sidecar.read(relative(root, sidecarFile), sidecarText.text().orElse(""), diags);
        if (diags.stream().anyMatch(Diagnostic::isError)) {
            return new SeedParser.Result(Optional.empty(), diags);
        }
        SeedText.Decoded decoded = SeedText.decode(path, bytes);
        if (decoded.error().isPresent()) {
            diags.add(decoded.error().get());
            return new SeedParser.Result(Optional.empty(), diags);
        }
        SeedParser.Result result = SeedParser.parse(path, source.hash(), decoded.text().get(), meta);
        diags.addAll(result.diagnostics());
        return new SeedParser.Result(result.article(), diags);
    }

    private static String quoted(List<String> fields) {
        return fields.stream().map(f -> "'" + f + "'").collect(Collectors.joining(", "));
    }

    private static Diagnostic collision(IngestMemo.Claim a, String other) {
        return Diagnostic.error(new SourcePos(a.seed(), a.line()), "slug '" + a.slug() + "'"
                + (a.story() == null ? "" : " in story '" + a.story() + "'") + " is already used by " + other)
                .withHint("give one of them its own slug with a 'Slug: ...' line above the headline");
    }

    static String relative(Path root, Path p) {
        // a seed's path starts with the root's: taken apart as text, as Path.relativize costs a build 40 MB at 10,000 seeds
        String base = root.toString();
        String path = p.toString();
        if (!base.isEmpty() && path.length() > base.length() + 1 && path.startsWith(base)
                && path.charAt(base.length()) == p.getFileSystem().getSeparator().charAt(0)) {
            return path.substring(base.length() + 1).replace('\\', '/');
        }
        return root.relativize(p).toString().replace('\\', '/');
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Write beside the target, then rename: a crash never leaves a half-written page. A page that
     * cannot be written (a full disk) stays as it was, and is an error.
     */
    private static Optional<Diagnostic> write(Path root, String target, String text) {
        Path file = root.resolve(target);
        // not createTempFile: its files are private, while a new file honours the umask editors set
        Path tmp = file.resolveSibling(".ingest-" + UUID.randomUUID() + ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            if (Files.exists(file) && Files.getFileStore(file).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(file));
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            return Optional.empty();
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the disk refuses even that: the next ingest's write replaces it
            }
            return Optional.of(Diagnostic.error(SourcePos.file(target), "cannot write: " + TextFiles.reason(e)
                    + "; the page stays as it was"));
        }
    }
}
