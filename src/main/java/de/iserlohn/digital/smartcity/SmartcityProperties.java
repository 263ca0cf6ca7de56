package de.iserlohn.digital.smartcity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the smart-city module ({@code iserlohn.smartcity.*}).
 *
 * @param webhookToken bearer token of the LoRaWAN webhooks; when blank, {@code demo-lorawan-token}
 *     applies outside the prod profile and no token is accepted in prod
 * @param webhookHmacSecret secret for the {@code X-Signature-SHA256} header (hex HMAC-SHA256 of the
 *     body); blank switches HMAC off
 * @param mqttUrl MQTT broker ({@code tcp://host:port} or {@code ssl://host:port}); blank: no MQTT
 *     subscription
 */
@ConfigurationProperties("iserlohn.smartcity")
record SmartcityProperties(String webhookToken, String webhookHmacSecret, String mqttUrl) {}
