package de.iserlohn.digital.ozg.application;

import de.iserlohn.digital.platform.casefile.CaseDataEraser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Erases an OZG application with the citizen's data (name, address, form data), its status history,
 * document requests and payments when its Vorgang is disposed of.
 */
@Component
class OzgApplicationEraser implements CaseDataEraser {

  private final JdbcTemplate jdbc;

  OzgApplicationEraser(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void erase(String caseNumber) {
    jdbc.update("delete from ozg_status_entry where case_number = ?", caseNumber);
    jdbc.update("delete from ozg_document_request where case_number = ?", caseNumber);
    jdbc.update("delete from ozg_payment where case_number = ?", caseNumber);
    jdbc.update("delete from ozg_application where case_number = ?", caseNumber);
  }
}
