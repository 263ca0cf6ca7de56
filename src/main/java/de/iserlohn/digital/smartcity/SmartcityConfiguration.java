package de.iserlohn.digital.smartcity;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SmartcityProperties.class)
class SmartcityConfiguration {}
