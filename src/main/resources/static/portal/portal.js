// Serviceportal: optional enhancements. Every page works without this script.
(function () {
  'use strict';
  // move the focus to the error summary, so that screen readers announce it
  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.getElementById('fehlerzusammenfassung');
    if (summary) {
      summary.focus();
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
