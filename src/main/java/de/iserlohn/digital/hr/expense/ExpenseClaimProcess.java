package de.iserlohn.digital.hr.expense;

/** Names of the expense-claim model ({@code processes/hr/travel-expense.bpmn}). */
public final class ExpenseClaimProcess {

  public static final String PROCESS_KEY = "travel-expense";
  public static final String CASE_TYPE = "reisekostenabrechnung";

  public static final String CALCULATE_ALLOWANCES = "CalculateAllowances";
  public static final String CHECK_EXPENSE_CLAIM = "CheckExpenseClaim";
  public static final String CREATE_PAYMENT_ORDER = "CreatePaymentOrder";
  public static final String REJECT_EXPENSE_CLAIM = "RejectExpenseClaim";
  public static final String PAYMENT_ORDERED = "PaymentOrdered";
  public static final String EXPENSE_CLAIM_REJECTED = "ExpenseClaimRejected";

  public static final String VAR_EMPLOYEE_ID = "employeeId";
  public static final String VAR_EMPLOYEE_NAME = "employeeName";
  public static final String VAR_TRAVEL_CASE_NUMBER = "travelCaseNumber";
  public static final String VAR_DEPARTURE = "departure";
  public static final String VAR_RETURN = "returnAt";
  public static final String VAR_BREAKFASTS = "breakfasts";
  public static final String VAR_LUNCHES = "lunches";
  public static final String VAR_DINNERS = "dinners";
  public static final String VAR_VEHICLE = "vehicle";
  public static final String VAR_KILOMETRES = "kilometres";
  public static final String VAR_GOOD_REASON = "goodReason";
  public static final String VAR_RECEIPTS_TOTAL = "receiptsTotal";
  public static final String VAR_RECEIPT_COUNT = "receiptCount";
  public static final String VAR_CHECK_DUE_DATE = "checkDueDate";
  public static final String VAR_PER_DIEM_TOTAL = "perDiemTotal";
  public static final String VAR_MEAL_REDUCTION_TOTAL = "mealReductionTotal";
  public static final String VAR_MILEAGE_TOTAL = "mileageTotal";
  public static final String VAR_TOTAL_AMOUNT = "totalAmount";
  public static final String VAR_CHECK_DECISION = "checkDecision";
  public static final String VAR_CHECK_NOTE = "checkNote";

  public static final String CORRECT = "richtig";

  /** Time HR has for the factual check. */
  public static final int CHECK_DAYS = 14;

  private ExpenseClaimProcess() {}
}
