"""The schema written out in core/store/known_schema.py is exactly what the migrations make.

Every start checks the file it opens against the schema our migrations produce. Building that
schema means importing sqlite-utils and running every migration in memory, a fifth of the
start-up on a slow laptop (issue 17); so the result is written out once, in known_schema.py,
and a file that matches it is accepted without building it. This test fails when a migration
is added or changed and the copy is not: `python -m tests.core.test_known_schema` writes it
again.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from endorse_desktop.core.store import known_schema, schema
from endorse_desktop.core.store.trust import reference_schema

KNOWN = Path(known_schema.__file__)
HEADER = '''"""The schema the app's complete set of migrations makes, as `read_schema` reads it.

Written by `python -m tests.core.test_known_schema`, checked by that test: a file whose schema
is this one is ours without building the schema again (sqlite-utils and every migration in
memory: a fifth of a start-up). Anything else is checked against the migrations themselves.
"""

# ruff: noqa: E501 - each statement on one line, as SQLite keeps it

from __future__ import annotations

'''


def fresh_text() -> str:
    built = reference_schema(tuple(schema._MIGRATION_NAMES))
    lines = [HEADER, f"APPLIED = {tuple(schema._MIGRATION_NAMES)!r}\n\n"]
    lines.append("SCHEMA: dict[str, tuple[str, str, str | None]] = {\n")
    for name, item in sorted(built.items()):
        lines.append(f"    {name!r}: ({item.type!r}, {item.table!r}, {item.sql!r}),\n")
    lines.append("}\n")
    return "".join(lines)


def test_the_written_out_schema_is_what_the_migrations_make() -> None:
    built = reference_schema(tuple(schema._MIGRATION_NAMES))
    assert tuple(schema._MIGRATION_NAMES) == known_schema.APPLIED, (
        "a migration was added: python -m tests.core.test_known_schema"
    )
    written = {name: (item.type, item.table, item.sql) for name, item in built.items()}
    assert written == known_schema.SCHEMA, "python -m tests.core.test_known_schema"


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
