// brief: the reader's colour theme, dismissible glossary tooltips, and copy-link on heading anchors. Loaded in <head> so a chosen theme applies
// before the first paint (no flash, no layout shift). Without JavaScript the site follows the system setting and
// tooltips still open on hover and focus (a tap
// follows the term's link to its glossary entry).
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.add("js"); // before the first paint: the toggle takes its place at once (no layout shift)
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
      var open = document.querySelectorAll(".term:hover, .term:focus-within, .term.tip-open");
      for (var i = 0; i < open.length; i++) {
        open[i].classList.remove("tip-open");
        open[i].classList.add("tip-dismissed");
      }
    });
    // Touch screens have no hover: the first tap on a term opens its tooltip, a second tap follows the link, and a
    // tap anywhere else closes it. A mouse or keyboard follows the link at once.
    var touched = false;
    document.addEventListener("pointerdown", function (event) { touched = event.pointerType === "touch"; }, true);
    document.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest(".term-link");
      var term = link && link.closest(".term");
      var open = document.querySelectorAll(".term.tip-open");
      for (var i = 0; i < open.length; i++) {
        if (open[i] !== term) { open[i].classList.remove("tip-open"); }
      }
      if (!term || !touched || term.classList.contains("tip-open")) { return; }
      event.preventDefault();
      term.classList.remove("tip-dismissed");
      term.classList.add("tip-open");
    });
    // A heading's "#" link also copies the section's address, and says so (for screen readers too).
    var said = document.createElement("p");
    said.className = "copy-status";
    said.setAttribute("role", "status");
    (document.querySelector("main") || document.body).appendChild(said);
    var quiet = null;
    document.addEventListener("click", function (event) {
      var anchor = event.target.closest && event.target.closest(".heading-anchor");
      if (!anchor || !navigator.clipboard) { return; }
      navigator.clipboard.writeText(anchor.href).then(function () {
        said.textContent = "Link to this section copied";
        clearTimeout(quiet);
        quiet = setTimeout(function () { said.textContent = ""; }, 2500);
      }, function () { /* no clipboard permission: the link still works */ });
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
