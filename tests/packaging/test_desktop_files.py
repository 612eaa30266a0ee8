"""The Linux menu entry and the AppStream metadata: valid, and naming the same app.

The validators come from Debian's desktop-file-utils and appstream packages (.ci/run installs
them); without them those two tests are skipped, and say why.
"""

from __future__ import annotations

import configparser
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlparse

import pytest
from conftest import REPO

from endorse_desktop import APP_ID, APP_TITLE, __version__

PACKAGING = REPO / "packaging"
DESKTOP_FILE = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"


def run_validator(*command: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed (apt-get install desktop-file-utils appstream)")
    return subprocess.run(command, capture_output=True, text=True, check=False, timeout=60)


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def test_desktop_file_passes_desktop_file_validate() -> None:
    result = run_validator("desktop-file-validate", str(DESKTOP_FILE))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""  # not even a hint


def test_metainfo_passes_appstreamcli_validate() -> None:
    result = run_validator("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr


def test_menu_entry_metainfo_and_icon_all_name_the_same_app() -> None:
    entry = desktop_entry()
    root = metainfo()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP_FILE.name
    assert entry["Icon"] == APP_ID
    assert entry["Name"] == root.findtext("name") == APP_TITLE
    # The window tells X11 docks its class; the menu entry must expect the same one.
    assert entry["StartupWMClass"] == "endorse-desktop"


def test_menu_entry_runs_the_installed_command() -> None:
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "scripts"
    ]
    entry = desktop_entry()
    assert entry["Exec"].split()[0] in scripts
    assert entry["TryExec"] in scripts
    assert metainfo().findtext("provides/binary") in scripts


def test_metainfo_describes_this_version() -> None:
    versions = [release.get("version") for release in metainfo().iter("release")]
    assert versions[0] == __version__  # newest first


def test_metainfo_screenshots_are_in_the_repository() -> None:
    images = [image.text or "" for image in metainfo().iter("image")]
    assert images
    for url in images:
        path = urlparse(url).path
        assert "/docs/screenshots/" in path, url
        local = REPO / "docs" / "screenshots" / Path(path).name
        assert local.is_file(), f"{url} names {local.relative_to(REPO)}, which does not exist"
