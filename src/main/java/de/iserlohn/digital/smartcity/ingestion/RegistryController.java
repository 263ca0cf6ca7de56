package de.iserlohn.digital.smartcity.ingestion;

import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.identity.CurrentUsers;
import de.iserlohn.digital.platform.identity.OrgUnits;
import de.iserlohn.digital.platform.web.NotFoundException;
import de.iserlohn.digital.smartcity.AssetType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Device and asset registry for the Stadtbetrieb and the Umwelt unit: CSV import, asset list, one
 * asset with its latest values, its measurement history, removing a device.
 */
@RestController
@RequestMapping("/api/smartcity")
class RegistryController {

  record AssetView(
      Registry.Asset asset,
      List<Registry.Device> devices,
      Collection<Measurements.Measurement> latest) {}

  private final Registry registry;
  private final Measurements measurements;

  RegistryController(Registry registry, Measurements measurements) {
    this.registry = registry;
    this.measurements = measurements;
  }

  @PostMapping(path = "/import", consumes = "text/csv")
  ResponseEntity<Map<String, Integer>> importCsv(@RequestBody(required = false) String csv) {
    requireOperator();
    int imported = registry.importRows(RegistryCsv.parse(csv));
    return ResponseEntity.status(HttpStatus.OK).body(Map.of("imported", imported));
  }

  @GetMapping("/assets")
  List<Registry.Asset> assets(@RequestParam(required = false) AssetType type) {
    requireOperator();
    return registry.assets(type);
  }

  @GetMapping("/assets/{id}")
  AssetView asset(@PathVariable String id) {
    requireOperator();
    Registry.Asset asset = registry.asset(id).orElseThrow(() -> NotFoundException.of("Anlage", id));
    return new AssetView(asset, registry.devicesOn(id), measurements.latest(id).values());
  }

  @GetMapping("/assets/{id}/measurements")
  List<Measurements.Measurement> history(
      @PathVariable String id,
      @RequestParam(required = false) String quantity,
      @RequestParam(defaultValue = "500") int limit) {
    requireOperator();
    registry.asset(id).orElseThrow(() -> NotFoundException.of("Anlage", id));
    return measurements.history(id, quantity, Math.max(1, Math.min(limit, 5000)));
  }

  @DeleteMapping("/devices/{devEui}")
  ResponseEntity<Void> deleteDevice(@PathVariable String devEui) {
    requireOperator();
    if (!registry.deleteDevice(Registry.normalizeDevEui(devEui))) {
      throw NotFoundException.of("Gerät", devEui);
    }
    return ResponseEntity.noContent().build();
  }

  private static void requireOperator() {
    CurrentUser user = CurrentUsers.current();
    if (!(user.isMemberOf(OrgUnits.STADTBETRIEB)
        || user.isMemberOf(OrgUnits.UMWELT)
        || user.isAdmin())) {
      throw new AccessDeniedException("smart-city registry is for Stadtbetrieb and Umwelt");
    }
  }
}
