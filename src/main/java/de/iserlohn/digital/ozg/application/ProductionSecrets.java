package de.iserlohn.digital.ozg.application;

import de.iserlohn.digital.ozg.OzgProperties;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Refuses to start the {@code prod} profile without the OZG secrets it needs, with a demo value, or
 * with the test payment provider (ADR 0013): production never runs on defaults that are public in
 * this repository. Checked before any bean is made, so the refusal is the first and only error.
 */
@Component
class ProductionSecrets implements BeanFactoryPostProcessor, EnvironmentAware {

  static final String DEMO_PAYMENT_SECRET = "demo-payment-secret";
  static final int MIN_SECRET_LENGTH = 32;

  private Environment environment;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    if (environment.acceptsProfiles(Profiles.of("prod"))) {
      OzgProperties properties =
          Binder.get(environment).bindOrCreate("iserlohn.ozg", OzgProperties.class);
      List<String> problems = problems(properties);
      if (!problems.isEmpty()) {
        throw new IllegalStateException(
            "The prod profile does not start: " + String.join("; ", problems));
      }
    }
  }

  static List<String> problems(OzgProperties properties) {
    List<String> problems = new ArrayList<>();
    if (properties.secret().length() < MIN_SECRET_LENGTH) {
      problems.add(
          "OZG_SECRET (key of the access codes) must be set, at least %d characters"
              .formatted(MIN_SECRET_LENGTH));
    }
    String paymentSecret = properties.payment().secret();
    if (paymentSecret.length() < MIN_SECRET_LENGTH || paymentSecret.equals(DEMO_PAYMENT_SECRET)) {
      problems.add(
          "OZG_PAYMENT_SECRET (key of the payment callbacks) must be set, at least %d characters,"
                  .formatted(MIN_SECRET_LENGTH)
              + " not the demo value");
    }
    String provider = properties.payment().provider();
    if (provider.isBlank() || provider.equals("test")) {
      problems.add(
          "OZG_PAYMENT_PROVIDER must name the city's payment provider; the test provider is not"
              + " allowed in production");
    }
    return problems;
  }
}
