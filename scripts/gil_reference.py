#!/usr/bin/env python3
"""Reference figures for Concurrency Lab's simulated GIL, measured in real CPython.

The simulated GIL (engine/gil/) follows CPython 3.11's take_gil/drop_gil. This script measures, in
a real interpreter, the two figures that `engine_benchmark gil` measures for the simulation, so
that they can be put side by side (README, "Benchmarks"):

(a) hold: two CPU-bound threads share the GIL. Python cannot read the GIL, so each thread stamps
    time.perf_counter_ns() (CLOCK_MONOTONIC on Linux) in a tight loop; a gap longer than --gap-us
    between two stamps means the thread did not run. Putting both threads' runs in time order, a
    *hold* is a stretch during which only one of them ran: an OS preemption inside a hold leaves a
    gap in which the other thread did not run either (it had no GIL), so it does not split the
    hold. Printed: median, 10th and 90th percentile of the holds, the first and last left out.

(b) convoy: a thread sleeps 1 ms (--sleep-ms) many times. time.sleep() drops the GIL and takes it
    back, as every blocking call does. Each sleep's lateness is how much longer than asked it took
    until the thread ran Python code again: first with the thread alone, then beside a thread that
    only computes. The difference of the two medians is the convoy delay, the wait for the GIL
    after each I/O (CPython 3.11: a whole switch interval, then a drop request).

Standard library only; takes about 6 s. Run it on an otherwise quiet machine:

    /usr/bin/python3 scripts/gil_reference.py        # Debian bookworm's CPython 3.11.2
    python3 scripts/gil_reference.py --interval-ms 2 # any CPython 3; sets sys.setswitchinterval()

Compare with:  build/release/tests/benchmarks/engine_benchmark gil
"""

import argparse
import os
import platform
import sys
import threading
import time


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def median(values):
    return percentile(values, 0.5)


def ms(ns):
    return ns / 1e6


# --- (a) how long a CPU-bound thread holds the GIL -------------------------------------------


def stamp_runs(start_barrier, deadline_ns, gap_ns, runs_out):
    """Computes until the deadline; records the (first, last) stamps of every stretch it ran."""
    clock = time.perf_counter_ns
    start_barrier.wait()
    runs = []
    first = last = clock()
    while last < deadline_ns:
        now = clock()
        if now - last > gap_ns:
            runs.append((first, last))
            first = now
        last = now
    runs.append((first, last))
    runs_out.extend(runs)


def holds_from_runs(runs_per_thread):
    """Lengths of the stretches in which only one thread ran, in time order."""
    tagged = sorted((first, last, thread)
                    for thread, runs in enumerate(runs_per_thread) for first, last in runs)
    holds = []
    holder, hold_first, hold_last = None, 0, 0
    for first, last, thread in tagged:
        if thread == holder:
            hold_last = last
            continue
        if holder is not None:
            holds.append(hold_last - hold_first)
        holder, hold_first, hold_last = thread, first, last
    holds.append(hold_last - hold_first)
    return holds[1:-1]  # the first starts with the threads, the last runs alone to the end


def measure_holds(seconds, gap_ns):
    barrier = threading.Barrier(2)
    runs = [[], []]
    deadline = time.perf_counter_ns() + int(0.05e9) + int(seconds * 1e9)
    threads = [threading.Thread(target=stamp_runs, args=(barrier, deadline, gap_ns, runs[i]))
               for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return holds_from_runs(runs)


# --- (b) the convoy effect ------------------------------------------------------------------


def sleep_lateness(count, sleep_s, lateness_out):
    clock = time.perf_counter_ns
    asked = round(sleep_s * 1e9)
    for _ in range(count):
        before = clock()
        time.sleep(sleep_s)
        lateness_out.append(clock() - before - asked)


def compute_until(stop):
    x = 0
    while not stop[0]:
        x += 1


def measure_lateness(count, sleep_s, beside_cpu_thread):
    lateness = []
    stop = [False]
    cpu = threading.Thread(target=compute_until, args=(stop,))
    if beside_cpu_thread:
        cpu.start()
        time.sleep(0.02)  # the computing thread holds the GIL by now
    sleeper = threading.Thread(target=sleep_lateness, args=(count, sleep_s, lateness))
    sleeper.start()
    sleeper.join()
    stop[0] = True
    if beside_cpu_thread:
        cpu.join()
    return lateness


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--interval-ms", type=float, default=None,
                        help="sys.setswitchinterval() in ms (default: leave it, 5 ms)")
    parser.add_argument("--seconds", type=float, default=2.0, help="(a): how long both threads compute")
    parser.add_argument("--gap-us", type=float, default=100.0,
                        help="(a): a gap in a thread's stamps longer than this means it did not run")
    parser.add_argument("--sleeps", type=int, default=300, help="(b): sleeps per measurement")
    parser.add_argument("--sleep-ms", type=float, default=1.0, help="(b): length of each sleep")
    args = parser.parse_args()
    if args.interval_ms is not None:
        sys.setswitchinterval(args.interval_ms / 1000)

    print(f"python {platform.python_version()} ({sys.executable}), "
          f"switch interval {sys.getswitchinterval() * 1000:g} ms, {os.cpu_count()} cores")

    holds = measure_holds(args.seconds, int(args.gap_us * 1000))
    if holds:
        print(f"hold: 2 CPU-bound threads, median {ms(median(holds)):.2f} ms "
              f"(p10 {ms(percentile(holds, 0.1)):.2f}, p90 {ms(percentile(holds, 0.9)):.2f}), "
              f"{len(holds)} holds")
    else:
        print("hold: no switch seen (one core busy elsewhere?)")

    alone = measure_lateness(args.sleeps, args.sleep_ms / 1000, beside_cpu_thread=False)
    beside = measure_lateness(args.sleeps, args.sleep_ms / 1000, beside_cpu_thread=True)
    print(f"convoy: {args.sleep_ms:g} ms sleeps, median late by {ms(median(alone)):.2f} ms alone, "
          f"{ms(median(beside)):.2f} ms beside a CPU-bound thread (p90 {ms(percentile(beside, 0.9)):.2f}): "
          f"convoy delay {ms(median(beside) - median(alone)):.2f} ms ({args.sleeps} sleeps each)")


if __name__ == "__main__":
    main()
