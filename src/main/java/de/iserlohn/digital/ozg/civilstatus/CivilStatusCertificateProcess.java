package de.iserlohn.digital.ozg.civilstatus;

/** Names of the certificate model ({@code processes/ozg/civil-status-certificate.bpmn}). */
public final class CivilStatusCertificateProcess {

  public static final String PROCESS_KEY = "civil-status-certificate";

  public static final String DETERMINE_FEE = "DetermineFee";
  public static final String COLLECT_FEE = "CollectFee";
  public static final String DETERMINE_ENTITLEMENT = "DetermineEntitlement";
  public static final String REVIEW_ENTITLEMENT = "ReviewEntitlement";
  public static final String REVIEW_ENTITLEMENT_OVERDUE = "ReviewEntitlementOverdue";
  public static final String REQUEST_DOCUMENTS = "RequestDocuments";
  public static final String ISSUE_CERTIFICATE = "IssueCertificate";
  public static final String DISPATCH_CERTIFICATE = "DispatchCertificate";
  public static final String CERTIFICATE_ISSUED = "CertificateIssued";
  public static final String REJECTION_NOTICE = "RejectionNotice";
  public static final String REFUND_FEE = "RefundFee";
  public static final String APPLICATION_REJECTED = "ApplicationRejected";
  public static final String APPLICATION_CANCELLED = "ApplicationCancelled";

  // start form
  public static final String VAR_CERTIFICATE_TYPE = "certificateType";
  public static final String VAR_DOCUMENT_KIND = "documentKind";
  public static final String VAR_COPIES = "copies";
  public static final String VAR_RELATION = "relation";
  public static final String VAR_DELIVERY = "delivery";
  public static final String BY_POST = "post";
  public static final String DIGITAL = "digital";

  // decision civil-status-entitlement
  public static final String VAR_ENTITLED = "entitled";
  public static final String VAR_ENTITLEMENT_REASON = "entitlementReason";

  // the title of the issued certificate (bean civilStatusCertificates)
  public static final String VAR_CERTIFICATE_TITLE = "certificateTitle";

  private CivilStatusCertificateProcess() {}
}
