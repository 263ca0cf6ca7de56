package de.iserlohn.digital.smartcity.maintenance;

/**
 * Names of the maintenance models: {@code processes/smartcity/device-health-check.bpmn} (timer) and
 * {@code processes/smartcity/device-maintenance.bpmn} (one per device).
 */
final class MaintenanceProcess {

  static final String CHECK_PROCESS_KEY = "device-health-check";

  static final String PROCESS_KEY = "device-maintenance";
  static final String MAINTAIN_DEVICE = "MaintainDevice";
  static final String DEVICE_HEALTHY_AGAIN = "DeviceHealthyAgain";
  static final String MAINTENANCE_DONE = "MaintenanceDone";
  static final String MAINTENANCE_OBSOLETE = "MaintenanceObsolete";

  static final String MESSAGE_DEVICE_HEALTHY = "DeviceHealthy";

  static final String VAR_DEV_EUI = "devEui";
  static final String VAR_DEVICE_LABEL = "deviceLabel";
  static final String VAR_PROBLEM = "problem";

  static final String BUSINESS_KEY = "wartung:";

  private MaintenanceProcess() {}
}
