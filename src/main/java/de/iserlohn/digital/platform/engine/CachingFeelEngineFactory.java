package de.iserlohn.digital.platform.engine;

import java.util.List;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.CustomFunctionTransformer;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.feel.valuemapper.ValueMapper;

/**
 * Creates the engine's standard Scala FEEL integration (value mappers, custom functions, variable
 * context, error messages unchanged) on top of a {@link CachingFeelEngine}.
 */
public final class CachingFeelEngineFactory implements FeelEngineFactory {

  private final List<FeelCustomFunctionProvider> customFunctionProviders;

  public CachingFeelEngineFactory() {
    this(List.of());
  }

  CachingFeelEngineFactory(List<FeelCustomFunctionProvider> customFunctionProviders) {
    this.customFunctionProviders = customFunctionProviders;
  }

  @Override
  public FeelEngine createInstance() {
    return new ScalaFeelEngine(customFunctionProviders) {
      @Override
      protected org.camunda.feel.FeelEngine buildFeelEngine(
          CustomFunctionTransformer functions, ValueMapper.CompositeValueMapper valueMapper) {
        return new CachingFeelEngine(functions, valueMapper);
      }
    };
  }
}
