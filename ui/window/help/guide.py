"""Help → User guide: the README's "Using it" section (its French one, "Utilisation",
when the window speaks French), rendered in a dialog.

The README is the one user guide, so the window shows it rather than a second text
that would drift. It is read from beside the code (the source tree, or the frozen
build, whose ``build.spec`` ships it), else from the installed package's metadata
(its long description is the README); the Markdown goes through
:mod:`reader.markdown`, locked down as for notes (no raw HTML, no images).
"""

from __future__ import annotations

import logging
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from reader.markdown import render_note

log = logging.getLogger(__name__)

README = Path(__file__).resolve().parents[3] / "README.md"
USAGE_HEADING = "Using it"


def readme_text(path: Path = README) -> str:
    """The README's Markdown, or "" when neither the file nor the metadata has it."""
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        log.info("no README beside the code (%s); trying the package metadata", exc)
    try:
        return str(metadata.metadata("marginalia").get_payload() or "")  # type: ignore[attr-defined]
    except (metadata.PackageNotFoundError, AttributeError):
        return ""


def section(markdown: str, heading: str) -> str:
    """The ``## heading`` section of ``markdown``, heading included, up to the next
    heading of its level or above (a ``#`` line inside a code block is no heading)."""
    lines, out, level, fenced = markdown.splitlines(), [], 0, False
    for line in lines:
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        marks = len(line) - len(line.lstrip("#"))
        is_heading = not fenced and 0 < marks <= 6 and line[marks:marks + 1] == " "
        if is_heading and level and marks <= level:
            break
        if is_heading and not level and line[marks:].strip() == heading:
            level = marks
        if level:
            out.append(line)
    return "\n".join(out)


def guide_html(markdown: str | None = None) -> str:
    """The usage section as HTML; a sentence saying what is missing if it is."""
    text = readme_text() if markdown is None else markdown
    # the README's section in the window's language ("Utilisation"), else the English
    usage = section(text, QCoreApplication.translate("GuideDialog", "Using it")) \
        or section(text, USAGE_HEADING)
    if not usage:
        return QCoreApplication.translate(
            "GuideDialog", "<p>The user guide is the “{heading}” section of README.md, which "
            "this installation does not include (looked for {readme}).</p>").format(
            heading=USAGE_HEADING, readme=README)
    return render_note(usage)


class GuideDialog(QDialog):
    """A resizable, non-modal window over the reading: the guide stays open beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Marginalia — User guide"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)  # nothing is fetched or followed from here
        self.browser.setHtml(guide_html())
        self.browser.setAccessibleName(self.tr("User guide"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        box = QVBoxLayout(self)
        box.addWidget(self.browser)
        box.addWidget(buttons)
        self.resize(720, 760)
