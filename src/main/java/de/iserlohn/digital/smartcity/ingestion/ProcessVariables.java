package de.iserlohn.digital.smartcity.ingestion;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;

/**
 * Small list variables (asset ids, priority classes), stored as JSON (Spin), never as Java
 * serialization.
 */
public final class ProcessVariables {

  private ProcessVariables() {}

  public static ObjectValue jsonList(List<?> values) {
    return Variables.objectValue(new ArrayList<>(values))
        .serializationDataFormat(Variables.SerializationDataFormats.JSON)
        .create();
  }
}
