// Report pages: follow the reports being generated. Every few seconds each queued or running
// report's status is read; its label is updated, and once one is finished (or failed) the page
// reloads to show the download link or the reason. Without JavaScript, a <meta> refresh does it.
(function () {
  "use strict";
  var INTERVAL = 2000;
  var pending = Array.prototype.filter.call(
    document.querySelectorAll("[data-report-status]"),
    function (element) {
      var state = element.getAttribute("data-report-state");
      return state === "queued" || state === "running";
    }
  );
  if (!pending.length || !window.fetch) {
    return;
  }

  function check(element) {
    return fetch(element.getAttribute("data-report-status"), {
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (status) {
        if (!status) {
          return false;
        }
        if (!status.in_progress) {
          return true;
        }
        if (status.state !== element.getAttribute("data-report-state")) {
          element.setAttribute("data-report-state", status.state);
          element.className = "report-state report-state-" + status.state;
          element.textContent = status.label;
        }
        return false;
      })
      .catch(function () {
        return false;
      });
  }

  function poll() {
    Promise.all(pending.map(check)).then(function (finished) {
      if (finished.indexOf(true) !== -1) {
        window.location.reload();
      } else {
        window.setTimeout(poll, INTERVAL);
      }
    });
  }
  window.setTimeout(poll, INTERVAL);
})();
