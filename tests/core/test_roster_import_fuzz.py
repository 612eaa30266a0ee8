"""Generated roster files (hypothesis): whatever the cells hold, the import either refuses the file
cleanly or accounts for every row, and never leaves two members with one email."""

from __future__ import annotations

import csv
import io
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from endorse_desktop.core import members as roster
from endorse_desktop.core.members import Member
from endorse_desktop.core.roster_import import RosterImportError, apply_import, read_roster
from endorse_desktop.core.store import Store

HEADER_SETS = [
    ["first_name", "last_name", "email", "zip_code", "can2_phone", "can2_user_city"],
    ["first name", "last name", "email", "zip", "phone", "event name"],
    ["First", "Last", "Email Address", "Zip Code", "Mobile", "Notes"],
    ["Full Name", "E-mail", "Phone Number", "Postal Code", "Member since"],
    ["email"],
    ["Name", "Comments"],
]
EMAILS = ["ana@example.org", "zoe@example.org", "renee@example.org", "bo.lee@example.net"]
CELL_ALPHABET = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    "áéíóúñüçøåßœÑÚŽ漢字😀🎉 \t\n\",;'@.-=+"
)

cell_text = st.text(alphabet=CELL_ALPHABET, max_size=12)
email_cell = st.one_of(
    st.sampled_from(EMAILS).flatmap(
        lambda e: st.sampled_from([e, e.upper(), e.title(), f" {e} ", e.swapcase()])
    ),
    st.just(""),
    cell_text,
)


@st.composite
def roster_files(draw: st.DrawFn) -> tuple[bytes, int]:
    headers = list(draw(st.sampled_from(HEADER_SETS)))
    headers = draw(st.permutations(headers))
    rows = []
    for _ in range(draw(st.integers(0, 12))):
        rows.append(
            [
                draw(email_cell) if "mail" in header.lower() else draw(cell_text)
                for header in headers
            ]
        )
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    text = buffer.getvalue()
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "latin-1"]))
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    on_roster = draw(st.integers(0, len(EMAILS)))
    return data, on_roster


_template: Path | None = None


def fresh_database(folder: Path) -> Path:
    """A copy of an empty, migrated file: much faster than migrating one per example."""
    global _template  # noqa: PLW0603
    if _template is None:
        _template = Path(tempfile.mkdtemp()) / "template.sqlite3"
        Store.open(_template).close()
    path = folder / "group.sqlite3"
    shutil.copy(_template, path)
    return path


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(roster_files())
def test_generated_rosters_import_cleanly(case: tuple[bytes, int]) -> None:
    data, on_roster = case
    with tempfile.TemporaryDirectory() as temp, Store.open(fresh_database(Path(temp))) as store:
        for email in EMAILS[:on_roster]:
            roster.add_member(store, Member(first_name="Known", email=email.upper()))
        before = roster.list_members(store)
        try:
            plan = read_roster(data, "generated.csv")
            summary = apply_import(store, plan)
        except RosterImportError as refusal:
            assert "\n" not in str(refusal)
            assert roster.list_members(store) == before
            return
        after = roster.list_members(store)
        emails = [(m.email or "").lower() for m in after if m.email]
        assert len(emails) == len(set(emails))
        counted = summary.added + summary.updated + summary.merged + len(summary.skipped)
        assert counted == plan.row_count
        assert len(after) == len(before) + summary.added
        line = summary.describe().lower()
        assert not any(email in line for email in EMAILS)
