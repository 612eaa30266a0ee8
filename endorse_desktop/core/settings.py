"""Group & rules (SPEC F-1): the group's name, cycle, paper size and its default voting rule."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from fractions import Fraction
from typing import TYPE_CHECKING, Literal

from endorse_desktop.core.errors import InvalidInputError

from .store import Store
from .store import group_settings as repo

if TYPE_CHECKING:
    from endorse_desktop.core.voting.rules import (
        Threshold,
    )

PageSize = Literal["letter", "a4"]
PAGE_SIZES: tuple[PageSize, ...] = ("letter", "a4")
BASES = ("votes_cast", "present", "eligible", "continuing")
POLICIES = ("keep_all", "drop_last", "top_two")


class SettingsError(InvalidInputError):
    pass


@dataclass(frozen=True)
class GroupSettings:
    name: str = ""
    cycle: str = ""
    page_size: PageSize = "letter"
    threshold_fraction: str = "2/3"
    threshold_comparison: str = "at_least"
    base: str = "votes_cast"
    quorum: int | None = None
    no_endorsement_option: bool = True
    policy: str = "keep_all"
    independent_expenditures: bool = False
    signup_ask: str = ""  # what the sign-up sheet asks; "" prints the app's own words
    signup_ask_es: str = ""

    def threshold_rule(self) -> Threshold:
        """The default threshold as the counting core uses it (raises if it is not a valid rule)."""
        # deferred: the rules cost ~11 ms at start-up (python -X importtime), and the window
        # reads the settings before its first paint without needing them (SPEC P-1).
        from endorse_desktop.core.voting.rules import (
            Comparison,
            Threshold,
        )

        return Threshold(Fraction(self.threshold_fraction), Comparison(self.threshold_comparison))

    def with_changes(self, **changes: object) -> GroupSettings:
        return replace(self, **changes)  # type: ignore[arg-type]


def load_settings(store: Store) -> GroupSettings | None:
    """The group's settings, or None when the group has not been set up yet (first run)."""
    row = repo.load(store)
    if row is None:
        return None
    row["no_endorsement_option"] = bool(row["no_endorsement_option"])
    row["independent_expenditures"] = bool(row["independent_expenditures"])
    return GroupSettings(**row)


def settings_or_default(store: Store) -> GroupSettings:
    return load_settings(store) or GroupSettings()


def validate(settings: GroupSettings) -> None:
    if not settings.name.strip():
        raise SettingsError("the group needs a name", es="el grupo necesita un nombre")
    if settings.page_size not in PAGE_SIZES:
        raise SettingsError(
            f"unknown page size {settings.page_size!r}",
            es=f"tamaño de página desconocido {settings.page_size!r}",
        )
    if settings.base not in BASES:
        raise SettingsError(
            f"unknown base {settings.base!r}", es=f"base desconocida {settings.base!r}"
        )
    if settings.base == "continuing":
        raise SettingsError(
            "'continuing ballots' only applies to a ranked vote; set it per vote",
            es=(
                "'papeletas que siguen en el conteo' solo se aplica a una votación por orden "
                "de preferencia; elíjalo en cada votación"
            ),
        )
    if settings.policy not in POLICIES:
        raise SettingsError(
            f"unknown repeated-ballot policy {settings.policy!r}",
            es=f"regla desconocida para papeletas repetidas {settings.policy!r}",
        )
    try:
        settings.threshold_rule()
    except (ValueError, ZeroDivisionError) as error:
        raise SettingsError(str(error), es=getattr(error, "es", "")) from error
    if settings.quorum is not None and settings.quorum < 0:
        raise SettingsError("the quorum cannot be negative", es="el quórum no puede ser negativo")


def save_settings(store: Store, settings: GroupSettings) -> GroupSettings:
    clean = replace(settings, name=settings.name.strip(), cycle=settings.cycle.strip())
    validate(clean)
    values = asdict(clean)
    values["threshold_fraction"] = str(Fraction(clean.threshold_fraction))
    values["no_endorsement_option"] = int(clean.no_endorsement_option)
    values["independent_expenditures"] = int(clean.independent_expenditures)
    repo.save(store, values)
    return clean
