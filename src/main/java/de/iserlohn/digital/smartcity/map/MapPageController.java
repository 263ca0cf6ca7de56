package de.iserlohn.digital.smartcity.map;

import de.iserlohn.digital.smartcity.ingestion.SmartcityProperties;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public map page ({@code /smartcity/karte}, German, anonymous): a Leaflet map (WebJar, no CDN)
 * of bin fill levels, the winter-service tracks of the last two hours and the trees that need
 * water; the same data as tables below the map, rendered on the server, so that the page is usable
 * without JavaScript and with a screen reader. Tiles only when {@code
 * iserlohn.smartcity.map.tile-url} is set.
 */
@Controller
class MapPageController {

  static final String PATH = "/smartcity/karte";

  private final PublicMapData data;
  private final SmartcityProperties properties;

  MapPageController(PublicMapData data, SmartcityProperties properties) {
    this.data = data;
    this.properties = properties;
  }

  @GetMapping(PATH)
  String map(Model model) {
    Map<String, List<List<Object>>> tracks = data.winterVehicles();
    model.addAttribute("bins", data.bins());
    model.addAttribute("trees", data.treesNeedingWater());
    model.addAttribute(
        "vehicles",
        tracks.entrySet().stream()
            .map(
                e -> {
                  List<Object> last = e.getValue().get(e.getValue().size() - 1);
                  return Map.of(
                      "id", e.getKey(),
                      "points", e.getValue().size(),
                      "lastSeen", last.get(2),
                      "plough", Boolean.TRUE.equals(last.get(3)) ? "unten" : "oben",
                      "spreader", Boolean.TRUE.equals(last.get(4)) ? "an" : "aus");
                })
            .toList());
    model.addAttribute("tileUrl", properties.map().tileUrl());
    model.addAttribute("tileAttribution", properties.map().tileAttribution());
    return "smartcity/karte";
  }
}
