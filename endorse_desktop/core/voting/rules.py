"""What a vote is, before anyone counts it: its rules, its record, and the errors in either.

The fixed choices (threshold comparison and base, the runoff policy, outcomes), `Threshold`, and
the SPEC §5 record types (`VoteRecord`, `ChooseOneRound`, `Lot`) with the checks a record makes
of itself when it is built. `counting.py` counts a record, `record.py` reads and writes it as
JSON; both stand on this module, so neither needs the other. The interpretations of the spec
that these checks follow are numbered in `counting.py` and `record.py`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from fractions import Fraction
from typing import Any, Final, Literal, TypeVar

from endorse_desktop.core.bilingual import Said, in_code
from endorse_desktop.core.errors import InvalidInputError

NO_ENDORSEMENT: Final = "No endorsement"
HALF: Final = Fraction(1, 2)
# "present" and "eligible" as the Spanish messages say them
_PRESENT_ES: Final = {"present": "presentes", "eligible": "con derecho a voto"}


class VoteRecordError(InvalidInputError):
    """A vote record, or a rule in it, that cannot be counted.

    The message is one line naming the problem in the facilitator's terms, so the `count`
    command can print it as it is.
    """


class Comparison(StrEnum):
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"


class Base(StrEnum):
    """The denominator of the threshold (R-2)."""

    VOTES_CAST = "votes_cast"
    CONTINUING = "continuing"
    PRESENT = "present"
    ELIGIBLE = "eligible"


class Policy(StrEnum):
    """Who stays on the ballot when a choose-one round decides nothing (R-6)."""

    KEEP_ALL = "keep_all"
    DROP_LAST = "drop_last"
    TOP_TWO = "top_two"


class Outcome(StrEnum):
    ENDORSED = "endorsed"
    NO_ENDORSEMENT = "no_endorsement"
    NO_DECISION = "no_decision"
    NO_QUORUM = "no_quorum"
    NEEDS_LOT = "needs_lot"


# --------------------------------------------------------------------------------------
# One-line messages


# Unicode categories that break a line or cannot be printed: controls, lone surrogates,
# line and paragraph separators.
UNPRINTABLE_CATEGORIES: Final = frozenset({"Cc", "Cs", "Zl", "Zp"})


def quote_name(name: str, limit: int = 80) -> str:
    """`name` in double quotes for a message: escaped so the message stays one line."""
    if len(name) > limit:
        name = name[: limit - 1] + "…"
    text = json.dumps(name, ensure_ascii=False)
    # json.dumps leaves U+2028, NEL and lone surrogates alone; any of them would break the
    # one-line promise (or the terminal's encoder), so escape them too.
    return "".join(
        f"\\u{ord(ch):04x}" if unicodedata.category(ch) in UNPRINTABLE_CATEGORIES else ch
        for ch in text
    )


def show_value(value: object) -> str:
    """A short, JSON-flavoured description of any value, for error messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        # str() of a huge int is slow and, past 4300 digits, raises; nobody needs the digits.
        return str(value) if value.bit_length() < 200 else "a very large number"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        return quote_name(value, limit=40)
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, list | tuple):
        return "a list"
    return f"a {type(value).__name__}"


def is_whole_number(value: object) -> bool:
    """True for an int ≥ 0 (bool excluded: JSON true is not a count)."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


_E = TypeVar("_E", bound=StrEnum)


def enum_value(kind: type[_E], value: object, what: str) -> _E:
    """`value` as a member of `kind`, or a VoteRecordError listing the choices."""
    if isinstance(value, str):
        try:
            return kind(value)
        except ValueError:
            pass
    choices = ", ".join(member.value for member in kind)
    raise VoteRecordError(
        f"{what} must be one of {choices}, not {show_value(value)}",
        es=f"{what} debe ser uno de {choices}, no {show_value(value)}",
    )


# --------------------------------------------------------------------------------------
# R-1 Thresholds

_FRACTION_WORDS: Final = {
    "en": {
        Fraction(1, 2): "half",
        Fraction(3, 5): "three-fifths",
        Fraction(2, 3): "two-thirds",
        Fraction(3, 4): "three-quarters",
    },
    "es": {
        Fraction(1, 2): "la mitad",
        Fraction(3, 5): "tres quintos",
        Fraction(2, 3): "dos tercios",
        Fraction(3, 4): "tres cuartos",
    },
}
# A rule's words in each language: a majority, more than …, unanimous, all, at least …
_RULE_WORDS: Final = {
    "en": ("a majority", "more than {}", "unanimous", "all", "at least {}"),
    "es": ("mayoría", "más de {}", "unanimidad", "la totalidad", "al menos {}"),
}


def _fraction_text(fraction: Fraction, code: str = "en") -> str:
    return _FRACTION_WORDS[code].get(fraction) or f"{fraction.numerator}/{fraction.denominator}"


@dataclass(frozen=True)
class Threshold:
    """A share of the base that an option must reach: `at_least` or `more_than` a fraction.

    Construction refuses rules weaker than more than half, and rules no count can meet.
    """

    fraction: Fraction
    comparison: Comparison

    def __post_init__(self) -> None:
        fraction: object = self.fraction
        if isinstance(fraction, bool) or not isinstance(fraction, Fraction | int):
            raise VoteRecordError(
                f"a threshold fraction must be exact, such as 2/3, not {show_value(fraction)}",
                es=f"la fracción de una regla debe ser exacta, como 2/3, no {show_value(fraction)}",
            )
        object.__setattr__(self, "fraction", Fraction(fraction))
        comparison = enum_value(Comparison, self.comparison, "a threshold comparison")
        object.__setattr__(self, "comparison", comparison)
        problem = self._problem()
        if problem:
            raise VoteRecordError(problem, es=in_code(problem, "es"))

    def _problem(self) -> str | None:
        at_least = self.comparison is Comparison.AT_LEAST
        if self.fraction > 1 or (self.fraction == 1 and not at_least):
            return Said(
                f"threshold {self.description} asks for more than every vote: it can never be met",
                f"la regla {self.description_in('es')} pide más que todos los votos: nunca se "
                "puede cumplir",
            )
        if self.fraction < HALF or (self.fraction == HALF and at_least):
            return Said(
                f"threshold {self.description} is weaker than more than half and is refused",
                f"la regla {self.description_in('es')} es más débil que más de la mitad y se "
                "rechaza",
            )
        return None

    @property
    def label(self) -> str:
        """Short words for a result sentence: "a majority", "two-thirds", "5/8", "unanimous"."""
        return self.label_in("en")

    @property
    def description(self) -> str:
        """The exact rule in words: "at least two-thirds", "more than half", "all"."""
        return self.description_in("en")

    def label_in(self, code: str) -> str:
        """`label` in `code` ("en" or "es": "mayoría", "dos tercios", "unanimidad")."""
        majority, more_than, unanimous, _, _ = _RULE_WORDS[code]
        share = _fraction_text(self.fraction, code)
        if self.comparison is Comparison.MORE_THAN:
            return majority if self.fraction == HALF else more_than.format(share)
        return unanimous if self.fraction == 1 else share

    def description_in(self, code: str) -> str:
        """`description` in `code` ("más de la mitad", "al menos dos tercios", "la totalidad")."""
        _, more_than, _, every, at_least = _RULE_WORDS[code]
        share = _fraction_text(self.fraction, code)
        if self.comparison is Comparison.MORE_THAN:
            return more_than.format(share)
        return every if self.fraction == 1 else at_least.format(share)

    @property
    def preset_name(self) -> str | None:
        """The PRESETS key equal to this rule, if any."""
        return next((name for name, rule in PRESETS.items() if rule == self), None)


PRESETS: Final[dict[str, Threshold]] = {
    "majority": Threshold(HALF, Comparison.MORE_THAN),
    "three_fifths": Threshold(Fraction(3, 5), Comparison.AT_LEAST),
    "two_thirds": Threshold(Fraction(2, 3), Comparison.AT_LEAST),
    "three_quarters": Threshold(Fraction(3, 4), Comparison.AT_LEAST),
    "unanimous": Threshold(Fraction(1), Comparison.AT_LEAST),
}

# Nine digits are plenty for any real rule and keep int() away from enormous strings.
_FRACTION_PATTERN: Final = re.compile(r"\s*([0-9]{1,9})\s*(?:/\s*([0-9]{1,9})\s*)?")
_THRESHOLD_KEYS: Final = ("fraction", "comparison")
_THRESHOLD_HELP: Final = (
    f'use {", ".join(PRESETS)} or {{"fraction": "p/q", "comparison": "at_least" or "more_than"}}'
)
_THRESHOLD_HELP_ES: Final = (
    f'use {", ".join(PRESETS)} o {{"fraction": "p/q", "comparison": "at_least" o "more_than"}}'
)


def parse_threshold(value: object) -> Threshold:
    """A threshold from its vote-record form: a preset name or {"fraction", "comparison"}.

    Accepts a Threshold unchanged. Raises VoteRecordError for anything else, for a
    malformed fraction, and for rules weaker than more than half or impossible to meet.
    """
    if isinstance(value, Threshold):
        return value
    if isinstance(value, str):
        if value in PRESETS:
            return PRESETS[value]
        raise VoteRecordError(
            f"unknown threshold {quote_name(value)}: {_THRESHOLD_HELP}",
            es=f"regla desconocida {quote_name(value)}: {_THRESHOLD_HELP_ES}",
        )
    if not isinstance(value, Mapping):
        raise VoteRecordError(
            f"a threshold cannot be {show_value(value)}: {_THRESHOLD_HELP}",
            es=f"una regla no puede ser {show_value(value)}: {_THRESHOLD_HELP_ES}",
        )
    for key in value:
        if key not in _THRESHOLD_KEYS:
            raise VoteRecordError(
                f"unknown threshold key {show_value(key)}: {_THRESHOLD_HELP}",
                es=f"clave de regla desconocida {show_value(key)}: {_THRESHOLD_HELP_ES}",
            )
    for key in _THRESHOLD_KEYS:
        if key not in value:
            raise VoteRecordError(
                f'the threshold has no "{key}": {_THRESHOLD_HELP}',
                es=f'a la regla le falta "{key}": {_THRESHOLD_HELP_ES}',
            )
    return Threshold(_parse_fraction(value["fraction"]), value["comparison"])


def _parse_fraction(text: object) -> Fraction:
    match = _FRACTION_PATTERN.fullmatch(text) if isinstance(text, str) else None
    if match is None:
        raise VoteRecordError(
            f'a threshold fraction must be written like "2/3", not {show_value(text)}',
            es=f'la fracción de una regla debe escribirse como "2/3", no {show_value(text)}',
        )
    numerator, denominator = int(match[1]), int(match[2] or 1)
    if denominator == 0:
        raise VoteRecordError(
            f"threshold fraction {quote_name(match[0])} divides by zero",
            es=f"la fracción {quote_name(match[0])} de la regla divide entre cero",
        )
    return Fraction(numerator, denominator)


def threshold_to_json(threshold: Threshold) -> str | dict[str, str]:
    """The vote-record form of a threshold: its preset name, or the fraction object."""
    name = threshold.preset_name
    if name is not None:
        return name
    fraction = threshold.fraction
    return {
        "fraction": f"{fraction.numerator}/{fraction.denominator}",
        "comparison": threshold.comparison.value,
    }


def needed(base: int, threshold: Threshold) -> int:
    """The fewest votes that meet `threshold` out of `base` (R-1), in whole-number arithmetic.

    at_least p/q → ⌈base·p/q⌉; more_than p/q → ⌊base·p/q⌋ + 1.
    """
    if not is_whole_number(base):
        raise ValueError(f"a base must be a whole number ≥ 0, not {show_value(base)}")
    threshold = parse_threshold(threshold)
    p, q = threshold.fraction.numerator, threshold.fraction.denominator
    if threshold.comparison is Comparison.AT_LEAST:
        return -(-base * p // q)
    return base * p // q + 1


# --------------------------------------------------------------------------------------
# R-2 bases, R-4 quorum, R-5 limits


def validate_setup(
    *,
    method: str,
    base: Base,
    present: int | None,
    eligible: int | None,
    recused: int,
    quorum: int | None,
) -> None:
    """Refuse a vote set-up that cannot be counted whatever the ballots say (R-2, R-4, R-5).

    Cheap (no per-option work), so the live tally can call it on every keystroke.
    """
    base = enum_value(Base, base, '"base"')
    for key, value in (("present", present), ("eligible", eligible), ("quorum", quorum)):
        if value is not None and not is_whole_number(value):
            raise VoteRecordError(
                f'"{key}" must be a whole number ≥ 0, not {show_value(value)}',
                es=f'"{key}" debe ser un número entero ≥ 0, no {show_value(value)}',
            )
    if not is_whole_number(recused):
        raise VoteRecordError(
            f'"recused" must be a whole number ≥ 0, not {show_value(recused)}',
            es=f'"recused" debe ser un número entero ≥ 0, no {show_value(recused)}',
        )
    for key, value in (("present", present), ("eligible", eligible)):
        if value is not None and recused > value:
            raise VoteRecordError(
                f'"recused" ({show_value(recused)}) cannot be more than "{key}" '
                f"({show_value(value)})",
                es=f"los miembros con conflicto de intereses ({show_value(recused)}) no pueden ser "
                f"más que los {_PRESENT_ES[key]} ({show_value(value)})",
            )
    if quorum is not None and present is None:
        raise VoteRecordError(
            'a quorum needs the number of members present ("present")',
            es="un quórum necesita saber cuántos miembros están presentes: registre la asistencia",
        )
    if base is Base.CONTINUING and method != "ranked":
        raise VoteRecordError(
            'base "continuing" is only for ranked votes',
            es='la base "continuing" es solo para votaciones por orden de preferencia',
        )
    if base is Base.PRESENT and present is None:
        raise VoteRecordError(
            'base "present" needs the number of members present ("present")',
            es="contar sobre los miembros presentes necesita saber cuántos hay: registre la "
            "asistencia",
        )
    if base is Base.ELIGIBLE and eligible is None:
        raise VoteRecordError(
            'base "eligible" needs the number of eligible members ("eligible")',
            es="contar sobre los miembros con derecho a voto necesita saber cuántos hay",
        )


def _fixed_base(base: Base, present: int | None, eligible: int | None, recused: int) -> int:
    """The base that does not depend on the ballots: present or eligible, less the recused."""
    members = present if base is Base.PRESENT else eligible
    if members is None:  # validate_setup refuses this; the check keeps mypy and readers sure
        raise VoteRecordError(
            f'base "{base}" needs "{base}"', es=f'la base "{base}" necesita "{base}"'
        )
    return members - recused


def over_vote_problem(
    ballots: int,
    *,
    present: int | None,
    eligible: int | None,
    recused: int,
    detail: str = "",
) -> str | None:
    """Why `ballots` is more than the members who could vote (R-5), or None if it fits.

    `detail` goes after the number of ballots, e.g. " (30 votes, 1 abstain, 0 spoiled)".
    """
    known = [(n, key) for n, key in ((present, "present"), (eligible, "eligible")) if n is not None]
    if not known:
        return None
    members, key = min(known)
    if ballots <= members - recused:
        return None
    can_vote, said_members, said_recused = (
        show_value(members - recused),
        show_value(members),
        show_value(recused),
    )
    return Said(
        f"{show_value(ballots)} ballots{detail} but only {can_vote} members can vote "
        f"({said_members} {key} − {said_recused} recused)",
        f"{show_value(ballots)} papeletas{in_code(detail, 'es')} pero solo pueden votar "
        f"{can_vote} miembros "
        f"({said_members} {_PRESENT_ES[key]} − {said_recused} con conflicto de intereses)",
    )


def quorum_met(present: int | None, quorum: int | None) -> bool | None:
    """R-4: None when there is no quorum rule. Recused members still count as present."""
    if quorum is None:
        return None
    return present is not None and present >= quorum


# --------------------------------------------------------------------------------------
# R-3 decision


Method = Literal["choose_one", "ranked"]
METHODS: Final = ("choose_one", "ranked")
Rank = tuple[str, ...]  # one name; 2+ names = an overvote; empty = a skipped rank
Ballot = tuple[Rank, ...]


@dataclass(frozen=True)
class ChooseOneRound:
    """One physical choose-one round: votes per option still in, abstentions, spoiled."""

    counts: dict[str, int]
    abstain: int = 0
    spoiled: int = 0


@dataclass(frozen=True)
class Lot:
    """A lot drawn in the room: after ranked round `round`, `eliminated` left."""

    round: int
    eliminated: str


@dataclass(frozen=True, kw_only=True)
class VoteRecord:
    """A whole vote as SPEC §5 describes it. Building one checks it (VoteRecordError)."""

    options: tuple[str, ...]
    method: Method
    policy: Policy = Policy.KEEP_ALL
    threshold: Threshold
    base: Base
    present: int | None = None
    eligible: int | None = None
    recused: int = 0
    quorum: int | None = None
    rounds: tuple[ChooseOneRound, ...] = ()
    ballots: tuple[Ballot, ...] = ()
    lots: tuple[Lot, ...] = ()

    def __post_init__(self) -> None:
        # Lists become tuples and names become enums, so records built by hand and records
        # read from JSON compare equal; then the whole record is checked.
        def put(name: str, value: object) -> None:
            object.__setattr__(self, name, value)

        put("options", _as_tuple(self.options, '"options"'))
        _check_options(self.options)
        if self.method not in METHODS:
            raise VoteRecordError(
                f'"method" must be choose_one or ranked, not {show_value(self.method)}',
                es=f'"method" debe ser choose_one o ranked, no {show_value(self.method)}',
            )
        put("policy", enum_value(Policy, self.policy, '"policy"'))
        put("threshold", parse_threshold(self.threshold))
        put("base", enum_value(Base, self.base, '"base"'))
        validate_setup(
            method=self.method,
            base=self.base,
            present=self.present,
            eligible=self.eligible,
            recused=self.recused,
            quorum=self.quorum,
        )
        put("rounds", _checked_rounds(self))
        put("ballots", _checked_ballots(self))
        put("lots", _checked_lots(self))


# --------------------------------------------------------------------------------------
# Checks run when a VoteRecord is built


def _as_tuple(value: object, what: str) -> tuple[Any, ...]:
    if isinstance(value, list | tuple):
        return tuple(value)
    raise VoteRecordError(
        f"{what} must be a list, not {show_value(value)}",
        es=f"{what} debe ser una lista, no {show_value(value)}",
    )


def _look_alike_key(name: str) -> str:
    """Names that print the same on a ballot share this key."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


_NO_ENDORSEMENT_KEY: Final = _look_alike_key(NO_ENDORSEMENT)


def _check_options(options: tuple[Any, ...]) -> None:
    seen: dict[str, str] = {}
    for number, option in enumerate(options, start=1):
        if not isinstance(option, str):
            raise VoteRecordError(
                f"option {number} must be a name, not {show_value(option)}",
                es=f"la opción {number} debe ser un nombre, no {show_value(option)}",
            )
        if not option.strip():
            raise VoteRecordError(
                f"option {number} has an empty name", es=f"la opción {number} tiene el nombre vacío"
            )
        if option != option.strip():
            raise VoteRecordError(
                f"option {quote_name(option)} starts or ends with a space",
                es=f"la opción {quote_name(option)} empieza o termina con un espacio",
            )
        if any(unicodedata.category(ch) in UNPRINTABLE_CATEGORIES for ch in option):
            raise VoteRecordError(
                f"option {quote_name(option)} contains a line break or control character",
                es=(
                    f"la opción {quote_name(option)} contiene un salto de línea "
                    "o un carácter de control"
                ),
            )
        key = _look_alike_key(option)
        if key in seen:
            twin = seen[key]
            raise VoteRecordError(
                f'{quote_name(option)} is listed twice in "options"'
                if twin == option
                else f"options {quote_name(twin)} and {quote_name(option)} look the same",
                es=(
                    f'{quote_name(option)} aparece dos veces en "options"'
                    if twin == option
                    else f"las opciones {quote_name(twin)} y {quote_name(option)} se ven iguales"
                ),
            )
        if key == _NO_ENDORSEMENT_KEY and option != NO_ENDORSEMENT:
            raise VoteRecordError(
                f"option {quote_name(option)} looks like {quote_name(NO_ENDORSEMENT)} "
                "but is spelled differently: write it exactly so",
                es=(
                    f"la opción {quote_name(option)} se parece a {quote_name(NO_ENDORSEMENT)} "
                    "pero se escribe distinto: escríbala exactamente así"
                ),
            )
        seen[key] = option
    if all(option == NO_ENDORSEMENT for option in options):
        raise VoteRecordError(
            f'"options" must include a candidate besides "{NO_ENDORSEMENT}"',
            es=f'"options" debe incluir un candidato además de "{NO_ENDORSEMENT}"',
        )


def _unknown_option(where: str, name: object, options: Sequence[str]) -> VoteRecordError:
    if not isinstance(name, str):
        return VoteRecordError(
            f"{where}: an option must be a name, not {show_value(name)}",
            es=f"{where}: una opción debe ser un nombre, no {show_value(name)}",
        )
    key = _look_alike_key(name)
    hint = next((o for o in options if _look_alike_key(o) == key), None)
    suffix = f" (did you mean {quote_name(hint)}?)" if hint else ""
    suffix_es = f" (¿quiso decir {quote_name(hint)}?)" if hint else ""
    return VoteRecordError(
        f"{where}: unknown option {quote_name(name)}{suffix}",
        es=f"{where}: opción desconocida {quote_name(name)}{suffix_es}",
    )


# What a record keeps for one method only: the method, and what the other method does instead.
_ONE_METHOD_ONLY: dict[str, tuple[Method, str]] = {
    "rounds": ("choose_one", 'a ranked vote records "ballots"'),
    "ballots": ("ranked", 'a choose-one vote records "rounds"'),
    "lots": ("ranked", "in a choose-one vote the next round shows who the lot dropped"),
}
_INSTEAD_ES: dict[str, str] = {
    "rounds": 'una votación por orden de preferencia registra "ballots"',
    "ballots": 'una votación de elegir una opción registra "rounds"',
    "lots": (
        "en una votación de elegir una opción, la ronda siguiente muestra a quién quitó el sorteo"
    ),
}


def _method_entries(record: VoteRecord, key: str) -> tuple[Any, ...] | None:
    """The record's `key` list ("rounds", "ballots", "lots") when the vote's method keeps one;
    None when it does not, after refusing entries such a vote cannot have."""
    method, instead = _ONE_METHOD_ONLY[key]
    entries = _as_tuple(getattr(record, key), f'"{key}"')
    if record.method == method:
        return entries
    if entries:
        words = method.replace("_", "-")
        raise VoteRecordError(
            f'"{key}" is for {words} votes; {instead}',
            es=f'"{key}" es solo para votaciones {words}; {_INSTEAD_ES[key]}',
        )
    return None


def _checked_rounds(record: VoteRecord) -> tuple[ChooseOneRound, ...]:
    rounds = _method_entries(record, "rounds")
    if rounds is None:
        return ()
    if not rounds:
        raise VoteRecordError(
            'a choose-one vote needs at least one round in "rounds"',
            es='una votación de elegir una opción necesita al menos una ronda en "rounds"',
        )
    return tuple(_checked_round(n, r, record) for n, r in enumerate(rounds, start=1))


def _checked_round(number: int, ballot_round: object, record: VoteRecord) -> ChooseOneRound:
    if not isinstance(ballot_round, ChooseOneRound):
        raise VoteRecordError(f"round {number} must be a ChooseOneRound")
    counts: object = ballot_round.counts
    if not isinstance(counts, Mapping):
        raise VoteRecordError(
            f'round {number}: "counts" must map option names to votes, not {show_value(counts)}',
            es=(
                f'ronda {number}: "counts" debe asignar votos a nombres de opciones, '
                f"no {show_value(counts)}"
            ),
        )
    known = set(record.options)
    for option, votes in counts.items():
        if option not in known:
            raise _unknown_option(f"round {number}", option, record.options)
        if not is_whole_number(votes):
            raise VoteRecordError(
                f"round {number}: counts must be whole numbers ≥ 0: "
                f"{quote_name(option)} has {show_value(votes)}",
                es=(
                    f"ronda {number}: los conteos deben ser números enteros ≥ 0: "
                    f"{quote_name(option)} tiene {show_value(votes)}"
                ),
            )
    for key in ("abstain", "spoiled"):
        value = getattr(ballot_round, key)
        if not is_whole_number(value):
            raise VoteRecordError(
                f'round {number}: "{key}" must be a whole number ≥ 0, not {show_value(value)}',
                es=f'ronda {number}: "{key}" debe ser un número entero ≥ 0, no {show_value(value)}',
            )
    votes_cast = sum(counts.values())
    problem = over_vote_problem(
        votes_cast + ballot_round.abstain + ballot_round.spoiled,
        present=record.present,
        eligible=record.eligible,
        recused=record.recused,
        detail=Said(
            f" ({show_value(votes_cast)} votes, {show_value(ballot_round.abstain)} abstain, "
            f"{show_value(ballot_round.spoiled)} spoiled)",
            f" ({show_value(votes_cast)} votos, {show_value(ballot_round.abstain)} abstenciones, "
            f"{show_value(ballot_round.spoiled)} anuladas)",
        ),
    )
    if problem:
        raise VoteRecordError(
            f"round {number}: {problem}", es=f"ronda {number}: {in_code(problem, 'es')}"
        )
    # A private copy in option order: stable output, and safe from the caller's dict.
    in_order = {option: counts[option] for option in record.options if option in counts}
    return replace(ballot_round, counts=in_order)


def _checked_ballots(record: VoteRecord) -> tuple[Ballot, ...]:
    ballots = _method_entries(record, "ballots")
    if ballots is None:
        return ()
    known = frozenset(record.options)
    checked = tuple(_checked_ballot(n, b, known, record) for n, b in enumerate(ballots, start=1))
    problem = over_vote_problem(
        len(checked), present=record.present, eligible=record.eligible, recused=record.recused
    )
    if problem:
        raise VoteRecordError(problem, es=in_code(problem, "es"))
    return checked


def _checked_ballot(
    number: int, ballot: object, known: frozenset[str], record: VoteRecord
) -> Ballot:
    if not isinstance(ballot, list | tuple):
        raise VoteRecordError(
            f"ballot {number} must be a list of ranks, not {show_value(ballot)}",
            es=(
                f"la papeleta {number} debe ser una lista de preferencias, no {show_value(ballot)}"
            ),
        )
    ranks = []
    for place, rank in enumerate(ballot, start=1):
        where = f"ballot {number}, rank {place}"
        names: tuple[Any, ...]
        if isinstance(rank, str):
            names = (rank,)
        elif isinstance(rank, list | tuple):
            names = tuple(rank)
        else:
            raise VoteRecordError(
                f"{where} must be a name or a list of names, not {show_value(rank)}",
                es=f"{where} debe ser un nombre o una lista de nombres, no {show_value(rank)}",
            )
        for name in names:
            if not isinstance(name, str) or name not in known:
                raise _unknown_option(where, name, record.options)
        if len(set(names)) != len(names):
            raise VoteRecordError(
                f"{where} names the same option twice",
                es=f"{where} nombra la misma opción dos veces",
            )
        ranks.append(names)
    return tuple(ranks)


def _checked_lots(record: VoteRecord) -> tuple[Lot, ...]:
    lots = _method_entries(record, "lots")
    if lots is None:
        return ()
    rounds_seen: set[int] = set()
    for number, lot in enumerate(lots, start=1):
        if not isinstance(lot, Lot):
            raise VoteRecordError(f"lot {number} must be a Lot")
        if not is_whole_number(lot.round) or lot.round < 1:
            raise VoteRecordError(
                f'lot {number}: "round" must be a round number (1, 2, …), not '
                f"{show_value(lot.round)}",
                es=(
                    f'sorteo {number}: "round" debe ser un número de ronda (1, 2, …), no '
                    f"{show_value(lot.round)}"
                ),
            )
        if not isinstance(lot.eliminated, str) or lot.eliminated not in record.options:
            raise _unknown_option(f"lot {number}", lot.eliminated, record.options)
        if lot.eliminated == NO_ENDORSEMENT:
            raise VoteRecordError(
                f'lot {number}: "{NO_ENDORSEMENT}" is never eliminated',
                es=f'sorteo {number}: "{NO_ENDORSEMENT}" nunca se elimina',
            )
        if lot.round in rounds_seen:
            raise VoteRecordError(
                f"two lots are recorded for round {show_value(lot.round)}",
                es=f"hay dos sorteos registrados para la ronda {show_value(lot.round)}",
            )
        rounds_seen.add(lot.round)
    return lots


# --------------------------------------------------------------------------------------
# JSON in
