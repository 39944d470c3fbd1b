package dev.explainer.frontmatter;

import java.util.Map;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.constructor.ConstructYamlNull;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.Schema;

/**
 * Every plain scalar is text, as written ('story: 1.50' stays "1.50", 'title: 1e3' stays "1e3");
 * only an empty value, '~' or 'null' is null. The fields we read decide what text they accept.
 */
final class TextSchema implements Schema {
    private static final ScalarResolver RESOLVER = (value, implicit) ->
            implicit && (value.isEmpty() || value.equals("~") || value.equals("null")) ? Tag.NULL : Tag.STR;

    @Override
    public ScalarResolver getScalarResolver() {
        return RESOLVER;
    }

    /** An explicit '!!bool true' or '!!int 3' is read as its text too, like every other scalar. */
    private static final ConstructNode AS_TEXT = node -> ((ScalarNode) node).getValue();

    @Override
    public Map<Tag, ConstructNode> getSchemaTagConstructors() {
        return Map.of(Tag.NULL, new ConstructYamlNull(), Tag.BOOL, AS_TEXT, Tag.INT, AS_TEXT, Tag.FLOAT, AS_TEXT);
    }
}
