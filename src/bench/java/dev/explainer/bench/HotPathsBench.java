package dev.explainer.bench;

import dev.explainer.TestFiles;
import dev.explainer.extract.ArticleText;
import dev.explainer.extract.Extractor;
import dev.explainer.ingest.Article;
import dev.explainer.ingest.SeedParser;
import dev.explainer.markdown.Markdown;
import dev.explainer.pipeline.Pipeline;
import dev.explainer.render.ArticleLink;
import dev.explainer.render.ArticleView;
import dev.explainer.render.EntityLink;
import dev.explainer.render.Link;
import dev.explainer.render.PageMeta;
import dev.explainer.render.SiteView;
import dev.explainer.render.StoryTab;
import dev.explainer.render.Templates;
import dev.explainer.render.TermView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The per-article hot paths, each over the same {@value #ARTICLES} synthetic articles: reading a seed,
 * extraction, Markdown to HTML, and the article template. Scores are microseconds per article.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HotPathsBench {
    static final int ARTICLES = 50;
    private final Extractor extractor = new Extractor();
    private final Markdown markdown = new Markdown();
    private final List<String> paths = new ArrayList<>();
    private final List<String> seeds = new ArrayList<>();
    private final List<ArticleText> texts = new ArrayList<>();
    private final List<String> bodies = new ArrayList<>();
    private final List<Map<String, Object>> pages = new ArrayList<>();
    private Templates templates;

    @Setup
    public void setUp() throws IOException {
        Path root = Files.createTempDirectory("explainer-jmh-");
        SyntheticCorpus.generate(ARTICLES, (path, text) -> {
            paths.add("seeds/" + path);
            seeds.add(text);
        });
        for (int i = 0; i < ARTICLES; i++) {
            TestFiles.write(root.resolve(paths.get(i)), seeds.get(i));
            Article a = SeedParser.parse(paths.get(i), "hash", seeds.get(i), List.of()).article().orElseThrow();
            texts.add(new ArticleText(a.title(), a.paragraphs(), a.date()));
        }
        new Pipeline().ingest(root, false, false);
        try (Stream<Path> walk = Files.walk(root.resolve("content"))) {
            for (Path page : walk.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(page, StandardCharsets.UTF_8);
                bodies.add(text.substring(text.indexOf("\n---\n", 4) + 5));
            }
        }
        templates = new Templates(root.resolve("templates"));
        for (int i = 0; i < ARTICLES; i++) {
            pages.add(articlePage(i, texts.get(i), markdown.render(bodies.get(i))));
        }
        TestFiles.deleteTree(root);
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void parseSeed(Blackhole bh) {
        for (int i = 0; i < ARTICLES; i++) {
            bh.consume(SeedParser.parse(paths.get(i), "hash", seeds.get(i), List.of()));
        }
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void extract(Blackhole bh) {
        for (ArticleText text : texts) {
            bh.consume(extractor.extract(text));
        }
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void renderMarkdown(Blackhole bh) {
        for (String body : bodies) {
            bh.consume(markdown.render(body));
        }
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void renderArticleTemplate(Blackhole bh) {
        for (Map<String, Object> page : pages) {
            bh.consume(templates.render("article.peb", page));
        }
    }

    /** The article template's variables with list sizes as on a real site: 50 stories, a cast, related coverage. */
    private static Map<String, Object> articlePage(int i, ArticleText text, String body) {
        ArticleLink link = new ArticleLink("Earlier: " + text.title(), "../earlier/index.html", "2020-01-01",
                "1 January 2020", "A summary of the earlier article.", "The story");
        List<StoryTab> stories = new ArrayList<>();
        for (int s = 0; s < SyntheticCorpus.STORIES; s++) {
            stories.add(new StoryTab(SyntheticCorpus.Story.of(s).name(), "../../story-" + s + "/index.html"));
        }
        List<EntityLink> people = List.of(new EntityLink("a", "Anika Brandt", "../../people/a/index.html", "Mayor", "person"),
                new EntityLink("b", "Lev Hanssen", "../../people/b/index.html", "Governor", "person"),
                new EntityLink("c", "Mira Castell", "../../people/c/index.html", null, "person"));
        List<EntityLink> places = List.of(new EntityLink("iraq", "Iraq", "../../places/iraq/index.html", null, "place"));
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("kind", "article");
        page.put("page", new ArticleView(text.title(), "The lede of article " + i, String.valueOf(text.date()),
                "8 February 2023", "Lev Sato", "Reuters", null, body, new Link("The story", "../index.html"), link, link,
                people, List.of(), places, List.of(new TermView("WHO", "World Health Organization", "term-who")),
                List.of(link, link, link, link, link)));
        page.put("breadcrumbs", List.of(new Link("Home", "../../index.html"), new Link("The story", "../index.html"),
                new Link(text.title(), "")));
        page.put("site", new SiteView("Newsroom", "Explainers", "en", "../../index.html", "../../assets/style.css",
                stories, List.of(new Link("About", "../../about/index.html")), List.of(new Link("People", "../../people/index.html")), "../../search/index.html",
                "../../feed.xml", "../../rss.xml"));
        page.put("meta", new PageMeta(text.title(), "The lede of article " + i, "https://example.org/story/" + i + "/",
                "article", "2023-02-08T00:00:00Z", "2023-02-08T00:00:00Z", "The story", null, List.of(), null, null,
                "{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\"}"));
        return page;
    }
}
