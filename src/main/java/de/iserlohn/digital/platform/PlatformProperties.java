package de.iserlohn.digital.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the platform, bound from {@code iserlohn.*}.
 *
 * @param dataDir where the application keeps its files ({@code DATA_DIR}, default {@code ./data})
 * @param demoData whether demo users, groups and data are seeded (never with the {@code prod}
 *     profile)
 * @param mail outgoing mail settings
 */
@ConfigurationProperties("iserlohn")
public record PlatformProperties(
    @DefaultValue("./data") Path dataDir,
    @DefaultValue DemoData demoData,
    @DefaultValue Mail mail) {

  /** Demo data switch. */
  public record DemoData(@DefaultValue("true") boolean enabled) {}

  /** Sender address of outgoing mail. */
  public record Mail(@DefaultValue("Stadt Iserlohn <no-reply@iserlohn.de>") String from) {}
}
