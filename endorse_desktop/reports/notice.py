"""A one-page document that says why there is nothing to print yet.

Exports never fail because a group has no data: ballots before any race exists, say, print this
page with the group's header and a sentence saying what to do first.
"""

from __future__ import annotations

import os

from reportlab.platypus import Paragraph

from endorse_desktop.reports import common


def render_notice(
    path: str | os.PathLike[str],
    *,
    group_name: str,
    cycle: str,
    title: str,
    text: str,
    page_size: str = "letter",
) -> int:
    info = common.DocumentInfo(group_name, cycle, title, page_size)
    s = common.styles()
    return common.build_document(
        path,
        info,
        [Paragraph(common.escape(title), s.title), Paragraph(common.escape(text), s.body)],
    )
