package de.iserlohn.digital.smartcity.map;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Anonymous, read-only data for the public map: bin fill levels, the winter-service vehicles'
 * tracks of the last two hours, young trees that need water. No personal data: assets, vehicle
 * numbers and positions only.
 */
@RestController
@RequestMapping("/api/public/smartcity")
class PublicMapController {

  private final PublicMapData data;

  PublicMapController(PublicMapData data) {
    this.data = data;
  }

  @GetMapping("/bins")
  List<Map<String, Object>> bins() {
    return data.bins();
  }

  /** Trees whose water need is confirmed by two consecutive readings (DMN treeWaterState). */
  @GetMapping("/trees")
  List<Map<String, Object>> treesNeedingWater() {
    return data.treesNeedingWater();
  }

  @GetMapping("/winter-vehicles")
  Map<String, List<List<Object>>> winterVehicles() {
    return data.winterVehicles();
  }
}
