package de.iserlohn.digital.smartcity.watering;

/** Names of the tree-watering model ({@code processes/smartcity/tree-watering.bpmn}). */
public final class TreeWateringProcess {

  public static final String PROCESS_KEY = "tree-watering";
  static final String WATERING_NEEDED = "WateringNeeded";
  static final String WATER_TREES = "WaterTrees";
  static final String AWAIT_WATERING_CONFIRMED = "AwaitWateringConfirmed";
  static final String CONFIRMATION_OVERDUE = "ConfirmationOverdue";
  static final String CHECK_WATERING = "CheckWatering";
  static final String WATERING_CONFIRMED = "WateringConfirmed";
  static final String WATERING_CHECKED = "WateringChecked";

  static final String MESSAGE_TREE_WATERED = "TreeWatered";

  static final String VAR_DISTRICT = "district";
  static final String VAR_TREES = "trees";
  static final String VAR_TREE_LIST = "treeList";
  static final String VAR_WATERING_DUE = "wateringDue";

  /** Local variable of each waiting confirmation: the tree whose moist readings confirm it. */
  static final String VAR_AWAITED_TREE = "awaitedTree";

  static final String BUSINESS_KEY = "bewaesserung:";

  /** Local hour by which the day's watering order is due. */
  static final int DUE_HOUR = 18;

  private TreeWateringProcess() {}
}
