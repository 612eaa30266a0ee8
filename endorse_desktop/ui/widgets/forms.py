"""The one base of every dialog in the app: a body, an error line and a button box.

What each dialog used to do by hand (and did three different ways) happens here once:

* the focus is in the first input when the dialog opens, never on OK, so typed text lands in a
  field and Space never presses a button; OK stays the default button, so Enter still accepts;
* the buttons come last in the Tab order, whenever the form's rows were added;
* `check()` is the validation hook: it returns the reason OK is refused (or None), the reason is
  shown on one error line in one colour that reads on light and dark themes, and the dialog
  stays open;
* every input has an accessible name (from its form label when the dialog did not give one);
* a record's dialog names each input after the field it edits (`field=`), and `edited(record)`
  reads them all back into a copy of the record.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from endorse_desktop.ui.widgets.core_text import in_ui

Buttons = QDialogButtonBox.StandardButton
OK_CANCEL = Buttons.Ok | Buttons.Cancel

# Material's error tones: the dark one on light windows, the light one on dark windows; both
# keep WCAG AA contrast against their window colour.
ERROR_ON_LIGHT = "#b3261e"
ERROR_ON_DARK = "#f2b8b5"

# What the focus may start in: something that takes typing or a choice. Check boxes and radio
# buttons count (a dialog whose only choice is one of them), push buttons never do.
INPUT_TYPES: tuple[type[QWidget], ...] = (
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractItemView,
)
CHOICE_TYPES: tuple[type[QWidget], ...] = (QAbstractButton,)

_MNEMONIC = re.compile(r"&(?!&)(.)")

RecordT = TypeVar("RecordT")


def error_colour(palette: QPalette) -> QColor:
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor(ERROR_ON_DARK if dark else ERROR_ON_LIGHT)


def mnemonic(text: str) -> str | None:
    """The Alt+letter of a label or button text ("Rea&son" → "s"), lower case."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def plain_label(text: str) -> str:
    """ "&Reason not eligible:" → "Reason not eligible", for an accessible name."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":")


def field_value(widget: QWidget) -> Any:
    """What an input holds, as its record field takes it."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    raise TypeError(f"no field value for {type(widget).__name__}")


def is_input(widget: QWidget) -> bool:
    return isinstance(widget, INPUT_TYPES) or (
        isinstance(widget, CHOICE_TYPES) and not isinstance(widget, QPushButton)
    )


class ErrorLine(QLabel):
    """One line saying why OK was refused, in the error colour of the current theme."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Problem"))
        self.hide()
        self.restyle()

    def show_message(self, message: str) -> None:
        self.setText(message[:1].upper() + message[1:])
        self.setVisible(bool(message))

    def restyle(self, palette: QPalette | None = None) -> None:
        """Pick the colour for the window's palette (the dialog calls this on a theme change;
        the label's own palette is the style sheet's and does not follow the theme)."""
        style = f"color: {error_colour(palette or self.palette()).name()}; font-weight: bold"
        if style != self.styleSheet():
            self.setStyleSheet(style)


def line_edit(text: str, accessible: str, placeholder: str = "") -> QLineEdit:
    """A one-line input outside a FormDialog's own form (a group box's form, say)."""
    edit = QLineEdit(text)
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(accessible)
    return edit


def choice_box(choices: dict[str, str], current: str, accessible: str = "") -> QComboBox:
    """A drop-down of `choices` (key → text, in order) showing `current` (else the first)."""
    box = QComboBox()
    for key, text in choices.items():
        box.addItem(text, key)
    box.setCurrentIndex(max(0, box.findData(current)))
    if accessible:
        box.setAccessibleName(accessible)
    return box


class FormDialog(QDialog):
    """Subclasses add rows to `form` (created where it is first used) or widgets with `append`,
    and override `check` to refuse OK with a reason."""

    # Errors `check` may raise whose message is the reason OK is refused (the core's own
    # one-line explanations: RaceError, MemberError …).
    refusals: tuple[type[Exception], ...] = ()

    def __init__(
        self,
        title: str,
        parent: QWidget | None = None,
        *,
        buttons: QDialogButtonBox.StandardButton = OK_CANCEL,
        ok_text: str = "",
        min_width: int = 460,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        if min_width:
            self.setMinimumWidth(min_width)
        # The first input to focus; None: the first input in Tab order.
        self.initial_focus: QWidget | None = None
        self._form: QFormLayout | None = None
        # The inputs that edit a record's fields, by field name (see `edited`).
        self.fields: dict[str, QWidget] = {}
        self._opened = False
        outer = QVBoxLayout(self)
        # Never narrower than its words: Qt would otherwise fit a new dialog into two thirds of
        # the screen and cut a longer language's labels and check boxes.
        outer.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.content = QVBoxLayout()
        outer.addLayout(self.content, 1)
        self.error_label = ErrorLine()
        outer.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        for button in self.buttons.buttons():
            # A focused auto-default button would make itself the default and take Enter.
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        accept = self.accept_button
        if accept is not None:
            accept.setDefault(True)
            if ok_text:
                accept.setText(ok_text)

    # ----- building ------------------------------------------------------------------------
    @property
    def form(self) -> QFormLayout:
        """The dialog's form, placed below whatever was added before it was first used."""
        if self._form is None:
            self._form = QFormLayout()
            self.content.addLayout(self._form)
        return self._form

    def append(self, item: QWidget | QLayout, stretch: int = 0) -> None:
        """Put a widget or layout below what the body holds so far."""
        if isinstance(item, QLayout):
            self.content.addLayout(item, stretch)
        else:
            self.content.addWidget(item, stretch)

    def line(
        self,
        label: str,
        text: str,
        accessible: str = "",
        placeholder: str = "",
        *,
        field: str = "",
    ) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setPlaceholderText(placeholder)
        self.row(label, edit, accessible, field=field)
        return edit

    def combo(
        self,
        label: str,
        choices: dict[str, str],
        current: str,
        accessible: str = "",
        *,
        field: str = "",
    ) -> QComboBox:
        box = choice_box(choices, current)
        self.row(label, box, accessible, field=field)
        return box

    def text_area(
        self, label: str, text: str, accessible: str = "", height: int = 80, *, field: str = ""
    ) -> QPlainTextEdit:
        edit = QPlainTextEdit(text)
        # Tab leaves the box (a form is walked with Tab), Ctrl+Tab would type a tab.
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(height)
        self.row(label, edit, accessible, field=field)
        return edit

    def check_box(self, text: str, checked: bool, *, field: str = "") -> QCheckBox:
        """A check box on a row of its own (its text is its label)."""
        box = QCheckBox(text)
        box.setChecked(checked)
        self.form.addRow("", box)
        if field:
            self.fields[field] = box
        return box

    def row(self, label: str, widget: QWidget, accessible: str = "", *, field: str = "") -> None:
        widget.setAccessibleName(accessible or plain_label(label))
        self.form.addRow(label, widget)
        if field:
            self.fields[field] = widget

    def edited(self, record: RecordT) -> RecordT:
        """A copy of the dataclass `record` with every field as its input shows it now."""
        changes = {name: field_value(widget) for name, widget in self.fields.items()}
        return replace(record, **changes)  # type: ignore[type-var]

    @property
    def accept_button(self) -> QPushButton | None:
        for button in self.buttons.buttons():
            role = self.buttons.buttonRole(button)
            if role in (
                QDialogButtonBox.ButtonRole.AcceptRole,
                QDialogButtonBox.ButtonRole.YesRole,
                QDialogButtonBox.ButtonRole.ApplyRole,
            ):
                return button if isinstance(button, QPushButton) else None
        return None

    # ----- validation ----------------------------------------------------------------------
    def check(self) -> str | None:
        """Why OK cannot be accepted now (shown under the form), or None to close; raising one
        of `refusals` is the same as returning its message."""
        return None

    def refuse(self, message: str) -> None:
        self.error_label.show_message(message)

    def accept(self) -> None:
        try:
            problem = self.check()
        except self.refusals as error:
            problem = in_ui(error)
        if problem:
            self.refuse(problem)
            return
        self.error_label.show_message("")
        super().accept()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.error_label.restyle(self.palette())

    # ----- opening -------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._opened:
            return
        self._opened = True
        self.error_label.restyle(self.palette())
        self._name_inputs_from_labels()
        self._buttons_last_in_tab_order()
        target = self.initial_focus or self.first_input()
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            # Nothing to type in (a confirmation): the dialog itself holds the focus, so Enter
            # takes the default button and Escape cancels, and Space presses nothing. (With
            # NoFocus, QDialog would hand the focus on to the default button.)
            self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def first_input(self) -> QWidget | None:
        for widget in self._tab_chain():
            if is_input(widget):
                return widget
        return None

    def _tab_chain(self) -> list[QWidget]:
        chain: list[QWidget] = []
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self and len(chain) < 10_000:
            if (
                widget.isVisibleTo(self)
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.focusProxy() is None
            ):
                chain.append(widget)
            widget = widget.nextInFocusChain()
        return chain

    def _buttons_last_in_tab_order(self) -> None:
        """Rows added after the button box would otherwise come after OK and Cancel."""
        inputs = [w for w in self._tab_chain() if not self.buttons.isAncestorOf(w)]
        if not inputs:
            return
        previous = inputs[-1]
        for button in self.buttons.buttons():
            QWidget.setTabOrder(previous, button)
            previous = button

    def _name_inputs_from_labels(self) -> None:
        for label in self.findChildren(QLabel):
            buddy = label.buddy()
            if buddy is not None and not buddy.accessibleName():
                buddy.setAccessibleName(plain_label(label.text()))
