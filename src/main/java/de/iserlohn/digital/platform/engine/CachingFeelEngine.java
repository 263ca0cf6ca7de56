package de.iserlohn.digital.platform.engine;

import camundajar.impl.scala.Option;
import camundajar.impl.scala.collection.immutable.List;
import camundajar.impl.scala.jdk.javaapi.CollectionConverters;
import camundajar.impl.scala.util.Either;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.feel.FeelEngine;
import org.camunda.feel.api.EvaluationFailure;
import org.camunda.feel.api.EvaluationFailureType;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FailedEvaluationResult;
import org.camunda.feel.api.FailedEvaluationResult$;
import org.camunda.feel.api.SuccessfulEvaluationResult;
import org.camunda.feel.context.Context;
import org.camunda.feel.context.FunctionProvider;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.impl.interpreter.BuiltinFunctions;
import org.camunda.feel.impl.interpreter.EvalContext;
import org.camunda.feel.impl.interpreter.EvaluationFailureCollector;
import org.camunda.feel.impl.interpreter.FeelInterpreter;
import org.camunda.feel.impl.parser.ExpressionValidator;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.syntaxtree.Val;
import org.camunda.feel.syntaxtree.ValError;
import org.camunda.feel.syntaxtree.ValFatalError;
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
 *
 * <p>It also keeps the table of built-in functions. feel-scala 1.19 builds a new root context with
 * a new {@link BuiltinFunctions} table (hundreds of function values) for every single evaluation,
 * which made up most of a small decision's cost. The table is immutable and depends only on the
 * clock and the value mapper, so {@link #evaluate} builds the same evaluation context as the
 * library (root context with the built-in and custom functions, a fresh failure collector, merged
 * with the caller's context) around one shared table, and answers exactly as the library's method
 * does (ADR 0010).
 */
final class CachingFeelEngine extends FeelEngine {

  static final int MAX_ENTRIES = 10_000;

  private final Map<String, Either<Failure, ParsedExpression>> expressions =
      new ConcurrentHashMap<>();
  private final Map<String, Either<Failure, ParsedExpression>> unaryTests =
      new ConcurrentHashMap<>();

  private final FunctionProvider functions;
  private final FeelInterpreter interpreter;
  private final ExpressionValidator validator;

  CachingFeelEngine(FunctionProvider functionProvider, ValueMapper valueMapper) {
    super(
        functionProvider,
        valueMapper,
        new FeelEngine.Configuration(false),
        FeelEngine.defaultClock());
    this.functions =
        new FunctionProvider.CompositeFunctionProvider(
            CollectionConverters.asScala(
                    java.util.List.of(
                        new BuiltinFunctions(clock(), valueMapper()), functionProvider()))
                .toList());
    this.interpreter = new FeelInterpreter(valueMapper());
    this.validator = new ExpressionValidator(configuration().externalFunctionsEnabled());
  }

  /**
   * As {@link FeelEngine#evaluate}, with the shared table of built-in functions; failures carry the
   * library's messages.
   */
  @Override
  public EvaluationResult evaluate(ParsedExpression expression, Context context) {
    String text = expression.text();
    try {
      Option<Failure> invalid = validator.validateExpression(expression.expression());
      if (invalid.isDefined()) {
        return failed(
            "validation of expression '" + text + "' failed: " + invalid.get().message(),
            noFailures());
      }
      EvalContext evalContext =
          new EvalContext(
                  valueMapper(),
                  VariableProvider.EmptyVariableProvider$.MODULE$,
                  functions,
                  new EvaluationFailureCollector())
              .merge(context);
      Val result = interpreter.eval(expression.expression(), evalContext);
      List<EvaluationFailure> failures = evalContext.failureCollector().failures();
      Option<EvaluationFailure> assertion =
          failures.find(f -> EvaluationFailureType.ASSERT_FAILURE$.MODULE$.equals(f.failureType()));
      if (assertion.isDefined()) {
        return failed(
            "Assertion failure on evaluate the expression '"
                + text
                + "': "
                + assertion.get().failureMessage(),
            failures);
      }
      if (result instanceof ValError error) {
        return failed("failed to evaluate expression '" + text + "': " + error.error(), failures);
      }
      if (result instanceof ValFatalError error) {
        return failed("failed to evaluate expression '" + text + "': " + error.error(), failures);
      }
      return new SuccessfulEvaluationResult(valueMapper().unpackVal(result), failures);
    } catch (RuntimeException e) {
      return failed("failed to evaluate expression '" + text + "' : " + e, noFailures());
    }
  }

  private static FailedEvaluationResult failed(String message, List<EvaluationFailure> failures) {
    return new FailedEvaluationResult(new Failure(message), failures);
  }

  private static List<EvaluationFailure> noFailures() {
    return FailedEvaluationResult$.MODULE$.apply$default$2();
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
