package rbs.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;

/**
 * A report workbook's shared strings. Two plain strings (one text, no runs, no phonetics) are the
 * same entry when their texts are equal, as their XML is then equal too: a cell's text gets {@code
 * xml:space="preserve"} by its own leading and trailing spaces. Other strings keep POI's key, their
 * XML, which never starts with the character that starts a plain string's key.
 *
 * <p>The texts of cells set as text ({@link #add}) are kept as texts and the table written as text,
 * in the bytes POI's table and its XML writer give it (POI builds an XML object per entry, copies
 * it into its table and serialises the table: a tenth of writing a workbook's cells). The first
 * time POI itself adds or reads an entry (a cell of POI's: a formula, or the cells of a chart POI
 * draws), the texts so far become POI's entries, in their order, and POI's table is the table from
 * then on. {@code PlainKeyedStringsTest} writes random tables both ways and compares their bytes.
 */
final class PlainKeyedStrings extends SharedStringsTable {
  private final Map<String, Integer> plain = new HashMap<>();
  // the entries added as text, while POI's table holds none of them
  private final List<String> texts = new ArrayList<>();
  private boolean poiTable;

  /**
   * Adds a plain text as a cell's text adds it ({@code addSharedStringItem} of a new {@code
   * XSSFRichTextString}): counted every time, an entry the first time.
   */
  int add(String text) {
    Integer known = plain.get(text);
    if (known != null) {
      count++;
      return known;
    }
    int index;
    if (poiTable) {
      index = super.addSharedStringItem(new XSSFRichTextString(text));
    } else {
      index = texts.size();
      texts.add(text);
      count++;
      uniqueCount++;
    }
    plain.put(text, index);
    return index;
  }

  /** Makes the texts so far POI's entries (once), counted as they were. */
  private void poiTable() {
    if (poiTable) {
      return;
    }
    poiTable = true;
    int counted = count;
    uniqueCount = 0;
    for (String text : texts) {
      super.addSharedStringItem(new XSSFRichTextString(text));
    }
    count = counted;
    texts.clear();
  }

  @Override
  public int addSharedStringItem(RichTextString string) {
    poiTable();
    return super.addSharedStringItem(string);
  }

  @Override
  public RichTextString getItemAt(int idx) {
    poiTable();
    return super.getItemAt(idx);
  }

  @Override
  public List<RichTextString> getSharedStringItems() {
    poiTable();
    return super.getSharedStringItems();
  }

  @Override
  public void writeTo(OutputStream out) throws IOException {
    if (poiTable || texts.isEmpty()) {
      poiTable();
      super.writeTo(out);
      return;
    }
    StringBuilder x = new StringBuilder(64 * texts.size() + 200);
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst count=\"").append(count);
    x.append("\" uniqueCount=\"").append(uniqueCount);
    x.append("\" xmlns=\"").append(XSSFRelation.NS_SPREADSHEETML).append("\">");
    for (String text : texts) {
      if (text.isEmpty()) {
        x.append("<si><t/></si>");
        continue;
      }
      x.append("<si><t");
      if (Character.isWhitespace(text.charAt(0))
          || Character.isWhitespace(text.charAt(text.length() - 1))) {
        x.append(" xml:space=\"preserve\"");
      }
      x.append('>');
      XmlBeansText.content(x, text);
      x.append("</t></si>");
    }
    x.append("</sst>");
    out.write(x.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Override
  protected String xmlText(CTRst st) {
    if (st.isSetT()
        && st.sizeOfRArray() == 0
        && st.sizeOfRPhArray() == 0
        && !st.isSetPhoneticPr()) {
      return "\u0000" + st.getT();
    }
    return super.xmlText(st);
  }
}
