"""Issue 15: the announcement's draft in Spanish, built from the record as the English one is,
with the same figures; printed when the group has not written its own Spanish yet."""

from __future__ import annotations

import re
from collections import Counter

from endorse_desktop.core.commitments.announcement import (
    AnnouncementFacts,
    GoalLine,
    announcement_text_es,
    compose_announcement,
    draft_announcement,
)
from endorse_desktop.core.commitments.records import ActivityCategory
from endorse_desktop.core.endorsements import list_endorsements
from endorse_desktop.exports.kinds import export_document
from tests.pdf_text import pdf_text


def figures(text: str) -> Counter[str]:
    return Counter(re.findall(r"\d+(?:,\d{3})*", text))


def test_the_spanish_draft_says_the_same_figures_in_spanish(demo_store) -> None:
    endorsement = list_endorsements(demo_store)[0]
    english = draft_announcement(demo_store, endorsement)
    spanish = draft_announcement(demo_store, endorsement, "es")
    assert spanish.startswith("PARA PUBLICACIÓN INMEDIATA")
    assert "Riverton Indivisible respalda a Ana Núñez para" in spanish
    assert (
        "21 de 29 miembros votaron por respaldar, por encima del umbral de dos tercios que "
        "exige el grupo, en la segunda votación." in spanish
    )
    assert "• Visitas casa por casa: 12 shifts comprometidos, 7 cumplidos" in spanish
    assert "(calificación Defensor)" in spanish and "nuestra meta es $500" in spanish
    assert "aportado por los miembros directamente a la campaña" in spanish
    for english_words in ("voted to endorse", "pledged", "our goal", "endorses", "Press contact"):
        assert english_words not in spanish
    assert figures(spanish) == figures(english)  # every number, no more and no fewer
    assert spanish.count("\n\n") == english.count("\n\n")  # paragraph for paragraph
    assert "@" not in spanish


def test_the_spanish_draft_uses_the_groups_spanish_where_written() -> None:
    facts = AnnouncementFacts(
        group_name="Lakeside Democrats",
        candidate="Bob Smith",
        race_title="School Board",
        race_title_es="Junta Escolar",
        endorsed_on="2026-03-04",
        today="2026-03-05",
        stage="general",
        election_date="2026-11-03",
        values=(("Public schools", "Champion"),),
        values_es=(("Escuelas públicas", "Defensor"),),
        goals=(GoalLine("Op-ed", 1, "op-eds", ActivityCategory.MEDIA, activity_es="Columna"),),
    )
    spanish = compose_announcement(facts, "es")
    assert "Lakeside Democrats respalda a Bob Smith para Junta Escolar" in spanish
    assert "en la elección general del 3 de noviembre de 2026." in spanish
    assert "se destacó en Escuelas públicas (calificación Defensor)." in spanish
    assert "nuestra meta es:\n• Columna: 1 op-ed" in spanish
    assert "Contacto de prensa: [nombre, teléfono, correo]" in spanish
    # Nothing written in Spanish: the group's own texts are said as they are.
    bare = compose_announcement(
        AnnouncementFacts("G", "C", "R", endorsed_on="2026-01-01", today="2026-01-02"), "es"
    )
    assert "G respalda a C para R" in bare
    assert "[Diga en cuáles de los valores del grupo" in bare


def test_a_spanish_announcement_prints_the_spanish_draft(demo_store, tmp_path) -> None:
    endorsement = list_endorsements(demo_store)[0]
    assert endorsement.announcement_es == ""
    assert announcement_text_es(demo_store, endorsement).startswith("PARA PUBLICACIÓN")
    out = tmp_path / "anuncio.pdf"
    export_document(demo_store, "announcement", out, endorsement_id=endorsement.id, lang="es")
    text = " ".join(pdf_text(out).split())
    assert "PARA PUBLICACIÓN INMEDIATA" in text
    assert "FOR IMMEDIATE RELEASE" not in text
