"""Reading themes (light, dark, sepia) and the highlight colours on each.

Highlight colours are painted translucent, the alpha tuned per theme so text stays
readable on its paper; overlaps are painted as layers (``ui.window.reading.layers``), not blended.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

THEMES = ("auto", "light", "dark", "sepia", "contrast")

_HIGHLIGHT_RGB = {
    "yellow": (255, 214, 10),
    "green": (88, 196, 110),
    "blue": (84, 160, 255),
    "pink": (255, 105, 160),
    "purple": (170, 110, 240),
}
# The colours as the window names them; the keys stored and exported stay English.
_COLOR_NAMES = {
    "yellow": QT_TRANSLATE_NOOP("Theme", "yellow"),
    "green": QT_TRANSLATE_NOOP("Theme", "green"),
    "blue": QT_TRANSLATE_NOOP("Theme", "blue"),
    "pink": QT_TRANSLATE_NOOP("Theme", "pink"),
    "purple": QT_TRANSLATE_NOOP("Theme", "purple"),
}


def color_name(color: str) -> str:
    """``color``'s name in the window's language ("jaune" for ``yellow`` in French)."""
    name = _COLOR_NAMES.get(color)
    return QCoreApplication.translate("Theme", name) if name else color


def theme_label(name: str) -> str:
    """A theme's name in View → Theme, in the window's language (with its menu
    accelerator, unique among the themes)."""
    labels = {"auto": QT_TRANSLATE_NOOP("Theme", "&Follow the system"),
              "light": QT_TRANSLATE_NOOP("Theme", "&Light"),
              "dark": QT_TRANSLATE_NOOP("Theme", "&Dark"),
              "sepia": QT_TRANSLATE_NOOP("Theme", "&Sepia"),
              "contrast": QT_TRANSLATE_NOOP("Theme", "&High contrast")}
    label = labels.get(name)
    return QCoreApplication.translate("Theme", label) if label else name.capitalize()


def reader_label(color: str, labels: dict[str, str]) -> str:
    """The reader's own name for ``color`` (Edit → Colour names), "" when none: the
    library gives the colour's key then, which the window shows translated instead."""
    label = " ".join(labels.get(color, "").split())
    return "" if label == color else label


@dataclass(frozen=True)
class Theme:
    name: str
    paper: str
    ink: str
    muted: str
    accent: str
    chrome: str
    card: str
    card_border: str
    code_bg: str
    alpha: int
    # Darker marks (underlines, swatches, leaders) where the paper needs them to stand out.
    marks: tuple[tuple[str, str], ...] = ()

    def highlight(self, color: str, strong: bool = False) -> QColor:
        """The fill of a highlight; ``strong`` (selected) is nearly solid on dark paper,
        where the view then writes the text in the paper's colour to keep it legible."""
        r, g, b = _HIGHLIGHT_RGB.get(color, _HIGHLIGHT_RGB["yellow"])
        if strong:
            return QColor(r, g, b, 225 if self.is_dark else min(255, self.alpha * 2))
        return QColor(r, g, b, self.alpha)

    def solid(self, color: str) -> QColor:
        mark = dict(self.marks).get(color)
        if mark is not None:
            return QColor(mark)
        return QColor(*_HIGHLIGHT_RGB.get(color, _HIGHLIGHT_RGB["yellow"]))

    @property
    def is_dark(self) -> bool:
        return QColor(self.paper).lightness() < 128


LIGHT = Theme("light", "#fdfdfb", "#1f2328", "#5f6770", "#0b62c4", "#f3f3f0", "#ffffff",
              "#dcdcd6", "#f1f1ee", 110)
DARK = Theme("dark", "#1e1f22", "#dcdcd6", "#8b9098", "#7cb7ff", "#26272b", "#2b2d31",
             "#3b3d42", "#2a2b2f", 90)
SEPIA = Theme("sepia", "#f4ecd8", "#433422", "#6b5a43", "#8a4b14", "#ebe1c8", "#fbf5e6",
              "#d9caa6", "#ebe0c4", 120)
# Black on white (WCAG AAA for text, 4.5:1 for every other pair: tests/window/test_keyboard.py).
CONTRAST = Theme("contrast", "#ffffff", "#000000", "#303030", "#0000c0", "#f0f0f0", "#ffffff",
                 "#000000", "#f0f0f0", 90,
                 (("yellow", "#8a6a00"), ("green", "#1e7b34"), ("blue", "#0055d4"),
                  ("pink", "#c2185b"), ("purple", "#7b1fa2")))
_BY_NAME = {t.name: t for t in (LIGHT, DARK, SEPIA, CONTRAST)}


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hasattr(hints, "colorScheme") else Qt.ColorScheme.Unknown
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def resolve_theme(name: str | None) -> Theme:
    """The theme for a setting value; ``auto`` (the default) follows the system."""
    if name in _BY_NAME:
        return _BY_NAME[name]  # type: ignore[index]
    return DARK if system_prefers_dark() else LIGHT


def palette_for(theme: Theme) -> QPalette:
    """An application palette matching the reading theme, so chrome and page agree."""
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: theme.chrome, QPalette.ColorRole.WindowText: theme.ink,
        QPalette.ColorRole.Base: theme.paper, QPalette.ColorRole.AlternateBase: theme.chrome,
        QPalette.ColorRole.Text: theme.ink, QPalette.ColorRole.Button: theme.chrome,
        QPalette.ColorRole.ButtonText: theme.ink, QPalette.ColorRole.ToolTipBase: theme.card,
        QPalette.ColorRole.ToolTipText: theme.ink, QPalette.ColorRole.Highlight: theme.accent,
        QPalette.ColorRole.HighlightedText: theme.paper,
        QPalette.ColorRole.PlaceholderText: theme.muted, QPalette.ColorRole.Link: theme.accent,
    }
    for role, value in roles.items():
        pal.setColor(role, QColor(value))
    return pal


def over(fill: QColor, paper: str) -> QColor:
    """``fill`` (translucent) as painted on ``paper``: the colour the reader sees."""
    base, a = QColor(paper), fill.alphaF()
    return QColor.fromRgbF(*(f * a + b * (1 - a) for f, b in
                             ((fill.redF(), base.redF()), (fill.greenF(), base.greenF()),
                              (fill.blueF(), base.blueF()))))


def theme_pairs(theme: Theme) -> tuple[list[tuple[str, QColor, QColor]],
                                       list[tuple[str, QColor, QColor]]]:
    """The colours ``theme`` paints on one another: (text on its background, every
    other mark on its background), for checking their contrast."""
    c = QColor
    text = [(f"{fg} on {bg}", c(getattr(theme, fg)), c(getattr(theme, bg)))
            for fg in ("ink", "muted") for bg in ("paper", "card", "chrome", "code_bg")]
    text.append(("paper on accent (selected text)", c(theme.paper), c(theme.accent)))
    for color in _HIGHLIGHT_RGB:
        for strong in (False, True):
            fill = over(theme.highlight(color, strong), theme.paper)
            ink = c(theme.paper) if strong and theme.is_dark else c(theme.ink)
            text.append((f"ink on {color}{' (selected)' if strong else ''}", ink, fill))
    other = [(f"accent on {bg}", c(theme.accent), c(getattr(theme, bg)))
             for bg in ("paper", "card", "chrome")]
    other += [(f"card_border on {bg}", c(theme.card_border), c(getattr(theme, bg)))
              for bg in ("card", "paper", "chrome")]
    other += [(f"{color} mark on {bg}", theme.solid(color), c(getattr(theme, bg)))
              for color in _HIGHLIGHT_RGB for bg in ("paper", "card")]
    return text, other


def _alpha(color: str, alpha: float) -> str:
    c = QColor(color)
    return f"rgba({c.red()}, {c.green()}, {c.blue()}, {alpha:.2f})"


def stylesheet_for(theme: Theme) -> str:
    """Small touches a palette cannot express (cards, splitter handles, headers)."""
    return f"""
    QSplitter::handle {{ background: {theme.card_border}; }}
    QHeaderView::section {{ background: {theme.chrome}; color: {theme.muted};
        border: none; border-bottom: 1px solid {theme.card_border}; padding: 4px 6px; }}
    QTableView {{ gridline-color: {theme.chrome};
        selection-background-color: {theme.accent}; selection-color: {theme.paper}; }}
    QFrame#NoteCard {{ background: {theme.card}; border: 1px solid {theme.card_border};
        border-radius: 6px; }}
    QFrame#NoteCard[selected="true"] {{ border: 2px solid {theme.accent}; }}
    QFrame#HighlightBar {{ background: {theme.card}; border: 1px solid {theme.card_border};
        border-radius: 14px; }}
    QLabel#Muted {{ color: {theme.muted}; }}
    QScrollBar:vertical {{ background: {theme.chrome}; width: 12px; margin: 0; }}
    QScrollBar:horizontal {{ background: {theme.chrome}; height: 12px; margin: 0; }}
    QScrollBar::handle:vertical {{ background: {_alpha(theme.muted, 0.55)}; min-height: 32px;
        border-radius: 4px; margin: 2px; }}
    QScrollBar::handle:horizontal {{ background: {_alpha(theme.muted, 0.55)}; min-width: 32px;
        border-radius: 4px; margin: 2px; }}
    QScrollBar::handle:hover {{ background: {theme.muted}; }}
    QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
    QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
    QCheckBox::indicator {{ width: 13px; height: 13px; border: 1px solid {theme.muted};
        border-radius: 3px; background: {theme.paper}; }}
    QCheckBox::indicator:checked {{ background: {theme.accent}; border-color: {theme.accent}; }}
    QLineEdit, QPlainTextEdit {{ border: 1px solid {theme.card_border}; border-radius: 4px;
        padding: 3px; background: {theme.paper}; }}
    {focus_rules(theme)}
    """


def focus_rules(theme: Theme) -> str:
    """Focus always visible: a 2px frame in the accent colour on whatever has it (boxes
    lose a pixel of padding to keep their size; tables and trees keep a transparent
    frame unfocused, so taking the focus never relays them out; lists, sized to their
    rows, get theirs only with the focus)."""
    a = theme.accent
    return f"""
    QLineEdit:focus, QPlainTextEdit:focus {{ border: 2px solid {a}; padding: 2px; }}
    QTableView, QTreeView {{ border: 2px solid transparent; }}
    QTableView:focus, QListView:focus, QTreeView:focus {{ border: 2px solid {a}; }}
    QPushButton:focus, QToolButton:focus, QCheckBox:focus, QRadioButton:focus,
        QTabBar::tab:focus {{ outline: none; border: 2px solid {a}; border-radius: 4px; }}
    """


def chrome_stylesheet(theme: Theme) -> str:
    """The window's own widgets on top of :func:`stylesheet_for`: search chips, the
    find and unsaved-edits bars, the side-by-side pane headers, the status bar."""
    t = theme
    return f"""
        QToolButton#Chip {{ border: 1px solid {t.card_border}; border-radius: 10px;
            padding: 1px 8px; background: {t.paper}; color: {t.ink}; }}
        QToolButton#Chip:checked {{ background: {t.accent}; color: {t.paper};
            border-color: {t.accent}; }}
        QToolButton#Chip:focus {{ border: 2px solid {t.ink}; padding: 0 7px; }}
        QFrame#FindBar {{ background: {t.chrome}; border-bottom: 1px solid {t.card_border}; }}
        QLineEdit[nomatch="true"] {{ border: 1px solid #d1242f; }}
        QFrame#UnsavedBar {{ background: {"#4a3b12" if t.is_dark else "#fff1c2"};
            border-bottom: 1px solid {t.card_border}; }}
        QFrame#UnsavedBar QLabel {{ color: {t.ink}; }}
        QLabel#Unsaved {{ color: {"#ff7b72" if t.is_dark else "#d1242f"}; font-weight: bold; }}
        QTabBar::tab {{ padding: 5px 14px; }}
        QFrame#PaneHeader {{ background: {t.chrome}; border-bottom: 1px solid {t.card_border};
            border-top: 2px solid {t.chrome}; }}
        QFrame#PaneHeader[active="true"] {{ border-top: 2px solid {t.accent}; }}
        QListView {{ border: none; background: {t.paper}; }}
        QStatusBar {{ border-top: 1px solid {t.card_border}; }}
        QStatusBar QLabel {{ color: {t.muted}; padding: 0 6px; }}
        """
