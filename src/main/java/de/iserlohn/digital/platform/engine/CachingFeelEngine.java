package de.iserlohn.digital.platform.engine;

import camundajar.impl.scala.util.Either;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.feel.FeelEngine;
import org.camunda.feel.context.FunctionProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.valuemapper.ValueMapper;

/**
 * The FEEL engine of the decision tables with a cache of parsed expressions.
 *
 * <p>The engine's own FEEL integration parses every input expression, unary test and output entry
 * again on each evaluation (Camunda 7.24 has no expression cache); for a small decision table that
 * parsing is most of the evaluation. The texts come from the deployed decision tables, so there are
 * few distinct ones and a parse result (an immutable syntax tree, or the parse failure) can be
 * reused by every thread. The cache is bounded: when it is full it is cleared and refills with the
 * expressions in use.
 */
final class CachingFeelEngine extends FeelEngine {

  static final int MAX_ENTRIES = 10_000;

  private final Map<String, Either<Failure, ParsedExpression>> expressions =
      new ConcurrentHashMap<>();
  private final Map<String, Either<Failure, ParsedExpression>> unaryTests =
      new ConcurrentHashMap<>();

  CachingFeelEngine(FunctionProvider functionProvider, ValueMapper valueMapper) {
    super(
        functionProvider,
        valueMapper,
        new FeelEngine.Configuration(false),
        FeelEngine.defaultClock());
  }

  @Override
  public Either<Failure, ParsedExpression> parseExpression(String expression) {
    return cached(expressions, expression, true);
  }

  @Override
  public Either<Failure, ParsedExpression> parseUnaryTests(String expression) {
    return cached(unaryTests, expression, false);
  }

  private Either<Failure, ParsedExpression> cached(
      Map<String, Either<Failure, ParsedExpression>> cache, String text, boolean expression) {
    Either<Failure, ParsedExpression> parsed = cache.get(text);
    if (parsed == null) {
      parsed = expression ? super.parseExpression(text) : super.parseUnaryTests(text);
      if (cache.size() >= MAX_ENTRIES) {
        cache.clear();
      }
      cache.put(text, parsed);
    }
    return parsed;
  }

  int cachedExpressions() {
    return expressions.size() + unaryTests.size();
  }
}
