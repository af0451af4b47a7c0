// brief: the search page. Reads the index brief builds (search/index.js, then one shard per word of the query and
// one fragment per result shown; src/Brief.Site/Search/SearchIndex.cs describes the files) by adding script
// elements, so it works from any static host and from a copy opened from disk, where pages cannot fetch files.
// Words are stemmed as the build stemmed them (stem.js), so "designated" finds "designation"; every word must match
// (the last one also as the start of a longer word, while it is typed); "quoted words" must stand together; a query
// that names a glossary term puts the term's page first. Results show their type and an excerpt with the words
// marked, ten at a time, narrowed by type; the address keeps the query (?q=…&type=…). Without JavaScript, or without
// an index, the form stays hidden and the page's lists (the A-Z glossary and the indexes) remain.
(function () {
  "use strict";
  var form = document.getElementById("search");
  if (!form || !window.briefStem || !window.Promise) {
    return;
  }
  var input = document.getElementById("search-input");
  var types = form.querySelector(".search-types");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  var names = {
    Option: "Options", Explainer: "Explainers", Term: "Glossary terms", Source: "Sources", Event: "Timeline events", Page: "Other pages", Memo: "Memos"
  };
  var kinds = { Option: "Option", Explainer: "Explainer", Term: "Glossary term", Source: "Source", Event: "Timeline event", Page: "Page", Memo: "Memo" };
  var indexUrl = form.getAttribute("data-index");
  var version = form.getAttribute("data-version");
  var root = form.getAttribute("data-root");
  var offline = form.hasAttribute("data-offline"); // links name their index.html
  var fromDisk = window.location.protocol === "file:";
  var wordPattern = /[\p{L}\p{Nd}]+/gu;
  var pageSize = 10;
  var phraseChecks = 200; // a phrase is looked for in this many of the best pages with all its words
  var index = null;
  var results = [];
  var shown = 0;
  var latest = 0;

  // Loading index files: each one is a script that hands its data to briefSearch.loaded(name, data).
  var files = {};
  function load(name) {
    if (files[name]) {
      return files[name].promise;
    }
    var file = { done: false };
    file.promise = new Promise(function (resolve, reject) {
      file.resolve = function (data) { file.done = true; resolve(data); };
      file.reject = reject;
    });
    files[name] = file;
    var script = document.createElement("script");
    script.src = indexUrl + name + ".js" + (fromDisk ? "" : "?v=" + encodeURIComponent(version));
    script.onload = function () {
      script.remove();
      if (!file.done) { file.reject(new Error(name + " held no index data")); }
    };
    script.onerror = function () {
      script.remove();
      delete files[name]; // try again with the next query
      file.reject(new Error(name + " could not be loaded"));
    };
    document.head.appendChild(script);
    return file.promise;
  }

  function words(text) {
    return (String(text || "").match(wordPattern) || []).map(function (word) { return word.toLowerCase(); });
  }

  // The name of the shard of a stem's first characters: as SearchWords.ShardOf in the build.
  function shardOf(stem, length) {
    var key = "";
    for (var i = 0, taken = 0; i < stem.length && taken < length; i++, taken++) {
      var c = stem.charAt(i);
      if (/[a-z0-9]/.test(c)) {
        key += c;
      } else {
        var point = stem.codePointAt(i);
        if (point > 0xffff) { i++; }
        key += "_" + point.toString(16);
      }
    }
    return key;
  }

  // The shard a stem is in: the one named by its longest prefix that has one, or null.
  function shardFor(stem) {
    for (var length = Array.from(stem).length; length > 0; length--) {
      var key = shardOf(stem, length);
      if (index.shardSet[key]) { return key; }
    }
    return null;
  }

  function parse(query) {
    var parts = query.split("\"");
    var terms = [];
    var phrases = [];
    var seen = {};
    parts.forEach(function (part, i) {
      var found = words(part);
      if (i % 2 === 1 && found.length > 1) { phrases.push(found); }
      found.forEach(function (word) {
        var stem = window.briefStem(word);
        if (!seen[stem]) {
          seen[stem] = true;
          terms.push({ word: word, stem: stem, prefix: false });
        }
      });
    });
    // the last word may be half typed: it also matches the start of longer words (not in or after quotes)
    var last = terms[terms.length - 1];
    if (last && parts.length % 2 === 1 && /[\p{L}\p{Nd}]$/u.test(query) && words(query).pop() === last.word && last.word.length >= 2) {
      last.prefix = true;
    }
    return { terms: terms, phrases: phrases, name: words(query).join(" ") };
  }

  // The pages holding a word, with its weight on each: { page: weight }.
  function postings(term) {
    var shard = shardFor(term.stem);
    if (shard === null) {
      return Promise.resolve({ pages: {}, shard: null });
    }
    return load("t/" + shard).then(function (data) {
      var pages = {};
      var add = function (list, factor) {
        for (var i = 0, page = 0; i < list.length; i += 2) {
          page += list[i];
          pages[page] = Math.max(pages[page] || 0, list[i + 1] * factor);
        }
      };
      if (data.w[term.stem]) { add(data.w[term.stem], 1); }
      if (term.prefix) {
        Object.keys(data.w).forEach(function (stem) {
          if (stem !== term.stem && (stem.indexOf(term.word) === 0 || stem.indexOf(term.stem) === 0)) { add(data.w[stem], 0.5); }
        });
      }
      return { pages: pages, shard: data };
    });
  }

  function typeOf(page) {
    return index.types[index.kinds.charCodeAt(page) - 48];
  }

  // Every page that matches, best first: [page numbers].
  function find(query, type) {
    var parsed = parse(query);
    if (parsed.terms.length === 0) {
      var all = [];
      for (var page = 0; page < index.pages; page++) {
        if (!type || typeOf(page) === type) { all.push(page); }
      }
      return Promise.resolve(all);
    }
    return Promise.all(parsed.terms.map(postings)).then(function (found) {
      var scores = {};
      found.forEach(function (term, i) {
        var pages = Object.keys(term.pages);
        var idf = Math.log(1 + (index.pages - pages.length + 0.5) / (pages.length + 0.5));
        pages.forEach(function (page) {
          if (i === 0 || scores[page] !== undefined) {
            var weight = term.pages[page];
            scores[page] = (i === 0 ? 0 : scores[page]) + idf * weight * 2.2 / (weight + 1.2);
          }
        });
        Object.keys(scores).forEach(function (page) {
          if (term.pages[page] === undefined) { delete scores[page]; } // every word must match
        });
      });
      // a query that is a glossary term's name, expansion or alias: the term's own page first
      var first = found[0].shard;
      ((first && first.n[parsed.name]) || []).forEach(function (page) {
        if (scores[page] !== undefined) { scores[page] += 1000; }
      });
      var ranked = Object.keys(scores).map(Number).filter(function (page) { return !type || typeOf(page) === type; });
      ranked.sort(function (a, b) { return scores[b] - scores[a] || a - b; });
      return parsed.phrases.length === 0 ? ranked : withPhrases(ranked.slice(0, phraseChecks), parsed.phrases);
    });
  }

  function holds(sequence, phrase) {
    for (var i = 0; i + phrase.length <= sequence.length; i++) {
      var j = 0;
      while (j < phrase.length && sequence[i + j] === phrase[j]) { j++; }
      if (j === phrase.length) { return true; }
    }
    return false;
  }

  function withPhrases(pages, phrases) {
    return Promise.all(pages.map(function (page) { return load("f/" + page); })).then(function (fragments) {
      return pages.filter(function (page, i) {
        var fragment = fragments[i];
        var sequence = words([fragment.title, fragment.summary, fragment.text].join("\n"));
        return phrases.every(function (phrase) { return holds(sequence, phrase); });
      });
    });
  }

  function text(tag, className, content) {
    var element = document.createElement(tag);
    if (className) { element.className = className; }
    element.textContent = content;
    return element;
  }

  function href(path) {
    var at = path.indexOf("#");
    var hash = at < 0 ? "" : path.slice(at);
    var folder = at < 0 ? path : path.slice(0, at);
    return root + folder + (offline ? "index.html" : "") + hash;
  }

  // The words of a text that match the query: by stem, or (the word being typed) by their start.
  function matcher(query) {
    var parsed = parse(query);
    var stems = {};
    var prefixes = [];
    parsed.terms.forEach(function (term) {
      stems[term.stem] = true;
      if (term.prefix) { prefixes.push(term.word); }
    });
    var known = {};
    return function (word) {
      if (known[word] === undefined) {
        known[word] = stems[window.briefStem(word)] === true || prefixes.some(function (prefix) { return word.indexOf(prefix) === 0; });
      }
      return known[word];
    };
  }

  // About thirty words around the most matches, the matched words marked; or the summary if no word is in the text.
  function excerpt(fragment, matches) {
    var body = fragment.text || "";
    var spans = [];
    var found;
    wordPattern.lastIndex = 0;
    while ((found = wordPattern.exec(body)) !== null) {
      spans.push({ start: found.index, end: found.index + found[0].length, hit: matches(found[0].toLowerCase()) });
    }
    var paragraph = document.createElement("p");
    paragraph.className = "search-excerpt";
    var width = 30;
    var best = -1;
    var bestHits = 0;
    var hits = 0;
    for (var i = 0; i < spans.length; i++) {
      hits += spans[i].hit ? 1 : 0;
      if (i >= width) { hits -= spans[i - width].hit ? 1 : 0; }
      if (hits > bestHits) { bestHits = hits; best = Math.max(0, i - width + 1); }
    }
    if (best < 0) {
      paragraph.textContent = fragment.summary || body.split(/\s+/).slice(0, width).join(" ");
      return { element: paragraph, spans: [] };
    }
    var from = Math.max(0, best - 5);
    var to = Math.min(spans.length, from + width);
    var position = spans[from].start;
    if (from > 0) { paragraph.appendChild(document.createTextNode("\u2026 ")); }
    for (var k = from; k < to; k++) {
      if (spans[k].hit) {
        paragraph.appendChild(document.createTextNode(body.slice(position, spans[k].start).replace(/\n/g, " ")));
        paragraph.appendChild(text("mark", "", body.slice(spans[k].start, spans[k].end)));
        position = spans[k].end;
      }
    }
    paragraph.appendChild(document.createTextNode(body.slice(position, spans[to - 1].end).replace(/\n/g, " ") + (to < spans.length ? " \u2026" : "")));
    return { element: paragraph, spans: spans };
  }

  function render(fragment, query) {
    var item = document.createElement("li");
    item.appendChild(text("span", "search-type", kinds[fragment.type] || fragment.type));
    var heading = document.createElement("h2");
    var link = text("a", "", fragment.title);
    link.href = href(fragment.path);
    heading.appendChild(link);
    item.appendChild(heading);
    var matches = matcher(query);
    var shownExcerpt = excerpt(fragment, matches);
    item.appendChild(shownExcerpt.element);
    // the sections the words are in, up to three
    var sections = (fragment.sections || []).filter(function (section, i, all) {
      var end = i + 1 < all.length ? all[i + 1][0] : Infinity;
      return shownExcerpt.spans.some(function (span) { return span.hit && span.start >= section[0] && span.start < end; });
    }).slice(0, 3);
    if (sections.length > 0) {
      var inner = document.createElement("ul");
      inner.className = "search-sections";
      sections.forEach(function (section) {
        var entry = document.createElement("li");
        var anchor = text("a", "", section[2]);
        anchor.href = href(fragment.path.split("#")[0] + "#" + section[1]);
        entry.appendChild(anchor);
        inner.appendChild(entry);
      });
      item.appendChild(inner);
    }
    return item;
  }

  // The next ten results. For a new search (a ticket), they replace the list at once, unless a newer search began.
  function showMore(query, ticket) {
    var batch = results.slice(shown, shown + pageSize);
    shown += batch.length;
    return Promise.all(batch.map(function (page) { return load("f/" + page); })).then(function (fragments) {
      if (ticket !== undefined && ticket !== latest) { return null; }
      var items = fragments.map(function (fragment) { return render(fragment, query); });
      if (ticket !== undefined) { list.textContent = ""; }
      items.forEach(function (item) { list.appendChild(item); });
      more.hidden = shown >= results.length;
      return items[0] || null;
    });
  }

  function chosenType() {
    var checked = types.querySelector("input:checked");
    return checked && checked.value ? checked.value : null;
  }

  function remember(query, type) {
    var params = new URLSearchParams();
    if (query) { params.set("q", query); }
    if (type) { params.set("type", type); }
    var address = window.location.pathname + (params.toString() ? "?" + params.toString() : "");
    try { window.history.replaceState(null, "", address); } catch (e) { /* some browsers refuse it for file: addresses */ }
  }

  var current = "";
  function search() {
    var query = input.value.trim();
    var type = chosenType();
    var ticket = ++latest;
    current = query;
    remember(query, type);
    if (!query && !type) {
      list.textContent = "";
      status.textContent = "";
      more.hidden = true;
      return Promise.resolve();
    }
    return find(query, type).then(function (found) {
      if (ticket !== latest) { return; } // a newer query is under way
      results = found;
      shown = 0;
      return showMore(query, ticket).then(function () {
        if (ticket !== latest) { return; }
        var scope = type ? " among " + names[type].toLowerCase() : "";
        var count = results.length === 1 ? "1 result" : results.length + " results";
        status.textContent = query ? count + " for \u201c" + query + "\u201d" + scope : count + scope; // announced once the list is there
      });
    }).catch(function () {
      if (ticket === latest) { status.textContent = "Search could not load its index. The lists below lead to every page."; }
    });
  }

  function addTypes() {
    var counts = {};
    for (var page = 0; page < index.pages; page++) {
      counts[typeOf(page)] = (counts[typeOf(page)] || 0) + 1;
    }
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
    showMore(current).then(function (first) {
      var link = first && first.querySelector("a");
      if (link) { link.focus(); }
    });
  });

  window.briefSearch = {
    loaded: function (name, data) {
      if (files[name]) { files[name].resolve(data); }
    },
    // For scripts and tests: the addresses of every page matching a query, best first.
    find: function (query, type) {
      return load("index").then(function () {
        if (!index) { throw new Error("the index is not ready"); } return find(query, type || null); }).then(function (pages) {
        return Promise.all(pages.map(function (page) { return load("f/" + page); }));
      }).then(function (fragments) {
        return fragments.map(function (fragment) { return href(fragment.path); });
      });
    }
  };

  load("index").then(function (data) {
    index = data;
    index.shardSet = {};
    data.shards.forEach(function (key) { index.shardSet[key] = true; });
    addTypes();
    var params = new URLSearchParams(window.location.search);
    input.value = params.get("q") || "";
    select(params.get("type"));
    form.hidden = false;
    return search();
  }).catch(function () {
    form.hidden = true; // no index here: the lists below still lead everywhere
  });
})();
