"""Which of the group's own texts a document in Spanish (or both languages) still lacks.

The app's own words are all in `document_text`; what can be missing is what the group wrote: a
value's title, a race's office, a vote's question, an activity's name, the sign-up sheet's ask,
the announcement (without it, its Spanish draft names the race, values and activities). A
document printed without them says them in English, so before printing the app names each one
(`missing_spanish`): the facilitator writes them in, or prints knowingly. Nothing here names a
member.
"""

from __future__ import annotations

from endorse_desktop.core.commitments.announcement import announcement_facts
from endorse_desktop.core.commitments.pledges import offered_activities
from endorse_desktop.core.document_text import ENGLISH, Language
from endorse_desktop.core.endorsements import list_endorsements
from endorse_desktop.core.races import Race, find_race, get_race, list_races
from endorse_desktop.core.settings import settings_or_default
from endorse_desktop.core.store import Store
from endorse_desktop.core.values import list_values
from endorse_desktop.core.voting.stored import load_vote, vote_ids

# The documents that print group texts in Spanish, as `export` names them. The minutes name races
# as the vote recorded them, and the commitment report is the organizers' own (English).
DOCUMENT_KINDS = ("ballots", "signup", "announcement", "scorecard")


def _race_line(race: Race) -> str:
    return f"the office of the race “{race.title}” in Spanish"


def _races(store: Store, race_name: str | None) -> list[Race]:
    if race_name:
        return [find_race(store, race_name)]
    return list_races(store)


def missing_spanish(
    store: Store,
    kind: str,
    language: Language | str | None,
    *,
    race: str | None = None,
    endorsement_id: int | None = None,
) -> list[str]:
    """One line per group text that `kind` would print in English for want of its Spanish; empty
    for an English document or when everything is written."""
    if not Language.parse(language).has_spanish or kind not in DOCUMENT_KINDS:
        return []
    if kind == "ballots":
        return _ballots(store, race)
    if kind == "signup":
        return _signup(store, race)
    if kind == "announcement":
        return _announcement(store, race, endorsement_id)
    return _scorecard(store, race)


def _ballots(store: Store, race_name: str | None) -> list[str]:
    from_plan = None
    if race_name:
        from_plan = find_race(store, race_name)
    else:
        # the race `export ballots` prints by default: the latest open vote's, else the first
        for vote_id in reversed(vote_ids(store)):
            vote = load_vote(store, vote_id)
            if not vote.is_closed:
                from_plan = next((r for r in list_races(store) if r.id == vote.race_id), None)
                break
        if from_plan is None:
            races = list_races(store)
            from_plan = races[0] if races else None
    if from_plan is None:
        return []
    found = [] if from_plan.title_es else [_race_line(from_plan)]
    for vote_id in reversed(vote_ids(store)):
        vote = load_vote(store, vote_id)
        if vote.race_id != from_plan.id or vote.is_closed:
            continue
        own = vote.question.strip() != ENGLISH.question.format(race=from_plan.title)
        if own and not vote.question_es.strip():
            found.append(f"the question of the vote on “{from_plan.title}” in Spanish")
        break
    return found


def _signup(store: Store, race_name: str | None) -> list[str]:
    settings = settings_or_default(store)
    races = _races(store, race_name)
    found = [_race_line(r) for r in races if not r.title_es]
    if settings.signup_ask.strip() and not settings.signup_ask_es.strip():
        found.append("the sign-up sheet's ask in Spanish (Group settings)")
    race_ids = {r.id for r in races}
    endorsements = [
        e.id
        for e in list_endorsements(store, include_rescinded=False)
        if not race_name or e.race_id in race_ids
    ]
    named: dict[str, None] = {}
    for endorsement_id in endorsements or [None]:
        for activity in offered_activities(store, endorsement_id):
            if not activity.name_es.strip():
                named[activity.name] = None
    found += [f"the name of the activity “{name}” in Spanish" for name in named]
    return found


def _announcement(store: Store, race_name: str | None, endorsement_id: int | None) -> list[str]:
    standing = [
        e
        for e in list_endorsements(store)
        if (endorsement_id is None and e.status != "rescinded") or e.id == endorsement_id
    ]
    if race_name and endorsement_id is None:
        race = find_race(store, race_name)
        standing = [e for e in standing if e.race_id == race.id]
    if not standing:
        return []
    endorsement = standing[0]
    if endorsement.announcement_es.strip():
        return []
    # No Spanish text saved: the Spanish draft prints, written from the group's own names, so
    # what it would say in English is the race's office, the values and the activities it names.
    facts = announcement_facts(store, endorsement)
    endorsed_in = get_race(store, endorsement.race_id)
    found = [_race_line(endorsed_in)] if endorsed_in is not None and not facts.race_title_es else []
    untitled = {v.title for v in list_values(store) if not v.title_es.strip()}
    found += [
        f"the title of the value “{title}” in Spanish"
        for title, _ in facts.values
        if title in untitled
    ]
    named = [line.activity for line in facts.goals if not line.activity_es]
    named += [line.activity for line in facts.pledged if not line.activity_es]
    found += [f"the name of the activity “{name}” in Spanish" for name in dict.fromkeys(named)]
    return found


def _scorecard(store: Store, race_name: str | None) -> list[str]:
    found = [_race_line(r) for r in _races(store, race_name) if not r.title_es]
    for value in list_values(store):
        if not value.title_es.strip():
            found.append(f"the title of the value “{value.title}” in Spanish")
    return found
