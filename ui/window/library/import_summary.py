"""The status line after an import in the window, in the command line's words.

One file says what became of it by name ("New version of “Title”", "“Title” is
already in the library (same content as …)"); a batch counts, and names the files
that brought nothing new, since the reader may not know two files are the same.
A file named like a document from another folder is simply a new document: the
window never asks about it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from reader.formats import SUPPORTED_EXTENSIONS
from reader.model import ImportOutcome, ImportReport
from ui.window.library.actions import quoted
from ui.window.status import StatusWording, counted


class ImportSummary(QObject):
    """The sentences, in the window's language (a QObject for Qt's plural forms)."""

    def none_found(self) -> str:
        return self.tr("No supported files ({extensions}) found").format(
            extensions=" ".join(SUPPORTED_EXTENSIONS))

    def _same(self, outcome: ImportOutcome) -> str:
        if not outcome.same_as:
            return ""
        return self.tr(" (same content as {other})").format(other=outcome.same_as)

    def one_file(self, outcome: ImportOutcome) -> str:
        """What became of the one file imported."""
        title = quoted(outcome.title, 50)
        if outcome.status == "added":
            return self.tr("Added {title}").format(title=title)
        if outcome.status == "new_version":
            return self.tr("New version of {title}").format(title=title)
        if outcome.status == "restored":
            return self.tr("{title} was in the trash: restored with its annotations").format(
                title=title) + self._same(outcome)
        return self.tr("{title} is already in the library").format(title=title) + \
            self._same(outcome)

    def batch(self, outcomes: list[ImportOutcome]) -> str:
        """Counts, naming the new versions and the files already in the library."""
        by = {status: [o for o in outcomes if o.status == status]
              for status in ("added", "new_version", "unchanged", "restored")}
        parts = [self.tr("Imported %n new", "", len(by["added"]))]
        versions = by["new_version"]
        if len(versions) == 1:
            parts.append(self.tr("new version of {title}").format(
                title=quoted(versions[0].title, 40)))
        elif versions:
            parts.append(counted(self.tr("%n new version(s)", "", len(versions)), len(versions)))
        if by["restored"]:
            parts.append(self.tr("%n restored from the trash", "", len(by["restored"])))
        text = ", ".join(parts)
        if by["unchanged"]:
            names = [quoted(o.title, 40) for o in by["unchanged"]]
            text += self.tr("; already in the library: {names}").format(
                names=StatusWording().listed(names, 3))
        return text

    def status(self, report: ImportReport) -> str:
        """The whole line: what came in, then what stopped, was refused or skipped."""
        if len(report.outcomes) == 1 and not report.refused:
            text = self.one_file(report.outcomes[0])
        elif report.outcomes or report.refused:
            text = self.batch(report.outcomes)
        else:
            text = self.none_found() if not report.cancelled else self.tr("Imported nothing")
        if report.cancelled:
            text += counted(self.tr("; stopped before %n more file(s)", "", report.cancelled),
                            report.cancelled)
        if report.refused:
            text += self.tr(", %n refused", "", len(report.refused))
        if report.skipped:
            text += counted(self.tr("; skipped %n file(s) of other types: {names}", "",
                                    len(report.skipped)), len(report.skipped)).format(
                names=StatusWording().listed(report.skipped, 3))
        return text


def import_status(report: ImportReport) -> str:
    """The status line for ``report`` (see :class:`ImportSummary`)."""
    return ImportSummary().status(report)
