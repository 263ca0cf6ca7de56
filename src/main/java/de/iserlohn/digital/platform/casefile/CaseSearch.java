package de.iserlohn.digital.platform.casefile;

import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.web.CityTime;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clerks' search over the case file: by case number, Aktenzeichen, name, case type, unit,
 * status, date and the text of the documents; only Vorgänge the user may read, and the text only of
 * documents the user may read. On PostgreSQL the text is searched with the German full-text
 * configuration; on H2 with a case-insensitive contains.
 */
@Service
@Transactional(readOnly = true)
public class CaseSearch {

  private final NamedParameterJdbcTemplate jdbc;
  private final CaseRecords records;

  CaseSearch(NamedParameterJdbcTemplate jdbc, CaseRecords records) {
    this.jdbc = jdbc;
    this.records = records;
  }

  public CaseSearchResult search(CaseQuery query, CurrentUser user) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    String where = where(query, user, params);
    Long total =
        jdbc.queryForObject(
            "select count(*) from vorgang v join akte a on a.id = v.akte_id where " + where,
            params,
            Long.class);
    params.addValue("limit", query.size());
    params.addValue("offset", (long) query.page() * query.size());
    List<VorgangSummary> items =
        jdbc.query(
            "select v.case_number, v.title, v.case_type, v.org_unit, v.file_plan_key, v.status,"
                + " v.created_at, v.party_name, a.aktenzeichen"
                + " from vorgang v join akte a on a.id = v.akte_id where "
                + where
                + " order by "
                + query.sort().sql
                + " limit :limit offset :offset",
            params,
            (rs, i) ->
                new VorgangSummary(
                    rs.getString("case_number"),
                    rs.getString("title"),
                    rs.getString("case_type"),
                    rs.getString("org_unit"),
                    rs.getString("file_plan_key"),
                    VorgangStatus.valueOf(rs.getString("status")),
                    rs.getTimestamp("created_at").toInstant(),
                    rs.getString("party_name"),
                    rs.getString("aktenzeichen")));
    return new CaseSearchResult(items, total == null ? 0 : total, query.page(), query.size());
  }

  /** How many Vorgänge each unit has, open and closed: figures, no contents. */
  public List<UnitFigures> figures() {
    return jdbc.query(
        "select org_unit, sum(case when status = 'OPEN' then 1 else 0 end) as open_count,"
            + " sum(case when status = 'CLOSED' then 1 else 0 end) as closed_count"
            + " from vorgang group by org_unit order by org_unit",
        new MapSqlParameterSource(),
        (rs, i) ->
            new UnitFigures(
                rs.getString("org_unit"), rs.getLong("open_count"), rs.getLong("closed_count")));
  }

  /** Figures of one unit. */
  public record UnitFigures(String orgUnit, long open, long closed) {}

  private String where(CaseQuery q, CurrentUser user, MapSqlParameterSource params) {
    List<String> clauses = new ArrayList<>();
    if (!user.isAdmin()) {
      clauses.add(visibleTo(user, params));
    }
    addFieldCriteria(q, params, clauses);
    addPeriod(q, params, clauses);
    if (q.text() != null) {
      clauses.add(textMatch(q.text(), user.isAdmin(), params));
    }
    return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
  }

  /** A clerk sees the Vorgänge of their units, their own and those shared with them. */
  private static String visibleTo(CurrentUser user, MapSqlParameterSource params) {
    Set<String> units = user.groups().isEmpty() ? Set.of("-") : user.groups();
    params.addValue("units", units);
    params.addValue("userId", user.userId());
    return "(v.org_unit in (:units) or v.owner_id = :userId or (v.retention_class <> 'PERSONNEL'"
        + " and exists (select 1 from vorgang_share s where s.vorgang_id = v.id"
        + " and s.user_id = :userId)))";
  }

  /** Case number, Aktenzeichen, name, case type, unit and status, where given. */
  private static void addFieldCriteria(
      CaseQuery q, MapSqlParameterSource params, List<String> clauses) {
    if (q.caseNumber() != null) {
      params.addValue("caseNumber", likePrefix(q.caseNumber().toUpperCase(Locale.ROOT)));
      clauses.add("upper(v.case_number) like :caseNumber escape '\\'");
    }
    if (q.aktenzeichen() != null) {
      params.addValue("aktenzeichen", likePrefix(q.aktenzeichen().toLowerCase(Locale.ROOT)));
      clauses.add("lower(a.aktenzeichen) like :aktenzeichen escape '\\'");
    }
    if (q.name() != null) {
      params.addValue("name", "%" + escapeLike(q.name().toLowerCase(Locale.ROOT)) + "%");
      clauses.add(
          "(lower(v.party_name) like :name escape '\\' or lower(v.title) like :name escape '\\')");
    }
    if (q.caseType() != null) {
      params.addValue("caseType", q.caseType());
      clauses.add("v.case_type = :caseType");
    }
    if (q.orgUnit() != null) {
      params.addValue("orgUnit", q.orgUnit());
      clauses.add("v.org_unit = :orgUnit");
    }
    if (q.status() != null) {
      params.addValue("status", q.status().name());
      clauses.add("v.status = :status");
    }
  }

  /** Created on or after the first day and on or before the last, where given. */
  private static void addPeriod(CaseQuery q, MapSqlParameterSource params, List<String> clauses) {
    if (q.from() != null) {
      params.addValue("from", Timestamp.from(CityTime.startOfDay(q.from())));
      clauses.add("v.created_at >= :from");
    }
    if (q.to() != null) {
      params.addValue("to", Timestamp.from(CityTime.startOfDay(q.to().plusDays(1))));
      clauses.add("v.created_at < :to");
    }
  }

  /** Words in the Vorgang's documents (full-text search on PostgreSQL, a substring elsewhere). */
  private String textMatch(String text, boolean admin, MapSqlParameterSource params) {
    String match;
    if (records.postgres()) {
      params.addValue("text", text);
      match = "t.search_vector @@ websearch_to_tsquery('german', :text)";
    } else {
      params.addValue("text", "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%");
      match = "lower(t.content) like :text escape '\\'";
    }
    String matching =
        "select d.vorgang_id from document_text t join dokument d"
            + " on d.content_hash = t.content_hash where "
            + match;
    if (admin) {
      return "v.id in (" + matching + ")";
    }
    // a clerk finds words only in documents of their units; the owner and a user the Vorgang
    // is shared with in all of its documents. One semi-join with the rule inside: the few
    // matching documents drive the query (an "or" of two semi-joins made it test every Vorgang)
    return "v.id in ("
        + matching
        + " and (d.org_unit in (:units) or exists (select 1 from vorgang o where o.id ="
        + " d.vorgang_id and (o.owner_id = :userId or exists (select 1 from vorgang_share s"
        + " where s.vorgang_id = o.id and s.user_id = :userId)))))";
  }

  private static String likePrefix(String value) {
    return escapeLike(value) + "%";
  }

  private static String escapeLike(String value) {
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
