"""Look at a file's SQLite header before SQLite touches it.

Opening a damaged or foreign file with SQLite and switching it to WAL would already change bytes on
disk. Reading the 100-byte header in plain Python lets us refuse such files byte-for-byte untouched.
Layout: https://www.sqlite.org/fileformat.html#the_database_header
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

from .errors import DamagedDatabaseError, NotADatabaseError

MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


@dataclass(frozen=True)
class Header:
    page_size: int
    page_count: int
    page_count_valid: bool
    user_version: int
    application_id: int


def read_header(path: Path) -> Header | None:
    """The parsed header, or None for an empty (brand-new) file. Raises for anything not SQLite."""
    size = path.stat().st_size
    if size == 0:
        return None
    with path.open("rb") as handle:
        raw = handle.read(HEADER_SIZE)
    if len(raw) < HEADER_SIZE or not raw.startswith(MAGIC):
        raise NotADatabaseError(
            f"{path.name} is not an Endorse Desktop database (not an SQLite file)",
            es=(
                f"{path.name} no es una base de datos de Endorse Desktop (no es un archivo SQLite)"
            ),
        )
    (page_size_raw,) = struct.unpack(">H", raw[16:18])
    page_size = 65536 if page_size_raw == 1 else page_size_raw
    if page_size < 512 or page_size & (page_size - 1):
        raise DamagedDatabaseError(
            f"{path.name} is damaged: its header gives an impossible page size",
            es=f"{path.name} está dañado: su encabezado indica un tamaño de página imposible",
        )
    change_counter, page_count = struct.unpack(">II", raw[24:32])
    (valid_for,) = struct.unpack(">I", raw[92:96])
    (user_version,) = struct.unpack(">i", raw[60:64])
    (application_id,) = struct.unpack(">i", raw[68:72])
    header = Header(
        page_size=page_size,
        page_count=page_count,
        page_count_valid=page_count > 0 and valid_for == change_counter,
        user_version=user_version,
        application_id=application_id,
    )
    if _has_hot_wal(path):
        # A crash or power cut during a checkpoint leaves the main file shorter than its header
        # says while the WAL still holds every page: SQLite recovers such a file on opening, so
        # its size proves nothing here.
        return header
    if size % page_size or (header.page_count_valid and size < page_count * page_size):
        raise DamagedDatabaseError(
            f"{path.name} is damaged or incomplete (truncated to {size:,} bytes); "
            "restore it from a backup",
            es=(
                f"{path.name} está dañado o incompleto (cortado a {size:,} bytes); "
                "restáurelo desde una copia de seguridad"
            ),
        )
    return header


WAL_HEADER_SIZE = 32


def _has_hot_wal(path: Path) -> bool:
    """A write-ahead log beside the file that holds at least one frame."""
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > WAL_HEADER_SIZE
    except OSError:
        return False
