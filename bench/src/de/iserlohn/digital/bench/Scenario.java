package de.iserlohn.digital.bench;

/**
 * One benchmark scenario: an operation that a number of client threads repeat for a fixed time.
 * Each scenario names the scenario it is compared with (its baseline), measured in the same run.
 */
interface Scenario {

  String name();

  /** The scenario this one is compared with; itself for a baseline. */
  String baseline();

  /** Prepares the scenario (deploy models, load data); not measured. */
  default void setUp(BenchContext context) throws Exception {}

  /** One operation; called concurrently by the client threads. */
  void run(BenchContext context, int thread, long sequence) throws Exception;
}
