"""Whole-command wall times of the command line beside the interpreter's own start
(and Recoll's ``recollq`` when installed), on the bundled library (issue 14).

    python benchmarks/bench_cli.py [--runs N] [--docs N --highlights N]

Makes a library of the five seeds (or, with ``--docs``, of generated documents and
highlights, as ``bench_scale.py`` makes them) in a temporary folder, waits until its files are
old enough for the index's warm-open record (``index/warm_open.py``), warms every
command up, then runs the commands round-robin, ``N`` times each (20 by default), and
prints each one's median and p95 wall time, its median CPU time (user + system: what
a busy machine inflates least), and its wall median over ``python -c pass``'s.
Bytecode is cached, as in an installed copy, in a temporary ``PYTHONPYCACHEPREFIX``
(nothing is written in the tree). One row is a search forced through the full check
(the record removed before each run): what the first search after a change costs.
Budgets (issue 14): ``list`` <= 80 ms, ``search`` <= 120 ms warm. Asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.warm_open import RACY_NS, RECORD  # noqa: E402

QUERIES = ["lithium", "travailleur", '"digital labor"', "plateform*", "lithum"]
BUDGETS = {"list": 80.0, "search": 120.0}


@dataclass
class Command:
    """One command line to time, with what must happen before each run."""

    label: str
    argv: list[str]
    before: Callable[[], None] | None = None
    times: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)  # user + system: what load cannot inflate


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def child_env(work: Path) -> dict[str, str]:
    """The environment every timed process gets: bytecode cached outside the tree."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    env.pop("MARGINALIA_DATA_DIR", None)
    return env


def run(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU time of one whole command, in ms; a failing command stops the
    benchmark."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.run(argv, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE)
    elapsed = (time.perf_counter() - started) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.exit(f"{' '.join(argv)}: exit {proc.returncode}\n{proc.stderr.decode()[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
    return elapsed, cpu


def make_library(data: Path, env: dict[str, str], docs: int, highlights: int) -> None:
    """The seeds (the first run imports and indexes them), or a generated library;
    then wait until the files are old enough for a full check to leave its record."""
    if docs:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from bench_scale import build

        from reader.paths import DataPaths
        from ui.services import open_services

        services = open_services(DataPaths(data), seeds=False)
        build(services, docs, highlights)
        services.close()
    run([sys.executable, "-m", "ui.main", "--data-dir", str(data), "list"], env)
    time.sleep(RACY_NS / 1e9 + 0.1)


def recoll_commands(work: Path, env: dict[str, str]) -> list[Command]:
    """``recollq`` on a Recoll index of the same seed files; none when not installed."""
    if not (shutil.which("recollq") and shutil.which("recollindex")):
        return []
    docs, conf = work / "recoll-docs", work / "recoll"
    docs.mkdir()
    conf.mkdir()
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        shutil.copy(seed, docs / seed.name)
    (conf / "recoll.conf").write_text(
        f"topdirs = {docs}\nindexstemminglanguages = english french italian spanish\n"
        "loglevel = 1\nnoaspell = 1\n", "utf-8")
    subprocess.run(["recollindex", "-c", str(conf), "-z"], check=True, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return [Command(f"recollq -n 20 -A {q}", ["recollq", "-c", str(conf), "-n", "20", "-A", q])
            for q in QUERIES]


def commands(data: Path, work: Path, env: dict[str, str], seeds: bool) -> list[Command]:
    marginalia = [sys.executable, "-m", "ui.main", "--data-dir", str(data)]
    record = data / "index" / RECORD
    cmds = [Command("python -c pass", [sys.executable, "-c", "pass"]),
            Command("marginalia list", [*marginalia, "list"])]
    cmds += [Command(f"marginalia search {q}", [*marginalia, "search", q]) for q in QUERIES]
    cmds.append(Command(f"marginalia search {QUERIES[0]} (full check)",
                        [*marginalia, "search", QUERIES[0]],
                        before=lambda: record.unlink(missing_ok=True)))
    return cmds + (recoll_commands(work, env) if seeds else [])  # the same files only


def measure(cmds: list[Command], env: dict[str, str], runs: int) -> None:
    """Round-robin, so that whatever else the machine does falls on every command alike."""
    for cmd in cmds:  # warm up: bytecode, page cache, the warm-open record
        for _ in range(2):
            run(cmd.argv, env)
    for _ in range(runs):
        for cmd in cmds:
            if cmd.before is not None:
                cmd.before()
            wall, cpu = run(cmd.argv, env)
            cmd.times.append(wall)
            cmd.cpu.append(cpu)


def report(cmds: list[Command], data: Path) -> None:
    base = statistics.median(cmds[0].times)
    for cmd in cmds:
        median = statistics.median(cmd.times)
        over = f"  (+{median - base:5.1f} over python)" \
            if cmd.label.startswith("marginalia") else ""
        print(f"{cmd.label:42} median {median:6.1f} ms  p95 {percentile(cmd.times, 95):6.1f} ms"
              f"  cpu {statistics.median(cmd.cpu):6.1f} ms{over}")
    warm = (data / "index" / RECORD).exists()
    print(f"warm-open record {'present' if warm else 'MISSING: every search did the full check'}")
    for name, budget in BUDGETS.items():
        rows = [c for c in cmds if c.label.startswith(f"marginalia {name}")
                and "full check" not in c.label]
        worst = max(statistics.median(c.times) for c in rows)
        verdict = "met" if worst <= budget else "over"
        print(f"budget: {name} <= {budget:.0f} ms (slowest median {worst:.1f} ms): {verdict}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="timed runs per command (20)")
    parser.add_argument("--docs", type=int, default=0, help="generated documents, not seeds")
    parser.add_argument("--highlights", type=int, default=0, help="with --docs: highlights")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        env = child_env(work)
        data = work / "library"
        make_library(data, env, args.docs, args.highlights)
        cmds = commands(data, work, env, seeds=not args.docs)
        measure(cmds, env, max(1, args.runs))
        what = f"{args.docs} documents, {args.highlights} highlights" if args.docs \
            else "the five seeds"
        print(f"{max(1, args.runs)} runs each, round-robin, after 2 warm-up runs; Python "
              f"{sys.version.split()[0]}; bytecode cached; library: {what}")
        report(cmds, data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
