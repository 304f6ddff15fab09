/* policykg view page.
 * Draws the network described by the JSON in #pk-data with vis-network.
 * Every text that comes from a document reaches the page through textContent
 * (tooltips, details, search results) or the canvas (labels): never as HTML.
 * window.policykgView exposes the data sets and the layout state for tests.
 */
(function () {
  "use strict";
  var PANEL = [
    '<aside class="pk-side">',
    '<div class="pk-search-box">',
    '<label for="pk-search" class="pk-h2">搜索 Search</label>',
    '<input id="pk-search" type="search" placeholder="名称，如 财政局 / name" autocomplete="off" spellcheck="false">',
    '<label class="pk-check"><input type="checkbox" id="pk-only"> 只显示匹配项 only matches</label>',
    '<p id="pk-count" class="pk-muted" aria-live="polite"></p>',
    '<ul id="pk-results" class="pk-results"></ul>',
    '</div>',
    '<div class="pk-buttons">',
    '<button type="button" id="pk-fit">全部 Fit all</button>',
    '<button type="button" id="pk-reset">重置 Reset</button>',
    '</div>',
    '<h2 class="pk-h2">图例 Legend</h2>',
    '<ul class="pk-legend" id="pk-legend-nodes"></ul>',
    '<ul class="pk-legend" id="pk-legend-edges"></ul>',
    '<h2 class="pk-h2">详情 Details</h2>',
    '<div id="pk-details" class="pk-details"><p class="pk-muted">悬停查看，点击固定 · hover to preview, click to pin</p></div>',
    '</aside>',
    '<div class="pk-canvas">',
    '<div id="pk-network"></div>',
    '<div id="pk-progress" class="pk-progress" hidden>布局中 laying out… <span id="pk-progress-n"></span></div>',
    '</div>',
    '<div id="pk-tip" class="pk-tip" role="tooltip" hidden></div>'
  ].join("\n");
  var data = JSON.parse(document.getElementById("pk-data").textContent);
  // styles every page shares (node groups, edge kinds, names, legend glyphs) come with this script
  var shared = window.policykgShared;
  // the side panel and the canvas: fixed markup of this script, no document text in it
  // (before what the page holds there already: a policy's responsibility table)
  document.getElementById("pk-main").insertAdjacentHTML("afterbegin", PANEL);
  var labelsZh = shared.labelsZh;
  var edgesZh = shared.edgesZh;
  var docs = data.docs || [];
  var rowNames = data.rowNames || [];
  var docHrefs = data.docHrefs || [];
  var tips = new Map();
  var names = new Map();
  var searchIndex = [];
  // a page names its vis-network options, which this script carries once for every page
  data.options = JSON.parse(JSON.stringify(shared.options[data.options]));
  data.options.groups = shared.groups;

  // Nodes carry their group (= label); the group's style is in the shared groups.
  // A node without a name is named as its label says.
  var nodeItems = data.nodes.map(function (n) {
    var copy = Object.assign({}, n);
    delete copy.tip;
    copy.kind = n.group;
    copy.name = n.name !== undefined ? n.name : n.label;
    tips.set("n:" + n.id, { tip: n.tip, head: copy.name, href: n.href,
                            kind: (labelsZh[n.group] || "") + " " + n.group });
    names.set(n.id, String(copy.name));
    searchIndex.push({ id: n.id, name: String(copy.name), lower: String(copy.name).toLowerCase(), kind: n.group });
    return copy;
  });
  // Edges carry their kind (an index into data.kinds; its line style is in the shared edge
  // styles) and their ends as indices into the nodes; their ids are their positions.
  // Tip rows name themselves by an index into data.rowNames.
  var edgeItems = data.edges.map(function (e, i) {
    var kind = data.kinds[e.kind];
    var style = shared.edgeStyles[kind] || shared.edgeStyles.other;
    var copy = Object.assign({}, style, e);
    delete copy.tip;
    copy.id = "e" + i;
    copy.kind = kind;
    copy.from = data.nodes[e.from].id;
    copy.to = data.nodes[e.to].id;
    if (e.label) { copy.font = shared.edgeFont; }
    var type = e.type || kind.split(":")[0];
    tips.set("e:" + copy.id, {
      tip: e.tip, from: copy.from, to: copy.to,
      kind: (edgesZh[kind] || "") + " · " + type
    });
    return copy;
  });

  var nodes = new vis.DataSet(nodeItems);
  var edges = new vis.DataSet(edgeItems);
  var container = document.getElementById("pk-network");
  var view = {
    nodes: nodes, edges: edges, network: null, expected: data.expected, kind: data.kind,
    settled: false, settleMs: null, lastTip: null, errors: []
  };
  window.policykgView = view;
  window.addEventListener("error", function (ev) { view.errors.push(String(ev.message)); });

  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  view.network = network;

  // ---- small DOM helpers: text only -------------------------------------------------
  function add(parent, tag, cls, text) {
    var el = document.createElement(tag);
    if (cls) { el.className = cls; }
    if (text !== undefined && text !== null && text !== "") { el.textContent = String(text); }
    parent.appendChild(el);
    return el;
  }

  // links come from the page's data (relative paths the writer made); anything with a scheme is refused
  function link(parent, cls, text, href) {
    if (!href || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.indexOf("//") >= 0) { return add(parent, "div", cls, text); }
    var a = add(parent, "a", cls, text);
    a.href = href;
    return a;
  }

  function card(entry) {
    var tip = entry.tip || {};
    var head = entry.head !== undefined ? entry.head
      : (names.get(entry.from) || entry.from) + " → " + (names.get(entry.to) || entry.to);
    var box = document.createElement("div");
    add(box, "div", "pk-card-kind", entry.kind);
    add(box, "div", "pk-card-head", head);
    (tip.rows || []).forEach(function (r) {
      var row = add(box, "div", "pk-card-row");
      add(row, "b", "", rowNames[r[0]]);
      row.appendChild(document.createTextNode(String(r[1])));
    });
    if (tip.evidence) { add(box, "div", "pk-card-ev", tip.evidence); }
    if (tip.doc !== undefined && docs[tip.doc] !== undefined) {
      var at = tip.at && docHrefs[tip.doc] ? docHrefs[tip.doc] + "#ev-" + (tip.at[0] | 0) + "-" + (tip.at[1] | 0) : null;
      link(add(box, "div", "pk-card-src"), "", "来源 source: " + docs[tip.doc], at);
    }
    if (entry.href) { link(box, "pk-card-open", "打开页面 Open its page →（双击 or double-click）", entry.href); }
    return box;
  }

  // ---- layout settling and the first view ---------------------------------------------
  var progress = document.getElementById("pk-progress");
  var progressN = document.getElementById("pk-progress-n");
  var MIN_SCALE = 0.72;

  function initialZoom() {
    network.fit();
    if (!data.hierarchical || network.getScale() >= MIN_SCALE || !data.focus) { return; }
    // Tall columns: keep labels readable, show the subject whole at the left, let the reader pan.
    var pos = network.getPositions([data.focus])[data.focus];
    if (!pos) { return; }
    var box = network.getBoundingBox(data.focus);
    var left = box ? box.left : pos.x - 130;
    var width = container.clientWidth || 800;
    network.moveTo({ position: { x: left + (width / 2 - 12) / MIN_SCALE, y: pos.y }, scale: MIN_SCALE });
  }

  // the hubs' labels stay readable at any zoom (the others wait for zooming in)
  var hubs = data.nodes.filter(function (n) { return n.hub; }).map(function (n) { return n.id; });
  function labelHubs() {
    if (!hubs.length) { return; }
    var size = Math.max(15, 15 / network.getScale());
    nodes.update(hubs.map(function (id) {  // boxes as wide as 11 characters of their label
      return { id: id, font: { size: size }, scaling: { label: { enabled: false } },
               widthConstraint: { maximum: Math.round(11.5 * size) } };
    }));
  }
  view.hubs = hubs;

  function settled() {
    if (view.settled) { return; }
    // freeze the layout once stabilised (dragging a node wakes the physics up again);
    // big views switch physics off altogether so they stay responsive
    if (data.large) { network.setOptions({ physics: { enabled: false } }); }
    else if (physics) { network.stopSimulation(); }
    initialZoom();
    labelHubs();
    // labels measured before the CJK font arrived are narrower than drawn: measure and place again
    if (document.fonts && document.fonts.status !== "loaded") {
      document.fonts.ready.then(function () {
        network.body.emitter.emit("_resizeNodes");
        network.redraw();
        initialZoom();
      });
    }
    progress.hidden = true;
    view.settled = true;
    view.settleMs = performance.now();
    document.body.setAttribute("data-settled", "1");
  }

  var physics = data.options.physics && data.options.physics.enabled;
  if (!nodeItems.length) {
    settled();
  } else if (physics) {
    network.on("stabilizationProgress", function (p) {
      progress.hidden = false;
      progressN.textContent = p.iterations + " / " + p.total;
    });
    network.once("stabilizationIterationsDone", settled);
  } else {
    network.once("afterDrawing", function () { window.setTimeout(settled, 0); });
  }

  // ---- tooltips (hover) and details (click) -----------------------------------------
  var tipBox = document.getElementById("pk-tip");
  var details = document.getElementById("pk-details");
  var mouse = { x: 0, y: 0 };

  function placeTip() {
    var w = tipBox.offsetWidth, h = tipBox.offsetHeight;
    var x = mouse.x + 16, y = mouse.y + 16;
    if (x + w > window.innerWidth - 4) { x = Math.max(4, mouse.x - w - 16); }
    if (y + h > window.innerHeight - 4) { y = Math.max(4, window.innerHeight - h - 4); }
    tipBox.style.left = x + "px";
    tipBox.style.top = y + "px";
  }
  function showTip(id) {
    var tip = tips.get(id);
    if (!tip) { return; }
    tipBox.replaceChildren(card(tip));
    tipBox.hidden = false;
    placeTip();
    view.lastTip = id;
  }
  function hideTip() {
    tipBox.hidden = true;
    view.lastTip = null;
  }
  function showDetails(id) {
    var tip = tips.get(id);
    if (tip) { details.replaceChildren(card(tip)); }
  }
  container.addEventListener("mousemove", function (ev) {
    mouse.x = ev.clientX;
    mouse.y = ev.clientY;
    if (!tipBox.hidden) { placeTip(); }
  });
  container.addEventListener("mouseleave", hideTip);
  network.on("hoverNode", function (p) { showTip("n:" + p.node); });
  network.on("hoverEdge", function (p) { showTip("e:" + p.edge); });
  // vis-network blurs a hovered node's edges on every mouse move: hide only the tip being shown
  network.on("blurNode", function (p) { if (view.lastTip === "n:" + p.node) { hideTip(); } });
  network.on("blurEdge", function (p) { if (view.lastTip === "e:" + p.edge) { hideTip(); } });
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);
  // until the reader moves the view, a resized page (or window) shows the first view again
  var moved = false;
  network.on("dragStart", function () { moved = true; });
  network.on("zoom", function () { moved = true; labelHubs(); });
  network.on("resize", function () { if (view.settled && !moved) { window.setTimeout(initialZoom, 0); } });
  // a double click on a node with a page opens it (both clicks on that node, not two nodes in a row)
  var clicked = [null, null];
  network.on("doubleClick", function (p) {
    var id = p.nodes.length ? p.nodes[0] : null;
    var tip = id !== null && clicked[0] === id && clicked[1] === id ? tips.get("n:" + id) : null;
    if (tip && tip.href && !/^[a-z][a-z0-9+.-]*:/i.test(tip.href) && tip.href.indexOf("//") < 0) {
      window.location.href = tip.href;
    }
  });
  network.on("click", function (p) {
    clicked = [clicked[1], p.nodes.length ? p.nodes[0] : null];
    if (p.nodes.length) { showDetails("n:" + p.nodes[0]); }
    else if (p.edges.length) { showDetails("e:" + p.edges[0]); }
  });
  view.showTip = showTip;
  view.showDetails = showDetails;

  // ---- legend (counts of what this page draws; glyphs from the shared script) -----------
  function legendItem(list, attr, value, glyph, name, en, n, on) {
    var li = add(list, "li");
    var label = add(li, "label");
    var box = add(label, "input");
    box.type = "checkbox";
    box.setAttribute(attr, value);
    box.defaultChecked = box.checked = on;
    label.insertAdjacentHTML("beforeend", glyph);  // fixed SVG of the shared script
    var span = add(label, "span", "", name);
    if (en) { span.appendChild(document.createTextNode(" ")); add(span, "span", "pk-en", en); }
    add(label, "span", "pk-n", n);
  }
  var nodeCount = {}, edgeCount = {};
  nodeItems.forEach(function (n) { nodeCount[n.kind] = (nodeCount[n.kind] || 0) + 1; });
  edgeItems.forEach(function (e) { edgeCount[e.kind] = (edgeCount[e.kind] || 0) + 1; });
  var hiddenKinds = new Set(data.hiddenKinds || []);
  shared.nodeGlyphs.forEach(function (g) {
    if (nodeCount[g[0]]) {
      legendItem(document.getElementById("pk-legend-nodes"), "data-label", g[0], g[1], labelsZh[g[0]] || g[0], g[0],
                 nodeCount[g[0]], true);
    }
  });
  shared.edgeGlyphs.forEach(function (g) {
    if (edgeCount[g[0]]) {
      legendItem(document.getElementById("pk-legend-edges"), "data-kind", g[0], g[1], edgesZh[g[0]] || g[0], "",
                 edgeCount[g[0]], !hiddenKinds.has(g[0]));
    }
  });

  // ---- legend filters and search --------------------------------------------------------
  var search = document.getElementById("pk-search");
  var only = document.getElementById("pk-only");
  var results = document.getElementById("pk-results");
  var count = document.getElementById("pk-count");
  var labelOn = {}, kindOn = {}, matches = null;

  document.querySelectorAll("#pk-legend-nodes input[data-label]").forEach(function (box) {
    labelOn[box.getAttribute("data-label")] = box.checked;
    box.addEventListener("change", function () { labelOn[box.getAttribute("data-label")] = box.checked; apply(); });
  });
  document.querySelectorAll("#pk-legend-edges input[data-kind]").forEach(function (box) {
    kindOn[box.getAttribute("data-kind")] = box.checked;
    box.addEventListener("change", function () { kindOn[box.getAttribute("data-kind")] = box.checked; apply(); });
  });

  function apply() {
    var hiddenNodes = new Set(), nodeUpd = [], edgeUpd = [];
    nodes.forEach(function (n) {
      var hide = labelOn[n.kind] === false || (only.checked && matches !== null && !matches.has(n.id));
      if (hide) { hiddenNodes.add(n.id); }
      if (Boolean(n.hidden) !== hide) { nodeUpd.push({ id: n.id, hidden: hide }); }
    });
    edges.forEach(function (e) {
      var hide = kindOn[e.kind] === false || hiddenNodes.has(e.from) || hiddenNodes.has(e.to);
      if (Boolean(e.hidden) !== hide) { edgeUpd.push({ id: e.id, hidden: hide }); }
    });
    if (nodeUpd.length) { nodes.update(nodeUpd); }
    if (edgeUpd.length) { edges.update(edgeUpd); }
    return hiddenNodes;
  }

  function focusNode(id) {
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 400 } });
    showDetails("n:" + id);
  }

  function runSearch() {
    var q = search.value.trim().toLowerCase();
    results.replaceChildren();
    if (!q) {
      matches = null;
      count.textContent = "";
      network.unselectAll();
      apply();
      return;
    }
    var found = searchIndex.filter(function (n) { return n.lower.indexOf(q) >= 0; });
    matches = new Set(found.map(function (n) { return n.id; }));
    count.textContent = found.length + " 个匹配 matches" + (found.length > 50 ? "（显示前 50 first 50 shown）" : "");
    found.slice(0, 50).forEach(function (n) {
      var li = add(results, "li");
      var b = add(li, "button", "", n.name);
      b.type = "button";
      add(b, "span", "pk-kind", labelsZh[n.kind] || n.kind);
      b.addEventListener("click", function () { focusNode(n.id); });
    });
    var hidden = apply();
    network.selectNodes(found.map(function (n) { return n.id; }).filter(function (id) { return !hidden.has(id); }), false);
  }
  search.addEventListener("input", runSearch);
  only.addEventListener("change", runSearch);
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && matches && matches.size) { focusNode(matches.values().next().value); }
  });

  // a policy's table: its cells and row heads get their titles on hover (the markup does not repeat them)
  var matrix = document.querySelector("table.pk-matrix");
  if (matrix) {
    var heads = Array.prototype.map.call(matrix.querySelectorAll("thead th.pk-matrix-agency"),
                                         function (th) { return th.textContent; });
    matrix.addEventListener("mouseover", function (ev) {
      var cell = ev.target.closest("tbody td, tbody th");
      if (!cell || cell.title) { return; }
      var measure = "措施 measure: " + cell.parentNode.querySelector("th").textContent;
      if (cell.tagName === "TH") {
        cell.title = measure;
      } else if (cell.className) {
        cell.title = (cell.className === "l" ? "牵头 lead: " : "配合 co: ") + heads[cell.cellIndex - 1] + "\n" + measure;
      }
    });
  }

  document.getElementById("pk-fit").addEventListener("click", function () { network.fit({ animation: { duration: 300 } }); });
  document.getElementById("pk-reset").addEventListener("click", function () {
    search.value = "";
    only.checked = false;
    document.querySelectorAll(".pk-legend input").forEach(function (box) {
      box.checked = box.defaultChecked;
      box.dispatchEvent(new Event("change"));
    });
    runSearch();
    initialZoom();
  });
})();
