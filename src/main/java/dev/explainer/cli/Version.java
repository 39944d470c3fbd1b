package dev.explainer.cli;

import picocli.CommandLine;

/** The version from the jar manifest; "dev" when running from classes. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"explainer " + (v == null ? "dev" : v)};
    }
}
