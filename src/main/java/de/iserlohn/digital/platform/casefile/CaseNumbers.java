package de.iserlohn.digital.platform.casefile;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Year;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.stereotype.Component;

/** Numbers Vorgänge as {@code <PREFIX>-<year>-<000123>} from a database sequence. */
@Component
class CaseNumbers {

  private final EntityManager entityManager;
  private final Clock clock;
  private volatile String nextValueSql;

  CaseNumbers(EntityManager entityManager, Clock clock) {
    this.entityManager = entityManager;
    this.clock = clock;
  }

  String next(String prefix) {
    Number value = (Number) entityManager.createNativeQuery(nextValueSql()).getSingleResult();
    return "%s-%d-%06d".formatted(prefix, Year.now(clock).getValue(), value.longValue());
  }

  private String nextValueSql() {
    if (nextValueSql == null) {
      SessionFactoryImplementor factory =
          entityManager
              .unwrap(Session.class)
              .getSessionFactory()
              .unwrap(SessionFactoryImplementor.class);
      nextValueSql =
          factory
              .getJdbcServices()
              .getDialect()
              .getSequenceSupport()
              .getSequenceNextValString("case_number_seq");
    }
    return nextValueSql;
  }
}
