"""A menu built from groups of actions: one separator between two groups, none at the ends."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from endorse_desktop.ui.widgets.actions import menu_groups
from endorse_desktop.ui.widgets.labels import big_bold_label, bold_label


def test_groups_are_separated_once_and_empty_groups_add_nothing(qtbot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    add, edit, find = (QAction(text, owner) for text in ("Add", "Edit", "Find"))
    made = menu_groups(owner, [add, edit], [find])
    assert [a.text() if not a.isSeparator() else "—" for a in made] == ["Add", "Edit", "—", "Find"]
    assert [a.text() for a in menu_groups(owner, [add])] == ["Add"]
    assert len(menu_groups(owner, [add], [], [find])) == 3  # one separator, not two


def test_a_big_bold_label_is_bold_larger_and_named(qtbot) -> None:
    label = big_bold_label("Dots placed", 1.4, "12 dots")
    qtbot.addWidget(label)
    body = QWidget().font().pointSizeF()
    assert label.font().bold() and label.font().pointSizeF() > body * 1.3
    assert (label.accessibleName(), label.text()) == ("Dots placed", "12 dots")


def test_a_bold_label_is_bold_at_body_size_named_and_wraps_when_asked(qtbot) -> None:
    label = bold_label("Result", "Ana Núñez is endorsed", word_wrap=True)
    qtbot.addWidget(label)
    assert label.font().bold() and label.wordWrap()
    assert label.font().pointSizeF() == QWidget().font().pointSizeF()
    assert (label.accessibleName(), label.text()) == ("Result", "Ana Núñez is endorsed")
    assert not bold_label("Result").wordWrap()
