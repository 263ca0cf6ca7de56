package de.iserlohn.digital.ozg.trade;

/** Names of the trade-registration model ({@code processes/ozg/trade-registration.bpmn}). */
public final class TradeRegistrationProcess {

  public static final String PROCESS_KEY = "trade-registration";
  public static final String FEE_DECISION = "trade-registration-fee";
  public static final String RECIPIENTS_DECISION = "trade-registration-recipients";

  public static final String REVIEW_NOTIFICATION = "ReviewNotification";
  public static final String REVIEW_OVERDUE = "ReviewOverdue";
  public static final String REQUEST_DOCUMENTS = "RequestDocuments";
  public static final String COLLECT_FEE = "CollectFee";
  public static final String ISSUE_CONFIRMATION = "IssueConfirmation";
  public static final String DETERMINE_RECIPIENTS = "DetermineRecipients";
  public static final String FORWARD_NOTIFICATION = "ForwardNotification";
  public static final String NOTIFICATION_FORWARDED = "NotificationForwarded";
  public static final String NOTIFICATION_REJECTED = "NotificationRejected";
  public static final String NOTIFICATION_CANCELLED = "NotificationCancelled";

  // start-form fields the process and the forwarding use
  public static final String VAR_NOTIFICATION_KIND = "notificationKind";
  public static final String VAR_CRAFT = "craft";
  public static final String VAR_EMPLOYEES = "employees";

  // decision results
  public static final String VAR_CONFIRMATION_TITLE = "confirmationTitle";

  /** The keys of the receiving bodies, comma-separated (e.g. {@code finanzamt,ihk,statistik}). */
  public static final String VAR_RECIPIENTS = "recipients";

  public static final String KIND_REGISTRATION = "anmeldung";
  public static final String KIND_CHANGE = "ummeldung";
  public static final String KIND_DEREGISTRATION = "abmeldung";

  /** The mail template of the forwarding ({@code templates/mail/ozg-trade-forwarding.*}). */
  public static final String FORWARDING_MAIL = "ozg-trade-forwarding";

  private TradeRegistrationProcess() {}
}
