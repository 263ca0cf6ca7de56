package de.iserlohn.digital.ozg.defect;

/** Names of the defect-report model ({@code processes/ozg/defect-report.bpmn}). */
public final class DefectReportProcess {

  public static final String PROCESS_KEY = "defect-report";

  public static final String ROUTE_REPORT = "RouteReport";
  public static final String FIX_DEFECT = "FixDefect";
  public static final String FIX_DEFECT_OVERDUE = "FixDefectOverdue";
  public static final String REQUEST_DETAILS = "RequestDetails";
  public static final String DEFECT_FIXED = "DefectFixed";
  public static final String REPORT_CLOSED = "ReportClosed";

  public static final String VAR_CATEGORY = "category";
  public static final String VAR_PRIORITY = "priority";

  /** The decision value of the task "Gemeldeten Mangel beheben" for a fixed defect. */
  public static final String FIXED = "erledigt";

  private DefectReportProcess() {}
}
