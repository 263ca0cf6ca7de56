// Serviceportal: optional enhancements. Every page works without this script.
(function () {
  'use strict';
  // move the focus to the error summary, so that screen readers announce it
  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.getElementById('fehlerzusammenfassung');
    if (summary) {
      summary.focus();
    }
    // a map sets latitude and longitude (the fields stay usable; without Leaflet nothing changes)
    var picker = document.querySelector('.kartenauswahl');
    if (picker && typeof L !== 'undefined') {
      var latitude = document.getElementById(picker.getAttribute('data-breite'));
      var longitude = document.getElementById(picker.getAttribute('data-laenge'));
      picker.hidden = false;
      var map = L.map(picker.querySelector('.karte')).setView([51.3755, 7.6955], 13);
      var tileUrl = picker.getAttribute('data-tile-url');
      if (tileUrl) {
        L.tileLayer(tileUrl, { maxZoom: 19, attribution: picker.getAttribute('data-tile-attribution') || '' }).addTo(map);
      }
      var marker = null;
      var number = function (input) {
        var value = parseFloat((input.value || '').replace(',', '.'));
        return isNaN(value) ? null : value;
      };
      var place = function (lat, lon) {
        if (marker) {
          marker.setLatLng([lat, lon]);
        } else {
          marker = L.marker([lat, lon], { keyboard: false }).addTo(map);
        }
      };
      if (number(latitude) !== null && number(longitude) !== null) {
        place(number(latitude), number(longitude));
      }
      map.on('click', function (e) {
        latitude.value = e.latlng.lat.toFixed(6).replace('.', ',');
        longitude.value = e.latlng.lng.toFixed(6).replace('.', ',');
        place(e.latlng.lat, e.latlng.lng);
      });
      [latitude, longitude].forEach(function (input) {
        input.addEventListener('change', function () {
          if (number(latitude) !== null && number(longitude) !== null) {
            place(number(latitude), number(longitude));
          }
        });
      });
    }
    // upload progress for forms with files
    var forms = document.querySelectorAll('form[data-fortschritt]');
    Array.prototype.forEach.call(forms, function (form) {
      form.addEventListener('submit', function (event) {
        var files = form.querySelectorAll('input[type=file]');
        var hasFiles = Array.prototype.some.call(files, function (f) { return f.files && f.files.length > 0; });
        if (!hasFiles || !window.FormData || !window.XMLHttpRequest) {
          return; // the normal form post
        }
        event.preventDefault();
        var progress = form.querySelector('progress.fortschritt');
        var xhr = new XMLHttpRequest();
        xhr.open('POST', form.action);
        xhr.upload.addEventListener('progress', function (e) {
          if (progress && e.lengthComputable) {
            progress.hidden = false;
            progress.value = Math.round(100 * e.loaded / e.total);
            progress.textContent = progress.value + ' %';
          }
        });
        xhr.addEventListener('load', function () {
          // show the answer (confirmation or form with errors) as the page it is
          document.open();
          document.write(xhr.responseText);
          document.close();
          if (xhr.responseURL && window.history && window.history.replaceState) {
            window.history.replaceState(null, '', xhr.responseURL);
          }
        });
        xhr.addEventListener('error', function () { form.submit(); });
        xhr.send(new FormData(form));
      });
    });
  });
}());
