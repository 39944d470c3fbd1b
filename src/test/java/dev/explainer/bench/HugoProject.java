package dev.explainer.bench;

import dev.explainer.TestFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A Hugo project over our content/*.md (Hugo reads our YAML front matter and our {@code slug}),
 * with the minimal equivalent of our site: one page template, one list per story (each story is a
 * content folder, so a Hugo section) and a home page with the stories and the latest articles.
 */
final class HugoProject {
    private static final Map<String, String> FILES = Map.of(
            "config.toml", """
                    baseURL = "https://example.org/"
                    title = "Benchmark newsroom"
                    relativeURLs = true
                    pluralizeListTitles = false
                    disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
                    """,
            "layouts/_default/baseof.html", """
                    <!DOCTYPE html>
                    <html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} | {{ site.Title }}</title>
                    <meta name="description" content="{{ .Params.summary }}"></head>
                    <body><header><a href="{{ relURL "/" }}">{{ site.Title }}</a></header>
                    <main>{{ block "main" . }}{{ end }}</main></body></html>
                    """,
            "layouts/_default/single.html", """
                    {{ define "main" }}<article><h1>{{ .Title }}</h1>
                    <p>{{ with .Params.author }}By {{ . }} · {{ end }}<time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time>
                    {{ with .Parent }}{{ if not .IsHome }}· <a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}{{ end }}</p>
                    {{ .Content }}
                    <nav>{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
                    {{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav></article>{{ end }}
                    """,
            "layouts/_default/list.html", """
                    {{ define "main" }}<h1>{{ .Title }}</h1><ul>
                    {{ range .Pages.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>
                    <time>{{ .Date.Format "2 January 2006" }}</time><p>{{ .Params.summary }}</p></li>{{ end }}
                    </ul>{{ end }}
                    """,
            "layouts/index.html", """
                    {{ define "main" }}<h1>{{ site.Title }}</h1><h2>Running stories</h2><ul>
                    {{ range site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> ({{ len .Pages }})</li>{{ end }}
                    </ul><h2>Latest</h2><ul>
                    {{ range first 20 site.RegularPages.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>
                    <p>{{ .Params.summary }}</p></li>{{ end }}</ul>{{ end }}
                    """);

    private HugoProject() {
    }

    /** Makes {@code dir} a Hugo project holding a copy of every Markdown page under {@code content}. */
    static void create(Path content, Path dir) {
        TestFiles.deleteTree(dir);
        FILES.forEach((name, text) -> TestFiles.write(dir.resolve(name), text));
        try (Stream<Path> walk = Files.walk(content)) {
            for (Path md : walk.filter(p -> p.toString().endsWith(".md")).toList()) {
                Path target = dir.resolve("content").resolve(content.relativize(md).toString());
                Files.createDirectories(target.getParent());
                Files.copy(md, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
