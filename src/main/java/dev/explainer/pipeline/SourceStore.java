package dev.explainer.pipeline;

import dev.explainer.content.Facts;
import dev.explainer.content.Mention;
import dev.explainer.content.Moment;
import dev.explainer.content.Page;
import dev.explainer.content.PageMemo;
import dev.explainer.content.Said;
import dev.explainer.content.Term;
import dev.explainer.diag.Diagnostic;
import dev.explainer.diag.Severity;
import dev.explainer.diag.SourcePos;
import dev.explainer.ingest.IngestMemo;
import dev.explainer.extract.EntityKind;
import dev.explainer.frontmatter.FileSum;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The seeds and content pages as the last build read them ({@link IngestMemo}, {@link PageMemo}, with
 * the explainer index made from them: {@link ExplainerStore}),
 * written to the build cache in a compact binary form: a build in a new process parses only the seeds
 * and pages whose text changed, where parsing them all again costs seconds on a large archive.
 */
final class SourceStore {
    /** The memos read back. */
    record Read(IngestMemo seeds, PageMemo pages) {
    }

    private SourceStore() {
    }

    static void write(IngestMemo seeds, PageMemo pages, CacheOut out) {
        StringTable.Writer strings = new StringTable.Writer(out);
        Map<String, IngestMemo.Known> known = seeds.saved();
        out.writeInt(known.size());
        for (var e : known.entrySet()) {
            IngestMemo.Known k = e.getValue();
            strings.write(e.getKey());
            strings.write(k.seedHash());
            sum(k.seed(), out);
            sum(k.sidecar(), out);
            diagnostics(k.diagnostics(), out, strings);
            out.writeBoolean(k.claim() != null);
            if (k.claim() != null) {
                strings.write(k.claim().seed());
                out.writeInt(k.claim().line());
                strings.write(k.claim().slug());
                strings.writeNullable(k.claim().story());
            }
        }
        Map<String, IngestMemo.PageFacts> facts = seeds.pages();
        out.writeInt(facts.size());
        for (var e : facts.entrySet()) {
            IngestMemo.PageFacts f = e.getValue();
            strings.write(e.getKey());
            sum(f.sum(), out);
            strings.writeNullable(f.seed());
            out.writeBoolean(f.untouched());
            strings.writeAll(f.seedHashes());
            strings.writeAll(f.keys());
        }
        Map<String, PageMemo.Saved> saved = pages.saved();
        out.writeInt(saved.size());
        for (var e : saved.entrySet()) {
            PageMemo.Saved s = e.getValue();
            strings.write(e.getKey());
            sum(s.sum(), out);
            strings.write(s.zone().getId());
            out.writeBoolean(s.page() != null);
            if (s.page() != null) {
                page(s.page(), out, strings);
            }
            diagnostics(s.diagnostics(), out, strings);
        }
        PageMemo.Built built = pages.built();
        out.writeBoolean(built != null);
        if (built != null) {
            ExplainerStore.write(built, out, strings);
        }
    }

    static Read read(CacheIn in) {
        StringTable.Reader strings = new StringTable.Reader(in);
        Map<String, IngestMemo.Known> known = new HashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            String path = strings.read();
            String seedHash = strings.read();
            FileSum seed = sum(in);
            FileSum sidecar = sum(in);
            List<Diagnostic> diagnostics = diagnostics(in, strings);
            IngestMemo.Claim claim = in.readBoolean()
                    ? new IngestMemo.Claim(strings.read(), in.readInt(), strings.read(), strings.readNullable()) : null;
            known.put(path, new IngestMemo.Known(seedHash, seed, sidecar, diagnostics, claim));
        }
        Map<String, IngestMemo.PageFacts> facts = new HashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            String path = strings.read();
            facts.put(path, new IngestMemo.PageFacts(sum(in), strings.readNullable(), in.readBoolean(), Set.copyOf(strings.readAll()),
                    Set.copyOf(strings.readAll())));
        }
        Map<String, PageMemo.Saved> saved = new HashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            String file = strings.read();
            FileSum sum = sum(in);
            ZoneId zone = ZoneId.of(strings.read());
            Page page = in.readBoolean() ? page(in, strings) : null;
            saved.put(file, new PageMemo.Saved(sum, zone, page, diagnostics(in, strings)));
        }
        Map<String, Page> byFile = new HashMap<>();
        saved.values().stream().map(PageMemo.Saved::page).filter(Objects::nonNull).forEach(p -> byFile.put(p.file(), p));
        PageMemo.Built built = in.readBoolean() ? ExplainerStore.read(in, strings, byFile) : null;
        return new Read(new IngestMemo(known, facts), new PageMemo(saved, built));
    }

    /** A size and checksum, or null (written as size -1). */
    private static void sum(FileSum sum, CacheOut out) {
        out.writeLong(sum == null ? -1 : sum.size());
        out.writeLong(sum == null ? 0 : sum.sum());
    }

    private static FileSum sum(CacheIn in) {
        long size = in.readLong();
        long sum = in.readLong();
        return size < 0 ? null : new FileSum(size, sum);
    }

    static void diagnostics(List<Diagnostic> diagnostics, CacheOut out, StringTable.Writer strings) {
        out.writeInt(diagnostics.size());
        for (Diagnostic d : diagnostics) {
            strings.write(d.severity().name());
            pos(d.pos(), out, strings);
            strings.write(d.message());
            strings.writeNullable(d.hint());
        }
    }

    static List<Diagnostic> diagnostics(CacheIn in, StringTable.Reader strings) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (int k = in.readInt(); k > 0; k--) {
            diagnostics.add(new Diagnostic(Severity.valueOf(strings.read()), pos(in, strings), strings.read(),
                    strings.readNullable()));
        }
        return diagnostics;
    }

    private static void page(Page p, CacheOut out, StringTable.Writer strings) {
        strings.write(p.file());
        out.writeInt(p.bodyLine());
        for (String s : new String[] {p.title(), p.slug(), p.story(), p.summary(), p.author(), p.source(), p.dateline(), p.url()}) {
            strings.writeNullable(s);
        }
        out.writeLong(p.date() == null ? Long.MIN_VALUE : p.date().toEpochDay());
        time(p.published(), out);
        time(p.updated(), out);
        out.writeBoolean(p.expires() != null);
        if (p.expires() != null) {
            out.writeLong(p.expires().getEpochSecond());
            out.writeInt(p.expires().getNano());
        }
        out.writeBoolean(p.draft());
        out.writeBoolean(p.standalone());
        out.writeInt(p.lines().slug());
        out.writeInt(p.lines().story());
        Facts f = p.facts();
        out.writeInt(f.entities().size());
        for (Mention m : f.entities()) {
            strings.write(m.id());
            strings.write(m.name());
            strings.write(m.kind().name());
            strings.writeNullable(m.role());
            out.writeInt(m.aliases().size());
            for (String alias : m.aliases()) {
                strings.write(alias);
            }
            pos(m.pos(), out, strings);
        }
        out.writeInt(f.quotes().size());
        for (Said s : f.quotes()) {
            strings.write(s.text());
            strings.writeNullable(s.speaker());
            pos(s.pos(), out, strings);
        }
        out.writeInt(f.glossary().size());
        for (Term t : f.glossary()) {
            strings.write(t.term());
            strings.write(t.definition());
        }
        out.writeInt(f.timeline().size());
        for (Moment m : f.timeline()) {
            strings.write(m.when());
            out.writeLong(m.date() == null ? Long.MIN_VALUE : m.date().toEpochDay());
            strings.write(m.event());
        }
    }

    private static Page page(CacheIn in, StringTable.Reader strings) {
        String file = strings.read();
        int bodyLine = in.readInt();
        String title = strings.readNullable();
        String slug = strings.readNullable();
        String story = strings.readNullable();
        String summary = strings.readNullable();
        String author = strings.readNullable();
        String source = strings.readNullable();
        String dateline = strings.readNullable();
        String url = strings.readNullable();
        LocalDate date = date(in.readLong());
        OffsetDateTime published = time(in);
        OffsetDateTime updated = time(in);
        Instant expires = in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
        boolean draft = in.readBoolean();
        boolean standalone = in.readBoolean();
        Page.Lines lines = new Page.Lines(in.readInt(), in.readInt());
        List<Mention> entities = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            String id = strings.read();
            String name = strings.read();
            EntityKind kind = EntityKind.valueOf(strings.read());
            String role = strings.readNullable();
            List<String> aliases = new ArrayList<>();
            for (int k = in.readInt(); k > 0; k--) {
                aliases.add(strings.read());
            }
            entities.add(new Mention(id, name, kind, role, aliases, pos(in, strings)));
        }
        List<Said> quotes = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            quotes.add(new Said(strings.read(), strings.readNullable(), pos(in, strings)));
        }
        List<Term> glossary = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            glossary.add(new Term(strings.read(), strings.read()));
        }
        List<Moment> timeline = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            timeline.add(new Moment(strings.read(), date(in.readLong()), strings.read()));
        }
        return new Page(file, bodyLine, title, slug, story, summary, date, published, updated, expires, author, source,
                dateline, draft, standalone, url, new Facts(entities, quotes, glossary, timeline), lines);
    }

    private static void time(OffsetDateTime t, CacheOut out) {
        out.writeBoolean(t != null);
        if (t != null) {
            out.writeLong(t.toEpochSecond());
            out.writeInt(t.getNano());
            out.writeInt(t.getOffset().getTotalSeconds());
        }
    }

    private static OffsetDateTime time(CacheIn in) {
        if (!in.readBoolean()) {
            return null;
        }
        Instant instant = Instant.ofEpochSecond(in.readLong(), in.readInt());
        return OffsetDateTime.ofInstant(instant, ZoneOffset.ofTotalSeconds(in.readInt()));
    }

    static LocalDate date(long epochDay) {
        return epochDay == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(epochDay);
    }

    private static void pos(SourcePos pos, CacheOut out, StringTable.Writer strings) {
        strings.write(pos.path());
        out.writeInt(pos.line());
    }

    private static SourcePos pos(CacheIn in, StringTable.Reader strings) {
        return new SourcePos(strings.read(), in.readInt());
    }
}
