package dev.explainer.serve;

import com.sun.net.httpserver.HttpExchange;
import dev.explainer.diag.Diagnostic;
import dev.explainer.pipeline.Reviews;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The editor's review under {@code serve}, at {@value #PATH}: what ingest held back or doubted,
 * per article, with a form to accept, reject or correct each fact. A decision is written to
 * content/review.yaml; the rebuild the watcher starts applies it, and the page reloads. Only a
 * form this server made can decide (a token per server), so another site open in the browser
 * cannot post decisions to it.
 */
final class ReviewPage {
    static final String PATH = "/__explainer/review";

    private final Path root;
    private final String token;

    ReviewPage(Path root) {
        this.root = root;
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        this.token = HexFormat.of().formatHex(bytes);
    }

    /** The page's HTML, with {@code message} (an outcome or an error) above the list. */
    byte[] page(String message) {
        List<Reviews.Open> open = Reviews.open(root);
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Review · explainer</title>"
                + "<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}"
                + "li{margin:0 0 1.2rem}.why,.in{color:#555;margin:.1rem 0}.held{color:#9a1b1b}.message{padding:.5rem;"
                + "border:1px solid #888}form{display:inline}input[type=text]{width:14rem}</style></head><body>"
                + "<main><h1>Review</h1>");
        long held = open.stream().filter(Reviews.Open::held).count();
        b.append("<p>").append(held).append(" held back (not published), ").append(open.size() - held)
                .append(" doubtful (published). Decisions are kept in content/review.yaml.</p>");
        if (!message.isEmpty()) {
            b.append("<p class=\"message\" role=\"status\">").append(escape(message)).append("</p>");
        }
        String page = null;
        for (Reviews.Open o : open) {
            if (!o.page().equals(page)) {
                b.append(page == null ? "" : "</ul>").append("<h2>").append(escape(o.page())).append("</h2><ul>");
                page = o.page();
            }
            b.append("<li id=\"").append(escape(o.id())).append("\"><strong class=\"").append(o.held() ? "held" : "doubtful")
                    .append("\">").append(o.held() ? "Held back" : "Doubtful").append("</strong>: ")
                    .append(escape(o.claim(400))).append(" (").append(escape(o.confidence())).append(")")
                    .append("<p class=\"why\">").append(escape(o.why())).append("</p>");
            if (!o.sentence().isEmpty()) {
                b.append("<p class=\"in\">In: ").append(escape(o.sentence())).append("</p>");
            }
            b.append(form(o.id(), "accept", "Accept")).append(' ').append(form(o.id(), "reject", "Reject"))
                    .append(" <form method=\"post\" action=\"").append(PATH).append("\">").append(hidden(o.id(), "set"))
                    .append("<label>Correct to <input type=\"text\" name=\"value\" required></label> <button>Set</button></form></li>");
        }
        b.append(page == null ? "<p>Nothing to review.</p>" : "</ul>").append("</main></body></html>");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String form(String id, String decision, String label) {
        return "<form method=\"post\" action=\"" + PATH + "\">" + hidden(id, decision) + "<button>" + label + "</button></form>";
    }

    private String hidden(String id, String decision) {
        return "<input type=\"hidden\" name=\"token\" value=\"" + token + "\"><input type=\"hidden\" name=\"id\" value=\""
                + escape(id) + "\"><input type=\"hidden\" name=\"decision\" value=\"" + decision + "\">";
    }

    /** A posted form: the outcome to show, or why it was refused. */
    String decide(HttpExchange x) throws IOException {
        byte[] body = x.getRequestBody().readNBytes(16 * 1024);
        Map<String, String> form = form(new String(body, StandardCharsets.UTF_8));
        if (!token.equals(form.get("token"))) {
            return null;
        }
        String id = form.getOrDefault("id", "");
        String decision = form.getOrDefault("decision", "");
        String value = decision.equals("set") ? form.getOrDefault("value", "").strip() : decision;
        if (id.isEmpty() || value.isEmpty() || !(decision.equals("accept") || decision.equals("reject") || decision.equals("set"))) {
            return "Nothing decided: the form was incomplete.";
        }
        List<Diagnostic> diags = Reviews.record(root, List.of(id), value);
        return diags.stream().filter(Diagnostic::isError).findFirst().map(d -> "Not decided: " + d.format())
                .orElse("Decided " + id + ": " + value + ". The site is rebuilding.");
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
