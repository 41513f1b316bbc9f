"""Annotation commands: ``annotate`` (highlight a quote) and ``annotations`` (list them).

Each operation's :class:`Changes` goes through ``services.apply`` so the search index
follows the command line exactly as it follows the window.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from reader.locations import Location, Locator
from reader.model import COLORS, Highlight
from reader.quote_match import clip
from reader.tags import display_tag, normalize_tags
from ui.cli.parser import CliContext


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("annotate", help="highlight a quote of a document, with a note and tags")
    p.add_argument("doc", metavar="DOC", help="document id or unambiguous title prefix")
    p.add_argument("--quote", required=True, metavar="TEXT",
                   help="the text to highlight; case, accents, quotation marks, dashes and "
                        "spaces need not match the document's")
    p.add_argument("--nth", type=int, metavar="N",
                   help="which occurrence of the quote (1 = first); needed when it repeats")
    p.add_argument("--note", default="", metavar="MD", help="a Markdown note")
    p.add_argument("--color", default="yellow", choices=COLORS, help="colour (default yellow)")
    p.add_argument("--tag", action="append", default=[], metavar="T",
                   help="a tag (repeatable); spaces inside become '-'")
    p.add_argument("--json", action="store_true", help="print the highlight as JSON")
    p.set_defaults(func=cmd_annotate)
    p = sub.add_parser("annotations", help="list a document's highlights and notes")
    p.add_argument("doc", metavar="DOC", help="document id or unambiguous title prefix")
    p.add_argument("--json", action="store_true", help="one JSON document on stdout")
    p.set_defaults(func=cmd_annotations)


def highlight_row(h: Highlight, where: Location) -> dict[str, Any]:
    """The JSON shape of a highlight on the command line; ``page``/``chapter`` null
    when the document has no pages or headings."""
    return {"id": h.id, "document": h.document_id, "status": h.status, "start": h.start,
            "end": h.end, "quote": h.exact, "color": h.color, "note": h.note,
            "tags": list(normalize_tags(h.tags)), "created": h.created_at,
            "modified": h.modified_at, **where.as_dict()}


def _locator(ctx: CliContext, doc_id: str) -> Locator:
    doc = ctx.services.library.get(doc_id)
    return Locator(doc.body, doc.title)


def cmd_annotate(ctx: CliContext) -> int:
    services = ctx.services
    doc_id = services.library.resolve(ctx.args.doc)
    highlight, changes = services.annotations.create_from_quote(
        doc_id, ctx.args.quote, ctx.args.nth, color=ctx.args.color, note=ctx.args.note,
        tags=ctx.args.tag)
    if not services.apply(changes):
        print("marginalia: saved; the search index is busy and will catch up", file=ctx.err)
    if ctx.args.json:
        where = _locator(ctx, doc_id).at(highlight.start)
        json.dump(highlight_row(highlight, where), ctx.out, ensure_ascii=False)
        ctx.out.write("\n")
    else:
        print(f"highlighted {highlight.id} [{highlight.start}-{highlight.end}] "
              f"{clip(highlight.exact, 60)!r}", file=ctx.out)
    return 0


def cmd_annotations(ctx: CliContext) -> int:
    services = ctx.services
    doc_id = services.library.resolve(ctx.args.doc)
    highlights = services.annotations.for_document(doc_id)
    if ctx.args.json:
        locate = _locator(ctx, doc_id).at
        payload = {"document": doc_id, "note": services.annotations.document_note(doc_id),
                   "highlights": [highlight_row(h, locate(h.start)) for h in highlights]}
        json.dump(payload, ctx.out, ensure_ascii=False, indent=2)
        ctx.out.write("\n")
        return 0
    if not highlights:
        print("No highlights in this document yet.", file=ctx.out)
    locate = _locator(ctx, doc_id).at if highlights else None
    for h in highlights:
        tags = " ".join(display_tag(t) for t in normalize_tags(h.tags))
        where = locate(h.start).label() if locate and h.status != "orphaned" else ""
        print(f"{h.id}  {h.status:11} {h.start:>7}-{h.end:<7} {h.color:7} "
              f"{clip(h.exact, 60)!r} {tags}".rstrip(), file=ctx.out)
        if where:
            print(f"    ({where})", file=ctx.out)
        for line in h.note.splitlines():
            print(f"    {line}", file=ctx.out)
    return 0


