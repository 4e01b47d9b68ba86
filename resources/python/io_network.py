"""Network-bound tasks: requests to a server on this machine (127.0.0.1) that answers slowly.

    python3 io_network.py --model threads --tasks 8 --size 10ms --requests 20

A small echo server runs in its own process and answers each request after --size.  While a
thread waits for its answer it releases the GIL, so threads (and asyncio) overlap the waits.
"""
import socket
import threading
import time

# Each run_... function imports the module it uses, so the program starts fast whichever
# model it runs (asyncio alone takes tens of milliseconds to import).
from lesson_common import arguments, parse_ms, say


def serve(listener, delay):
    """The server process: one thread per connection, each answer after `delay` seconds."""
    def answer(conn):
        with conn:
            while data := conn.recv(64):
                time.sleep(delay)
                conn.sendall(data)

    while True:
        conn, _ = listener.accept()
        threading.Thread(target=answer, args=(conn,), daemon=True).start()


def task(number, port, requests):
    with socket.create_connection(("127.0.0.1", port)) as conn:
        for _ in range(requests):
            conn.sendall(b"ping")
            conn.recv(64)  # blocked until the server answers; the GIL is free meanwhile
    say(f"task {number} done")


def run_sequential(n, port, requests, workers):
    for i in range(n):
        task(i, port, requests)


def run_threads(n, port, requests, workers):
    threads = [threading.Thread(target=task, args=(i, port, requests)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def run_thread_pool(n, port, requests, workers):
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=workers) as pool:
        list(pool.map(task, range(n), [port] * n, [requests] * n))


def run_processes(n, port, requests, workers):
    import multiprocessing

    processes = [multiprocessing.Process(target=task, args=(i, port, requests)) for i in range(n)]
    for p in processes:
        p.start()
    for p in processes:
        p.join()


def run_process_pool(n, port, requests, workers):
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers) as pool:
        list(pool.map(task, range(n), [port] * n, [requests] * n))


def run_async(n, port, requests, workers):
    import asyncio

    async def one(i):
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        for _ in range(requests):
            writer.write(b"ping")
            await reader.read(64)  # the event loop serves the other connections meanwhile
        writer.close()
        await writer.wait_closed()
        say(f"task {i} done")

    async def main():
        await asyncio.gather(*(one(i) for i in range(n)))

    asyncio.run(main())


if __name__ == "__main__":
    parser = arguments(__doc__, "how long the server takes per request, e.g. 10ms (default 10ms)", "10ms")
    parser.add_argument("--requests", type=int, default=20, help="requests per task (default: 20)")
    args = parser.parse_args()
    import multiprocessing

    listener = socket.create_server(("127.0.0.1", 0))  # the kernel picks a free port
    server = multiprocessing.Process(target=serve, args=(listener, parse_ms(args.size)), daemon=True)
    server.start()
    run = globals()["run_" + args.model.replace("-", "_")]
    start = time.perf_counter()
    run(args.tasks, listener.getsockname()[1], args.requests, args.workers)
    say(f"{args.model}: {args.tasks} tasks x {args.requests} requests in {time.perf_counter() - start:.3f} s")
    server.terminate()
