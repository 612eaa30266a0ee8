"""Exports are private (issue 13): owner-only files, whole or nothing, a full disk in one line."""

from __future__ import annotations

import errno
import io
import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest

from endorse_desktop import cli
from endorse_desktop.core import members as roster
from endorse_desktop.core.members import Member
from endorse_desktop.core.private_files import DiskFullError, private_text_file
from endorse_desktop.core.shared_file import write_shared_file
from endorse_desktop.core.store import Store
from endorse_desktop.exports.tables_csv import write_all_tables

PHONE = "734-555-0199"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_csv_and_json_exports_are_owner_only_even_with_a_lax_umask(store, tmp_path: Path) -> None:
    roster.add_member(store, Member("Ana", "Lee", "ana@example.org", phone=PHONE))
    folder = tmp_path / "out"
    folder.mkdir()
    old = os.umask(0o022)
    try:
        written = [*write_all_tables(store, folder), write_shared_file(store, folder / "g.json")]
    finally:
        os.umask(old)
    assert {p.name for p in written} >= {"members.csv", "g.json"}
    assert {p.name: _mode(p) for p in written} == {p.name: 0o600 for p in written}
    assert PHONE in (folder / "members.csv").read_text(encoding="utf-8-sig")
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in written)


def _disk_full(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every exported file's writes fail as on a full disk (the lock file still works)."""
    real = os.fdopen

    class FullDisk(io.TextIOWrapper):
        def write(self, text: str) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    def fdopen(fd: int, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if mode != "w":
            return real(fd, mode, *args, **kwargs)
        raw = io.FileIO(fd, "w")
        return FullDisk(raw, encoding=kwargs.get("encoding"), newline=kwargs.get("newline"))

    monkeypatch.setattr(os, "fdopen", fdopen)


def test_a_full_disk_leaves_nothing_and_says_so(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "members.csv"
    target.write_text("the old export\n", encoding="utf-8")
    _disk_full(monkeypatch)
    with pytest.raises(DiskFullError) as refused, private_text_file(target) as handle:
        handle.write("Ana,Lee\n")
    monkeypatch.undo()
    assert str(refused.value) == f"the disk holding {tmp_path} is full; nothing was exported"
    assert target.read_text(encoding="utf-8") == "the old export\n"  # untouched
    assert [p.name for p in tmp_path.iterdir()] == ["members.csv"]  # no temporary left


def test_a_failure_mid_write_removes_the_temporary(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError), private_text_file(tmp_path / "votes.csv") as handle:
        handle.write("half")
        raise RuntimeError("killed")
    assert list(tmp_path.iterdir()) == []


def test_export_csv_on_a_full_disk_is_one_line(db_path: Path, tmp_path: Path, monkeypatch, capsys):
    with Store.open(db_path) as store:
        roster.add_member(store, Member("Ana", "Lee", "ana@example.org", phone=PHONE))
    folder = tmp_path / "out"
    folder.mkdir()
    _disk_full(monkeypatch)
    code = cli.main(["export", "csv", "--db", str(db_path), "-o", str(folder)])
    monkeypatch.undo()
    err = capsys.readouterr().err
    assert code == 1
    assert (
        err == f"endorse-desktop: error: the disk holding {folder} is full; nothing was exported\n"
    )
    assert list(folder.iterdir()) == []


def test_count_exits_2_when_a_total_is_too_long_to_print(tmp_path: Path, monkeypatch, capsys):
    from endorse_desktop.core.voting import record

    path = tmp_path / "vote.json"
    path.write_text("{}", encoding="utf-8")
    # A total past Python's 4,300-digit limit: the recount holds it, printing it fails.
    monkeypatch.setattr(record, "recount_json_text", lambda text: {"base": 10**4400})
    code = cli.main(["count", str(path)])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.out == "" and captured.err.count("\n") == 1
    assert json.dumps({"ok": 1})  # the module's json is untouched


# ----- PDFs: ReportLab writes by file name, into an owner-only temporary -----------------------
def _pdf_temporaries(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.startswith(".")]


def test_a_pdf_export_is_owner_only_even_with_a_lax_umask(demo_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    old = os.umask(0o022)
    try:
        code = cli.main(["export", "signup", "--db", str(demo_path), "-o", str(folder / "s.pdf")])
    finally:
        os.umask(old)
    assert code == 0
    assert [p.name for p in folder.iterdir()] == ["s.pdf"]
    assert _mode(folder / "s.pdf") == 0o600


def _failing_save(monkeypatch: pytest.MonkeyPatch, error: BaseException, seen: list[int]) -> None:
    """ReportLab fails while writing the PDF; the temporary it writes to is looked at first."""
    from reportlab.pdfgen.canvas import Canvas

    def save(canvas: Any) -> None:
        target = Path(canvas._filename)
        target.write_bytes(b"%PDF-1.4 half a document")
        seen.append(_mode(target))
        raise error

    monkeypatch.setattr(Canvas, "save", save)


@pytest.mark.parametrize("kind", ["signup", "ballots"])
def test_a_failure_mid_render_leaves_no_temporary_and_the_old_pdf(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "doc.pdf"
    target.write_bytes(b"the old document")
    seen: list[int] = []
    _failing_save(monkeypatch, RuntimeError("killed mid-render"), seen)
    with Store.open(demo_path, readonly=True) as store, pytest.raises(RuntimeError):
        from endorse_desktop.exports.kinds import export_document

        export_document(store, kind, target)
    assert seen == [0o600]  # the half-written temporary was never readable by others
    assert target.read_bytes() == b"the old document"
    assert _pdf_temporaries(folder) == []


def test_a_full_disk_during_a_pdf_export_is_one_line_and_leaves_nothing(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    seen: list[int] = []
    _failing_save(monkeypatch, OSError(errno.ENOSPC, "No space left on device"), seen)
    code = cli.main(["export", "signup", "--db", str(demo_path), "-o", str(folder / "s.pdf")])
    monkeypatch.undo()
    err = capsys.readouterr().err
    assert code == 1 and seen == [0o600]
    assert (
        err == f"endorse-desktop: error: the disk holding {folder} is full; nothing was exported\n"
    )
    assert list(folder.iterdir()) == []


def test_a_vote_record_export_is_owner_only_and_whole(demo_path: Path, tmp_path: Path) -> None:
    with Store.open(demo_path, readonly=True) as store:
        vote = store.scalar("SELECT min(id) FROM votes")
    out = tmp_path / "out"
    out.mkdir()
    old = os.umask(0o022)
    try:
        code = cli.main(
            [
                "export",
                "vote",
                "--vote",
                str(vote),
                "--db",
                str(demo_path),
                "-o",
                str(out / "v.json"),
            ]
        )
    finally:
        os.umask(old)
    assert code == 0
    assert [p.name for p in out.iterdir()] == ["v.json"]
    assert _mode(out / "v.json") == 0o600
    assert json.loads((out / "v.json").read_text(encoding="utf-8"))["rounds"]
