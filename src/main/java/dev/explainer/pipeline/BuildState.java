package dev.explainer.pipeline;

import dev.explainer.check.LinkChecker;
import dev.explainer.content.PageMemo;
import dev.explainer.frontmatter.FileSum;
import dev.explainer.ingest.IngestMemo;
import dev.explainer.ingest.IngestReport;
import dev.explainer.output.SiteWriter;
import dev.explainer.render.FingerprintKey;
import dev.explainer.render.RenderMemo;
import dev.explainer.render.Templates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What one build leaves for the next, so that a build in the same process ({@code explainer serve}), or
 * the next one through the {@link BuildCache}, redoes only what changed: ingest skips seeds it has
 * seen, the loader skips pages it has parsed, and
 * the renderer keeps the files whose template and data are unchanged. Each build's output equals that
 * of a build from a fresh state; only the work differs.
 */
public final class BuildState {
    final IngestMemo ingest;
    final PageMemo pages;
    /** The key of the fingerprints in the render memo: kept with it, for as long as it is. */
    private final FingerprintKey fingerprintKey;
    /** The render and link memos describe the site now in {@link #output}; they move on only when a build is written. */
    private Path output;
    private RenderMemo render = RenderMemo.EMPTY;
    private LinkChecker.Memo links = LinkChecker.Memo.EMPTY;
    /** What the last build written wrote into {@link #output}: the build cache's record of the site starts from it. */
    private SiteWriter.Written writes = SiteWriter.Written.NONE;
    private String templatesHash;
    private Templates templates;
    /** The sources as the scan before this build found them, and as the last build read them; null before any. */
    private FileManifest scanned;
    private FileManifest lastRead;

    public BuildState() {
        this(new IngestMemo(), new PageMemo(), null, RenderMemo.EMPTY, LinkChecker.Memo.EMPTY, FingerprintKey.random());
    }

    /** A state read back from disk: the seeds and pages as last read, and the site the memos describe (or no site). */
    BuildState(IngestMemo ingest, PageMemo pages, Path output, RenderMemo render, LinkChecker.Memo links,
               FingerprintKey fingerprintKey) {
        this.fingerprintKey = fingerprintKey;
        this.ingest = ingest;
        this.pages = pages;
        this.output = output;
        this.render = render;
        this.links = links;
    }

    /**
     * Before a build in the same process ({@code serve}): looks at the sources as the build cache does,
     * so that ingest and the loader read only the files whose size or time changed since the last
     * build of this state read them, and no stage lists the folders again.
     */
    public void scanSources(Path root) {
        seen(lastRead == null ? FileManifest.scan(sources(root), FileManifest.EMPTY, true)
                : FileManifest.scan(sources(root), lastRead), root);
    }

    /**
     * After that build, what it read: the next scan starts from it. A build that failed leaves the
     * last one's, so the next scan reads again whatever changed since then.
     */
    public void sourcesRead(Path root, IngestReport ingest) {
        read(root, ingest);
    }

    /**
     * Tells the memos the size and checksum each source file has now, as a scan just found them,
     * and every file it found (sorted), so that no stage walks the folders again.
     */
    void seen(FileManifest scan, Path root) {
        scanned = scan;
        Map<String, FileSum> files = scan.sums(root);
        ingest.seen(files, scan.files(root));
        pages.seen(files);
    }

    /**
     * The sources as the build since {@link #seen} read them: ingest's own writes are part of the
     * build, but an editor's save during it must not be taken as built. A file the scan did not read
     * has the checksum of the bytes ingest or the loader read.
     */
    FileManifest read(Path root, IngestReport report) {
        if (scanned == null) {
            throw new IllegalStateException("no scan before the build");
        }
        List<String> written = new ArrayList<>(report.written());
        written.addAll(report.removed());
        Map<String, FileSum> sums = ingest.sums();
        pages.saved().forEach((path, page) -> sums.put(path, page.sum()));
        lastRead = scanned.updated(root, written).filled(root, sums);
        return lastRead;
    }

    static List<Path> sources(Path root) {
        return List.of(root.resolve("seeds"), root.resolve("content"), root.resolve("templates"));
    }

    /** The source files the build cache's scan found, sorted; null when there was no scan. */
    List<String> listed() {
        return ingest.listed();
    }

    FingerprintKey fingerprintKey() {
        return fingerprintKey;
    }

    Path output() {
        return output;
    }

    /** The render memo for a build into {@code target}: empty unless the last build written went there. */
    RenderMemo render(Path target) {
        return target.equals(output) && writes.stillIn(target) ? render : RenderMemo.EMPTY;
    }

    LinkChecker.Memo links(Path target) {
        return target.equals(output) && writes.stillIn(target) ? links : LinkChecker.Memo.EMPTY;
    }

    void written(Path target, RenderMemo render, LinkChecker.Memo links, SiteWriter.Written writes) {
        this.output = target;
        this.render = render;
        this.links = links;
        this.writes = writes;
    }

    /** The files the last build written wrote, and when it put them in place. */
    SiteWriter.Written writes() {
        return writes;
    }

    /** The template engine, built again only when a file under {@code dir} changed (Pebble caches what it parsed). */
    Templates templates(Path dir) {
        String hash = hashTree(dir);
        if (!hash.equals(templatesHash)) {
            templates = new Templates(dir);
            templatesHash = hash;
        }
        return templates;
    }

    /** The hash of the templates folder as {@link #templates} last read it. */
    String templatesHash() {
        return templatesHash;
    }

    private static String hashTree(Path dir) {
        try {
            MessageDigest digest = BuildCache.sha256();
            if (Files.isDirectory(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    for (Path p : walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                        digest.update(dir.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                        digest.update((byte) 0);
                        // a link counts by where it points (a file it may read is in the walk too); a pipe is never read
                        digest.update(Files.isSymbolicLink(p) ? ("-> " + Files.readSymbolicLink(p)).getBytes(StandardCharsets.UTF_8)
                                : Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) ? Files.readAllBytes(p) : new byte[] {1});
                        digest.update((byte) 0);
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
