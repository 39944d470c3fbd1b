package dev.explainer.cli;

import dev.explainer.pipeline.Pipeline;
import dev.explainer.pipeline.Reviews;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "review", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Lists what ingest held back (not published) or doubted (published, worth a look), per article,"
                + " with the sentence it came from; decide with the subcommands. Decisions are kept in"
                + " content/review.yaml and applied by every ingest."},
        subcommands = {ReviewCommand.Accept.class, ReviewCommand.Reject.class, ReviewCommand.Set.class})
final class ReviewCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--held", description = "Only what was held back.")
    boolean heldOnly;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Reviews.Listing listing = new Reviews(new Pipeline()).list(common.root());
        Report.diagnostics(spec.commandLine().getErr(), listing.diagnostics(), common.quiet);
        print(spec.commandLine().getOut(), listing.open(), heldOnly, common.quiet);
        return Exit.of(listing.diagnostics(), common.strict, spec.commandLine().getErr());
    }

    static void print(PrintWriter out, List<Reviews.Open> open, boolean heldOnly, boolean quiet) {
        String page = null;
        long held = open.stream().filter(Reviews.Open::held).count();
        for (Reviews.Open o : open) {
            if (heldOnly && !o.held()) {
                continue;
            }
            if (!o.page().equals(page)) {
                page = o.page();
                out.println(page + " (" + o.seed() + ")");
            }
            out.println("  " + o.id() + "  " + (o.held() ? "held back" : "doubtful ") + "  " + o.claim(60)
                    + "  (" + o.confidence() + ")");
            out.println("            " + o.why());
            if (!o.sentence().isEmpty()) {
                out.println("            in: " + Reviews.shorten(o.sentence(), 160));
            }
        }
        if (!quiet) {
            out.println("review: " + Report.count(held, "fact") + " held back, " + (open.size() - held) + " doubtful"
                    + (open.isEmpty() ? "" : "; decide with 'explainer review accept|reject ID...' or 'explainer review set ID VALUE'"));
        }
    }

    /** The decision of a subcommand, for each id. */
    abstract static class Decide implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Spec
        CommandSpec spec;

        abstract List<String> ids();

        abstract String decision();

        @Override
        public Integer call() {
            Reviews.Listing after = new Reviews(new Pipeline()).decide(common.root(), ids(), decision());
            Report.diagnostics(spec.commandLine().getErr(), after.diagnostics(), common.quiet);
            if (!common.quiet && after.diagnostics().stream().noneMatch(d -> d.isError())) {
                String what = switch (decision()) {
                    case "accept" -> "accepted ";
                    case "reject" -> "rejected ";
                    default -> "set to '" + decision() + "': ";
                };
                spec.commandLine().getOut().println("review: " + what + String.join(", ", ids()) + " (kept in content/review.yaml); "
                        + Report.count(after.open().size(), "fact") + " still open");
            }
            return Exit.of(after.diagnostics(), common.strict, spec.commandLine().getErr());
        }
    }

    /** One decision for several items. */
    abstract static class DecideAll extends Decide {
        @Parameters(arity = "1..*", paramLabel = "ID", description = "Item ids, as 'explainer review' lists them.")
        List<String> ids;

        @Override
        List<String> ids() {
            return ids;
        }
    }

    @Command(name = "accept", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Publishes what ingest proposed for these items.")
    static final class Accept extends DecideAll {
        @Override
        String decision() {
            return "accept";
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Leaves these items out: a quote stays unattributed, a name gets no page, a term or date is dropped.")
    static final class Reject extends DecideAll {
        @Override
        String decision() {
            return "reject";
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = {"Corrects one item: a quote's speaker (an entity id), an entity's kind (person,"
                    + " organisation, place) or name, a term's definition, a date (YYYY-MM-DD)."})
    static final class Set extends Decide {
        @Parameters(index = "0", paramLabel = "ID", description = "The item's id, as 'explainer review' lists it.")
        String id;

        @Parameters(index = "1", paramLabel = "VALUE", description = "The right value.")
        String value;

        @Override
        List<String> ids() {
            return List.of(id);
        }

        @Override
        String decision() {
            return value;
        }
    }
}
