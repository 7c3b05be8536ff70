/* A small stand-in for jQuery UI's tabs, all that django-modeltranslation's translation tabs
   use of it. modeltranslation would load jQuery UI from a CDN, which the portal's
   Content-Security-Policy refuses (and the portal loads nothing remote). It supports
   .tabs({active: n}), .tabs("option", "active", n), the "tabsactivate" event, and the arrow
   keys between tabs.

   A click on one field's tab switches that field only. modeltranslation moves its page-wide
   language switch along with any tab's "tabsactivate", and opens every new inline row in the
   switch's language: one look at an Arabic field made new rows open on Arabic while the rest of
   the page showed English, and English typed there landed in the Arabic field. So only the
   switch (the "option" setter) announces a change; and every translated field carries its own
   lang and dir, so that an Arabic field reads right to left whatever tab is shown. */
(function ($) {
  "use strict";

  function panelOf($link) {
    return $(document.getElementById(($link.attr("href") || "").slice(1)));
  }

  function activate($container, index, notify) {
    var $items = $container.children("ul").children("li");
    var previous = $container.data("tabsActive");
    index = parseInt(index, 10);
    if (isNaN(index) || index < 0 || index >= $items.length) {
      index = 0;
    }
    $items.each(function (position) {
      var selected = position === index;
      var $link = $(this).children("a");
      $(this).toggleClass("ui-tabs-active ui-state-active", selected);
      $link.attr({"aria-selected": selected ? "true" : "false", tabindex: selected ? "0" : "-1"});
      panelOf($link).toggleClass("ui-tabs-hide", !selected);
    });
    $container.data("tabsActive", index);
    if (notify && previous !== index) {
      $container.trigger("tabsactivate", [{newTab: $items.eq(index), oldTab: $items.eq(previous)}]);
    }
  }

  $.fn.tabs = function (options, name, value) {
    if (options === "option") {
      if (name === "active" && value !== undefined) {
        return this.each(function () { activate($(this), value, true); });
      }
      return this.data("tabsActive");
    }
    return this.each(function () {
      var $container = $(this).addClass("ui-tabs");
      var $list = $container.children("ul").addClass("ui-tabs-nav").attr("role", "tablist");
      $list.children("li").each(function (position) {
        var $link = $(this).attr("role", "presentation").children("a");
        $link.attr({role: "tab", "aria-controls": ($link.attr("href") || "").slice(1)});
        panelOf($link).addClass("ui-tabs-panel").attr("role", "tabpanel");
        $link.on("click", function (event) {
          event.preventDefault();
          activate($container, position, false);
        });
        $link.on("keydown", function (event) {
          var step = {ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1}[event.key];
          if (!step) { return; }
          event.preventDefault();
          var count = $list.children("li").length;
          var next = (position + step + count) % count;
          activate($container, next, false);
          $list.children("li").eq(next).children("a").trigger("focus");
        });
      });
      activate($container, options && options.active, false);
    });
  };

  var FIELD = /(?:^| )mt-field-[a-z0-9_]+-([a-z]{2}(?:_[a-z]+)?)(?: |$)/;
  var RIGHT_TO_LEFT = {ar: true, fa: true, he: true, ur: true};

  function markLanguages(root) {
    $(root).find(".mt").filter("input, textarea").each(function () {
      var found = FIELD.exec(this.className);
      if (found && !this.hasAttribute("lang")) {
        var language = found[1].replace("_", "-");
        this.setAttribute("lang", language);
        this.setAttribute("dir", RIGHT_TO_LEFT[language] ? "rtl" : "ltr");
      }
    });
  }

  $(function () { markLanguages(document); });
  $(document).on("formset:added", function (event, $row) {
    markLanguages($row && $row.jquery ? $row : event.target);
  });
  document.addEventListener("formset:added", function (event) { markLanguages(event.target); });
})(window.jQuery || django.jQuery);
