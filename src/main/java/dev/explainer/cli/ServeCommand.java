package dev.explainer.cli;

import dev.explainer.pipeline.BuildOptions;
import dev.explainer.serve.Preview;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Builds the site, serves it on http://127.0.0.1:" + ServeCommand.DEFAULT_PORT + "/, and rebuilds"
                + " what each saved change touches; open pages reload when the new files are in place.",
                "A failed build keeps the last good site served and shows its errors in the browser. Ctrl-C stops."})
final class ServeCommand implements Callable<Integer> {
    static final int DEFAULT_PORT = 1414;

    @Mixin
    CommonOptions common;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "The address to listen on (default: ${DEFAULT-VALUE},"
            + " this machine only; 0.0.0.0 opens the preview to the network).")
    String host = "127.0.0.1";

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Where to write the site (default: site/ in the project).")
    Path output;

    @Mixin
    PublishOptions publish;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--host '" + host + "' is not an address here");
        }
        Path root = common.root();
        Path site = output == null ? root.resolve("site") : output.toAbsolutePath().normalize();
        Preview preview;
        try {
            preview = Preview.start(new BuildOptions(root, site, false, publish.publishing()), new InetSocketAddress(address, port), out, err);
        } catch (BindException e) {
            err.println("error: cannot listen on " + host + ":" + port + ": " + (port == 0 ? e.getMessage()
                    : "the port is in use, or not this machine's address"));
            err.println("  hint: stop the other server, or pick another port with --port (0 picks a free one)");
            return 1;
        }
        if (!address.isLoopbackAddress()) {
            err.println("warning: the preview is open to other machines on " + host + "; drafts and errors show there too");
        }
        out.println("Serving " + BuildCommand.display(root, site) + " at " + preview.url() + " (Ctrl-C to stop)");
        out.println("Review what ingest held back at " + preview.url() + "__explainer/review");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            preview.close();
            out.println("stopped");
            out.flush();
            stopped.countDown();
        }, "explainer-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        stopped.await();
        return 0;
    }
}
