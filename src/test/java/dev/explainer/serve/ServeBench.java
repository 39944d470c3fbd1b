package dev.explainer.serve;

import dev.explainer.TestFiles;
import dev.explainer.bench.SyntheticCorpus;
import dev.explainer.pipeline.BuildOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * How long from saving one article to the reload event, with {@code explainer serve} running on a
 * project: it saves an edit to a different article each round, waits for the event, and prints the
 * median, 90th percentile and worst. Each argument is a project folder, or a number of articles to
 * generate with {@link SyntheticCorpus} (into target/bench/serve-N). It asserts nothing: run it by hand,
 * {@code java -cp target/test-classes:target/explainer.jar dev.explainer.serve.ServeBench 1000 10000}
 */
public final class ServeBench {
    private static final int ROUNDS = 30;

    private ServeBench() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("| project | articles | first build | save to reload: median | p90 | worst |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
        for (String arg : args) {
            Path root = arg.matches("\\d+") ? generated(Integer.parseInt(arg)) : Path.of(arg).toAbsolutePath();
            long start = System.nanoTime();
            StringWriter log = new StringWriter();
            try (Preview preview = Preview.start(new BuildOptions(root, root.resolve("site"), false, false),
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), new PrintWriter(log), new PrintWriter(log))) {
                long firstBuild = System.nanoTime() - start;
                List<Path> articles = articles(root);
                BlockingQueue<Long> reloads = listen(preview);
                // warm up the JIT the way a working session does
                for (int i = 0; i < 10; i++) {
                    edit(articles.get(i % articles.size()), i);
                    reloads.poll(30, TimeUnit.SECONDS);
                }
                List<Long> millis = new ArrayList<>();
                for (int i = 0; i < ROUNDS; i++) {
                    Thread.sleep(200);
                    long saved = System.nanoTime();
                    edit(articles.get((i * 7 + 13) % articles.size()), 100 + i);
                    Long event = reloads.poll(30, TimeUnit.SECONDS);
                    if (event == null) {
                        throw new IllegalStateException("no reload in 30 s:\n" + log);
                    }
                    millis.add((event - saved) / 1_000_000);
                }
                millis.sort(null);
                System.out.printf(Locale.ROOT, "| %s | %d | %.1f s | %d ms | %d ms | %d ms |%n", root.getFileName(), articles.size(),
                        firstBuild / 1e9, millis.get(millis.size() / 2), millis.get(millis.size() * 9 / 10), millis.get(millis.size() - 1));
            }
        }
    }

    /** A fresh project of {@code n} synthetic seeds; the preview's first build ingests them. */
    private static Path generated(int n) {
        Path root = Path.of("target", "bench", "serve-" + n).toAbsolutePath();
        TestFiles.deleteTree(root);
        SyntheticCorpus.generate(n, (path, text) -> TestFiles.write(root.resolve("seeds").resolve(path), text));
        return root;
    }

    private static void edit(Path article, int round) throws IOException {
        Files.writeString(article, Files.readString(article) + "\nEdited in round " + round + ".\n");
    }

    private static List<Path> articles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root.resolve("content"))) {
            return walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    /** The arrival time of each reload event. */
    private static BlockingQueue<Long> listen(Preview preview) throws Exception {
        BlockingQueue<Long> reloads = new LinkedBlockingQueue<>();
        HttpResponse<Stream<String>> stream = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(preview.url().resolve(PreviewServer.EVENTS)).build(), HttpResponse.BodyHandlers.ofLines());
        Thread reader = new Thread(() -> stream.body().forEach(line -> {
            if (line.equals("event: reload")) {
                reloads.add(System.nanoTime());
            }
        }), "bench-events");
        reader.setDaemon(true);
        reader.start();
        return reloads;
    }
}
