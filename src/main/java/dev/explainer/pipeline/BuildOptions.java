package dev.explainer.pipeline;

import java.nio.file.Path;

/**
 * What a build or check was asked to do.
 *
 * @param root   the project folder (seeds/, content/, templates/)
 * @param output where the site goes (normally root/site)
 * @param force  regenerate content pages even when they were edited by hand
 * @param drafts include pages marked draft
 */
public record BuildOptions(Path root, Path output, boolean force, boolean drafts) {
}
