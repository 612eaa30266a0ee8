"""Names are identities (issue 13): one rule stores, matches and sorts every name."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from endorse_desktop.core import members as roster
from endorse_desktop.core.members import Member, MemberError
from endorse_desktop.core.names import (
    NameTooLongError,
    clean_name,
    name_key,
    name_keys,
    sort_key,
)
from endorse_desktop.core.races import (
    Candidate,
    Race,
    RaceError,
    add_candidate,
    add_race,
    list_candidates,
)
from endorse_desktop.core.shared_file import SharedFileError, import_shared_file

ZWSP = "\u200b"
RLO = "\u202e"


def test_clean_name_stores_nfc_without_invisible_characters() -> None:
    decomposed = unicodedata.normalize("NFD", "José  Núñez")
    assert decomposed != "José Núñez"
    assert clean_name(f" {decomposed}{ZWSP}\n") == "José Núñez"
    assert clean_name(f"Ana{RLO} Smith\ufeff") == "Ana Smith"


def test_a_name_beyond_200_characters_is_refused_in_one_sentence() -> None:
    assert clean_name("a" * 200) == "a" * 200
    with pytest.raises(NameTooLongError) as refused:
        clean_name("a" * 5179)
    message = str(refused.value)
    assert "5,179" in message and "200" in message and "\n" not in message


def test_name_key_is_accent_case_and_spacing_blind() -> None:
    assert name_key("José  Núñez") == name_key("jose nunez") == "jose nunez"
    assert name_key(f"Ana{ZWSP} Smith") == name_key("ANA SMITH")
    assert name_key(unicodedata.normalize("NFD", "Zoë")) == name_key("zoe")
    assert name_key("Ana Smith") != name_key("Ana Smyth")


def test_sort_key_sorts_by_last_name_accent_aware() -> None:
    people = [("Ruth", "Hernández"), ("Zoë", "Adams"), ("Élodie", "Hernández"), ("Bo", "Ibsen")]
    ordered = sorted(people, key=lambda p: sort_key(*p))
    assert ordered == [("Zoë", "Adams"), ("Élodie", "Hernández"), ("Ruth", "Hernández"),
                       ("Bo", "Ibsen")]  # fmt: skip


def test_members_are_stored_clean_and_sort_with_their_letter(store) -> None:
    ana = roster.add_member(
        store, Member(unicodedata.normalize("NFD", "Élodie"), f"Hernández{ZWSP}")
    )
    assert (ana.first_name, ana.last_name) == ("Élodie", "Hernández")
    ruth = roster.add_member(store, Member("Ruth", "Hernandez"))
    zed = roster.add_member(store, Member("Al", "Zed"))
    ordered = sorted([zed, ruth, ana], key=lambda m: m.sort_name)
    assert [m.first_name for m in ordered] == ["Élodie", "Ruth", "Al"]
    with pytest.raises(MemberError, match="at most 200"):
        roster.add_member(store, Member("Pat", "x" * 1951))


@pytest.fixture
def race(store) -> Race:
    return add_race(store, Race("Mayor"))


@pytest.mark.parametrize(
    "twin",
    [
        f"Ana{ZWSP} Smith",
        unicodedata.normalize("NFD", "Ana Smith"),
        "ana  SMITH",
        "Ána Smith",
    ],
)
def test_a_look_alike_candidate_is_refused_at_entry(store, race: Race, twin: str) -> None:
    assert race.id is not None
    add_candidate(store, Candidate(race.id, "Ana Smith"))
    with pytest.raises(RaceError, match="Ana Smith"):
        add_candidate(store, Candidate(race.id, twin))
    assert [c.name for c in list_candidates(store, race.id)] == ["Ana Smith"]


@pytest.mark.parametrize(
    "name",
    [
        "No endorsement",
        "no endorsement",
        "NO  ENDORSEMENT",
        "Nó endorsement",
        f"No{ZWSP} endorsement",
    ],
)
def test_a_candidate_named_no_endorsement_is_refused(store, race: Race, name: str) -> None:
    assert race.id is not None
    with pytest.raises(RaceError) as refused:
        add_candidate(store, Candidate(race.id, name))
    assert "No endorsement" in str(refused.value) and "\n" not in str(refused.value)
    assert list_candidates(store, race.id) == []


def test_a_candidate_name_of_5179_characters_is_refused(store, race: Race) -> None:
    assert race.id is not None
    with pytest.raises(RaceError, match="at most 200 characters"):
        add_candidate(store, Candidate(race.id, "N" * 5179))


def _shared(tmp_path: Path, names: list[str]) -> Path:
    path = tmp_path / "shared.json"
    document = {
        "format": "endorse-desktop/shared",
        "version": 1,
        "races": [{"office": "Mayor", "candidates": [{"name": n} for n in names]}],
    }
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def test_shared_file_with_look_alike_candidates_is_refused_whole(store, tmp_path: Path) -> None:
    path = _shared(tmp_path, ["Ana Smith", f"Ana{ZWSP} Smith"])
    with pytest.raises(SharedFileError, match="appears twice"):
        import_shared_file(store, path)
    assert list_candidates(store) == []


def test_shared_file_candidate_matches_ours_under_the_name_rule(store, tmp_path: Path) -> None:
    race = add_race(store, Race("Mayor"))
    assert race.id is not None
    add_candidate(store, Candidate(race.id, "José Núñez"))
    import_shared_file(store, _shared(tmp_path, [unicodedata.normalize("NFD", "José Núñez")]))
    assert [c.name for c in list_candidates(store, race.id)] == ["José Núñez"]


def test_shared_file_cannot_bring_a_no_endorsement_candidate(store, tmp_path: Path) -> None:
    with pytest.raises(SharedFileError, match="No endorsement"):
        import_shared_file(store, _shared(tmp_path, ["Ana Smith", "no endorsement"]))
    assert list_candidates(store) == []


def test_a_received_file_with_a_no_endorsement_candidate_cannot_hold_a_vote(demo_store) -> None:
    """A file from before names were checked: its "No endorsement" candidate would be counted
    as the ballot's own option, so no vote is opened on that race."""
    from endorse_desktop.core.voting.lifecycle import VoteError
    from tests.voting_setup import new_vote

    race = demo_store.scalar("SELECT id FROM races WHERE office = 'Mayor'")
    with demo_store.transaction():
        demo_store.execute(
            "UPDATE candidates SET name = 'no  endorsement' WHERE id = "
            "(SELECT min(id) FROM candidates WHERE race_id = ? AND status != 'withdrawn')",
            (race,),
        )
    votes_before = demo_store.scalar("SELECT count(*) FROM votes")
    with pytest.raises(VoteError, match="rename the candidate"):
        new_vote(demo_store, "Mayor")
    assert demo_store.scalar("SELECT count(*) FROM votes") == votes_before


def test_a_whole_column_folds_as_each_name_does() -> None:
    """The tables fold 5,000 names in one pass (SPEC P-5); each comes out as name_key has it."""
    texts = [
        "José Núñez",
        unicodedata.normalize("NFD", "Élodie Hernández"),
        "  Ana   GÓMEZ ",
        f"Jo{ZWSP}sé",
        f"Ana{RLO} Smith\ufeff",
        "Søren Ærø Łukasz Đorđe ß",
        "ﬁnn Ǆemal",
        "tab\tand\nnewline",
        "",
        " ",
        "a]b\\c-d^[e",
        "Zoë",
    ]
    assert name_keys(texts) == [name_key(text) for text in texts]
    assert name_keys([*texts, "nul\x00inside"]) == [name_key(t) for t in [*texts, "nul\x00inside"]]
    assert name_keys([]) == []
