"""The meeting summary (minutes) PDF: what a secretary would check before signing it."""

from __future__ import annotations

from pathlib import Path

from endorse_desktop.core.races import Candidate, Race, add_candidate, add_race
from endorse_desktop.core.settings import GroupSettings, save_settings
from endorse_desktop.core.voting import lifecycle as voting
from endorse_desktop.core.voting.journal import BallotDesk
from endorse_desktop.core.voting.minutes import gather_summary
from endorse_desktop.core.voting.stored import Method
from endorse_desktop.exports.kinds import export_document
from tests.pdf_text import pdf_pages_text, pdf_text
from tests.voting_setup import new_meeting, rule


def flat(path: Path) -> str:
    return " ".join(pdf_text(path).split())


def test_each_vote_has_its_rule_rounds_and_outcome(demo_store, tmp_path: Path) -> None:
    summary = gather_summary(demo_store)
    mayor = summary.votes[0]
    assert mayor.method_text == "Paper ballots, choose one"
    assert mayor.rule_text.startswith("At least two-thirds of votes cast; quorum 15")
    assert [r.title for r in mayor.rounds] == ["Round 1", "Round 2"]
    assert mayor.rounds[0].cells["Ana Núñez"] == "17 (58.6 %)"
    assert mayor.rounds[0].eliminated == ("Carmen Diaz-Whitfield",)
    assert "Carmen Diaz-Whitfield" not in mayor.rounds[1].cells
    assert mayor.numbers_text == "31 present, 35 eligible, 1 recused for a conflict of interest"
    council = summary.votes[1]
    assert [r.title for r in council.rounds] == ["Round 1", "Round 2", "Round 3"]
    assert council.rounds[0].exhausted == 1
    out = tmp_path / "summary.pdf"
    export_document(demo_store, "summary", out)
    text = flat(out)
    for expected in (
        "Vote 1: Mayor — City of Riverton",
        "Leaves the ballot after",
        "Counted out of (base)",
        "Exhausted (no further choice)",
        "Marcus Okafor",
        "conditional: He signs the tenant-protection pledge before May 1.",
        "Endorsements made",
        "Secretary / note-taker",
    ):
        assert expected in text, expected
    pages = pdf_pages_text(out)
    assert f"Page 1 of {len(pages)}" in pages[0]


def test_names_print_literally_and_amendments_are_listed(store, tmp_path: Path) -> None:
    save_settings(store, GroupSettings(name="Ωμέγα Club", quorum=None))
    race = add_race(store, Race("Council", "Ward <3>"))
    assert race.id is not None
    for name in ("Bob <b>Smith & Co", "Nguyễn Thị Minh", "Иван Петров"):
        add_candidate(store, Candidate(race.id, name))
    meeting_id = new_meeting(store, 0)
    from endorse_desktop.core.meetings import set_head_count

    set_head_count(store, meeting_id, 12)
    vote = voting.create_vote(
        store, meeting_id, race.id, Method.PAPER_CHOOSE_ONE, rule(quorum=None)
    )
    desk = BallotDesk(store, vote.id)
    for key in "1111111123":
        desk.record_key(int(key))
    voting.finalize_round(store, vote.id, backup=False)
    voting.amend_add_ballot(store, vote.id, 1, vote.options[0].id, "Found in the <hat> & box")
    out = tmp_path / "summary.pdf"
    export_document(store, "summary", out)
    text = flat(out)
    assert "Bob <b>Smith & Co" in text and "Nguyễn Thị Minh" in text and "Иван Петров" in text
    assert "Council — Ward <3>" in text
    assert "+1 ballot: Bob <b>Smith & Co — Found in the <hat> & box" in text
    assert "12 present (head count; 0 checked in)" in text
    assert "The group has no quorum rule." in text


def test_no_meeting_yet_and_no_race_yet_still_print(store, tmp_path: Path) -> None:
    save_settings(store, GroupSettings(name="Brand New Group"))
    export_document(store, "summary", tmp_path / "s.pdf")
    assert "No meetings yet" in pdf_text(tmp_path / "s.pdf")
    export_document(store, "ballots", tmp_path / "b.pdf")
    assert "No races yet" in pdf_text(tmp_path / "b.pdf")
