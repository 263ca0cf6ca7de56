package de.iserlohn.digital;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The case-management platform of the city of Iserlohn: one application around the engine. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class IserlohnDigitalApplication {

  public static void main(String[] args) {
    SpringApplication.run(IserlohnDigitalApplication.class, args);
  }
}
