"""Small wording helpers shared by the tabs (the words themselves come translated)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication


class Translate(Protocol):
    def __call__(self, text: str, disambiguation: str | None = None, n: int = -1) -> str: ...


def translator(context: str) -> Translate:
    """A module's `_tr = translator("GoalsPage")`: its words under one translation context.
    A plural is written `_tr("Deleted %n pledge(s)", None, n)`: three arguments, the shape
    lupdate reads as a numerus message."""

    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(context, text, disambiguation, n)

    return tr


def arg(text: str, *values: object) -> str:
    """A translated text's "%1", "%2" … filled with the values in order, as Qt's QString::arg
    (the placeholders stay in the catalog, where a translation may put them in any order)."""
    for number in range(len(values), 0, -1):  # "%10" before "%1"
        text = text.replace(f"%{number}", str(values[number - 1]))
    return text


def plural(count: int, singular: str, plural_form: str) -> str:
    """ "1 value", "3 values": without an English translation file Qt cannot choose by itself."""
    return f"{count} {singular if count == 1 else plural_form}"


def coverage(rated: int, total: int, *, short: bool = False) -> str:
    """ "7 of 9 values rated" (SPEC F-4), or "7 of 9 rated" where room is tight."""
    # Spelled out each time: lupdate finds QCoreApplication.translate("Coverage", "…"), not an
    # alias of it.
    if short:
        text = QCoreApplication.translate("Coverage", "%1 of %2 rated")
        return text.replace("%1", str(rated)).replace("%2", str(total))
    what = (
        QCoreApplication.translate("Coverage", "value")
        if total == 1
        else QCoreApplication.translate("Coverage", "values")
    )
    return (
        QCoreApplication.translate("Coverage", "%1 of %2 %3 rated")
        .replace("%1", str(rated))
        .replace("%2", str(total))
        .replace("%3", what)
    )
