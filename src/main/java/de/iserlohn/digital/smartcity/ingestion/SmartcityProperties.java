package de.iserlohn.digital.smartcity.ingestion;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the smart-city module ({@code iserlohn.smartcity.*}).
 *
 * @param webhookToken bearer token of the LoRaWAN webhooks; when blank, {@code demo-lorawan-token}
 *     applies outside the prod profile and no token is accepted in prod
 * @param webhookHmacSecret secret for the {@code X-Signature-SHA256} header (hex HMAC-SHA256 of the
 *     body); blank switches HMAC off
 * @param mqttUrl MQTT broker ({@code tcp://host:port} or {@code ssl://host:port}); blank: no MQTT
 *     subscription
 * @param wasteDuePercent fill level (%) from which a waste bin is due for the daily pickup
 * @param waste daily pickup: schedule, depot, vehicle
 * @param winter winter service: pre-warning level
 * @param map the public map page
 * @param maintenance when a device needs maintenance
 * @param ingestion how uplinks are grouped into one transaction (group commit)
 */
@ConfigurationProperties("iserlohn.smartcity")
public record SmartcityProperties(
    String webhookToken,
    String webhookHmacSecret,
    String mqttUrl,
    @DefaultValue("80") double wasteDuePercent,
    @DefaultValue Waste waste,
    @DefaultValue Winter winter,
    @DefaultValue MapPage map,
    @DefaultValue Maintenance maintenance,
    @DefaultValue Ingestion ingestion) {

  /**
   * @param pickupCron when the daily pickup is planned (Quartz cron of the BPMN timer start event)
   * @param depotLat depot latitude (start and end of every route)
   * @param depotLon depot longitude
   * @param vehicleCapacity bins one vehicle empties before it returns to the depot
   * @param detourFactor road distance over great-circle distance
   */
  public record Waste(
      @DefaultValue("0 0 6 * * ?") String pickupCron,
      @DefaultValue("51.3771") double depotLat,
      @DefaultValue("7.6616") double depotLon,
      @DefaultValue("40") int vehicleCapacity,
      @DefaultValue("1.3") double detourFactor) {}

  /**
   * @param warningTemperature surface temperature (°C) at or below which the pre-warning starts
   */
  public record Winter(@DefaultValue("1.0") double warningTemperature) {}

  /**
   * @param tileUrl tile URL template ({@code https://.../{z}/{x}/{y}.png}); blank: no tiles, only
   *     the vector data on a plain background
   * @param tileAttribution attribution shown with the tiles
   */
  public record MapPage(
      @DefaultValue("") String tileUrl, @DefaultValue("") String tileAttribution) {}

  /**
   * @param checkCron how often the devices are checked (Quartz cron of the timer start event)
   * @param silentIntervals a device is silent after this many reporting intervals without uplink
   * @param lowBatteryVolts battery voltage at or below which a device needs a new battery
   * @param lowBatteryPercent battery level (%) at or below which a device needs a new battery
   */
  public record Maintenance(
      @DefaultValue("0 */15 * * * ?") String checkCron,
      @DefaultValue("3") int silentIntervals,
      @DefaultValue("2.7") double lowBatteryVolts,
      @DefaultValue("15") double lowBatteryPercent) {}

  /**
   * @param maxBatch most uplinks written in one transaction
   * @param maxWaitMillis how long the writer waits for more uplinks once the first one of a batch
   *     is there (0: take what is queued)
   * @param queueCapacity uplinks waiting for a writer; when full, receiving threads wait (back
   *     pressure on the webhook and the MQTT subscription)
   * @param writers writer threads per node, each with its own queue and database connection; an
   *     uplink goes to the writer of its device (ADR 0036)
   */
  public record Ingestion(
      @DefaultValue("500") int maxBatch,
      @DefaultValue("5") long maxWaitMillis,
      @DefaultValue("5000") int queueCapacity,
      @DefaultValue("2") int writers) {}
}
