"""The root of every refusal the app shows a facilitator as a message.

`EndorseError`: the app will not do what was asked, and `str(error)` says why in one line a
facilitator can act on (never a member's contact data). The UI shows it in place or in a message
box, the CLI prints it on stderr; anything that is not an `EndorseError` is a bug and is reported
as "unexpected".

A refusal may also be written in Spanish (`es=`, or a `core.bilingual.Said` message): the UI
shows `in_code(error, its language)`; `str(error)` stays English (the CLI, logs, tests).

`InvalidInputError` is the refusal of a value (a name, a count, a rule, a row of a file). It is
also a `ValueError`, because the standard library's own parsers (`int()`, `Fraction()`,
`date.fromisoformat()`) raise ValueError for the same kind of mistake and the services
translate them where they happen. `StoreError` (core/store/errors.py), the refusal of a file
or of a change the disk would not take, is the other branch.
"""

from __future__ import annotations

from typing import TypeVar


class EndorseError(Exception):
    """A refusal: `str(error)` is the one-line message for the user, `es` its Spanish ("": none
    written yet, the English is shown)."""

    def __init__(self, *args: object, es: str = "") -> None:
        super().__init__(*args)
        self.es = es or (str(getattr(args[0], "es", "")) if args else "")


class InvalidInputError(EndorseError, ValueError):
    """A value the app will not take: a name, a number, a rule, a row of an imported file."""


_Refusal = TypeVar("_Refusal", bound=EndorseError)


def cannot_read(kind: type[_Refusal], name: str, error: OSError) -> _Refusal:
    """The refusal of a file the system would not let us read (a roster, a shared file): one
    sentence for every importer, named by its file name only (never its folder)."""
    reason = error.strerror or error
    return kind(f"cannot read {name}: {reason}", es=f"no se puede leer {name}: {reason}")
