"""Help → About Marginalia: the version, where this library's data lives, and the
licences of the libraries the app is built on.

Versions and licences are read from each package's installed metadata; the frozen
build may carry no metadata, so each library also has the licence it is known to
ship under (the terms it is used under here).
"""

from __future__ import annotations

import html
import platform
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from reader import __version__

# (distribution, as named here, the licence it is used under when metadata is missing)
BUNDLED = (
    ("PySide6-Essentials", "PySide6 (Qt for Python) and Qt", "LGPL-3.0"),
    ("whoosh", "Whoosh", "BSD-2-Clause"),
    ("pystemmer", "PyStemmer (Snowball)", "MIT, BSD-3-Clause"),
    ("markdown-it-py", "markdown-it-py", "MIT"),
    ("appdirs", "appdirs", "MIT"),
    ("lxml", "lxml", "BSD-3-Clause"),
    ("pypdfium2", "pypdfium2 (PDFium)", "Apache-2.0, BSD-3-Clause"),
    ("py3langid", "py3langid", "BSD-3-Clause"),
    ("numpy", "NumPy", "BSD-3-Clause"),
)
OWN_LICENCE = "GPL-3.0-or-later"
SHORT = 80  # a "License" field longer than this is the licence's whole text


def licence_of(distribution: str, known: str) -> str:
    """The licence the package's metadata names (its SPDX expression, a short
    ``License`` field, or its classifiers), else ``known``."""
    try:
        meta = metadata.metadata(distribution)
    except metadata.PackageNotFoundError:
        return known
    for field in ("License-Expression", "License"):
        value = (meta.get(field) or "").strip()
        if value and "\n" not in value and len(value) <= SHORT and value != "UNKNOWN":
            return value
    classifiers = [c.rsplit(" :: ", 1)[-1] for c in meta.get_all("Classifier") or []
                   if c.startswith("License :: ")]
    return ", ".join(classifiers) or known


def version_of(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


def about_html(data_folder: Path) -> str:
    """The About text: what, which version, where the data is, and whose work it uses."""
    rows = "".join(
        f"<tr><td>{html.escape(name)}</td><td>{html.escape(version_of(dist))}</td>"
        f"<td>{html.escape(licence_of(dist, known))}</td></tr>"
        for dist, name, known in BUNDLED)
    python = f"<tr><td>Python</td><td>{platform.python_version()}</td><td>PSF-2.0</td></tr>"
    return (f"<h2>Marginalia {html.escape(__version__)}</h2>"
            + QCoreApplication.translate(
                "AboutDialog", "<p>Offline reading, highlighting and annotation of your own "
                "library.</p><p><b>Data folder</b> (this library): <br><code>{folder}</code></p>"
                "<p>Marginalia is free software under the {licence} licence. It is built on "
                "these libraries, each under its own licence:</p>").format(
                folder=html.escape(str(data_folder)), licence=OWN_LICENCE)
            + "<table cellspacing='0' cellpadding='3'><tr><th align='left'>"
            + QCoreApplication.translate("AboutDialog", "Library") + "</th><th align='left'>"
            + QCoreApplication.translate("AboutDialog", "Version") + "</th><th align='left'>"
            + QCoreApplication.translate("AboutDialog", "Licence")
            + f"</th></tr>{python}{rows}</table>"
            + QCoreApplication.translate(
                "AboutDialog", "<p>PySide6 and Qt are used under the LGPL-3.0, as shared "
                "libraries you may replace with your own build.</p>"))


class AboutDialog(QDialog):
    """Selectable text, so the data folder's path can be copied."""

    def __init__(self, data_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Marginalia"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setHtml(about_html(data_folder))
        self.browser.setAccessibleName(self.tr("About Marginalia"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        box = QVBoxLayout(self)
        box.addWidget(self.browser)
        box.addWidget(buttons)
        self.resize(560, 520)
