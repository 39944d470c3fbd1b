package dev.explainer.extract;

import java.util.List;

/** Prints an extraction of the sample, or of the paragraphs given as arguments; a debugging aid. */
final class Dump {
    private Dump() {
    }

    public static void main(String[] args) {
        ArticleText article = args.length == 0 ? Articles.sample()
                : new ArticleText("", List.of(args), java.time.LocalDate.of(2014, 6, 14));
        Extraction x = new Extractor().extract(article);
        x.entities().forEach(System.out::println);
        x.quotes().forEach(System.out::println);
        x.glossary().forEach(System.out::println);
        x.dates().forEach(d -> System.out.println(d.text() + " -> " + d.date() + " @" + d.paragraph()));
    }
}
