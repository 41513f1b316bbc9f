"""The faces of Marginalia: the command line and the desktop window.

The composition root: the only place where ``reader`` and ``index`` meet, and the
only place Qt lives (and only in the window modules, never in the command line).
"""
