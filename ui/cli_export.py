"""Export and restore commands: ``export`` (Markdown or JSON) and ``restore``."""

from __future__ import annotations

import argparse
from pathlib import Path

from reader.backup import read_backup, restore
from reader.export import Exporter, ExportResult
from ui.cli import CliContext


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("export", help="export notes to Markdown (or a JSON backup)")
    p.add_argument("docs", nargs="*", metavar="DOC",
                   help="documents to export (default: the whole library)")
    p.add_argument("--out", required=True, metavar="PATH",
                   help="a folder, or a .md/.json file for a single document or backup")
    p.add_argument("--format", choices=("markdown", "json"), default="markdown")
    p.set_defaults(func=cmd_export)
    p = sub.add_parser("restore", help="restore annotations from a JSON backup")
    p.add_argument("file", metavar="FILE.json")
    p.set_defaults(func=cmd_restore)


def _exporter(ctx: CliContext) -> Exporter:
    services = ctx.services
    return Exporter(services.library, services.annotations, services.paths)


def cmd_export(ctx: CliContext) -> int:
    library = ctx.services.library
    ids = [library.resolve(ref) for ref in ctx.args.docs] or None
    out = Path(ctx.args.out).expanduser()
    exporter = _exporter(ctx)
    if ctx.args.format == "json":
        result = exporter.export_json(ids, out)
    else:
        result = exporter.export_markdown(ids, out)
    _print_result(ctx, result)
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
    items = read_backup(Path(ctx.args.file).expanduser())
    services = ctx.services
    report, changes = restore(services.library, services.annotations, items)
    services.apply(changes)
    print(f"restored {report.created} highlight(s) and {report.notes_restored} document note(s); "
          f"{report.already_present} already present", file=ctx.out)
    for source in report.missing_documents:
        ctx.refuse(source, "document not in this library; import it first, then restore again")
    if report.orphaned:
        ctx.refuse(ctx.args.file, f"{report.orphaned} highlight(s) could not be placed in the "
                                  "current text of their document")
    return 1 if report.missing_documents or report.orphaned else 0
