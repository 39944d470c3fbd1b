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
    private final boolean remember;

    /** A memo for builds that follow each other in one process. */
    public IngestMemo() {
        this(true);
    }

    private IngestMemo(boolean remember) {
        this.remember = remember;
    }

    /** For a single build: remembers nothing, so the seeds' text is not kept in memory after use. */
    public static IngestMemo none() {
        return new IngestMemo(false);
    }

    private record Parsed(byte[] seed, byte[] sidecar, SeedParser.Result result) {
    }

    private record Checked(byte[] page, boolean untouched) {
    }

    /** {@link ContentHash#untouched} of the page at {@code path}, hashed only when its bytes changed. */
    boolean untouched(String path, byte[] page) {
        Checked c = checked.get(path);
        if (c != null && Arrays.equals(c.page(), page)) {
            return c.untouched();
        }
        boolean untouched = ContentHash.untouched(page);
        if (remember) {
            checked.put(path, new Checked(page, untouched));
        }
        return untouched;
    }

    /** The seed parsed from exactly these bytes before, or a new parse that is remembered. */
    SeedParser.Result parse(String seed, byte[] bytes, byte[] sidecar, Supplier<SeedParser.Result> parse) {
        Parsed p = parsed.get(seed);
        if (p != null && Arrays.equals(p.seed(), bytes) && Arrays.equals(p.sidecar(), sidecar)) {
            return p.result();
        }
        SeedParser.Result result = parse.get();
        if (remember) {
            parsed.put(seed, new Parsed(bytes, sidecar, result));
        }
        return result;
    }
}
