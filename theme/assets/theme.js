// brief: the reader's colour theme, and dismissible glossary tooltips. Loaded in <head> so a chosen theme applies
// before the first paint (no flash, no layout shift). Without JavaScript the site follows the system setting and
// tooltips still open on hover and focus.
(function () {
  "use strict";
  var root = document.documentElement;
  var key = "brief-theme";
  function stored() {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }
  var chosen = stored();
  if (chosen === "light" || chosen === "dark") {
    root.setAttribute("data-theme", chosen);
  }
  function current() {
    var set = root.getAttribute("data-theme");
    if (set) { return set; }
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }
  document.addEventListener("DOMContentLoaded", function () {
    var button = document.getElementById("theme-toggle");
    if (button) {
      var show = function () {
        var dark = current() === "dark";
        button.setAttribute("aria-pressed", dark ? "true" : "false");
      };
      button.hidden = false;
      show();
      button.addEventListener("click", function () {
        var next = current() === "dark" ? "light" : "dark";
        root.setAttribute("data-theme", next);
        try { window.localStorage.setItem(key, next); } catch (e) { /* private mode: this page only */ }
        show();
      });
    }
    // WCAG 1.4.13: a tooltip shown on hover or focus can be dismissed without moving focus (Escape).
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape") { return; }
      var open = document.querySelectorAll(".term:hover, .term:focus-within");
      for (var i = 0; i < open.length; i++) { open[i].classList.add("tip-dismissed"); }
    });
    document.addEventListener("focusout", function (event) {
      var term = event.target.closest && event.target.closest(".term");
      if (term) { term.classList.remove("tip-dismissed"); }
    });
    document.addEventListener("mouseout", function (event) {
      var term = event.target.closest && event.target.closest(".term");
      if (term && !term.contains(event.relatedTarget)) { term.classList.remove("tip-dismissed"); }
    });
  });
})();
