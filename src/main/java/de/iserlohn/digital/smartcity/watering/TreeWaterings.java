package de.iserlohn.digital.smartcity.watering;

import static de.iserlohn.digital.smartcity.watering.TreeWateringProcess.*;

import de.iserlohn.digital.platform.cluster.ProcessClaims;
import de.iserlohn.digital.platform.web.CityTime;
import de.iserlohn.digital.smartcity.TreeWaterState;
import de.iserlohn.digital.smartcity.TreeWaterStateChanged;
import de.iserlohn.digital.smartcity.ingestion.ProcessVariables;
import de.iserlohn.digital.smartcity.ingestion.Registry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Confirmed tree water states drive the watering: a tree that needs water joins its district's
 * watering order of the day (one task per district and day while the task is open); the tree's next
 * moist readings, confirmed twice by the table, confirm the watering (message {@code TreeWatered}).
 */
@Component
class TreeWaterings {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final Registry registry;
  private final ProcessClaims claims;

  private final TransactionTemplate ownTransaction;

  TreeWaterings(
      RuntimeService runtime,
      TaskService tasks,
      Registry registry,
      PlatformTransactionManager transactions,
      ProcessClaims claims) {
    this.runtime = runtime;
    this.claims = claims;
    this.tasks = tasks;
    this.registry = registry;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @ApplicationModuleListener
  void on(TreeWaterStateChanged changed) {
    if (changed.from() == TreeWaterState.OK) {
      order(changed.assetId(), changed.district(), CityTime.day(changed.at()));
    } else if (changed.to() == TreeWaterState.OK) {
      confirmWatering(changed.assetId());
    }
  }

  /**
   * Correlates {@code TreeWatered} to the tree's waiting stop. Two trees of one order confirmed at
   * the same moment update the same instance: each attempt runs in a transaction of its own, and
   * the one that loses the optimistic lock tries again.
   */
  private void confirmWatering(String treeId) {
    for (int attempt = 1; ; attempt++) {
      try {
        ownTransaction.executeWithoutResult(
            s ->
                runtime
                    .createMessageCorrelation(MESSAGE_TREE_WATERED)
                    .localVariableEquals(VAR_AWAITED_TREE, treeId)
                    .correlateAll());
        return;
      } catch (OptimisticLockingException e) {
        if (attempt == 5) {
          throw e;
        }
      }
    }
  }

  /**
   * Adds the tree to the district's open order of the day, or starts the day's order. The claim
   * {@code bewaesserung:<district>:<day>} (ADR 0075) is held by the instance whose task "Bäume
   * gießen" is open; its row lock serialises the starts and joins of one district and day across
   * all nodes. Once the task is done, the next dry tree starts {@code #2}, {@code #3}, ...
   */
  void order(String treeId, String district, LocalDate day) {
    String key = BUSINESS_KEY + district + ":" + day;
    ProcessClaims.Holder holder =
        claims.startUnlessHeld(
            PROCESS_KEY,
            key,
            this::waterTreesOpen,
            () -> {
              long earlier =
                  runtime
                      .createProcessInstanceQuery()
                      .processDefinitionKey(PROCESS_KEY)
                      .processInstanceBusinessKeyLike(key + "%")
                      .count();
              return runtime
                  .startProcessInstanceByKey(
                      PROCESS_KEY,
                      earlier == 0 ? key : key + "#" + (earlier + 1),
                      variables(List.of(treeId))
                          .putValue(VAR_DISTRICT, district)
                          .putValue(VAR_WATERING_DUE, Date.from(CityTime.at(day, DUE_HOUR))))
                  .getId();
            });
    if (holder.started()) {
      return;
    }
    @SuppressWarnings("unchecked")
    List<String> trees =
        new ArrayList<>((List<String>) runtime.getVariable(holder.processInstanceId(), VAR_TREES));
    if (!trees.contains(treeId)) {
      trees.add(treeId);
      runtime.setVariables(holder.processInstanceId(), variables(trees));
    }
  }

  private boolean waterTreesOpen(String processInstanceId) {
    return tasks
            .createTaskQuery()
            .processInstanceId(processInstanceId)
            .taskDefinitionKey(WATER_TREES)
            .count()
        > 0;
  }

  private org.camunda.bpm.engine.variable.VariableMap variables(List<String> trees) {
    StringBuilder list = new StringBuilder();
    for (String id : trees) {
      var tree = registry.asset(id);
      list.append(tree.map(Registry.Asset::name).orElse(id)).append(" (").append(id).append(")\n");
    }
    return Variables.createVariables()
        .putValue(VAR_TREES, ProcessVariables.jsonList(trees))
        .putValue(VAR_TREE_LIST, list.toString().strip());
  }
}
