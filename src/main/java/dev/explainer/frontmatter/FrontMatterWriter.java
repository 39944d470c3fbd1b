package dev.explainer.frontmatter;

import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/** Writes front matter as block-style YAML in the map's own key order, so output is stable and readable. */
public final class FrontMatterWriter {
    private final Dump dump = new Dump(DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setSplitLines(false)
            .setIndent(2)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .build());

    /** The YAML lines, each ending in '\n', without the '---' fences. */
    public String write(Map<String, Object> fields) {
        return fields.isEmpty() ? "" : dump.dumpToString(fields);
    }
}
