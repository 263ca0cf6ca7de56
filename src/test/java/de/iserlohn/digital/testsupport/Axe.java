package de.iserlohn.digital.testsupport;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (the field's WCAG checker, {@code com.deque.html.axe-core:selenium}; its {@code
 * axe.min.js} ships inside the jar, nothing is downloaded) on the page the browser shows now, with
 * the WCAG 2.1 A and AA rules, and answers the violations as readable lines.
 *
 * <pre>{@code
 * driver.get(url);
 * assertThat(Axe.violations(driver)).isEmpty();
 * }</pre>
 */
public final class Axe {

  /** The rule tags checked: WCAG 2.0 and 2.1, levels A and AA. */
  public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private Axe() {}

  /**
   * The WCAG 2.1 A/AA violations on the current page, one line per rule and element ({@code rule-id
   * (impact) on selector: help | html | what fails}); empty when the page is fine.
   */
  public static List<String> violations(WebDriver driver) {
    return violations(driver, List.of());
  }

  /**
   * As {@link #violations(WebDriver)}, without the elements matched by the given CSS selectors
   * (e.g. vendor markup that the project does not render itself).
   */
  public static List<String> violations(WebDriver driver, List<String> excludedSelectors) {
    AxeBuilder builder = new AxeBuilder().withTags(WCAG_21_AA);
    for (String selector : excludedSelectors) {
      builder.exclude(selector);
    }
    Results results = builder.analyze(driver);
    if (results.isErrored()) {
      throw new IllegalStateException("axe-core failed: " + results.getErrorMessage());
    }
    List<String> lines = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      for (CheckedNode node : rule.getNodes()) {
        lines.add(
            "%s (%s) on %s: %s | %s | %s"
                .formatted(
                    rule.getId(),
                    rule.getImpact(),
                    node.getTarget(),
                    rule.getHelp(),
                    abbreviate(node.getHtml()),
                    oneLine(node.getFailureSummary())));
      }
    }
    return lines;
  }

  /** The violations as one text block for an assertion message, with the page's address. */
  public static String report(WebDriver driver, List<String> violations) {
    return driver.getCurrentUrl() + "\n  " + String.join("\n  ", violations);
  }

  private static String abbreviate(String html) {
    String text = oneLine(html);
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").trim();
  }
}
