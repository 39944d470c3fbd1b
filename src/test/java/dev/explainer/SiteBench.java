package dev.explainer;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Builds a generated newsroom of N articles and prints how long ingest + build take, cold and
 * again with nothing changed, and the peak heap. It asserts nothing: run it by hand, e.g.
 * {@code java -cp target/test-classes:target/explainer.jar dev.explainer.SiteBench 1000 5000}.
 */
public final class SiteBench {
    private static final String[] FIRST = {"Anika", "Lev", "Mira", "Tomas", "Selam", "Grace", "Viktor", "Ines", "Omar", "Rui"};
    private static final String[] LAST = {"Brandt", "Hanssen", "Castell", "Reyl", "Tesfaye", "Obi", "Hale", "Moreau", "Haddad", "Costa"};
    private static final String[] PLACES = {"Iraq", "Iran", "Syria", "Egypt", "Jordan", "Turkey", "Lebanon", "Kuwait"};

    private SiteBench() {
    }

    public static void main(String[] args) throws IOException {
        System.out.println("| articles | build (cold) | build (unchanged) | files | peak heap |");
        System.out.println("| ---: | ---: | ---: | ---: | ---: |");
        for (String arg : args.length == 0 ? new String[] {"1000"} : args) {
            int n = Integer.parseInt(arg);
            Path root = Files.createTempDirectory("explainer-bench-");
            seeds(root, n);
            long t0 = System.nanoTime();
            TestFiles.Run cold = TestFiles.run("build", "-q", "--project", root.toString());
            long t1 = System.nanoTime();
            TestFiles.Run again = TestFiles.run("build", "-v", "--project", root.toString());
            long t2 = System.nanoTime();
            again.out().lines().filter(l -> l.endsWith(" ms")).forEach(l -> System.out.println("    " + l));
            if (cold.code() != 0) {
                System.err.println(cold.err());
            }
            System.out.printf(Locale.ROOT, "| %d | %.2f s | %.2f s | %d | %d MB |%n", n, (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                    TestFiles.tree(root.resolve("site")).size(), peakHeapMb());
        }
    }

    private static void seeds(Path root, int n) {
        for (int i = 0; i < n; i++) {
            String a = FIRST[i % 10] + " " + LAST[(i / 10) % 10];
            String b = FIRST[(i + 3) % 10] + " " + LAST[(i / 7) % 10];
            String place = PLACES[i % PLACES.length];
            String story = "Story " + (i % 25);
            TestFiles.write(root.resolve("seeds/" + (i % 25) + "/a" + i + ".txt"), String.format(Locale.ROOT, """
                    Date: 2025-%02d-%02d

                    Talks in %s enter day %d as envoys meet

                    Extended coverage: %s

                    Foreign Minister %s met President %s in %s on Monday, officials said.

                    “We will keep talking until there is an agreement,” %s said.

                    The United Nations Development Programme (UNDP) said aid convoys would resume on Friday.

                    “No one wants this to go on,” he said, adding that the talks would continue next week.
                    """, 1 + i % 12, 1 + i % 28, place, i, story, a, b, place, LAST[(i / 10) % 10]));
        }
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum() / (1024 * 1024);
    }
}
