"""The start of the roster's name order, found without folding every name (SPEC P-5, issue 17),
is the start of the whole order; names folded in bulk fold as one name at a time."""

from __future__ import annotations

import random

from endorse_desktop.core import members as roster
from endorse_desktop.core.members import Member
from endorse_desktop.core.names import joined_name_keys, name_key

# Last names whose first character says little about where they sort: accents, lower case, marks
# and digits, letters NFKD keeps whole, a script without case, and twins apart only by case.
NAMES = [
    ("Ana", "Álvarez"),
    ("luis", "alba"),
    ("Rosa", "Abad"),
    ("Sven", "Øster"),
    ("Kim", "_Underscore"),
    ("Tom", "3M"),
    ("Eva", "Bravo"),
    ("Ian", "bueno"),
    ("Jo", "Ángel"),
    ("Ines", "Cruz"),
    ("Pía", "de la Cruz"),
    ("Ali", "Çelik"),
    ("Élodie", "Ébano"),
    ("Lech", "Łukasz"),
    ("Ann", "McDonald"),
    ("Ann", "Mcdonald"),
    ("Ann", "MCDONALD"),
    ("Zoë", "Núñez"),
    ("Li", "李"),
    ("Ab", "Æbelø"),
    ("Bea", "Dávila"),
    ("Ed", "Ëdwards"),
    ("Xu", "'Apostrophe"),
    ("Fe", "Ferrer"),
    ("Al", "aa"),
    ("al", "Aa"),
    ("Ål", "AA"),
    ("Al", "Aa"),
]


def _roster(store) -> list[int]:  # type: ignore[no-untyped-def]
    added = roster.add_members(
        store,
        [Member(first_name=first, last_name=last) for first, last in NAMES * 3],
    )
    return [m.id for m in added if m.id is not None]


def test_the_start_of_the_name_order_is_the_start_of_the_whole_order(store) -> None:
    _roster(store)
    whole = roster.ids_in_name_order(store)
    last_names = {m.id: m.last_name for m in roster.list_members(store)}
    found_past_b = False
    for wanted in range(1, len(whole) + 1):
        head = roster.name_order_head(store, lambda ids, n=wanted: len(ids) >= n)
        if head is None:
            continue
        assert len(head) >= wanted
        assert head == whole[: len(head)], wanted
        found_past_b |= any(name_key(last_names[member_id]) >= "b" for member_id in head)
    assert roster.name_order_head(store, lambda ids: len(ids) >= 1) is not None
    assert found_past_b  # a start past the first letter was found too


def test_names_folded_alike_keep_the_tables_order_of_stored_names(store) -> None:
    _roster(store)
    pages = roster.RosterPages(store)
    ids, keys = pages.ids(), pages.sort_keys(0)
    # the Members table's order: its rows (in the name index's order) sorted by their keys
    table_order = [ids[i] for i in sorted(range(len(ids)), key=keys.__getitem__)]
    for wanted in (1, 10, 20, 40):
        head = roster.name_order_head(store, lambda found, n=wanted: len(found) >= n, True)
        assert head is not None
        assert head == table_order[: len(head)], wanted


ALPHABET = [
    *"abcXYZ-'.",
    *["  ", " ", "\t", "\n", "\xa0", "\u2028", "\x1c"],
    *["é", "É", "ñ", "ø", "Ø", "ł", "ß", "ẞ", "ı", "İ", "Å", "Ω", "ǖ", "ắ", "Σ", "ς", "ǅ"],
    *["e\u0301", "\u0301", "\u0308", "\u200b", "\u00ad", "\u3164", "\x01", "\x7f"],
    *["ﬁ", "ﬀ", "Ａ", "①", "ⅷ", "ŉ", "ǰ", "李", "Þ", "Œ", "đ"],
]


def test_names_folded_together_are_keyed_as_each_alone() -> None:
    chosen = random.Random(17)
    for _ in range(2_000):
        texts = [
            "".join(chosen.choice(ALPHABET) for _ in range(chosen.randint(0, 7)))
            for _ in range(chosen.randint(1, 6))
        ]
        assert joined_name_keys("\x00".join(texts)) == [name_key(t) for t in texts], texts
