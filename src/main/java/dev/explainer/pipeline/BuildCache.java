package dev.explainer.pipeline;

import dev.explainer.check.LinkChecker;
import dev.explainer.content.LeftOut;
import dev.explainer.content.PageMemo;
import dev.explainer.content.Publishing;
import dev.explainer.diag.Diagnostic;
import dev.explainer.diag.Severity;
import dev.explainer.diag.SourcePos;
import dev.explainer.ingest.IngestMemo;
import dev.explainer.ingest.IngestReport;
import dev.explainer.output.SiteWriter;
import dev.explainer.render.FingerprintKey;
import dev.explainer.render.RenderMemo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The build state kept between runs in {@code .cache/explainer/}, so a CI rebuild pays only for what
 * changed: with no source changed and the site as the last build left it, {@code build} writes nothing
 * and returns at once (with the last build's diagnostics, so {@code --strict} fails the same way);
 * otherwise it builds with the memos of the last build, and writes only the files that differ.
 * The cache is safe to delete. It is ignored when it was written by another build of the tool, for
 * another output folder or other options, or when the site on disk is not as the last build left it.
 */
public final class BuildCache {
    static final String DIR = ".cache/explainer";
    private static final String MAGIC = "explainer-cache 10";
    /** How many seeds and pages the sources file may be behind before it is written again. */
    private static final int STALE = 64;

    private BuildCache() {
    }

    /**
     * What the last build saw and left: the key to skip a build, in {@code state}. The memos to continue
     * from are in {@code memos}, read only when a build is needed; {@code id} ties the two files together.
     */
    private record Snapshot(String tool, String options, String id, FingerprintKey key, FileManifest inputs,
                            FileManifest outputs, int pages, int stories, int files, List<Diagnostic> diagnostics,
                            List<LeftOut> leftOut, Instant stableUntil) {
    }

    /**
     * Builds like {@link Pipeline#build(BuildOptions)} (same site, same diagnostics), starting from the
     * state on disk, and leaves the new state there.
     *
     * @param tool names the tool's build: a cache from any other is ignored
     */
    public static BuildReport build(Pipeline pipeline, BuildOptions o, String tool) {
        Stopwatch clock = new Stopwatch();
        Path root = o.root();
        Path output = o.output().toAbsolutePath().normalize();
        // before the scan of the output: '-o /' must be refused at once, not after a walk of the whole disk
        SiteWriter.requireReplaceable(output, root);
        Publishing p = o.publishing();
        String options = String.join("\n", output.toString(), String.valueOf(p.drafts()), String.valueOf(p.future()),
                String.valueOf(p.baseUrl()), p.clock().toString());
        Snapshot last = read(root.resolve(DIR).resolve("state"), tool);
        // the site and the sources are scanned at once: most of the time is waiting for the file system
        CompletableFuture<FileManifest> scanned = CompletableFuture.supplyAsync(() -> last == null ? FileManifest.EMPTY
                : FileManifest.scan(List.of(output), last.outputs()));
        // with no last build, every source is read by the build itself: its checksum is taken from those bytes
        FileManifest before = last == null ? FileManifest.scan(BuildState.sources(root), FileManifest.EMPTY, true)
                : FileManifest.scan(BuildState.sources(root), last.inputs());
        boolean sameInputs = last != null && last.inputs().sameContent(before);
        // a changed source means a build: what it continues from is read while the site is still being scanned
        Path sourcesFile = root.resolve(DIR).resolve("sources");
        CompletableFuture<SourceStore.Read> sourcesRead = sameInputs && !o.force() ? null
                : CompletableFuture.supplyAsync(() -> readSources(sourcesFile, tool), BuildCache::onOwnThread);
        FileManifest site = scanned.join();
        boolean siteAsLeft = last != null && last.options().equals(options) && last.outputs().sameContent(site);
        // on the real clock, time alone changes a site once a page comes out, expires or stops being news
        boolean inTime = p.clock().isFixed() || Instant.now().isBefore(last == null ? Instant.MIN : last.stableUntil());
        if (siteAsLeft && inTime && !o.force() && sameInputs) {
            clock.lap("unchanged");
            IngestReport ingest = new IngestReport(List.of(), 0, List.of(), List.of(), Map.of(), Set.of());
            return new BuildReport(ingest, last.pages(), last.stories(), last.files(), Set.of(), last.diagnostics(),
                    clock.laps(), last.leftOut(), last.stableUntil());
        }
        // the two files the build continues from, read at once: each is mostly decoding
        CompletableFuture<MemoStore.Read> memosRead = CompletableFuture.supplyAsync(() -> siteAsLeft
                ? MemoStore.read(root.resolve(DIR), MAGIC, last.id()) : null);
        SourceStore.Read sources = sourcesRead != null ? sourcesRead.join() : readSources(sourcesFile, tool);
        MemoStore.Read lastMemos = memosRead.join();
        MemoStore.Memos memos = lastMemos == null ? null : lastMemos.memos();
        int seedsRead = sources.seeds().changes();
        int pagesRead = sources.pages().changes();
        int indexRead = sources.pages().indexChanges();
        BuildState state = memos == null
                ? new BuildState(sources.seeds(), sources.pages(), null, RenderMemo.EMPTY, LinkChecker.Memo.EMPTY,
                        FingerprintKey.random())
                : new BuildState(sources.seeds(), sources.pages(), output, memos.render(), memos.links(), last.key());
        state.seen(before, root);
        clock.lap("cache read");
        BuildReport report = pipeline.build(o, state);
        Stopwatch after = new Stopwatch();
        FileManifest inputs = state.read(root, report.ingest());
        // the site as the build left it: only what it wrote or deleted is read again, unless that is most
        // of it; then each file is looked at, and one the build wrote is known by the bytes it wrote
        SiteWriter.Written writes = state.writes();
        FileManifest built = report.changed().size() < report.files() / 2 ? site.swapped(output, report.changed())
                : FileManifest.scan(List.of(output), site, true).filled(output, writes.sums(), writes.committedNanos());
        write(root.resolve(DIR), new Snapshot(tool, options, UUID.randomUUID().toString(), state.fingerprintKey(), inputs,
                built, report.pages(), report.stories(), report.files(), report.diagnostics(), report.leftOut(),
                report.stableUntil()),
                new MemoStore.Memos(state.render(output), state.links(output)), lastMemos);
        // a few entries changed since the file was written are cheaper to read again next time (each
        // file is known by its checksum) than the whole file is to write; a new explainer index is not
        int stale = sources.seeds().changes() - seedsRead + sources.pages().changes() - pagesRead;
        if (sources.pages().indexChanges() != indexRead || stale > STALE) {
            writeSources(root.resolve(DIR).resolve("sources"), tool, sources);
        }
        after.lap("cache write");
        List<BuildReport.Timing> timings = new ArrayList<>(clock.laps());
        timings.addAll(report.timings());
        timings.addAll(after.laps());
        return new BuildReport(report.ingest(), report.pages(), report.stories(), report.files(), report.changed(),
                report.diagnostics(), timings, report.leftOut(), report.stableUntil());
    }

    /** Runs {@code task} on a thread of its own: the common pool's threads are busy scanning the site. */
    private static void onOwnThread(Runnable task) {
        Thread thread = new Thread(task, "explainer-cache-read");
        thread.setDaemon(true);
        thread.start();
    }

    private static Snapshot read(Path file, String tool) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (CacheIn in = CacheIn.open(file)) {
            if (!in.readText().equals(MAGIC) || !in.readText().equals(tool)) {
                return null;
            }
            String options = in.readText();
            String id = in.readText();
            FingerprintKey key = new FingerprintKey(in.readLong(), in.readLong());
            FileManifest inputs = FileManifest.read(in);
            FileManifest outputs = FileManifest.read(in);
            int pages = in.readInt();
            int stories = in.readInt();
            int files = in.readInt();
            List<Diagnostic> diagnostics = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                diagnostics.add(new Diagnostic(Severity.valueOf(in.readText()), new SourcePos(in.readText(), in.readInt()),
                        in.readText(), nullable(in)));
            }
            List<LeftOut> leftOut = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                leftOut.add(new LeftOut(in.readText(), in.readText(), in.readText(), nullable(in)));
            }
            Instant stableUntil = Instant.parse(in.readText());
            return new Snapshot(tool, options, id, key, inputs, outputs, pages, stories, files, diagnostics, leftOut,
                    stableUntil);
        } catch (IOException | RuntimeException e) {
            // unreadable or from an older format: build without it, and replace it
            return null;
        }
    }

    /** The memos first, then the state that names them: a crash between the two leaves memos no state names. */
    private static void write(Path dir, Snapshot s, MemoStore.Memos m, MemoStore.Read last) {
        try {
            Files.createDirectories(dir);
            MemoStore.write(dir, MAGIC, s.id(), m, last);
            write(dir.resolve("state"), out -> {
                for (String t : List.of(MAGIC, s.tool(), s.options(), s.id())) {
                    out.writeText(t);
                }
                out.writeLong(s.key().k0());
                out.writeLong(s.key().k1());
                s.inputs().write(out);
                s.outputs().write(out);
                out.writeInt(s.pages());
                out.writeInt(s.stories());
                out.writeInt(s.files());
                out.writeInt(s.diagnostics().size());
                for (Diagnostic d : s.diagnostics()) {
                    out.writeText(d.severity().name());
                    out.writeText(d.pos().path());
                    out.writeInt(d.pos().line());
                    out.writeText(d.message());
                    out.writeText(d.hint() == null ? "\0" : d.hint());
                }
                out.writeInt(s.leftOut().size());
                for (LeftOut l : s.leftOut()) {
                    out.writeText(l.file());
                    out.writeText(l.url());
                    out.writeText(l.reason());
                    out.writeText(l.option() == null ? "\0" : l.option());
                }
                out.writeText(s.stableUntil().toString());
            });
        } catch (IOException e) {
            // the cache only saves time: a project where it cannot be written (read-only, full disk)
            // still builds, and the next build starts from what is on disk or from nothing
        }
    }

    /** What the last build read; empty memos when there are none, or they are broken or from another tool. */
    private static SourceStore.Read readSources(Path file, String tool) {
        if (Files.isRegularFile(file)) {
            try (CacheIn in = CacheIn.open(file)) {
                if (in.readText().equals(MAGIC) && in.readText().equals(tool)) {
                    return SourceStore.read(in);
                }
            } catch (IOException | RuntimeException e) {
                // build without them, and replace them
            }
        }
        return new SourceStore.Read(new IngestMemo(), new PageMemo());
    }

    private static void writeSources(Path file, String tool, SourceStore.Read sources) {
        try {
            Files.createDirectories(file.getParent());
            write(file, out -> {
                out.writeText(MAGIC);
                out.writeText(tool);
                SourceStore.write(sources.seeds(), sources.pages(), out);
            });
        } catch (IOException e) {
            // as for the state: the cache only saves time
        }
    }

    /** Writes beside {@code file}, then renames: a reader sees the old file or the new one, whole. */
    static void write(Path file, Consumer<CacheOut> writing) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try (CacheOut out = CacheOut.create(tmp)) {
            writing.accept(out);
        } catch (IOException | UncheckedIOException e) {
            Files.deleteIfExists(tmp);
            throw e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String nullable(CacheIn in) {
        String s = in.readText();
        return s.equals("\0") ? null : s;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
