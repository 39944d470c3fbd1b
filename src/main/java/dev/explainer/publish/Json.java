package dev.explainer.publish;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** JSON through Gson: never assembled from strings, so every value is escaped as JSON wants. */
public final class Json {
    private static final Gson PRETTY = new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create();
    private static final Gson COMPACT = new GsonBuilder().disableHtmlEscaping().create();

    private Json() {
    }

    public static String compact(Object value) {
        return COMPACT.toJson(value);
    }

    /**
     * JSON to put inside an HTML {@code <script>} element: every '<' is written {@code \u003c}, so
     * no text can close the element ({@code </script>}) or open a comment ({@code <!--}). JSON has
     * no '<' outside strings, where the escape means the same character.
     */
    public static String forScript(Object value, boolean pretty) {
        return (pretty ? PRETTY : COMPACT).toJson(value).replace("<", "\\u003c");
    }
}
