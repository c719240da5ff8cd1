// claimtrack HTML report: sorting, details on demand, keyboard navigation.
// Article text only ever reaches the page through textContent / createTextNode, never
// through the HTML parser. The data comes from a JSON block that the browser does not execute.
(function () {
  "use strict";
  var holder = document.getElementById("claimtrack-data");
  if (!holder) { return; }
  var data = JSON.parse(holder.textContent);
  var table = document.getElementById("matrix");
  var panel = document.getElementById("details");
  var body = table.tBodies[0];
  var lastOpener = null;
  var RANK = { conflict: 0, agree: 1, single_source: 2 };
  var clusterOf = [];  // claim index -> cluster key
  Object.keys(data.clusters).forEach(function (key) {
    data.clusters[key].claims.forEach(function (i) { clusterOf[i] = key; });
  });
  function rowsOf() { return Array.prototype.slice.call(body.rows); }
  function rowFor(key) { return body.querySelector('tr[data-cluster="' + key + '"]'); }
  function rowText(row, selector) {
    var node = row ? row.querySelector(selector) : null;
    return node ? node.textContent : "";
  }
  // Rows become focusable controls only when this script runs: without it they are text.
  rowsOf().forEach(function (row) {
    row.tabIndex = 0;
    row.setAttribute("aria-expanded", "false");
    row.setAttribute("aria-controls", "details");
  });

  // el("p", {class: "x"}, ["text", node]) -> <p class="x">text<node></p>; strings become text.
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) { return; }
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function independentNames(cluster) {
    return cluster.independent.map(function (column) { return data.sources[column].name; });
  }

  function sourceLabel(index) {
    var source = data.sources[index];
    return source.copyOf ? source.name + " (copy of " + source.copyOf + ")" : source.name;
  }

  // The sentence, with the claim's own words in bold and conflicting values marked.
  // Offsets come from Python and count code points; JS strings count UTF-16 units, which
  // differ as soon as a sentence holds an emoji. Slicing an array of code points agrees.
  function codePoints(text) { return Array.from(text); }
  function claimWords(claim) {
    return claim.t || codePoints(data.sentences[claim.s]).slice(claim.cs, claim.ce).join("");
  }

  function sentenceNode(claim) {
    var text = codePoints(data.sentences[claim.s]);
    var marks = claim.m || [];
    var cuts = [0, text.length, claim.cs, claim.ce];
    marks.forEach(function (m) { cuts.push(m[0], m[1]); });
    cuts = cuts.filter(function (c, i) { return cuts.indexOf(c) === i && c >= 0 && c <= text.length; });
    cuts.sort(function (a, b) { return a - b; });
    var out = el("p", { class: "said" });
    for (var i = 0; i + 1 < cuts.length; i += 1) {
      var a = cuts[i], b = cuts[i + 1];
      var node = document.createTextNode(text.slice(a, b).join(""));
      var inMark = marks.some(function (m) { return m[0] <= a && b <= m[1]; });
      if (inMark) { node = el("mark", {}, [node]); }
      if (a >= claim.cs && b <= claim.ce && claim.ce > claim.cs) {
        node = el("span", { class: "claimspan" }, [node]);
      }
      out.appendChild(node);
    }
    return out;
  }

  function tags(claim) {
    var list = [];
    if (claim.cert) {
      list.push(el("span", { class: "tag" }, [claim.cert + (claim.cue ? ": \u201c" + claim.cue + "\u201d" : "")]));
    }
    if (claim.attr) { list.push(el("span", { class: "tag" }, ["attributed to " + claim.attr])); }
    return list;
  }

  function wording(index) {
    var claim = data.claims[index];
    var article = data.articles[claim.a];
    var who = [sourceLabel(article.source), article.date || "undated"];
    if (article.title) { who.push(article.title); }
    var parts = [el("p", { class: "who" }, [who.join(" \u00b7 ")].concat(tags(claim)))];
    if (claim.t) { parts.push(el("p", { class: "said" }, ["Claim: " + claim.t])); }
    parts.push(sentenceNode(claim));
    return el("div", { class: "wording" }, parts);
  }

  function closeButton() {
    var button = el("button", { type: "button", class: "close", "aria-label": "Close details" }, ["Close \u2715"]);
    button.addEventListener("click", closePanel);
    return button;
  }

  function showPanel(nodes, opener) {
    panel.replaceChildren.apply(panel, [closeButton()].concat(nodes));
    panel.hidden = false;
    panel.parentNode.classList.add("with-details");
    lastOpener = opener;
    panel.focus({ preventScroll: true });
    if (window.matchMedia("(max-width: 1099px)").matches) { panel.scrollIntoView({ block: "start" }); }
  }

  function closePanel() {
    panel.hidden = true;
    panel.parentNode.classList.remove("with-details");
    markOpen(null);
    if (lastOpener) { lastOpener.focus(); }
  }

  function markOpen(row) {
    rowsOf().forEach(function (r) { r.setAttribute("aria-expanded", r === row ? "true" : "false"); });
    Array.prototype.forEach.call(table.querySelectorAll("button.source"), function (b) { b.classList.remove("active"); });
  }

  // One disagreement: its type and reason, then each side's wordings (every source giving
  // that value), with the differing words marked.
  function conflictBox(conflict) {
    var sides = conflict.sides.map(function (side, i) {
      return el("div", { class: "side" }, [
        el("p", { class: "side-head" }, ["Says ", el("mark", {}, [conflict.values[i]])])
      ].concat(side.map(wording)));
    });
    return el("div", { class: "conflict-box" }, [
      el("p", {}, [el("span", { class: "ctype" }, [conflict.type]), " " + conflict.explanation]),
      el("p", { class: "values" }, [
        el("mark", {}, [conflict.values[0]]), " vs ", el("mark", {}, [conflict.values[1]])
      ])
    ].concat(sides));
  }

  // Differences that do not make the claims incompatible (scope, detail): one line each.
  function differenceItem(difference) {
    var sources = function (side) {
      return side.map(function (i) { return data.sources[data.articles[data.claims[i].a].source].name; })
        .filter(function (name, n, all) { return all.indexOf(name) === n; }).join(", ");
    };
    return el("li", {}, [
      el("span", { class: "ctype" }, [difference.type]), " ",
      el("mark", {}, [difference.values[0]]), " (" + sources(difference.sides[0]) + ") vs ",
      el("mark", {}, [difference.values[1]]), " (" + sources(difference.sides[1]) + ")"
    ]);
  }

  // The judge notes certainty differences pair by pair; per certainty, who says it so reads
  // better: "asserted: A, B; planned (will): C".
  function certaintyItems(cluster) {
    var order = [];
    var sources = {};
    cluster.claims.forEach(function (i) {
      var claim = data.claims[i];
      var how = (claim.cert || "asserted") + (claim.cue ? " (" + claim.cue + ")" : "");
      var name = data.sources[data.articles[claim.a].source].name;
      if (!sources[how]) { sources[how] = []; order.push(how); }
      if (sources[how].indexOf(name) < 0) { sources[how].push(name); }
    });
    return order.map(function (how) { return el("li", {}, [how + ": " + sources[how].join(", ")]); });
  }

  function timelineNodes(cluster) {
    if (!cluster.timeline.length) { return []; }
    var items = cluster.timeline.map(function (stop, i) {
      var names = stop[1].map(function (column) { return data.sources[column].name; });
      var first = i === 0 && (cluster.timeline.length > 1 || names.length === 1);
      var label = stop[0] + ": " + names.join(", ") + (first ? " (first)" : "");
      return el("li", { class: i === 0 ? "first" : "later" }, [label]);
    });
    return [el("h3", {}, ["Who reported it first"]), el("ol", { class: "mini-axis" }, items)];
  }

  function openCluster(row) {
    var cluster = data.clusters[row.getAttribute("data-cluster")];
    if (!cluster) { return; }
    markOpen(row);
    var nodes = [
      el("h2", { id: "details-title" }, [rowText(row, ".verdict") + ": " + rowText(row, ".text")]),
      el("p", { class: "hint" }, [cluster.claims.length + " wording(s), independent sources: " + (independentNames(cluster).join(", ") || "none")])
    ];
    if (cluster.conflicts) {
      nodes.push(el("h3", {}, ["Why they conflict"]));
      cluster.conflicts.forEach(function (c) { nodes.push(conflictBox(c)); });
    }
    if (cluster.differences) {
      nodes.push(el("h3", {}, ["Other differences (not contradictions)"]));
      nodes.push(el("ul", { class: "differences" }, cluster.differences.map(differenceItem)));
    }
    if (cluster.certainty) {
      nodes.push(el("h3", {}, ["How firmly each source says it"]));
      nodes.push(el("ul", {}, certaintyItems(cluster)));
    }
    nodes = nodes.concat(timelineNodes(cluster));
    nodes.push(el("h3", {}, ["Every wording"]));
    cluster.claims.forEach(function (i) { nodes.push(wording(i)); });
    showPanel(nodes, row);
  }

  function openSource(button) {
    var column = Number(button.getAttribute("data-source"));
    var nodes = [el("h2", { id: "details-title" }, [sourceLabel(column)])];
    data.articles.forEach(function (article, a) {
      if (article.source !== column) { return; }
      var meta = [article.date || "undated", article.path];
      if (article.url) { meta.push(article.url); }
      nodes.push(el("h3", {}, [article.title || article.path]));
      nodes.push(el("p", { class: "hint" }, [meta.join(" \u00b7 ")]));
      var items = [];
      data.claims.forEach(function (claim, i) {
        if (claim.a !== a) { return; }
        var key = clusterOf[i];
        var words = claimWords(claim);
        var goto = el("button", { type: "button", class: "goto" }, [words]);
        goto.addEventListener("click", function () {
          var row = rowFor(key);
          if (row) { openCluster(row); row.scrollIntoView({ block: "nearest" }); }
        });
        var verdict = rowText(rowFor(key), ".verdict");
        items.push(el("li", {}, [el("span", { class: "tag" }, [verdict]), " ", goto].concat(tags(claim))));
      });
      nodes.push(items.length ? el("ul", {}, items) : el("p", {}, ["No factual claims shown."]));
    });
    markOpen(null);
    button.classList.add("active");
    showPanel(nodes, button);
  }

  // Sorting: by verdict (conflicts first) or by number of sources; ties keep report order.
  var sortState = { key: "verdict", dir: 1 };
  function num(row, name) { return Number(row.getAttribute("data-" + name)); }
  function sourceCount(row) { return Number(rowText(row, "td.n")); }
  function independentCount(row) {
    var cluster = data.clusters[row.getAttribute("data-cluster")];
    return cluster ? cluster.independent.length : 0;
  }
  function sortRows(key) {
    var dir = sortState.key === key ? -sortState.dir : 1;
    sortState = { key: key, dir: dir };
    var rows = rowsOf();
    rows.sort(function (a, b) {
      var byVerdict = RANK[a.getAttribute("data-verdict")] - RANK[b.getAttribute("data-verdict")];
      var bySources = sourceCount(b) - sourceCount(a) || independentCount(b) - independentCount(a);
      var first = key === "verdict" ? byVerdict : bySources;
      var second = key === "verdict" ? bySources : byVerdict;
      return dir * first || second || num(a, "cluster") - num(b, "cluster");
    });
    rows.forEach(function (r) { body.appendChild(r); });
    Array.prototype.forEach.call(table.querySelectorAll("button.sort"), function (b) {
      var active = b.getAttribute("data-sort") === key;
      var order = key === "verdict" ? (dir > 0 ? "ascending" : "descending") : (dir > 0 ? "descending" : "ascending");
      b.parentNode.setAttribute("aria-sort", active ? order : "none");
    });
  }

  Array.prototype.forEach.call(table.querySelectorAll("button.sort"), function (button) {
    button.addEventListener("click", function () { sortRows(button.getAttribute("data-sort")); });
  });
  Array.prototype.forEach.call(table.querySelectorAll("button.source"), function (button) {
    button.addEventListener("click", function () { openSource(button); });
  });
  body.addEventListener("click", function (event) {
    var row = event.target.closest("tr[data-cluster]");
    if (row) { openCluster(row); }
  });
  body.addEventListener("keydown", function (event) {
    var row = event.target.closest("tr[data-cluster]");
    if (!row) { return; }
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      openCluster(row);
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      var next = event.key === "ArrowDown" ? row.nextElementSibling : row.previousElementSibling;
      if (next) { event.preventDefault(); next.focus(); }
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && !panel.hidden) { closePanel(); }
  });
  panel.setAttribute("aria-labelledby", "details-title");
})();
