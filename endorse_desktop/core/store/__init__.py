"""Storage: the only code that talks SQL. Open a file with `Store.open(path)`."""

from .database import Store
from .errors import (
    AlreadyOpenError,
    DamagedDatabaseError,
    DiskFullError,
    ForeignDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    ReadOnlyError,
    StoreError,
    UntrustedSchemaError,
)
from .schema import SCHEMA_VERSION

__all__ = [
    "SCHEMA_VERSION",
    "AlreadyOpenError",
    "DamagedDatabaseError",
    "DiskFullError",
    "ForeignDatabaseError",
    "NewerSchemaError",
    "NotADatabaseError",
    "ReadOnlyError",
    "Store",
    "StoreError",
    "UntrustedSchemaError",
]
