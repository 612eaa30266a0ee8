"""The minutes account for the ballots, count blank ranked ballots as blank, and say "round"
(issue 14)."""

from __future__ import annotations

import re
from pathlib import Path

from pdf_text import pdf_text

from endorse_desktop.core.voting.minutes import gather_summary
from endorse_desktop.exports.kinds import export_document
from endorse_desktop.reports import common
from endorse_desktop.reports.summary import _rounds_table

NOT_RECORDED = "not recorded"


def minutes_text(store, tmp_path: Path) -> str:
    out = tmp_path / "minutes.pdf"
    export_document(store, "summary", out)
    return " ".join(pdf_text(out).split())


def test_one_word_for_round(demo_store, tmp_path: Path) -> None:
    text = minutes_text(demo_store, tmp_path)
    assert "Count 1" not in text and "Count 3" not in text
    # the ranked vote's third runoff round is headed as the outcome sentence names it
    assert "Round 3" in text and "in round 3" in text


def test_a_blank_ranked_ballot_is_blank_not_exhausted(demo_store, tmp_path: Path) -> None:
    summary = gather_summary(demo_store)
    ranked = next(v for v in summary.votes if "ranked" in v.method_text)
    assert [r.blank for r in ranked.rounds] == [1, 1, 1]
    # the sample's one blank ballot no longer inflates "Exhausted" from round 1 on
    assert [r.exhausted for r in ranked.rounds] == [0, 0, 1]
    text = minutes_text(demo_store, tmp_path)
    assert re.search(r"Blank ballots 1 1 1 Exhausted \(no further choice\) 0 0 1", text)


def test_ballot_accounting_says_what_the_file_knows(demo_store, tmp_path: Path) -> None:
    summary = gather_summary(demo_store)
    first, ranked, hand = summary.votes
    assert [(a.returned, a.blank, a.spoiled) for a in first.ballots] == [(30, 1, 0), (30, 1, 0)]
    assert [(a.returned, a.blank) for a in ranked.ballots] == [(30, 1)]
    assert all(a.printed is None and a.issued is None for a in first.ballots + ranked.ballots)
    assert hand.ballots == ()  # a show of hands hands out no paper
    text = minutes_text(demo_store, tmp_path)
    assert "Ballot accounting Printed Issued Returned" in text
    assert f"Round 1 {NOT_RECORDED} {NOT_RECORDED} 30 1 0" in text


def test_a_one_round_table_keeps_its_columns_narrow(demo_store) -> None:
    summary = gather_summary(demo_store)
    hand = summary.votes[-1]
    assert len(hand.rounds) == 1
    width = common.page_size("letter")[0] - 2 * common.MARGIN
    table = _rounds_table(hand, width)
    assert sum(table._colWidths) < width * 0.6
