"""The endorsement announcement as a printable press release.

The text is the group's own (edited on the Commitments tab, or the app's draft). Paragraphs are
separated by blank lines; a paragraph whose lines start with "•" prints as a list; a short line
without closing punctuation ("FOR IMMEDIATE RELEASE", the date) prints bold, and the last such
line before the first full paragraph is the headline.
"""

from __future__ import annotations

import os

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from endorse_desktop.core.documents import AnnouncementDocument
from endorse_desktop.reports import common
from endorse_desktop.reports.common import escape

TITLE = "Endorsement announcement"
SHORT_LINE = 90
BULLET = "•"


def render_announcement(doc: AnnouncementDocument, path: str | os.PathLike[str]) -> int:
    """Write the announcement to `path` (PDF); return the number of pages."""
    title = f"{TITLE}: {common.single_line(doc.title)}" if doc.title else TITLE
    info = common.DocumentInfo(
        doc.group_name, doc.cycle_name, title, doc.page_size, generated_at=doc.generated_at
    )
    return common.build_document(path, info, announcement_story(doc.text))


def announcement_story(text: str) -> list[Flowable]:
    s = common.styles()
    body = ParagraphStyle("AnnouncementBody", parent=s.body, fontSize=11, leading=15, spaceAfter=8)
    strong = ParagraphStyle("AnnouncementStrong", parent=body, fontName=common.FONT_BOLD)
    headline = ParagraphStyle("AnnouncementHeadline", parent=s.title, spaceBefore=4, spaceAfter=10)
    item = ParagraphStyle("AnnouncementItem", parent=body, leftIndent=16, spaceAfter=2)
    story: list[Flowable] = []
    blocks = [block.strip() for block in common.clean_text(text).split("\n\n") if block.strip()]
    if not blocks:
        return [Paragraph("The group has no endorsement to announce yet.", body)]
    first_paragraph = next(
        (i for i, block in enumerate(blocks) if "\n" in block or not _is_heading(block)),
        len(blocks),
    )
    for index, block in enumerate(blocks):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        bullets = [line for line in lines if line.startswith(BULLET)]
        if bullets and len(lines) > len(bullets):
            story.append(Paragraph(escape(" ".join(lines[: len(lines) - len(bullets)])), body))
        if bullets:
            for line in bullets:
                story.append(
                    Paragraph(escape(line.removeprefix(BULLET).strip()), item, bulletText=BULLET)
                )
            story[-1].style = ParagraphStyle("AnnouncementLast", parent=item, spaceAfter=8)
            continue
        if len(lines) == 1 and _is_heading(lines[0]):
            style = headline if index == first_paragraph - 1 else strong
            story.append(Paragraph(escape(lines[0]), style))
            continue
        story.append(Paragraph(escape(block, line_breaks=True), body))
    return story


def _is_heading(line: str) -> bool:
    return len(line) <= SHORT_LINE and not line.endswith((".", ",", ":", ";", "?", "!", '"', "]"))
