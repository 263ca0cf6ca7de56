package de.iserlohn.digital.platform.cluster;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database outage (no connection, connection lost, server shutting down) from other
 * failures, through the whole cause chain (the engine wraps the driver's exceptions in its own).
 */
public final class DatabaseUnavailable {

  private DatabaseUnavailable() {}

  /** Whether this failure, or one of its causes, says that the database cannot be reached. */
  public static boolean causedBy(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof CannotGetJdbcConnectionException
          || t instanceof CannotCreateTransactionException
          || t instanceof DataAccessResourceFailureException
          || t instanceof ConnectException) {
        return true;
      }
      if (t instanceof SQLException sql
          && (connectionState(sql.getSQLState())
              || t instanceof SQLRecoverableException
              || t instanceof SQLNonTransientConnectionException
              || closedConnection(sql.getMessage()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The pool's and the driver's words for a connection that the server closed under a running
   * transaction (no SQLSTATE; the rollback of a transaction cut by the outage fails with it).
   */
  private static boolean closedConnection(String message) {
    return message != null
        && (message.contains("Connection is closed")
            || message.contains("This connection has been closed"));
  }

  /** SQLSTATE class 08 (connection exception), 57P01-57P03 (shutdown, cannot connect now). */
  private static boolean connectionState(String state) {
    return state != null && (state.startsWith("08") || state.startsWith("57P"));
  }
}
