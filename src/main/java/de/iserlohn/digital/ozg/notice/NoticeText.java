package de.iserlohn.digital.ozg.notice;

import de.iserlohn.digital.platform.web.CityTime;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the placeholders of a notice text from a model: {@code {pickupDate}} becomes the value of
 * the process variable {@code pickupDate}; ISO dates are written the German way (01.12.2026).
 */
final class NoticeText {

  static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

  private NoticeText() {}

  static String fill(String text, Function<String, Object> variables) {
    if (text == null) {
      return "";
    }
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Object value = variables.apply(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(display(value)));
    }
    m.appendTail(out);
    return out.toString();
  }

  static String fill(String text, Map<String, Object> variables) {
    return fill(text, variables::get);
  }

  static String display(Object value) {
    if (value == null) {
      return "–";
    }
    String text = value.toString();
    if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
      try {
        return LocalDate.parse(text).format(CityTime.DATE);
      } catch (DateTimeParseException e) {
        return text;
      }
    }
    return text;
  }
}
