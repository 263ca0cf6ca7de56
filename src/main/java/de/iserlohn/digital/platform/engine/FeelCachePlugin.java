package de.iserlohn.digital.platform.engine;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Gives the process engine's decision engine the {@link CachingFeelEngineFactory}; everything else
 * of the decision engine (history, script engines, legacy switches) the process engine configures
 * as usual on top of it.
 */
@Component
class FeelCachePlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getDmnEngineConfiguration() == null) {
      configuration.setDmnEngineConfiguration(
          (DefaultDmnEngineConfiguration)
              DmnEngineConfiguration.createDefaultDmnEngineConfiguration());
    }
    configuration.getDmnEngineConfiguration().setFeelEngineFactory(new CachingFeelEngineFactory());
  }
}
