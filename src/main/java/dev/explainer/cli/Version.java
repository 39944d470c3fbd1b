package dev.explainer.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** The version from the jar manifest; "dev" when running from classes. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"explainer " + version()};
    }

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /**
     * This build of the tool, for the build cache: the version, and the size and time of the jar (or
     * classes folder) the code runs from, so a rebuilt tool never reuses another one's cache.
     */
    static String build() {
        try {
            Path code = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(code)) {
                code = code.resolve(Main.class.getName().replace('.', '/') + ".class");
            }
            return "explainer " + version() + " " + code + " " + Files.size(code) + " " + Files.getLastModifiedTime(code);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // no way to tell this build from another: a key no cache has
            return "explainer " + version() + " " + System.nanoTime();
        }
    }
}
