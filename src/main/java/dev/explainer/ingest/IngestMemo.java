package dev.explainer.ingest;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The seeds ingest parsed, kept between builds by {@code explainer serve}: a seed whose bytes and
 * sidecar are as they were is not parsed again. (Whether it needs extracting again, its page says:
 * see {@link Ingester}.) Memory only.
 */
public final class IngestMemo {
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

    private record Parsed(byte[] seed, byte[] sidecar, SeedParser.Result result) {
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
