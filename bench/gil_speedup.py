"""Two Python threads calling a [ReleaseGil] CPU-bound C# function, against one thread doing both
calls: the speed-up on this machine's cores. Usage: PYTHONPATH=<fixtures build> python3 bench/gil_speedup.py"""

import threading
import time

from collections_ import GilTools

N = 200_000_000


def once():
    GilTools.spin(N)


def timed(function, repeat=5):
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def sequential():
    once()
    once()


def parallel():
    threads = [threading.Thread(target=once) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


if __name__ == "__main__":
    one, two = timed(sequential), timed(parallel)
    print(f"two calls one after the other: {one * 1000:.0f} ms; in two threads: {two * 1000:.0f} ms; speed-up {one / two:.2f}x")
