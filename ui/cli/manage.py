"""Managing the library: ``remove``, ``rename``, ``trash``, ``backup``, ``restore``."""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from reader.errors import Cancelled
from ui.cli.parser import CliContext, first_interrupt_stops
from ui.wording import count, listed

if TYPE_CHECKING:
    from reader.restore import RestoreReport


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("remove", help="move documents to the trash (kept 30 days)")
    p.add_argument("docs", nargs="+", metavar="DOC")
    p.set_defaults(func=cmd_remove)
    p = sub.add_parser("rename", help="set a document's title and/or authors")
    p.add_argument("doc", metavar="DOC")
    p.add_argument("--title", help="the new title")
    p.add_argument("--author", action="append", dest="authors", metavar="A",
                   help="an author (repeat for several; --author '' clears them)")
    p.set_defaults(func=cmd_rename)
    p = sub.add_parser("trash", help="list the trash, or restore documents from it")
    p.add_argument("--restore", action="append", metavar="DOC", default=[],
                   help="bring this document back, with its annotations (repeatable)")
    p.set_defaults(func=cmd_trash)
    p = sub.add_parser("backup", help="back up the whole library (originals, annotations) "
                                      "to one .zip")
    p.add_argument("file", metavar="FILE", help="a .zip file, or a folder to put one in")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("restore", help="restore a library backup (.zip) or a JSON backup "
                                       "of annotations")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_restore)
    p = sub.add_parser("whole-page", help="read a web page whole, site chrome and all, "
                                          "instead of its article (--off: the article again)")
    p.add_argument("doc", metavar="DOC")
    p.add_argument("--off", action="store_true", help="back to the article")
    p.set_defaults(func=cmd_whole_page)


def cmd_whole_page(ctx: CliContext) -> int:
    """A new version read the other way; the highlights follow it as for any version."""
    from reader.page_modes import set_whole_page

    services = ctx.services
    doc_id = services.library.resolve(ctx.args.doc)
    title = services.library.summary(doc_id).title
    changes = set_whole_page(services.library, doc_id, not ctx.args.off)
    services.apply(changes)
    way = "as its article" if ctx.args.off else "whole"
    done = "reads" if changes else "already reads"
    print(f"{doc_id} “{title}” {done} {way}", file=ctx.out)
    return 0


def cmd_remove(ctx: CliContext) -> int:
    services = ctx.services
    ids = [services.library.resolve(ref) for ref in ctx.args.docs]  # all named, or nothing
    titles = [services.library.summary(d).title for d in dict.fromkeys(ids)]
    services.apply(services.annotations.remove_documents(ids))
    print(f"moved {count(len(titles), 'document')} to the trash: {listed(titles, 5)} "
          f"(marginalia trash --restore DOC brings one back)", file=ctx.out)
    return 0


def cmd_rename(ctx: CliContext) -> int:
    args, services = ctx.args, ctx.services
    doc_id = services.library.resolve(args.doc)
    authors = None if args.authors is None else [a for a in args.authors if a.strip()]
    services.apply(services.annotations.rename_document(doc_id, args.title, authors))
    doc = services.library.summary(doc_id)
    print(f"{doc_id} {doc.title} — {', '.join(doc.authors) or 'no author'}", file=ctx.out)
    return 0


def cmd_trash(ctx: CliContext) -> int:
    services = ctx.services
    trash = services.trash
    if ctx.args.restore:
        ids = [trash.resolve(ref) for ref in ctx.args.restore]
        services.apply(services.annotations.restore_documents(ids))
        names = [services.library.summary(d).title for d in dict.fromkeys(ids)]
        print(f"restored {count(len(names), 'document')}: {listed(names, 5)}", file=ctx.out)
        return 0
    docs = trash.documents()
    if not docs:
        print("The trash is empty.", file=ctx.out)
    for d in docs:
        print(f"{d.id}  {d.removed_at[:10]}  {d.title[:60]:60}  "
              f"{count(d.highlights, 'highlight')}", file=ctx.out)
    return 0


def cmd_backup(ctx: CliContext) -> int:
    from reader.archive import write_backup

    services = ctx.services
    out = Path(ctx.args.file).expanduser()
    path, n = write_backup(services.library, services.annotations, services.paths, out)
    print(f"backed up {count(n, 'document')} with their annotations to {path}", file=ctx.out)
    return 0


def cmd_restore(ctx: CliContext) -> int:
    """Restore what is valid; one line per refused item (a reason repeated many times is
    summed up in one line), then the summary. Ctrl-C stops between two items; running
    the restore again completes it."""
    from reader import archive, archive_reading
    from reader.backup import read_backup
    from reader.restore import restore

    path, services = Path(ctx.args.file).expanduser(), ctx.services
    flag: dict[str, bool] = {}

    def progress(i: int, n: int, what: str) -> None:
        if flag.get("stop"):
            raise Cancelled

    with first_interrupt_stops(flag):
        if archive_reading.is_archive(path):
            backup = archive_reading.Backup(path)
            try:
                report, changes = archive.restore_backup(services.library,
                                                         services.annotations, backup, progress)
            finally:
                backup.close()
        else:
            report, changes = restore(services.library, services.annotations,
                                      read_backup(path), progress)
    services.apply(changes)
    return _report(ctx, report)


def _report(ctx: CliContext, report: RestoreReport) -> int:
    name = ctx.args.file
    _refuse_grouped(ctx, [(f"{name}: {label}", reason) for label, reason in report.refused])
    missing = Counter(report.missing_documents)
    for title, n in missing.items():
        ctx.refuse(f"{name}: {title}", f"document not in this library "
                   f"({count(n, 'annotation')}); import it first, then restore again")
    if report.orphaned:
        ctx.refuse(name, f"{count(report.orphaned, 'highlight')} could not be placed in the "
                         "current text of their document")
    if report.stopped:
        ctx.refuse(name, report.stopped)
    docs = ""
    if report.documents_created or report.documents_present:
        docs = (f"{count(report.documents_created, 'document')} re-created "
                f"({report.documents_present} already here); ")
    skipped = len(report.missing_documents) + report.orphaned
    print(f"restored: {docs}{count(report.created, 'highlight')}, "
          f"{count(report.updated, 'newer edit')}, "
          f"{count(report.notes_restored, 'document note')}; "
          f"{report.already_present} already present; {len(report.refused)} refused; "
          f"{skipped} skipped", file=ctx.out)
    return 1 if (report.refused or missing or report.orphaned or report.stopped) else 0


def _refuse_grouped(ctx: CliContext, refusals: list[tuple[str, str]], shown: int = 3) -> None:
    """At most ``shown`` lines per reason, then one line counting the rest."""
    by_reason: dict[str, list[str]] = {}
    for what, reason in refusals:
        by_reason.setdefault(reason, []).append(what)
    for reason, whats in by_reason.items():
        for what in whats[:shown]:
            ctx.refuse(what, reason)
        if len(whats) > shown:
            ctx.refuse(f"{ctx.args.file}: {count(len(whats) - shown, 'more item')}", reason)
