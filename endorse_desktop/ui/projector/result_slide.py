"""The result on the wall, as one plain sentence: "Ana Núñez is endorsed: 24 of 31 votes, needed
21 (two-thirds of votes cast)." Under it, each round's counts and who left after it and why, so
the room can follow how the result came about. Counts only: no member names.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent

from endorse_desktop.core.bilingual import say
from endorse_desktop.core.document_text import Language
from endorse_desktop.core.races import get_race
from endorse_desktop.core.voting.lifecycle import preview, rule_facts
from endorse_desktop.core.voting.record import result_to_json
from endorse_desktop.core.voting.sentences import departure_sentences, outcome_sentence, quoted
from endorse_desktop.core.voting.stored import VoteError, load_vote, vote_ids, vote_numbers
from endorse_desktop.ui.shell.session import Topic
from endorse_desktop.ui.widgets.core_text import in_ui, ui_code

from .slide import PALETTE, Slide, projector_font, register_slide

if TYPE_CHECKING:
    from endorse_desktop.ui.shell.session import Session


class ResultText:
    """What the slide says, worked out once per presentation (not per paint)."""

    def __init__(self, heading: str, sentence: str, counts: list[str], final: bool) -> None:
        self.heading = heading
        self.sentence = sentence
        self.counts = counts
        self.final = final


def result_text(session: Session, vote_id: int, language: Language = Language.EN) -> ResultText:
    """The slide's words in the projector's language(s); an English projector speaks the
    window's language."""
    store = session.store
    codes = (ui_code(),) if language is Language.EN else language.codes
    vote = load_vote(store, vote_id)
    race = get_race(store, vote.race_id)
    final = next((r for r in reversed(vote.rounds) if r.is_final), None)
    if final is not None and final.result is not None:
        result = final.result
        is_final = True
    else:
        result = result_to_json(preview(store, vote))
        is_final = False
    facts = rule_facts(vote, vote_numbers(store, vote))
    sentence = "\n".join(outcome_sentence(result, facts, code) for code in codes)
    lines = round_lines(result["rounds"], codes)
    return ResultText(race.title if race else "", sentence, lines, is_final)


def round_lines(rounds: list[dict[str, Any]], codes: Sequence[str] = ("en",)) -> list[str]:
    """ "Round 1: Ana Núñez 17 · Bob Lee 8 · …", one per round, each followed by who left after
    it and why ("Carmen Diaz was eliminated after round 1 with the fewest votes (3)."), in each
    language of `codes`."""
    lines = []
    said = [departure_sentences(rounds, code) for code in codes]
    for number, entry in enumerate(rounds, start=1):
        counts = " · ".join(
            f"{' / '.join(dict.fromkeys(quoted(label, code) for code in codes))} {votes}"
            for label, votes in entry["counts"].items()
        )
        heading = " / ".join(say(code, f"Round {number}", f"Ronda {number}") for code in codes)
        lines.append(counts if len(rounds) == 1 else f"{heading}: {counts}")
        lines.extend(line for reasons in said for line in reasons[number - 1])
    return lines


@register_slide("result", "Result")
class ResultSlide(Slide):
    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(session, parent)
        self._vote_id: int | None = None
        self.text: ResultText | None = None

    @classmethod
    def smoke_params(cls, session: Session) -> dict[str, Any] | None:
        found = vote_ids(session.store)
        return {"vote_id": found[0]} if found else None

    def present(self, vote_id: int | None = None, **_: Any) -> None:
        self._vote_id = vote_id
        self.refresh()

    def refresh(self) -> None:
        self.text = None
        if self._vote_id is not None:
            try:
                self.text = result_text(self.session, self._vote_id, self.language)
            except VoteError as error:
                self.text = ResultText("", in_ui(error), [], False)
        self.update()

    def on_data_changed(self, topic: str) -> None:
        if topic == Topic.VOTES and self.isVisible():
            self.refresh()

    def caption(self) -> str:
        return self.tr("Result: %s") % (self.text.heading if self.text else "")

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        height = self.height()
        margin = max(40.0, height * 0.06)
        area = QRectF(self.rect()).adjusted(margin, margin, -margin, -margin)
        wrap = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(
            Qt.TextFlag.TextWordWrap
        )
        text = self.text
        if text is None:
            painter.setPen(PALETTE.muted)
            painter.setFont(projector_font(height, 1.2))
            painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter), self.tr("No result yet"))
            painter.end()
            return
        top = area.top()
        painter.setPen(PALETTE.muted)
        painter.setFont(projector_font(height, 1.2, bold=True))
        heading = text.heading if text.final else self.tr("%s (not final yet)") % text.heading
        top += painter.boundingRect(area, wrap, heading).height() + height * 0.04
        painter.drawText(area, wrap, heading)
        painter.setPen(PALETTE.text)
        painter.setFont(projector_font(height, 1.9, bold=True))
        sentence_area = QRectF(area.left(), top, area.width(), area.bottom() - top)
        used = painter.boundingRect(sentence_area, wrap, text.sentence)
        painter.drawText(sentence_area, wrap, text.sentence)
        top += used.height() + height * 0.06
        painter.setFont(projector_font(height, 1.0))
        for index, line in enumerate(text.counts):
            # earlier rounds quieter, the deciding one in full white
            painter.setPen(PALETTE.text if index == len(text.counts) - 1 else PALETTE.muted)
            line_area = QRectF(area.left(), top, area.width(), area.bottom() - top)
            top += painter.boundingRect(line_area, wrap, line).height() + height * 0.015
            painter.drawText(line_area, wrap, line)
        painter.end()
