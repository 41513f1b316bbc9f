"""Library commands: ``import``, ``list``, ``show``."""

from __future__ import annotations

import argparse
import json
import os
from typing import TYPE_CHECKING, Any, TextIO

from reader.errors import Cancelled
from reader.formats import extensions_listed
from reader.text import clip
from ui.cli.parser import CliContext, first_interrupt_stops
from ui.structure import structured_text
from ui.wording import count, listed

if TYPE_CHECKING:
    from reader.model import DocumentSummary, ImportOutcome, ImportReport

_FORMATS = extensions_listed()


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("import", help=f"import files or folders ({_FORMATS})")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress on stderr")
    p.add_argument("--password", metavar="PW",
                   help="opens password-protected PDFs of this import (used once, never "
                        "stored); MARGINALIA_PDF_PASSWORD keeps it out of the shell history")
    p.add_argument("--whole-page", action="store_true",
                   help="web pages whole, site chrome and all, not just their article")
    p.set_defaults(func=cmd_import)
    p = sub.add_parser("list", help="list the documents in the library")
    p.add_argument("--json", action="store_true", help="one JSON document on stdout")
    p.set_defaults(func=cmd_list)
    p = sub.add_parser("show", help="print a document's text, its structure marked",
                       description="Print a document's text with its structure marked as "
                                   "in Markdown: # headings, - and 1. list items, > quotes, "
                                   "code indented, tables in aligned columns. The words "
                                   "are the document's own; --plain prints the text alone.")
    p.add_argument("doc", metavar="DOC", help="document id or unambiguous title prefix")
    p.add_argument("--plain", action="store_true",
                   help="the canonical text exactly, no markers added (for scripts: "
                        "search hit offsets count in it)")
    p.set_defaults(func=cmd_show)


def cmd_import(ctx: CliContext) -> int:
    """Import, then say what happened to every file. Ctrl-C ends the batch between two
    files: those imported stay (and are indexed and listed), exit status 130."""
    flag: dict[str, bool] = {}
    show_progress = not ctx.args.quiet and _is_tty(ctx.err)

    def progress(i: int, n: int, path: str) -> None:
        if flag.get("stop"):
            raise Cancelled
        if n > 1 and show_progress:
            print(f"\rimporting {i}/{n}", end="" if i < n else "\n", file=ctx.err, flush=True)

    with first_interrupt_stops(flag):
        password = ctx.args.password or os.environ.get("MARGINALIA_PDF_PASSWORD") or None
        report = ctx.services.import_paths(ctx.args.paths, progress, password,
                                           True if ctx.args.whole_page else None)
    if show_progress and report.cancelled:
        print(file=ctx.err)  # end the progress line
    for outcome in report.outcomes:
        print(outcome_line(outcome), file=ctx.out)
        for warning in outcome.warnings:  # imported, but the reader should know
            print(f"marginalia: {outcome.path}: {warning}", file=ctx.err)
    if report.skipped:
        print(f"skipped {count(len(report.skipped), 'file')} of other types: "
              f"{listed(report.skipped, 5)}", file=ctx.err)
    for path, reason in report.refused:
        ctx.refuse(path, reason)
    return _import_status(ctx, report, interrupted=bool(flag.get("stop")))


def outcome_line(outcome: ImportOutcome) -> str:
    """What happened to one file, naming where the library's copy came from when the
    file brought nothing new (the reader may not know the two files are the same)."""
    title = clip(outcome.title, 200)
    if outcome.status == "added":
        return f"added {outcome.document_id} {title}"
    if outcome.status == "new_version":
        return f"new version of {outcome.document_id} {title}"
    verb = "restored from the trash:" if outcome.status == "restored" else \
        "already in the library:"
    same = f" (same content as {clip(outcome.same_as, 120)})" if outcome.same_as else ""
    return f"{verb} {outcome.document_id} {title}{same}"


def _import_status(ctx: CliContext, report: ImportReport, interrupted: bool) -> int:
    """The exit status, after the lines a batch that did nothing or stopped needs."""
    done = len(report.outcomes)
    if interrupted:
        total = done + len(report.refused) + report.cancelled
        ctx.refuse("interrupted", f"{done} of {count(total, 'file')} imported; "
                                  "the others were not")
        return 130
    if report.cancelled:
        ctx.refuse("import stopped", f"{count(report.cancelled, 'file')} not attempted")
    if not done and not report.refused and not report.cancelled:
        ctx.refuse(" ".join(ctx.args.paths), f"no supported files ({_FORMATS}) found")
        return 1
    return 1 if report.refused or report.cancelled else 0


def _is_tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _row(doc: DocumentSummary) -> dict[str, Any]:
    return {"id": doc.id, "title": doc.title, "authors": list(doc.authors),
            "languages": list(doc.languages), "source": doc.source_name,
            "path": doc.source_path,
            "added": doc.added_at, "last_read": doc.last_read_at, "encoding": doc.encoding,
            "characters": doc.size, "versions": doc.versions, "highlights": doc.highlights}


def cmd_list(ctx: CliContext) -> int:
    docs = ctx.services.library.list_documents()
    if ctx.args.json:
        json.dump([_row(d) for d in docs], ctx.out, ensure_ascii=False, indent=2)
        ctx.out.write("\n")
        return 0
    if not docs:
        print("The library is empty. Add texts with: marginalia import PATH...", file=ctx.out)
    for d in docs:
        authors = ", ".join(d.authors) or "—"
        langs = ",".join(d.languages) or "?"
        print(f"{d.id}  {clip(d.title, 60):60}  {clip(authors, 24):24}  {langs:8}  "
              f"{d.highlights:3} hl", file=ctx.out)
    return 0


def cmd_show(ctx: CliContext) -> int:
    """The document marked up by its blocks; with ``--plain`` the canonical text, whose
    offsets are the ones ``search --json`` and the annotations give."""
    library = ctx.services.library
    doc = library.get(library.resolve(ctx.args.doc))
    text = doc.text if ctx.args.plain else structured_text(doc.body)
    ctx.out.write(text)
    if not text.endswith("\n"):
        ctx.out.write("\n")
    return 0
