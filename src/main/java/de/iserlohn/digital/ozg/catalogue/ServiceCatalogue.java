package de.iserlohn.digital.ozg.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.iserlohn.digital.platform.web.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The catalogue of online services, read once at start from {@code ozg/services/*.json} and the
 * start forms {@code forms/ozg/<id>.form} on the classpath.
 */
@Component
public class ServiceCatalogue {

  static final String ENTRIES = "classpath*:ozg/services/*.json";
  static final String FORMS = "classpath:forms/ozg/";

  private final Map<String, ServiceDefinition> services;

  ServiceCatalogue(ObjectMapper json) {
    this.services = load(json);
  }

  /** All services, by title. */
  public List<ServiceDefinition> all() {
    return services.values().stream()
        .sorted(Comparator.comparing(ServiceDefinition::title))
        .toList();
  }

  /** The services whose title, description or keywords contain the query. */
  public List<ServiceDefinition> search(String query) {
    return all().stream().filter(s -> s.matches(query)).toList();
  }

  /** The service, or 404. */
  public ServiceDefinition get(String serviceId) {
    ServiceDefinition service = services.get(serviceId);
    if (service == null) {
      throw NotFoundException.of("Onlinedienst", serviceId);
    }
    return service;
  }

  private static Map<String, ServiceDefinition> load(ObjectMapper json) {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    Map<String, ServiceDefinition> result = new LinkedHashMap<>();
    try {
      List<Resource> entries = new ArrayList<>(List.of(resolver.getResources(ENTRIES)));
      for (Resource entry : entries) {
        JsonNode node = read(json, entry);
        String id = node.path("id").asText();
        JsonNode form = read(json, resolver.getResource(FORMS + id + ".form"));
        result.put(id, StartForms.read(node, form));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the OZG service catalogue", e);
    }
    return Map.copyOf(result);
  }

  private static JsonNode read(ObjectMapper json, Resource resource) throws IOException {
    try (InputStream in = resource.getInputStream()) {
      return json.readTree(in);
    }
  }
}
