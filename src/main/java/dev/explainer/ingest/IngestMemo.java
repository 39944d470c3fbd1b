package dev.explainer.ingest;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What ingest read, kept between builds by {@code explainer serve}: a seed whose bytes and sidecar
 * are as they were is not parsed again, and a page whose text is as it was is not hashed again to
 * see whether it was edited by hand. (Whether a seed needs extracting again, its page says: see
 * {@link Ingester}.) Memory only.
 */
public final class IngestMemo {
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();
    private final Map<String, Checked> checked = new ConcurrentHashMap<>();

    private record Parsed(byte[] seed, byte[] sidecar, SeedParser.Result result) {
    }

    private record Checked(String text, boolean untouched) {
    }

    /** {@link ContentHash#untouched} of the page at {@code path}, hashed only when its text changed. */
    boolean untouched(String path, String text) {
        Checked c = checked.get(path);
        if (c != null && c.text().equals(text)) {
            return c.untouched();
        }
        boolean untouched = ContentHash.untouched(text);
        checked.put(path, new Checked(text, untouched));
        return untouched;
    }

    /** The seed parsed from exactly these bytes before, or a new parse that is remembered. */
    SeedParser.Result parse(String seed, byte[] bytes, byte[] sidecar, Supplier<SeedParser.Result> parse) {
        Parsed p = parsed.get(seed);
        if (p != null && Arrays.equals(p.seed(), bytes) && Arrays.equals(p.sidecar(), sidecar)) {
            return p.result();
        }
        SeedParser.Result result = parse.get();
        parsed.put(seed, new Parsed(bytes, sidecar, result));
        return result;
    }
}
