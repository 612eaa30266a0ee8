"""Roster importers fail loudly (issue 13) and never drop a person (issue 12, item 8)."""

from __future__ import annotations

import pytest

from endorse_desktop.core import members as roster
from endorse_desktop.core.members import Member
from endorse_desktop.core.roster_import import (
    RosterImportError,
    apply_import,
    read_roster,
)

PHONE = "734-555-0199"


def _rows(count: int) -> list[str]:
    return [f"Person{n},Last{n},p{n}@example.org,{PHONE}" for n in range(count)]


def test_a_stray_quote_that_swallows_51_rows_is_refused_before_writing(store) -> None:
    lines = ["first_name,last_name,email,phone", *_rows(60)]
    lines[5] = lines[5].replace("Last4", '"Last4')  # row 6: the quote is never closed
    data = ("\n".join(lines) + "\n").encode()
    with pytest.raises(RosterImportError) as refused:
        plan = read_roster(data, "roster.csv")
        apply_import(store, plan)
    message = str(refused.value)
    assert "row 6" in message and "'last_name'" in message
    assert "nothing was imported" in message
    assert PHONE not in message and "@" not in message
    assert roster.list_members(store) == []


def test_a_cell_past_1000_characters_names_its_row_and_column_only(store) -> None:
    data = f"first_name,last_name,email,phone\nAna,Lee,ana@example.org,{PHONE}\n".encode()
    data += b"Bo,Kim,bo@example.org," + PHONE.encode() + b" " + b"9" * 1200 + b"\n"
    with pytest.raises(RosterImportError) as refused:
        read_roster(data, "roster.csv")
    message = str(refused.value)
    assert "row 3, column 'phone'" in message
    assert PHONE not in message
    assert roster.list_members(store) == []


def test_many_lines_read_as_few_rows_is_refused(store) -> None:
    # The swallowed rows went into Notes, which may hold line breaks; the count still gives it away.
    body = "\n".join(f"P{n} {PHONE[-4:]}" for n in range(40))
    data = f'first_name,last_name,notes\nAna,Lee,"{body}"\nBo,Kim,\n'.encode()
    with pytest.raises(RosterImportError, match=r"42 lines but reads as only 3 rows") as refused:
        read_roster(data, "roster.csv")
    assert PHONE[-4:] not in str(refused.value)


def test_a_bad_byte_in_a_utf8_file_is_reported_by_line_not_read_as_latin1() -> None:
    text = "first_name,last_name,email\nJosé,Núñez,jose@example.org\nAna,Lee,ana@example.org\n"
    data = text.encode() + b"Bo,K\xffm,bo@example.org\n"
    with pytest.raises(RosterImportError, match=r"line 4 .* not valid UTF-8"):
        read_roster(data, "roster.csv")


def test_a_whole_latin1_file_is_still_read_as_latin1() -> None:
    data = "first_name,last_name,email\nJosé,Núñez,jose@example.org\n".encode("cp1252")
    plan = read_roster(data, "roster.csv")
    assert plan.encoding.startswith("Latin-1")
    assert plan.rows[0][1][:2] == ("José", "Núñez")


def test_same_email_in_another_case_is_merged_not_dropped(store) -> None:
    data = (
        "first_name,last_name,email,phone\n"
        "Jose,Nunez,jose@example.org,\n"
        f"José,Núñez,JOSE@Example.org,{PHONE}\n"
    ).encode()
    summary = apply_import(store, read_roster(data, "roster.csv"))
    assert summary.added == 1 and summary.merged == 1 and summary.skipped == []
    assert summary.describe() == "added 1, updated 0, merged 1, skipped 0"
    (member,) = roster.list_members(store)
    assert (member.first_name, member.last_name, member.phone) == ("José", "Núñez", PHONE)
    assert member.email == "jose@example.org"


def test_a_dues_column_maps_to_eligibility(store) -> None:
    roster.add_member(store, Member("Cy", "Park", "cy@example.org"))
    data = (
        b"first_name,last_name,email,dues paid\n"
        b"Ana,Lee,ana@example.org,yes\n"
        b"Bo,Kim,bo@example.org,no\n"
        b"Cy,Park,cy@example.org,lapsed\n"
    )
    plan = read_roster(data, "roster.csv")
    assert plan.mapping[3] == "eligible"
    summary = apply_import(store, plan, new_members_eligible=False)
    assert (summary.added, summary.updated) == (2, 1)
    found = {m.first_name: (m.eligible, m.eligibility_reason) for m in roster.list_members(store)}
    assert found == {"Ana": (True, ""), "Bo": (False, "dues"), "Cy": (False, "dues")}


def test_custom_columns_map_to_any_field_not_only_notes(store) -> None:
    """A chapter's own headers ("Mobile #", "Member since", "Standing") mean nothing to the
    guesser; the user maps them to phone, joined date and eligibility, and "Pronouns" to notes."""
    data = (
        "Given,Family,E-post,Mobile #,Member since,Standing,Pronouns\n"
        f"Ana,Lee,ana@example.org,{PHONE},2024-05-01,lapsed,she/her\n"
        "Bo,Kim,bo@example.org,,2023-01-15,current,\n"
    ).encode()
    plan = read_roster(data, "chapter.csv")
    assert (plan.mapping[3], plan.mapping[5]) == (None, None)  # not guessed: the user chooses
    mapping = ("first_name", "last_name", "email", "phone", "joined_on", "eligible", "notes")
    summary = apply_import(store, plan, mapping)
    assert summary.added == 2
    found = {
        m.first_name: (m.phone, m.joined_on, m.eligible, m.eligibility_reason, m.notes)
        for m in roster.list_members(store)
    }
    assert found["Ana"][1:] == ("2024-05-01", False, "dues", "she/her")
    assert found["Ana"][0].endswith("0199")
    assert found["Bo"][1:4] == ("2023-01-15", True, "")


def test_a_refused_mapping_never_quotes_contact_data(store) -> None:
    data = f"Name,Mobile #\nAna Lee,{PHONE}\n".encode()
    plan = read_roster(data, "chapter.csv")
    with pytest.raises(RosterImportError) as refused:
        apply_import(store, plan, ("phone", "phone"))
    assert PHONE not in str(refused.value) and "0199" not in str(refused.value)
    with pytest.raises(RosterImportError) as refused:
        apply_import(store, plan, (None, "phone"))
    assert "0199" not in str(refused.value)
