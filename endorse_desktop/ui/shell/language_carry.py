"""What a language switch carries from each tab to the tab rebuilt in the new language.

View ▸ Language rebuilds the tabs (every word is said again by the code that builds them), so
everything the facilitator set up on screen that is not in the file is carried over here: the
rows chosen and their order, the lists' scroll positions, the combo boxes' choices, a typed
filter, the splitters, the focus, what a widget keeps itself (its `screen_state()` and
`restore_screen_state(state)`: the ballot being typed), the speech timer (time left, running or
paused) and what the projector shows of it. The undo history stays too: its commands keep the
tab they were made on, which from then on hands every call on to the tab that replaced it.

Widgets are matched by class, object name and their order among their like, so this holds for
every tab without each knowing about the switch.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QTime, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QSplitter,
    QTabWidget,
    QWidget,
)

WidgetKey = tuple[str, str, int]  # class name, object name, order among the tab's like widgets
Cell = tuple[int, int]


@dataclass
class ViewState:
    cells: list[Cell] = field(default_factory=list)
    current: Cell | None = None
    sort: tuple[int, Any] | None = None


@dataclass
class TabState:
    """One tab's screen state, as plain values (the widgets are gone once it is restored)."""

    combos: dict[WidgetKey, tuple[Any, str]] = field(default_factory=dict)
    filters: dict[WidgetKey, str] = field(default_factory=dict)
    views: dict[WidgetKey, ViewState] = field(default_factory=dict)
    scrolls: dict[WidgetKey, tuple[int, int]] = field(default_factory=dict)
    splitters: dict[WidgetKey, list[int]] = field(default_factory=dict)
    inner_tabs: dict[WidgetKey, int] = field(default_factory=dict)
    own: dict[WidgetKey, Any] = field(default_factory=dict)  # a widget's screen_state()
    focus: WidgetKey | None = None
    timer: dict[str, Any] | None = None


def _keyed(tab: QWidget) -> dict[WidgetKey, QWidget]:
    """Every widget of the tab under a key the rebuilt tab's like widget shares."""
    counts: dict[tuple[str, str], int] = {}
    keyed: dict[WidgetKey, QWidget] = {}
    for widget in tab.findChildren(QWidget):
        kind = (type(widget).__name__, widget.objectName())
        order = counts.get(kind, 0)
        counts[kind] = order + 1
        keyed[(*kind, order)] = widget
    return keyed


def tab_state(tab: QWidget) -> TabState:
    state = TabState()
    focused = tab.focusWidget()
    for key, widget in _keyed(tab).items():
        if widget is focused:
            state.focus = key
        if isinstance(widget, QComboBox):
            state.combos[key] = (widget.currentData(), widget.currentText())
        elif isinstance(widget, QLineEdit) and not widget.isReadOnly() and widget.text():
            # a combo box's or spin box's own line follows its value, restored with it
            if not isinstance(widget.parent(), QComboBox | QAbstractSpinBox):
                state.filters[key] = widget.text()
        elif isinstance(widget, QSplitter):
            state.splitters[key] = widget.sizes()
        elif isinstance(widget, QTabWidget):
            state.inner_tabs[key] = widget.currentIndex()
        if isinstance(widget, QAbstractItemView):
            state.views[key] = _view_state(widget)
        if isinstance(widget, QAbstractScrollArea):
            bars = widget.horizontalScrollBar(), widget.verticalScrollBar()
            state.scrolls[key] = (bars[0].value(), bars[1].value())
        if hasattr(widget, "screen_state"):  # what only the widget knows (a ballot being typed)
            state.own[key] = widget.screen_state()
    timer = getattr(tab, "speech_timer", None)
    if timer is not None and hasattr(timer, "snapshot"):
        state.timer = timer.snapshot()
    return state


def _view_state(view: QAbstractItemView) -> ViewState:
    state = ViewState()
    chosen = view.selectionModel()
    if chosen is not None:
        state.cells = [(i.row(), i.column()) for i in chosen.selectedIndexes()]
        current = chosen.currentIndex()
        state.current = (current.row(), current.column()) if current.isValid() else None
    header = getattr(view, "horizontalHeader", None)
    if header is not None and view.isSortingEnabled():  # type: ignore[attr-defined]
        state.sort = (header().sortIndicatorSection(), header().sortIndicatorOrder())
    return state


def restore_tab_state(tab: QWidget, state: TabState) -> None:
    """The choices first (they load the lists), then the rows, the scrolling and the focus."""
    widgets = _keyed(tab)
    for key, (data, text) in state.combos.items():
        combo = widgets.get(key)
        if isinstance(combo, QComboBox):
            index = combo.findData(data) if data is not None else combo.findText(text)
            if index >= 0 and index != combo.currentIndex():
                combo.setCurrentIndex(index)
    for key, text in state.filters.items():
        edit = widgets.get(key)
        if isinstance(edit, QLineEdit) and edit.text() != text:
            edit.setText(text)
    for key, index in state.inner_tabs.items():
        inner = widgets.get(key)
        if isinstance(inner, QTabWidget):
            inner.setCurrentIndex(index)
    for key, sizes in state.splitters.items():
        splitter = widgets.get(key)
        if isinstance(splitter, QSplitter) and len(sizes) == splitter.count():
            splitter.setSizes(sizes)
    for key, view_state in state.views.items():
        view = widgets.get(key)
        if isinstance(view, QAbstractItemView):
            _restore_view(view, view_state)
    if state.timer is not None:
        timer = getattr(tab, "speech_timer", None)
        if timer is not None and hasattr(timer, "resume"):
            timer.resume(state.timer)
            length = getattr(tab, "timer_length", None)
            if length is not None:  # its own signal would start the speech again
                length.blockSignals(True)
                length.setTime(QTime.fromMSecsSinceStartOfDay(timer.length_seconds * 1000))
                length.blockSignals(False)
    for key, own in state.own.items():
        widget = widgets.get(key)
        if hasattr(widget, "restore_screen_state"):
            widget.restore_screen_state(own)  # type: ignore[union-attr]
    _scroll(widgets, state.scrolls)
    # The lists lay themselves out when the event loop next runs: scroll again then.
    QTimer.singleShot(0, tab, lambda: _scroll(_keyed(tab), state.scrolls))
    focused = widgets.get(state.focus) if state.focus is not None else None
    if focused is not None:
        focused.setFocus()


def _restore_view(view: QAbstractItemView, state: ViewState) -> None:
    model, chosen = view.model(), view.selectionModel()
    if model is None or chosen is None:
        return
    if state.sort is not None:
        view.sortByColumn(*state.sort)  # type: ignore[attr-defined]
    selection = QItemSelection()
    for row, column in state.cells:
        index = model.index(row, column)
        if index.isValid():
            selection.select(index, index)
    if state.cells:
        chosen.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    if state.current is not None:
        index = model.index(*state.current)
        if index.isValid():
            chosen.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)


def _scroll(widgets: dict[WidgetKey, QWidget], scrolls: dict[WidgetKey, tuple[int, int]]) -> None:
    for key, (across, down) in scrolls.items():
        area = widgets.get(key)
        if isinstance(area, QAbstractScrollArea):
            area.horizontalScrollBar().setValue(across)
            area.verticalScrollBar().setValue(down)


def hand_on(old: QWidget, current: Callable[[], QWidget]) -> None:
    """Make the replaced tab hand every call of its own methods to the tab now shown in its
    place: the undo history's commands hold the tab they were made on."""
    own = [c for c in type(old).__mro__ if c.__module__.startswith("endorse_desktop")]
    qt_names = set(dir(QWidget))
    for cls in own:
        for name, member in vars(cls).items():
            mine = callable(member) and not name.startswith("__") and name not in qt_names
            if mine and name not in old.__dict__:
                setattr(old, name, _forward(current, name))


def _forward(current: Callable[[], QWidget], name: str) -> Callable[..., Any]:
    def forward(*args: Any, **kwargs: Any) -> Any:
        return getattr(current(), name)(*args, **kwargs)

    return forward
