"""The command line as scripts and users rely on it (SPEC §6)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from endorse_desktop.cli import _app_start, build_parser

COMMANDS = ["demo", "import", "export", "count", "check"]


def test_top_level_help_lists_every_command(cli) -> None:
    result = cli("--help")
    assert result.returncode == 0
    for command in COMMANDS:
        assert command in result.stdout
    assert "--exit-after-startup" in result.stdout
    assert "--smoke-test" in result.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args([command, "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert f"usage: endorse-desktop {command}" in out
    assert len(out.splitlines()) > 3


@pytest.mark.parametrize(
    "argv",
    [[], ["--db", "f.sqlite3"], ["--exit-after-startup", "--db", "f"], ["--smoke-test"], ["--ex"]],
)
def test_a_plain_start_reads_the_same_options_without_the_commands(argv: list[str]) -> None:
    quick = _app_start(argv)
    assert quick is not None
    assert vars(quick) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize(
    "argv",
    [["--db"], ["--exit-after-startup", "--smoke-test"], ["-h"], ["--db", "f", "demo"], ["--x"]],
)
def test_a_command_help_or_mistake_is_read_by_the_whole_parser(cli, argv: list[str]) -> None:
    assert _app_start(argv) is None
    if argv[0] == "--x":  # refused with the whole usage, commands and all
        result = cli(*argv)
        assert result.returncode == 2
        assert "COMMAND" in result.stderr and "unrecognized arguments: --x" in result.stderr


def test_demo_creates_private_file_and_refuses_to_overwrite(cli, tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    first = cli("demo", "--db", str(path))
    assert first.returncode == 0, first.stderr
    assert "40 members" in first.stdout
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    before = path.read_bytes()
    again = cli("demo", "--db", str(path))
    assert again.returncode != 0
    assert again.stderr.count("\n") == 1 and "already holds a group" in again.stderr
    assert path.read_bytes() == before


def test_errors_are_one_line_and_leave_the_file_alone(cli, tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"\x00\x01 definitely not a database " * 50)
    before = junk.read_bytes()
    for args in (["check", "--db", str(junk)], ["export", "csv", "--db", str(junk), "-o", "o"]):
        result = cli(*args)
        assert result.returncode != 0
        assert result.stderr.count("\n") == 1, result.stderr
        assert "not an Endorse Desktop database" in result.stderr
        assert "Traceback" not in result.stderr
    assert junk.read_bytes() == before


def test_check_passes_on_the_sample_group(cli, demo_path: Path) -> None:
    result = cli("check", "--db", str(demo_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok")


def test_check_reports_a_broken_foreign_key(cli, demo_path: Path) -> None:
    import sqlite3

    conn = sqlite3.connect(demo_path)
    conn.execute(
        "INSERT INTO attendance (meeting_id, member_id, checked_in_at) VALUES (999, 999, 'x')"
    )
    conn.commit()
    conn.close()
    result = cli("check", "--db", str(demo_path))
    assert result.returncode == 1
    assert "foreign key: attendance" in result.stderr


def test_exit_after_startup_creates_the_default_database(cli, tmp_path: Path) -> None:
    data_home = tmp_path / "xdg-data"
    data_home.mkdir()
    result = cli(
        "--exit-after-startup",
        env={"XDG_DATA_HOME": str(data_home), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert "startup_ms=" in result.stdout
    created = data_home / "endorse-desktop" / "endorse.sqlite3"
    assert created.exists()
    assert stat.S_IMODE(os.stat(created).st_mode) == 0o600


@pytest.mark.parametrize("damage", ["newer", "not_sqlite", "truncated"])
def test_exit_after_startup_refuses_bad_files(cli, demo_path: Path, damage: str) -> None:
    import sqlite3

    from endorse_desktop.core.store import SCHEMA_VERSION

    if damage == "newer":
        conn = sqlite3.connect(demo_path)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
        conn.commit()
        conn.close()
        expected = "newer version"
    elif damage == "not_sqlite":
        demo_path.write_text("name,email\nAna,ana@example.org\n", encoding="utf-8")
        expected = "not an Endorse Desktop database"
    else:
        data = demo_path.read_bytes()
        demo_path.write_bytes(data[: len(data) // 3])
        expected = "damaged"
    before = demo_path.read_bytes()
    result = cli(
        "--db", str(demo_path), "--exit-after-startup", env={"QT_QPA_PLATFORM": "offscreen"}
    )
    assert result.returncode != 0
    assert expected in result.stderr
    assert result.stderr.count("\n") == 1
    assert demo_path.read_bytes() == before


def test_smoke_test_passes_on_the_sample_group(cli, demo_path: Path) -> None:
    result = cli("--db", str(demo_path), "--smoke-test", timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "smoke test: ok" in result.stdout
