package de.iserlohn.digital.invoice;

import de.iserlohn.digital.platform.notification.Notifications;
import de.iserlohn.digital.platform.notification.OutgoingMail;
import de.iserlohn.digital.platform.web.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Status changes of register entries made by the approval process. */
@Service
class InvoiceStatusService {

  static final String REJECTED_TO_SUPPLIER = "REJECTED";
  static final String RELEASED = "RELEASED";
  static final String PROCESS = "process";

  private final InvoiceRegister register;
  private final Notifications notifications;

  InvoiceStatusService(InvoiceRegister register, Notifications notifications) {
    this.register = register;
    this.notifications = notifications;
  }

  /** Sends the supplier the broken rules (when the invoice names an e-mail address). */
  @Transactional
  void rejectToSupplier(String registerNumber) {
    InvoiceView invoice = load(registerNumber);
    if (invoice.status().equals(REJECTED_TO_SUPPLIER)) {
      return;
    }
    String email = register.supplierEmail(registerNumber).orElse(null);
    List<Map<String, String>> errors =
        invoice.findings().stream()
            .filter(Finding::isError)
            .map(f -> Map.of("ruleId", f.ruleId(), "message", String.valueOf(f.message())))
            .toList();
    if (email != null) {
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("registerNumber", registerNumber);
      model.put("invoiceNumber", String.valueOf(invoice.invoiceNumber()));
      model.put("findings", errors);
      notifications.send(OutgoingMail.of(email, "invoice-rejected", model));
    }
    register.recordStatus(
        registerNumber,
        REJECTED_TO_SUPPLIER,
        PROCESS,
        email == null
            ? "Keine E-Mail-Adresse des Lieferanten in der Rechnung: bitte auf anderem Weg ablehnen"
            : "Ablehnung an " + email + " gesendet");
  }

  @Transactional
  void release(String registerNumber, String approvers) {
    InvoiceView invoice = load(registerNumber);
    if (!invoice.status().equals(RELEASED)) {
      register.recordStatus(registerNumber, RELEASED, PROCESS, "Freigegeben von " + approvers);
    }
  }

  private InvoiceView load(String registerNumber) {
    return register
        .find(registerNumber)
        .orElseThrow(() -> new NotFoundException("Rechnung " + registerNumber + " nicht gefunden"));
  }
}
