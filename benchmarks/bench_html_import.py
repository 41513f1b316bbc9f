"""Import + index of web pages beside Recoll (issue 16): 150 pages of the Python
library reference (or, with ``--all``, the whole Python documentation), then
``recollindex`` on the same files in the same run. Prints figures; asserts nothing.

Ours is the library's own path (``Services.import_paths``: read, decode, parse,
detect languages, store with originals, index), split into where the time goes: the
HTML parse (reader/importers/html_import.py), per-block language detection
(reader/language.py), the rest of the import (decoding, hashing, SQLite, originals
written with fsync) and the index. Recoll runs with a configuration folder of its own
(``-c``), as benchmarks/bench_search.py runs it. Budget (issue 16): ours <= 0.8x.

Run: .venv/bin/python benchmarks/bench_html_import.py [--all | --pages N] [--runs N]
     [--profile]
(needs python3-doc; recoll for the comparison: apt-get install -y python3-doc recoll)
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.reference_recoll import time_recollindex  # noqa: E402
from reader.decoding import decode  # noqa: E402
from reader.importers import assign_languages, html_import  # noqa: E402
from reader.paths import DataPaths  # noqa: E402
from ui.services import open_services  # noqa: E402

PYDOCS = Path("/usr/share/doc/python3-doc/html")
def corpus(into: Path, whole: bool, count: int) -> list[Path]:
    """The pages copied into ``into`` (flat, as make-corpus.sh lays them), so both tools
    read the same files and nothing else."""
    if whole:
        found = sorted(p for p in PYDOCS.rglob("*.html")
                       if not any(part.startswith("_") for part in p.relative_to(PYDOCS).parts))
    else:
        found = sorted((PYDOCS / "library").glob("*.html"))[:count]
    into.mkdir()
    for path in found:
        shutil.copyfile(path, into / str(path.relative_to(PYDOCS)).replace("/", "__"))
    return sorted(into.iterdir())


def ours(files: list[Path], folder: Path, work: Path) -> dict[str, float]:
    """The library's import then index of the folder, and the parse and language shares
    measured again on their own over the same files."""
    services = open_services(DataPaths(work / "data"), seeds=False)
    cpu = cpu_seconds()
    started = time.perf_counter()
    report, changes = services.library.import_paths([str(folder)])
    imported = time.perf_counter() - started
    started = time.perf_counter()
    services.apply(changes)
    indexed = time.perf_counter() - started
    services.close()
    cpu = cpu_seconds() - cpu
    assert not report.refused, report.refused
    parse = lang = 0.0
    for path in files:
        text, _ = decode(path.read_bytes())
        started = time.perf_counter()
        body = html_import.parse(text)[2]
        parse += time.perf_counter() - started
        started = time.perf_counter()
        assign_languages(body)
        lang += time.perf_counter() - started
    return {"total": imported + indexed, "import": imported, "index": indexed,
            "parse": parse, "languages": lang, "cpu": cpu}


def cpu_seconds() -> float:
    """User + system CPU of this process and of its children that ended (the index's
    build processes, recollindex): on a shared machine wall time says more about the
    neighbours than about the code."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), \
        resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def model_load() -> float:
    """The language model's load, as the first import of a process pays it (measured
    in a process of its own: this one has it loaded)."""
    code = ("import time; t = time.perf_counter(); from reader import language; "
            "language._model(); print(time.perf_counter() - t)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True, timeout=120)
    return float(out.stdout)


def recoll(folder: Path, work: Path) -> tuple[float, float] | None:
    """recollindex's wall time and CPU seconds."""
    cpu = cpu_seconds()
    wall = time_recollindex(folder, work / "recoll")
    return None if wall is None else (wall, cpu_seconds() - cpu)


def profile(folder: Path, work: Path) -> None:
    """The import and index under cProfile: the 25 most expensive functions, inclusive."""
    services = open_services(DataPaths(work / "profiled"), seeds=False)
    profiler = cProfile.Profile()
    profiler.enable()
    services.import_paths([str(folder)])
    profiler.disable()
    services.close()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(25)
    print(out.getvalue())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="the whole Python documentation")
    parser.add_argument("--pages", type=int, default=150, help="library pages, without --all")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    if not PYDOCS.exists():
        print(f"{PYDOCS} is absent: apt-get install -y python3-doc")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        folder = work / "pages"
        files = corpus(folder, args.all, args.pages)
        size = sum(p.stat().st_size for p in files) / 1e6
        print(f"{len(files)} pages, {size:.1f} MB of HTML, {args.runs} run(s), median shown")
        runs = [ours(files, folder, work / f"run{i}") for i in range(args.runs)]
        figures = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
        theirs = [t for t in (recoll(folder, work) for _ in range(args.runs)) if t is not None]
        total = figures["total"]
        print(f"marginalia import + index: {total:.2f} s "
              f"({len(files) / total:.0f} pages/s, {size / total:.2f} MB/s)")
        print(f"  import {figures['import']:.2f} s, of which HTML parse {figures['parse']:.2f} s "
              f"({100 * figures['parse'] / total:.0f}%) and language detection "
              f"{figures['languages']:.2f} s ({100 * figures['languages'] / total:.0f}%)")
        rest = figures["import"] - figures["parse"] - figures["languages"]
        print(f"  the rest of the import {rest:.2f} s ({100 * rest / total:.0f}%): decoding, "
              f"hashing, SQLite, originals with fsync, and in a process's first import "
              f"the language model's load ({model_load():.2f} s)")
        print(f"  index {figures['index']:.2f} s ({100 * figures['index'] / total:.0f}%)")
        if theirs:
            recollindex = statistics.median(wall for wall, _ in theirs)
            recoll_cpu = statistics.median(cpu for _, cpu in theirs)
            print(f"recollindex: {recollindex:.2f} s; ours/recoll = {total / recollindex:.2f}x "
                  f"(budget 0.8x); parse alone = {figures['parse'] / recollindex:.2f}x")
            print(f"CPU seconds: ours {figures['cpu']:.2f}, recollindex {recoll_cpu:.2f}; "
                  f"ours/recoll = {figures['cpu'] / recoll_cpu:.2f}x")
        else:
            print("recollindex: not installed (apt-get install -y recoll), no comparison")
        if args.profile:
            profile(folder, work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
