"""Marginalia's domain core: documents, importers, the library store, annotations.

Nothing here imports Qt, Whoosh or ``index``: the core must run headless and be
testable on its own (a test checks the import graph).
"""

__version__ = "0.1.0"
