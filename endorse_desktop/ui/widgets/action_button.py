"""Kept for the modules that import it from here: the buttons live in `ui/widgets/actions.py`."""

from __future__ import annotations

from endorse_desktop.ui.widgets.actions import action_button, button_row

__all__ = ["action_button", "button_row"]
