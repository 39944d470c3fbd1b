package dev.explainer.cli;

import dev.explainer.content.LeftOut;
import dev.explainer.content.Page;
import dev.explainer.content.Publishing;
import dev.explainer.content.Site;
import dev.explainer.content.SiteLoader;
import dev.explainer.diag.Diagnostics;
import dev.explainer.pipeline.BuildOptions;
import dev.explainer.pipeline.Pipeline;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Lists every page, newest first, with what a build does with it now: published, draft,"
                + " scheduled or expired (seeds not yet ingested included), writing nothing.")
final class ListCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    PublishOptions publish;

    @Spec
    CommandSpec spec;

    /** One line of the list. */
    record Row(String status, String date, String file, String url) {
    }

    @Override
    public Integer call() {
        Publishing asBuilt = publish.publishing();
        // every draft and scheduled page is loaded, to be listed with its date; each is then judged as build would
        Publishing all = new Publishing(true, true, asBuilt.clock(), asBuilt.baseUrl());
        Diagnostics diags = new Diagnostics();
        Site site = new Pipeline().site(new BuildOptions(common.root(), common.root().resolve("site"), false, all), diags);
        List<Row> rows = new ArrayList<>();
        for (Page p : site.pages()) {
            String status = SiteLoader.leftOut(p, asBuilt, site.now()).map(ListCommand::status).orElse("published");
            String date = p.published() != null ? p.published().toString() : p.date() != null ? p.date().toString() : "";
            rows.add(new Row(status, date, p.file(), pretty(p.url())));
        }
        for (LeftOut l : site.leftOut()) {
            rows.add(new Row(status(l), "", l.file(), pretty(l.url())));
        }
        rows.sort(Comparator.comparing(Row::date).reversed().thenComparing(Row::file));
        print(spec.commandLine().getOut(), rows);
        Report.diagnostics(spec.commandLine().getErr(), diags.list(), common.quiet);
        return Exit.of(diags.list(), common.strict, spec.commandLine().getErr());
    }

    /** "iraq-crisis/talks/index.html" is served as "/iraq-crisis/talks/". */
    private static String pretty(String path) {
        return "/" + (path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path);
    }

    private static String status(LeftOut l) {
        return l.option() == null ? "expired" : l.option().equals("--drafts") ? "draft" : "scheduled";
    }

    private static void print(PrintWriter out, List<Row> rows) {
        int date = Math.max("DATE".length(), rows.stream().mapToInt(r -> r.date().length()).max().orElse(0));
        int file = Math.max("FILE".length(), rows.stream().mapToInt(r -> r.file().length()).max().orElse(0));
        String format = "%-9s  %-" + date + "s  %-" + file + "s  %s%n";
        out.printf(Locale.ROOT, format, "STATUS", "DATE", "FILE", "URL");
        rows.forEach(r -> out.printf(Locale.ROOT, format, r.status(), r.date(), r.file(), r.url()));
    }
}
