"""Check a database file we did not make in this session before the app runs a single query on it.

A group's file travels by email and USB stick, so its schema is a stranger's: a trigger hidden
in it would run our INSERTs through its SQL, a view standing in for a table could loop forever.
SQLite's advice for untrusted files (https://www.sqlite.org/security.html) is followed: every
connection has `trusted_schema=OFF`, `cell_size_check=ON` and `mmap_size=0`; the file's schema
must be exactly the one our own migrations produce for the migrations it records (tables,
columns, indexes, triggers; no view, no trigger that is not ours); and it must pass
`quick_check` within a time bound.

Everything here reads through a read-only connection (opening the file read-write would already
checkpoint a write-ahead log beside it into the file), so a refused file is left byte for byte as
it was.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..bilingual import Said
from . import known_schema, schema  # schema.X when used: a test may swap in a migration
from .backup_folder import list_backups
from .errors import (
    DamagedDatabaseError,
    DiskFullError,
    ForeignDatabaseError,
    ReadOnlyError,
    StoreError,
    UntrustedSchemaError,
)

# The statements SQLite lets the progress handler interrupt come every this many VM steps.
PROGRESS_STEPS = 10_000
CHECK_SECONDS = 20.0  # quick_check of a large healthy file takes well under a second
MIGRATIONS_TABLE = "_sqlite_migrations"
MIGRATION_SET = "endorse-desktop"
# Tables SQLite itself may add (ANALYZE, AUTOINCREMENT); their SQL is fixed by SQLite.
_SQLITE_OWN = re.compile(r"^sqlite_(stat[1-4]|sequence)$")


@dataclass(frozen=True)
class SchemaItem:
    type: str
    table: str
    sql: str | None


Schema = dict[str, SchemaItem]


def schema_digest(found: Schema) -> str:
    """A fingerprint of a schema: two schemas have the same one only when they are the same."""
    items = sorted((name, item.type, item.table, item.sql) for name, item in found.items())
    return hashlib.sha256(repr(items).encode("utf-8")).hexdigest()


def _known(found: Schema, applied: tuple[str, ...] | None = None) -> bool:
    """Whether `found` is the schema the complete set of migrations makes (`known_schema`): then
    it need not be built again, which costs sqlite-utils and every migration (a fifth of a
    start-up). Any other schema is checked against the migrations themselves."""
    if applied is not None and applied != known_schema.APPLIED:
        return False
    return schema_digest(found) == known_schema.DIGEST


def harden(conn: sqlite3.Connection) -> None:
    """SQLite's settings for files that may come from anyone; run on every connection."""
    # Functions with side effects may not run from a view, trigger, default or CHECK in the file.
    conn.execute("PRAGMA trusted_schema=OFF")
    # A crafted page cannot make SQLite read past a cell's end.
    conn.execute("PRAGMA cell_size_check=ON")
    # A file changed under a memory map can crash the process instead of raising an error.
    conn.execute("PRAGMA mmap_size=0")


@contextmanager
def time_limit(conn: sqlite3.Connection, seconds: float) -> Iterator[None]:
    """Abort any statement on `conn` that runs past `seconds` (SQLITE_INTERRUPT)."""
    deadline = time.monotonic() + seconds
    conn.set_progress_handler(lambda: int(time.monotonic() > deadline), PROGRESS_STEPS)
    try:
        yield
    finally:
        conn.set_progress_handler(None, 0)


def _normal_sql(sql: str | None) -> str | None:
    # Whitespace is all that may differ between two identical schemas written by different tools.
    return None if sql is None else " ".join(sql.split())


def read_schema(conn: sqlite3.Connection, *, raw: bool = False) -> Schema:
    """Every schema entry but SQLite's own statistics tables. Safe on any file: only reads
    sqlite_master, never a view, a trigger or a table of the file."""
    found: Schema = {}
    for kind, name, table, sql in conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master"
    ):
        if kind == "table" and _SQLITE_OWN.match(name) and name != "sqlite_sequence":
            continue
        found[name] = SchemaItem(kind, table, sql if raw else _normal_sql(sql))
    return found


@cache
def reference_schema(applied: tuple[str, ...], *, raw: bool = False) -> Schema:
    """The schema our migrations produce when exactly `applied` have run (built once per set, in
    memory: a few milliseconds)."""
    # deferred: sqlite_utils costs ~140 ms (python -X importtime); `count` never needs it
    from sqlite_utils import Database, Migrations

    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        harden(conn)
        db = Database(conn, execute_plugins=False)
        chosen = Migrations(MIGRATION_SET)
        # Migrations are plain functions registered in order; re-register the chosen ones.
        for migration in schema.build_migrations()._migrations:
            if migration.name in applied:
                chosen(name=migration.name, transactional=migration.transactional)(migration.fn)
        chosen.apply(db)
        return read_schema(conn, raw=raw)
    finally:
        conn.close()


def _shown(name: str) -> str:
    """A name from the file, made safe for a one-line message."""
    clean = "".join(ch if ch.isprintable() else "?" for ch in name)
    return clean if len(clean) <= 40 else clean[:39] + "…"


def schema_problem(found: Schema, applied: tuple[str, ...]) -> str | None:
    """What differs between a file's schema and the one our migrations `applied` make, in a few
    words; None if nothing does."""
    if _known(found, applied):
        return None
    expected = reference_schema(applied)
    # A view or trigger in a table's place is named first: it explains every missing index.
    for name, item in sorted(found.items()):
        want = expected.get(name)
        if want is not None and want.type != item.type:
            return f"a {item.type} “{_shown(name)}” in the place of the app's {want.type}"
    for name, item in sorted(found.items()):
        if name in expected:
            continue
        if item.type in ("trigger", "view"):
            return f"a {item.type} “{_shown(name)}” the app did not make"
        if item.type == "index" and item.table in expected:
            return f"an index “{_shown(name)}” the app did not make"
        return f"a {item.type} “{_shown(name)}” the app does not know"
    for name, item in sorted(expected.items()):
        if name not in found:
            return f"no {item.type} “{name}”"
    for name, item in sorted(expected.items()):
        got = found[name]
        if got.type != item.type:
            return f"a {got.type} where the app keeps its {item.type} “{name}”"
        if got != item:
            return f"a {item.type} “{name}” that differs from the app's"
    return None


def column_problem(conn: sqlite3.Connection, applied: tuple[str, ...]) -> str | None:
    """A missing or extra column, named: clearer than "the table differs"."""
    # The raw SQL: joined onto one line, a `--` comment would swallow the rest of a CREATE.
    expected = reference_schema(applied, raw=True)
    reference = sqlite3.connect(":memory:")
    try:
        for item in expected.values():
            if item.type == "table" and item.sql:
                reference.execute(item.sql)
        for name, item in sorted(expected.items()):
            if item.type != "table":
                continue
            kind = conn.execute("SELECT type FROM sqlite_master WHERE name = ?", (name,)).fetchone()
            if kind is None or kind[0] != "table":
                continue  # a view in a table's place, or no table: the schema check names that
            ours = [row[1] for row in reference.execute(f'PRAGMA table_info("{name}")')]
            theirs = [row[1] for row in conn.execute(f'PRAGMA table_info("{name}")')]
            for column in ours:
                if column not in theirs:
                    return f"no column “{column}” in the table “{name}”"
            for column in theirs:
                if column not in ours:
                    return f"a column “{_shown(column)}” in “{name}” the app did not make"
    except sqlite3.Error:
        return None
    finally:
        reference.close()
    return None


@dataclass(frozen=True)
class Inspection:
    user_version: int
    application_id: int
    empty: bool  # no tables at all: a file made by `touch` or an empty SQLite file


def inspect_file(path: Path, *, quick_check: bool) -> Inspection:
    """Refuse (raise a StoreError) a file whose schema is not ours or that fails quick_check.

    The file, its -wal and -shm are left byte for byte as they were.
    """
    with _read_only_view(path) as conn:
        try:
            with time_limit(conn, CHECK_SECONDS):
                version = int(conn.execute("PRAGMA user_version").fetchone()[0])
                app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
                if version > schema.SCHEMA_VERSION or app_id not in (0, schema.APPLICATION_ID):
                    # The caller's header check words these; nothing more to read.
                    return Inspection(version, app_id, empty=False)
                found = read_schema(conn)
                if not found:
                    return Inspection(version, app_id, empty=True)
                applied = _applied_migrations(conn, found)
                if applied is None or (not applied and version == 0):
                    if version == 0:
                        raise ForeignDatabaseError(
                            f"{path.name} belongs to another program (it has tables Endorse "
                            "Desktop does not know); open or create an Endorse Desktop file "
                            "instead",
                            es=(
                                f"{path.name} pertenece a otro programa (tiene tablas que Endorse "
                                "Desktop no conoce); abra o cree un archivo de Endorse Desktop"
                            ),
                        )
                    raise UntrustedSchemaError(
                        f"{path.name} has lost the record of its updates, so the app will not "
                        "update it; open a copy the app itself saved",
                        es=(
                            f"{path.name} perdió el registro de sus actualizaciones, así "
                            "que la aplicación no lo actualizará; abra una copia guardada "
                            "por la propia aplicación"
                        ),
                    )
                problem = schema_problem(found, applied)
                if problem is not None:
                    detail = column_problem(conn, applied) or problem
                    raise UntrustedSchemaError(
                        f"{path.name} was changed outside Endorse Desktop (it has {detail}), "
                        "so the app will not use it; open a copy the app itself saved",
                        es=(
                            f"{path.name} fue modificado fuera de Endorse Desktop (tiene "
                            f"{detail}), así que la aplicación no lo usará; abra una copia "
                            "guardada por la propia aplicación"
                        ),
                    )
                # The schema is ours (no view, no trigger of theirs): reading a table is safe now.
                if quick_check:
                    verdict = [row[0] for row in conn.execute("PRAGMA quick_check(3)")]
                    if verdict != ["ok"]:
                        raise DamagedDatabaseError(damage_sentence(path, verdict))
        except sqlite3.DatabaseError as error:
            raise _reading_error(error, path) from error
    return Inspection(version, app_id, empty=False)


def _reading_error(error: sqlite3.DatabaseError, path: Path) -> Exception:
    if "interrupted" in str(error):
        return UntrustedSchemaError(
            f"{path.name} took too long to read, so the app will not use it; "
            "open a copy the app itself saved",
            es=(
                f"{path.name} tardó demasiado en leerse, así que la aplicación "
                "no lo usará; abra una copia guardada por la propia aplicación"
            ),
        )
    if error_code(error) in _DISK_TROUBLE:
        # A full disk or a failing stick, not the file: the usual words for those.
        return translate_error(error, path)
    return DamagedDatabaseError(damage_sentence(path, [str(error)]))


_DISK_TROUBLE = {
    sqlite3.SQLITE_FULL,
    sqlite3.SQLITE_IOERR,
    sqlite3.SQLITE_READONLY,
    sqlite3.SQLITE_CANTOPEN,
}


def _applied_migrations(conn: sqlite3.Connection, found: Schema) -> tuple[str, ...] | None:
    """Our migrations the file records as applied, in our order; None without a record table.

    The record is read only when it is a plain table exactly like the one sqlite-utils makes (a
    view in its place would run the sender's SQL). Names that are not ours, or out of order,
    are returned as they are: the schema comparison then refuses the file.
    """
    record = found.get(MIGRATIONS_TABLE)
    if record is None or (
        not _known(found)
        and record != reference_schema(tuple(schema._MIGRATION_NAMES)).get(MIGRATIONS_TABLE)
    ):
        return None
    names = tuple(
        row[0]
        for row in conn.execute(
            f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
            (MIGRATION_SET,),
        )
    )
    known = [name for name in schema._MIGRATION_NAMES if name in names]
    if len(set(names)) != len(names) or list(names) != known:
        return ("(unknown)",)
    return names


def damage_sentence(path: Path, verdict: list[str]) -> Said:
    """One sentence naming the damage and the newest backup that is whole."""
    first = _shown(verdict[0]) if verdict else "no answer"
    healthy = newest_healthy_backup(path)
    advice = (
        f"restore the backup {healthy.name} (File ▸ Restore from Backup)"
        if healthy is not None
        else "restore it from a backup"
    )
    advice_es = (
        f"restaure la copia de seguridad {healthy.name} "
        "(Archivo ▸ Restaurar desde una copia de seguridad)"
        if healthy is not None
        else "restáurelo desde una copia de seguridad"
    )
    return Said(
        f"{path.name} is damaged (SQLite's check says: {first}); {advice}",
        f"{path.name} está dañado (la revisión de SQLite dice: {first}); {advice_es}",
    )


def newest_healthy_backup(db_path: Path, *, tries: int = 5) -> Path | None:
    """The newest backup that passes quick_check (looking at no more than `tries` of them)."""
    for backup in list_backups(db_path)[:tries]:
        if file_is_healthy(backup.path):
            return backup.path
    return None


def file_is_healthy(path: Path) -> bool:
    try:
        with _read_only_view(path) as conn, time_limit(conn, CHECK_SECONDS):
            return [row[0] for row in conn.execute("PRAGMA quick_check(1)")] == ["ok"]
    except (sqlite3.Error, OSError):
        return False


def has_hot_wal(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.lstat().st_size > 0
    except OSError:
        return False


@contextmanager
def _read_only_view(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection that cannot change `path` or its log: SQLite opens both read-only, so even
    a write-ahead log beside the file is read (into memory or the -shm index), never replayed
    into the file."""
    wal = path.with_name(path.name + "-wal")
    if not os.path.lexists(wal):
        # mode=ro on a WAL-mode file still creates an empty -wal and -shm beside it; with no
        # log there, immutable=1 reads the file alone and leaves the folder as it was.
        conn = _connect(path, "immutable=1")
        try:
            yield conn
        finally:
            conn.close()
        return
    # A log is beside the file: read a private copy of both, so nothing beside the original
    # (its -shm index included) is created or changed.
    with tempfile.TemporaryDirectory(prefix="endorse-inspect-") as folder:
        copy = Path(folder) / path.name
        shutil.copyfile(path, copy)
        if wal.is_file() and not wal.is_symlink():
            shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        conn = _connect(copy, "mode=ro")
        try:
            yield conn
        finally:
            conn.close()


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A hardened `mode=ro` connection; `immutable=1` when the folder cannot take SQLite's
    shared-memory index (a CD, a locked stick) and no log is beside the file."""
    immutable = not os.access(path.parent, os.W_OK) and not has_hot_wal(path)
    return _connect(path, "immutable=1" if immutable else "mode=ro")


def _connect(path: Path, query: str) -> sqlite3.Connection:
    conn = sqlite3.connect(f"{path.as_uri()}?{query}", uri=True, isolation_level=None)
    try:
        harden(conn)
    except sqlite3.Error:
        with suppress(sqlite3.Error):
            conn.close()
        raise
    return conn


def error_code(error: sqlite3.Error) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def _disk_is_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < DISK_FULL_BELOW
    except OSError:
        return False


DISK_FULL_BELOW = 64 * 1024  # bytes free: less than SQLite needs for a few pages


def translate_error(error: sqlite3.DatabaseError, path: Path) -> StoreError:
    code = error_code(error)
    # SQLite reports a full disk met while growing its shared-memory index as an I/O error.
    if code == sqlite3.SQLITE_FULL or (code == sqlite3.SQLITE_IOERR and _disk_is_full(path)):
        return DiskFullError(
            f"the disk holding {path.name} is full; nothing was saved",
            es=f"el disco que contiene {path.name} está lleno; no se guardó nada",
        )
    if code == sqlite3.SQLITE_READONLY:
        return ReadOnlyError(
            f"{path.name} cannot be written (read-only)",
            es=f"no se puede escribir en {path.name} (solo lectura)",
        )
    text = str(error)
    if "file is not a database" in text:
        return DamagedDatabaseError(
            f"{path.name} is not a readable Endorse Desktop database",
            es=f"{path.name} no es una base de datos legible de Endorse Desktop",
        )
    if "malformed" in text or "disk image" in text:
        # Name the newest backup that is whole, so the user knows which one to restore.
        return DamagedDatabaseError(damage_sentence(path, [text]))
    if "full" in text:
        return DiskFullError(
            f"the disk holding {path.name} is full; nothing was saved",
            es=f"el disco que contiene {path.name} está lleno; no se guardó nada",
        )
    if "readonly" in text or "read-only" in text:
        return ReadOnlyError(
            f"{path.name} cannot be written (read-only)",
            es=f"no se puede escribir en {path.name} (solo lectura)",
        )
    return StoreError(f"{path.name}: {text}", es=f"{path.name}: {text}")
