package dev.explainer.check;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.explainer.content.SiteConfigReader;
import dev.explainer.diag.Diagnostic;
import dev.explainer.diag.Diagnostics;
import dev.explainer.diag.Severity;
import dev.explainer.diag.SourcePos;
import dev.explainer.render.OutputFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What {@code explainer check} verifies in each built file beyond its links: HTML that parses
 * without errors, a title and a description on every page, JSON-LD that parses, and feeds and
 * sitemaps that are well-formed XML. Thread-safe; it keeps nothing of a file once seen.
 */
public final class OutputValidator {
    /** More HTML errors than this in one page are summed up, not listed. */
    static final int MAX_HTML_ERRORS = 5;
    private static final SAXParserFactory SAX = saxFactory();

    private final Diagnostics diags;

    public OutputValidator(Diagnostics diags) {
        this.diags = diags;
    }

    public void see(OutputFile file) {
        if (file.isHtml()) {
            html(file);
        } else if (file.path().endsWith(".xml")) {
            xml(file);
        }
    }

    private void html(OutputFile file) {
        String text = new String(file.bytes(), StandardCharsets.UTF_8);
        Parser parser = Parser.htmlParser().setTrackErrors(MAX_HTML_ERRORS + 1);
        Document doc = parser.parseInput(text, "");
        SourcePos at = SourcePos.file(file.origin());
        int n = 0;
        for (ParseError e : parser.getErrors()) {
            if (++n > MAX_HTML_ERRORS) {
                diags.add(Diagnostic.error(at, "HTML of " + file.path() + " has more errors than these"));
                break;
            }
            String[] pos = e.getCursorPos().split(":");
            String where = pos.length == 2 ? " at line " + pos[0] + ", column " + pos[1] : "";
            diags.add(Diagnostic.error(at, "HTML of " + file.path() + " is not well formed" + where + ": "
                    + e.getErrorMessage()));
        }
        if (doc.title().isBlank()) {
            diags.add(Diagnostic.warning(at, "page " + file.path() + " has no title"));
        }
        Element description = doc.selectFirst("head > meta[name=description]");
        if (description == null || description.attr("content").isBlank()) {
            boolean home = file.path().equals("index.html");
            diags.add(new Diagnostic(Severity.WARNING,
                    home ? SourcePos.file(SiteConfigReader.FILE) : at, "page " + file.path() + " has no description",
                    home ? "set 'description:' in " + SiteConfigReader.FILE
                            : file.origin().endsWith(".md") ? "give the page a 'summary:' in its front matter" : null));
        }
        int block = 0;
        for (Element script : doc.select("script[type=application/ld+json]")) {
            block++;
            String problem = jsonLdProblem(script.data());
            if (problem != null) {
                diags.add(Diagnostic.error(at, "JSON-LD block " + block + " of " + file.path() + " " + problem));
            }
        }
    }

    /** Null when {@code json} is one JSON object with "@context" and "@type", else what is wrong. */
    static String jsonLdProblem(String json) {
        try (JsonReader reader = new JsonReader(new StringReader(json))) {
            reader.setStrictness(Strictness.STRICT);
            JsonElement e = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                return "has text after its JSON";
            }
            if (!(e instanceof JsonObject o)) {
                return "is not a JSON object";
            }
            if (!o.has("@context") || !o.has("@type")) {
                return "lacks \"@context\" or \"@type\"";
            }
            return null;
        } catch (JsonParseException | IOException | IllegalStateException e) {
            return "does not parse as JSON: " + e.getMessage();
        }
    }

    private void xml(OutputFile file) {
        try {
            SAXParser parser = SAX.newSAXParser();
            parser.parse(new ByteArrayInputStream(file.bytes()), new DefaultHandler());
        } catch (SAXParseException e) {
            diags.add(Diagnostic.error(SourcePos.file(file.origin()), file.path() + " does not parse as XML at line "
                    + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage()));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            diags.add(Diagnostic.error(SourcePos.file(file.origin()), file.path() + " does not parse as XML: " + e.getMessage()));
        }
    }

    /** Namespace-aware, and safe: no DOCTYPE, so no external entities. */
    private static SAXParserFactory saxFactory() {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return f;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(e);
        }
    }
}
