"""Run inside a tiny filesystem (see sandbox.run_on_small_disk): fill the disk, then make a
change through the core and through `endorse-desktop import`; print what happened as JSON.

Arguments: FOLDER (the empty small filesystem) ROSTER.csv
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
from pathlib import Path

from endorse_desktop import cli
from endorse_desktop.core.check import check_database
from endorse_desktop.core.members import Member, add_member, add_members
from endorse_desktop.core.store import Store, StoreError

folder, roster = Path(sys.argv[1]), sys.argv[2]
db = folder / "group.sqlite3"
filler = folder / "filler"


def fill_the_disk() -> None:
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    for size in (1 << 16, 1 << 12, 1):
        with contextlib.suppress(OSError):
            while True:
                os.write(fd, b"\0" * size)
    os.close(fd)


def reopened() -> tuple[int, list[str]]:
    with Store.open(db) as store:
        return int(store.scalar("SELECT count(*) FROM members")), check_database(store)


with Store.open(db) as store:
    add_members(store, [Member(f"Member {n}", email=f"m{n}@example.org") for n in range(50)])

# The app has the file open when the disk fills up.
store = Store.open(db)
fill_the_disk()
made, error = 50, None
for number in range(200):
    try:
        add_member(store, Member("Late", email=f"late{number}@example.org", notes="x" * 3000))
    except StoreError as refusal:
        error = refusal
        break
    made += 1
core = {
    "error": type(error).__name__,
    "message": str(error),
    "committed": made,
    "in_session": store.scalar("SELECT count(*) FROM members"),
}
filler.unlink()
store.close()
core["reopened"], core["check"] = reopened()

# A command started on a full disk.
fill_the_disk()
before = db.read_bytes()
stderr = io.StringIO()
with contextlib.redirect_stderr(stderr):
    code = cli.main(["import", "--db", str(db), roster])
command = {"code": code, "stderr": stderr.getvalue(), "unchanged": db.read_bytes() == before}
filler.unlink()
command["reopened"], command["check"] = reopened()
print(json.dumps({"core": core, "cli": command}))
