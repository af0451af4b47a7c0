// brief: starts Pagefind's search box on the search page. Without JavaScript, or without a search index, the
// page's lists (the A-Z glossary and the indexes) remain, so every page can still be found.
(function () {
  "use strict";
  var box = document.getElementById("search");
  if (!box || typeof window.PagefindUI !== "function") {
    return;
  }
  new window.PagefindUI({
    element: "#search",
    bundlePath: box.getAttribute("data-bundle"),
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    translations: { placeholder: "Search the briefing" }
  });
  var input = box.querySelector("input");
  if (input) {
    input.setAttribute("aria-label", "Search the briefing");
    var query = new URLSearchParams(window.location.search).get("q");
    if (query) {
      input.value = query;
      input.dispatchEvent(new Event("input", { bubbles: true }));
    }
  }
})();
