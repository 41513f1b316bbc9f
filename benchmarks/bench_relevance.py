"""Relevance: judged queries over real documents, Marginalia beside Recoll (issue 16).

    python benchmarks/bench_relevance.py [--small] [--keep DIR] [--show]

Copies the Python documentation's HTML pages (``python3-doc``) and the Debian
Reference in English and French (``debian-reference-en``, ``-fr``) into one flat
folder, imports it into a temporary library and, when ``recollindex`` is installed,
indexes the same files with Recoll (stemming English and French). Then runs every
query of ``relevance_queries.json`` through both, Marginalia as the command line
does (``search``) and Recoll as ``recollq`` does (its query language, stemming in
the query's language), and prints for each, per language and overall, success@1
(the judged document first) and MRR@10 (1/rank of the first judged document in
the top 10, else 0). Marginalia is given no language: it stems in all of them.

``--small`` keeps every fourth query and only the files they expect, plus a few
others (for CI, where figures are ignored); ``--keep DIR`` keeps the copies, the
library and Recoll's index in DIR and reuses them (a new analyser rebuilds the
index on the spot); ``--show`` prints each query's ranks. Asserts nothing.
Missing documentation is said, with the packages to install, and skipped.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUERIES = Path(__file__).resolve().parent / "relevance_queries.json"
PYTHON_DOCS = ["/usr/share/doc/python3-doc/html", "/usr/share/doc/python3.*-doc/html",
               "/usr/share/doc/python3*/html"]
DEBIAN_DOCS = ["/usr/share/doc/debian-reference-common/docs", "/usr/share/debian-reference"]
DEPTH = 10  # ranks read for MRR@10
SMALL_EVERY = 4
SMALL_OTHERS = 6  # files nobody expects, so the small run still has to choose


@dataclass
class Query:
    text: str
    language: str
    expected: list[str]
    ranks: dict[str, int] = field(default_factory=dict)  # engine -> rank (0: not in top 10)


def find_folder(patterns: list[str], must_hold: str) -> Path | None:
    """The first folder matching one of ``patterns`` that holds ``must_hold``."""
    for pattern in patterns:
        for folder in sorted(Path("/").glob(pattern.lstrip("/"))):
            if (folder / must_hold).exists() or list(folder.glob(must_hold)):
                return folder
    return None


def corpus_files() -> dict[str, Path]:
    """``{flat name: source file}`` of every page the queries may expect."""
    files: dict[str, Path] = {}
    python = find_folder(PYTHON_DOCS, "library/contextlib.html")
    if python is None:
        print("python docs: not found (apt-get install -y python3-doc); skipped")
    else:
        for page in sorted(python.rglob("*.html")):
            rel = page.relative_to(python)
            if rel.parts[0] not in ("_static", "_sources", "_images", "_downloads"):
                files["__".join(rel.parts)] = page
    debian = find_folder(DEBIAN_DOCS, "ch01.en.html")
    if debian is None:
        print("Debian Reference: not found (apt-get install -y debian-reference-en "
              "debian-reference-fr); skipped")
    else:
        for lang in ("en", "fr"):
            for page in sorted(debian.glob(f"*.{lang}.html")):
                files[page.name] = page
    return files


def load_queries(small: bool, available: set[str]) -> list[Query]:
    rows = json.loads(QUERIES.read_text("utf-8"))["queries"]
    queries = [Query(r["query"], r["language"], r["expected"]) for r in rows]
    if small:
        queries = queries[::SMALL_EVERY]
    return [q for q in queries if any(name in available for name in q.expected)]


def choose_files(files: dict[str, Path], queries: list[Query], small: bool) -> dict[str, Path]:
    if not small:
        return files
    wanted = {name for q in queries for name in q.expected}
    others = [name for name in sorted(files) if name not in wanted][::97][:SMALL_OTHERS]
    return {name: files[name] for name in sorted(wanted | set(others)) if name in files}


def copy_corpus(files: dict[str, Path], folder: Path) -> None:
    """The pages side by side in ``folder``, under their flat names (kept if there)."""
    folder.mkdir(parents=True, exist_ok=True)
    present = {p.name for p in folder.iterdir()}
    for name, source in files.items():
        if name not in present:
            shutil.copyfile(source, folder / name)
    for extra in present - set(files):
        (folder / extra).unlink()


# -- Marginalia -----------------------------------------------------------------------
def marginalia_ranks(corpus: Path, data: Path, queries: list[Query]) -> tuple[float, float]:
    """Rank every query in a library of ``corpus``; (import seconds, ms per query)."""
    from reader.paths import DataPaths
    from ui.services import open_services

    services = open_services(DataPaths(data), seeds=False)
    try:
        started = time.perf_counter()
        services.import_paths([str(p) for p in sorted(corpus.iterdir())])
        services.indexer.search("warm")  # a rebuild for a new analyser happens here
        imported = time.perf_counter() - started
        names = {d.id: d.source_name for d in services.library.list_documents()}
        started = time.perf_counter()
        for q in queries:
            hits = services.indexer.search(q.text, limit=DEPTH * 2).hits
            ranked = list(dict.fromkeys(names.get(h.doc_id, "") for h in hits
                                        if h.kind == "document"))
            q.ranks["marginalia"] = rank_of(ranked, q.expected)
        per_query = (time.perf_counter() - started) * 1000 / max(1, len(queries))
    finally:
        services.close()
    return imported, per_query


def rank_of(ranked: list[str], expected: list[str]) -> int:
    """1-based rank of the first expected name in the first ``DEPTH``; 0 if absent."""
    return next((k for k, name in enumerate(ranked[:DEPTH], 1) if name in expected), 0)


# -- Recoll ---------------------------------------------------------------------------
def recoll_ranks(corpus: Path, conf: Path, queries: list[Query]) -> tuple[float, float] | None:
    """Rank every query with ``recollq`` on a Recoll index of ``corpus``; None when
    Recoll is not installed."""
    if not (shutil.which("recollindex") and shutil.which("recollq")):
        print("recoll: not installed (apt-get install -y recoll); no comparison")
        return None
    conf.mkdir(parents=True, exist_ok=True)
    config = (f"topdirs = {corpus}\nindexstemminglanguages = english french\n"
              "loglevel = 1\nnoaspell = 1\n")
    started = time.perf_counter()
    if not (conf / "recoll.conf").exists() or (conf / "recoll.conf").read_text() != config:
        (conf / "recoll.conf").write_text(config, "utf-8")
        subprocess.run(["recollindex", "-c", str(conf), "-z"], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    else:  # kept: bring it up to date with the folder
        subprocess.run(["recollindex", "-c", str(conf)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    indexed = time.perf_counter() - started
    stemming = {"en": "english", "fr": "french"}
    started = time.perf_counter()
    for q in queries:
        out = subprocess.run(["recollq", "-c", str(conf), "-n", str(DEPTH), "-b",
                              "-s", stemming.get(q.language, "english"), q.text],
                             capture_output=True, text=True, check=False).stdout
        ranked = [unquote(line.strip().rsplit("/", 1)[-1]) for line in out.splitlines()
                  if line.startswith("file://")]
        q.ranks["recoll"] = rank_of(ranked, q.expected)
    return indexed, (time.perf_counter() - started) * 1000 / max(1, len(queries))


# -- figures --------------------------------------------------------------------------
def figures(queries: list[Query], engine: str) -> tuple[float, float]:
    """(success@1, MRR@10) of ``engine`` over ``queries``."""
    ranks = [q.ranks[engine] for q in queries if engine in q.ranks]
    if not ranks:
        return 0.0, 0.0
    return (sum(r == 1 for r in ranks) / len(ranks),
            sum(1 / r for r in ranks if r) / len(ranks))


def report(queries: list[Query], engines: list[str], show: bool) -> None:
    if show:
        print(f"{'query':48} {'lang':4} " + " ".join(f"{e:>10}" for e in engines))
        for q in queries:
            cells = " ".join(f"{q.ranks.get(e, 0) or '-':>10}" for e in engines)
            print(f"{q.text[:48]:48} {q.language:4} {cells}")
    print(f"{'queries':16} {'n':>3}  " + "  ".join(f"{e + ' s@1':>15} {'MRR@10':>7}"
                                                   for e in engines))
    groups = [(f"language {lang}", [q for q in queries if q.language == lang])
              for lang in sorted({q.language for q in queries})] + [("all", queries)]
    for label, group in groups:
        cells = "  ".join("{:>15.3f} {:>7.3f}".format(*figures(group, e)) for e in engines)
        print(f"{label:16} {len(group):>3}  {cells}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="a quick run (CI)")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="keep and reuse the work here")
    parser.add_argument("--show", action="store_true", help="print each query's ranks")
    args = parser.parse_args()
    files = corpus_files()
    queries = load_queries(args.small, set(files))
    if not queries:
        print("no judged query has its documents here: nothing to measure")
        return 0
    files = choose_files(files, queries, args.small)
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep.resolve() if args.keep else Path(tmp)
        corpus = work / "corpus"
        copy_corpus(files, corpus)
        print(f"{len(files)} files, {sum(p.stat().st_size for p in corpus.iterdir()) / 1e6:.1f} "
              f"MB; {len(queries)} judged queries")
        imported, ms = marginalia_ranks(corpus, work / "library", queries)
        print(f"marginalia: imported and indexed in {imported:.1f} s; {ms:.1f} ms per query")
        engines = ["marginalia"]
        recoll = recoll_ranks(corpus, work / "recoll", queries)
        if recoll is not None:
            print(f"recoll: indexed in {recoll[0]:.1f} s; {recoll[1]:.1f} ms per query "
                  "(a recollq process each)")
            engines.append("recoll")
        report(queries, engines, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
