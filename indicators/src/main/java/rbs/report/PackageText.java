package rbs.report;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.ContentTypes;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.openxml4j.opc.internal.ZipHelper;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * Saves a new workbook's package into a zip as POI's {@code ZipPackage} saves it, byte for byte,
 * but writes the package's own XML as text: {@code [Content_Types].xml}, the relationship parts and
 * the core properties, which POI builds as a DOM and serialises through an XSLT identity transform
 * (a tenth of the time a report workbook took to save, and the JDK's XSLT code compiled for it).
 * The parts themselves are POI's bytes, in POI's order, each followed by its relationships.
 *
 * <p>Only for the packages whose XML it knows POI would write so: a package POI made new (its
 * default content types those of {@code OPCPackage.create}: relationships for {@code .rels}, {@code
 * application/xml} for {@code .xml}), every part an {@code .xml}, the core properties in place and
 * their texts plain. For any other, {@link #write} writes nothing and says so: POI saves it. {@code
 * PackageTextTest} saves random workbooks both ways and compares the zips' bytes.
 */
final class PackageText {

  private static final String HEAD =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
  private static final String RELATIONSHIPS_NS =
      "http://schemas.openxmlformats.org/package/2006/relationships";

  private PackageText() {}

  /**
   * Saves the package into the zip and finishes it, or writes nothing and returns false when the
   * package is not one this writes as POI would (then POI's {@code save} must).
   *
   * @throws IOException when the zip cannot be written
   */
  static boolean write(OPCPackage pkg, ZipArchiveOutputStream zip) throws IOException {
    List<PackagePart> parts;
    PackagePropertiesPart core;
    // as POI's save: a package without core properties gets them, with a relationship, as it is
    // saved
    boolean addCore =
        pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_PROPERTIES).isEmpty()
            && pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_PROPERTIES_ECMA376)
                .isEmpty();
    try {
      parts = new ArrayList<>(pkg.getParts());
      if (!(pkg.getPackageProperties() instanceof PackagePropertiesPart p)) {
        return false;
      }
      core = p;
    } catch (InvalidFormatException e) {
      return false;
    }
    if (!parts.contains(core)) {
      if (!addCore) {
        return false;
      }
      int at = 0;
      while (at < parts.size() && parts.get(at).getPartName().compareTo(core.getPartName()) < 0) {
        at++;
      }
      parts.add(at, core);
    }
    for (PackagePart part : parts) {
      if (!part.isRelationshipPart()
          && (!part.getPartName().getName().endsWith(".xml")
              || !part.getPartName().getExtension().equals("xml")
              || part.getContentType().equals(ContentTypes.PLAIN_OLD_XML))) {
        return false;
      }
    }
    Optional<String> coreXml = coreProperties(core);
    if (coreXml.isEmpty()) {
      return false;
    }
    // every text made before anything is written: a name to escape, and POI writes the package
    String types;
    String packageRelationships;
    List<String> partRelationships = new ArrayList<>();
    List<String> relationshipNames = new ArrayList<>();
    try {
      types = contentTypes(parts);
      List<Relationship> forPackage =
          relationships(
              pkg.getRelationships(), PackagingURIHelper.PACKAGE_RELATIONSHIPS_ROOT_PART_NAME);
      if (addCore) {
        forPackage.add(
            new Relationship(
                newId(forPackage),
                PackagingURIHelper.relativizeURI(
                        PackagingURIHelper.PACKAGE_ROOT_URI, core.getPartName().getURI(), true)
                    .toString(),
                false,
                PackageRelationshipTypes.CORE_PROPERTIES));
      }
      packageRelationships = text(forPackage);
      for (PackagePart part : parts) {
        if (part.isRelationshipPart() || part == core || !part.hasRelationships()) {
          partRelationships.add("");
          relationshipNames.add("");
        } else {
          PackagePartName name = relationshipPart(part);
          partRelationships.add(text(relationships(part.getRelationships(), name)));
          relationshipNames.add(zipName(name));
        }
      }
    } catch (NotPlain | InvalidFormatException e) {
      return false;
    }

    entry(zip, "[Content_Types].xml", types);
    entry(
        zip,
        zipName(PackagingURIHelper.PACKAGE_RELATIONSHIPS_ROOT_PART_NAME),
        packageRelationships);
    for (int i = 0; i < parts.size(); i++) {
      PackagePart part = parts.get(i);
      if (part.isRelationshipPart()) {
        continue;
      }
      PackagePartName name = part.getPartName();
      if (part == core) {
        entry(zip, ZipHelper.getZipItemNameFromOPCName(name.getURI().toString()), coreXml.get());
        continue;
      }
      // as POI: an empty shared-strings part is left out, with its relationships
      if (part.getSize() == 0
          && name.getName().equals(XSSFRelation.SHARED_STRINGS.getDefaultFileName())) {
        continue;
      }
      zip.putArchiveEntry(
          new ZipArchiveEntry(ZipHelper.getZipItemNameFromOPCName(name.getURI().getPath())));
      try (InputStream in = part.getInputStream()) {
        in.transferTo(zip);
      } finally {
        zip.closeArchiveEntry();
      }
      if (!partRelationships.get(i).isEmpty()) {
        entry(zip, relationshipNames.get(i), partRelationships.get(i));
      }
    }
    zip.finish();
    return true;
  }

  /** A relationship part's or a text's name or URI needs escaping: POI writes that package. */
  private static final class NotPlain extends Exception {
    private static final long serialVersionUID = 1L;

    NotPlain(String what) {
      super(what, null, false, false);
    }
  }

  private static PackagePartName relationshipPart(PackagePart part) throws NotPlain {
    try {
      return PackagingURIHelper.getRelationshipPartName(part.getPartName());
    } catch (IllegalArgumentException e) {
      throw new NotPlain(part.getPartName().getName());
    }
  }

  /** A part's name in the zip ({@code xl/workbook.xml}), as POI's marshaller gives it. */
  static String zipName(PackagePartName part) {
    return ZipHelper.getZipURIFromOPCName(part.getURI().toASCIIString()).getPath();
  }

  private static void entry(ZipArchiveOutputStream zip, String name, String text)
      throws IOException {
    zip.putArchiveEntry(new ZipArchiveEntry(name));
    try {
      zip.write(text.getBytes(StandardCharsets.UTF_8));
    } finally {
      zip.closeArchiveEntry();
    }
  }

  /**
   * The content types: the two defaults of a new package, and every part's own (POI overrides the
   * default of a part's extension with any other type), in the parts' order.
   */
  private static String contentTypes(List<PackagePart> parts) throws NotPlain {
    StringBuilder x = new StringBuilder(4096);
    x.append(HEAD)
        .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
        .append("<Default ContentType=\"")
        .append(ContentTypes.RELATIONSHIPS_PART)
        .append("\" Extension=\"rels\"/><Default ContentType=\"")
        .append(ContentTypes.PLAIN_OLD_XML)
        .append("\" Extension=\"xml\"/>");
    for (PackagePart part : parts) {
      if (!part.isRelationshipPart()) {
        x.append("<Override ContentType=\"")
            .append(attribute(part.getContentType()))
            .append("\" PartName=\"")
            .append(attribute(part.getPartName().getName()))
            .append("\"/>");
      }
    }
    return x.append("</Types>").toString();
  }

  /** A relationship as its part writes it: the target relative to the source, unless external. */
  private record Relationship(String id, String target, boolean external, String type) {}

  /** The relationships of a relationship part, their targets as its source's part sees them. */
  private static List<Relationship> relationships(
      PackageRelationshipCollection relationships, PackagePartName part) {
    List<Relationship> list = new ArrayList<>();
    URI source = PackagingURIHelper.getSourcePartUriFromRelationshipPartUri(part.getURI());
    for (PackageRelationship r : relationships) {
      boolean external = r.getTargetMode() == TargetMode.EXTERNAL;
      String target =
          external
              ? r.getTargetURI().toString()
              : PackagingURIHelper.relativizeURI(source, r.getTargetURI(), true).toString();
      list.add(new Relationship(r.getId(), target, external, r.getRelationshipType()));
    }
    return list;
  }

  /** The id POI gives a new relationship: rId and the first free number from the count on. */
  private static String newId(List<Relationship> relationships) {
    Set<String> taken = new HashSet<>();
    relationships.forEach(r -> taken.add(r.id()));
    int n = relationships.size() + 1;
    while (taken.contains("rId" + n)) {
      n++;
    }
    return "rId" + n;
  }

  /** A relationship part: its relationships by id, their attributes in the DOM's (name) order. */
  private static String text(List<Relationship> relationships) throws NotPlain {
    StringBuilder x = new StringBuilder(1024);
    x.append(HEAD).append("<Relationships xmlns=\"").append(RELATIONSHIPS_NS).append('"');
    if (relationships.isEmpty()) {
      return x.append("/>").toString();
    }
    x.append('>');
    List<Relationship> byId = new ArrayList<>(relationships);
    byId.sort(Comparator.comparing(Relationship::id));
    for (Relationship r : byId) {
      x.append("<Relationship Id=\"")
          .append(attribute(r.id()))
          .append("\" Target=\"")
          .append(attribute(r.target()));
      if (r.external()) {
        x.append("\" TargetMode=\"External");
      }
      x.append("\" Type=\"").append(attribute(r.type())).append("\"/>");
    }
    return x.append("</Relationships>").toString();
  }

  /** The core properties as POI's marshaller writes them; empty when a text is not plain. */
  private static Optional<String> coreProperties(PackagePropertiesPart p) {
    StringBuilder x = new StringBuilder(1024);
    x.append(HEAD)
        .append("<cp:coreProperties xmlns:cp=\"")
        .append(PackagePropertiesPart.NAMESPACE_CP_URI)
        .append("\" xmlns:dc=\"")
        .append(PackagePropertiesPart.NAMESPACE_DC_URI)
        .append("\" xmlns:dcterms=\"")
        .append(PackagePropertiesPart.NAMESPACE_DCTERMS_URI)
        .append("\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"");
    int start = x.length();
    x.append('>');
    boolean plain =
        element(x, "cp:category", p.getCategoryProperty(), false)
            && element(x, "cp:contentStatus", p.getContentStatusProperty(), false)
            && element(x, "cp:contentType", p.getContentTypeProperty(), false)
            && element(
                x,
                "dcterms:created",
                date(p.getCreatedProperty(), p.getCreatedPropertyString()),
                true)
            && element(x, "dc:creator", p.getCreatorProperty(), false)
            && element(x, "dc:description", p.getDescriptionProperty(), false)
            && element(x, "dc:identifier", p.getIdentifierProperty(), false)
            && element(x, "cp:keywords", p.getKeywordsProperty(), false)
            && element(x, "dc:language", p.getLanguageProperty(), false)
            && element(x, "cp:lastModifiedBy", p.getLastModifiedByProperty(), false)
            && element(
                x,
                "cp:lastPrinted",
                date(p.getLastPrintedProperty(), p.getLastPrintedPropertyString()),
                false)
            && element(
                x,
                "dcterms:modified",
                date(p.getModifiedProperty(), p.getModifiedPropertyString()),
                true)
            && element(x, "cp:revision", p.getRevisionProperty(), false)
            && element(x, "dc:subject", p.getSubjectProperty(), false)
            && element(x, "dc:title", p.getTitleProperty(), false)
            && element(x, "cp:version", p.getVersionProperty(), false);
    if (!plain) {
      return Optional.empty();
    }
    if (x.length() == start + 1) {
      // no property: an empty root
      x.setLength(start);
      return Optional.of(x.append("/>").toString());
    }
    return Optional.of(x.append("</cp:coreProperties>").toString());
  }

  /**
   * A date property's text where the property is set (POI's text of an unset date is empty, or the
   * clock's time for the modified date; its marshaller leaves the element out).
   */
  private static Optional<String> date(Optional<Date> date, String text) {
    return date.isPresent() ? Optional.of(text) : Optional.empty();
  }

  /** Appends the element if the value is there; false when its text is not plain. */
  private static boolean element(
      StringBuilder x, String name, Optional<String> value, boolean dated) {
    if (value.isEmpty()) {
      return true;
    }
    String text = value.get();
    if (!plain(text)) {
      return false;
    }
    x.append('<').append(name);
    if (dated) {
      x.append(" xsi:type=\"dcterms:W3CDTF\"");
    }
    if (text.isEmpty()) {
      x.append("/>");
      return true;
    }
    x.append('>');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> x.append("&amp;");
        case '<' -> x.append("&lt;");
        case '>' -> x.append("&gt;");
        default -> x.append(c);
      }
    }
    x.append("</").append(name).append('>');
    return true;
  }

  /**
   * Whether the text holds only characters the serialiser writes as themselves or as one of the
   * three entities (no control character, line break, surrogate or other character it might write
   * as a reference).
   */
  static boolean plain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok =
          (c >= ' ' && c <= '~')
              || (c >= '\u00A0' && c < '\u2028')
              || (c > '\u2029' && c < '\uD800')
              || (c >= '\uE000' && c <= '\uFFFD');
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** An attribute's value (names and URIs of the package: checked, never user text). */
  private static String attribute(String value) throws NotPlain {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '&' || c == '<' || c == '>' || c == '"' || c < ' ' || c > '~') {
        throw new NotPlain(value);
      }
    }
    return value;
  }
}
