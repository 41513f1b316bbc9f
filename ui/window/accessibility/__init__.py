"""What a screen reader reads of the widgets we paint ourselves.

Qt describes its own widgets (buttons, fields, lists) to assistive technologies; the
minimap and the notes margin are painted by us, so without help they read as empty
panes. :func:`ui.window.accessibility.factory.install` gives them interfaces of their
own; the reading view keeps Qt's text interface and says, in its description, how
many highlights it has (the margin lists them).
"""
