"""Importing a members roster from organizing tools' CSV exports (SPEC F-2)."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from endorse_desktop.core import members as roster
from endorse_desktop.core.members import Member
from endorse_desktop.core.roster_import import (
    ACTION_NETWORK,
    MOBILIZE,
    PLAIN_CSV,
    RosterImportError,
    apply_import,
    import_roster_file,
    preview_import,
    read_roster,
    read_roster_file,
    undo_import,
)
from endorse_desktop.core.store import Store

# An Action Network "report" download: underscored headers, can2_ columns, UTF-8 with a BOM.
ACTION_NETWORK_REPORT = (
    "first_name,last_name,email,zip_code,can2_phone,can2_user_city,can2_state_abbreviated\r\n"
    "Ana,Núñez,Ana.Nunez@Example.org,48103,734-555-0101,Ann Arbor,MI\r\n"
    "Zoë,Lefèvre,zoe.lefevre@example.org,48104,,Ypsilanti,MI\r\n"
    "Siobhán,O'Brien,siobhan@example.org,48105,734-555-0133,Ann Arbor,MI\r\n"
)
# A Mobilize event export: spaced headers, saved by a spreadsheet as Latin-1.
MOBILIZE_EXPORT = (
    "first name,last name,email,zip,phone,event name,timeslot start\r\n"
    'Ana,Núñez,ANA.NUNEZ@EXAMPLE.ORG,48103,"(734) 555-0101",Candidate forum,2026-03-01\r\n'
    "Zoë,Lefèvre,Zoe.Lefevre@Example.org,48104,734 555 0199,Candidate forum,2026-03-01\r\n"
    "Renée,Dubois,renee.dubois@example.org,48197,,Candidate forum,2026-03-01\r\n"
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def by_email(store: Store) -> dict[str, Member]:
    return {(m.email or "").lower(): m for m in roster.list_members(store)}


def test_action_network_then_mobilize_gives_one_member_per_email(store, tmp_path) -> None:
    an = write(tmp_path, "an.csv", codecs.BOM_UTF8 + ACTION_NETWORK_REPORT.encode("utf-8"))
    mobilize = write(tmp_path, "mobilize.csv", MOBILIZE_EXPORT.encode("latin-1"))

    first = import_roster_file(store, an)
    assert (first.added, first.updated, first.skipped) == (3, 0, [])
    second = import_roster_file(store, mobilize)
    # Ana: same person, nothing new; Zoë: same person, brings a phone; Renée: new.
    assert (second.added, second.updated) == (1, 1)
    assert second.skipped == [(2, "already on the roster, nothing new")]
    assert second.describe() == (
        "added 1, updated 1, skipped 1 (row 2: already on the roster, nothing new)"
    )

    members = by_email(store)
    assert len(members) == 4 == roster.count_members(store)
    assert members["ana.nunez@example.org"].last_name == "Núñez"
    assert members["ana.nunez@example.org"].email == "Ana.Nunez@Example.org"  # first spelling kept
    zoe = members["zoe.lefevre@example.org"]
    assert (zoe.first_name, zoe.last_name, zoe.phone) == ("Zoë", "Lefèvre", "734 555 0199")
    assert members["renee.dubois@example.org"].first_name == "Renée"
    assert members["siobhan@example.org"].first_name == "Siobhán"


def test_sources_encodings_and_columns_are_recognised() -> None:
    an = read_roster(codecs.BOM_UTF8 + ACTION_NETWORK_REPORT.encode(), "an.csv")
    assert (an.source, an.encoding, an.row_count) == (ACTION_NETWORK, "UTF-8 with BOM", 3)
    assert an.mapping[:5] == ("first_name", "last_name", "email", "postal_code", "phone")
    assert an.mapping[5:] == (None, None)

    mobilize = read_roster(MOBILIZE_EXPORT.encode("latin-1"), "m.csv")
    assert mobilize.source == MOBILIZE
    assert mobilize.encoding.startswith("Latin-1")
    assert mobilize.rows[0][1][1] == "Núñez"

    plain = read_roster(
        "Full Name;Email Address;Mobile;Postal Code;Member since;Comments\n"
        "Núñez, Ana;ana@example.org;555-0101;48103;3/14/2024;Treasurer\n".encode(),
        "x.csv",
    )
    assert (plain.source, plain.delimiter) == (PLAIN_CSV, ";")
    assert plain.mapping == ("full_name", "email", "phone", "postal_code", "joined_on", "notes")


def test_excel_unicode_text_is_read(store) -> None:
    text = "First\tLast\tE-mail\tZip Code\r\nZoë\tNguyễn\tzoe@example.org\t02134\r\n"
    plan = read_roster(codecs.BOM_UTF16_LE + text.encode("utf-16-le"), "excel.txt")
    assert (plan.encoding, plan.delimiter) == ("UTF-16", "\t")
    apply_import(store, plan)
    (member,) = roster.list_members(store)
    assert (member.first_name, member.last_name, member.postal_code) == ("Zoë", "Nguyễn", "02134")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n", "is a PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 40, "Excel workbook"),
        (bytes(range(256)) * 8, "binary file"),
        (b"", "is empty"),
        (b"\n\n\n", "first row of"),
        (b"ana@example.org,Ana\nzoe@example.org,Zoe\n", "holds a member, not column names"),
        (b"<!DOCTYPE html><html><body>Sign in</body></html>", "web page"),
    ],
)
def test_junk_is_refused_with_a_reason(data: bytes, message: str) -> None:
    with pytest.raises(RosterImportError, match=message) as refused:
        read_roster(data, "roster.csv")
    assert "\n" not in str(refused.value)


def test_a_refused_file_leaves_the_database_byte_for_byte_unchanged(db_path, tmp_path) -> None:
    with Store.open(db_path) as store:
        roster.add_member(store, Member(first_name="Ana", email="ana@example.org"))
    before = db_path.read_bytes()
    junk = [
        write(tmp_path, "binary.csv", bytes(range(256)) * 40),
        write(tmp_path, "report.csv", b"%PDF-1.4\n" + bytes(range(256)) * 4),
        write(tmp_path, "columns.csv", b"colour,size,weight\nred,L,3\nblue,M,2\n"),
    ]
    for path in junk:
        with Store.open(db_path) as store, pytest.raises(RosterImportError):
            import_roster_file(store, path)
        assert db_path.read_bytes() == before, path.name


def test_columns_it_cannot_place_are_named_in_the_refusal(store, tmp_path) -> None:
    path = write(tmp_path, "odd.csv", b"colour,size\nred,L\n")
    with pytest.raises(RosterImportError, match=r"no column of odd\.csv holds names or emails"):
        import_roster_file(store, path)


def test_bad_rows_are_skipped_with_reasons_and_the_rest_imported(store) -> None:
    data = (
        "first_name,last_name,email,zip_code,joined\n"
        "Ana,Núñez,ana@example.org,48103,2024-05-01\n"  # row 2
        ",,,48104,\n"  # row 3: no name or email
        "Bo,Lee,not-an-email,48105,\n"  # row 4
        "Cy,Park,ANA@example.org,48106,\n"  # row 5: same email as row 2: merged, not dropped
        "\n"  # row 6: blank, not counted
        'Di,"Multi\nLine",di@example.org,48107,\n'  # row 7: one spreadsheet row
        "Ed,Kim,ed@example.org,48108,31/31/2024\n"  # row 8: not a date
    ).encode()
    plan = read_roster(data, "r.csv")
    assert plan.row_count == 6
    summary = apply_import(store, plan)
    assert summary.added == 2
    assert summary.skipped == [
        (3, "no name or email"),
        (4, "the email address is not valid"),
        (8, "the joined date '31/31/2024' is not a date"),
    ]
    assert summary.merged == 1
    assert summary.added + summary.updated + summary.merged + len(summary.skipped) == plan.row_count
    assert {m.last_name for m in roster.list_members(store)} == {"Núñez", "Multi Line"}
    # The summary line is printed by the CLI: it names rows, never contact details.
    line = summary.describe()
    assert "@" not in line and "not-an-email" not in line
    assert line.startswith("added 2, updated 0, merged 1, skipped 3 (row 3: no name or email;")


def test_updates_fill_in_without_spoiling_what_the_roster_has(store) -> None:
    ana = roster.add_member(
        store,
        Member(
            first_name="Ana",
            last_name="Núñez",
            email="ana@example.org",
            joined_on="2023-01-10",
            notes="Treasurer",
        ),
    )
    plan = read_roster(
        b"first name,last name,email,phone,zip,joined,notes\n"
        b"ANA,Nunez,Ana@Example.org,555-0101,48103,2024-06-01,Drives to meetings\n",
        "m.csv",
    )
    summary = apply_import(store, plan)
    assert summary.results[0].outcome == "updated"
    assert summary.results[0].detail == "phone, postal code, notes"
    after = roster.get_member(store, ana.id or 0)
    assert after is not None
    # A plain-ASCII, capitalised export does not overwrite the careful spelling …
    assert (after.first_name, after.last_name) == ("Ana", "Núñez")
    # … the earlier joined date stays, and the group's own notes are added to, not replaced.
    assert after.joined_on == "2023-01-10"
    assert after.notes == "Treasurer\nDrives to meetings"
    assert after.phone == "555-0101"
    # Importing the same file again changes nothing.
    again = apply_import(store, plan)
    assert again.skipped == [(2, "already on the roster, nothing new")]


def test_a_member_typed_in_without_email_gets_it_from_the_file(store) -> None:
    typed = roster.add_member(store, Member(first_name="Zoë", last_name="Kim"))
    plan = read_roster(b"first_name,last_name,email\nZo\xc3\xab,Kim,zoe@example.org\n", "a.csv")
    summary = apply_import(store, plan)
    assert (summary.added, summary.updated) == (0, 1)
    member = roster.get_member(store, typed.id or 0)
    assert member is not None and member.email == "zoe@example.org"


def test_new_members_can_start_in_a_waiting_period(store) -> None:
    plan = read_roster(b"email\nnew@example.org\n", "a.csv")
    apply_import(store, plan, new_members_eligible=False)
    (member,) = roster.list_members(store)
    assert (member.eligible, member.eligibility_reason) == (False, "waiting period")


def test_preview_writes_nothing_and_matches_the_import(db_path) -> None:
    plan = read_roster(MOBILIZE_EXPORT.encode("latin-1"), "m.csv")
    with Store.open(db_path) as store:
        roster.add_member(store, Member(first_name="Ana", email="ana.nunez@example.org"))
    before = db_path.read_bytes()
    with Store.open(db_path) as store:
        preview = preview_import(store, plan)
    assert db_path.read_bytes() == before
    with Store.open(db_path) as store:
        applied = apply_import(store, plan)
    assert preview.results == applied.results
    assert (applied.added, applied.updated) == (2, 1)


def test_the_import_is_one_transaction(store, monkeypatch) -> None:
    roster.add_member(store, Member(first_name="Ana", email="ana@example.org"))
    plan = read_roster(b"first_name,email,phone\nAna,ana@example.org,555\nBo,bo@example.org,\n")

    def fail(*args, **kwargs):
        raise roster.MemberError("the disk hiccuped")

    monkeypatch.setattr(roster, "update_members", fail)
    with pytest.raises(RosterImportError, match="nothing was imported"):
        apply_import(store, plan)
    assert [m.first_name for m in roster.list_members(store)] == ["Ana"]


def test_undo_import_removes_the_added_and_restores_the_updated(store) -> None:
    ana = roster.add_member(store, Member(first_name="Ana", email="ana@example.org"))
    plan = read_roster(
        b"first_name,email,phone\nAna,ana@example.org,555-0101\nBo,bo@example.org,\n"
    )
    summary = apply_import(store, plan)
    assert (summary.added, summary.updated) == (1, 1)
    undo_import(store, summary)
    assert roster.list_members(store) == [ana]


def test_a_missing_file_is_one_clear_line(tmp_path) -> None:
    with pytest.raises(RosterImportError, match=r"cannot read nothing\.csv"):
        read_roster_file(tmp_path / "nothing.csv")
