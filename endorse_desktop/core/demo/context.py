"""What every part of the sample group is built with: the file, its size, seeded dice, dates."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from endorse_desktop.core.demo.calendar import SampleCalendar
from endorse_desktop.core.store import Store

Size = Literal["small", "large"]


@dataclass
class DemoContext:
    store: Store
    size: Size
    rng: random.Random
    calendar: SampleCalendar = field(default_factory=lambda: SampleCalendar(date.today()))
    facts: dict[str, int] = field(default_factory=dict)

    @property
    def large(self) -> bool:
        return self.size == "large"
