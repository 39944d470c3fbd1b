package dev.explainer.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Test fixtures: plain text in the seed format (title line, blank-line-separated paragraphs). */
final class Articles {
    private Articles() {
    }

    static ArticleText parse(String text, LocalDate date) {
        String normalised = text.replace("\r\n", "\n").strip();
        int newline = normalised.indexOf('\n');
        String title = newline < 0 ? normalised : normalised.substring(0, newline).strip();
        String body = newline < 0 ? "" : normalised.substring(newline + 1);
        List<String> paragraphs = Arrays.stream(body.split("\n\\s*\n"))
                .map(String::strip).filter(p -> !p.isEmpty()).toList();
        return new ArticleText(title, paragraphs, date);
    }

    static String resource(String path) {
        try (InputStream in = Articles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed article from the issue; dated Saturday 2014-06-14, a year after Rouhani's election. */
    static ArticleText sample() {
        return parse(resource("/eval/sample/000_39e763c8ca576461.txt"), LocalDate.of(2014, 6, 14));
    }
}
