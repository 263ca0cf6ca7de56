package de.iserlohn.digital.hr.personnelfile;

import de.iserlohn.digital.hr.directory.Employee;
import de.iserlohn.digital.hr.directory.EmployeeDirectory;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.casefile.DokumentView;
import de.iserlohn.digital.platform.casefile.NewDokument;
import de.iserlohn.digital.platform.casefile.OpenVorgang;
import de.iserlohn.digital.platform.casefile.RetentionClass;
import de.iserlohn.digital.platform.casefile.SourceChannel;
import de.iserlohn.digital.platform.casefile.VorgangDetails;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.identity.OrgUnits;
import de.iserlohn.digital.platform.web.NotFoundException;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The digital personnel file (Personalakte): one Akte per employee ({@code
 * personal/personalakte/<userId>}) with one Vorgang per section, owned by the employee and worked
 * by the org unit {@code personal}. Reads go through the case file, so its access rules apply (HR
 * and the employee; everybody else gets a 404) and every read is audited.
 */
@Service
@Transactional
public class PersonnelFiles {

  static final String CASE_TYPE = "personalakte";

  private final CaseFileManagement caseFile;
  private final EmployeeDirectory directory;

  PersonnelFiles(CaseFileManagement caseFile, EmployeeDirectory directory) {
    this.caseFile = caseFile;
    this.directory = directory;
  }

  public static String aktenzeichen(String userId) {
    return "personal/personalakte/" + userId;
  }

  /** Opens the sections that do not exist yet (idempotent). */
  public void ensureFile(Employee employee, CurrentUser actor) {
    for (PersonnelFileSection section : PersonnelFileSection.values()) {
      String caseNumber = section.caseNumber(employee.userId());
      if (!caseFile.exists(caseNumber)) {
        caseFile.open(
            new OpenVorgang(
                caseNumber,
                "Personalakte " + employee.displayName() + ": " + section.label(),
                CASE_TYPE,
                OrgUnits.PERSONAL,
                employee.userId(),
                RetentionClass.PERSONNEL,
                aktenzeichen(employee.userId())),
            actor);
      }
    }
  }

  /** Files a document into a section of the employee's file (processes and HR uploads). */
  public DokumentView file(
      String userId,
      PersonnelFileSection section,
      String fileName,
      String mediaType,
      String documentType,
      SourceChannel channel,
      byte[] content,
      CurrentUser actor) {
    Employee employee =
        directory.find(userId).orElseThrow(() -> NotFoundException.of("Personalakte", userId));
    ensureFile(employee, actor);
    return caseFile.addDocument(
        section.caseNumber(userId),
        new NewDokument(
            fileName,
            mediaType,
            documentType,
            channel,
            OrgUnits.PERSONAL,
            RetentionClass.PERSONNEL),
        new ByteArrayInputStream(content),
        actor);
  }

  /**
   * The file with its sections and documents as the caller may see it. Anybody but HR and the
   * employee gets a 404 (and an {@code ACCESS_DENIED} audit entry); every section read is audited.
   */
  public PersonnelFileView read(String userId, CurrentUser user) {
    Employee employee =
        directory.find(userId).orElseThrow(() -> NotFoundException.of("Personalakte", userId));
    if (!caseFile.exists(PersonnelFileSection.GRUNDDATEN.caseNumber(userId))) {
      throw NotFoundException.of("Personalakte", userId);
    }
    List<PersonnelFileView.Section> sections = new ArrayList<>();
    try {
      for (PersonnelFileSection section : PersonnelFileSection.values()) {
        VorgangDetails details = caseFile.read(section.caseNumber(userId), user);
        sections.add(
            new PersonnelFileView.Section(
                section,
                section.label(),
                details.caseNumber(),
                details.documents().stream().map(PersonnelFileView.Document::of).toList()));
      }
    } catch (NotFoundException e) {
      throw NotFoundException.of("Personalakte", userId);
    }
    return new PersonnelFileView(
        employee.userId(),
        employee.displayName(),
        employee.orgUnit(),
        aktenzeichen(userId),
        !user.isMemberOf(OrgUnits.PERSONAL) && !user.isAdmin(),
        sections);
  }
}
