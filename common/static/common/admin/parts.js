/* On an event's admin page, each agenda item chooses its part by the part's place in the list
   of parts ("2"), saved or not; this writes each part's title, as typed, into the choices. */
(function () {
  "use strict";

  var TITLE = /^id_parts-(\d+)-title_(en|fr|ar)$/;

  function partTitles() {
    var rows = {};
    document.querySelectorAll("#parts-group input[id^='id_parts-']").forEach(function (input) {
      var found = TITLE.exec(input.id);
      if (!found) { return; }
      var deleted = document.getElementById("id_parts-" + found[1] + "-DELETE");
      if (deleted && deleted.checked) { return; }
      var row = rows[found[1]] = rows[found[1]] || {};
      row[found[2]] = input.value.trim();
    });
    return Object.keys(rows).sort(function (a, b) { return a - b; }).map(function (index) {
      var row = rows[index];
      return row.en || row.fr || row.ar || "";
    });
  }

  function relabel() {
    var titles = partTitles();
    document.querySelectorAll("select.portal-part-number").forEach(function (select) {
      Array.prototype.forEach.call(select.options, function (option) {
        var number = parseInt(option.value, 10);
        if (!number) { return; }
        var title = titles[number - 1];
        option.textContent = title ? number + ". " + title : String(number);
      });
    });
  }

  document.addEventListener("input", function (event) {
    if (event.target.closest && event.target.closest("#parts-group")) { relabel(); }
  });
  document.addEventListener("change", relabel);
  document.addEventListener("formset:added", relabel);
  document.addEventListener("DOMContentLoaded", relabel);
})();
