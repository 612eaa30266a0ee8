"""The sample chapter's settings."""

from __future__ import annotations

from endorse_desktop.core.demo.context import DemoContext

from ..settings import GroupSettings, save_settings


def build(context: DemoContext) -> None:
    save_settings(
        context.store,
        GroupSettings(
            name="Riverton Indivisible",
            cycle=context.calendar.cycle,
            page_size="letter",
            threshold_fraction="2/3",
            threshold_comparison="at_least",
            base="votes_cast",
            quorum=15,
            no_endorsement_option=True,
            policy="drop_last",
            independent_expenditures=False,
        ),
    )
