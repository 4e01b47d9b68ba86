// Read by check_handout.py and evaluated in the handout page: what a reader of the page sees,
// found from the page's own elements. Every function returns plain JSON values.
window.__probe = (function () {
  "use strict";
  var data = JSON.parse(document.getElementById("timeline-data").textContent);
  var svg = document.getElementById("timeline");
  var plot = document.getElementById("tl-plot");

  // Scroll so that the element's box is on screen, and give its middle in the viewport.
  function pointOn(el, fx) {
    el.scrollIntoView({ block: "center", inline: "nearest" });
    var r = el.getBoundingClientRect();
    var p = plot.getBoundingClientRect();
    var left = Math.max(r.left, p.left), right = Math.min(r.right, p.right);
    return { x: left + (right - left) * (fx === undefined ? 0.5 : fx), y: r.top + r.height / 2 };
  }
  function hit(x, y) {
    var el = document.elementFromPoint(x, y);
    if (!el) return "nothing";
    return el.tagName + (el.getAttribute("class") ? "." + el.getAttribute("class") : "") +
      (el.hasAttribute("data-i") ? "[data-i]" : "") + (el.hasAttribute("data-tip") ? "[data-tip]" : "");
  }
  function laneRows() {
    var rows = [];
    data.rows.forEach(function (r, i) { if (r.role === "lane") rows.push(i); });
    return rows;
  }
  function barsOf(row) {
    return Array.prototype.filter.call(plot.querySelectorAll("rect[data-i]"), function (rect) {
      return data.items[parseInt(rect.getAttribute("data-i"), 10)][0] === row;
    });
  }
  function widest(rects) {
    var best = null, w = -1;
    rects.forEach(function (r) { var bw = r.getBoundingClientRect().width; if (bw > w) { w = bw; best = r; } });
    return best;
  }
  function labelTexts() {
    return Array.prototype.map.call(svg.querySelectorAll("text"), function (t) { return t.textContent; });
  }

  return {
    // The lanes the drawing shows: rows of worker lanes with bars, and whether each has its label.
    lanes: function () {
      var texts = labelTexts();
      return laneRows().map(function (row) {
        return { label: data.rows[row].label, bars: barsOf(row).length, labelled: texts.indexOf(data.rows[row].label) >= 0 };
      });
    },
    // The middle of the widest bar of the n-th worker lane, and what its tooltip must say.
    // (One whose middle no mark covers, when there is one: a mark with a text of its own, such as
    // a dead worker's, rightly shows that instead.)
    laneBar: function (n) {
      var row = laneRows()[n];
      var bars = barsOf(row).sort(function (a, b) { return b.getBoundingClientRect().width - a.getBoundingClientRect().width; });
      var rect = bars[0], p = pointOn(rect);
      for (var i = 0; i < Math.min(bars.length, 20); i++) {
        var q = pointOn(bars[i]), el = document.elementFromPoint(q.x, q.y);
        if (el === bars[i]) { rect = bars[i]; p = q; break; }
      }
      var item = data.items[parseInt(rect.getAttribute("data-i"), 10)];
      return { x: p.x, y: p.y, hit: hit(p.x, p.y), label: data.rows[row].label, state: data.states[item[3]] };
    },
    // A task's start mark ("#n") on a worker lane: the middle of its tick.
    taskMarks: function () {
      return Array.prototype.filter.call(svg.querySelectorAll(".pin"), function (g) {
        return !g.querySelector("[data-tip]") && g.querySelector("rect");
      }).length;
    },
    // The first task mark that stands on a bar: the middle of its tick, and the bar's lane.
    taskMark: function () {
      var pins = Array.prototype.filter.call(svg.querySelectorAll(".pin"), function (g) {
        return !g.querySelector("[data-tip]") && g.querySelector("rect");
      });
      for (var i = 0; i < pins.length; i++) {
        var tick = pins[i].querySelector("rect");
        tick.scrollIntoView({ block: "center" });
        var r = tick.getBoundingClientRect();
        var x = r.left + r.width / 2, y = r.top + r.height / 2;
        var under = null;
        laneRows().forEach(function (row) {
          barsOf(row).forEach(function (b) {
            var br = b.getBoundingClientRect();
            if (!under && br.top <= y && y <= br.bottom && br.left <= x && x <= br.right) under = data.rows[row].label;
          });
        });
        if (under) return { x: x, y: y, hit: hit(x, y), label: under };
      }
      return null;
    },
    // The worker death's cross and its label.
    deathMark: function () {
      var marks = svg.querySelectorAll(".pin [data-tip]");
      if (!marks.length) return null;
      var text = marks[0].getAttribute("data-tip");
      var path = svg.querySelector(".pin path:not([data-tip])") || marks[0];
      path.scrollIntoView({ block: "center" });
      var r = path.getBoundingClientRect();
      // Half-way along the cross's rising stroke, a little off its middle.
      var x = r.left + r.width * 0.3, y = r.top + r.height * 0.7;
      var label = svg.querySelector(".pin text[data-tip]");
      var lr = label ? label.getBoundingClientRect() : null;
      return { text: text, x: x, y: y, hit: hit(x, y),
               label: lr ? { x: lr.left + lr.width / 2, y: lr.top + lr.height / 2, hit: hit(lr.left + lr.width / 2, lr.top + lr.height / 2) } : null };
    },
    // The speedup chart's bars: where to point, and what each says.
    chartBars: function () {
      var chart = document.getElementById("chart");
      if (!chart) return [];
      return Array.prototype.map.call(chart.querySelectorAll("rect[data-tip]"), function (rect) {
        rect.scrollIntoView({ block: "center" });
        var r = rect.getBoundingClientRect();
        var x = r.left + r.width / 2, y = r.top + r.height / 2;
        return { x: x, y: y, hit: hit(x, y), tip: rect.getAttribute("data-tip") };
      });
    },
    // Text of the two drawings that reaches outside them (cut off on the page). Marks clipped to
    // the plot on purpose are left out.
    textOutside: function () {
      var out = [];
      ["timeline", "chart"].forEach(function (id) {
        var box = document.getElementById(id);
        if (!box) return;
        var b = box.getBoundingClientRect();
        Array.prototype.forEach.call(box.querySelectorAll("text"), function (t) {
          if (t.closest("[clip-path]") || !t.textContent.trim()) return;
          var r = t.getBoundingClientRect();
          if (r.width === 0) return;
          if (r.left < b.left - 0.5 || r.right > b.right + 0.5 || r.top < b.top - 0.5 || r.bottom > b.bottom + 0.5)
            out.push(id + ": " + t.textContent + " (" + Math.round(r.left - b.left) + ".." + Math.round(r.right - b.left) +
                     " of " + Math.round(b.width) + ", " + Math.round(r.top - b.top) + ".." + Math.round(r.bottom - b.top) +
                     " of " + Math.round(b.height) + ")");
        });
      });
      return out;
    },
    chartRows: function () { return document.querySelectorAll("table tbody tr").length; },
    tooltip: function () {
      var tip = document.getElementById("tooltip");
      var r = tip.getBoundingClientRect();
      return { shown: !tip.hidden && r.width > 0 && r.height > 0, text: tip.innerText };
    },
    viewBox: function () {
      var v = plot.viewBox.baseVal;
      return { x: v.x, width: v.width, span: data.span_us };
    },
    plotMiddle: function () {
      svg.scrollIntoView({ block: "center" });
      var p = plot.getBoundingClientRect();
      return { x: p.left + p.width / 2, y: p.top + p.height / 2, width: p.width };
    },
    // The font faces the page declares and whether they loaded.
    fonts: function () {
      var faces = [];
      document.fonts.forEach(function (f) { faces.push({ family: f.family.replace(/"/g, ""), status: f.status }); });
      return faces;
    },
    // Elements whose text is Bengali, to ask Chromium which fonts drew them.
    bengaliSelectors: function () {
      var found = [];
      var candidates = ["h1", "h2", ".hint", "footer", "th", "#timeline text", "#tooltip"];
      candidates.forEach(function (sel) {
        var els = document.querySelectorAll(sel);
        for (var i = 0; i < els.length; i++) {
          if (/[\u0980-\u09FF]/.test(els[i].textContent) && !els[i].hidden) { found.push({ selector: sel, index: i, text: els[i].textContent }); break; }
        }
      });
      return found;
    },
  };
})();
true;
