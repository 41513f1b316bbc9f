"""Sync commands: ``sync`` (with a shared folder, or ``--status``), and ``edit`` and
``delete`` of one highlight, so edits on two machines can be made headless.

Each write's :class:`Changes` goes through ``services.apply``, so the index follows a
sync exactly as it follows an edit made by hand.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from reader.changes import Changes
from reader.errors import InvalidInput
from reader.model import COLORS
from reader.quote_match import clip
from reader.sync.sync import Sync, SyncReport, status
from ui import wording
from ui.cli.annotate import highlight_row
from ui.cli.parser import CliContext


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("sync", help="merge this library with a folder a sync tool shares "
                                    "between devices")
    p.add_argument("folder", nargs="?", metavar="FOLDER",
                   help="the shared folder (default: the one used last)")
    p.add_argument("--status", action="store_true",
                   help="show the folder, this device and the devices seen; sync nothing")
    p.add_argument("--json", action="store_true", help="one JSON document on stdout")
    p.set_defaults(func=cmd_sync)
    p = sub.add_parser("edit", help="change a highlight's note, colour or tags")
    p.add_argument("highlight", metavar="HL", help="highlight id")
    p.add_argument("--note", metavar="MD", help="the new Markdown note (\"\" clears it)")
    p.add_argument("--color", choices=COLORS, help="the new colour")
    p.add_argument("--tag", action="append", metavar="T",
                   help="a tag (repeatable): the tags given replace the highlight's")
    p.add_argument("--no-tags", action="store_true", help="remove every tag")
    p.add_argument("--json", action="store_true", help="print the highlight as JSON")
    p.set_defaults(func=cmd_edit)
    p = sub.add_parser("delete", help="delete a highlight and its note")
    p.add_argument("highlight", metavar="HL", help="highlight id")
    p.set_defaults(func=cmd_delete)


def _folder(ctx: CliContext) -> Path | None:
    if ctx.args.folder is None:
        return None
    if not ctx.args.folder.strip():
        raise InvalidInput("FOLDER: empty path")
    return Path(ctx.args.folder).expanduser().resolve()


def cmd_sync(ctx: CliContext) -> int:
    services = ctx.services
    folder = _folder(ctx)
    if ctx.args.status:
        return _print_status(ctx, status(services.library, folder))
    if folder is None:
        remembered = services.library.setting("sync_folder")
        if not remembered:
            raise InvalidInput("no sync folder yet: give one (marginalia sync FOLDER)")
        folder = Path(remembered)
    report, changes = Sync(services.library).run(folder)
    if not services.apply(changes):
        print("marginalia: synced; the search index is busy and will catch up", file=ctx.err)
    for line in report.skipped:
        print(f"marginalia: {line}", file=ctx.err)
    if ctx.args.json:
        json.dump(report.as_dict(), ctx.out, ensure_ascii=False, indent=2)
        ctx.out.write("\n")
    else:
        _print_report(ctx, report)
    return 1 if report.skipped else 0


def _print_report(ctx: CliContext, report: SyncReport) -> None:
    if report.unchanged:
        print(f"synced with {report.folder}: nothing changed here or there since the last "
              "sync", file=ctx.out)
        return
    a = report.applied
    sent = (f"{wording.count(report.local_edits, 'change')} from here sent "
            f"({report.written})" if report.written else "nothing new from here")
    came = ", ".join(f"{wording.count(n, 'file')} from {name}"
                     for name, n in sorted(report.files_read.items())) or "no other device yet"
    print(f"synced with {report.folder}: {sent}; read {came}", file=ctx.out)
    print(f"here: {wording.count(a.created, 'highlight')} added, {a.updated} updated, "
          f"{a.deleted} deleted; {wording.count(len(a.changes.documents), 'document')} "
          "added or changed", file=ctx.out)
    for line in report.kept + report.waiting:
        print(line, file=ctx.out)
    if report.compacted:
        print("this device's files folded into one snapshot", file=ctx.out)


def _print_status(ctx: CliContext, info: dict[str, Any]) -> int:
    if ctx.args.json:
        json.dump(info, ctx.out, ensure_ascii=False, indent=2)
        ctx.out.write("\n")
        return 0
    print(f"folder: {info['folder'] or 'none yet (marginalia sync FOLDER)'}", file=ctx.out)
    print(f"this device: {info['name']} ({info['device']})", file=ctx.out)
    last = info["last"]
    print(f"last sync: {last['at']}, {wording.count(last['changes'], 'change')} here"
          if last else "last sync: never", file=ctx.out)
    if info["unpublished"]:
        print("changes made here are not in the folder yet (run sync)", file=ctx.out)
    for d in info["devices"]:
        mark = " (this device)" if d["this"] else ""
        print(f"  {d['name']}{mark} {d['device']}: {wording.count(d['files'], 'file')}, "
              f"{d['bytes']} bytes", file=ctx.out)
    return 0


def cmd_edit(ctx: CliContext) -> int:
    args, annotations = ctx.args, ctx.services.annotations
    hid = args.highlight
    if args.note is None and args.color is None and args.tag is None and not args.no_tags:
        raise InvalidInput(f"{hid}: nothing to change: give --note, --color or --tag")
    if args.tag is not None and args.no_tags:
        raise InvalidInput("--no-tags: cannot be combined with --tag")
    annotations.get(hid)  # NotFound before anything is written
    changes = Changes()
    if args.note is not None:
        changes.merge(annotations.set_note(hid, args.note))
    if args.color is not None:
        changes.merge(annotations.recolor(hid, args.color))
    if args.tag is not None or args.no_tags:
        changes.merge(annotations.set_tags(hid, args.tag or []))
    if not ctx.services.apply(changes):
        print("marginalia: saved; the search index is busy and will catch up", file=ctx.err)
    highlight = annotations.get(hid)
    if args.json:
        doc = ctx.services.library.get(highlight.document_id)
        from reader.locations import Locator

        where = Locator(doc.body, doc.title).at(highlight.start)
        json.dump(highlight_row(highlight, where), ctx.out, ensure_ascii=False)
        ctx.out.write("\n")
    else:
        print(f"edited {hid} {highlight.color} {clip(highlight.exact, 60)!r}", file=ctx.out)
    return 0


def cmd_delete(ctx: CliContext) -> int:
    services = ctx.services
    highlight = services.annotations.get(ctx.args.highlight)
    if not services.apply(services.annotations.delete(highlight.id)):
        print("marginalia: deleted; the search index is busy and will catch up", file=ctx.err)
    print(f"deleted {highlight.id} {clip(highlight.exact, 60)!r}", file=ctx.out)
    return 0
