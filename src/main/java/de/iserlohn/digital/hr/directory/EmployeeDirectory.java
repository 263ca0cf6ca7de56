package de.iserlohn.digital.hr.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The employee directory: who works in which org unit and who is their supervisor. */
@Service
@Transactional
public class EmployeeDirectory {

  private static final String SELECT =
      """
      select e.user_id, e.first_name, e.last_name, e.org_unit, e.email, l.lead_user_id
        from hr_employee e left join hr_org_unit_lead l on l.org_unit = e.org_unit
      """;

  private static final RowMapper<Employee> ROW =
      (rs, i) -> {
        String lead = rs.getString("lead_user_id");
        String userId = rs.getString("user_id");
        return new Employee(
            userId,
            rs.getString("first_name"),
            rs.getString("last_name"),
            rs.getString("org_unit"),
            rs.getString("email"),
            userId.equals(lead) ? null : lead);
      };

  private final JdbcTemplate jdbc;

  EmployeeDirectory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public Optional<Employee> find(String userId) {
    return jdbc.query(SELECT + " where e.user_id = ?", ROW, userId).stream().findFirst();
  }

  @Transactional(readOnly = true)
  public List<Employee> all() {
    return jdbc.query(SELECT + " order by e.last_name, e.first_name", ROW);
  }

  /** Adds the employee or updates name, unit and mail (idempotent). */
  public void save(String userId, String firstName, String lastName, String orgUnit, String email) {
    int updated =
        jdbc.update(
            "update hr_employee set first_name = ?, last_name = ?, org_unit = ?, email = ?"
                + " where user_id = ?",
            firstName,
            lastName,
            orgUnit,
            email,
            userId);
    if (updated == 0) {
      jdbc.update(
          "insert into hr_employee (user_id, first_name, last_name, org_unit, email)"
              + " values (?, ?, ?, ?, ?)",
          userId,
          firstName,
          lastName,
          orgUnit,
          email);
    }
  }

  /** Sets the lead of an org unit (idempotent). */
  public void setLead(String orgUnit, String leadUserId) {
    int updated =
        jdbc.update(
            "update hr_org_unit_lead set lead_user_id = ? where org_unit = ?", leadUserId, orgUnit);
    if (updated == 0) {
      jdbc.update(
          "insert into hr_org_unit_lead (org_unit, lead_user_id) values (?, ?)",
          orgUnit,
          leadUserId);
    }
  }
}
