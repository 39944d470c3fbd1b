package dev.explainer.frontmatter;

import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/** Writes front matter as block-style YAML in the map's own key order, so output is stable and readable. Thread-safe. */
public final class FrontMatterWriter {
    private final DumpSettings settings = DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setSplitLines(false)
            .setIndent(2)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .build();

    /** The YAML lines, each ending in '\n', without the '---' fences. */
    public String write(Map<String, Object> fields) {
        // a Dump keeps state while it writes, so each call gets its own (ingest formats in parallel)
        return fields.isEmpty() ? "" : new Dump(settings).dumpToString(fields);
    }
}
