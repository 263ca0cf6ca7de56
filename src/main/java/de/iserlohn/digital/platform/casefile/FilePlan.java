package de.iserlohn.digital.platform.casefile;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The city's file plan (Aktenplan): units with their number and name, their subjects, and which
 * subject a Vorgang of a case type in an org unit is filed under. The plan is data (tables {@code
 * file_plan_*}), read once and kept in memory; {@link #reload()} reads it again after a change.
 */
@Component
public class FilePlan {

  /** The case type of an assignment that applies to every other case type of its unit. */
  static final String ANY_CASE_TYPE = "*";

  private final JdbcTemplate jdbc;
  private volatile Snapshot snapshot;

  FilePlan(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The units in the order they are listed to people. */
  public List<FilePlanUnit> units() {
    return plan().units();
  }

  /** The unit of an org-unit group, if the plan has one. */
  public Optional<FilePlanUnit> unit(String orgUnit) {
    return Optional.ofNullable(plan().unitsByOrgUnit().get(orgUnit));
  }

  /** The unit's label ("22 Bereich Steuern und Gebühren"), or the group id outside the plan. */
  public String unitLabel(String orgUnit) {
    return unit(orgUnit).map(FilePlanUnit::label).orElse(orgUnit);
  }

  /** All subjects, ordered by unit and key. */
  public List<FilePlanSubject> subjects() {
    return plan().subjects();
  }

  /** The subjects of one unit, ordered by key. */
  public List<FilePlanSubject> subjects(String orgUnit) {
    return plan().subjects().stream().filter(s -> s.orgUnit().equals(orgUnit)).toList();
  }

  /** The subject of a file-plan key. */
  public Optional<FilePlanSubject> subject(String key) {
    return Optional.ofNullable(plan().subjectsByKey().get(key));
  }

  /**
   * The subject a new Vorgang of this case type in this org unit is filed under: the assignment of
   * the case type, else the unit's general records.
   *
   * @throws IllegalArgumentException when the org unit is not in the file plan
   */
  public FilePlanSubject subjectFor(String caseType, String orgUnit) {
    Snapshot plan = plan();
    String key = plan.assignments().get(orgUnit + "|" + caseType);
    if (key == null) {
      key = plan.assignments().get(orgUnit + "|" + ANY_CASE_TYPE);
    }
    if (key == null) {
      throw new IllegalArgumentException("Org unit not in the file plan: " + orgUnit);
    }
    return plan.subjectsByKey().get(key);
  }

  /**
   * The case types with an assignment of their own, each with the title of its subject (e.g. {@code
   * dog-tax} -> Hundesteuer), ordered by title: what a clerk can search for.
   */
  public java.util.SortedMap<String, String> caseTypes() {
    Snapshot plan = plan();
    java.util.SortedMap<String, String> types = new java.util.TreeMap<>();
    plan.assignments()
        .forEach(
            (unitAndType, key) -> {
              String type = unitAndType.substring(unitAndType.indexOf('|') + 1);
              if (!ANY_CASE_TYPE.equals(type)) {
                types.putIfAbsent(type, plan.subjectsByKey().get(key).title());
              }
            });
    return types;
  }

  /** Reads the plan again (after the tables were changed). */
  public void reload() {
    snapshot = load();
  }

  private Snapshot plan() {
    Snapshot current = snapshot;
    if (current == null) {
      current = load();
      snapshot = current;
    }
    return current;
  }

  private Snapshot load() {
    List<FilePlanUnit> units =
        jdbc.query(
            "select org_unit, unit_no, name from file_plan_unit order by sort_order, org_unit",
            (rs, i) ->
                new FilePlanUnit(
                    rs.getString("org_unit"), rs.getString("unit_no"), rs.getString("name")));
    Map<String, Integer> order =
        units.stream()
            .collect(Collectors.toMap(FilePlanUnit::orgUnit, u -> units.indexOf(u), (a, b) -> a));
    List<FilePlanSubject> subjects =
        jdbc
            .query(
                "select plan_key, org_unit, title from file_plan_subject",
                (rs, i) ->
                    new FilePlanSubject(
                        rs.getString("plan_key"), rs.getString("org_unit"), rs.getString("title")))
            .stream()
            .sorted(
                java.util.Comparator.comparing(
                        (FilePlanSubject s) -> order.getOrDefault(s.orgUnit(), Integer.MAX_VALUE))
                    .thenComparing(FilePlanSubject::key))
            .toList();
    Map<String, String> assignments =
        jdbc
            .query(
                "select org_unit, case_type, plan_key from file_plan_assignment",
                (rs, i) ->
                    Map.entry(
                        rs.getString("org_unit") + "|" + rs.getString("case_type"),
                        rs.getString("plan_key")))
            .stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    return new Snapshot(
        units,
        units.stream()
            .collect(Collectors.toUnmodifiableMap(FilePlanUnit::orgUnit, Function.identity())),
        subjects,
        subjects.stream()
            .collect(Collectors.toUnmodifiableMap(FilePlanSubject::key, Function.identity())),
        assignments);
  }

  private record Snapshot(
      List<FilePlanUnit> units,
      Map<String, FilePlanUnit> unitsByOrgUnit,
      List<FilePlanSubject> subjects,
      Map<String, FilePlanSubject> subjectsByKey,
      Map<String, String> assignments) {}
}
