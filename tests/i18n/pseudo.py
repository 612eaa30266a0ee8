"""A pseudo-translation: every message 40 % longer and accented, placeholders, mnemonics, HTML
and file-dialog patterns kept. Loaded like a real language, it shows where a longer language
would be clipped without waiting for one."""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from endorse_desktop.i18n import ts_path
from endorse_desktop.i18n.tools import run_lrelease

ACCENTED = str.maketrans("aceinosuyACEINOSUY", "áçéíñöšüýÅÇÉÍÑÖŠÜÝ")
# What must reach the screen unchanged: placeholders, HTML tags and entities, a mnemonic's "&",
# a file pattern ("*.csv"), a key name after a "+" is left as is by the letters-only rule below.
KEEP = re.compile(r"%(?:\d|n|s|d)|\{\w*\}|<[^>]*>|&[a-z]+;|&&|\(\*[^)]*\)|\*\.\w+|\s+")
FILLER = "ŵ"  # wide enough to count: "ŵŵŵ" is about as wide as three average letters


def pseudo(text: str) -> str:
    """ "Add member" → "Ádd méɱbéŕ ŵŵŵŵ": accented, and longer by 40 % of its visible letters."""
    if not text.strip():
        return text
    pieces: list[str] = []
    letters = 0
    position = 0
    for match in KEEP.finditer(text):
        plain = text[position : match.start()]
        letters += len(plain)
        pieces.append(plain.translate(ACCENTED))
        pieces.append(match.group())
        position = match.end()
    tail = text[position:]
    letters += len(tail)
    pieces.append(tail.translate(ACCENTED))
    if letters == 0 or "(*" in text:  # a file dialog's filter: its patterns must stay whole
        return "".join(pieces)
    padding = FILLER * math.ceil(letters * 0.4)
    accented = "".join(pieces)
    # the padding goes before trailing punctuation or space, inside the same line and sentence
    stripped = accented.rstrip(" :.…\n")
    return stripped + padding + accented[len(stripped) :]


def write_pseudo_catalog(folder: Path) -> Path:
    """The Spanish catalog's messages, translated by `pseudo`, compiled to a .qm in `folder`."""
    tree = ET.parse(ts_path("es"))
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = list(translation.iter("numerusform"))
        for form in forms or [translation]:
            form.text = pseudo(source)
    ts_file = folder / "endorse_pseudo.ts"
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    qm_file = folder / "endorse_pseudo.qm"
    run_lrelease(ts_file, qm_file)
    return qm_file
