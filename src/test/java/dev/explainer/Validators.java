package dev.explainer;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Real parsers and schemas the tests judge the built site with: XSD, a feed parser, a strict JSON parser. */
public final class Validators {
    private Validators() {
    }

    /** Validates XML against schemas from src/test/resources/xsd; the problem, or null when it is valid. */
    public static String xsdProblem(String xml, String... xsds) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // the schemas are local files: nothing is fetched
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            Source[] sources = new Source[xsds.length];
            for (int i = 0; i < xsds.length; i++) {
                sources[i] = new StreamSource(TestFiles.resource("xsd/" + xsds[i]).toFile());
            }
            Schema schema = factory.newSchema(sources);
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.validate(new StreamSource(new StringReader(xml)));
            return null;
        } catch (SAXException e) {
            return e.getMessage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses an Atom or RSS feed with ROME. */
    public static SyndFeed feed(String xml) {
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setXmlHealerOn(false);
            input.setAllowDoctypes(false);
            return input.build(new InputSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        } catch (FeedException e) {
            throw new AssertionError("feed does not parse: " + e.getMessage(), e);
        }
    }

    /** Every JSON-LD block of a page, each parsed strictly as one JSON object. */
    public static List<JsonObject> jsonLd(Document page) {
        List<JsonObject> blocks = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try (JsonReader reader = new JsonReader(new StringReader(script.data()))) {
                reader.setStrictness(Strictness.STRICT);
                JsonElement e = JsonParser.parseReader(reader);
                if (reader.peek() != JsonToken.END_DOCUMENT) {
                    throw new AssertionError("text after the JSON-LD object");
                }
                blocks.add(e.getAsJsonObject());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return blocks;
    }
}
