package dev.explainer.pipeline;

import dev.explainer.content.Publishing;
import java.nio.file.Path;

/**
 * What a build or check was asked to do.
 *
 * @param root       the project folder (seeds/, content/, templates/)
 * @param output     where the site goes (normally root/site)
 * @param force      regenerate content pages even when they were edited by hand
 * @param publishing drafts, scheduled pages, the site clock and the base URL
 */
public record BuildOptions(Path root, Path output, boolean force, Publishing publishing) {
    public BuildOptions(Path root, Path output, boolean force, boolean drafts) {
        this(root, output, force, new Publishing(drafts, false, Publishing.DEFAULT.clock(), null));
    }
}
