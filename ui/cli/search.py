"""Search commands: ``search``, ``reindex``, ``check`` (docs/ARCHITECTURE.md, the command line).

The index is opened lazily by the services; a second process writing it is reported
as "index busy" by the command line's error handler, never as a traceback.
"""

from __future__ import annotations

import argparse
import json
import time

from reader.locations import Location
from ui import wording
from ui.cli.parser import CliContext


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("search", help="search the texts and the notes")
    p.add_argument("query", nargs="+", metavar="QUERY",
                   help='words (all required), "phrase", OR, NOT/-word, prefix*, '
                        "title: author: tag: lang: kind:note")
    p.add_argument("--limit", type=int, default=20, metavar="N", help="at most N results (20)")
    p.add_argument("--json", action="store_true",
                   help='one JSON object on stdout: {"query", "total", "suggestion", "hits"}')
    p.set_defaults(func=cmd_search)
    p = sub.add_parser("reindex", help="bring the search index up to date")
    p.add_argument("--full", action="store_true", help="rebuild it from scratch")
    p.set_defaults(func=cmd_reindex)
    p = sub.add_parser("check", help="check the integrity of the library and its index")
    p.set_defaults(func=cmd_check)


def cmd_search(ctx: CliContext) -> int:
    if ctx.args.limit < 1:
        ctx.refuse("--limit", "must be at least 1")
        return 2
    text = " ".join(ctx.args.query)
    if not text.strip():  # searching nothing is a mistake in the command, not "no results"
        ctx.refuse("QUERY", "empty search; give words to look for")
        return 2
    results = ctx.services.locate(ctx.services.indexer.search(text, limit=ctx.args.limit))
    if ctx.args.json:  # the suggestion is part of the answer: said once, there
        json.dump({"query": text, "total": results.total,
                   "suggestion": results.suggestion or None,
                   "hits": [hit.to_json() for hit in results.hits]},
                  ctx.out, ensure_ascii=False, indent=2)
        ctx.out.write("\n")
        return 0
    if not results.hits:
        print(f"No results for {text!r}.", file=ctx.out)
    else:  # the window's status line says the same
        print(wording.found(results.total, [(h.doc_id, len(h.hits)) for h in results.hits]),
              file=ctx.out)
    for hit in results.hits:
        what = "note" if hit.kind == "annotation" else "text"
        where = f" ({wording.count(len(hit.hits), 'match', 'matches')})" \
            if hit.kind == "document" and hit.hits else ""
        place = Location(hit.page, hit.chapter).label()
        print(f"{hit.doc_id}  [{what}] {hit.title}{where}" + (f" — {place}" if place else ""),
              file=ctx.out)
        if hit.snippet:
            print(f"    {hit.snippet}", file=ctx.out)
    if results.suggestion:
        print(f"Did you mean: {results.suggestion}", file=ctx.out)
    return 0


def cmd_reindex(ctx: CliContext) -> int:
    indexer = ctx.services.indexer
    started = time.perf_counter()
    if ctx.args.full:
        report = indexer.rebuild()
    else:
        report = indexer.sync()  # opening rebuilds a missing or corrupt index first
        if indexer.last_rebuild:
            print(f"index rebuilt: {indexer.last_rebuild}", file=ctx.out)
    elapsed = time.perf_counter() - started
    print(f"indexed {wording.count(len(report.analysed), 'document')} "
          f"({report.chars / 1e6:.2f} M characters), "
          f"{wording.count(report.annotations, 'annotation')}; {report.unchanged} unchanged; "
          f"{len(report.removed)} removed; {elapsed:.2f} s", file=ctx.out)
    return 0


def cmd_check(ctx: CliContext) -> int:
    services = ctx.services
    problems: list[str] = []
    store_status = services.store.integrity_check()
    if store_status != "ok":
        problems.append(f"library database: {store_status}")
    missing = services.library.missing_originals()
    if missing:
        problems.append(f"originals: {wording.count(len(missing), 'imported file')} missing from "
                        f"{services.paths.originals} (e.g. {missing[0]})")
    from reader.documents import suspicious_versions

    problems += [f"versions: {line}" for line in suspicious_versions(services.library)]
    indexer = services.indexer
    indexer.warm.trust = False  # a check reads everything: no record stands in for it
    index_problems = indexer.check()
    if indexer.last_rebuild:
        print(f"index: was unusable and has been rebuilt ({indexer.last_rebuild})",
              file=ctx.out)
    problems += [f"index: {p}" for p in index_problems]
    for problem in problems:
        print(problem, file=ctx.out)
    if not problems:
        docs = len(services.library.list_documents())
        print(f"ok: library database intact; index current for {wording.count(docs, 'document')}",
              file=ctx.out)
    return 1 if problems else 0
