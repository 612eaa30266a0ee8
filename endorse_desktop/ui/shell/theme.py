"""Light and dark themes that follow the system unless the facilitator picks one.

Qt switches colours by itself where the platform tells it the system is dark (Windows, macOS,
recent GNOME/KDE). Where it cannot, or when the facilitator chooses a theme in View ▸ Theme,
we set a Fusion palette ourselves. The choice is remembered in QSettings.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMenu

from endorse_desktop import APP_NAME

THEMES = ("system", "light", "dark")
_KEY = "theme"


def saved_theme() -> str:
    value = QSettings(APP_NAME, APP_NAME).value(_KEY, "system")
    return value if value in THEMES else "system"


def save_theme(theme: str) -> None:
    QSettings(APP_NAME, APP_NAME).setValue(_KEY, theme)


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def wants_dark(theme: str) -> bool:
    return theme == "dark" or (theme == "system" and system_is_dark())


def apply_theme(app: QApplication, theme: str) -> None:
    hints = app.styleHints()
    hints.setColorScheme(
        {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(
            theme, Qt.ColorScheme.Unknown
        )
    )
    dark = wants_dark(theme)
    if dark and not is_dark(app.palette()):
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    elif not dark and is_dark(app.palette()):
        app.setPalette(app.style().standardPalette())


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def dark_palette() -> QPalette:
    """A calm dark palette with enough contrast for text (WCAG AA on every role pair we use)."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#23272e",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#1b1e23",
        QPalette.ColorRole.AlternateBase: "#262a31",
        QPalette.ColorRole.ToolTipBase: "#2f343c",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#2c3139",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: "#3d7bd9",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.Mid: "#3a3f47",
        QPalette.ColorRole.Dark: "#15171b",
        QPalette.ColorRole.Light: "#3c424b",
    }
    for role, name in colours.items():
        palette.setColor(role, QColor(name))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7b8088"))
    return palette


def fill_theme_menu(menu: QMenu) -> QActionGroup:
    """View ▸ Theme: follow the system, light or dark, the saved one ticked; a choice applies at
    once and is kept for next time."""
    group = QActionGroup(menu)
    for key, label in (
        ("system", QCoreApplication.translate("MainWindow", "Follow the &System")),
        ("light", QCoreApplication.translate("MainWindow", "&Light")),
        ("dark", QCoreApplication.translate("MainWindow", "&Dark")),
    ):
        action = menu.addAction(label)
        action.setCheckable(True)
        action.setData(key)
        action.setToolTip(
            QCoreApplication.translate(
                "MainWindow", "Colours of this window (the projector is always dark)"
            )
        )
        action.setChecked(key == saved_theme())
        group.addAction(action)
    group.triggered.connect(_theme_chosen)
    return group


def _theme_chosen(action: QAction) -> None:
    theme = str(action.data())
    save_theme(theme)
    apply_theme(QApplication.instance(), theme)  # type: ignore[arg-type]
