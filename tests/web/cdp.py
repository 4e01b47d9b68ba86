"""A tiny client of the Chrome DevTools Protocol over --remote-debugging-pipe (Python stdlib only).

Chromium reads commands from its fd 3 and writes answers and events to its fd 4, one JSON message
each, ended by a NUL byte. Everything here has a deadline: a browser that hangs fails the test
instead of blocking it.
"""
import json
import os
import select
import shutil
import subprocess
import tempfile
import time

# Headless, sandbox-less (root, containers), with nothing that reaches the network on its own, and
# every host name unresolvable: a page that tried to load anything from outside would fail to.
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--disable-extensions", "--mute-audio",
    "--host-resolver-rules=MAP * ~NOTFOUND",
]


def find_chromium():
    for candidate in (os.environ.get("CONCLAB_CHROMIUM"), shutil.which("chromium"), "/usr/bin/chromium"):
        if candidate and os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    return None


class CdpError(Exception):
    pass


class Browser:
    def __init__(self, chromium, width=1280, height=900, env=None, timeout=30.0):
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="conclab-chromium-")
        to_r, self._to_w = os.pipe()
        self._from_r, from_w = os.pipe()
        args = [chromium, *CHROMIUM_FLAGS, "--user-data-dir=" + self.profile,
                "--window-size=%d,%d" % (width, height), "--remote-debugging-pipe", "about:blank"]
        # The shell puts the pipe's ends at the fds Chromium reads and writes (3 and 4).
        moves = ["3<&%d" % to_r, "4>&%d" % from_w] + ["%d<&-" % fd for fd in (to_r, from_w) if fd not in (3, 4)]
        script = 'exec "$@" ' + " ".join(moves)
        # Its chatter (D-Bus, GPU) goes to a file: a pipe nobody reads could fill and stop it.
        self._log = open(os.path.join(self.profile, "chromium.log"), "w+b")
        self.proc = subprocess.Popen(["/bin/sh", "-c", script, "sh", *args], pass_fds=(to_r, from_w),
                                     stdin=subprocess.DEVNULL, stdout=self._log, stderr=self._log,
                                     env=env, start_new_session=True)
        os.close(to_r)
        os.close(from_w)
        self._buffer = b""
        self._next_id = 0
        self.events = []
        self.on_event = None

    # ---- messages ----
    def _read_message(self, deadline):
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise CdpError("no answer from Chromium in time")
            ready, _, _ = select.select([self._from_r], [], [], left)
            if not ready:
                continue
            chunk = os.read(self._from_r, 1 << 20)
            if not chunk:
                raise CdpError("Chromium closed its debugging pipe (it exited: %s)" % self._stderr_tail())
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def _stderr_tail(self):
        try:
            self.proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            pass
        self._log.seek(0)
        return self._log.read().decode(errors="replace")[-2000:]

    def _dispatch(self, message):
        self.events.append(message)
        if self.on_event:
            self.on_event(message)

    def call(self, method, params=None, session=None, timeout=None):
        self._next_id += 1
        mid = self._next_id
        message = {"id": mid, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        data = json.dumps(message).encode() + b"\0"
        while data:
            data = data[os.write(self._to_w, data):]
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            answer = self._read_message(deadline)
            if answer.get("id") == mid:
                if "error" in answer:
                    raise CdpError("%s: %s" % (method, answer["error"].get("message")))
                return answer.get("result", {})
            self._dispatch(answer)

    def wait_event(self, method, session=None, timeout=None):
        for i, e in enumerate(self.events):
            if e.get("method") == method and (session is None or e.get("sessionId") == session):
                return self.events.pop(i)
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            message = self._read_message(deadline)
            if message.get("method") == method and (session is None or message.get("sessionId") == session):
                return message
            self._dispatch(message)

    # ---- a page ----
    def new_page(self, width, height):
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        return Page(self, session, width, height)

    def close(self):
        try:
            self.call("Browser.close", timeout=5)
        except Exception:
            pass
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, 9)
            self.proc.wait()
        for fd in (self._to_w, self._from_r):
            try:
                os.close(fd)
            except OSError:
                pass
        self._log.close()
        shutil.rmtree(self.profile, ignore_errors=True)


class Page:
    def __init__(self, browser, session, width, height):
        self.b = browser
        self.session = session
        for domain in ("Page", "Runtime", "Network", "DOM", "CSS", "Log"):
            self.call(domain + ".enable")
        # Offline: nothing the page asks for outside the file itself can arrive.
        self.call("Network.emulateNetworkConditions",
                  {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})

    def call(self, method, params=None, timeout=None):
        return self.b.call(method, params, self.session, timeout)

    def navigate(self, url):
        result = self.call("Page.navigate", {"url": url})
        if result.get("errorText"):
            raise CdpError("cannot open %s: %s" % (url, result["errorText"]))
        self.b.wait_event("Page.loadEventFired", self.session)

    def evaluate(self, expression, await_promise=False):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": await_promise})
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text")
            raise CdpError("script failed: %s" % text)
        return result["result"].get("value")

    def mouse(self, kind, x, y, **extra):
        params = {"type": kind, "x": x, "y": y}
        params.update(extra)
        self.call("Input.dispatchMouseEvent", params)

    def events(self, method):
        return [e["params"] for e in self.b.events if e.get("method") == method and e.get("sessionId") == self.session]
