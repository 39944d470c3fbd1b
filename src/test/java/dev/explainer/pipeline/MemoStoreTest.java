package dev.explainer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explainer.check.HtmlLinks;
import dev.explainer.check.LinkChecker;
import dev.explainer.render.RenderMemo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The memos come back as written, whether from the whole file or through the changes beside it. */
class MemoStoreTest {
    private static final String MAGIC = "test-cache";
    @TempDir
    Path dir;

    @Test
    void changedAddedAndRemovedEntriesComeBackThroughTheChangesFile() throws IOException {
        MemoStore.Memos base = memos(100, Map.of(), Set.of());
        MemoStore.write(dir, MAGIC, "state-1", base, null);
        MemoStore.Read first = MemoStore.read(dir, MAGIC, "state-1");
        assertSame(base, first.memos());
        assertFalse(Files.exists(dir.resolve(MemoStore.CHANGED)));

        // one entry of each kind changed, one added, one removed: a few, so only the changes are written
        MemoStore.Memos next = memos(100, Map.of("p3", "changed", "p100", "added"), Set.of("p7"));
        byte[] whole = Files.readAllBytes(dir.resolve(MemoStore.WHOLE));
        MemoStore.write(dir, MAGIC, "state-2", next, first);
        assertTrue(Files.exists(dir.resolve(MemoStore.CHANGED)));
        assertTrue(Arrays.equals(whole, Files.readAllBytes(dir.resolve(MemoStore.WHOLE))), "the whole file is kept");
        MemoStore.Read second = MemoStore.read(dir, MAGIC, "state-2");
        assertSame(next, second.memos());
        assertTrue(MemoStore.read(dir, MAGIC, "state-9") == null, "the changes name one state: another has no memos");

        // counted from the whole file again, not from the last changes
        MemoStore.Memos third = memos(100, Map.of("p3", "again"), Set.of());
        MemoStore.write(dir, MAGIC, "state-3", third, second);
        assertSame(third, MemoStore.read(dir, MAGIC, "state-3").memos());

        // many changes: the whole file, and no changes beside it
        MemoStore.Memos many = memos(100, Map.of(), Set.of("p1", "p2", "p3", "p4", "p5", "p6", "p8", "p9", "p10", "p11"));
        MemoStore.write(dir, MAGIC, "state-4", many, MemoStore.read(dir, MAGIC, "state-3"));
        assertFalse(Files.exists(dir.resolve(MemoStore.CHANGED)));
        assertSame(many, MemoStore.read(dir, MAGIC, "state-4").memos());
    }

    /** Memos of n pages p0..p(n-1), with some values changed, some pages added by name and some removed. */
    private static MemoStore.Memos memos(int n, Map<String, String> changed, Set<String> removed) {
        Map<String, RenderMemo.Entry> entries = new HashMap<>();
        Map<String, RenderMemo.PageKey> pageKeys = new HashMap<>();
        Map<String, HtmlLinks.Found> found = new HashMap<>();
        Map<String, Integer> inbound = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < n; i++) {
            names.add("p" + i);
        }
        names.addAll(changed.keySet());
        names.removeAll(removed);
        for (String p : names) {
            String v = changed.getOrDefault(p, "v");
            entries.put(p, new RenderMemo.Entry("key " + p + v, Map.of("../" + p + "/", 3), p.hashCode() % 2 == 0 ? null : v,
                    p.hashCode() % 3 == 0 ? null : "content/" + p + ".md"));
            pageKeys.put(p + ".md", new RenderMemo.PageKey("version " + v, "key " + p));
            found.put(p, new HtmlLinks.Found(List.of("../" + v + "/", "#top"), Set.of("top", p + v)));
            inbound.put(p, v.length());
        }
        Map<String, String> modelFiles = new LinkedHashMap<>();
        modelFiles.put("feed.xml", "content/site.yaml");
        modelFiles.put("sitemap.xml", "content/site.yaml");
        return new MemoStore.Memos(RenderMemo.of(entries, changed.isEmpty() ? null : "model", pageKeys, modelFiles),
                new LinkChecker.Memo(found, Set.copyOf(names), inbound, Set.of("p" + removed.size()), "rules"));
    }

    private static void assertSame(MemoStore.Memos expected, MemoStore.Memos actual) {
        assertEquals(expected.render().entries(), actual.render().entries());
        assertEquals(expected.render().pageKeys(), actual.render().pageKeys());
        assertEquals(List.copyOf(expected.render().modelFiles().entrySet()), List.copyOf(actual.render().modelFiles().entrySet()));
        assertEquals(expected.render().modelKey(), actual.render().modelKey());
        assertEquals(expected.links(), actual.links());
    }
}
