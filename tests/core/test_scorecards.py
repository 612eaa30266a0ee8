"""A race's scorecard as the tab, the projector and the handout read it, checked by hand."""

from __future__ import annotations

from fractions import Fraction

from conftest import SAMPLE

from endorse_desktop.core.races import find_race, set_candidate_archived
from endorse_desktop.core.scorecards import handout_document, load_scorecard


def test_sample_mayor_race_by_hand(demo_store) -> None:
    card = load_scorecard(demo_store, find_race(demo_store, "Mayor").id)
    assert [v.title for v in card.values][:2] == ["Affordable housing", "Climate action"]
    scores = {c.name: card.score(c) for c in card.candidates}
    # weights: housing 5, climate 4, workers 4, voting 5, transit 3, open gov 3, schools 3,
    # immigrants 2.
    # Ana: 5·2 + 4·3 + (workers unknown) + 5·3 + 3·3 + 3·1 + 3·2 + 2·4 = 63 of 4·25 = 100
    assert scores["Ana Núñez"].score == Fraction(63, 100)
    assert (scores["Ana Núñez"].rated, scores["Ana Núñez"].total) == (7, 8)
    # Bob: 5·0 + 4·3 + 4·2 + 5·3 + 3·1 + 3·3 + 3·2 + (immigrants unknown) = 53 of 4·27 = 108
    assert scores["Bob Lee"].score == Fraction(53, 108)
    assert scores["Bob Lee"].percent_text == "49%"
    assert scores["Bob Lee"].dealbreaker_hits == ("Affordable housing",)
    # Carmen: 5·3 + 4·3 + 4·3 + 5·2 + 3·4 + 3·4 + 3·4 + 2·3 = 91 of 4·29 = 116
    assert scores["Carmen Diaz-Whitfield"].score == Fraction(91, 116)
    assert scores["Carmen Diaz-Whitfield"].coverage_text == "8 of 8 values rated"
    bob = card.candidates[1]
    assert card.is_dealbreaker_hit(bob, card.values[0])
    assert not card.is_dealbreaker_hit(bob, card.values[1])


def test_handout_gathers_every_current_race_or_one(demo_store) -> None:
    document = handout_document(demo_store)
    assert (document.group_name, document.cycle_name) == ("Riverton Indivisible", SAMPLE.cycle)
    assert [r.title for r in document.races] == [
        "Mayor — City of Riverton",
        "City Council — Ward 3",
        "State House — District 52",
    ]
    mayor = document.races[0]
    assert [v.weight for v in mayor.values] == [5, 4, 4, 5, 3, 3, 3, 2]
    assert [v.dealbreaker for v in mayor.values][:4] == [True, False, False, True]
    bob = mayor.candidates[1]
    assert (bob.name, bob.party, bob.incumbent) == ("Bob Lee", "Democratic", True)
    assert bob.ratings["Affordable housing"].rating == 0
    assert bob.ratings["Affordable housing"].source == "record"
    assert "Immigrant welcome" not in bob.ratings  # Unknown and nothing recorded
    one = handout_document(demo_store, find_race(demo_store, "State House").id)
    assert [r.title for r in one.races] == ["State House — District 52"]


def test_archived_candidates_leave_the_scorecard_but_keep_their_ratings(demo_store) -> None:
    race = find_race(demo_store, "Mayor")
    bob = load_scorecard(demo_store, race.id).candidates[1]
    set_candidate_archived(demo_store, bob.id, True)
    card = load_scorecard(demo_store, race.id)
    assert [c.name for c in card.candidates] == ["Ana Núñez", "Carmen Diaz-Whitfield"]
    assert demo_store.scalar("SELECT count(*) FROM ratings WHERE candidate_id = ?", (bob.id,)) > 0
