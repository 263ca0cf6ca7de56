// The public map: vector data from /api/public/smartcity/*, tiles only when configured.
(function () {
  'use strict';
  var element = document.getElementById('karte');
  if (!element || typeof L === 'undefined') {
    return;
  }
  var map = L.map(element, { preferCanvas: true }).setView([51.3755, 7.6955], 13);
  var tileUrl = element.getAttribute('data-tile-url');
  if (tileUrl) {
    L.tileLayer(tileUrl, { maxZoom: 19, attribution: element.getAttribute('data-tile-attribution') || '' }).addTo(map);
  }
  var bounds = [];
  function color(level) {
    return level >= 100 ? '#b00000' : level >= 80 ? '#e0a000' : '#2a7a2a';
  }
  function get(path) {
    return fetch('/api/public/smartcity/' + path, { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : (path === 'winter-vehicles' ? {} : []); });
  }
  function text(s) {
    var span = document.createElement('span');
    span.textContent = s;
    return span.innerHTML;
  }
  Promise.all([get('bins'), get('trees'), get('winter-vehicles')]).then(function (data) {
    data[0].forEach(function (b) {
      bounds.push([b.lat, b.lon]);
      L.circleMarker([b.lat, b.lon], { radius: 8, color: '#333', weight: 1, fillColor: color(b.fillLevel), fillOpacity: 0.9 })
        .bindPopup(text(b.name) + '<br>Füllstand ' + Math.round(b.fillLevel) + ' %').addTo(map);
    });
    data[1].forEach(function (t) {
      bounds.push([t.lat, t.lon]);
      L.circleMarker([t.lat, t.lon], { radius: 7, color: '#0b3d80', weight: 1, fillColor: '#1f6fd0', fillOpacity: 0.9 })
        .bindPopup(text(t.name) + '<br>' + (t.waterState === 'CRITICAL' ? 'braucht dringend Wasser' : 'braucht Wasser')).addTo(map);
    });
    Object.keys(data[2]).forEach(function (vehicle) {
      var points = data[2][vehicle].map(function (p) { return [p[0], p[1]]; });
      points.forEach(function (p) { bounds.push(p); });
      L.polyline(points, { color: '#6a1b9a', weight: 4 }).bindPopup('Winterdienst ' + text(vehicle)).addTo(map);
    });
    if (bounds.length > 0) {
      map.fitBounds(bounds, { padding: [20, 20], maxZoom: 16 });
    }
  });
})();
