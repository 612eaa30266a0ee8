"""Every name matcher uses the one name rule of core/names.py (issue 13): value titles, activity
names, shared-file values and races, the recusal filter and the pledge dialog's member box match
case-, accent-, spacing- and invisible-character-blind, and look-alike twins are refused as
duplicates at entry and at import."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from endorse_desktop.core.commitments import pledges
from endorse_desktop.core.commitments.records import Activity, ActivityCategory
from endorse_desktop.core.errors import InvalidInputError
from endorse_desktop.core.races import list_races
from endorse_desktop.core.shared_file import SharedFileError, import_shared_file
from endorse_desktop.core.values import GroupValueError, Value, add_value, find_value, list_values

ZWSP = "\u200b"
LOOK_ALIKES = [
    "affordable  HOUSING",
    unicodedata.normalize("NFD", "Affordable housing"),
    f"Afford{ZWSP}able housing",
    " Affordable housing ",
]


@pytest.mark.parametrize("twin", LOOK_ALIKES)
def test_a_look_alike_value_title_is_refused_at_entry(store, twin: str) -> None:
    add_value(store, Value("Affordable housing"))
    with pytest.raises(GroupValueError, match="already a value"):
        add_value(store, Value(twin))
    assert [v.title for v in list_values(store)] == ["Affordable housing"]
    assert find_value(store, twin) is not None


def test_value_titles_are_stored_clean_and_refused_past_200_characters(store) -> None:
    added = add_value(store, Value(f"Clean{ZWSP}  water"))
    assert added.title == "Clean water"
    with pytest.raises(GroupValueError, match="200 characters"):
        add_value(store, Value("x" * 201))


def _shared(tmp_path: Path, document: dict[str, object]) -> Path:
    path = tmp_path / "shared.json"
    path.write_text(json.dumps({"format": "endorse-desktop/shared", "version": 1, **document}))
    return path


def test_a_shared_value_with_a_look_alike_title_updates_ours(store, tmp_path: Path) -> None:
    ours = add_value(store, Value("Affordable housing", weight=2))
    document = {
        "values": [{"title": f"affordable{ZWSP} housing", "weight": 5}],
        "races": [
            {
                "office": "Mayor",
                "candidates": [
                    {"name": "Ana Lee", "ratings": {"AFFORDABLE HOUSING": {"rating": 4}}}
                ],
            }
        ],
    }
    import_shared_file(store, _shared(tmp_path, document))
    assert [(v.id, v.title, v.weight) for v in list_values(store)] == [
        (ours.id, "Affordable housing", 5)
    ]


def test_a_shared_file_with_look_alike_values_or_races_is_refused(store, tmp_path: Path) -> None:
    twins = {"values": [{"title": "Clean water"}, {"title": f"clean {ZWSP}Water"}]}
    with pytest.raises(SharedFileError, match="appears twice"):
        import_shared_file(store, _shared(tmp_path, twins))
    races = {"races": [{"office": "Mayor"}, {"office": unicodedata.normalize("NFD", "MAYOR ")}]}
    with pytest.raises(SharedFileError, match="appears twice"):
        import_shared_file(store, _shared(tmp_path, races))
    assert list_values(store) == [] and list_races(store) == []


def test_a_shared_race_spelled_differently_is_ours(store, tmp_path: Path) -> None:
    import_shared_file(store, _shared(tmp_path, {"races": [{"office": "Água Board"}]}))
    import_shared_file(store, _shared(tmp_path, {"races": [{"office": "agua  board"}]}))
    assert [r.office for r in list_races(store)] == ["Água Board"]


def test_a_look_alike_activity_name_is_refused(store) -> None:
    pledges.add_activity(store, Activity("Sign waving", ActivityCategory.PEOPLE, "shifts"))
    with pytest.raises(InvalidInputError, match="already an activity"):
        pledges.add_activity(
            store, Activity(f"sign{ZWSP}  WAVING", ActivityCategory.PEOPLE, "shifts")
        )


@pytest.mark.parametrize("office", ["mayor", f"May{ZWSP}or", " MAYOR "])
def test_a_look_alike_race_is_refused_at_entry(store, office: str) -> None:
    from endorse_desktop.core.races import Race, RaceError, add_race

    add_race(store, Race("Mayor", "Ward 3"))
    with pytest.raises(RaceError, match="already a race"):
        add_race(store, Race(office, "ward  3"))
    add_race(store, Race(office, "Ward 4"))  # another district is another race
    assert len(list_races(store)) == 2
