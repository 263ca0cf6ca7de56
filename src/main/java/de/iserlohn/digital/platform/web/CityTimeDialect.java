package de.iserlohn.digital.platform.web;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@link CityTime} in templates as {@code #cityTime}: {@code
 * ${#cityTime.dateTime(item.receivedAt)}} shows {@code 24.12.2026 18:30} in Europe/Berlin. Spring
 * Boot adds the bean to the page engine; the mail engine adds it itself.
 */
@Component
public class CityTimeDialect extends AbstractDialect implements IExpressionObjectDialect {

  static final String NAME = "cityTime";
  private static final CityTime.Methods METHODS = new CityTime.Methods();

  public CityTimeDialect() {
    super("Iserlohn city time");
  }

  @Override
  public IExpressionObjectFactory getExpressionObjectFactory() {
    return new IExpressionObjectFactory() {
      @Override
      public Set<String> getAllExpressionObjectNames() {
        return Set.of(NAME);
      }

      @Override
      public Object buildObject(IExpressionContext context, String expressionObjectName) {
        return NAME.equals(expressionObjectName) ? METHODS : null;
      }

      @Override
      public boolean isCacheable(String expressionObjectName) {
        return true;
      }
    };
  }
}
