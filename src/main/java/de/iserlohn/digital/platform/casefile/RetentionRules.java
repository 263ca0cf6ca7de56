package de.iserlohn.digital.platform.casefile;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The retention rules (table {@code retention_rule}): per file-plan key and case type, with the
 * subject's rule for every case type ({@code *}) as fallback, and the Vorgang's {@link
 * RetentionClass} (its years from the end of the year, archive decides) where the plan names none.
 * Read once and kept in memory like the {@link FilePlan}; {@link #reload()} reads them again.
 */
@Component
public class RetentionRules {

  private final JdbcTemplate jdbc;
  private volatile Map<String, RetentionRule> rules;

  RetentionRules(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The rule for a Vorgang of this file-plan key, case type and retention class. */
  public RetentionRule ruleFor(String planKey, String caseType, RetentionClass retentionClass) {
    Map<String, RetentionRule> all = all();
    RetentionRule rule = all.get(planKey + "|" + caseType);
    if (rule == null) {
      rule = all.get(planKey + "|" + FilePlan.ANY_CASE_TYPE);
    }
    if (rule == null) {
      rule =
          new RetentionRule(
              planKey,
              FilePlan.ANY_CASE_TYPE,
              Math.max(1, retentionClass.days() / 365),
              RetentionRule.Start.END_OF_YEAR,
              ArchiveValue.B);
    }
    return rule;
  }

  /** All rules of the plan, ordered by key and case type. */
  public List<RetentionRule> list() {
    return all().values().stream()
        .sorted(
            java.util.Comparator.comparing(RetentionRule::planKey)
                .thenComparing(RetentionRule::caseType))
        .toList();
  }

  /** Reads the rules again (after the table was changed). */
  public void reload() {
    rules = load();
  }

  private Map<String, RetentionRule> all() {
    Map<String, RetentionRule> current = rules;
    if (current == null) {
      current = load();
      rules = current;
    }
    return current;
  }

  private Map<String, RetentionRule> load() {
    return jdbc
        .query(
            "select plan_key, case_type, retention_years, start_event, archive_value"
                + " from retention_rule",
            (rs, i) ->
                new RetentionRule(
                    rs.getString("plan_key"),
                    rs.getString("case_type"),
                    rs.getInt("retention_years"),
                    RetentionRule.Start.valueOf(rs.getString("start_event")),
                    ArchiveValue.valueOf(rs.getString("archive_value"))))
        .stream()
        .collect(
            Collectors.toUnmodifiableMap(
                r -> r.planKey() + "|" + r.caseType(), Function.identity()));
  }
}
