package de.iserlohn.digital.hr.documents;

import de.iserlohn.digital.platform.pdf.PdfA;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders the HR documents (approvals, agreements) as simple, accessible PDF/A documents (platform
 * {@link PdfA}): a title, a table of labelled values and a closing text.
 */
public final class HrPdf {

  private HrPdf() {}

  public static byte[] render(String title, Map<String, String> fields, String closingText) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"UTF-8\"/><title>")
        .append(esc(title))
        .append("</title><style>body{font-family:sans-serif;font-size:11pt;}")
        .append("th{text-align:left;padding-right:12pt;vertical-align:top;}</style></head><body>")
        .append("<p>Stadt Iserlohn – Personalabteilung</p><h1>")
        .append(esc(title))
        .append("</h1><table>");
    fields.forEach(
        (label, value) ->
            html.append("<tr><th scope=\"row\">")
                .append(esc(label))
                .append("</th><td>")
                .append(esc(value == null ? "–" : value))
                .append("</td></tr>"));
    html.append("</table><p>").append(esc(closingText)).append("</p></body></html>");
    return PdfA.render(html.toString());
  }

  private static String esc(String s) {
    return HtmlUtils.htmlEscape(s, "UTF-8");
  }
}
