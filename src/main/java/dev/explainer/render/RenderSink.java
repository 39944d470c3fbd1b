package dev.explainer.render;

import java.util.Map;

/** Where rendered files go; called from the rendering threads. */
public interface RenderSink {
    /** A file that is new or differs from the last build's. */
    void write(OutputFile file);

    /** A file whose bytes are the same as the last build's, which is left where it is. */
    void keep(String path, String origin, Map<String, Integer> linkLines);
}
