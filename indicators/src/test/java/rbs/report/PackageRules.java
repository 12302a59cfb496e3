package rbs.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The two package entries poi-ooxml-full has no schema type for, checked by hand against ECMA-376
 * Part 2: the content types ({@code [Content_Types].xml}, schema opc-contentTypes.xsd) and the core
 * properties (schema opc-coreProperties.xsd and the rules of its clause on core properties, M4.1 to
 * M4.5). Each method returns the problems found, as messages.
 */
final class PackageRules {

  static final String CONTENT_TYPES_NS =
      "http://schemas.openxmlformats.org/package/2006/content-types";
  static final String CP =
      "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
  static final String DC = "http://purl.org/dc/elements/1.1/";
  static final String DCTERMS = "http://purl.org/dc/terms/";
  static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

  // ST_ContentType: an RFC 2616 media type, type "/" subtype *( ";" parameter )
  private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
  private static final Pattern CONTENT_TYPE =
      Pattern.compile(TOKEN + "/" + TOKEN + "(\\s*;\\s*" + TOKEN + "=(" + TOKEN + "|\"[^\"]*\"))*");
  // ST_Extension: the characters of a URI path segment, without '.' and '/'
  private static final Pattern EXTENSION =
      Pattern.compile("([!$&'()*+,:=@a-zA-Z0-9_~-]|%[0-9a-fA-F]{2})+");
  private static final Pattern W3CDTF =
      Pattern.compile(
          "\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?)?)?");
  private static final Pattern DATE_TIME =
      Pattern.compile(
          "-?\\d{4,}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?");

  /** What each element of CT_CoreProperties holds. */
  private enum Kind {
    TEXT,
    W3CDTF,
    DATE_TIME,
    KEYWORDS
  }

  private static final Map<String, Kind> CORE =
      Map.ofEntries(
          Map.entry(CP + " category", Kind.TEXT),
          Map.entry(CP + " contentStatus", Kind.TEXT),
          Map.entry(DCTERMS + " created", Kind.W3CDTF),
          Map.entry(DC + " creator", Kind.TEXT),
          Map.entry(DC + " description", Kind.TEXT),
          Map.entry(DC + " identifier", Kind.TEXT),
          Map.entry(CP + " keywords", Kind.KEYWORDS),
          Map.entry(DC + " language", Kind.TEXT),
          Map.entry(CP + " lastModifiedBy", Kind.TEXT),
          Map.entry(CP + " lastPrinted", Kind.DATE_TIME),
          Map.entry(DCTERMS + " modified", Kind.W3CDTF),
          Map.entry(CP + " revision", Kind.TEXT),
          Map.entry(DC + " subject", Kind.TEXT),
          Map.entry(DC + " title", Kind.TEXT),
          Map.entry(CP + " version", Kind.TEXT));

  private PackageRules() {}

  /**
   * CT_Types: Default (Extension, ContentType) and Override (PartName, ContentType), no repeats.
   */
  static List<String> contentTypes(byte[] xml) {
    List<String> problems = new ArrayList<>();
    Element root = dom(xml).getDocumentElement();
    if (!is(root, CONTENT_TYPES_NS, "Types")) {
      problems.add("the root element is " + name(root) + ", not Types");
      return problems;
    }
    Set<String> extensions = new HashSet<>();
    Set<String> partNames = new HashSet<>();
    for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE && !n.getTextContent().isBlank()) {
        problems.add("text in Types: " + n.getTextContent());
      }
      if (!(n instanceof Element)) {
        continue;
      }
      Element e = (Element) n;
      String key;
      Set<String> seen;
      if (is(e, CONTENT_TYPES_NS, "Default")) {
        key = "Extension";
        seen = extensions;
        if (!EXTENSION.matcher(e.getAttribute(key)).matches()) {
          problems.add("Default: Extension '" + e.getAttribute(key) + "' is no ST_Extension");
        }
      } else if (is(e, CONTENT_TYPES_NS, "Override")) {
        key = "PartName";
        seen = partNames;
        if (!e.getAttribute(key).startsWith("/")) {
          problems.add("Override: PartName '" + e.getAttribute(key) + "' is not absolute");
        }
      } else {
        problems.add("unexpected element " + name(e) + " in Types");
        continue;
      }
      if (!attributes(e).equals(Set.of(key, "ContentType"))) {
        problems.add(e.getLocalName() + " has attributes " + attributes(e));
      }
      if (!CONTENT_TYPE.matcher(e.getAttribute("ContentType")).matches()) {
        problems.add("'" + e.getAttribute("ContentType") + "' is no ST_ContentType");
      }
      if (!seen.add(e.getAttribute(key).toLowerCase(Locale.ROOT))) {
        problems.add(e.getLocalName() + " for " + e.getAttribute(key) + " appears twice");
      }
      if (e.hasChildNodes()) {
        problems.add(e.getLocalName() + " for " + e.getAttribute(key) + " is not empty");
      }
    }
    return problems;
  }

  /**
   * CT_CoreProperties: each known element at most once, text only (keywords: text and cp:value),
   * the dates as W3CDTF with {@code xsi:type="dcterms:W3CDTF"} and no other xsi:type (M4.5), no
   * markup compatibility namespace (M4.2).
   */
  static List<String> coreProperties(byte[] xml) {
    List<String> problems = new ArrayList<>();
    Element root = dom(xml).getDocumentElement();
    if (!is(root, CP, "coreProperties")) {
      problems.add("the root element is " + name(root) + ", not cp:coreProperties");
      return problems;
    }
    problems.addAll(noMarkupCompatibility(root));
    Set<String> seen = new HashSet<>();
    for (Element e : children(root)) {
      String key = e.getNamespaceURI() + " " + e.getLocalName();
      Kind kind = CORE.get(key);
      if (kind == null) {
        problems.add("unexpected element " + name(e) + " in cp:coreProperties");
        continue;
      }
      if (!seen.add(key)) {
        problems.add(name(e) + " appears twice");
      }
      String type = e.getAttributeNS(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "type");
      String text = e.getTextContent();
      if (kind == Kind.W3CDTF) {
        String prefix = type.contains(":") ? type.substring(0, type.indexOf(':')) : "";
        if (!DCTERMS.equals(e.lookupNamespaceURI(prefix)) || !type.endsWith(":W3CDTF")) {
          problems.add(name(e) + " needs xsi:type=\"dcterms:W3CDTF\", has '" + type + "'");
        }
        if (!W3CDTF.matcher(text).matches()) {
          problems.add(name(e) + " '" + text + "' is no W3CDTF date");
        }
      } else if (!type.isEmpty()) {
        problems.add(name(e) + " may not have an xsi:type");
      }
      if (kind == Kind.DATE_TIME && !DATE_TIME.matcher(text).matches()) {
        problems.add(name(e) + " '" + text + "' is no xs:dateTime");
      }
      for (Element child : children(e)) {
        if (kind != Kind.KEYWORDS || !is(child, CP, "value") || !children(child).isEmpty()) {
          problems.add("unexpected element " + name(child) + " in " + name(e));
        }
      }
    }
    return problems;
  }

  private static List<String> noMarkupCompatibility(Element e) {
    List<String> problems = new ArrayList<>();
    if (MC.equals(e.getNamespaceURI())) {
      problems.add("markup compatibility element " + name(e));
    }
    NamedNodeMap attributes = e.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr a = (Attr) attributes.item(i);
      if (MC.equals(a.getNamespaceURI()) || MC.equals(a.getValue())) {
        problems.add("markup compatibility attribute " + a.getName() + " on " + name(e));
      }
    }
    for (Element child : children(e)) {
      problems.addAll(noMarkupCompatibility(child));
    }
    return problems;
  }

  /** The part as a namespace-aware DOM, without DTDs or external entities. */
  static Document dom(byte[] xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalArgumentException("not well-formed XML: " + e.getMessage(), e);
    }
  }

  static List<Element> children(Element parent) {
    List<Element> children = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element) {
        children.add((Element) n);
      }
    }
    return children;
  }

  static boolean is(Element e, String namespace, String localName) {
    return namespace.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName());
  }

  static String name(Element e) {
    return e.getNodeName();
  }

  private static Set<String> attributes(Element e) {
    Set<String> names = new HashSet<>();
    NamedNodeMap attributes = e.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr a = (Attr) attributes.item(i);
      if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) {
        names.add(a.getName());
      }
    }
    return names;
  }
}
