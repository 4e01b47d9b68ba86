#!/usr/bin/env python3
"""The web page handout in a real browser: `conclab shot --out x.html` opened in headless Chromium.

    check_handout.py --conclab PATH --case threads|bengali|crash|compare [--keep DIR]
    check_handout.py --conclab PATH --screenshot OUT.png [--language bn]   # the README's picture

Each case makes a page with conclab, opens it offline and checks what a reader sees: nothing is
fetched from outside the file, one lane per worker of the run, a tooltip where the pointer rests
(on bars, on task marks, on a dead worker's cross, on the chart's bars), the wheel zooms and a drag
pans, and a Bengali page draws its Bengali with the font embedded in it. Exit status 0 passed,
1 failed, 77 skipped (no Chromium).
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cdp  # noqa: E402

WIDTH, HEIGHT = 1280, 900
EMBEDDED_FAMILY = "Conclab Bengali"
# What the page's @font-face covers (the rest of a Bengali page's text is in the system's font).
EMBEDDED_RANGE = [(0x0964, 0x0965), (0x0980, 0x09FF), (0x200C, 0x200D), (0x25CC, 0x25CC)]

failures = []


def check(ok, what, detail=""):
    print(("ok    " if ok else "FAIL  ") + what + (": " + str(detail) if detail != "" else ""))
    if not ok:
        failures.append(what)
    return ok


def conclab(binary, args, env, allowed=(0,)):
    result = subprocess.run([binary, *args], env=env, capture_output=True, text=True, timeout=120)
    if result.returncode not in allowed:
        sys.exit("conclab %s failed (%d): %s" % (" ".join(args), result.returncode, result.stderr.strip()))
    return result


def saved_lanes(path, run):
    runs = json.load(open(path, encoding="utf-8"))["conclab"]["runs"]
    return runs[run - 1]["metrics"]["lanes"], len(runs)


def static_references(html):
    """URLs the page's markup could make a browser fetch (xmlns names are not fetched; the text of
    its scripts is checked by running them offline)."""
    html = re.sub(r"(<script\b[^>]*>).*?</script>", r"\1</script>", html, flags=re.S | re.I)
    refs = re.findall(r'\b(?:src|href|xlink:href|action|poster|data)\s*=\s*["\']?([^"\'\s>]+)', html, re.I)
    refs += re.findall(r'url\(\s*["\']?([^"\')]+)', html, re.I)
    refs += re.findall(r'@import\s+["\']([^"\']+)', html, re.I)
    return [r for r in refs if not r.startswith(("data:", "#"))]


def in_embedded_range(ch):
    return any(lo <= ord(ch) <= hi for lo, hi in EMBEDDED_RANGE)


def fontconfig_without_bengali(tmp):
    """A fontconfig set-up with every installed font but those that have Bengali: a Bengali glyph
    the page's own font lacks then shows as a box or in a foreign font, never as the system's."""
    conf = os.path.join(tmp, "fonts.conf")
    with open(conf, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
                '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n'
                '  <cachedir>%s</cachedir>\n'
                '  <selectfont><rejectfont><pattern><patelt name="lang"><string>bn</string></patelt>'
                '</pattern></rejectfont></selectfont>\n</fontconfig>\n' % os.path.join(tmp, "fc-cache"))
    return conf


# ---- the checks ----
def check_offline(page, html, url):
    check(not static_references(html), "the page refers to no other file or address", static_references(html)[:5])
    requests = [e["request"]["url"] for e in page.events("Network.requestWillBeSent")]
    outside = [u for u in requests if not (u == url or u.startswith("data:"))]
    check(not outside, "loaded offline: nothing asked for but the page itself and its data: URLs", outside[:5])
    errors = [e["entry"]["text"] for e in page.events("Log.entryAdded") if e["entry"]["level"] == "error"]
    errors += [e["exceptionDetails"].get("exception", {}).get("description", e["exceptionDetails"]["text"])
               for e in page.events("Runtime.exceptionThrown")]
    check(not errors, "no script error or blocked load in the console", errors[:3])


def check_lanes(page, workers):
    lanes = page.evaluate("__probe.lanes()")
    check(len(lanes) == workers, "one lane per worker of the run (%d)" % workers, [l["label"] for l in lanes])
    check(all(l["bars"] > 0 and l["labelled"] for l in lanes), "every lane has its label and its bars", lanes)


def hover(page, x, y):
    page.mouse("mouseMoved", x, y)
    return page.evaluate("__probe.tooltip()")


def check_hover_lane(page):
    bar = page.evaluate("__probe.laneBar(0)")
    tip = hover(page, bar["x"], bar["y"])
    check(tip["shown"] and bar["label"] in tip["text"] and bar["state"] in tip["text"],
          "hovering a bar of %s shows its tooltip (lane and state)" % bar["label"], tip["text"].replace("\n", " | "))
    page.mouse("mouseMoved", 2, 2)  # off the drawing
    check(not page.evaluate("__probe.tooltip()")["shown"], "the tooltip goes when the pointer leaves")
    return tip


def check_hover_task_mark(page):
    if page.evaluate("__probe.taskMarks()") == 0:
        return check(False, "the page has task marks to hover")
    mark = page.evaluate("__probe.taskMark()")
    if not check(mark is not None, "a task mark stands on a bar"):
        return
    tip = hover(page, mark["x"], mark["y"])
    check(tip["shown"] and mark["label"] is not None and mark["label"] in tip["text"],
          "hovering a task mark shows the tooltip of the bar under it", "%s under the pointer; tooltip %r" %
          (mark["hit"], tip["text"].replace("\n", " | ") if tip["shown"] else None))


def check_hover_death(page):
    death = page.evaluate("__probe.deathMark()")
    if not check(death is not None, "the page marks where the worker died"):
        return
    tip = hover(page, death["x"], death["y"])
    check(tip["shown"] and death["text"] in tip["text"], "hovering the death cross shows what happened",
          "%s under the pointer; tooltip %r" % (death["hit"], tip["text"] if tip["shown"] else None))
    if death["label"]:
        page.mouse("mouseMoved", 2, 2)
        tip = hover(page, death["label"]["x"], death["label"]["y"])
        check(tip["shown"] and death["text"] in tip["text"], "hovering the death label shows it too", tip["text"])


def check_chart(page, runs):
    check(page.evaluate("__probe.chartRows()") == runs, "the table has a row per run of the file (%d)" % runs)
    bars = page.evaluate("__probe.chartBars()")
    if not check(len(bars) > 0, "the speedup chart has bars"):
        return
    for bar in (bars[0], bars[-1]):
        page.evaluate("__probe.chartBars()")  # scrolls the chart into view again
        tip = hover(page, bar["x"], bar["y"])
        check(tip["shown"] and tip["text"].split() == bar["tip"].split(),
              "hovering a chart bar shows its run and speedup (%s)" % bar["tip"].replace("\n", " "),
              "%s under the pointer; tooltip %r" % (bar["hit"], tip["text"] if tip["shown"] else None))


def check_zoom_and_pan(page):
    before = page.evaluate("__probe.viewBox()")
    middle = page.evaluate("__probe.plotMiddle()")
    page.mouse("mouseWheel", middle["x"], middle["y"], deltaX=0, deltaY=-600)
    zoomed = page.evaluate("__probe.viewBox()")
    check(zoomed["width"] < before["width"] * 0.7, "the wheel zooms in (the plot shows a shorter time)",
          "%.0f µs -> %.0f µs" % (before["width"], zoomed["width"]))
    x, y = middle["x"], middle["y"]
    page.mouse("mousePressed", x, y, button="left", buttons=1, clickCount=1)
    page.mouse("mouseMoved", x - middle["width"] / 4, y, button="left", buttons=1)
    page.mouse("mouseReleased", x - middle["width"] / 4, y, button="left", buttons=0, clickCount=1)
    panned = page.evaluate("__probe.viewBox()")
    check(panned["x"] > zoomed["x"] and abs(panned["width"] - zoomed["width"]) < 1e-6 * zoomed["width"] + 1e-9,
          "dragging left moves on to later times", "start %.0f µs -> %.0f µs" % (zoomed["x"], panned["x"]))
    page.mouse("mousePressed", x, y, button="left", buttons=1, clickCount=1)
    page.mouse("mouseReleased", x, y, button="left", buttons=0, clickCount=1)
    page.mouse("mousePressed", x, y, button="left", buttons=1, clickCount=2)
    page.mouse("mouseReleased", x, y, button="left", buttons=0, clickCount=2)
    whole = page.evaluate("__probe.viewBox()")
    check(whole["x"] == 0 and abs(whole["width"] - whole["span"]) < 1e-6 * whole["span"],
          "double-click shows the whole run again")


def platform_fonts(page, selector, index):
    root = page.call("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
    nodes = page.call("DOM.querySelectorAll", {"nodeId": root, "selector": selector})["nodeIds"]
    return page.call("CSS.getPlatformFontsForNode", {"nodeId": nodes[index]})["fonts"]


def check_bengali(page):
    faces = page.evaluate("__probe.fonts()")
    embedded = [f for f in faces if f["family"] == EMBEDDED_FAMILY]
    check(len(embedded) == 1 and embedded[0]["status"] == "loaded", "the embedded Bengali font loaded", faces)
    shown = page.evaluate("__probe.bengaliSelectors()")
    check(len(shown) >= 5, "Bengali text in headings, hints, labels and the tooltip",
          [s["selector"] for s in shown])
    for s in shown:
        fonts = platform_fonts(page, s["selector"], s["index"])
        text = unicodedata.normalize("NFC", s["text"])
        # Glyphs drawn with any other font may only be for the characters outside the embedded
        # font's range (Latin, digits, spaces); the system has no Bengali font in this browser.
        foreign = sum(f["glyphCount"] for f in fonts if not f["isCustomFont"])
        outside = sum(1 for ch in text if not in_embedded_range(ch))
        ours = sum(f["glyphCount"] for f in fonts if f["isCustomFont"])
        check(ours > 0 and foreign <= outside,
              "%s draws its Bengali with the embedded font, no box" % s["selector"],
              "%r: %s" % (s["text"][:40], ", ".join("%s%s %d" % (f["familyName"], " (page)" if f["isCustomFont"] else "",
                                                               f["glyphCount"]) for f in fonts)))


# ---- one case: make the page, open it, check it ----
def make_page(binary, case, work, env):
    out = os.path.join(work, case + ".html")
    if case == "threads":  # shot runs the experiment itself; threads: one thread per task
        conclab(binary, ["shot", "--language", "en", "--workload", "cpu:40ms", "--tasks", "4", "--model", "threads",
                         "--out", out], env)
        return out, 4, None
    if case == "crash":  # processes: one process per task; task 1 aborts its process
        conclab(binary, ["shot", "--language", "en", "--workload", "cpu:40ms", "--tasks", "3", "--model", "processes",
                         "--crash-task", "1", "--out", out], env, allowed=(1,))
        return out, 3, None
    saved = os.path.join(work, case + ".conclab.json")
    # Every model in turn, saved; the page shows one of the runs (--run) and the table of all.
    language, run = ("bn", 4) if case == "bengali" else ("en", 3)  # thread pool / threads without the GIL
    if case in ("bengali", "compare"):
        conclab(binary, ["compare", "--language", language, "--workload", "cpu:20ms", "--tasks", "3", "--workers", "2",
                         "--save", saved], env)
        conclab(binary, ["shot", "--language", language, "--from", saved, "--run", str(run), "--out", out], env)
        lanes, runs = saved_lanes(saved, run)
        return out, lanes, runs
    sys.exit("unknown case " + case)


def open_page(browser, path):
    page = browser.new_page(WIDTH, HEIGHT)
    url = "file://" + os.path.abspath(path)
    page.navigate(url)
    page.evaluate("document.fonts.ready.then(function () { return true; })", await_promise=True)
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "probe.js"), encoding="utf-8") as f:
        page.evaluate(f.read())
    return page, url


def run_case(args, chromium, work, env):
    path, workers, runs = make_page(args.conclab, args.case, work, env)
    html = open(path, encoding="utf-8").read()
    browser_env = dict(env)
    if args.case == "bengali":
        browser_env["FONTCONFIG_FILE"] = fontconfig_without_bengali(work)
    browser = cdp.Browser(chromium, WIDTH, HEIGHT, env=browser_env)
    try:
        page, url = open_page(browser, path)
        check_offline(page, html, url)
        check_lanes(page, workers)
        outside = page.evaluate("__probe.textOutside()")
        check(not outside, "no text of the timeline or the chart is cut off at their edges", outside[:5])
        tip = check_hover_lane(page)
        check_hover_task_mark(page)
        check_zoom_and_pan(page)
        if args.case == "crash":
            check_hover_death(page)
        if args.case == "compare":
            check_chart(page, runs)
        if args.case == "bengali":
            check(re.search("[\u0980-\u09FF]", tip["text"]) is not None, "the tooltip is in Bengali", tip["text"].replace("\n", " | "))
            hover(page, *[page.evaluate("__probe.laneBar(0)")[k] for k in ("x", "y")])  # tooltip on screen
            check_bengali(page)
            check_chart(page, runs)
    finally:
        browser.close()


def screenshot(args, chromium, work, env):
    """The README's picture: a Bengali handout of the GIL lesson's kind of run, 1280x900."""
    out = os.path.join(work, "handout.html")
    conclab(args.conclab, ["compare", "--language", args.language, "--workload", "cpu:50ms", "--tasks", "4",
                           "--workers", "4", "--save", os.path.join(work, "class.conclab.json")], env)
    conclab(args.conclab, ["shot", "--language", args.language, "--from", os.path.join(work, "class.conclab.json"),
                           "--run", "2", "--out", out], env)
    browser = cdp.Browser(chromium, WIDTH, HEIGHT, env=env)
    try:
        page, _ = open_page(browser, out)
        page.evaluate("window.scrollTo(0, 0)")
        bar = page.evaluate("__probe.laneBar(1)")
        hover(page, bar["x"], bar["y"])
        import base64
        shot = page.call("Page.captureScreenshot", {"format": "png"})["data"]
        with open(args.screenshot, "wb") as f:
            f.write(base64.b64decode(shot))
        print("wrote", args.screenshot)
    finally:
        browser.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conclab", required=True)
    parser.add_argument("--case", choices=["threads", "bengali", "crash", "compare"])
    parser.add_argument("--screenshot")
    parser.add_argument("--language", default="bn")
    parser.add_argument("--keep", help="write the pages into this folder and keep them")
    args = parser.parse_args()
    chromium = cdp.find_chromium()
    if not chromium:
        print("SKIP: Chromium is not installed (Debian package 'chromium'; scripts/dev.sh test installs it),"
              " so the web page handout was not checked in a browser.")
        return 77
    work = args.keep or tempfile.mkdtemp(prefix="conclab-web-")
    os.makedirs(work, exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    try:
        if args.screenshot:
            screenshot(args, chromium, work, env)
        else:
            run_case(args, chromium, work, env)
    except cdp.CdpError as e:
        check(False, "talking to Chromium", e)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    if failures:
        print("%d check(s) failed" % len(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
