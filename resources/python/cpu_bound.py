"""CPU-bound tasks: the GIL lets one thread compute at a time; processes compute together.

    python3 cpu_bound.py --model threads --tasks 4 --size 100ms

Each task computes for --size of this machine's CPU time.  Try every --model and compare
the wall times: threads are no faster than one thread, processes are.
"""
import sys
import threading
import time

# Each run_... function imports the module it uses, so the program starts fast whichever
# model it runs (asyncio alone takes tens of milliseconds to import).
from lesson_common import arguments, iterations_per_ms, parse_ms, say, spin


def task(number, iterations):
    result = spin(iterations)
    say(f"task {number} done")
    return result


def run_sequential(n, iterations, workers):
    for i in range(n):
        task(i, iterations)


def run_threads(n, iterations, workers):
    threads = [threading.Thread(target=task, args=(i, iterations)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def run_thread_pool(n, iterations, workers):
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=workers) as pool:
        list(pool.map(task, range(n), [iterations] * n))


def run_processes(n, iterations, workers):
    import multiprocessing

    processes = [multiprocessing.Process(target=task, args=(i, iterations)) for i in range(n)]
    for p in processes:
        p.start()
    for p in processes:
        p.join()


def run_process_pool(n, iterations, workers):
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers) as pool:
        list(pool.map(task, range(n), [iterations] * n))


def run_async(n, iterations, workers):
    import asyncio

    async def one(i):
        task(i, iterations)  # no await inside: the event loop cannot switch while it computes

    async def main():
        await asyncio.gather(*(one(i) for i in range(n)))

    asyncio.run(main())


if __name__ == "__main__":
    args = arguments(__doc__, "CPU time of each task, e.g. 50ms (default 100ms)", "100ms").parse_args()
    iterations = int(iterations_per_ms() * parse_ms(args.size) * 1000)
    run = globals()["run_" + args.model.replace("-", "_")]
    say(f"switch interval {sys.getswitchinterval() * 1000:g} ms")  # how long a thread may keep the GIL
    start = time.perf_counter()
    run(args.tasks, iterations, args.workers)
    say(f"{args.model}: {args.tasks} tasks of {args.size} CPU in {time.perf_counter() - start:.3f} s")
