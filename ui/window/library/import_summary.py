"""The status line after an import in the window, in the command line's words.

One file says what became of it by name ("New version of “Title”", "“Title” is
already in the library (same content as …)"); a batch counts, and names the files
that brought nothing new, since the reader may not know two files are the same.
A file named like a document from another folder is simply a new document: the
window never asks about it.
"""

from __future__ import annotations

from reader.formats import SUPPORTED_EXTENSIONS
from reader.model import ImportOutcome, ImportReport
from ui import wording

NONE_FOUND = f"No supported files ({' '.join(SUPPORTED_EXTENSIONS)}) found"


def _q(title: str, most: int = 50) -> str:
    return f"“{title if len(title) <= most else title[:most - 1] + '…'}”"


def _same(outcome: ImportOutcome) -> str:
    return f" (same content as {outcome.same_as})" if outcome.same_as else ""


def one_file(outcome: ImportOutcome) -> str:
    """What became of the one file imported."""
    if outcome.status == "added":
        return f"Added {_q(outcome.title)}"
    if outcome.status == "new_version":
        return f"New version of {_q(outcome.title)}"
    if outcome.status == "restored":
        return (f"{_q(outcome.title)} was in the trash: restored with its annotations"
                f"{_same(outcome)}")
    return f"{_q(outcome.title)} is already in the library{_same(outcome)}"


def batch(outcomes: list[ImportOutcome]) -> str:
    """Counts, naming the new versions and the files already in the library."""
    by = {status: [o for o in outcomes if o.status == status]
          for status in ("added", "new_version", "unchanged", "restored")}
    parts = [f"Imported {len(by['added'])} new"]
    versions = by["new_version"]
    if len(versions) == 1:
        parts.append(f"new version of {_q(versions[0].title, 40)}")
    elif versions:
        parts.append(wording.count(len(versions), "new version"))
    if by["restored"]:
        parts.append(f"{len(by['restored'])} restored from the trash")
    text = ", ".join(parts)
    if by["unchanged"]:
        names = [_q(o.title, 40) for o in by["unchanged"]]
        text += f"; already in the library: {wording.listed(names, 3)}"
    return text


def import_status(report: ImportReport) -> str:
    """The whole line: what came in, then what stopped, was refused or skipped."""
    if len(report.outcomes) == 1 and not report.refused:
        text = one_file(report.outcomes[0])
    elif report.outcomes or report.refused:
        text = batch(report.outcomes)
    else:
        text = NONE_FOUND if not report.cancelled else "Imported nothing"
    if report.cancelled:
        text += f"; stopped before {wording.count(report.cancelled, 'more file')}"
    if report.refused:
        text += f", {len(report.refused)} refused"
    if report.skipped:
        text += (f"; skipped {wording.count(len(report.skipped), 'file')} of other types: "
                 f"{wording.listed(report.skipped, 3)}")
    return text
