"""core/store/known_schema.py holds the fingerprint of exactly what the migrations make.

Every start checks the file it opens against the schema our migrations produce. Building that
schema means importing sqlite-utils and running every migration in memory, a fifth of the
start-up on a slow laptop (issue 17); so its fingerprint is written out once, in
known_schema.py, and a file whose schema has it is accepted without building it. This test
fails when a migration is added or changed and the fingerprint is not:
`python -m tests.core.test_known_schema` writes it again.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from endorse_desktop.core.store import known_schema, schema
from endorse_desktop.core.store.trust import reference_schema, schema_digest

KNOWN = Path(known_schema.__file__)
HEADER = '''"""The fingerprint of the schema the app's complete set of migrations makes.

Written by `python -m tests.core.test_known_schema`, checked by that test: a file whose schema
has it is ours without building the schema again (sqlite-utils and every migration in memory:
a fifth of a start-up). Any other file is checked against the migrations themselves.
"""

from __future__ import annotations

'''


def fresh_text() -> str:
    names = tuple(schema._MIGRATION_NAMES)
    digest = schema_digest(reference_schema(names))
    return f"{HEADER}APPLIED = {names!r}\nDIGEST = {digest!r}\n"


def test_the_written_out_fingerprint_is_of_what_the_migrations_make() -> None:
    names = tuple(schema._MIGRATION_NAMES)
    assert names == known_schema.APPLIED, "python -m tests.core.test_known_schema"
    assert schema_digest(reference_schema(names)) == known_schema.DIGEST, (
        "a migration changed: python -m tests.core.test_known_schema"
    )


def test_opening_a_file_of_ours_does_not_import_sqlite_utils(tmp_path: Path) -> None:
    """A start on a file that needs no update never imports sqlite-utils (140 ms)."""
    from endorse_desktop.core.store import Store

    path = tmp_path / "group.sqlite3"
    Store.create(path).close()
    probe = (
        "import sys\n"
        "from endorse_desktop.core.store import Store\n"
        f"Store.open({str(path)!r}).close()\n"
        "print('sqlite_utils' in sys.modules)\n"
    )
    repo = Path(__file__).resolve().parents[2]  # this checkout's package, not an installed one
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        cwd=repo,
        env={**os.environ, "PYTHONPATH": str(repo)},
    )
    assert result.stdout.strip() == "False"


if __name__ == "__main__":
    KNOWN.write_text(fresh_text(), encoding="utf-8")
    subprocess.run([sys.executable, "-m", "ruff", "format", str(KNOWN)], check=True)
    print(f"wrote {KNOWN}")
