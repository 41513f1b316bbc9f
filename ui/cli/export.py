"""The ``export`` command: Markdown notes (the annotated documents, or ``--all``) or a
JSON backup of the annotations. (``restore`` lives with ``backup`` in ui.cli.manage.)"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from reader.errors import Incomplete
from ui.cli.parser import CliContext

if TYPE_CHECKING:  # the exporter (and markdown-it) load only when a command exports
    from reader.export import Exporter, ExportResult


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
    from reader.export import Exporter

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
