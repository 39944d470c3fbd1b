package dev.explainer.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.explainer.TestFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hub's pictures: who's-who cards with counts within the story, and who appears with whom. */
class HubPicturesTest {
    @TempDir
    Path tmp;

    private static String page(String title, String date, String people, String quotes) {
        return "---\ntitle: " + title + "\nstory: Dam talks\ndate: " + date + "\npeople:\n" + people
                + (quotes.isEmpty() ? "" : "quotes:\n" + quotes) + "---\nText.\n";
    }

    private static String person(String id, String name) {
        return "  - id: " + id + "\n    name: " + name + "\n";
    }

    private Document hub() {
        TestFiles.Run run = TestFiles.run("build", "-q", "--project", tmp.toString());
        assertEquals(0, run.code(), run.err());
        return Jsoup.parse(TestFiles.read(tmp.resolve("site/dam-talks/index.html")));
    }

    @Test
    void cardsCountArticlesAndQuotesInTheStoryAndPairsCountSharedArticles() {
        String ann = person("ann-lee", "Ann Lee") + "    role: Water Minister\n";
        String quote = "  - speaker: ann-lee\n    text: We will keep talking until the dam is shared.\n";
        TestFiles.write(tmp.resolve("content/a.md"), page("Alpha", "2025-03-01",
                ann + person("bo-chen", "Bo Chen") + person("cy-dal", "Cy Dal"), quote));
        TestFiles.write(tmp.resolve("content/b.md"), page("Beta", "2025-03-02", ann + person("bo-chen", "Bo Chen"), quote));
        TestFiles.write(tmp.resolve("content/c.md"), page("Gamma", "2025-03-03",
                person("cy-dal", "Cy Dal") + person("dee-eve", "Dee Eve"), ""));
        TestFiles.write(tmp.resolve("content/other.md"), "---\ntitle: Elsewhere\ndate: 2025-03-04\npeople:\n"
                + ann + person("bo-chen", "Bo Chen") + "---\nText.\n");
        Document hub = hub();

        assertEquals(List.of("Ann Lee Water Minister 2 articles · 2 quotes", "Bo Chen 2 articles", "Cy Dal 2 articles",
                "Dee Eve 1 article"), hub.select(".whos-who .person").eachText());
        assertEquals(List.of("Ann Lee and Bo Chen 2 articles", "Ann Lee and Cy Dal 1 article", "Bo Chen and Cy Dal 1 article",
                "Cy Dal and Dee Eve 1 article"), hub.select(".together .pairs li").eachText());
        Element svg = hub.selectFirst(".together svg");
        assertEquals("img", svg.attr("role"));
        assertEquals("4 people; 4 pairs appear in the same articles: Ann Lee and Bo Chen, 2 articles; Ann Lee and Cy Dal,"
                + " 1 article; Bo Chen and Cy Dal, 1 article; Cy Dal and Dee Eve, 1 article.", svg.selectFirst("desc").text());
        assertEquals(List.of("Ann Lee", "Bo Chen", "Cy Dal", "Dee Eve"), svg.select("text").eachText());
        assertEquals(List.of("8", "5", "5", "5"), svg.select("line.pair").eachAttr("stroke-width"));
        // the line from Ann Lee to Bo Chen joins their circles
        Element line = svg.selectFirst("line.pair");
        List<Element> circles = svg.select("circle.person");
        assertEquals(circles.get(0).attr("cx") + "," + circles.get(0).attr("cy") + " " + circles.get(1).attr("cx") + ","
                + circles.get(1).attr("cy"), line.attr("x1") + "," + line.attr("y1") + " " + line.attr("x2") + "," + line.attr("y2"));
    }

    @Test
    void onlyTheEightMostProminentPeopleAreDrawnAndNoChartWithoutAPair() {
        String ten = IntStream.rangeClosed(1, 10).mapToObj(i -> person("p" + i, "Person " + i)).collect(Collectors.joining());
        TestFiles.write(tmp.resolve("content/a.md"), page("Alpha", "2025-03-01", ten, ""));
        TestFiles.write(tmp.resolve("content/b.md"), page("Beta", "2025-03-02", person("p9", "Person 9")
                + person("p10", "Person 10"), ""));
        Document hub = hub();
        assertEquals(List.of("Person 9", "Person 10", "Person 1", "Person 2", "Person 3", "Person 4", "Person 5", "Person 6"),
                hub.select(".together svg text").eachText());
        assertEquals(28, hub.select(".together .pairs li").size());
        assertEquals("Person 9 and Person 10 2 articles", hub.selectFirst(".together .pairs li").text());

        TestFiles.write(tmp.resolve("content/a.md"), page("Alpha", "2025-03-01", person("p1", "Person 1"), ""));
        TestFiles.write(tmp.resolve("content/b.md"), page("Beta", "2025-03-02", person("p2", "Person 2"), ""));
        Document alone = hub();
        assertEquals(2, alone.select(".whos-who .person").size());
        assertEquals(0, alone.select(".together").size());
    }
}
