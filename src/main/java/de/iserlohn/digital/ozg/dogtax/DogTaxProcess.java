package de.iserlohn.digital.ozg.dogtax;

/** Names of the dog-tax model ({@code processes/ozg/dog-tax.bpmn}). */
public final class DogTaxProcess {

  public static final String PROCESS_KEY = "dog-tax";

  public static final String DETERMINE_LISTED_DOG = "DetermineListedDog";
  public static final String DETERMINE_TAX_RATE = "DetermineTaxRate";
  public static final String CHECK_REGISTRATION = "CheckRegistration";
  public static final String CHECK_REGISTRATION_OVERDUE = "CheckRegistrationOverdue";
  public static final String REQUEST_DOCUMENTS = "RequestDocuments";
  public static final String ASSESS_TAX = "AssessTax";
  public static final String ASSESSMENT_NOTICE = "AssessmentNotice";
  public static final String END_TAX = "EndTax";
  public static final String DEREGISTRATION_NOTICE = "DeregistrationNotice";
  public static final String REJECTION_NOTICE = "RejectionNotice";
  public static final String TAX_ASSESSED = "TaxAssessed";
  public static final String DOG_DEREGISTERED = "DogDeregistered";
  public static final String REGISTRATION_REJECTED = "RegistrationRejected";

  // start form
  public static final String VAR_REGISTRATION_TYPE = "registrationType";
  public static final String REGISTRATION = "anmeldung";
  public static final String DEREGISTRATION = "abmeldung";
  public static final String VAR_BREED = "breed";
  public static final String VAR_DOGS_IN_HOUSEHOLD = "dogsInHousehold";
  public static final String VAR_EFFECTIVE_DATE = "effectiveDate";

  // decisions dog-listed-breed and dog-tax-rate
  public static final String VAR_LISTED_DOG = "listedDog";
  public static final String VAR_LEGAL_BASIS = "legalBasis";
  public static final String VAR_DOG_COUNT = "dogCount";
  public static final String VAR_YEARLY_RATE = "yearlyRate";
  public static final String VAR_RATE_REASON = "rateReason";

  // assessment and deregistration (texts for the notice)
  public static final String VAR_TAX_FROM = "taxFrom";
  public static final String VAR_TAX_UNTIL = "taxUntil";
  public static final String VAR_TAX_YEAR = "taxYear";
  public static final String VAR_YEARLY_TAX = "yearlyTax";
  public static final String VAR_TAX_THIS_YEAR = "taxThisYear";

  private DogTaxProcess() {}
}
