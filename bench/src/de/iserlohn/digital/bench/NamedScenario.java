package de.iserlohn.digital.bench;

/** A scenario whose name and baseline are given once, when it is made. */
abstract class NamedScenario implements Scenario {
  private final String name;
  private final String baseline;

  /** A baseline: the scenario is compared with itself. */
  NamedScenario(String name) {
    this(name, name);
  }

  NamedScenario(String name, String baseline) {
    this.name = name;
    this.baseline = baseline;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final String baseline() {
    return baseline;
  }
}
