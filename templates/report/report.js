/* migrate-kit report: map selection, module search, interface table.
   Text from the analyzed code only ever reaches the page through textContent. */
(function () {
  "use strict";

  var services = new Map();   // name -> {node, card}
  var neighbours = new Map(); // name -> Set of names
  var map = document.getElementById("map");
  var status = document.getElementById("map-status");
  var defaultStatus = status ? status.textContent : "";
  var edges = Array.prototype.slice.call(document.querySelectorAll("#map .edge"));
  var selected = null;
  var printing = false; // opening every card for print must not select services

  function entry(name) {
    if (!services.has(name)) { services.set(name, { node: null, card: null }); }
    return services.get(name);
  }
  function link(a, b) {
    if (!neighbours.has(a)) { neighbours.set(a, new Set()); }
    neighbours.get(a).add(b);
  }
  document.querySelectorAll("#map .node[data-service]").forEach(function (node) { entry(node.dataset.service).node = node; });
  document.querySelectorAll(".card[data-service]").forEach(function (card) { entry(card.dataset.service).card = card; });
  edges.forEach(function (edge) { link(edge.dataset.from, edge.dataset.to); link(edge.dataset.to, edge.dataset.from); });

  function clearSelection() {
    selected = null;
    if (!map) { return; }
    map.classList.remove("has-selection");
    map.querySelectorAll(".is-selected, .is-neighbour, .is-active").forEach(function (el) {
      el.classList.remove("is-selected", "is-neighbour", "is-active");
    });
    map.querySelectorAll(".node[aria-pressed='true']").forEach(function (el) { el.setAttribute("aria-pressed", "false"); });
    document.querySelectorAll(".card.is-selected").forEach(function (card) { card.classList.remove("is-selected"); });
    if (status) { status.textContent = defaultStatus; }
  }

  function select(name, options) {
    var found = services.get(name);
    clearSelection();
    if (!found) { return; }
    selected = name;
    var near = neighbours.get(name) || new Set();
    var calls = 0, calledBy = 0;
    if (found.node) {
      map.classList.add("has-selection");
      found.node.classList.add("is-selected");
      found.node.setAttribute("aria-pressed", "true");
    }
    near.forEach(function (other) {
      var peer = services.get(other);
      if (peer && peer.node) { peer.node.classList.add("is-neighbour"); }
    });
    edges.forEach(function (edge) {
      if (edge.dataset.from === name) { edge.classList.add("is-active"); calls += 1; }
      if (edge.dataset.to === name) { edge.classList.add("is-active"); calledBy += 1; }
    });
    if (status) {
      status.textContent = name + ": calls " + calls + (calls === 1 ? " service" : " services") +
        ", called by " + calledBy + (calledBy === 1 ? " service." : " services.");
    }
    if (found.card) {
      found.card.classList.add("is-selected");
      if (options && options.open) {
        found.card.open = true;
        if (options.scroll) { found.card.scrollIntoView({ block: "start" }); }
      }
    }
  }

  services.forEach(function (found, name) {
    if (found.node) {
      found.node.addEventListener("click", function (event) {
        event.stopPropagation();
        select(name, { open: true, scroll: true });
      });
      found.node.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          select(name, { open: true, scroll: true });
        }
      });
    }
    if (found.card) {
      found.card.addEventListener("toggle", function () {
        if (found.card.open && selected !== name && !printing) { select(name, { open: false }); }
      });
    }
  });
  if (map) {
    map.addEventListener("click", function (event) {
      if (!event.target.closest || !event.target.closest(".node")) { clearSelection(); }
    });
  }
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && selected !== null && !event.target.closest(".search")) { clearSelection(); }
  });
  document.querySelectorAll("[data-select]").forEach(function (anchor) {
    anchor.addEventListener("click", function (event) {
      event.preventDefault();
      select(anchor.dataset.select, { open: true, scroll: false });
      if (map) { map.scrollIntoView({ block: "start" }); }
    });
  });

  /* Module search */
  var input = document.getElementById("module-search");
  var results = document.getElementById("search-results");
  var searchStatus = document.getElementById("search-status");
  var indexElement = document.getElementById("module-index");
  var modules = indexElement ? JSON.parse(indexElement.textContent) : [];
  var lowered = modules.map(function (m) { return [m[0].toLowerCase(), m[4].toLowerCase()]; });
  var shown = [];
  var active = -1;
  var LIMIT = 50;

  function rank(query) {
    var hits = [];
    for (var i = 0; i < modules.length; i += 1) {
      var name = lowered[i][0];
      var at = name.indexOf(query);
      if (at < 0 && lowered[i][1].indexOf(query) < 0) { continue; }
      var last = name.slice(name.lastIndexOf(".") + 1);
      var score = name === query ? 0 : last === query ? 1 : last.indexOf(query) === 0 ? 2 : at >= 0 ? 3 : 4;
      hits.push([score, i]);
    }
    hits.sort(function (a, b) { return a[0] - b[0] || (modules[a[1]][0] < modules[b[1]][0] ? -1 : 1); });
    return hits.map(function (hit) { return hit[1]; });
  }

  function setActive(position) {
    var items = results.querySelectorAll("[role='option']");
    items.forEach(function (item, i) { item.setAttribute("aria-selected", i === position ? "true" : "false"); });
    active = position;
    if (position >= 0 && items[position]) {
      input.setAttribute("aria-activedescendant", items[position].id);
      items[position].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function closeResults() {
    results.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function showResults() {
    var query = input.value.trim().toLowerCase();
    results.textContent = "";
    shown = [];
    if (!query) { closeResults(); searchStatus.textContent = ""; return; }
    var found = rank(query);
    shown = found.slice(0, LIMIT);
    shown.forEach(function (index, position) {
      var m = modules[index];
      var item = document.createElement("li");
      item.id = "search-option-" + position;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", "false");
      var name = document.createElement("code");
      name.textContent = m[0];
      var where = document.createElement("span");
      where.className = "where";
      where.textContent = m[1];
      item.appendChild(name);
      item.appendChild(where);
      item.addEventListener("mousedown", function (event) { event.preventDefault(); });
      item.addEventListener("click", function () { choose(index); });
      results.appendChild(item);
    });
    if (!shown.length) {
      var none = document.createElement("li");
      none.className = "none";
      none.textContent = "No module matches.";
      results.appendChild(none);
    }
    results.hidden = false;
    input.setAttribute("aria-expanded", "true");
    searchStatus.textContent = found.length + (found.length === 1 ? " module found" : " modules found") +
      (found.length > LIMIT ? ", showing the first " + LIMIT : "");
    setActive(shown.length ? 0 : -1);
  }

  function choose(index) {
    var m = modules[index];
    closeResults();
    document.querySelectorAll(".modules li.is-found").forEach(function (li) { li.classList.remove("is-found"); });
    var card = document.getElementById(m[3]);
    if (services.has(m[1])) { select(m[1], { open: true, scroll: false }); }
    if (card) { card.open = true; }
    var row = document.getElementById(m[2]);
    if (row) {
      row.classList.add("is-found");
      row.scrollIntoView({ block: "center" });
    }
  }

  if (input && results) {
    document.addEventListener("click", function (event) {
      if (!results.hidden && !event.target.closest(".search")) { closeResults(); }
    });
    input.addEventListener("input", showResults);
    input.addEventListener("focus", function () { if (input.value.trim()) { showResults(); } });
    input.addEventListener("blur", function () { window.setTimeout(closeResults, 120); });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" && shown.length) {
        event.preventDefault();
        if (results.hidden) { showResults(); } else { setActive(Math.min(active + 1, shown.length - 1)); }
      } else if (event.key === "ArrowUp" && shown.length) {
        event.preventDefault();
        setActive(Math.max(active - 1, 0));
      } else if (event.key === "Enter") {
        event.preventDefault();
        if (!results.hidden && active >= 0) { choose(shown[active]); }
      } else if (event.key === "Escape") {
        closeResults();
      }
    });
  }

  /* Interfaces: filter by service, style and text; sort by any column */
  var table = document.getElementById("interfaces-table");
  if (table) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var texts = rows.map(function (row) { return row.textContent.toLowerCase(); });
    var byService = document.getElementById("filter-service");
    var byStyle = document.getElementById("filter-style");
    var byText = document.getElementById("filter-text");
    var count = document.getElementById("interface-count");
    var empty = document.getElementById("interface-empty");
    var collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

    var filter = function () {
      var service = byService.value, style = byStyle.value, text = byText.value.trim().toLowerCase();
      var visible = 0;
      rows.forEach(function (row, i) {
        var show = (!service || row.dataset.from === service || row.dataset.to === service) &&
          (!style || row.dataset.style === style) && (!text || texts[i].indexOf(text) >= 0);
        row.hidden = !show;
        if (show) { visible += 1; }
      });
      count.textContent = visible === rows.length
        ? rows.length + (rows.length === 1 ? " interface" : " interfaces")
        : visible + " of " + rows.length + " interfaces";
      empty.hidden = visible > 0;
    };
    [byService, byStyle].forEach(function (control) { control.addEventListener("change", filter); });
    byText.addEventListener("input", filter);

    table.querySelectorAll("thead button").forEach(function (button) {
      button.addEventListener("click", function () {
        var column = Number(button.dataset.column);
        var numeric = button.dataset.numeric === "1";
        var header = button.parentElement;
        var direction = header.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
        table.querySelectorAll("thead th[aria-sort]").forEach(function (th) { th.setAttribute("aria-sort", "none"); });
        header.setAttribute("aria-sort", direction);
        var sign = direction === "ascending" ? 1 : -1;
        var order = rows.map(function (row, i) { return i; });
        order.sort(function (a, b) {
          var x = rows[a].cells[column].textContent, y = rows[b].cells[column].textContent;
          var by = numeric ? Number(x) - Number(y) : collator.compare(x, y);
          return sign * by || a - b;
        });
        var fragment = document.createDocumentFragment();
        order.forEach(function (i) { fragment.appendChild(rows[i]); });
        body.appendChild(fragment);
      });
    });
  }

  /* Print everything, cards included */
  window.addEventListener("beforeprint", function () {
    printing = true;
    document.querySelectorAll("details").forEach(function (details) { details.open = true; });
  });
  window.addEventListener("afterprint", function () {
    window.setTimeout(function () { printing = false; }, 0);
  });
}());
