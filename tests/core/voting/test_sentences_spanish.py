"""Issue 15: the core's words in Spanish (for the UI and documents) while what is stored stays
English: an amendment's before/after sentences, the audit log, a refusal."""

from __future__ import annotations

import pytest

from endorse_desktop.core.audit import audit_entries
from endorse_desktop.core.bilingual import in_code
from endorse_desktop.core.voting import lifecycle as voting
from endorse_desktop.core.voting.journal import BallotDesk
from endorse_desktop.core.voting.stored import VoteError, load_vote
from tests.voting_setup import new_vote


def test_an_amendment_says_its_result_in_spanish_and_audits_in_english(demo_store) -> None:
    vote = new_vote(demo_store, present=33)
    desk = BallotDesk(demo_store, vote.id)
    for key in "1" * 20 + "2" * 9 + "4" * 2:
        desk.record_key(int(key))
    voting.finalize_round(demo_store, vote.id, backup=False)
    bob = vote.options[1].id
    with pytest.raises(VoteError) as refused:
        voting.amend_remove_ballot(demo_store, vote.id, 1, bob, "  ")
    assert in_code(refused.value, "es") == (
        "una enmienda necesita un motivo (queda en el registro de cambios)"
    )
    assert str(refused.value) == "an amendment needs a reason (it goes into the audit log)"

    changed = voting.amend_remove_ballot(demo_store, vote.id, 1, bob, "Bob's ballot read twice")
    assert changed.sentence_after.startswith("Ana Núñez is endorsed: 20 of 30 votes")
    assert in_code(changed.sentence_after, "es").startswith(
        "Ana Núñez recibe el respaldo: 20 de 30 votos; se necesitaban 20"
    )
    assert in_code(changed.sentence_before, "es").startswith("Sin decisión: nadie alcanzó")
    entry = audit_entries(demo_store, "rounds", load_vote(demo_store, vote.id).rounds[0].id)[-1]
    assert entry.new_value == str(changed.sentence_after)  # the log keeps the English
    assert type(entry.new_value) is str
