package dev.explainer.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32C;
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
     * This build of the tool, for the build cache: the version and a checksum of the jar the code runs
     * from (the jar is reproducible, so the same sources built again, as in CI, keep their cache), or
     * the time of a classes folder; a changed tool never reuses another one's cache.
     */
    static String build() {
        try {
            Path code = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(code)) {
                Path main = code.resolve(Main.class.getName().replace('.', '/') + ".class");
                return "explainer " + version() + " " + code + " " + Files.getLastModifiedTime(main);
            }
            CRC32C sum = new CRC32C();
            sum.update(Files.readAllBytes(code));
            return "explainer " + version() + " " + Files.size(code) + " " + Long.toHexString(sum.getValue());
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // no way to tell this build from another: a key no cache has
            return "explainer " + version() + " " + System.nanoTime();
        }
    }
}
