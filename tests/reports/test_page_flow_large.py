"""No blank pages in any export of the large sample (issue 14), and long tables that say what
they list on every page.

The large sample is built once for the whole test session; every PDF export is rendered from it
and read back page by page: a page whose only text is the header and footer is a blank page.
(A page whose drawing runs to thousands of bytes is not blank: only the short ones are read back
as text, which keeps 1,600 pages of commitment report to seconds. The sign-up sheets are those of
one race, a hundred and more pre-printed pages, rather than all twenty races' 2,880.)"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import SAMPLE_TODAY
from pypdf import PdfReader

from endorse_desktop.core.store import Store
from endorse_desktop.exports.kinds import export_document
from endorse_desktop.reports import common

# What a page says even when nothing is printed on it: the header and the footer.
SURELY_DRAWN = 4_000  # bytes of page drawing: more than a header and footer ever take
FURNITURE = re.compile(r"^(Generated \d{4}-\d\d-\d\d \d\d:\d\d|Page \d+ of \d+)$")
EXPORTS = {
    "ballots": {"copies": 40, "per_page": 2},
    "scorecard": {},
    "signup": {"present_names": True, "race": "RACE"},
    "summary": {},
    "commitments": {},
    "announcement": {},
}


@pytest.fixture(scope="session")
def large_sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from endorse_desktop.core.demo import build_demo

    path = tmp_path_factory.mktemp("large") / "large.sqlite3"
    build_demo(path, size="large", today=SAMPLE_TODAY)
    return path


@pytest.fixture(scope="session")
def large_exports(
    large_sample: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, list[str]]]:
    folder = tmp_path_factory.mktemp("large-exports")
    pages: dict[str, list[str]] = {}
    with Store.open(large_sample, readonly=True) as store:
        header = str(store.scalar("SELECT name FROM group_settings"))
        race = str(store.scalar("SELECT office FROM races ORDER BY id LIMIT 1"))
        for kind, options in EXPORTS.items():
            out = folder / f"{kind}.pdf"
            chosen = {k: (race if v == "RACE" else v) for k, v in options.items()}
            export_document(store, kind, out, **chosen)
            pages[kind] = _page_texts(out)
    bodies: dict[str, list[str]] = {
        kind: [_body(text, header) for text in texts] for kind, texts in pages.items()
    }
    bodies["_paths"] = [str(folder / f"{kind}.pdf") for kind in EXPORTS]
    yield bodies


def _page_texts(path: Path) -> list[str]:
    texts = []
    for page in PdfReader(str(path)).pages:
        contents = page.get_contents()
        drawn = len(contents.get_data()) if contents is not None else 0
        texts.append("(drawn)" if drawn > SURELY_DRAWN else page.extract_text() or "")
    return texts


def _body(text: str, group_name: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    kept = [
        line
        for line in lines
        if not FURNITURE.match(line) and not (line.startswith(f"{group_name} ·"))
    ]
    return "\n".join(kept)


@pytest.mark.timeout(900)  # the session's large sample and its exports are made in the first
@pytest.mark.parametrize("kind", list(EXPORTS))
def test_no_export_of_the_large_sample_has_a_blank_page(large_exports, kind: str) -> None:
    bodies = large_exports[kind]
    assert bodies, f"{kind}: no pages"
    blank = [number for number, body in enumerate(bodies, start=1) if not body]
    assert blank == [], f"{kind}: blank page(s) {blank[:10]} of {len(bodies)}"


def test_continued_tables_say_what_they_list(large_exports) -> None:
    assert large_exports["commitments"]
    path = next(Path(p) for p in large_exports["_paths"] if p.endswith("commitments.pdf"))
    pages = PdfReader(str(path)).pages
    continued = 0
    for page in pages[1:40]:
        lines = [line.strip() for line in (page.extract_text() or "").splitlines() if line.strip()]
        top = next((n for n, line in enumerate(lines) if line.endswith("(continued)")), None)
        if top is None:
            continue
        continued += 1
        assert " — " in lines[top], lines[top]  # names the endorsement
        assert lines[top + 1].startswith("Member"), lines[top + 1]  # the heading row again
    assert continued > 10


def test_an_email_address_breaks_at_its_at_sign_not_inside_a_word() -> None:
    lines = common.wrap_lines("agnieszka.andersson2@example.org", 8.5, 120)
    assert lines == ["agnieszka.andersson2", "@example.org"]
