package dev.explainer.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class YamlTest {
    /** Untrusted text must not crash the build, however deep it nests. */
    @Test
    void aDocumentNestedTooDeeplyIsAnError() {
        StringBuilder yaml = new StringBuilder("title: x\nk: ");
        yaml.append("[".repeat(200_000));
        Yaml.Mapping m = Yaml.load("seeds/a.yaml", yaml.append('\n').toString(), 1, "a sidecar");
        assertEquals("seeds/a.yaml:1: error: invalid YAML in a sidecar: nested too deeply",
                m.error().orElseThrow().format());
    }
}
