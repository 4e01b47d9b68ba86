// Concurrency Lab handout: zoom (wheel, + and -), pan (drag, arrow keys), whole run (double-click,
// 0) and hover details for the timeline of this page. Our own code, no library, no network: the
// page works offline in any current browser. The data it reads is the JSON in #timeline-data.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("timeline-data").textContent);
  var svg = document.getElementById("timeline");
  var plot = document.getElementById("tl-plot");
  var axis = document.getElementById("tl-axis");
  var grid = document.getElementById("tl-grid");
  var tip = document.getElementById("tooltip");
  var NS = "http://www.w3.org/2000/svg";
  var view = { t0: 0, t1: data.span_us };
  var numbers = {};

  function number(value, decimals) {
    var key = decimals;
    if (!numbers[key]) {
      try {
        numbers[key] = new Intl.NumberFormat(data.locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false });
      } catch (e) {
        numbers[key] = new Intl.NumberFormat("en", { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false });
      }
    }
    return numbers[key].format(value);
  }
  function unitFor(ns) {
    if (ns >= 1e9) return [1e9, data.units.s];
    if (ns >= 1e6) return [1e6, data.units.ms];
    if (ns >= 1e3) return [1e3, data.units.us];
    return [1, data.units.ns];
  }
  // As the window writes durations: a unit for the size, three significant digits.
  function duration(ns) {
    var u = unitFor(Math.abs(ns));
    var v = ns / u[0];
    var a = Math.abs(v);
    var decimals = a >= 100 || u[0] === 1 ? 0 : a >= 10 ? 1 : 2;
    return number(v, decimals) + " " + u[1];
  }
  function fill(template) {
    var args = Array.prototype.slice.call(arguments, 1);
    return template.replace(/%([1-9])/g, function (m, n) { return n <= args.length ? String(args[n - 1]) : m; });
  }

  // ---- the view: the plot's viewBox is the visible time range, in µs since the run began ----
  function clampView(t0, t1) {
    var span = data.span_us;
    var width = Math.max(Math.min(t1 - t0, span), span / 1e6, 1e-3);
    t0 = Math.max(0, Math.min(t0, span - width));
    return { t0: t0, t1: t0 + width };
  }
  function xOf(t) { return data.plot.x + (t - view.t0) / (view.t1 - view.t0) * data.plot.w; }
  function apply() {
    plot.setAttribute("viewBox", view.t0 + " 0 " + (view.t1 - view.t0) + " " + data.plot.h);
    var pins = svg.querySelectorAll(".pin");
    for (var i = 0; i < pins.length; i++) {
      var t = parseFloat(pins[i].getAttribute("data-t"));
      pins[i].setAttribute("transform", "translate(" + xOf(t).toFixed(2) + ",0)");
      pins[i].style.display = t < view.t0 || t > view.t1 ? "none" : "";
    }
    drawAxis();
  }
  function niceStep(minStep) {
    var p = Math.pow(10, Math.floor(Math.log10(minStep)));
    var steps = [1, 2, 5, 10];
    for (var i = 0; i < steps.length; i++) if (steps[i] * p >= minStep) return steps[i] * p;
    return 10 * p;
  }
  function axisLabel(us, stepUs) {
    var u = unitFor(stepUs * 1000 * 5);
    var inUnit = stepUs * 1000 / u[0];
    var decimals = 0;
    while (decimals < 3 && Math.abs(inUnit * Math.pow(10, decimals) - Math.round(inUnit * Math.pow(10, decimals))) > 1e-6) decimals++;
    return number(us * 1000 / u[0], decimals) + " " + u[1];
  }
  function drawAxis() {
    while (axis.firstChild) axis.removeChild(axis.firstChild);
    while (grid.firstChild) grid.removeChild(grid.firstChild);
    var perPx = (view.t1 - view.t0) / data.plot.w;
    var step = niceStep(perPx * data.tick_spacing);
    for (var t = Math.ceil(view.t0 / step) * step; t <= view.t1 + 1e-9; t += step) {
      var x = xOf(t);
      var line = document.createElementNS(NS, "line");
      line.setAttribute("x1", x); line.setAttribute("x2", x);
      line.setAttribute("y1", data.plot.y); line.setAttribute("y2", data.plot.y + data.plot.h);
      grid.appendChild(line);
      var tick = document.createElementNS(NS, "line");
      tick.setAttribute("x1", x); tick.setAttribute("x2", x);
      tick.setAttribute("y1", data.axis_y); tick.setAttribute("y2", data.axis_y + 5);
      axis.appendChild(tick);
      var label = document.createElementNS(NS, "text");
      label.setAttribute("x", x); label.setAttribute("y", data.axis_y + 5 + data.font_px);
      label.setAttribute("text-anchor", "middle");
      label.textContent = axisLabel(t, step);
      axis.appendChild(label);
      // A label at either end of the plot stays whole: moved inside the drawing, not cut off.
      var half = label.getComputedTextLength() / 2, width = svg.viewBox.baseVal.width;
      if (x + half > width - 2 || x - half < 2) label.setAttribute("x", Math.max(half + 2, Math.min(x, width - half - 2)));
    }
  }
  // A point of the page in the SVG's own coordinates.
  function svgX(clientX) {
    var r = svg.getBoundingClientRect();
    return (clientX - r.left) * (svg.viewBox.baseVal.width / r.width);
  }
  function zoomAbout(clientX, factor) {
    var x = Math.max(0, Math.min(data.plot.w, svgX(clientX) - data.plot.x));
    var at = view.t0 + x / data.plot.w * (view.t1 - view.t0);
    var width = (view.t1 - view.t0) / factor;
    view = clampView(at - x / data.plot.w * width, at - x / data.plot.w * width + width);
    apply();
  }
  function panBy(dxSvg) {
    var dt = dxSvg / data.plot.w * (view.t1 - view.t0);
    view = clampView(view.t0 - dt, view.t1 - dt);
    apply();
  }

  svg.addEventListener("wheel", function (e) {
    e.preventDefault();
    zoomAbout(e.clientX, Math.pow(1.0015, -e.deltaY));
  }, { passive: false });
  var drag = null;
  svg.addEventListener("mousedown", function (e) { drag = { x: svgX(e.clientX) }; svg.classList.add("dragging"); });
  window.addEventListener("mouseup", function () { drag = null; svg.classList.remove("dragging"); });
  svg.addEventListener("dblclick", function () { view = { t0: 0, t1: data.span_us }; apply(); });
  svg.addEventListener("keydown", function (e) {
    var w = view.t1 - view.t0, handled = true;
    var r = svg.getBoundingClientRect(), middle = r.left + r.width * (data.plot.x + data.plot.w / 2) / svg.viewBox.baseVal.width;
    if (e.key === "+" || e.key === "=") zoomAbout(middle, 1.5);
    else if (e.key === "-") zoomAbout(middle, 1 / 1.5);
    else if (e.key === "ArrowLeft") { view = clampView(view.t0 - w / 10, view.t1 - w / 10); apply(); }
    else if (e.key === "ArrowRight") { view = clampView(view.t0 + w / 10, view.t1 + w / 10); apply(); }
    else if (e.key === "0") { view = { t0: 0, t1: data.span_us }; apply(); }
    else handled = false;
    if (handled) e.preventDefault();
  });

  // ---- hover: what the window's tooltip says ----
  function tooltipLines(item) {
    var row = data.rows[item[0]], lane = data.lanes[item[6]] || { label: "?", pid: 0, tid: 0 };
    var state = row.role === "gil" ? fill(data.text.gil, lane.label)
              : row.role === "core" ? fill(data.text.core_runs, lane.label) : data.states[item[3]];
    var lines = [row.label, fill(data.text.state, state)];
    if (item[4] >= 0) lines.push(fill(data.text.core, number(item[4], 0)));
    if (item[7] > 1) lines.push(fill(data.text.summary_item, number(item[7], 0)));
    else if (item[5] === -2) lines.push(fill(data.text.folded, data.fold_block));
    else if (item[5] >= 0) lines.push(fill(data.text.task, number(item[5], 0)));
    if (row.role === "lane" && lane.tid > 0) lines.push(fill(data.text.pidtid, number(lane.pid, 0), number(lane.tid, 0)));
    lines.push(fill(data.text.start, duration(item[1] * 1000)));
    lines.push(fill(data.text.duration, duration((item[2] - item[1]) * 1000)));
    return lines;
  }
  function showTip(e, lines) {
    tip.textContent = "";
    var title = document.createElement("b");
    title.textContent = lines[0];
    tip.appendChild(title);
    for (var i = 1; i < lines.length; i++) {
      tip.appendChild(document.createElement("br"));
      tip.appendChild(document.createTextNode(lines[i]));
    }
    tip.hidden = false;
    var left = e.pageX + 14, top = e.pageY + 14;
    var room = document.documentElement.clientWidth + window.scrollX - tip.offsetWidth - 8;
    tip.style.left = Math.max(window.scrollX + 4, Math.min(left, room)) + "px";
    tip.style.top = top + "px";
  }
  svg.addEventListener("mousemove", function (e) {
    if (drag) {
      var x = svgX(e.clientX);
      panBy(x - drag.x);
      drag.x = x;
      tip.hidden = true;
      return;
    }
    explain(e);
  });
  // What the pointer rests on: a bar (its item), or a mark or chart bar that carries its own text,
  // also when the pointer is on a part of it (the white outline of the death cross).
  function explain(e) {
    var target = e.target && e.target.closest ? e.target.closest("[data-i], [data-tip]") : null;
    if (target && target.hasAttribute("data-i")) {
      showTip(e, tooltipLines(data.items[parseInt(target.getAttribute("data-i"), 10)]));
    } else if (target) {
      showTip(e, target.getAttribute("data-tip").split("\n"));
    } else {
      tip.hidden = true;
    }
  }
  svg.addEventListener("mouseleave", function () { tip.hidden = true; });
  var chart = document.getElementById("chart");
  if (chart) {
    chart.addEventListener("mousemove", explain);
    chart.addEventListener("mouseleave", function () { tip.hidden = true; });
  }
  apply();
})();
