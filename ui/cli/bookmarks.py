"""Bookmark commands: ``bookmark`` (mark a place, by offset or by quote) and
``bookmarks`` (list a document's, with their page and chapter).

A bookmark's ``Changes`` go through ``services.apply`` as every write's do, so a
window open on the same library hears of it on its next write.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from reader.bookmarks import Bookmark, Bookmarks, place_of_quote
from reader.locations import Location, Locator
from ui.cli.parser import CliContext


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("bookmark", help="bookmark a place in a document, named or not")
    p.add_argument("doc", metavar="DOC", help="document id or unambiguous title prefix")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--at", type=int, metavar="OFFSET",
                       help="the place, as a character offset into the document's text")
    where.add_argument("--quote", metavar="TEXT",
                       help="the place where these words begin (matched as annotate does)")
    p.add_argument("--nth", type=int, metavar="N",
                   help="which occurrence of the quote (1 = first); needed when it repeats")
    p.add_argument("--name", default="", metavar="NAME", help="the bookmark's name")
    p.add_argument("--json", action="store_true", help="print the bookmark as JSON")
    p.set_defaults(func=cmd_bookmark)
    p = sub.add_parser("bookmarks", help="list a document's bookmarks")
    p.add_argument("doc", metavar="DOC", help="document id or unambiguous title prefix")
    p.add_argument("--json", action="store_true", help="one JSON document on stdout")
    p.set_defaults(func=cmd_bookmarks)


def bookmark_row(bookmark: Bookmark, where: Location) -> dict[str, Any]:
    return {"id": bookmark.id, "document": bookmark.document_id, "offset": bookmark.offset,
            "name": bookmark.name, "created": bookmark.created_at, **where.as_dict()}


def cmd_bookmark(ctx: CliContext) -> int:
    services = ctx.services
    args = ctx.args
    doc_id = services.library.resolve(args.doc)
    doc = services.library.get(doc_id)
    offset = args.at if args.quote is None else place_of_quote(doc_id, doc.text, args.quote,
                                                               args.nth)
    bookmark, changes = Bookmarks(services.store).add(doc_id, offset, args.name)
    services.apply(changes)
    where = Locator(doc.body, doc.title).at(bookmark.offset)
    if args.json:
        json.dump(bookmark_row(bookmark, where), ctx.out, ensure_ascii=False)
        ctx.out.write("\n")
    else:
        label = where.label()
        print(f"bookmarked {bookmark.id} at {bookmark.offset}"
              + (f" ({label})" if label else ""), file=ctx.out)
    return 0


def cmd_bookmarks(ctx: CliContext) -> int:
    services = ctx.services
    doc_id = services.library.resolve(ctx.args.doc)
    marks = Bookmarks(services.store).for_document(doc_id)
    doc = services.library.get(doc_id)
    locate = Locator(doc.body, doc.title).at
    if ctx.args.json:
        payload = {"document": doc_id, "bookmarks": [bookmark_row(b, locate(b.offset))
                                                     for b in marks]}
        json.dump(payload, ctx.out, ensure_ascii=False, indent=2)
        ctx.out.write("\n")
        return 0
    if not marks:
        print("No bookmarks in this document yet.", file=ctx.out)
    for b in marks:
        label = locate(b.offset).label()
        print(f"{b.id}  {b.offset:>7}  {b.name or '(unnamed)'}"
              + (f"  ({label})" if label else ""), file=ctx.out)
    return 0
