package dev.explainer.pipeline;

import dev.explainer.check.HtmlLinks;
import dev.explainer.check.LinkChecker;
import dev.explainer.render.RenderMemo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The render and link memos on disk: a whole file ({@code memos}, 17 MB at 10,000 articles), and
 * beside it the entries that changed since it was written ({@code memos-changes}). A build that
 * changes a few pages writes only the second, so an edit does not write again what every kept page
 * links to; once a sixteenth of the entries have changed the whole file is written again. Each file
 * names the state it goes with, so a crash between writes leaves memos that no state names, not wrong ones.
 * Both are written alike: the whole file is the changes from no memos at all.
 */
final class MemoStore {
    static final String WHOLE = "memos";
    static final String CHANGED = "memos-changes";

    private MemoStore() {
    }

    record Memos(RenderMemo render, LinkChecker.Memo links) {
        static final Memos NONE = new Memos(RenderMemo.EMPTY, LinkChecker.Memo.EMPTY);
    }

    /**
     * @param memos  the memos of the state that asked for them
     * @param baseId the state the whole file was written with
     * @param base   what the whole file holds, which the next changes are counted from
     */
    record Read(Memos memos, String baseId, Memos base) {
    }

    /** The memos written with the state {@code id}; null when missing, broken or from another state. */
    static Read read(Path dir, String magic, String id) {
        try {
            String baseId;
            Memos base;
            try (CacheIn in = CacheIn.open(dir.resolve(WHOLE))) {
                if (!in.readText().equals(magic)) {
                    return null;
                }
                baseId = in.readText();
                base = changed(new StringTable.Reader(in), in, Memos.NONE);
            }
            if (baseId.equals(id)) {
                return new Read(base, baseId, base);
            }
            try (CacheIn in = CacheIn.open(dir.resolve(CHANGED))) {
                if (!in.readText().equals(magic) || !in.readText().equals(baseId) || !in.readText().equals(id)) {
                    return null;
                }
                return new Read(changed(new StringTable.Reader(in), in, base), baseId, base);
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Writes the memos of the state {@code id}: only what changed since the whole file that {@code last}
     * came from, when that is little.
     */
    static void write(Path dir, String magic, String id, Memos now, Read last) throws IOException {
        Changes changes = last == null ? null : Changes.of(last.base(), now, true);
        if (changes != null) {
            BuildCache.write(dir.resolve(CHANGED), out -> {
                out.writeText(magic);
                out.writeText(last.baseId());
                out.writeText(id);
                writeChanges(new StringTable.Writer(out), out, last.base(), now, changes);
            });
            return;
        }
        BuildCache.write(dir.resolve(WHOLE), out -> {
            out.writeText(magic);
            out.writeText(id);
            writeChanges(new StringTable.Writer(out), out, Memos.NONE, now, Changes.of(Memos.NONE, now, false));
        });
        Files.deleteIfExists(dir.resolve(CHANGED));
    }

    /** The keys whose entries changed in each keyed memo, and those gone from it. */
    private record Changes(Diff entries, Diff pageKeys, Diff found, Diff inbound) {
        /**
         * The changes; when {@code limited}, null once they are more than a sixteenth of the entries:
         * then the whole file is cheaper.
         */
        static Changes of(Memos base, Memos now, boolean limited) {
            List<Map<String, ?>> before = List.of(base.render().entries(), base.render().pageKeys(), base.links().found(),
                    base.links().inbound());
            List<Map<String, ?>> after = List.of(now.render().entries(), now.render().pageKeys(), now.links().found(),
                    now.links().inbound());
            int limit = limited ? before.stream().mapToInt(Map::size).sum() / 16 : Integer.MAX_VALUE;
            List<Diff> diffs = new ArrayList<>();
            int total = 0;
            for (int i = 0; i < before.size() && total <= limit; i++) {
                diffs.add(Diff.of(before.get(i), after.get(i)));
                total += diffs.get(i).size();
            }
            return total > limit ? null : new Changes(diffs.get(0), diffs.get(1), diffs.get(2), diffs.get(3));
        }
    }

    /** The keys of a memo whose value is new or changed, and those it no longer has. */
    private record Diff(List<String> changed, List<String> gone) {
        /** The same object in both maps is the common case: a kept page keeps its entry. */
        static Diff of(Map<String, ?> base, Map<String, ?> now) {
            List<String> changed = new ArrayList<>();
            int[] kept = {0};
            now.forEach((key, value) -> {
                Object before = base.get(key);
                if (before != null) {
                    kept[0]++;
                }
                if (before != value && !value.equals(before)) {
                    changed.add(key);
                }
            });
            List<String> gone = new ArrayList<>();
            if (kept[0] < base.size()) {
                base.keySet().stream().filter(key -> !now.containsKey(key)).forEach(gone::add);
            }
            return new Diff(changed, gone);
        }

        int size() {
            return changed.size() + gone.size();
        }
    }

    private static void writeChanges(StringTable.Writer strings, CacheOut out, Memos base, Memos now, Changes changes) {
        RenderMemo render = now.render();
        LinkChecker.Memo links = now.links();
        strings.writeNullable(render.modelKey());
        writeChangedMap(out, strings, changes.entries(), render.entries(), e -> entry(strings, e));
        writeChangedMap(out, strings, changes.pageKeys(), render.pageKeys(), k -> pageKey(strings, k));
        writeMap(out, strings, render.modelFiles(), strings::write);
        writeChangedMap(out, strings, changes.found(), links.found(), f -> found(strings, f));
        boolean samePaths = base.links().paths().equals(links.paths());
        out.writeBoolean(samePaths);
        if (!samePaths) {
            strings.writeAll(links.paths());
        }
        writeChangedMap(out, strings, changes.inbound(), links.inbound(), out::writeInt);
        strings.writeAll(links.troubled());
        strings.write(links.rules());
    }

    private static Memos changed(StringTable.Reader strings, CacheIn in, Memos base) {
        String modelKey = strings.readNullable();
        Map<String, RenderMemo.Entry> render = readChangedMap(in, strings, base.render().entries(), () -> entry(strings));
        Map<String, RenderMemo.PageKey> pageKeys = readChangedMap(in, strings, base.render().pageKeys(),
                () -> new RenderMemo.PageKey(strings.read(), strings.read()));
        Map<String, String> modelFiles = readMap(in, strings, strings::read);
        Map<String, HtmlLinks.Found> found = readChangedMap(in, strings, base.links().found(), () -> found(strings));
        Set<String> paths = in.readBoolean() ? base.links().paths() : Set.copyOf(strings.readAll());
        Map<String, Integer> inbound = readChangedMap(in, strings, base.links().inbound(), in::readInt);
        Set<String> troubled = Set.copyOf(strings.readAll());
        LinkChecker.Memo links = new LinkChecker.Memo(found, paths, inbound, troubled, strings.read());
        return new Memos(RenderMemo.of(render, modelKey, pageKeys, modelFiles), links);
    }

    /** The entries of {@code now} that are new or changed, then the keys it no longer has. */
    private static <V> void writeChangedMap(CacheOut out, StringTable.Writer strings, Diff diff, Map<String, V> now,
                                            Consumer<V> value) {
        out.writeInt(diff.changed().size());
        for (String key : diff.changed()) {
            strings.write(key);
            value.accept(now.get(key));
        }
        strings.writeAll(diff.gone());
    }

    private static <V> Map<String, V> readChangedMap(CacheIn in, StringTable.Reader strings, Map<String, V> base,
                                                     Supplier<V> value) {
        Map<String, V> map = new HashMap<>(base);
        map.putAll(readMap(in, strings, value));
        strings.readAll().forEach(map::remove);
        return map;
    }

    private static <V> void writeMap(CacheOut out, StringTable.Writer strings, Map<String, V> map,
                                     Consumer<V> value) {
        out.writeInt(map.size());
        map.forEach((key, v) -> {
            strings.write(key);
            value.accept(v);
        });
    }

    /** What {@link #writeMap} wrote, in its order. */
    private static <V> Map<String, V> readMap(CacheIn in, StringTable.Reader strings, Supplier<V> value) {
        int n = in.readInt();
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            map.put(strings.read(), value.get());
        }
        return map;
    }

    private static RenderMemo.Entry entry(StringTable.Reader strings) {
        String key = strings.read();
        Map<String, Integer> lines = readMap(strings.in(), strings, strings.in()::readInt);
        return new RenderMemo.Entry(key, lines, strings.readNullable(), strings.readNullable());
    }

    private static void entry(StringTable.Writer strings, RenderMemo.Entry e) {
        strings.write(e.key());
        writeMap(strings.out(), strings, e.linkLines(), strings.out()::writeInt);
        strings.writeNullable(e.body());
        strings.writeNullable(e.origin());
    }

    private static void pageKey(StringTable.Writer strings, RenderMemo.PageKey k) {
        strings.write(k.version());
        strings.write(k.key());
    }

    /** A page's links in document order, then its ids. */
    private static HtmlLinks.Found found(StringTable.Reader strings) {
        return new HtmlLinks.Found(strings.readAll(), Set.copyOf(strings.readAll()));
    }

    private static void found(StringTable.Writer strings, HtmlLinks.Found f) {
        strings.writeAll(f.links());
        strings.writeAll(f.ids());
    }
}
