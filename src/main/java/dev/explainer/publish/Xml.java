package dev.explainer.publish;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small indenting front for the JDK's StAX writer, which escapes text and attributes. Characters
 * XML 1.0 cannot carry (control characters, lone surrogates) are dropped, so what it writes always parses.
 */
final class Xml {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final StringWriter out = new StringWriter(8192);
    private final XMLStreamWriter w;
    /** For each open element: whether it has child elements (then its end tag goes on a line of its own). */
    private final Deque<boolean[]> open = new ArrayDeque<>();

    Xml() {
        try {
            w = FACTORY.createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens an element; {@code attrs} are name, value pairs ("xmlns" and "xmlns:x" declare namespaces). */
    Xml start(String name, String... attrs) {
        try {
            newline();
            if (!open.isEmpty()) {
                open.peek()[0] = true;
            }
            w.writeStartElement(name);
            attributes(attrs);
            open.push(new boolean[1]);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    Xml end() {
        try {
            boolean[] children = open.pop();
            if (children[0]) {
                newline();
            }
            w.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element with text only; nothing at all when the text is null. */
    Xml text(String name, String text, String... attrs) {
        if (text == null) {
            return this;
        }
        start(name, attrs);
        try {
            w.writeCharacters(clean(text));
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return end();
    }

    Xml empty(String name, String... attrs) {
        try {
            newline();
            if (!open.isEmpty()) {
                open.peek()[0] = true;
            }
            w.writeEmptyElement(name);
            attributes(attrs);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] bytes() {
        try {
            while (!open.isEmpty()) {
                end();
            }
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return (out + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private void attributes(String... attrs) throws XMLStreamException {
        for (int i = 0; i + 1 < attrs.length; i += 2) {
            String name = attrs[i];
            String value = attrs[i + 1];
            if (value == null) {
                continue;
            }
            if (name.equals("xmlns")) {
                w.writeDefaultNamespace(value);
            } else if (name.startsWith("xmlns:")) {
                w.writeNamespace(name.substring(6), value);
            } else {
                w.writeAttribute(name, clean(value));
            }
        }
    }

    private void newline() throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(open.size()));
    }

    /** Drops what XML 1.0 cannot carry: controls other than tab and line ends, lone surrogates, U+FFFE/U+FFFF. */
    static String clean(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (b != null) {
                    b.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            ok = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
            if (!ok && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            } else if (ok && b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}
