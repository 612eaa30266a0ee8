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


class EndorseError(Exception):
    """A refusal: `str(error)` is the one-line message for the user, `es` its Spanish ("": none
    written yet, the English is shown)."""

    def __init__(self, *args: object, es: str = "") -> None:
        super().__init__(*args)
        self.es = es or (str(getattr(args[0], "es", "")) if args else "")


class InvalidInputError(EndorseError, ValueError):
    """A value the app will not take: a name, a number, a rule, a row of an imported file."""
