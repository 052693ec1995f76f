#!/usr/bin/env python3
"""Side-by-side call-overhead benchmark: C API vs pybind11 vs SharpBind.

Usage:
    bench/build_native.sh /tmp/benchout python3
    PYTHONPATH=/tmp/benchout:<dir of bench_sharpbind> python3 bench/run.py [options]

Imports bench_capi, bench_pybind11 and bench_sharpbind from sys.path; a module
that does not import is reported and left out.  Follows
/work/shared/guides/benchmarking.md: the machine is noisy, so all contenders
run in one process, interleaved (module order reversed every other round), and
the figure worth comparing across runs is the ratio to the C API, not the
absolute time.

Statistics:
    micro-calls   per sample min(timeit.repeat(...)) / number; min over rounds
    bulk calls    per sample min(timeit.repeat(...)) / number; median over rounds
    loops         a bulk call that makes OVERRIDE_N calls from native code
                  (go_many: native code calling a Python override); median
                  over rounds like bulk, reported in ns per inner call
    import        two rows from the same fresh subprocesses (min over runs):
                  - the import statement timed inside the child (precise);
                  - wall time of `python -S -c "import MOD"` minus that of an
                    empty child, which also counts loading the shared library's
                    dependencies and interpreter shutdown, but carries
                    +-0.5 ms of process start-up noise on these VMs.
"""

from __future__ import annotations

import argparse
import datetime
import importlib
import os
import platform
import statistics
import subprocess
import sys
import time
import timeit
from dataclasses import dataclass
from typing import Callable

# (module name, column label); the first one is the baseline for ratios.
MODULES = [
    ("bench_capi", "C API"),
    ("bench_pybind11", "pybind11"),
    ("bench_sharpbind", "SharpBind"),
]
BASELINE = MODULES[0][0]

BULK_N = 1_000_000
CALLBACK_N = 100_000
OVERRIDE_N = 1_000_000

# Built once and shared by every module, so that sum_list times the binding's
# conversion and not list construction.
DATA = list(range(BULK_N))
DATA_SUM = sum(DATA)


@dataclass
class Bench:
    key: str  # name for --only
    label: str  # row label in the table
    # "micro" (ns, min over rounds), "bulk" (ms, median over rounds) or
    # "loop" (ns per one of `inner` calls made by one bulk call, median over rounds)
    kind: str
    needs: tuple[str, ...]  # dotted attributes the module must have, else "—"
    # timeit setup/stmt.  Setup runs inside timeit's timing function, so the
    # names it binds are locals: the statement times the call itself, not a
    # global plus module-attribute lookup that would pad every column alike.
    setup: str
    stmt: str
    # Raises (or returns False) if the module computes the wrong thing: a
    # fast wrong answer must not make it into the table.
    check: Callable[[object], bool]
    inner: int = 1  # calls per statement, for "loop"


def _check_callback(mod) -> bool:
    seen = []
    mod.call_back(seen.append, 5)
    return seen == [0, 1, 2, 3, 4]


def _check_point_new(mod) -> bool:
    p = mod.Point(1.0, 2.0)
    return (p.x, p.y) == (1.0, 2.0)


def _check_set_x(mod) -> bool:
    p = mod.Point(1.0, 2.0)
    p.x = 3.0
    return p.x == 3.0 and p.y == 2.0


_POINT = "p = _mod.Point(1.0, 2.0)"

_CATS: dict[str, type] = {}


def _cat(mod) -> object:
    """An instance of the module's Python subclass of its Animal (one class per module)."""
    cls = _CATS.get(mod.__name__)
    if cls is None:
        # The same Python source for every contender: only the base differs.
        class Cat(mod.Animal):
            def go(self, n):
                return n + 1

            def sound(self):
                return "meow"

        cls = _CATS[mod.__name__] = Cat
    return cls()


def _check_go_many(mod) -> bool:
    return mod.go_many(_cat(mod), 1000) == 1000 * 1001 // 2


def _check_sound_many(mod) -> bool:
    return mod.sound_many(_cat(mod), 1000) == 4 * 1000

BENCHES = [
    Bench("noop", "`noop()`", "micro", ("noop",),
          "noop = _mod.noop", "noop()",
          lambda m: m.noop() is None),
    Bench("add", "`add(1, 2)`", "micro", ("add",),
          "add = _mod.add", "add(1, 2)",
          lambda m: m.add(1, 2) == 3),
    Bench("add_f", "`add_f(1.0, 2.0)`", "micro", ("add_f",),
          "add_f = _mod.add_f", "add_f(1.0, 2.0)",
          lambda m: m.add_f(1.0, 2.0) == 3.0),
    Bench("concat", '`concat("ab", "cd")`', "micro", ("concat",),
          "concat = _mod.concat", 'concat("ab", "cd")',
          lambda m: m.concat("ab", "cd") == "abcd"),
    Bench("point_new", "`Point(1.0, 2.0)`", "micro", ("Point",),
          "Point = _mod.Point", "Point(1.0, 2.0)",
          _check_point_new),
    Bench("get_x", "`p.x`", "micro", ("Point", "Point.x"),
          _POINT, "p.x",
          lambda m: m.Point(1.0, 2.0).x == 1.0),
    Bench("set_x", "`p.x = 3.0`", "micro", ("Point", "Point.x"),
          _POINT, "p.x = 3.0",
          _check_set_x),
    Bench("norm", "`p.norm()`", "micro", ("Point", "Point.norm"),
          _POINT, "p.norm()",
          lambda m: m.Point(3.0, 4.0).norm() == 5.0),
    Bench("sum_list", f"`sum_list(list of {BULK_N:,} ints)`", "bulk", ("sum_list",),
          "sum_list = _mod.sum_list; data = _data", "sum_list(data)",
          lambda m: m.sum_list(DATA) == DATA_SUM),
    Bench("make_list", f"`make_list({BULK_N:_})`", "bulk", ("make_list",),
          "make_list = _mod.make_list", f"make_list({BULK_N})",
          lambda m: m.make_list(BULK_N) == DATA),
    Bench("call_back", f"`call_back(lambda i: None, {CALLBACK_N:_})`", "bulk", ("call_back",),
          "call_back = _mod.call_back; f = lambda i: None", f"call_back(f, {CALLBACK_N})",
          _check_callback),
    Bench("go_many", f"`go_many(cat, {OVERRIDE_N:_})`, per `go(n)` call",
          "loop", ("Animal", "go_many"),
          "cat = _cat(_mod); go_many = _mod.go_many", f"go_many(cat, {OVERRIDE_N})",
          _check_go_many, inner=OVERRIDE_N),
    Bench("sound_many", f"`sound_many(cat, {OVERRIDE_N:_})`, per `sound()` call",
          "loop", ("Animal", "sound_many"),
          "cat = _cat(_mod); sound_many = _mod.sound_many", f"sound_many(cat, {OVERRIDE_N})",
          _check_sound_many, inner=OVERRIDE_N),
]
IMPORT_KEY = "import"
IMPORT_ROWS = [  # (result key, label); both come from the "import" benchmark
    ("import", "`import MOD` (timed in a fresh process)"),
    ("import_wall", '`python -S -c "import MOD"` − empty (noisy)'),
]
ALL_KEYS = [b.key for b in BENCHES] + [IMPORT_KEY]


@dataclass
class Settings:
    rounds: int
    repeat: int  # timeit.repeat(repeat=...) per sample
    target: float  # seconds one timeit run (= one sample) should take
    import_runs: int


def load_modules() -> list[tuple[str, str, object]]:
    loaded = []
    for name, label in MODULES:
        try:
            mod = importlib.import_module(name)
        except Exception as exc:  # a broken .so raises ImportError, not just ModuleNotFound
            print(f"skipping {name}: {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        print(f"using {name}: {getattr(mod, '__file__', '?')}", file=sys.stderr)
        loaded.append((name, label, mod))
    return loaded


def has_all(mod, dotted_names) -> bool:
    for dotted in dotted_names:
        obj = mod
        for part in dotted.split("."):
            if not hasattr(obj, part):
                return False
            obj = getattr(obj, part)
    return True


def calibrate(timer: timeit.Timer, target: float) -> int:
    """Number of loop iterations that makes one timeit run last ~target s.

    Grows by 10x until a run is long enough to time reliably, then scales.
    Doubles as a warm-up, which 3.11's specialising interpreter wants.
    """
    number = 1
    while True:
        elapsed = timer.timeit(number)
        if elapsed >= min(target / 10, 0.005):
            return max(1, round(number * target / elapsed))
        number *= 10


def run_call_benches(benches, modules, cfg: Settings):
    """Returns ({(bench key, module name): value or status string}, samples).

    value is ns per call (micro), ms per call (bulk) or ns per inner call (loop).
    samples maps the same cells to their per-round seconds per statement.
    """
    results: dict[tuple[str, str], object] = {}
    # One Timer per (bench, module), calibrated once and reused every round.
    timers: dict[tuple[str, str], tuple[timeit.Timer, int]] = {}
    for bench in benches:
        for name, _label, mod in modules:
            cell = (bench.key, name)
            if not has_all(mod, bench.needs):
                results[cell] = "—"
                continue
            try:
                if bench.check(mod) is False:
                    raise AssertionError("wrong result")
                timer = timeit.Timer(bench.stmt, bench.setup,
                                     globals={"_mod": mod, "_data": DATA, "_cat": _cat})
                timers[cell] = (timer, calibrate(timer, cfg.target))
            except Exception as exc:
                print(f"{name}: {bench.key} failed: {type(exc).__name__}: {exc}", file=sys.stderr)
                results[cell] = "error"

    samples: dict[tuple[str, str], list[float]] = {cell: [] for cell in timers}
    for rnd in range(cfg.rounds):
        order = modules if rnd % 2 == 0 else modules[::-1]
        print(f"round {rnd + 1}/{cfg.rounds}", file=sys.stderr)
        for bench in benches:
            for name, _label, _mod in order:
                cell = (bench.key, name)
                if cell not in timers:
                    continue
                timer, number = timers[cell]
                best = min(timer.repeat(repeat=cfg.repeat, number=number))
                samples[cell].append(best / number)

    for (key, name), values in samples.items():
        bench = next(b for b in benches if b.key == key)
        if bench.kind == "micro":
            # The least-disturbed run: noise only ever adds time.
            results[(key, name)] = min(values) * 1e9
        elif bench.kind == "loop":
            # Bulk work (a million allocations and calls): the typical run.
            results[(key, name)] = statistics.median(values) / bench.inner * 1e9
        else:
            # Bulk calls touch a lot of memory (allocator, cache), so their
            # fastest run is less representative than their typical one.
            results[(key, name)] = statistics.median(values) * 1e3
    return results, samples


def loop_spread(benches, modules, samples) -> str:
    """How much the "loop" rows moved between rounds, as Markdown bullets.

    For each module: the range of its per-round ns per inner call and, next to
    it, the range of its per-round ratio to the C API sample of the same round
    (the two ran back to back, so a slow spell mostly cancels out).
    """
    lines = []
    for bench in benches:
        if bench.kind != "loop":
            continue
        base = samples.get((bench.key, BASELINE))
        parts = []
        for name, label, _mod in modules:
            values = samples.get((bench.key, name))
            if not values:
                continue
            ns = [v / bench.inner * 1e9 for v in values]
            text = f"{label} {min(ns):.0f}–{max(ns):.0f} ns"
            if base and name != BASELINE:
                ratios = sorted(v / b for v, b in zip(values, base))
                text += f" (ratio {ratios[0]:.2f}–{ratios[-1]:.2f}, median {statistics.median(ratios):.2f})"
            parts.append(text)
        if parts:
            lines.append(f"- {bench.key}, per round: " + "; ".join(parts))
    return "\n".join(lines)


def run_import_bench(modules, cfg: Settings):
    """ms to import each module in a fresh interpreter (see IMPORT_ROWS)."""
    # Point the child at the directories the modules were actually loaded
    # from, so it finds the same files even if they came from the cwd.
    dirs = []
    for _name, _label, mod in modules:
        d = os.path.dirname(os.path.abspath(getattr(mod, "__file__", "") or "."))
        if d not in dirs:
            dirs.append(d)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(dirs + [p for p in [env.get("PYTHONPATH")] if p])

    def run(name: str | None) -> tuple[float, float]:
        """(wall seconds of the whole child, seconds of its import statement)."""
        # The child times its own import: subtracting two process wall times
        # was tried and the start-up jitter (~0.5 ms even for min of 20) was
        # larger than the 0.1-1 ms being measured.  `time` is a built-in
        # module, so the empty child imports it too to stay comparable.
        code = "import time; t = time.perf_counter(); "
        code += f"import {name}; " if name else ""
        code += "print(time.perf_counter() - t)"
        # -S skips site: with pyenv it spends ~25 ms on .pth files, which
        # only adds noise.  PYTHONPATH is still honoured without site.
        t0 = time.perf_counter()
        out = subprocess.run([sys.executable, "-S", "-c", code], env=env, check=True,
                             stdout=subprocess.PIPE, text=True).stdout
        return time.perf_counter() - t0, float(out)

    best_wall = {name: float("inf") for name, _label, _mod in modules}
    best_import = dict(best_wall)
    best_empty = float("inf")
    failed = set()
    for rnd in range(cfg.import_runs):
        # Same interleaving as the call benchmarks; the empty interpreter is
        # re-timed every round so it sees the same spells of noise.
        order = modules if rnd % 2 == 0 else modules[::-1]
        best_empty = min(best_empty, run(None)[0])
        for name, _label, _mod in order:
            if name in failed:
                continue
            try:
                wall, imp = run(name)
            except (subprocess.CalledProcessError, ValueError) as exc:
                print(f"{name}: import in a subprocess failed: {exc}", file=sys.stderr)
                failed.add(name)
                continue
            best_wall[name] = min(best_wall[name], wall)
            best_import[name] = min(best_import[name], imp)

    results: dict[tuple[str, str], object] = {}
    for name, _label, _mod in modules:
        if name in failed:
            results[("import", name)] = results[("import_wall", name)] = "error"
        else:
            results[("import", name)] = best_import[name] * 1e3
            results[("import_wall", name)] = (best_wall[name] - best_empty) * 1e3
    return results


def fmt_value(value, unit: str) -> str:
    if unit == "ns":
        return f"{value:.1f} ns"
    if abs(value) < 1:
        return f"{value:.3f} ms"
    if abs(value) < 10:
        return f"{value:.2f} ms"
    return f"{value:.1f} ms"


def make_table(rows, modules, results) -> str:
    """rows: [(key, label, unit)] -> Markdown table."""
    lines = [
        "| benchmark | " + " | ".join(label for _n, label, _m in modules) + " |",
        "|---|" + "---:|" * len(modules),
    ]
    for key, label, unit in rows:
        base = results.get((key, BASELINE))
        cells = []
        for name, _label, _mod in modules:
            value = results.get((key, name), "—")
            if isinstance(value, str):
                cells.append(value)
                continue
            text = fmt_value(value, unit)
            if name != BASELINE and isinstance(base, float) and base > 0:
                text += f" ({value / base:.2f}×)"
            cells.append(text)
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=None,
                    help="interleaved rounds (default 7; 3 with --quick)")
    ap.add_argument("--quick", action="store_true",
                    help="short samples and few rounds: a smoke test, not a measurement")
    ap.add_argument("--only", metavar="NAME[,NAME]",
                    help="benchmarks to run, from: " + ", ".join(ALL_KEYS))
    ap.add_argument("--markdown", metavar="FILE", help="also write the table to FILE")
    args = ap.parse_args(argv)
    if args.only:
        wanted = [k.strip() for k in args.only.split(",") if k.strip()]
        unknown = [k for k in wanted if k not in ALL_KEYS]
        if unknown:
            ap.error(f"unknown benchmark(s) {', '.join(unknown)}; choose from {', '.join(ALL_KEYS)}")
        args.only = wanted
    else:
        args.only = ALL_KEYS
    if args.rounds is not None and args.rounds < 1:
        ap.error("--rounds must be >= 1")
    return args


def main(argv=None) -> int:
    args = parse_args(argv)
    if args.quick:
        cfg = Settings(rounds=args.rounds or 3, repeat=2, target=0.005, import_runs=10)
    else:
        # ~30 ms per sample sits in the 20-50 ms window: long enough to
        # average out timer resolution, short enough to dodge most bursts of
        # noise on a shared VM.
        cfg = Settings(rounds=args.rounds or 7, repeat=3, target=0.030, import_runs=20)
        if cfg.rounds < 7:
            print("warning: the benchmarking guide asks for at least 7 rounds", file=sys.stderr)

    modules = load_modules()
    if not modules:
        print("no benchmark module could be imported; set PYTHONPATH", file=sys.stderr)
        return 1
    if BASELINE not in [name for name, _l, _m in modules]:
        print(f"warning: {BASELINE} missing, so no ratios", file=sys.stderr)

    benches = [b for b in BENCHES if b.key in args.only]
    results, samples = run_call_benches(benches, modules, cfg)
    rows = [(b.key, b.label, "ms" if b.kind == "bulk" else "ns") for b in benches]
    if IMPORT_KEY in args.only:
        results.update(run_import_bench(modules, cfg))
        rows += [(key, label, "ms") for key, label in IMPORT_ROWS]

    now = datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    header = (f"Python {platform.python_version()} ({sys.executable}), {now}; "
              f"{cfg.rounds} rounds{' (--quick: smoke test only)' if args.quick else ''}. "
              "Micro-calls: min over rounds; bulk and loops: median over rounds; import: min; "
              "ratios are to the C API.")
    text = header + "\n\n" + make_table(rows, modules, results) + "\n"
    spread = loop_spread(benches, modules, samples)
    if spread:
        text += "\nSpread over rounds of the loop rows:\n\n" + spread + "\n"
    print(text)
    if args.markdown:
        with open(args.markdown, "w", encoding="utf-8") as f:
            f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
