"""Minutes in Spanish and in both languages: the sentences the core writes (attendance, quorum,
rules, outcomes, ballot accounting) are in the document's language, not English."""

from __future__ import annotations

from pathlib import Path

from endorse_desktop.core.document_text import Language
from endorse_desktop.core.voting.minutes import gather_summary
from endorse_desktop.exports.kinds import export_document
from tests.pdf_text import pdf_text


def flat(path: Path) -> str:
    return " ".join(pdf_text(path).split())


def test_spanish_minutes_say_the_core_sentences_in_spanish(demo_store, tmp_path: Path) -> None:
    out = tmp_path / "acta.pdf"
    export_document(demo_store, "summary", out, lang="es")
    text = flat(out)
    for expected in (
        "Al menos dos tercios de los votos emitidos; quórum de 15",
        "31 presentes, 35 con derecho a voto",
        "Papeletas, una sola opción",
        "Ana Núñez recibe el respaldo en la ronda 2",
        "se necesitaban",
        "Ronda 1",
        "sin registro",
    ):
        assert expected in text, expected
    for english in ("votes cast", "is endorsed", "present (", "not recorded", "Round 1"):
        assert english not in text, english


def test_bilingual_minutes_say_each_sentence_in_both(demo_store) -> None:
    mayor = gather_summary(demo_store, language=Language.BOTH).votes[0]
    english, spanish = mayor.sentence.split("\n")
    assert english.startswith("Ana Núñez is endorsed in round 2")
    assert spanish.startswith("Ana Núñez recibe el respaldo en la ronda 2")
    assert [r.title for r in mayor.rounds] == ["Round 1 / Ronda 1", "Round 2 / Ronda 2"]
    assert mayor.rule_text.split("\n")[1].startswith("Al menos dos tercios")


def test_english_minutes_are_unchanged(demo_store) -> None:
    mayor = gather_summary(demo_store).votes[0]
    assert "\n" not in mayor.sentence + mayor.rule_text + mayor.numbers_text
    assert mayor.sentence.startswith("Ana Núñez is endorsed in round 2")
