"""Import a members roster from a CSV file (SPEC F-2).

Two steps, so the app can show what it found before anything is written:

1. `read_roster(bytes)` / `read_roster_file(path)` decode and parse the file and guess which column
   holds what (Action Network reports and Mobilize exports are recognised by their headers). The
   result is an `ImportPlan`; a file that is not a usable CSV raises `RosterImportError`.
2. `apply_import(store, plan, mapping)` adds and updates members in ONE transaction and returns an
   `ImportSummary`. `preview_import` works out the same summary without writing anything.

Matching people: the same email ignoring case is the same person, on the roster and within the
file. A row without an email matches a member by name. A row that brings nothing new is skipped,
and says so.

Privacy: reasons and messages name rows, columns and dates, never an email address or phone number,
because `describe()` is printed by the command line.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import Literal

from endorse_desktop.core.bilingual import Said, in_code
from endorse_desktop.core.errors import InvalidInputError, cannot_read

from . import members as roster
from .members import Member, MemberError, email_key
from .names import NameTooLongError, clean_name, name_key
from .store import Store

# What a column can be imported as. "full_name" is split into first and last name.
FIELDS = (
    "first_name",
    "last_name",
    "full_name",
    "email",
    "phone",
    "postal_code",
    "joined_on",
    "eligible",
    "notes",
)
NAME_FIELDS = ("first_name", "last_name", "full_name")
ACTION_NETWORK = "Action Network report"
MOBILIZE = "Mobilize export"
PLAIN_CSV = "CSV"
MAX_BYTES = 100 * 1024 * 1024
# No roster cell is this long; a longer one has swallowed other rows (a stray quote) or is not a
# roster at all. Refused before anything is written.
MAX_CELL = 1_000
# A name, email or phone cell spanning more lines than this swallowed the rows below it.
MAX_CELL_LINE_BREAKS = 2
# Answers a "dues paid" or "eligible" column holds.
_YES = frozenset({"yes", "y", "true", "1", "x", "paid", "current", "active", "eligible", "ok"})
_NO = frozenset(
    {"no", "n", "false", "0", "unpaid", "lapsed", "expired", "inactive", "not eligible", "due"}
)
PREVIEW_ROWS = 50

# Header spellings seen in organizing tools' exports and hand-made spreadsheets, after `_normalise`
# (lower case; _ - . / collapse to one space).
HEADER_ALIASES: dict[str, str] = {
    **dict.fromkeys(
        ("first name", "first", "firstname", "given name", "fname", "forename", "first names"),
        "first_name",
    ),
    **dict.fromkeys(
        ("last name", "last", "lastname", "surname", "family name", "lname"), "last_name"
    ),
    **dict.fromkeys(
        ("name", "full name", "fullname", "member name", "contact name", "your name"), "full_name"
    ),
    **dict.fromkeys(
        (
            "email",
            "e mail",
            "email address",
            "e mail address",
            "emailaddress",
            "mail",
            "primary email",
            "user email",
        ),
        "email",
    ),
    **dict.fromkeys(
        (
            "phone",
            "phone number",
            "can2 phone",
            "mobile",
            "mobile phone",
            "mobile number",
            "cell",
            "cell phone",
            "cellphone",
            "telephone",
            "tel",
            "primary phone",
        ),
        "phone",
    ),
    **dict.fromkeys(
        (
            "zip",
            "zip code",
            "zipcode",
            "postal code",
            "postcode",
            "post code",
            "postal",
            "zip postal code",
            "postal zip code",
        ),
        "postal_code",
    ),
    **dict.fromkeys(
        ("joined", "joined on", "join date", "date joined", "member since", "membership start"),
        "joined_on",
    ),
    **dict.fromkeys(
        (
            "eligible",
            "eligibility",
            "can vote",
            "voting member",
            "dues",
            "dues paid",
            "dues current",
            "paid",
            "good standing",
            "in good standing",
        ),
        "eligible",
    ),
    **dict.fromkeys(("notes", "note", "comments", "comment"), "notes"),
}
_MOBILIZE_ONLY = {"event id", "event name", "event type", "timeslot start", "timeslot id"}
_SIGNATURES = (
    (b"%PDF", Said("a PDF document", "un documento PDF")),
    (
        b"PK\x03\x04",
        Said(
            "a zip archive or an Excel workbook (.xlsx)",
            "un archivo zip o un libro de Excel (.xlsx)",
        ),
    ),
    (
        b"\xd0\xcf\x11\xe0",
        Said("an old-style Excel or Word file", "un archivo antiguo de Excel o Word"),
    ),
    (b"SQLite format 3\x00", Said("a database file", "un archivo de base de datos")),
    (b"\x89PNG", Said("an image", "una imagen")),
    (b"\xff\xd8\xff", Said("an image", "una imagen")),
    (b"GIF8", Said("an image", "una imagen")),
)
_SAVE_AS_CSV = Said(
    "open it in your spreadsheet and save it as CSV",
    "ábralo en su hoja de cálculo y guárdelo como CSV",
)


class RosterImportError(InvalidInputError):
    """A roster file that cannot be imported; the message says why in one line."""


@dataclass(frozen=True)
class ImportPlan:
    """What a roster file holds: its columns, the guessed meaning of each, and its rows."""

    file_name: str
    source: str  # ACTION_NETWORK, MOBILIZE or PLAIN_CSV
    encoding: str  # as a person would name it: "UTF-8 with BOM", "Latin-1 (Windows-1252)", …
    delimiter: str
    headers: tuple[str, ...]
    mapping: tuple[str | None, ...]  # per column: a FIELDS entry or None (ignored)
    # (row number as a spreadsheet shows it: the header is row 1, cells), blank rows left out
    rows: tuple[tuple[int, tuple[str, ...]], ...]

    @property
    def row_count(self) -> int:
        return len(self.rows)

    @property
    def preview_rows(self) -> tuple[tuple[int, tuple[str, ...]], ...]:
        return self.rows[:PREVIEW_ROWS]

    def examples(self, column: int, limit: int = 3) -> list[str]:
        """The first few non-empty values of a column, to help someone choose its meaning."""
        found = []
        for _, cells in self.rows:
            value = " ".join(cells[column].split())
            if value:
                found.append(value)
                if len(found) == limit:
                    break
        return found


Outcome = Literal["added", "updated", "merged", "skipped"]


@dataclass(frozen=True)
class RowResult:
    row: int
    outcome: Outcome
    name: str  # as imported; the app lists it, `describe()` never prints it
    detail: str  # skipped: the reason; updated: what was filled in


@dataclass(frozen=True)
class ImportSummary:
    results: tuple[RowResult, ...]
    added_ids: tuple[int, ...] = ()
    replaced: tuple[Member, ...] = field(default=(), repr=False)  # before the update (undo)

    @property
    def added(self) -> int:
        return sum(1 for r in self.results if r.outcome == "added")

    @property
    def updated(self) -> int:
        return sum(1 for r in self.results if r.outcome == "updated")

    @property
    def merged(self) -> int:
        """Rows folded into an earlier row with the same email (what they added is kept)."""
        return sum(1 for r in self.results if r.outcome == "merged")

    @property
    def skipped(self) -> list[tuple[int, str]]:
        return [(r.row, r.detail) for r in self.results if r.outcome == "skipped"]

    def describe(self, limit: int = 10) -> str:
        """One line: "added 12, updated 3, skipped 2 (row 7: no name or email; row 9: …)"."""
        skipped = self.skipped
        line = f"added {self.added}, updated {self.updated}"
        if self.merged:
            line += f", merged {self.merged}"
        line += f", skipped {len(skipped)}"
        if skipped:
            reasons = [f"row {row}: {reason}" for row, reason in skipped[:limit]]
            if len(skipped) > limit:
                reasons.append(f"{len(skipped) - limit} more")
            line += f" ({'; '.join(reasons)})"
        return line


# ----- reading the file ----------------------------------------------------------------------
def read_roster_file(path: Path | str) -> ImportPlan:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise RosterImportError(
                f"{path.name} is {size // 1_000_000} MB; a roster CSV is far smaller, "
                "so this is probably not one",
                es=(
                    f"{path.name} ocupa {size // 1_000_000} MB; un CSV de lista de miembros es "
                    "mucho más pequeño, así que probablemente no es uno"
                ),
            )
        data = path.read_bytes()
    except OSError as error:
        raise cannot_read(RosterImportError, path.name, error) from error
    return read_roster(data, path.name)


def read_roster(data: bytes, file_name: str = "the file") -> ImportPlan:
    """Decode and parse a roster; RosterImportError if it is not a CSV with named columns."""
    text, encoding = _decode(data, file_name)
    delimiter = _sniff_delimiter(text)
    records, lines = _parse(text, delimiter, file_name)
    if not records:
        raise RosterImportError(f"{file_name} is empty", es=f"{file_name} está vacío")
    headers = tuple(cell.strip() for cell in records[0])
    _check_header(headers, file_name)
    _check_cells(records, lines, headers, guess_mapping(headers), file_name)
    width = len(headers)
    rows = tuple(
        (number, _fit(cells, width))
        for number, cells in enumerate(records[1:], start=2)
        if any(cell.strip() for cell in cells)
    )
    return ImportPlan(
        file_name=file_name,
        source=detect_source(headers),
        encoding=encoding,
        delimiter=delimiter,
        headers=headers,
        mapping=guess_mapping(headers),
        rows=rows,
    )


def _decode(data: bytes, file_name: str) -> tuple[str, str]:
    for magic, what in _SIGNATURES:
        if data.startswith(magic):
            raise RosterImportError(
                f"{file_name} is {what}, not a CSV file; {_SAVE_AS_CSV}",
                es=f"{file_name} es {what.es}, no un archivo CSV; {_SAVE_AS_CSV.es}",
            )
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Excel's "Unicode text" export: UTF-16 with a BOM, usually tab-separated.
        try:
            return _checked_text(data.decode("utf-16"), file_name), "UTF-16"
        except UnicodeDecodeError as error:
            raise RosterImportError(
                f"{file_name} is damaged text (bad UTF-16)",
                es=f"{file_name} es texto dañado (UTF-16 incorrecto)",
            ) from error
    if b"\x00" in data:
        raise RosterImportError(
            f"{file_name} is a binary file, not a CSV file; {_SAVE_AS_CSV}",
            es=f"{file_name} es un archivo binario, no un archivo CSV; {_SAVE_AS_CSV.es}",
        )
    with_bom = data.startswith(codecs.BOM_UTF8)
    utf8 = ("utf-8-sig", "UTF-8 with BOM") if with_bom else ("utf-8", "UTF-8")
    try:
        return _checked_text(data.decode(utf8[0]), file_name), utf8[1]
    except UnicodeDecodeError as error:
        bad_line = data[: error.start].count(b"\n") + 1
        if data.startswith(codecs.BOM_UTF8) or _UTF8_SEQUENCE.search(data):
            # Real UTF-8 accents elsewhere: the file is UTF-8 with a damaged byte, and reading it
            # all as Latin-1 would garble every accent ("NÃºÃ±ez").
            raise RosterImportError(
                f"line {bad_line} of {file_name} is not valid UTF-8 while the rest of the file "
                "is; fix or retype that line and import again (nothing was imported)",
                es=(
                    f"la línea {bad_line} de {file_name} no es UTF-8 válido aunque el resto del "
                    "archivo sí lo es; corrija o vuelva a escribir esa línea e importe de nuevo "
                    "(no se importó nada)"
                ),
            ) from error
    for codec, label in (("cp1252", "Latin-1 (Windows-1252)"), ("latin-1", "Latin-1")):
        try:
            return _checked_text(data.decode(codec), file_name), label
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes any bytes")  # pragma: no cover


# A well-formed multi-byte UTF-8 sequence. A Latin-1 file almost never contains one by chance
# (it would need an accented capital followed by one or two symbols from 0x80-0xBF).
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]"
    rb"|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)


def _checked_text(text: str, file_name: str) -> str:
    head = text[:4096].lstrip().lower()
    if head.startswith(("<!doctype html", "<html")):
        raise RosterImportError(
            f"{file_name} is a web page, not a CSV file; download the export again",
            es=(
                f"{file_name} es una página web, no un archivo CSV; descargue la exportación "
                "de nuevo"
            ),
        )
    sample = text[:65536]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n")
    if controls > max(3, len(sample) // 200):
        raise RosterImportError(
            f"{file_name} is not text; {_SAVE_AS_CSV}",
            es=f"{file_name} no es texto; {_SAVE_AS_CSV.es}",
        )
    return text


def _sniff_delimiter(text: str) -> str:
    """Comma, semicolon (European spreadsheets) or tab: whichever splits the first rows into the
    most columns, consistently. Parsing with each is more robust than counting characters, since
    a quoted cell may hold any of them."""
    best = (-1.0, 0, ",")
    for delimiter in (",", ";", "\t"):
        try:
            records = [r for r in islice(_reader(text[:200_000], delimiter), 50) if r]
        except csv.Error:
            continue
        if not records:
            continue
        width = len(records[0])
        if width < 2:
            continue
        consistent = sum(1 for r in records if len(r) == width) / len(records)
        score = (consistent, width, delimiter)
        if score[:2] > best[:2]:
            best = score
    return best[2]


def _reader(text: str, delimiter: str) -> Iterable[list[str]]:
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)


def _parse(text: str, delimiter: str, file_name: str) -> tuple[list[list[str]], list[int]]:
    """The records, and how many lines of the file each one spans."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[list[str]] = []
    lines: list[int] = []
    try:
        for record in reader:
            lines.append(reader.line_num - sum(lines))
            records.append(record)
    except csv.Error as error:
        raise RosterImportError(
            f"{file_name} is not a readable CSV file (row {reader.line_num}: {error})",
            es=f"{file_name} no es un archivo CSV legible (fila {reader.line_num}: {error})",
        ) from error
    return records, lines


def _check_cells(
    records: list[list[str]],
    lines: list[int],
    headers: tuple[str, ...],
    mapping: tuple[str | None, ...],
    file_name: str,
) -> None:
    """Refuse a file whose rows ran into each other (a stray quote) before anything is written.

    Messages name the row and column, never the cell: it may be someone's phone or email.
    """

    def column(index: int, word: str = "column") -> str:
        name = headers[index] if index < len(headers) and headers[index] else f"{index + 1}"
        return f"{word} {name!r}" if index < len(headers) else f"{word} {index + 1}"

    advice = Said(
        "a stray quote mark probably joined rows together; fix it and import again",
        "una comilla suelta probablemente unió varias filas; corríjala e importe de nuevo",
    )
    for number, record in enumerate(records[1:], start=2):
        for index, cell in enumerate(record):
            if len(cell) > MAX_CELL:
                raise RosterImportError(
                    f"row {number}, {column(index)} of {file_name} is {len(cell):,} characters "
                    f"long (at most {MAX_CELL:,}); {advice}; nothing was imported",
                    es=(
                        f"fila {number}, {column(index, 'columna')} de {file_name} "
                        f"tiene {len(cell):,} caracteres (como máximo {MAX_CELL:,}); "
                        f"{advice.es}; no se importó nada"
                    ),
                )
            meaning = mapping[index] if index < len(mapping) else None
            breaks = cell.count("\n") + cell.count("\r") - cell.count("\r\n")
            if meaning not in (None, "notes") and breaks > MAX_CELL_LINE_BREAKS:
                raise RosterImportError(
                    f"row {number}, {column(index)} of {file_name} spans {breaks + 1} lines; "
                    f"{advice}; nothing was imported",
                    es=(
                        f"fila {number}, {column(index, 'columna')} de {file_name} "
                        f"ocupa {breaks + 1} líneas; {advice.es}; no se importó nada"
                    ),
                )
    # Notes may legitimately span lines, but not most of the file: 52 lines read as 2 rows
    # means the rows were swallowed.
    physical = sum(lines)
    extra = physical - len(records)
    if extra > max(10, len(records)):
        worst = max(range(len(lines)), key=lambda i: lines[i])
        raise RosterImportError(
            f"{file_name} has {physical:,} lines but reads as only {len(records):,} rows "
            f"(row {worst + 1} spans {lines[worst]:,} lines); {advice}; nothing was imported",
            es=(
                f"{file_name} tiene {physical:,} líneas pero se lee como solo {len(records):,} "
                f"filas (la fila {worst + 1} ocupa {lines[worst]:,} líneas); {advice.es}; "
                "no se importó nada"
            ),
        )


def _check_header(headers: tuple[str, ...], file_name: str) -> None:
    named = [h for h in headers if h]
    if not named:
        raise RosterImportError(
            f"the first row of {file_name} is empty; it should name the columns "
            "(first name, last name, email, …)",
            es=(
                f"la primera fila de {file_name} está vacía; debe nombrar las columnas (nombre, "
                "apellido, correo electrónico, …)"
            ),
        )
    if any(roster.is_valid_email(h) for h in named):
        raise RosterImportError(
            f"the first row of {file_name} holds a member, not column names; add a first row "
            "that names the columns (first name, last name, email, …)",
            es=(
                f"la primera fila de {file_name} contiene un miembro, no nombres de columnas; "
                "agregue una primera fila que nombre las columnas (nombre, apellido, correo "
                "electrónico, …)"
            ),
        )
    if any(len(h) > 100 for h in named):
        raise RosterImportError(
            f"{file_name} does not look like a table: its first row is not a list of column names",
            es=(
                f"{file_name} no parece una tabla: su primera fila no es una lista de nombres "
                "de columnas"
            ),
        )


def _fit(cells: list[str], width: int) -> tuple[str, ...]:
    if len(cells) < width:
        cells = cells + [""] * (width - len(cells))
    return tuple(cells[:width])


# ----- recognising columns ---------------------------------------------------------------------
def _normalise(header: str) -> str:
    text = unicodedata.normalize("NFKC", header).strip().strip("*").casefold()
    text = re.sub(r"[_\-./:*()]+", " ", text)
    return " ".join(text.split())


def guess_mapping(headers: Sequence[str]) -> tuple[str | None, ...]:
    """Each column's meaning from its header; the first column wins when two mean the same."""
    taken: set[str] = set()
    mapping: list[str | None] = []
    for header in headers:
        meaning = HEADER_ALIASES.get(_normalise(header))
        if meaning in taken:
            meaning = None
        if meaning:
            taken.add(meaning)
        mapping.append(meaning)
    return tuple(mapping)


def detect_source(headers: Sequence[str]) -> str:
    raw = {h.strip().casefold() for h in headers}
    if (
        any(h.startswith("can2_") for h in raw)
        or {
            "first_name",
            "last_name",
            "email",
            "zip_code",
        }
        <= raw
    ):
        return ACTION_NETWORK
    spaced = {_normalise(h) for h in headers}
    if {"first name", "last name", "email", "zip"} <= raw or (_MOBILIZE_ONLY & spaced):
        return MOBILIZE
    return PLAIN_CSV


def check_mapping(plan: ImportPlan, mapping: Sequence[str | None]) -> None:
    """A mapping the importer can use, or RosterImportError saying what to change."""
    if len(mapping) != len(plan.headers):
        raise RosterImportError(
            "choose a meaning (or ignore) for every column",
            es="elija un significado (o ignorar) para cada columna",
        )
    used: set[str] = set()
    for header, meaning in zip(plan.headers, mapping, strict=True):
        if meaning is None:
            continue
        if meaning not in FIELDS:
            raise RosterImportError(
                f"unknown field {meaning!r} for column {header!r}",
                es=f"campo desconocido {meaning!r} para la columna {header!r}",
            )
        if meaning in used and meaning != "notes":
            raise RosterImportError(
                f"two columns are both imported as {meaning.replace('_', ' ')}",
                es=f"dos columnas se importan como {meaning.replace('_', ' ')}",
            )
        used.add(meaning)
    if not used & {"email", *NAME_FIELDS}:
        found = ", ".join(h for h in plan.headers if h)[:200]
        raise RosterImportError(
            f"no column of {plan.file_name} holds names or emails (its columns: {found}); "
            "name them first_name, last_name, email … or choose them in the app's import dialog",
            es=(
                f"ninguna columna de {plan.file_name} contiene nombres ni correos electrónicos "
                f"(sus columnas: {found}); nómbrelas first_name, last_name, email … o elíjalas "
                "en el diálogo de importación de la aplicación"
            ),
        )


# ----- working out what to do -------------------------------------------------------------------
@dataclass(frozen=True)
class _Changes:
    results: tuple[RowResult, ...]
    new_members: tuple[Member, ...]
    updated_members: tuple[Member, ...]


Columns = Sequence[str | None] | None  # a field per column (None: skip it); None: the plan's


def _changes(store: Store, plan: ImportPlan, mapping: Columns, eligible: bool) -> _Changes:
    chosen = plan.mapping if mapping is None else tuple(mapping)
    check_mapping(plan, chosen)
    return _work_out(roster.list_members(store), plan, chosen, eligible)


def preview_import(
    store: Store, plan: ImportPlan, mapping: Columns = None, *, new_members_eligible: bool = True
) -> ImportSummary:
    """What `apply_import` would do, row by row, without writing anything."""
    return ImportSummary(results=_changes(store, plan, mapping, new_members_eligible).results)


def apply_import(
    store: Store, plan: ImportPlan, mapping: Columns = None, *, new_members_eligible: bool = True
) -> ImportSummary:
    """Add and update members from the file in one transaction: all rows or, on error, none."""
    changes = _changes(store, plan, mapping, new_members_eligible)
    try:
        with store.transaction():
            added = roster.add_members(store, changes.new_members)
            replaced = roster.update_members(store, changes.updated_members)
    except (MemberError, sqlite3.IntegrityError) as error:
        raise RosterImportError(
            f"nothing was imported: {error}", es=f"no se importó nada: {in_code(error, 'es')}"
        ) from error
    return ImportSummary(
        results=changes.results,
        added_ids=tuple(m.id for m in added if m.id is not None),
        replaced=tuple(replaced),
    )


def undo_import(store: Store, summary: ImportSummary) -> None:
    """Take an import back: remove the members it added, put back the ones it changed."""
    with store.transaction():
        roster.delete_members(store, summary.added_ids)
        roster.update_members(store, summary.replaced)


def import_roster_file(store: Store, path: Path | str) -> ImportSummary:
    """The command line's import: columns recognised from the headers, no questions asked."""
    plan = read_roster_file(path)
    return apply_import(store, plan, plan.mapping)


def _work_out(
    members: list[Member],
    plan: ImportPlan,
    mapping: tuple[str | None, ...],
    new_members_eligible: bool,
) -> _Changes:
    by_email: dict[str, Member] = {}
    by_name: dict[str, list[Member]] = {}
    for member in members:
        key = email_key(member.email)
        if key:
            by_email[key] = member
        name = _name_key(member.first_name, member.last_name)
        if name:
            by_name.setdefault(name, []).append(member)

    emails_seen: dict[str, int] = {}  # email key -> first row with it
    # email key -> where that first row's member went: ("new" | "updated", index into the list)
    # or ("unchanged", the roster member), so a later row with the same email can be merged in
    slots: dict[str, tuple[str, int | Member]] = {}
    names_seen: dict[str, int] = {}  # name key -> first row with it
    members_seen: dict[int, int] = {}  # member id -> row that matched it
    results: list[RowResult] = []
    new_members: list[Member] = []
    updated: list[Member] = []
    notes_columns = sum(1 for m in mapping if m == "notes")

    for number, cells in plan.rows:
        incoming, eligible_given = _row_eligibility(plan.headers, cells, mapping, notes_columns)
        name = f"{incoming.first_name} {incoming.last_name}".strip()

        def skip(reason: str, number: int = number, name: str = name) -> None:
            results.append(RowResult(number, "skipped", name, reason))

        try:
            incoming = replace(
                incoming,
                first_name=clean_name(incoming.first_name, "the first name"),
                last_name=clean_name(incoming.last_name, "the last name"),
            )
        except NameTooLongError as error:
            skip(str(error))
            continue
        name = f"{incoming.first_name} {incoming.last_name}".strip()
        if not (name or incoming.email):
            skip("no name or email")
            continue
        if incoming.email and not roster.is_valid_email(incoming.email):
            skip("the email address is not valid")
            continue
        try:
            joined = roster.parse_date(incoming.joined_on)
        except MemberError:
            skip(_not_a_date(incoming.joined_on or ""))
            continue
        incoming = replace(incoming, joined_on=joined)

        key = email_key(incoming.email)
        person = _name_key(incoming.first_name, incoming.last_name)
        if key and key in emails_seen:
            # The same person listed twice (the email in another case): fill in what the first
            # row lacks, never drop what this row brings (an accented name, a phone).
            first_row = emails_seen[key]
            kind, where = slots[key]
            if kind == "new":
                assert isinstance(where, int)
                base = new_members[where]
            elif kind == "updated":
                assert isinstance(where, int)
                base = updated[where]
            else:
                assert isinstance(where, Member)
                base = where
            filled, what = _fill(base, incoming)
            if kind == "new":
                new_members[where] = filled  # type: ignore[index]
            elif kind == "updated":
                updated[where] = filled  # type: ignore[index]
            elif what:
                slots[key] = ("updated", len(updated))
                updated.append(filled)
            detail = f"same email as row {first_row}"
            detail += f"; added {', '.join(what)}" if what else "; nothing new"
            results.append(RowResult(number, "merged", name, detail))
            continue
        if not key and person in names_seen:
            skip(f"same name as row {names_seen[person]} and no email to tell them apart")
            continue

        match, problem = _find_member(by_email, by_name, key, person)
        if problem:
            skip(problem)
            continue
        if match is not None and match.id in members_seen:
            skip(f"same member as row {members_seen[match.id]}")
            continue
        if key:
            emails_seen[key] = number
        if person:
            names_seen.setdefault(person, number)

        if match is None:
            if key:
                slots[key] = ("new", len(new_members))
            if eligible_given is None:
                incoming = replace(
                    incoming,
                    eligible=new_members_eligible,
                    eligibility_reason="" if new_members_eligible else "waiting period",
                )
            new_members.append(incoming)
            results.append(RowResult(number, "added", name, ""))
            continue
        assert match.id is not None
        members_seen[match.id] = number
        merged, changed = _merge(match, incoming)
        if eligible_given is not None and eligible_given != match.eligible:
            merged = replace(
                merged, eligible=incoming.eligible, eligibility_reason=incoming.eligibility_reason
            )
            changed.append("eligibility")
        if not changed:
            if key:
                slots[key] = ("unchanged", match)
            skip("already on the roster, nothing new")
            continue
        if key:
            slots[key] = ("updated", len(updated))
        updated.append(merged)
        results.append(RowResult(number, "updated", merged.display_name, ", ".join(changed)))
    return _Changes(tuple(results), tuple(new_members), tuple(updated))


def _fill(member: Member, later: Member) -> tuple[Member, list[str]]:
    """`member` with the blanks a later row of the same person fills; what was filled, by name.
    A spelling that differs only by accents takes the accented one."""
    updates: dict[str, object] = {}
    filled: list[str] = []
    for attr, label in (
        ("first_name", "first name"),
        ("last_name", "last name"),
        ("phone", "phone"),
        ("postal_code", "postal code"),
        ("joined_on", "joined date"),
    ):
        old, new = getattr(member, attr) or "", getattr(later, attr) or ""
        chosen = _better_spelling(old, new) if old and attr.endswith("name") else old or new
        if attr.endswith("name") and old and name_key(old) != name_key(new):
            chosen = old  # a different name under the same email: the first row's stands
        if chosen != old:
            updates[attr] = chosen
            filled.append(label)
    if later.notes and later.notes not in member.notes:
        updates["notes"] = f"{member.notes}\n{later.notes}".strip()
        filled.append("notes")
    return replace(member, **updates), filled  # type: ignore[arg-type]


def _find_member(
    by_email: dict[str, Member],
    by_name: dict[str, list[Member]],
    key: str | None,
    person: str | None,
) -> tuple[Member | None, str]:
    """The roster member a row is about, or a reason it cannot tell."""
    if key and key in by_email:
        return by_email[key], ""
    same_name = by_name.get(person or "", [])
    if key:
        # Someone typed in by hand without an email, now arriving with one: the same person.
        without_email = [m for m in same_name if not m.email]
        return (without_email[0] if len(without_email) == 1 else None), ""
    if len(same_name) > 1:
        return None, f"no email, and {len(same_name)} members have this name"
    return (same_name[0] if same_name else None), ""


def mapped_rows(
    plan: ImportPlan, mapping: Sequence[str | None], limit: int = PREVIEW_ROWS
) -> list[tuple[int, Member]]:
    """The first rows as members, the way a mapping reads them (for a preview)."""
    mapping = tuple(mapping)
    notes_columns = sum(1 for m in mapping if m == "notes")
    return [
        (number, _row_values(plan.headers, cells, mapping, notes_columns))
        for number, cells in plan.rows[:limit]
    ]


def _row_values(
    headers: tuple[str, ...],
    cells: tuple[str, ...],
    mapping: tuple[str | None, ...],
    notes_columns: int,
) -> Member:
    return _row_eligibility(headers, cells, mapping, notes_columns)[0]


def _row_eligibility(
    headers: tuple[str, ...],
    cells: tuple[str, ...],
    mapping: tuple[str | None, ...],
    notes_columns: int,
) -> tuple[Member, bool | None]:
    """The row as a member, and whether its eligibility column said yes, no or nothing."""
    values: dict[str, str] = {}
    notes: list[str] = []
    for header, cell, meaning in zip(headers, cells, mapping, strict=True):
        if meaning is None:
            continue
        if meaning == "notes":
            text = cell.strip()
            if text:
                notes.append(f"{header}: {text}" if notes_columns > 1 else text)
            continue
        values[meaning] = " ".join(cell.split())
    first, last = values.get("first_name", ""), values.get("last_name", "")
    if not (first or last) and values.get("full_name"):
        first, last = split_full_name(values["full_name"])
    answer = values.get("eligible", "").casefold()
    eligible = True if answer in _YES else False if answer in _NO else None
    header = next((h for h, m in zip(headers, mapping, strict=True) if m == "eligible"), "")
    reason = "dues" if "dues" in header.casefold() or answer in ("unpaid", "lapsed") else "other"
    member = Member(
        first_name=first,
        last_name=last,
        email=roster.normalise_email(values.get("email")),
        phone=values.get("phone", ""),
        postal_code=values.get("postal_code", ""),
        joined_on=values.get("joined_on") or None,
        eligible=eligible is not False,
        eligibility_reason="" if eligible is not False else reason,
        notes="\n".join(notes),
    )
    return member, eligible


def split_full_name(full: str) -> tuple[str, str]:
    """ "Núñez, Ana" or "Ana María Núñez" → (first, last). Family names of several words are
    better imported from separate columns; this is a best effort."""
    full = " ".join(full.split())
    if "," in full:
        last, _, first = full.partition(",")
        return first.strip(), last.strip()
    first, _, last = full.rpartition(" ")
    return (first, last) if first else (last, "")


def _merge(member: Member, incoming: Member) -> tuple[Member, list[str]]:
    """Fill in what the file knows that the roster does not; return what changed, by name."""
    changed: list[str] = []
    updates: dict[str, object] = {}
    for attr, label in (("first_name", "first name"), ("last_name", "last name")):
        old, new = getattr(member, attr), getattr(incoming, attr)
        chosen = _better_spelling(old, new)
        if chosen != old:
            updates[attr] = chosen
            changed.append(label)
    if incoming.email and not member.email:
        updates["email"] = incoming.email
        changed.append("email")
    if incoming.phone and _digits(incoming.phone) != _digits(member.phone):
        updates["phone"] = incoming.phone
        changed.append("phone")
    if incoming.postal_code and _squash(incoming.postal_code) != _squash(member.postal_code):
        updates["postal_code"] = incoming.postal_code
        changed.append("postal code")
    if incoming.joined_on and (not member.joined_on or incoming.joined_on < member.joined_on):
        # A member joined when they first joined: keep the earliest date either source knows.
        updates["joined_on"] = incoming.joined_on
        changed.append("joined date")
    if incoming.notes and incoming.notes not in member.notes:
        # Notes are the group's own words: add to them, never replace them.
        updates["notes"] = f"{member.notes}\n{incoming.notes}".strip()
        changed.append("notes")
    return replace(member, **updates), changed  # type: ignore[arg-type]


def _better_spelling(old: str, new: str) -> str:
    """The newer spelling, except when the two differ only in case or accents: then the one with
    more accents (a plain-ASCII export must not turn "Núñez" into "Nunez")."""
    if not new or new == old:
        return old
    if not old:
        return new
    if _fold(old) == _fold(new):
        return new if _accents(new) > _accents(old) else old
    return new


def _fold(text: str) -> str:
    return name_key(text)


def _accents(text: str) -> int:
    return sum(1 for ch in text if not ch.isascii())


def _name_key(first: str, last: str) -> str | None:
    return name_key(f"{first} {last}") or None


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _squash(text: str) -> str:
    return "".join(text.split()).upper()


def _not_a_date(text: str) -> str:
    """Quote the bad date so it can be found, unless it might be someone's email address."""
    text = " ".join(text.split())
    if "@" in text or len(text) > 20:
        return "the joined date is not a date"
    return f"the joined date {text!r} is not a date"
