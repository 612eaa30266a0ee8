"""The endorsement announcement as a printable press release.

The text is the group's own (edited on the Commitments tab, or the app's draft). Paragraphs are
separated by blank lines; a paragraph whose lines start with "•" prints as a list; a short line
without closing punctuation ("FOR IMMEDIATE RELEASE", the date) prints bold, and the last such
line before the first full paragraph is the headline.

It goes out under the group's name, so it prints on the group's letterhead (its name and cycle
at the top of the first page), not under the app's header, and without the "Generated …" footer
of the app's internal documents. While a bracketed prompt ("[name, phone, email]") is left in the
text, every page says DRAFT across it and at its top, so an unfinished release is not sent.

In Spanish the group's Spanish text prints (`AnnouncementDocument.text_es`); in both languages the
English release, then the Spanish one under a rule, with the page marks in both languages.
"""

from __future__ import annotations

import os

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, HRFlowable, Paragraph, Spacer

from endorse_desktop.core.commitments.announcement import has_placeholders
from endorse_desktop.core.document_text import ENGLISH, DocumentText, in_languages, texts
from endorse_desktop.core.documents import AnnouncementDocument
from endorse_desktop.reports import common
from endorse_desktop.reports.common import escape

TITLE = "Endorsement announcement"
SHORT_LINE = 90
BULLET = "•"
DRAFT = "DRAFT"
DRAFT_NOTE = "DRAFT — fill in every [bracketed] part before sending"
# Drawn over the finished page (the furniture comes last), so it is see-through: the text reads
# through it, and a black-and-white copier still shows it.
DRAFT_GREY = colors.Color(0.45, 0.45, 0.45, alpha=0.18)


def render_announcement(doc: AnnouncementDocument, path: str | os.PathLike[str]) -> int:
    """Write the announcement to `path` (PDF); return the number of pages."""
    words = texts(doc.language)
    heading = " / ".join(t.announcement_title for t in words)
    title = f"{heading}: {common.single_line(doc.title)}" if doc.title else heading
    info = common.DocumentInfo(
        doc.group_name,
        doc.cycle_name,
        title,
        doc.page_size,
        generated_at=doc.generated_at,
        language=doc.language,
    )
    releases = in_languages(doc.text, doc.text_es, doc.language) or ("",)
    draft = any(has_placeholders(text) for text in releases)

    def decorate(canvas: Canvas, info: common.DocumentInfo, page: int, pages: int) -> None:
        _page_marks(canvas, page, pages, draft=draft, words=words)

    story = [*letterhead(doc.group_name, doc.cycle_name)]
    for index, text in enumerate(releases):
        if index:  # the Spanish release under the English one, set apart by a rule
            story.append(Spacer(0, 6))
            story.append(HRFlowable(width="100%", thickness=0.6, color=common.RULE, spaceAfter=10))
        story += announcement_story(text, words[min(index, len(words) - 1)])
    return common.build_document(path, info, story, decorate=decorate)


def letterhead(group_name: str, cycle_name: str) -> list[Flowable]:
    """The group's name large at the top of the first page, its cycle under it, then a rule."""
    s = common.styles()
    name = ParagraphStyle("Letterhead", parent=s.title, fontSize=20, leading=24, spaceAfter=2)
    story: list[Flowable] = []
    if common.single_line(group_name):
        story.append(Paragraph(escape(common.single_line(group_name)), name))
    if common.single_line(cycle_name):
        story.append(Paragraph(escape(common.single_line(cycle_name)), s.small))
    if story:
        story.append(HRFlowable(width="100%", thickness=1, color=common.INK, spaceBefore=4))
        story.append(Spacer(0, 10))
    return story


def _page_marks(
    canvas: Canvas,
    page: int,
    pages: int,
    *,
    draft: bool,
    words: tuple[DocumentText, ...] = (ENGLISH,),
) -> None:
    """DRAFT across the page and at its top while placeholders remain; "- more -" and page
    numbers only when the release runs over one page (as press releases mark them)."""
    width, height = canvas._pagesize
    canvas.saveState()
    if draft:
        canvas.setFillColor(DRAFT_GREY)
        canvas.setFillAlpha(DRAFT_GREY.alpha)
        canvas.setFont(common.FONT_BOLD, 110)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(35)
        canvas.drawCentredString(0, -40, " / ".join(t.draft for t in words))
        canvas.rotate(-35)
        canvas.translate(-width / 2, -height / 2)
        canvas.setFillAlpha(1)
        canvas.setFillColor(common.VERMILLION)
        canvas.setFont(common.FONT_BOLD, 10)
        note = " / ".join(t.draft_note for t in words)
        common.draw_text(canvas, common.MARGIN, height - common.MARGIN, note, 10, bold=True)
    if pages > 1:
        canvas.setFillColor(common.MUTED)
        canvas.setFont(common.FONT, 8)
        footer_y = common.MARGIN - 4
        if page < pages:
            canvas.drawCentredString(width / 2, footer_y, " ".join(t.more for t in words))
        numbers = " / ".join(t.of_pages.format(page=page, pages=pages) for t in words)
        canvas.drawRightString(width - common.MARGIN, footer_y, numbers)
    canvas.restoreState()


def announcement_story(text: str, words: DocumentText = ENGLISH) -> list[Flowable]:
    s = common.styles()
    body = ParagraphStyle("AnnouncementBody", parent=s.body, fontSize=11, leading=15, spaceAfter=8)
    strong = ParagraphStyle("AnnouncementStrong", parent=body, fontName=common.FONT_BOLD)
    headline = ParagraphStyle("AnnouncementHeadline", parent=s.title, spaceBefore=4, spaceAfter=10)
    item = ParagraphStyle("AnnouncementItem", parent=body, leftIndent=16, spaceAfter=2)
    story: list[Flowable] = []
    blocks = [block.strip() for block in common.clean_text(text).split("\n\n") if block.strip()]
    if not blocks:
        return [Paragraph(escape(words.nothing_to_announce), body)]
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
