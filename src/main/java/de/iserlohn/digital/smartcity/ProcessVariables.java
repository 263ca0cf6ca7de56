package de.iserlohn.digital.smartcity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;

/**
 * Small list variables (asset ids, priority classes), stored as JSON (Spin), never as Java
 * serialization.
 */
final class ProcessVariables {

  private ProcessVariables() {}

  static ObjectValue jsonList(List<?> values) {
    return Variables.objectValue(new ArrayList<>(values))
        .serializationDataFormat(Variables.SerializationDataFormats.JSON)
        .create();
  }
}
