package de.iserlohn.digital.ozg.trade;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.springframework.stereotype.Component;

/**
 * The receiving bodies of a trade notification: {@link #keys} turns the result of the DMN {@code
 * trade-registration-recipients} into a small string variable (used in the model's output mapping),
 * {@link #resolve} finds the configured name and address of each body.
 */
@Component("tradeRecipients")
public class TradeRecipients {

  private final TradeProperties properties;

  TradeRecipients(TradeProperties properties) {
    this.properties = properties;
  }

  /** The bodies the decision answered, comma-separated in the order of its rules. */
  public String keys(DmnDecisionResult result) {
    return result.collectEntries("recipient").stream()
        .map(Object::toString)
        .distinct()
        .collect(Collectors.joining(","));
  }

  /**
   * The configured bodies of the keys.
   *
   * @throws IllegalStateException when a body has no address configured (the job fails and is
   *     retried; an incident shows the missing setting)
   */
  List<TradeProperties.Recipient> resolve(String keys) {
    return Arrays.stream(Objects.requireNonNullElse(keys, "").split(","))
        .map(String::strip)
        .filter(k -> !k.isEmpty())
        .map(
            k -> {
              TradeProperties.Recipient recipient = properties.recipients().get(k);
              if (recipient == null || recipient.email() == null || recipient.email().isBlank()) {
                throw new IllegalStateException(
                    "No address for iserlohn.ozg.gewerbe.recipients." + k);
              }
              return recipient;
            })
        .toList();
  }
}
