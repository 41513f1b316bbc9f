"""A web page read as its article, or whole: the reader's switch, as a new version.

The article is what a page is read as by default (site chrome left out). When the
extraction cut something the reader wants, the same original is read again whole — a
new version of the document, so its highlights re-anchor as for any new version and
nothing is lost — and back again the same way. The mode is kept with the version, so
a later re-import of the file reads it as the reader chose.
"""

from __future__ import annotations

from reader.changes import Changes
from reader.errors import ImportRefused, InvalidInput, NotFound, said
from reader.formats import WEB_PAGES
from reader.library import Library
from reader.text import sha256_text
from reader.versions import insert_version, read_whole_page


def set_whole_page(library: Library, doc_id: str, whole: bool) -> Changes:
    """Read the document's current original whole (or as its article); no change when it
    already reads that way. InvalidInput for a document that is no web page."""
    rows = library.store.query(
        "SELECT d.source_name, coalesce(d.title, v.title) AS title, v.id AS version_id, "
        "coalesce(v.source_path, d.source_path, d.source_name) AS source_path, "
        "v.original_sha256 AS sha, v.original_ext AS ext, v.options "
        "FROM documents d JOIN versions v ON v.id = d.current_version "
        "WHERE d.id=? AND d.removed_at IS NULL", (doc_id,))
    if not rows:
        raise NotFound(said("{doc_id}: no such document", doc_id=doc_id))
    r = rows[0]
    if r["ext"] not in WEB_PAGES:
        raise InvalidInput(said("{title}: only a web page has a whole page to show (this is a "
                                "{ext} file)", title=r["title"], ext=r["ext"]) if r["ext"] else
                           said("{title}: only a web page has a whole page to show (this is a "
                                "text file)", title=r["title"]))
    if read_whole_page(r["options"]) == whole:
        return Changes()
    original = library.paths.originals / f"{r['sha']}{r['ext']}"
    try:
        data = original.read_bytes()
    except OSError as exc:
        raise InvalidInput(said("{title}: its original {name} cannot be read ({value}); "
                                "marginalia check lists what is missing", title=r["title"],
                                name=original.name, value=exc.strerror or exc))\
            from exc
    from reader.importers import parse_bytes

    try:
        parsed = parse_bytes(r["source_name"], data, whole_page=whole)
    except ImportRefused as exc:
        raise InvalidInput(said("{title}: {reason}", title=r["title"],
                                reason=exc.reason)) from exc
    with library.store.transaction() as conn:
        version_id = insert_version(conn, doc_id, parsed, r["source_path"],
                                    (r["sha"], sha256_text(parsed.body.text), r["ext"]))
        conn.execute("UPDATE documents SET current_version=? WHERE id=?", (version_id, doc_id))
        changes = Changes(documents={doc_id})
        for hook in library.version_hooks:
            changes.merge(hook(conn, doc_id, r["version_id"], version_id))
    return changes
