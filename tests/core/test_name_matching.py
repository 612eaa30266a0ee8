"""One name-matching rule (issue 12): typed search is accent-, case- and spacing-blind."""

from __future__ import annotations

import unicodedata

from endorse_desktop.core.commitments.progress import name_key as signup_key
from endorse_desktop.core.names import name_key, typed_key
from endorse_desktop.ui.widgets.table_model import Column, RecordTableModel


def test_typed_key_keeps_a_finished_word_apart() -> None:
    assert typed_key("  Jo ") == "jo "
    assert not "jose".startswith(typed_key("Jo "))
    assert typed_key("JOSÉ\u200b  Nú") == "jose nu"
    assert name_key("José Núñez ") == "jose nunez"
    # the sign-up sheet's matching is the same rule
    assert signup_key("Zoë ") == typed_key("Zoë ")


def test_a_table_search_finds_accented_names_typed_plainly() -> None:
    names = ["José Núñez", unicodedata.normalize("NFD", "Zoë Lefèvre"), "Ana Lee"]
    model: RecordTableModel[str] = RecordTableModel([Column("Name", str)], str)
    model.set_records(names)
    model.set_filter("jose  NUNEZ")
    assert [model.record_at(row) for row in range(model.rowCount())] == ["José Núñez"]
    model.set_filter("lefevre")
    assert model.rowCount() == 1
    model.set_filter("núñez")
    assert model.rowCount() == 1
