"""Errors in the reader's language: the domain says them in English (the command line
prints them so), and remembers how (``reader.errors.said``), so the window can say
the same thing again through Qt's translation.

Every template the domain uses is listed in ``ui/window/error_texts.py`` for
pyside6-lupdate; one without a translation, or an error made without a template,
is shown in its own English words.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)

CONTEXT = "Errors"  # the translation context of every template


def in_words(error: BaseException | str) -> str:
    """``error`` as the reader should read it: its template translated and filled, the
    values that are messages themselves (a refusal's reason) translated in turn.

    Safe on any thread (QCoreApplication.translate is thread-safe), so a worker can
    put a failure into words before its signal carries it as plain text."""
    template = getattr(error, "template", None)
    params = getattr(error, "params", None)
    if not isinstance(template, str) or not isinstance(params, dict):
        return str(error)
    values = {key: in_words(value) if hasattr(value, "template") else value
              for key, value in params.items()}
    translated = QCoreApplication.translate(CONTEXT, template)
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation naming another placeholder
        log.warning("translation of %r does not fit its values %s", template, sorted(values))
        return str(error)
