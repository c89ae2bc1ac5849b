package org.sourcewise.questions.formats;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * An XML document read with the JDK's StAX parser into elements that remember their line. DTDs and
 * external entities are off: a question file has no business reading the server's files or the
 * network (XXE), and entity expansion could blow a small file up ("billion laughs").
 */
final class XmlTree {

    /** Deeper nesting is refused: Moodle XML needs about six levels. */
    static final int MAX_DEPTH = 64;

    /** An element; {@code text} is its own character data (CDATA included), trimmed of nothing. */
    record Element(String name, Map<String, String> attributes, List<Element> children, String text, int line) {

        @Nullable Element child(String childName) {
            for (Element e : children) {
                if (e.name().equals(childName)) {
                    return e;
                }
            }
            return null;
        }

        List<Element> all(String childName) {
            return children.stream().filter(e -> e.name().equals(childName)).toList();
        }

        /** The text of {@code <childName><text>...</text></childName>}, or null when absent. */
        @Nullable String textOf(String childName) {
            Element c = child(childName);
            if (c == null) {
                return null;
            }
            Element t = c.child("text");
            return t == null ? c.text() : t.text();
        }

        @Nullable String attribute(String attributeName) {
            return attributes.get(attributeName);
        }
    }

    /** Thrown for a document that cannot be read at all, with the line the parser stopped on and words saying why. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final transient Phrase words;

        Unreadable(int line, String key, Object... params) {
            this(line, Phrase.of(key, params));
        }

        private Unreadable(int line, Phrase words) {
            super(words.in(org.sourcewise.browser.Languages.SUPPORTED.getFirst()));
            this.line = line;
            this.words = words;
        }

        int line() {
            return line;
        }

        Phrase words() {
            return words;
        }
    }

    private XmlTree() {
    }

    static Element read(String xml) throws Unreadable {
        // the JDK's own parser, whatever other StAX implementation the classpath brings (Aalto comes with Jackson)
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        // The JDK caps the text that entity references produce in a whole document (100,000 characters
        // on JDK 25), which a Moodle export with HTML escaped as &lt;p&gt; reaches. With DTDs off only
        // XML's five predefined entities exist, which cannot expand, so the cap guards nothing here.
        for (String limit : List.of("jdk.xml.totalEntitySizeLimit", "jdk.xml.maxGeneralEntitySizeLimit")) {
            try {
                factory.setProperty(limit, 0);
            } catch (IllegalArgumentException unknown) {
                // an older JDK without the property has no such cap either
            }
        }
        XMLStreamReader r = null;
        try {
            r = factory.createXMLStreamReader(new StringReader(xml));
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new Unreadable(r.getLocation().getLineNumber(), "questions.import.problem.xml.doctype");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return element(r, 1);
                }
            }
            throw new Unreadable(0, "questions.import.problem.xml.no-element");
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
            // the JDK parser's own words, in English
            throw new Unreadable(line, "questions.import.problem.xml.syntax", Texts.excerpt(String.valueOf(e.getMessage())
                    .replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "")));
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release: the reader reads a string
                }
            }
        }
    }

    private static Element element(XMLStreamReader r, int depth) throws XMLStreamException, Unreadable {
        int line = r.getLocation().getLineNumber();
        if (depth > MAX_DEPTH) {
            throw new Unreadable(line, "questions.import.problem.xml.too-deep", String.valueOf(MAX_DEPTH));
        }
        String name = r.getLocalName();
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
        }
        List<Element> children = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (r.hasNext()) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> children.add(element(r, depth + 1));
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(r.getText());
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new Unreadable(r.getLocation().getLineNumber(),
                        "questions.import.problem.xml.entity", r.getLocalName());
                case XMLStreamConstants.END_ELEMENT -> {
                    return new Element(name, attributes, children, text.toString(), line);
                }
                default -> {
                    // comments and processing instructions carry nothing
                }
            }
        }
        throw new Unreadable(r.getLocation().getLineNumber(), "questions.import.problem.xml.unclosed", name);
    }
}
