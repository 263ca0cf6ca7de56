package de.iserlohn.digital.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;

/**
 * The cached FEEL engine decides exactly as the engine's stock FEEL integration, also on repeated
 * and concurrent evaluation, and reports the same errors.
 */
class CachingFeelEngineTests {

  private static final FeelEngine CACHED = new CachingFeelEngineFactory().createInstance();
  private static final FeelEngine STOCK =
      new org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory().createInstance();

  private static VariableContext context(Object input) {
    return Variables.createVariables()
        .putValue("cellInput", input)
        .putValue("costCentre", "INV-4711")
        .putValue("amount", 5000.0)
        .asVariableContext();
  }

  @Test
  void unaryTestsAnswerAsTheStockEngineEveryTime() {
    List<String> tests =
        List.of(
            ">= 5000",
            "< 5000",
            "[1000..5000]",
            "not(\"INV\")",
            "\"INV-4711\", \"KST-1\"",
            "starts with(costCentre, \"INV\")",
            "",
            "-");
    List<Object> inputs = List.of(4999.99, 5000.0, 25_000.0, "INV-4711", "KST-1");
    for (int round = 0; round < 3; round++) {
      for (String test : tests) {
        for (Object input : inputs) {
          assertThat(answer(CACHED, test, input))
              .as("%s with %s (round %d)", test, input, round)
              .isEqualTo(answer(STOCK, test, input));
        }
      }
    }
  }

  @Test
  void expressionsEvaluateAsTheStockEngine() {
    for (String expression :
        List.of(
            "amount * 2", "\"process-managers\"", "date(\"2026-11-21\") + duration(\"P14D\")")) {
      Object cached = CACHED.evaluateSimpleExpression(expression, context(null));
      assertThat(CACHED.<Object>evaluateSimpleExpression(expression, context(null)))
          .isEqualTo(cached)
          .isEqualTo(STOCK.evaluateSimpleExpression(expression, context(null)));
    }
    assertThat(CACHED.<Object>evaluateSimpleExpression("date(\"2026-11-21\")", context(null)))
        .isEqualTo(LocalDate.of(2026, 11, 21));
  }

  @Test
  void evaluationWithTheSharedFunctionTableAnswersAsTheLibraryWithItsOwnTablePerCall() {
    org.camunda.feel.FeelEngine library =
        new org.camunda.feel.FeelEngine(
            org.camunda.feel.FeelEngine.defaultFunctionProvider(),
            org.camunda.feel.FeelEngine.defaultValueMapper(),
            new org.camunda.feel.FeelEngine.Configuration(false),
            org.camunda.feel.FeelEngine.defaultClock());
    CachingFeelEngine shared =
        new CachingFeelEngine(
            org.camunda.feel.FeelEngine.defaultFunctionProvider(),
            org.camunda.feel.FeelEngine.defaultValueMapper());
    Map<String, Object> variables = Map.of("amount", 5000.0, "district", "kesbern");
    List<String> expressions =
        List.of(
            "amount * 2",
            "string length(district) + count([1, 2, 3])",
            "upper case(district) = \"KESBERN\"",
            "sum([1, 2, 3]) / 2",
            "date(\"2026-11-21\") + duration(\"P14D\")",
            "if amount > 1000 then \"hoch\" else \"niedrig\"",
            "some x in [1, 5, 9] satisfies x > amount",
            "1 + \"a\"",
            "unknownVariable.field",
            "assert(amount, amount < 0)",
            "substring(district, \"a\")",
            "amount +",
            "java.lang.System.exit(1)");
    for (int round = 0; round < 2; round++) {
      for (String expression : expressions) {
        assertThat(shared.evalExpression(expression, variables))
            .as("%s (round %d)", expression, round)
            .isEqualTo(library.evalExpression(expression, variables));
      }
    }
    assertThat(shared.evalExpression("amount * 2", variables).toOption().get()).isEqualTo(10000.0);
    assertThat(shared.evalExpression("assert(amount, amount < 0)", variables).isLeft()).isTrue();
  }

  @Test
  void aBrokenExpressionFailsOnEveryEvaluationNotOnlyTheFirst() {
    for (int round = 0; round < 2; round++) {
      assertThatThrownBy(() -> CACHED.evaluateSimpleUnaryTests(">= >=", "cellInput", context(1)))
          .isInstanceOf(FeelException.class);
      assertThatThrownBy(() -> CACHED.evaluateSimpleExpression("amount +", context(1)))
          .isInstanceOf(FeelException.class);
    }
  }

  @Test
  void everyDecisionTableOfTheCityDecidesTheSameWithTheCache() throws IOException {
    DmnEngine stock = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration)
            DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.setFeelEngineFactory(new CachingFeelEngineFactory());
    DmnEngine cached = configuration.buildEngine();

    Path file = Path.of("dmn/invoice/invoice-approval-level.dmn");
    DmnDecision stockDecision = parse(stock, file);
    DmnDecision cachedDecision = parse(cached, file);
    for (double amount : new double[] {0, 4999.99, 5000, 24_999.99, 25_000}) {
      for (String costCentre : new String[] {"INV-1", "KST-100", ""}) {
        Map<String, Object> inputs = Map.of("amount", amount, "costCentre", costCentre);
        for (int round = 0; round < 2; round++) {
          assertThat(
                  cached.evaluateDecisionTable(cachedDecision, inputs).getSingleEntry().toString())
              .isEqualTo(
                  stock.evaluateDecisionTable(stockDecision, inputs).getSingleEntry().toString());
        }
      }
    }
    try (Stream<Path> tables = Files.walk(Path.of("dmn"))) {
      for (Path table : tables.filter(p -> p.toString().endsWith(".dmn")).toList()) {
        try (InputStream in = Files.newInputStream(table)) {
          assertThat(cached.parseDecisions(in)).as(table.toString()).isNotEmpty();
        }
      }
    }
  }

  private static DmnDecision parse(DmnEngine engine, Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return engine.parseDecision("invoice-approval-level", in);
    }
  }

  private static Object answer(FeelEngine engine, String test, Object input) {
    try {
      return engine.evaluateSimpleUnaryTests(test, "cellInput", context(input));
    } catch (FeelException e) {
      return "error";
    }
  }
}
