"""Export and restore commands: ``export`` (Markdown or JSON) and ``restore``."""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from reader.backup import read_backup
from reader.restore import restore
from reader.errors import Incomplete
from reader.export import Exporter, ExportResult
from ui import wording
from ui.cli import CliContext


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("export", help="export notes to Markdown (or a JSON backup)")
    p.add_argument("docs", nargs="*", metavar="DOC",
                   help="documents to export (default: those with highlights or a note)")
    p.add_argument("--out", required=True, metavar="PATH",
                   help="a folder, or a .md/.json file for a single document or backup")
    p.add_argument("--all", action="store_true", dest="everything",
                   help="export every document of the library, annotated or not")
    p.add_argument("--format", choices=("markdown", "json"), default="markdown")
    p.set_defaults(func=cmd_export)


def _exporter(ctx: CliContext) -> Exporter:
    services = ctx.services
    return Exporter(services.library, services.annotations, services.paths)


def cmd_export(ctx: CliContext) -> int:
    """Export; a failure part-way still lists the files written before it. Without
    documents named, only the annotated ones (``--all``: every one)."""
    if ctx.args.docs and ctx.args.everything:
        ctx.refuse("--all", "name documents or give --all, not both")
        return 2
    library = ctx.services.library
    ids = list(dict.fromkeys(library.resolve(ref) for ref in ctx.args.docs)) or None
    out = Path(ctx.args.out).expanduser()
    exporter = _exporter(ctx)
    try:
        if ctx.args.format == "json":
            result = exporter.export_json(ids, out)
        else:
            result = exporter.export_markdown(ids, out, everything=ctx.args.everything)
    except Incomplete as exc:
        _print_result(ctx, exc.partial)  # type: ignore[arg-type]
        ctx.refuse("export stopped", str(exc))
        return 1
    _print_result(ctx, result)
    if ids is None and ctx.args.format == "markdown" and not result.files:
        print("no document has highlights or a note yet; --all exports every document",
              file=ctx.out)
    return 0


def _print_result(ctx: CliContext, result: ExportResult) -> None:
    report = result.report
    for path in report.written:
        print(f"wrote {path}", file=ctx.out)
    for path in report.unchanged:
        print(f"unchanged {path}", file=ctx.out)
    for theirs, ours in report.kept_user_edits:
        print(f"marginalia: {theirs}: edited since the last export; kept it and wrote {ours.name} "
              "beside it", file=ctx.err)


def cmd_restore(ctx: CliContext) -> int:
    """Restore what is valid; one line per refused item (a reason repeated many times is
    summed up in one line), then the summary."""
    items = read_backup(Path(ctx.args.file).expanduser())
    services = ctx.services
    report, changes = restore(services.library, services.annotations, items)
    services.apply(changes)
    name = ctx.args.file
    _refuse_grouped(ctx, [(f"{name}: {label}", reason) for label, reason in report.refused])
    missing = Counter(report.missing_documents)
    for source, count in missing.items():
        ctx.refuse(f"{name}: {source}", f"document not in this library "
                   f"({wording.count(count, 'annotation')}); import it first, then restore "
                   "again")
    if report.orphaned:
        ctx.refuse(name, f"{wording.count(report.orphaned, 'highlight')} could not be "
                         "placed in the current text of their document")
    if report.stopped:
        ctx.refuse(name, report.stopped)
    print(f"restored {wording.count(report.created, 'highlight')} and "
          f"{wording.count(report.notes_restored, 'document note')}; "
          f"{report.already_present} already present; {len(report.refused)} refused",
          file=ctx.out)
    failed = report.refused or missing or report.orphaned or report.stopped
    return 1 if failed else 0


def _refuse_grouped(ctx: CliContext, refusals: list[tuple[str, str]], shown: int = 3) -> None:
    """At most ``shown`` lines per reason, then one line counting the rest."""
    by_reason: dict[str, list[str]] = {}
    for what, reason in refusals:
        by_reason.setdefault(reason, []).append(what)
    for reason, whats in by_reason.items():
        for what in whats[:shown]:
            ctx.refuse(what, reason)
        if len(whats) > shown:
            ctx.refuse(f"{ctx.args.file}: and {len(whats) - shown} more", reason)
