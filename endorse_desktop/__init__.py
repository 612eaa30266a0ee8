"""Endorse Desktop: run a group's candidate-endorsement meeting from one laptop."""

__version__ = "0.1.0"
APP_NAME = "endorse-desktop"
APP_TITLE = "Endorse Desktop"
# Reverse-DNS id: the name of the .desktop file, the AppStream id and the icon name (packaging/).
APP_ID = "org.endorsedesktop.EndorseDesktop"
