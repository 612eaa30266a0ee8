"""The track record's figures, checked against the sample group's database with plain SQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from endorse_desktop.core.cycles import list_cycles
from endorse_desktop.core.store import Store
from endorse_desktop.core.track_record import track_record
from endorse_desktop.exports.kinds import export_document
from endorse_desktop.exports.track_record import CSV_HEADER
from tests.pdf_text import pdf_pages_text


def _count(store: Store, sql: str, *params: object) -> int:
    return int(store.scalar(sql, params))


ENDORSED_IN = (
    "FROM endorsements e JOIN races r ON r.id = e.race_id "
    "JOIN cycles y ON y.id = r.cycle_id LEFT JOIN results res ON res.candidate_id = e.candidate_id "
    "WHERE y.name = ?"
)


def test_the_sample_has_finished_earlier_cycles_and_the_current_one(demo_store: Store) -> None:
    cycles = list_cycles(demo_store)
    assert len(cycles) == 3
    assert [c.is_current for c in cycles] == [False, False, True]
    assert all(c.closed_on for c in cycles[:2])
    assert cycles[-1].name.endswith("Primary")


def test_every_figure_matches_the_database(demo_store: Store) -> None:
    record = track_record(demo_store)
    assert [r.cycle.name for r in record.cycles] == [c.name for c in list_cycles(demo_store)]
    for cycle in record.cycles:
        name = cycle.cycle.name
        t = cycle.totals
        assert t.endorsements == _count(demo_store, f"SELECT count(*) {ENDORSED_IN}", name)
        assert t.won == _count(
            demo_store,
            f"SELECT count(*) {ENDORSED_IN} AND res.outcome IN "
            "('won', 'advanced_general', 'advanced_runoff')",
            name,
        )
        assert t.lost == _count(
            demo_store, f"SELECT count(*) {ENDORSED_IN} AND res.outcome = 'lost'", name
        )
        assert t.pending == _count(
            demo_store, f"SELECT count(*) {ENDORSED_IN} AND res.outcome IS NULL", name
        )
        assert cycle.primaries.endorsements == _count(
            demo_store, f"SELECT count(*) {ENDORSED_IN} AND r.stage = 'primary'", name
        )
        pledges = (
            "SELECT count(*) FROM pledges p JOIN endorsements e ON e.id = p.endorsement_id "
            "JOIN races r ON r.id = e.race_id JOIN cycles y ON y.id = r.cycle_id "
            "WHERE y.name = ? AND p.status IN "
        )
        assert t.pledges_made == _count(
            demo_store, pledges + "('pledged', 'confirmed', 'done', 'no_show', 'dropped')", name
        )
        assert t.pledges_kept == _count(demo_store, pledges + "('done')", name)
        assert t.goals_set == _count(
            demo_store,
            "SELECT count(*) FROM goals g JOIN endorsements e ON e.id = g.endorsement_id "
            "JOIN races r ON r.id = e.race_id JOIN cycles y ON y.id = r.cycle_id WHERE y.name = ?",
            name,
        )
    # the sample's story: the general won 3 of 4 endorsements, the primary advanced both
    primary, general, _ = record.cycles
    assert (primary.totals.won, primary.totals.endorsements) == (2, 2)
    assert (general.totals.won, general.totals.lost, general.totals.endorsements) == (3, 1, 4)
    assert record.totals.endorsements == _count(demo_store, "SELECT count(*) FROM endorsements")


def test_one_cycle_is_chosen_by_name(demo_store: Store) -> None:
    general = list_cycles(demo_store)[1].name
    record = track_record(demo_store, general.upper())
    assert [r.cycle.name for r in record.cycles] == [general]


def test_the_csv_has_one_row_per_endorsement(demo_store: Store, tmp_path: Path) -> None:
    [written] = export_document(demo_store, "track-record", tmp_path / "record.csv")
    lines = written.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == ",".join(CSV_HEADER)
    assert len(lines) - 1 == _count(demo_store, "SELECT count(*) FROM endorsements")
    assert any("Ana Núñez" in line and ",Won,58.4%," in line for line in lines)


def test_the_public_summary_is_one_page_without_member_data(
    demo_store: Store, tmp_path: Path
) -> None:
    [written] = export_document(demo_store, "track-summary", tmp_path / "summary.pdf")
    [page] = pdf_pages_text(written)
    assert "endorsed 8 candidates: 5 won, 1 lost, 2 still to be decided" in page
    assert "Ana Núñez — City Council — Ward 1" in page
    names = demo_store.rows("SELECT first_name, last_name, email FROM members")
    for member in names:
        assert f"{member['first_name']} {member['last_name']}" not in page
        assert not member["email"] or member["email"] not in page


@pytest.mark.parametrize("kind", ["track-record", "track-summary"])
def test_a_group_without_endorsements_gets_a_document_saying_so(
    store: Store, tmp_path: Path, kind: str
) -> None:
    [written] = export_document(store, kind, tmp_path / "record.pdf")
    assert "no endorsements yet" in "\n".join(pdf_pages_text(written))
