"""The window's language: View ▸ Language (System, English, Español), remembered per user.

The choice lives in the user's QSettings, never in the group's file: a file received from another
group must not change anyone's language, and switching must not change the file. Our messages
come from `resources/i18n/endorse_<lang>.qm`, Qt's own (standard dialogs' buttons) from
`qtbase_<lang>.qm`; QLocale's default follows, so dates and numbers Qt shows match the words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QTabWidget, QWidget

from endorse_desktop import APP_NAME
from endorse_desktop.i18n import LANGUAGES, SOURCE_LANGUAGE, TRANSLATED, qm_path

if TYPE_CHECKING:
    from endorse_desktop.ui.shell.language_carry import TabState


class LanguageOwner(Protocol):
    """What switching needs of the window (ui/shell/main_window.MainWindow)."""

    tabs: QTabWidget
    projector_control: Any

    def tr(self, text: str) -> str: ...

    def retranslate(self) -> None: ...

    def built_tab(self, key: str) -> QWidget | None: ...

    def tab_widget(self, key: str) -> QWidget: ...

    def tab_keys(self) -> list[str]: ...


CHOICES = ("system", *LANGUAGES)
_KEY = "language"
# The locales dates and numbers follow when the system's own is another language.
_LOCALES = {"en": "en_US", "es": "es_419"}  # es_419: Spanish as written in Latin America


class CatalogTranslator(QTranslator):
    """Our catalog. lupdate files a bare `tr()` (the action tables' `tr` parameter, a module's
    `_tr` helper) under the empty context while the call looks the text up under its class or
    module context, so a text not found in its own context is looked for there too."""

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        found = super().translate(context, source_text, disambiguation, n)
        if not found and context:
            found = super().translate("", source_text, disambiguation, n)
        # None is Qt's "not here" (a null string: the next translator, or the source text);
        # "" would be taken as a translation into nothing.
        return found or None


_installed: list[QTranslator] = []


def saved_choice() -> str:
    value = QSettings(APP_NAME, APP_NAME).value(_KEY, "system")
    return value if value in CHOICES else "system"


def save_choice(choice: str) -> None:
    QSettings(APP_NAME, APP_NAME).setValue(_KEY, choice)


def resolve(choice: str, system: QLocale | None = None) -> str:
    """The language a choice means here: "system" is the desktop's language when we have it."""
    if choice in LANGUAGES:
        return choice
    name = (system or QLocale.system()).name().split("_")[0]
    return name if name in LANGUAGES else SOURCE_LANGUAGE


def install_language(choice: str) -> str:
    """Load the translations for `choice` (replacing any loaded before); the language used."""
    app = QCoreApplication.instance()
    assert app is not None, "a QApplication comes first"
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    language = resolve(choice)
    system = QLocale.system()
    same = system.name().split("_")[0] == language
    QLocale.setDefault(system if same else QLocale(_LOCALES[language]))
    if language in TRANSLATED:
        ours = CatalogTranslator(app)
        if ours.load(str(qm_path(language))):
            _installed.append(ours)
        qt = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", qt_folder):
            _installed.append(qt)
        for translator in _installed:
            app.installTranslator(translator)
    return language


def fill_language_menu(window: LanguageOwner, menu: QMenu) -> QActionGroup:
    """System / English / Español, the saved one ticked; choosing one switches at once."""
    group = QActionGroup(menu)
    current = saved_choice()
    for choice in CHOICES:
        # The languages are named in their own words, as everywhere: whoever cannot read the
        # current one still finds theirs.
        label = window.tr("&System") if choice == "system" else _OWN_NAMES[choice]
        action = menu.addAction(label)  # a choice, like View ▸ Theme: no key of its own
        action.setCheckable(True)
        action.setChecked(choice == current)
        action.setData(choice)
        action.setToolTip(window.tr("Language of this window and its projector"))
        group.addAction(action)
    group.triggered.connect(lambda action: switch_language(window, str(action.data())))
    return group


_OWN_NAMES = {"en": "&English", "es": "Es&pañol"}


@dataclass(frozen=True)
class Places:
    """Where the facilitator is: the tab, on the meeting tab the meeting and the vote, and each
    built tab's screen state (ui/shell/language_carry) with the tab it was read from."""

    tab: int
    meeting: int | None = None
    vote: int | None = None
    screens: dict[str, tuple[QWidget, TabState]] = field(default_factory=dict)


def where_we_are(window: LanguageOwner) -> Places:
    # deferred: what carries each tab's screen over costs ~4 ms at start-up (python -X importtime)
    from endorse_desktop.ui.shell.language_carry import tab_state

    meeting = vote = None
    built = window.built_tab("meeting")
    if built is not None:
        meeting = built.meeting_combo.currentData()  # type: ignore[attr-defined]
        current = built.current_vote  # type: ignore[attr-defined]
        vote = current.id if current is not None else None
    screens = {}
    for key in window.tab_keys():
        tab = window.built_tab(key)
        if tab is not None:
            screens[key] = (tab, tab_state(tab))
    return Places(window.tabs.currentIndex(), meeting, vote, screens)


def restore_places(window: LanguageOwner, places: Places) -> None:
    """On the rebuilt tabs: every tab built before is built again and set as it was; the tabs
    replaced hand the undo history's calls on to them."""
    # deferred: what carries each tab's screen over costs ~4 ms at start-up (python -X importtime)
    from endorse_desktop.ui.shell.language_carry import hand_on, restore_tab_state

    for key, (old, _) in places.screens.items():
        hand_on(old, lambda key=key: window.tab_widget(key))  # type: ignore[misc]
    if places.meeting is not None:
        tab = window.tab_widget("meeting")
        tab.select_meeting(places.meeting)  # type: ignore[attr-defined]
        if places.vote is not None:
            tab.select_vote(places.vote)  # type: ignore[attr-defined]
    window.tabs.setCurrentIndex(places.tab)
    for key, (old, state) in places.screens.items():
        rebuilt = window.tab_widget(key)
        restore_tab_state(rebuilt, state)
        _repoint_slide(window, old, rebuilt)
    projector = window.projector_control.projector
    if projector is not None:  # slides paint their words: paint them again
        title = QCoreApplication.translate("ProjectorWindow", "Endorse Desktop — Projector")
        projector.setWindowTitle(title)
        for widget in [projector, *projector.findChildren(QWidget)]:
            widget.update()


def _repoint_slide(window: LanguageOwner, old: QWidget, rebuilt: QWidget) -> None:
    """The projector's slide showing the replaced tab's speech timer or live count follows the
    rebuilt tab's (the old ones go with their tab): the wall keeps showing what it showed."""
    projector = window.projector_control.projector
    slide = projector.current_slide if projector is not None else None
    if slide is None:
        return
    timer = getattr(old, "speech_timer", None)
    if timer is not None and getattr(slide, "timer", None) is timer:
        slide.present(timer=rebuilt.speech_timer)  # type: ignore[attr-defined]
    feed = getattr(old, "feed", None)
    if feed is not None and getattr(slide, "_feed", None) is feed:
        shown = getattr(slide, "_count_round", None)
        slide.present(feed=rebuilt.feed, count_round=shown)  # type: ignore[attr-defined]


def switch_language(window: LanguageOwner, choice: str) -> None:
    """Remember the choice, load it, and say everything again in it: same file, same tab, same
    meeting and vote, same undo history, timer and screens (see MainWindow.retranslate)."""
    save_choice(choice)
    install_language(choice)
    window.retranslate()
