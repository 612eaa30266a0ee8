"""Filling a translated text's numbered places."""

from __future__ import annotations

from endorse_desktop.ui.widgets.text import arg


def test_arg_fills_each_numbered_place_wherever_the_translation_puts_it() -> None:
    assert arg("%1 endorsed, %2 won", 4, 3) == "4 endorsed, 3 won"
    assert arg("ganaron %2 de %1", 4, 3) == "ganaron 3 de 4"
    many = arg(" ".join(f"%{n}" for n in range(1, 12)), *range(1, 12))
    assert many == "1 2 3 4 5 6 7 8 9 10 11"  # %10 and %11 are not %1 followed by a digit
