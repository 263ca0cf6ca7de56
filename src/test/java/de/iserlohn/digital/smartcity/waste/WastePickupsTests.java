package de.iserlohn.digital.smartcity.waste;

import static de.iserlohn.digital.smartcity.ingestion.SmartcityFixtures.newDevEui;
import static de.iserlohn.digital.smartcity.ingestion.SmartcityFixtures.newId;
import static de.iserlohn.digital.smartcity.ingestion.SmartcityFixtures.registerDevices;
import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.smartcity.ingestion.Registry;
import de.iserlohn.digital.testsupport.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "At most one running instance per business key" is kept by the database (ADR 0075): starters on
 * several nodes, here several threads each in its own transaction as the event listeners of several
 * nodes would be, start the same key at the same moment.
 */
@IntegrationTest
class WastePickupsTests {

  private static final int NODES = 6;

  @Autowired WastePickups pickups;
  @Autowired Registry registry;
  @Autowired RuntimeService runtime;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcClient jdbc;

  private String newBin(String district) {
    String id = newId("bin");
    registerDevices(
        registry,
        newDevEui() + ",DL-MBX,WASTE_BIN," + id + ",Tonne,51.37,7.70," + district + ",1000,,");
    return id;
  }

  private long urgentPickups(String binId) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(WastePickupProcess.PROCESS_KEY)
        .variableValueEquals(WastePickupProcess.VAR_ASSET_ID, binId)
        .count();
  }

  /** Every "node" starts the urgent pickup of one bin at the same moment. */
  private void startOnAllNodesAtOnce(String binId, String district) throws Exception {
    CyclicBarrier together = new CyclicBarrier(NODES);
    ExecutorService nodes = Executors.newFixedThreadPool(NODES);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < NODES; i++) {
        done.add(
            nodes.submit(
                () -> {
                  together.await(10, TimeUnit.SECONDS);
                  tx.executeWithoutResult(s -> pickups.startUrgent(binId, district));
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      nodes.shutdownNow();
    }
  }

  @Test
  void anOverflowingBinReportedToAllNodesAtOnceGetsOneUrgentPickup() throws Exception {
    String district = newId("Bezirk");
    String bin = newBin(district);

    startOnAllNodesAtOnce(bin, district);

    assertThat(urgentPickups(bin)).isEqualTo(1);
  }

  @Test
  void theClaimIsGivenBackWhenThePickupEndsAndTheNextOverflowStartsANewOne() throws Exception {
    String district = newId("Bezirk");
    String bin = newBin(district);
    startOnAllNodesAtOnce(bin, district);
    String first = onlyPickup(bin);

    runtime.deleteProcessInstance(first, "Tour erledigt");

    assertThat(claims(bin)).isZero();
    startOnAllNodesAtOnce(bin, district);
    assertThat(urgentPickups(bin)).isEqualTo(1);
    assertThat(onlyPickup(bin)).isNotEqualTo(first);
  }

  @Test
  void aClaimWhoseInstanceWasCancelledWithoutItsListenersIsTakenOver() throws Exception {
    String district = newId("Bezirk");
    String bin = newBin(district);
    startOnAllNodesAtOnce(bin, district);
    // cancelled in Cockpit with "skip custom listeners": the claim row stays behind
    runtime.deleteProcessInstance(onlyPickup(bin), "abgebrochen", true);
    assertThat(claims(bin)).isOne();

    startOnAllNodesAtOnce(bin, district);

    assertThat(urgentPickups(bin)).isEqualTo(1);
  }

  private String onlyPickup(String bin) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(WastePickupProcess.PROCESS_KEY)
        .variableValueEquals(WastePickupProcess.VAR_ASSET_ID, bin)
        .singleResult()
        .getId();
  }

  private long claims(String bin) {
    return jdbc.sql("select count(*) from process_claim where claim_key = ?")
        .param(WastePickupProcess.BUSINESS_KEY_URGENT + bin)
        .query(Long.class)
        .single();
  }
}
