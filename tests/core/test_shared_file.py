"""The shared JSON file (SPEC F-4): its exact shape, merging by names, and refusing bad files."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from conftest import SAMPLE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from endorse_desktop.core.races import find_race, list_candidates
from endorse_desktop.core.ratings import get_rating
from endorse_desktop.core.settings import load_settings
from endorse_desktop.core.shared_file import (
    FORMAT,
    SharedFileError,
    import_shared_file,
    merge_shared_data,
    parse_shared_bytes,
    read_shared_file,
    shared_document,
    write_shared_file,
)
from endorse_desktop.core.store import Store
from endorse_desktop.core.values import find_value, list_values


def shared(values=(), races=(), **extra) -> dict:
    return {
        "format": FORMAT,
        "version": 1,
        "group": {"name": "Lakeside Democrats"},
        "values": list(values),
        "races": list(races),
        **extra,
    }


def write(tmp_path: Path, document: object, name: str = "shared.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def snapshot(path: Path) -> str:
    """What a user would call "the file": every table's rows (the WAL folded in first)."""
    with Store.open(path) as store:
        tables = store.column("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
        digest = hashlib.sha256()
        for table in tables:
            for row in store.rows(f"SELECT * FROM {table} ORDER BY rowid"):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def test_export_has_exactly_the_spec_shape(demo_store) -> None:
    document = shared_document(demo_store)
    assert list(document) == ["format", "version", "group", "values", "races"]
    assert (document["format"], document["version"]) == ("endorse-desktop/shared", 1)
    assert document["group"] == {"name": "Riverton Indivisible"}
    assert document["values"][0] == {
        "title": "Affordable housing",
        "description": "Builds and protects homes people here can afford.",
        "weight": 5,
        "dealbreaker": True,
    }
    race = document["races"][0]
    assert list(race) == ["office", "district", "election_date", "stage", "candidates"]
    assert (race["office"], race["district"], race["election_date"], race["stage"]) == (
        "Mayor",
        "City of Riverton",
        SAMPLE.election_day.isoformat(),
        "primary",
    )
    bob = race["candidates"][1]
    assert list(bob) == ["name", "party", "incumbent", "ratings"]
    assert bob["ratings"]["Affordable housing"] == {
        "rating": 0,
        "evidence": "Voted against it twice on the council.",
        "source": "record",
    }
    # Unknown cells with nothing recorded are left out, as the spec's shape allows.
    assert "Immigrant welcome" not in bob["ratings"]


def test_export_import_export_round_trips(demo_store, tmp_path: Path) -> None:
    first = write_shared_file(demo_store, tmp_path / "one.json")
    with Store.open(tmp_path / "new.sqlite3") as fresh:
        summary = import_shared_file(fresh, first)
        assert summary.startswith("added 8 values, 3 races, 9 candidates; set 65 ratings")
        second = write_shared_file(fresh, tmp_path / "two.json")
    assert json.loads(first.read_text("utf-8")) == json.loads(second.read_text("utf-8"))


def test_importing_the_same_file_twice_changes_nothing(demo_path: Path, tmp_path: Path) -> None:
    with Store.open(demo_path) as store:
        path = write_shared_file(store, tmp_path / "same.json")
        assert import_shared_file(store, path).startswith("nothing new")


def test_merge_adds_what_is_new_and_updates_what_changed(demo_store, tmp_path: Path) -> None:
    document = shared(
        values=[
            {"title": "climate ACTION", "weight": 2},  # matched ignoring case; weight updated
            {"title": "Tenant protections", "description": "Just-cause eviction."},
        ],
        races=[
            {
                "office": "mayor",
                "district": "city of riverton",
                "candidates": [
                    {
                        "name": "ana núñez",
                        "party": "Working Families",
                        "ratings": {
                            "Tenant protections": {"rating": 4, "source": "interview"},
                            "Workers' rights": {"rating": 3},
                        },
                    },
                    {"name": "Zoë Frank", "incumbent": False},
                ],
            },
            {"office": "School Board", "district": "Seat 2", "election_date": None},
        ],
    )
    summary = import_shared_file(demo_store, write(tmp_path, document))
    assert summary == (
        "added 1 value, 1 race, 1 candidate; updated 1 value, 1 candidate; set 2 ratings"
    )
    climate = find_value(demo_store, "Climate action")
    assert climate.weight == 2
    assert climate.description == "Cuts emissions and prepares the town for floods and heat."
    assert find_value(demo_store, "Tenant protections").weight == 3  # the default
    mayor = find_race(demo_store, "Mayor")
    ana = next(c for c in list_candidates(demo_store, mayor.id) if c.name == "Ana Núñez")
    assert ana.party == "Working Families" and not ana.incumbent
    assert [c.name for c in list_candidates(demo_store, mayor.id)][-1] == "Zoë Frank"
    tenant = get_rating(demo_store, ana.id, find_value(demo_store, "Tenant protections").id)
    assert (tenant.rating, tenant.source, tenant.evidence) == (4, "interview", "")
    workers = get_rating(demo_store, ana.id, find_value(demo_store, "Workers' rights").id)
    assert workers.rating == 3
    # what the file did not mention stays as it was
    housing = get_rating(demo_store, ana.id, find_value(demo_store, "Affordable housing").id)
    assert housing.rating == 2 and housing.evidence
    assert find_race(demo_store, "School Board").stage == "primary"


def test_a_null_rating_means_unknown(demo_store, tmp_path: Path) -> None:
    document = shared(
        races=[
            {
                "office": "Mayor",
                "district": "City of Riverton",
                "candidates": [
                    {"name": "Bob Lee", "ratings": {"Affordable housing": {"rating": None}}}
                ],
            }
        ]
    )
    import_shared_file(demo_store, write(tmp_path, document))
    mayor = find_race(demo_store, "Mayor")
    bob = next(c for c in list_candidates(demo_store, mayor.id) if c.name == "Bob Lee")
    cell = get_rating(demo_store, bob.id, find_value(demo_store, "Affordable housing").id)
    assert cell.rating is None and cell.evidence == "Voted against it twice on the council."


def test_import_into_a_new_file_names_the_group(tmp_path: Path) -> None:
    path = write(tmp_path, shared(values=[{"title": "Housing"}]))
    with Store.open(tmp_path / "new.sqlite3") as store:
        summary = import_shared_file(store, path)
        assert summary.endswith("named the group 'Lakeside Democrats'")
        assert load_settings(store).name == "Lakeside Democrats"


def test_a_trial_merge_reports_but_changes_nothing(demo_path: Path, tmp_path: Path) -> None:
    path = write(tmp_path, shared(values=[{"title": "Tenant protections"}]))
    before = snapshot(demo_path)
    with Store.open(demo_path) as store:
        preview = merge_shared_data(store, read_shared_file(path), dry_run=True)
        assert preview.describe() == "added 1 value"
    assert snapshot(demo_path) == before


BAD_FILES = [
    (b"", "not valid JSON"),
    (b"\xff\xfe\x00not utf8", "not UTF-8"),
    (b"[1, 2]", "expected a JSON object"),
    (b'{"format": "something/else", "version": 1}', "not an Endorse Desktop shared file"),
    (b'{"format": "endorse-desktop/shared", "version": 2}', "newer version"),
    (b'{"format": "endorse-desktop/shared", "version": "1"}', "version must be"),
    (json.dumps(shared(values=[{"title": "A", "weight": 6}])).encode(), "values[0].weight"),
    (json.dumps(shared(values=[{"title": "A", "weight": True}])).encode(), "whole number"),
    (json.dumps(shared(values=[{"title": "  "}])).encode(), "values[0].title: is empty"),
    (json.dumps(shared(values=[{"title": "A"}, {"title": "a"}])).encode(), "appears twice"),
    (json.dumps(shared(races=[{"district": "Ward 1"}])).encode(), "races[0].office: is missing"),
    (
        json.dumps(shared(races=[{"office": "Mayor", "election_date": "June 2"}])).encode(),
        "should be a date like",
    ),
    (
        json.dumps(shared(races=[{"office": "Mayor", "stage": "final"}])).encode(),
        "is not one of primary",
    ),
    (
        json.dumps(
            shared(
                races=[
                    {
                        "office": "M",
                        "candidates": [{"name": "X", "ratings": {"Nope": {"rating": 2}}}],
                    }
                ]
            )
        ).encode(),
        "no value called 'Nope'",
    ),
    (
        json.dumps(
            shared(
                values=[{"title": "V"}],
                races=[
                    {"office": "M", "candidates": [{"name": "X", "ratings": {"V": {"rating": 5}}}]}
                ],
            )
        ).encode(),
        "rating: must be a whole number from 0 to 4",
    ),
    (
        json.dumps(
            shared(
                values=[{"title": "V"}],
                races=[
                    {
                        "office": "M",
                        "candidates": [{"name": "X", "ratings": {"V": {"source": "rumour"}}}],
                    }
                ],
            )
        ).encode(),
        "'rumour' is not one of questionnaire",
    ),
    (b'{"format": "endorse-desktop/shared", "version": 1, "values": [{"title": NaN}]}', "NaN"),
    (b"[" * 100_000, "nested too deeply"),
    (b'{"format": "endorse-desktop/shared", "version": 1, "values": "all of them"}', "a list"),
]


@pytest.mark.parametrize(("raw", "message"), BAD_FILES)
def test_bad_files_are_refused_with_one_line_and_no_change(
    demo_path: Path, tmp_path: Path, raw: bytes, message: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(raw)
    before = snapshot(demo_path)
    with Store.open(demo_path) as store, pytest.raises(SharedFileError) as refused:
        import_shared_file(store, path)
    text = str(refused.value)
    assert message in text
    assert "\n" not in text and len(text) < 400
    assert snapshot(demo_path) == before


def test_a_refusal_halfway_through_the_merge_undoes_the_first_half(demo_path, tmp_path) -> None:
    # The new value and race are valid; the rating for an unknown value is not.
    document = shared(
        values=[{"title": "Tenant protections"}],
        races=[
            {
                "office": "School Board",
                "candidates": [{"name": "X", "ratings": {"Missing value": {"rating": 1}}}],
            }
        ],
    )
    before = snapshot(demo_path)
    with Store.open(demo_path) as store, pytest.raises(SharedFileError, match="races\\[0\\]"):
        import_shared_file(store, write(tmp_path, document))
    assert snapshot(demo_path) == before


# ----- fuzzing: hostile input never gets through, never raises anything but the one error ------
json_scalars = st.none() | st.booleans() | st.integers(-10, 10) | st.text(max_size=12)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
titles = st.sampled_from(["Housing", "housing", "Transit", "", "  ", "Ωμέγα"]) | st.text(max_size=6)
rating_entries = st.fixed_dictionaries(
    {},
    optional={
        "rating": st.none() | st.integers(-2, 6) | st.text(max_size=3),
        "evidence": st.text(max_size=20) | st.integers(),
        "source": st.sampled_from(["", "record", "interview", "gossip", 3]),
    },
)
candidates = st.fixed_dictionaries(
    {"name": titles},
    optional={
        "party": st.text(max_size=5),
        "incumbent": st.booleans() | st.text(max_size=2),
        "ratings": st.dictionaries(titles, rating_entries | json_values, max_size=3),
    },
)
races = st.fixed_dictionaries(
    {"office": titles},
    optional={
        "district": titles,
        "election_date": st.sampled_from(["2026-06-02", "2026-02-30", "", None, 5]),
        "stage": st.sampled_from(["primary", "general", "GENERAL", "final", None]),
        "candidates": st.lists(candidates, max_size=3) | json_values,
    },
)
values = st.fixed_dictionaries(
    {"title": titles},
    optional={
        "weight": st.integers(-1, 7) | st.booleans() | st.floats(allow_nan=False),
        "dealbreaker": st.booleans() | st.integers(0, 1),
        "description": st.text(max_size=10) | st.none(),
    },
)
groups = st.fixed_dictionaries({}, optional={"name": st.text(max_size=10) | st.integers()})
documents = st.fixed_dictionaries(
    {
        "format": st.sampled_from([FORMAT, FORMAT, "other", 1]),
        "version": st.sampled_from([1, 1, 2, 0, "1", None]),
    },
    optional={
        "group": groups | json_values,
        "values": st.lists(values, max_size=4) | json_values,
        "races": st.lists(races, max_size=3) | json_values,
    },
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(document=documents, garbage=st.binary(max_size=40), mangle=st.booleans())
def test_fuzzed_files_are_refused_cleanly_or_merged_whole(
    demo_path: Path, tmp_path: Path, document: dict, garbage: bytes, mangle: bool
) -> None:
    raw = json.dumps(document, ensure_ascii=False).encode("utf-8")
    if mangle:
        raw = raw[: len(raw) // 2] + garbage
    path = tmp_path / "fuzz.json"
    path.write_bytes(raw)
    before = snapshot(demo_path)
    with Store.open(demo_path) as store:
        try:
            summary = import_shared_file(store, path)
        except SharedFileError as error:
            text = str(error)
            assert text and "\n" not in text and "Traceback" not in text
            refused = True
        else:
            assert "\n" not in summary
            refused = False
    if refused:
        assert snapshot(demo_path) == before
    else:
        # what was accepted can be read back out, and the file still checks out
        with Store.open(demo_path) as store:
            assert store.scalar("PRAGMA foreign_key_check") is None
            parse_shared_bytes(json.dumps(shared_document(store)).encode())
            assert len(list_values(store)) >= 8
