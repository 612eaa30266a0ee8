"""Whatever people type into names, titles and notes, the PDFs still render and read back."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from endorse_desktop.core.scoring import ValueWeight
from endorse_desktop.reports import common
from endorse_desktop.reports.ballots import (
    BallotLayoutError,
    BallotSpec,
    ballot_fits,
    render_ballots,
)
from endorse_desktop.reports.scorecard import (
    RatingEntry,
    ScorecardCandidate,
    ScorecardDocument,
    ScorecardRace,
    render_scorecards,
)
from tests.pdf_text import pdf_text

NASTY = [
    "Bob <b>Smith & Co",
    "</para><para>&amp;&nbsp;&#0;<br/><font color='red'>",
    "<img src='x'/>",
    "\x00\x01\x07\x1b[31m\x7f\x85",
    "\u200b\u200e\u202e\ufeff\u00ad",
    "\ud800 lone surrogate",
    "Nguyễn Thị Minh Ωμέγα Иван 漢字 العربية עברית",
    "👩🏽‍⚖️ 🗳️ 😀",
    "e\u0301\u0302\u0303\u0304 combining",
    "W" * 400,
    "line one\nline two\r\nline three\ttab",
    "",
    "   ",
]

hostile = st.one_of(
    st.sampled_from(NASTY),
    st.text(max_size=60),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=150, max_size=300),
    st.lists(st.sampled_from(NASTY), min_size=2, max_size=4).map("".join),
)
visible = hostile.filter(lambda text: text.strip() != "")


def _render_to_temporary(render: object, spec: object) -> tuple[int, str]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "out.pdf"
        pages = render(spec, path)  # type: ignore[operator]
        return pages, pdf_text(path)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    group=hostile,
    cycle=hostile,
    meeting=st.one_of(st.none(), hostile),
    race=hostile,
    question=st.one_of(st.none(), hostile),
    options=st.lists(visible, min_size=1, max_size=4),
    ranked=st.booleans(),
    per_page=st.sampled_from((1, 2, 4)),
)
@example(
    group="Bob <b>Smith & Co",
    cycle="Bob <b>Smith & Co",
    meeting="0" * 58,
    race="0" * 150,
    question=None,
    options=["Bob <b>Smith & Co", "</para><para>&amp;&nbsp;<br/>", "0" * 150, "0" * 150],
    ranked=True,
    per_page=4,
)
def test_ballots_survive_hostile_text(
    *,
    group: str,
    cycle: str,
    meeting: str | None,
    race: str,
    question: str | None,
    options: list[str],
    ranked: bool,
    per_page: int,
) -> None:
    spec = BallotSpec(
        group_name=group,
        cycle=cycle,
        meeting_date=meeting,
        race_title=race,
        question=question,
        options=tuple(options),
        ranked=ranked,
        copies=per_page + 1,
        per_page=per_page,
        serial_numbers=True,
        generated_at=datetime(2026, 5, 14, 19, 32),
    )
    if per_page > 1 and not ballot_fits(spec):
        # A crowded layout is refused with advice to print fewer to a page: that advice must work.
        with pytest.raises(BallotLayoutError, match="fewer to a page"):
            _render_to_temporary(render_ballots, spec)
        spec = replace(spec, per_page=1, copies=2)
        per_page = 1
    pages, text = _render_to_temporary(render_ballots, spec)
    assert pages == 2
    # The date only, never the time; the meeting's date stands in for it when there is one.
    assert "19:32" not in text
    printed = 0 if meeting and common.single_line(meeting) else per_page + 1
    assert text.count("Printed 2026-05-14") == printed
    assert "0001 / 0001" not in text and f"{per_page + 1:04d} / {per_page + 1:04d}" in text


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    group=hostile,
    cycle=hostile,
    race=hostile,
    details=st.lists(hostile, min_size=4, max_size=4),
    titles=st.lists(hostile, min_size=1, max_size=3, unique=True),
    names=st.lists(hostile, min_size=1, max_size=3),
    notes=st.lists(st.tuples(hostile, hostile), min_size=3, max_size=3),
)
@example(  # a race's title so long that its heading and a note fill more than a page
    group="Bob <b>Smith & Co",
    cycle="Bob <b>Smith & Co",
    race="W" * 1500,
    details=["Bob <b>Smith & Co"] * 4,
    titles=["Bob <b>Smith & Co"],
    names=["Bob <b>Smith & Co"],
    notes=[("Bob <b>Smith & Co", "Bob <b>Smith & Co")] * 3,
)
@example(  # an evidence note that fills more than a page inside a table cell
    group="Bob <b>Smith & Co",
    cycle="Bob <b>Smith & Co",
    race="Bob <b>Smith & Co",
    details=["Bob <b>Smith & Co"] * 4,
    titles=["0" * 100 + "I0", "Bob <b>Smith & Co", "</para><para>&amp;<br/>"],
    names=["Bob <b>Smith & Co", "0" * 150],
    notes=[
        ("Bob <b>Smith & Co", "0" * 150),
        ("W" * 1500 + "Bob", "Bob <b>Smith & Co"),
        ("line one\nline two\r\nline three\ttab", "</para><para>" + "W" * 2000),
    ],
)
def test_scorecards_survive_hostile_text(
    *,
    group: str,
    cycle: str,
    race: str,
    details: list[str],
    titles: list[str],
    names: list[str],
    notes: list[tuple[str, str]],
) -> None:
    values = tuple(ValueWeight(title, 3, dealbreaker=True) for title in titles)
    candidates = tuple(
        ScorecardCandidate(
            name,
            party=details[0],
            incumbent=True,
            ratings={
                title: RatingEntry(index % 5 if index % 3 else None, *notes[index % 3])
                for index, title in enumerate(titles, start=n)
            },
        )
        for n, name in enumerate(names)
    )
    office, district, election, stage = details
    document = ScorecardDocument(
        group,
        cycle,
        (ScorecardRace(race, values, candidates, office, district, election, stage),),
        generated_at=datetime(2026, 5, 14, 19, 32),
    )
    pages, text = _render_to_temporary(render_scorecards, document)
    assert pages >= 2
    assert f"Page 1 of {pages}" in text
    assert "Weighted score" in text
