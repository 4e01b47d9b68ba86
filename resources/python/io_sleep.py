"""I/O-bound tasks: a thread that waits releases the GIL, so waits overlap even in threads.

    python3 io_sleep.py --model threads --tasks 8 --size 200ms

Each task waits --size (like a slow disk or server answering).  Threads, pools and asyncio
all finish in about one wait; sequential takes the sum of them.
"""
import threading
import time

# Each run_... function imports the module it uses, so the program starts fast whichever
# model it runs (asyncio alone takes tens of milliseconds to import).
from lesson_common import arguments, parse_ms, say


def task(number, seconds):
    time.sleep(seconds)  # blocked in the kernel; the GIL is free for other threads
    say(f"task {number} done")


def run_sequential(n, seconds, workers):
    for i in range(n):
        task(i, seconds)


def run_threads(n, seconds, workers):
    threads = [threading.Thread(target=task, args=(i, seconds)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def run_thread_pool(n, seconds, workers):
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=workers) as pool:
        list(pool.map(task, range(n), [seconds] * n))


def run_processes(n, seconds, workers):
    import multiprocessing

    processes = [multiprocessing.Process(target=task, args=(i, seconds)) for i in range(n)]
    for p in processes:
        p.start()
    for p in processes:
        p.join()


def run_process_pool(n, seconds, workers):
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers) as pool:
        list(pool.map(task, range(n), [seconds] * n))


def run_async(n, seconds, workers):
    import asyncio

    async def one(i):
        await asyncio.sleep(seconds)  # the event loop runs other tasks meanwhile
        say(f"task {i} done")

    async def main():
        await asyncio.gather(*(one(i) for i in range(n)))

    asyncio.run(main())


if __name__ == "__main__":
    args = arguments(__doc__, "how long each task waits, e.g. 200ms (default 200ms)", "200ms").parse_args()
    run = globals()["run_" + args.model.replace("-", "_")]
    start = time.perf_counter()
    run(args.tasks, parse_ms(args.size), args.workers)
    say(f"{args.model}: {args.tasks} waits of {args.size} in {time.perf_counter() - start:.3f} s")
