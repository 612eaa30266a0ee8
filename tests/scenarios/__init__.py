"""Keyboard scenarios: the real window on a real X server (see harness.py)."""
