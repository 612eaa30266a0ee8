"""Issue 15: the group's texts in Spanish are kept, and what is missing is named before printing."""

from __future__ import annotations

from dataclasses import replace

from endorse_desktop.core.commitments.pledges import find_activity, update_activity
from endorse_desktop.core.races import find_race, list_races, update_race
from endorse_desktop.core.settings import save_settings, settings_or_default
from endorse_desktop.core.translations import missing_spanish
from endorse_desktop.core.values import list_values, update_value


def test_spanish_texts_are_kept_and_catalog_activities_come_with_theirs(demo_store) -> None:
    value = list_values(demo_store)[0]
    update_value(demo_store, replace(value, title_es=" Vivienda ", description_es="Techo digno"))
    kept = next(v for v in list_values(demo_store) if v.id == value.id)
    assert (kept.title_es, kept.description_es) == ("Vivienda", "Techo digno")
    assert find_activity(demo_store, "Phone bank").name_es == "Llamadas a votantes"
    mayor = find_race(demo_store, "Mayor")
    update_race(demo_store, replace(mayor, office_es="Alcaldía"))
    assert find_race(demo_store, "Mayor").title_es.startswith("Alcaldía")


def test_missing_spanish_names_each_text_and_nothing_for_english(demo_store) -> None:
    assert missing_spanish(demo_store, "signup", "en") == []
    missing = missing_spanish(demo_store, "scorecard", "en+es", race="Mayor")
    assert any("office of the race “Mayor" in line for line in missing)
    assert any("title of the value" in line for line in missing)
    for value in list_values(demo_store):
        update_value(demo_store, replace(value, title_es=f"ES {value.title}", description_es="x"))
    update_race(demo_store, replace(find_race(demo_store, "Mayor"), office_es="Alcaldía"))
    assert missing_spanish(demo_store, "scorecard", "es", race="Mayor") == []
    # the group's own ask needs its Spanish; our own words have theirs
    save_settings(demo_store, replace(settings_or_default(demo_store), signup_ask="Help Ana!"))
    assert any("ask" in line for line in missing_spanish(demo_store, "signup", "es", race="Mayor"))
    activity = find_activity(demo_store, "Phone bank")
    assert activity is not None
    update_activity(demo_store, replace(activity, name_es=""))
    missing = missing_spanish(demo_store, "signup", "es", race="Mayor")
    assert any("“Phone bank”" in line for line in missing)


def test_the_shared_file_carries_the_spanish_texts_and_older_files_still_import(
    demo_store, tmp_path
) -> None:
    import json

    from endorse_desktop.core.shared_file import (
        merge_shared_data,
        read_shared_file,
        shared_document,
        write_shared_file,
    )
    from endorse_desktop.core.store import Store

    value = list_values(demo_store)[0]
    update_value(demo_store, replace(value, title_es="Vivienda", description_es="Techo digno"))
    update_race(demo_store, replace(find_race(demo_store, "Mayor"), office_es="Alcaldía"))
    out = write_shared_file(demo_store, tmp_path / "shared.json")
    document = json.loads(out.read_text(encoding="utf-8"))
    shared_value = next(v for v in document["values"] if v["title"] == value.title)
    assert (shared_value["title_es"], shared_value["description_es"]) == ("Vivienda", "Techo digno")
    assert next(r for r in document["races"] if r["office"] == "Mayor")["office_es"] == "Alcaldía"
    # written only when the group has them: a value without Spanish looks as it always did
    assert all("title_es" not in v for v in document["values"] if v["title"] != value.title)

    with Store.open(tmp_path / "other.sqlite3") as other:
        merge_shared_data(other, read_shared_file(out))
        received = next(v for v in list_values(other) if v.title == value.title)
        assert received.title_es == "Vivienda"
        assert find_race(other, "Mayor").office_es == "Alcaldía"
        # an older file, without the Spanish fields, imports and keeps the Spanish we have
        older = shared_document(demo_store)
        for entry in older["values"]:
            entry.pop("title_es", None)
            entry.pop("description_es", None)
        for entry in older["races"]:
            entry.pop("office_es", None)
        (tmp_path / "older.json").write_text(json.dumps(older), encoding="utf-8")
        merge_shared_data(other, read_shared_file(tmp_path / "older.json"))
        assert next(v for v in list_values(other) if v.title == value.title).title_es == "Vivienda"


def test_a_votes_own_question_needs_its_spanish_the_apps_own_does_not(demo_store) -> None:
    from endorse_desktop.core.voting.lifecycle import create_vote
    from endorse_desktop.core.voting.stored import Method

    meeting = demo_store.scalar("SELECT id FROM meetings ORDER BY held_on DESC LIMIT 1")
    race = next(r for r in list_races(demo_store) if r.office == "State House")
    update_race(demo_store, replace(race, office_es="Cámara estatal"))
    create_vote(demo_store, meeting, race.id, Method.PAPER_CHOOSE_ONE)
    assert missing_spanish(demo_store, "ballots", "en+es", race=race.title) == []
    vote = create_vote(
        demo_store, meeting, race.id, Method.PAPER_CHOOSE_ONE, question="Shall we endorse?"
    )
    missing = missing_spanish(demo_store, "ballots", "es", race=race.title)
    assert missing == [f"the question of the vote on “{race.title}” in Spanish"]
    assert vote.question_es == ""
    create_vote(
        demo_store,
        meeting,
        race.id,
        Method.PAPER_CHOOSE_ONE,
        question="Shall we endorse?",
        question_es="¿Respaldamos?",
    )
    assert missing_spanish(demo_store, "ballots", "es", race=race.title) == []


def test_an_unwritten_spanish_announcement_names_what_its_spanish_draft_lacks(demo_store) -> None:
    """With no Spanish announcement saved, the Spanish draft prints: the warning names the
    group's texts that draft would say in English, not "the announcement" it does print."""
    missing = missing_spanish(demo_store, "announcement", "es")
    assert not any("the announcement of" in line for line in missing)
    assert any("office of the race “Mayor" in line for line in missing)
    update_race(demo_store, replace(find_race(demo_store, "Mayor"), office_es="Alcaldía"))
    for value in list_values(demo_store):
        update_value(demo_store, replace(value, title_es=f"ES {value.title}"))
    assert missing_spanish(demo_store, "announcement", "es") == []
