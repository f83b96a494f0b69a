// The preview page's own script: the only script the page's policy lets run.
// It connects to the editor over QWebChannel, applies block patches to #pe-body
// (the page is never reloaded), follows the source (scrollToLine) and reports
// clicks back as file lines. See editor/bridge/preview_channel.py.
"use strict";

(function () {
  var bridge = null;
  var seq = 0;          // the last patch applied
  var blocks = [];      // [{nodes: [Node...], first: n, last: n}] in document order

  function body() { return document.getElementById("pe-body"); }

  function clear() {
    var el = body();
    while (el.firstChild) el.removeChild(el.firstChild);
    blocks = [];
    seq = 0;
  }

  function parse(html) {
    // <template> content is inert: nothing in it runs or loads until it is inserted.
    var t = document.createElement("template");
    t.innerHTML = html;
    var nodes = Array.prototype.slice.call(t.content.childNodes);
    nodes.push(document.createTextNode("\n"));
    return nodes;
  }

  function renumber(block, first, last) {
    block.nodes.forEach(function (n) {
      if (n.nodeType === 1 && n.hasAttribute("data-line")) n.setAttribute("data-line", String(first));
    });
    block.first = first;
    block.last = last;
  }

  function replaceHeader(html) {
    var old = document.getElementById("pe-header");
    var t = document.createElement("template");
    t.innerHTML = html;
    var fresh = t.content.firstElementChild;
    if (!fresh) return;
    if (old) old.replaceWith(fresh);
    else body().parentNode.insertBefore(fresh, body());
  }

  // -- the editor's look and preferences ------------------------------------------

  function setLook(dark, fontPx) {
    var root = document.documentElement;
    root.classList.toggle("pe-dark", !!dark);
    if (fontPx) root.style.setProperty("--pe-font-size", fontPx + "px");
  }

  function showRemoteImages(root) {
    // Only when the page was made with remote images allowed (its policy then lets them load).
    if (!document.documentElement.classList.contains("pe-remote-images")) return;
    var boxes = root.querySelectorAll ? root.querySelectorAll(".pe-image[data-pe-host]") : [];
    Array.prototype.forEach.call(boxes, function (box) {
      var src = box.getAttribute("data-pe-src") || "";
      if (src.indexOf("//") === 0) src = "https:" + src;
      if (!/^https?:\/\//i.test(src)) return;
      var img = document.createElement("img");
      img.src = src;
      img.alt = box.getAttribute("data-pe-alt") || "";
      // The box stays (blocks keep their nodes): it holds the picture instead of its label.
      box.textContent = "";
      box.className = "pe-remote-image";
      box.appendChild(img);
    });
  }

  function applyPatch(text) {
    try {
      var patch = JSON.parse(text);
      if (patch.base !== seq) throw new Error("patch " + patch.base + " does not follow " + seq);
      apply(patch);
    } catch (error) {  // out of step or a bad patch (should not happen): start again from nothing
      console.error("preview: " + error);
      clear();
      bridge.resync();
    }
  }

  function apply(patch) {
    var parent = body();
    var ops = patch.ops || [];
    for (var k = ops.length - 1; k >= 0; k--) {
      var at = ops[k][0], remove = ops[k][1], insert = ops[k][2];
      var removed = blocks.slice(at, at + remove);
      removed.forEach(function (b) { b.nodes.forEach(function (n) { if (n.parentNode) n.parentNode.removeChild(n); }); });
      var next = blocks[at + remove];
      var before = next ? next.nodes[0] : null;
      var fresh = insert.map(function (item) {
        var b = { nodes: parse(item[0]), first: item[1], last: item[2] };
        var frag = document.createDocumentFragment();
        b.nodes.forEach(function (n) { frag.appendChild(n); });
        parent.insertBefore(frag, before);
        return b;
      });
      Array.prototype.splice.apply(blocks, [at, remove].concat(fresh));
    }
    (patch.moves || []).forEach(function (m) { if (blocks[m[0]]) renumber(blocks[m[0]], m[1], m[2]); });
    if (patch.header !== undefined) replaceHeader(patch.header);
    if (patch.title !== undefined) document.title = patch.title;
    if (ops.length) showRemoteImages(parent);
    seq = patch.seq;
    bridge.applied(seq);
  }

  // -- following the source ---------------------------------------------------

  function blockFor(line) {
    // the last block whose first line is <= line (binary search; blocks are in line order)
    var lo = 0, hi = blocks.length - 1, found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (blocks[mid].first <= line) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  }

  function elementsOf(block) {
    return block.nodes.filter(function (n) { return n.nodeType === 1; });
  }

  function targetFor(line) {
    // {element, y}: the element made from the nearest line <= `line`, and the page offset to show
    var i = blockFor(line);
    if (i < 0) {
      var header = document.getElementById("pe-header");
      return { element: header || document.body, y: 0 };
    }
    var block = blocks[i];
    var els = elementsOf(block);
    while (!els.length && i > 0) { block = blocks[--i]; els = elementsOf(block); }
    if (!els.length) return { element: document.body, y: 0 };
    var top = Infinity, bottom = -Infinity;
    els.forEach(function (e) {
      var r = e.getBoundingClientRect();
      top = Math.min(top, r.top);
      bottom = Math.max(bottom, r.bottom);
    });
    var y = top;
    var span = block.last - block.first + 1;
    if (line > block.first && line <= block.last && span > 1) {
      // inside a long block (a list, a code listing): go proportionally further down
      y = top + (bottom - top) * (line - block.first) / span;
    }
    return { element: els[0], y: y + window.scrollY, top: top, bottom: bottom };
  }

  function scrollToLine(line) {
    var t = targetFor(line);
    var viewTop = window.scrollY, viewBottom = viewTop + window.innerHeight;
    var margin = Math.min(40, window.innerHeight / 10);
    if (t.y >= viewTop && t.y <= viewBottom - margin) return;  // already in view: do not move
    window.scrollTo({ top: Math.max(0, t.y - margin), behavior: "smooth" });
  }

  // -- drops ----------------------------------------------------------------------
  // Photos dropped on the page go into the post between blocks: before the block under
  // the pointer (its upper half) or after it; in a gap, before the next block down.
  // A bar shows where while dragging. Lines are those of the blocks the page shows.

  function dropTarget(y) {
    // {line, y, of}: the 1-based file line the picture goes before, the bar's page offset, and
    // the first line of the block it was dropped on (or just after): the entry it belongs to
    var below = null;
    for (var i = 0; i < blocks.length; i++) {
      var els = elementsOf(blocks[i]);
      if (!els.length) continue;
      var top = Infinity, bottom = -Infinity;
      els.forEach(function (e) {
        var r = e.getBoundingClientRect();
        top = Math.min(top, r.top);
        bottom = Math.max(bottom, r.bottom);
      });
      var first = blocks[i].first;
      if (y < top) { below = { line: first, y: top, of: below ? below.of : first }; break; }
      if (y <= bottom) {
        if (y < (top + bottom) / 2) below = { line: first, y: top, of: first };
        else below = { line: blocks[i].last + 1, y: bottom, of: first };
        break;
      }
      below = { line: blocks[i].last + 1, y: bottom, of: first };  // past this block: after it, unless one follows
    }
    if (!below) return { line: null, y: 0, of: null };
    return { line: below.line, y: below.y + window.scrollY, of: below.of };
  }

  function dropMark(y) {
    var bar = document.getElementById("pe-drop-mark");
    if (y === null) {
      if (bar) bar.remove();
      return null;
    }
    var t = dropTarget(y);
    if (!bar) {
      bar = document.createElement("div");
      bar.id = "pe-drop-mark";
      var s = bar.style;  // set through the CSSOM: the page's policy forbids inline style attributes
      s.position = "absolute"; s.height = "3px"; s.borderRadius = "2px";
      s.background = "var(--link)"; s.pointerEvents = "none"; s.zIndex = "10";
      document.body.appendChild(bar);
    }
    var r = body().getBoundingClientRect();
    bar.style.left = (r.left + window.scrollX) + "px";
    bar.style.width = r.width + "px";
    bar.style.top = (t.y - 2) + "px";
    return [t.line, t.of];
  }

  // -- clicks -------------------------------------------------------------------

  function lineOf(node) {
    for (var n = node; n && n !== document.body; n = n.parentNode) {
      if (n.nodeType === 1 && n.hasAttribute("data-line") && n.parentNode === body()) {
        var line = parseInt(n.getAttribute("data-line"), 10);
        return isNaN(line) ? 0 : line;
      }
      if (n.id === "pe-header") return 1;
    }
    return 0;
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[href]") : null;
    if (link) {
      var href = link.getAttribute("href");
      if (href.charAt(0) === "#") {  // a footnote or a heading on this page: scroll, do not navigate
        event.preventDefault();
        var target = document.getElementById(decodeURIComponent(href.slice(1)));
        if (target) target.scrollIntoView({ behavior: "smooth", block: "start" });
      }
      return;  // other links: the Qt side refuses the navigation and opens them outside
    }
    var selection = window.getSelection();
    if (selection && !selection.isCollapsed) return;  // selecting text, not pointing at a line
    var line = lineOf(event.target);
    if (line > 0 && bridge) bridge.clicked(line);
  });

  window.pePreview = {
    // for tests and debugging: what the script believes the page shows
    state: function () {
      return { seq: seq, blocks: blocks.map(function (b) { return [b.first, b.last]; }) };
    },
    scrollToLine: scrollToLine,
    targetFor: targetFor,
    setLook: setLook,
    dropTarget: dropTarget,
    dropMark: dropMark,
  };

  function connect() {
    if (typeof QWebChannel === "undefined" || typeof qt === "undefined") {
      setTimeout(connect, 20);  // the transport is installed a little after the page loads
      return;
    }
    new QWebChannel(qt.webChannelTransport, function (channel) {
      bridge = channel.objects.preview;
      bridge.patchReady.connect(applyPatch);
      bridge.scrollRequested.connect(scrollToLine);
      clear();
      bridge.ready();
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", connect);
  else connect();
})();
