// brief: the search page. Queries the site's Pagefind index (pagefind/pagefind.js, which fetches only the index
// fragments a query needs) and lists results with their type and an excerpt, ten at a time, filterable by type.
// The address keeps the query (?q=…&type=…), so a search can be bookmarked or shared. Without JavaScript, or
// without an index, the form stays hidden and the page's lists (the A-Z glossary and the indexes) remain.
(function () {
  "use strict";
  var form = document.getElementById("search");
  if (!form || !window.fetch) {
    return;
  }
  var input = document.getElementById("search-input");
  var types = form.querySelector(".search-types");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  var names = {
    Option: "Options", Explainer: "Explainers", Term: "Glossary terms", Source: "Sources", Event: "Timeline events", Page: "Other pages"
  };
  var kinds = { Option: "Option", Explainer: "Explainer", Term: "Glossary term", Source: "Source", Event: "Timeline event", Page: "Page" };
  var pageSize = 10;
  var pagefind = null;
  var results = [];
  var shown = 0;
  var latest = 0;

  function chosenType() {
    var checked = types.querySelector("input:checked");
    return checked && checked.value ? checked.value : null;
  }

  function text(tag, className, content) {
    var element = document.createElement(tag);
    if (className) { element.className = className; }
    element.textContent = content;
    return element;
  }

  // Pagefind's excerpts are escaped text with <mark> around the matched words: rebuild exactly that, nothing more.
  function excerpt(html) {
    var parsed = new DOMParser().parseFromString("<p>" + html + "</p>", "text/html").body.firstChild;
    var paragraph = document.createElement("p");
    paragraph.className = "search-excerpt";
    parsed.childNodes.forEach(function (node) {
      paragraph.appendChild(node.nodeName === "MARK" ? text("mark", "", node.textContent) : document.createTextNode(node.textContent));
    });
    return paragraph;
  }

  function render(data) {
    var item = document.createElement("li");
    var type = data.filters && data.filters.type && data.filters.type[0];
    if (type) { item.appendChild(text("span", "search-type", kinds[type] || type)); }
    var heading = document.createElement("h2");
    var link = text("a", "", (data.meta && data.meta.title) || data.url);
    link.href = data.url;
    heading.appendChild(link);
    item.appendChild(heading);
    item.appendChild(excerpt(data.excerpt || ""));
    var sections = (data.sub_results || []).filter(function (sub) { return sub.url !== data.url && sub.title; }).slice(0, 3);
    if (sections.length > 0) {
      var inner = document.createElement("ul");
      inner.className = "search-sections";
      sections.forEach(function (sub) {
        var entry = document.createElement("li");
        var anchor = text("a", "", sub.title);
        anchor.href = sub.url;
        entry.appendChild(anchor);
        inner.appendChild(entry);
      });
      item.appendChild(inner);
    }
    return item;
  }

  // The next ten results. For a new search (a ticket), they replace the list at once, unless a newer search began.
  function showMore(ticket) {
    var batch = results.slice(shown, shown + pageSize);
    shown += batch.length;
    return Promise.all(batch.map(function (result) { return result.data(); })).then(function (all) {
      if (ticket !== undefined && ticket !== latest) { return null; }
      var items = all.map(render);
      if (ticket !== undefined) { list.textContent = ""; }
      items.forEach(function (item) { list.appendChild(item); });
      more.hidden = shown >= results.length;
      return items[0] || null;
    });
  }

  function remember(query, type) {
    var params = new URLSearchParams();
    if (query) { params.set("q", query); }
    if (type) { params.set("type", type); }
    var address = window.location.pathname + (params.toString() ? "?" + params.toString() : "");
    try { window.history.replaceState(null, "", address); } catch (e) { /* a file: address */ }
  }

  function search() {
    var query = input.value.trim();
    var type = chosenType();
    var ticket = ++latest;
    remember(query, type);
    if (!query && !type) {
      list.textContent = "";
      status.textContent = "";
      more.hidden = true;
      return Promise.resolve();
    }
    return pagefind.search(query || null, type ? { filters: { type: type } } : {}).then(function (found) {
      if (ticket !== latest) { return; } // a newer query is under way
      results = found.results;
      shown = 0;
      return showMore(ticket).then(function () {
        if (ticket !== latest) { return; }
        var scope = type ? " among " + names[type].toLowerCase() : "";
        var count = results.length === 1 ? "1 result" : results.length + " results";
        status.textContent = query ? count + " for \u201c" + query + "\u201d" + scope : count + scope; // announced once the list is there
      });
    });
  }

  function addTypes(counts) {
    var choices = [["", "All"]].concat(Object.keys(names).filter(function (t) { return counts[t]; }).map(function (t) {
      return [t, names[t] + " (" + counts[t] + ")"];
    }));
    choices.forEach(function (choice) {
      var label = document.createElement("label");
      var radio = document.createElement("input");
      radio.type = "radio";
      radio.name = "type";
      radio.value = choice[0];
      label.appendChild(radio);
      label.appendChild(document.createTextNode(" " + choice[1]));
      types.appendChild(label);
    });
    types.hidden = false;
  }

  function select(type) {
    var radio = types.querySelector("input[value=\"" + (type && names[type] ? type : "") + "\"]");
    if (radio) { radio.checked = true; }
  }

  var waiting = null;
  input.addEventListener("input", function () {
    clearTimeout(waiting);
    waiting = setTimeout(search, 150);
  });
  types.addEventListener("change", search);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(waiting);
    search();
  });
  more.addEventListener("click", function () {
    showMore().then(function (first) {
      var link = first && first.querySelector("a");
      if (link) { link.focus(); }
    });
  });

  import(form.getAttribute("data-bundle") + "pagefind.js").then(function (module) {
    pagefind = module;
    return pagefind.filters();
  }).then(function (filters) {
    addTypes(filters.type || {});
    var params = new URLSearchParams(window.location.search);
    input.value = params.get("q") || "";
    select(params.get("type"));
    form.hidden = false;
    return search();
  }).catch(function () {
    form.hidden = true; // no index here: the lists below still lead everywhere
  });
})();
