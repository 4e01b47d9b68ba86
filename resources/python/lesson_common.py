"""Shared helpers for Concurrency Lab's lesson scripts.

Each lesson script does the same work as a simulated lesson, so the class can watch the
simulation and the real CPython program side by side.  Task sizes are given the way the
engine takes them: "50ms" of CPU work means 50 ms of *this* machine's CPU, measured by a
short calibration when the script starts.
"""
import argparse
import os
import threading
import time

MODELS = ["sequential", "threads", "thread-pool", "processes", "process-pool", "async"]


def parse_ms(text):
    """'50ms' -> 0.05, '1s' -> 1.0, '200' -> 0.2 (milliseconds when no unit is given)."""
    text = text.strip().lower()
    for unit, scale in (("ms", 1e-3), ("us", 1e-6), ("s", 1.0)):
        if text.endswith(unit):
            return float(text[: -len(unit)]) * scale
    return float(text) * 1e-3


def arguments(description, size_help, default_size):
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--model", choices=MODELS, default="threads",
                        help="how the tasks run (default: threads)")
    parser.add_argument("--tasks", type=int, default=4, help="number of tasks (default: 4)")
    parser.add_argument("--workers", type=int, default=4,
                        help="workers of the pools (default: 4)")
    parser.add_argument("--size", default=default_size, help=size_help)
    return parser


def spin(iterations):
    """Pure Python arithmetic: it holds the GIL the whole time, like any CPU-bound Python code."""
    total = 0
    for i in range(iterations):
        total += i * i % 7
    return total


def iterations_per_ms():
    """How many spin() iterations take one millisecond of CPU here (best of a few short tries).

    Measured in CPU time, not wall time, so a busy machine does not change the size of a task:
    "50ms" is always 50 ms of CPU, however long it has to wait for a core.
    """
    trial = 20_000
    best = float("inf")
    for _ in range(5):
        start = time.thread_time()
        spin(trial)
        best = min(best, time.thread_time() - start)
    return trial / (max(best, 1e-6) * 1000)


def say(text):
    """One line of output, with the process and thread it came from."""
    print(f"[pid {os.getpid()} {threading.current_thread().name}] {text}", flush=True)
