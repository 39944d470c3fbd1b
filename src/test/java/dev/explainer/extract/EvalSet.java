package dev.explainer.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Reads the annotated articles listed in eval/index.txt. */
final class EvalSet {
    private EvalSet() {
    }

    static List<String> index() {
        return Articles.resource("/eval/index.txt").lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /**
     * Loads every case; {@code reuters} turns a Reuters id into its article, or null when the
     * corpus is not available, in which case Reuters cases are left out.
     */
    static List<EvalCase> load(boolean wantReuters, Function<String, ArticleText> reuters) {
        List<EvalCase> cases = new ArrayList<>();
        for (String path : index()) {
            Map<String, Object> doc = yaml(Articles.resource("/eval/" + path));
            boolean isReuters = doc.containsKey("reuters");
            if (isReuters != wantReuters) {
                continue;
            }
            ArticleText article = isReuters ? reuters.apply(String.valueOf(doc.get("reuters"))) : article(doc);
            if (article != null) {
                cases.add(new EvalCase(path, article, expected(doc)));
            }
        }
        return cases;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> yaml(String text) {
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(text);
    }

    @SuppressWarnings("unchecked")
    private static ArticleText article(Map<String, Object> doc) {
        LocalDate date = doc.get("date") == null ? null : LocalDate.parse(String.valueOf(doc.get("date")));
        if (doc.containsKey("text")) {
            return Articles.parse(Articles.resource("/eval/" + doc.get("text")), date);
        }
        return new ArticleText((String) doc.get("title"), (List<String>) doc.get("paragraphs"), date);
    }

    @SuppressWarnings("unchecked")
    private static EvalCase.Expected expected(Map<String, Object> doc) {
        Map<String, Object> e = (Map<String, Object>) doc.get("expected");
        List<Map<String, String>> people = (List<Map<String, String>>) e.get("people");
        List<Map<String, String>> quotes = (List<Map<String, String>>) e.get("quotes");
        List<Map<String, String>> acronyms = (List<Map<String, String>>) e.get("acronyms");
        List<Map<String, String>> dates = (List<Map<String, String>>) e.get("dates");
        return new EvalCase.Expected(
                people.stream().map(m -> new EvalCase.Person(m.get("name"), m.get("role"))).toList(),
                quotes.stream().map(m -> new EvalCase.ExpectedQuote(m.get("start"), m.get("speaker"))).toList(),
                acronyms.stream().map(m -> new GlossaryEntry(m.get("term"), m.get("expansion"))).toList(),
                dates.stream().map(m -> new EvalCase.ExpectedDate(m.get("text"), m.get("date"))).toList());
    }
}
