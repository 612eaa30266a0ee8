"""The words our printed documents say, in English and Spanish, and the language a document is in.

Printed documents are not Qt (the core, reports and exports never import it), so their words live
here rather than in the .ts files: one typed record per language, built by one constructor that
writes every text once with its English beside its Spanish, so a string added to English without
its Spanish is a type error, not a blank on paper. The Spanish is our own, plain and
neutral Latin-American usage ("papeleta oficial", "sin respaldo", "marque así"), the words a
volunteer facilitator would use.

Dates and numbers are formatted here too, by hand: the machine's locales (often only C and
en_US) must not decide what a Spanish ballot says.

A document in both languages follows US election offices (Voting Rights Act §203 ballots): every
instruction in English, then in Spanish; names (candidates, members) once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TypeVar

# what a catalog entry is: a text, a singular/plural pair, the five rating labels
_T = TypeVar("_T", str, tuple[str, str], tuple[str, str, str, str, str])


class Language(StrEnum):
    """The language(s) a document is printed in; the value is what `--lang` takes."""

    EN = "en"
    ES = "es"
    BOTH = "en+es"

    @property
    def codes(self) -> tuple[str, ...]:
        """The languages in printing order: English first in a bilingual document."""
        return {"en": ("en",), "es": ("es",), "en+es": ("en", "es")}[self.value]

    @property
    def has_spanish(self) -> bool:
        return self is not Language.EN

    @property
    def has_english(self) -> bool:
        return self is not Language.ES

    @classmethod
    def parse(cls, text: str | Language | None) -> Language:
        """ "en", "es", "en+es" (also "es+en", "both"); None is English."""
        if text is None:
            return cls.EN
        if isinstance(text, Language):
            return text
        key = text.strip().lower().replace(" ", "")
        key = {"both": "en+es", "es+en": "en+es", "bilingual": "en+es"}.get(key, key)
        try:
            return cls(key)
        except ValueError:
            raise ValueError(f"unknown language {text!r}; use en, es or en+es") from None


@dataclass(frozen=True)
class DocumentText:
    """Every fixed string a printed document says. `{…}` fields are filled with str.format."""

    code: str
    # ballots
    official_ballot: str
    tellers_initials: str
    meeting: str  # "Meeting: {date}"
    printed: str  # "Printed {date}"
    question: str  # "Whom should the group endorse for {race}?"
    choose_one_instructions: str
    ranked_instructions: str
    # The short form a bilingual ballot falls back to when both full texts leave no room
    # (4 to a page): the same rules, fewer words, the same type size.
    choose_one_short: str
    ranked_short: str
    example: str
    example_note: str
    stub_note: str
    serial: str  # "No. {serial}"
    no_endorsement: str
    ballots_title: str
    no_races_yet: str
    # sign-up sheets
    signup_title: str
    help_elect: str  # "Help elect {candidate} for {race}"
    commitments_for_race: str
    commitments: str
    endorsed_candidate: str
    whoever_endorsed: str
    race: str
    election_day: str
    date: str
    ask: str
    money_note: str
    consent_line: str
    coordination_note: str
    name: str
    phone: str
    email: str
    shifts_notes: str
    # the announcement
    announcement_title: str
    nothing_to_announce: str
    draft: str
    draft_note: str
    more: str
    # every paged document
    page_of: str  # "Page {page} of {pages}"
    of_pages: str  # "{page} of {pages}"
    generated: str  # "Generated {when}"
    # scorecards and minutes
    scorecard_title: str
    minutes_title: str
    how_to_read: str
    races_heading: str
    no_races: str
    no_candidates: str
    no_values: str
    candidates_range: str  # "Candidates {first}–{last} of {total}"
    election: str  # "Election {date}"
    stages: tuple[str, str]  # primary, general
    value: str
    weight: str
    weighted_score: str
    coverage: str
    coverage_text: str  # "{rated} of {total} values rated"
    dealbreakers: str
    none: str
    dealbreaker: str
    incumbent: str
    legend: str  # {mark}, {hit}
    appendix: str
    no_notes: str
    source: str  # "source: {source}"
    candidate_count: tuple[str, str]  # "{n} candidate", "{n} candidates"
    rating_labels: tuple[str, str, str, str, str]  # 0 Opposes … 4 Champion
    unknown: str
    minutes_of: str  # "Minutes of the meeting of {date}"
    no_meetings: str
    attendance_quorum: str
    votes_heading: str
    no_votes: str
    vote_heading: str  # "Vote {number}: {race}"
    method: str
    rule: str
    could_vote: str
    outcome: str
    status: str  # "Status: {status}."
    endorsements_made: str
    candidate: str
    race_word: str
    status_word: str
    decided_by: str
    commitments_pledged: str
    pledges_so_far: tuple[str, str]  # "{what}: {count} pledge so far.", "… pledges …"
    approved: str
    # the minutes' tables
    option: str
    open_round: str
    abstained: str
    blank_or_spoiled: str
    blank_ballots: str
    exhausted: str
    base: str
    needed: str
    leaves_after: str
    tied: str
    ballot_accounting: str
    printed_count: str
    issued: str
    returned: str
    blank: str
    spoiled: str
    spoiled_typed: str
    amendments: str
    facilitator: str
    secretary: str
    signed: str
    # the projector's live vote, as the room reads it in Spanish or both languages
    ballots_counted: tuple[str, str]  # "{n} ballot counted", "{n} ballots counted"
    final: str
    round_heading: str  # "Round {n}"
    # the lines under the projector's bars, and the bars' own words
    needed_line: str  # "Needed: {needed} of {base} {base_words} ({rule})"
    needed_none: str  # "Needed: {rule} — no votes counted yet"
    quorum_met: str  # "Quorum {quorum}: met ✓ ({present} present)"
    no_quorum: str  # "⚠ No quorum: {present} present, {quorum} needed"
    over_vote: str  # "⚠ Over-vote: {problem}"
    blank_or_overvoted: str
    no_choice_left: str
    not_counted: str
    no_votes_yet: str
    reached: str
    so_far: str
    needs_more: tuple[str, str]  # "needs {n} more"
    round_of: str  # "Round {n} of {total}"
    needed_count: str  # "{n} needed", over the threshold line


def _catalog(code: str) -> DocumentText:
    """The catalog of `code`: each text written once, its English beside its Spanish
    (`pick(English, Spanish)`), so neither language can miss a text or drift out of step."""

    def pick(english: _T, spanish: _T) -> _T:
        return spanish if code == "es" else english

    return DocumentText(
        code=code,
        official_ballot=pick("OFFICIAL BALLOT", "PAPELETA OFICIAL"),
        tellers_initials=pick("Teller's initials", "Iniciales del escrutador"),
        meeting=pick("Meeting: {date}", "Reunión: {date}"),
        printed=pick("Printed {date}", "Impresa el {date}"),
        question=pick(
            "Whom should the group endorse for {race}?",
            "¿A quién debe respaldar el grupo para {race}?",
        ),
        choose_one_instructions=pick(
            (
                "Fill in ONE circle completely, like this: ●. A ballot with more than one circle "
                "filled in cannot be counted. Made a mistake? Ask for a fresh ballot."
            ),
            (
                "Rellene UN solo círculo por completo, marque así: ●. Una papeleta con más de un "
                "círculo marcado no se puede contar. ¿Se equivocó? Pida una papeleta nueva."
            ),
        ),
        ranked_instructions=pick(
            (
                "Rank the choices: in the 1st column fill in the circle beside your favourite, in "
                "the 2nd column your next choice, and so on. At most one circle in each row and in "
                "each column. Rank as many or as few as you like."
            ),
            (
                "Vote por orden de preferencia: en la 1.ª columna rellene el círculo junto a su "
                "favorito, en la 2.ª columna su siguiente opción, y así sucesivamente. Como máximo "
                "un círculo en cada fila y en cada columna. Ordene tantas opciones como quiera."
            ),
        ),
        choose_one_short=pick(
            (
                "Fill in ONE circle completely: ●. More than one filled in cannot be counted. "
                "Mistake? Ask for a fresh ballot."
            ),
            (
                "Rellene UN solo círculo por completo: ●. Con más de uno marcado no se cuenta. ¿Se "
                "equivocó? Pida otra papeleta."
            ),
        ),
        ranked_short=pick(
            (
                "1st column: your favourite; 2nd column: your next choice; and so on. At most one "
                "circle in each row and column."
            ),
            (
                "1.ª columna: su favorito; 2.ª columna: su siguiente opción; y así sucesivamente. "
                "Como máximo un círculo por fila y por columna."
            ),
        ),
        example=pick("Example:", "Ejemplo:"),
        example_note=pick("← 1st choice filled in", "← 1.ª opción marcada"),
        stub_note=pick(
            "✂ Teller: tear off this stub when handing out the ballot, and keep it.",
            "✂ Escrutador: desprenda este talón al entregar la papeleta y guárdelo.",
        ),
        serial=pick("No. {serial}", "N.º {serial}"),
        no_endorsement=pick("No endorsement", "Sin respaldo"),
        ballots_title=pick("Ballots", "Papeletas"),
        no_races_yet=pick(
            "No races yet: add a race and its candidates, then print ballots for it.",
            (
                "Todavía no hay contiendas: agregue una contienda y sus candidatos, y luego "
                "imprima las papeletas."
            ),
        ),
        signup_title=pick("Commitment sign-up sheet", "Hoja de compromisos"),
        help_elect=pick(
            "Help elect {candidate} for {race}",
            "Ayude a elegir a {candidate} para {race}",
        ),
        commitments_for_race=pick(
            "Commitments for the race for {race}",
            "Compromisos para la contienda de {race}",
        ),
        commitments=pick("Commitments", "Compromisos"),
        endorsed_candidate=pick(
            "Endorsed candidate: {candidate}",
            "Candidato respaldado: {candidate}",
        ),
        whoever_endorsed=pick(
            "Candidate: whoever the group endorses",
            "Candidato: quien el grupo respalde",
        ),
        race=pick("Race: {race}", "Contienda: {race}"),
        election_day=pick("Election day: {date}", "Día de la elección: {date}"),
        date=pick("Date: {date}", "Fecha: {date}"),
        ask=pick(
            (
                "Our endorsement comes with our work. Put your name down for what you will do for "
                "this campaign, and an organizer will follow up with times and places."
            ),
            (
                "Nuestro respaldo viene con nuestro trabajo. Anote su nombre en lo que hará por "
                "esta campaña, y un organizador se comunicará con usted para darle horarios y "
                "lugares."
            ),
        ),
        money_note=pick(
            (
                "Donations: give to the campaign yourself. The group never collects or passes on "
                "money; tick the box only so we can count our support."
            ),
            (
                "Donaciones: entréguelas usted mismo a la campaña. El grupo nunca recibe ni "
                "entrega dinero; marque la casilla solo para que podamos contar nuestro apoyo."
            ),
        ),
        consent_line=pick(
            (
                "By writing your name and contact details here you agree that the group's "
                "organizers may phone or email you about these commitments. We use them for "
                "nothing else."
            ),
            (
                "Al escribir aquí su nombre y sus datos de contacto, acepta que los organizadores "
                "del grupo lo llamen o le escriban sobre estos compromisos. No los usamos para "
                "nada más."
            ),
        ),
        coordination_note=pick(
            (
                "Our group spends money independently in this election, so we do not plan with the "
                "campaign: volunteer through the campaign's own events, and keep what it tells you "
                "privately out of our group's plans."
            ),
            (
                "Nuestro grupo gasta dinero de forma independiente en esta elección, así que no "
                "hacemos planes con la campaña: participe como voluntario en los eventos de la "
                "propia campaña, y no traiga a los planes del grupo lo que la campaña le cuente en "
                "privado."
            ),
        ),
        name=pick("Name", "Nombre"),
        phone=pick("Phone", "Teléfono"),
        email=pick("Email", "Correo"),
        shifts_notes=pick("Shifts / Notes", "Turnos / Notas"),
        announcement_title=pick("Endorsement announcement", "Anuncio de respaldo"),
        nothing_to_announce=pick(
            "The group has no endorsement to announce yet.",
            "El grupo todavía no tiene ningún respaldo que anunciar.",
        ),
        draft=pick("DRAFT", "BORRADOR"),
        draft_note=pick(
            "DRAFT — fill in every [bracketed] part before sending",
            "BORRADOR — complete cada parte [entre corchetes] antes de enviarlo",
        ),
        more=pick("- more -", "- sigue -"),
        page_of=pick("Page {page} of {pages}", "Página {page} de {pages}"),
        of_pages=pick("{page} of {pages}", "{page} de {pages}"),
        generated=pick("Generated {when}", "Generado el {when}"),
        scorecard_title=pick("Candidate scorecards", "Evaluación de candidatos"),
        minutes_title=pick("Meeting summary", "Resumen de la reunión"),
        how_to_read=pick("How to read these scorecards", "Cómo leer estas evaluaciones"),
        races_heading=pick("Races", "Contiendas"),
        no_races=pick("There are no races to show yet.", "Todavía no hay contiendas que mostrar."),
        no_candidates=pick(
            "No candidates in this race yet.",
            "Todavía no hay candidatos en esta contienda.",
        ),
        no_values=pick(
            "The group has no values to score candidates against yet.",
            "El grupo todavía no tiene valores con los que evaluar a los candidatos.",
        ),
        candidates_range=pick(
            "Candidates {first}–{last} of {total}",
            "Candidatos {first}–{last} de {total}",
        ),
        election=pick("Election {date}", "Elección: {date}"),
        stages=pick(("Primary", "General"), ("Primaria", "General")),
        value=pick("Value", "Valor"),
        weight=pick("Weight", "Peso"),
        weighted_score=pick("Weighted score", "Puntaje ponderado"),
        coverage=pick("Coverage", "Cobertura"),
        coverage_text=pick(
            "{rated} of {total} values rated",
            "{rated} de {total} valores calificados",
        ),
        dealbreakers=pick("Dealbreakers", "Condiciones indispensables"),
        none=pick("None", "Ninguna"),
        dealbreaker=pick("dealbreaker", "indispensable"),
        incumbent=pick("incumbent", "en el cargo"),
        legend=pick(
            (
                "{mark} marks a dealbreaker value; {hit} marks a candidate rated Opposes on one. "
                "Weighted score: each rating times its value's weight, added up and divided by the "
                "most the candidate could have scored on the same values (4 × weight). Unknown "
                "ratings count neither for nor against; coverage says how many values were rated."
            ),
            (
                "{mark} señala un valor indispensable; {hit} señala a un candidato calificado «Se "
                "opone» en uno de ellos. Puntaje ponderado: cada calificación por el peso de su "
                "valor, sumadas y divididas entre lo máximo que el candidato pudo obtener en esos "
                "mismos valores (4 × peso). Las calificaciones sin datos no cuentan ni a favor ni "
                "en contra; la cobertura dice cuántos valores se calificaron."
            ),
        ),
        appendix=pick("Appendix: evidence notes", "Anexo: notas de respaldo"),
        no_notes=pick("No notes recorded.", "No hay notas registradas."),
        source=pick("source: {source}", "fuente: {source}"),
        candidate_count=pick(
            ("{n} candidate", "{n} candidates"),
            ("{n} candidato", "{n} candidatos"),
        ),
        rating_labels=pick(
            ("Opposes", "Weak", "Mixed", "Strong", "Champion"),
            ("Se opone", "Débil", "Mixto", "Fuerte", "Defensor"),
        ),
        unknown=pick("Unknown", "Sin datos"),
        minutes_of=pick("Minutes of the meeting of {date}", "Acta de la reunión del {date}"),
        no_meetings=pick(
            "No meetings yet: the summary is written once a meeting is held.",
            "Todavía no hay reuniones: el resumen se escribe cuando se celebra una reunión.",
        ),
        attendance_quorum=pick("Attendance and quorum", "Asistencia y quórum"),
        votes_heading=pick("Votes", "Votaciones"),
        no_votes=pick(
            "No votes were taken at this meeting.",
            "En esta reunión no hubo votaciones.",
        ),
        vote_heading=pick("Vote {number}: {race}", "Votación {number}: {race}"),
        method=pick("Method", "Método"),
        rule=pick("Rule", "Regla"),
        could_vote=pick("Could vote", "Podían votar"),
        outcome=pick("Outcome", "Resultado"),
        status=pick("Status: {status}.", "Estado: {status}."),
        endorsements_made=pick("Endorsements made", "Respaldos aprobados"),
        candidate=pick("Candidate", "Candidato"),
        race_word=pick("Race", "Contienda"),
        status_word=pick("Status", "Estado"),
        decided_by=pick("Decided by", "Decidido por"),
        commitments_pledged=pick("Commitments pledged", "Compromisos asumidos"),
        pledges_so_far=pick(
            ("{what}: {count} pledge so far.", "{what}: {count} pledges so far."),
            ("{what}: {count} compromiso hasta ahora.", "{what}: {count} compromisos hasta ahora."),
        ),
        approved=pick("Approved", "Aprobada"),
        option=pick("Option", "Opción"),
        open_round=pick("{round} (open)", "{round} (abierta)"),
        abstained=pick("Abstained", "Abstenciones"),
        blank_or_spoiled=pick("Blank or spoiled", "En blanco o anuladas"),
        blank_ballots=pick("Blank ballots", "Papeletas en blanco"),
        exhausted=pick("Exhausted (no further choice)", "Agotadas (sin más preferencias)"),
        base=pick("Counted out of (base)", "Base del cálculo"),
        needed=pick("Needed", "Necesarios"),
        leaves_after=pick("Leaves the ballot after", "Sale de la papeleta después de"),
        tied=pick("Tied (settled by lot)", "Empate (resuelto por sorteo)"),
        ballot_accounting=pick("Ballot accounting", "Control de papeletas"),
        printed_count=pick("Printed", "Impresas"),
        issued=pick("Issued", "Entregadas"),
        returned=pick("Returned", "Devueltas"),
        blank=pick("Blank", "En blanco"),
        spoiled=pick("Spoiled", "Anuladas"),
        spoiled_typed=pick("Spoiled (typed)", "Anuladas (registradas)"),
        amendments=pick(
            "Corrections after finalizing (amendments):",
            "Correcciones después de finalizar (enmiendas):",
        ),
        facilitator=pick("Facilitator", "Facilitador"),
        secretary=pick("Secretary / note-taker", "Secretario / quien toma notas"),
        signed=pick("Signed", "Firma"),
        ballots_counted=pick(
            ("{n} ballot counted", "{n} ballots counted"),
            ("{n} papeleta contada", "{n} papeletas contadas"),
        ),
        final=pick("final", "definitivo"),
        round_heading=pick("Round {n}", "Ronda {n}"),
        needed_line=pick(
            "Needed: {needed} of {base} {base_words} ({rule})",
            "Se necesitan: {needed} de {base} {base_words} ({rule})",
        ),
        needed_none=pick(
            "Needed: {rule} — no votes counted yet",
            "Se necesita: {rule} — todavía no hay votos contados",
        ),
        quorum_met=pick(
            "Quorum {quorum}: met ✓ ({present} present)",
            "Quórum {quorum}: alcanzado ✓ ({present} presentes)",
        ),
        no_quorum=pick(
            "⚠ No quorum: {present} present, {quorum} needed",
            "⚠ Sin quórum: {present} presentes, se necesitan {quorum}",
        ),
        over_vote=pick("⚠ Over-vote: {problem}", "⚠ Votos de más: {problem}"),
        blank_or_overvoted=pick("Blank or overvoted", "En blanco o con votos de más"),
        no_choice_left=pick("No choice left", "Sin opción restante"),
        not_counted=pick("not counted", "no se cuenta"),
        no_votes_yet=pick("no votes yet", "todavía sin votos"),
        reached=pick("✓ reached", "✓ alcanzado"),
        so_far=pick("✓ so far", "✓ hasta ahora"),
        needs_more=pick(("needs {n} more", "needs {n} more"), ("falta {n}", "faltan {n}")),
        round_of=pick("Round {n} of {total}", "Ronda {n} de {total}"),
        needed_count=pick("{n} needed", "se necesitan {n}"),
    )


ENGLISH = _catalog("en")
SPANISH = _catalog("es")

CATALOG: dict[str, DocumentText] = {"en": ENGLISH, "es": SPANISH}


def texts(language: Language) -> tuple[DocumentText, ...]:
    """The catalogs of `language`, in printing order (English first when both)."""
    return tuple(CATALOG[code] for code in language.codes)


def joined(language: Language, field: str, separator: str = " / ", **values: object) -> str:
    """One field in each language on one line: "OFFICIAL BALLOT / PAPELETA OFICIAL"."""
    parts = [str(getattr(t, field)).format(**values) for t in texts(language)]
    return separator.join(dict.fromkeys(parts))  # the same word twice is said once


_MONTHS_ES = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)


def format_date(value: date | str | None, code: str) -> str:
    """An ISO date as the language writes it: English keeps ISO (2026-05-14, as the app always
    printed it), Spanish "14 de mayo de 2026". Text that is not an ISO date is kept as it is."""
    if value is None:
        return ""
    if isinstance(value, str):
        try:
            parsed = date.fromisoformat(value.strip()[:10])
        except ValueError:
            return value
        if code != "es":
            return value
        value = parsed
    if code == "es":
        return f"{value.day} de {_MONTHS_ES[value.month - 1]} de {value.year}"
    return value.isoformat()


def format_number(number: int, code: str) -> str:
    """12,345 in English; in Spanish 12 345 with a no-break space (four digits stand alone:
    2026), as the Real Academia recommends and readers on both sides of the border read."""
    if code == "es":
        digits = f"{abs(number)}"
        if len(digits) > 4:
            groups: list[str] = []
            while digits:
                groups.insert(0, digits[-3:])
                digits = digits[:-3]
            digits = "\u00a0".join(groups)
        return f"-{digits}" if number < 0 else digits
    return f"{number:,}"


def ordinal(n: int, code: str) -> str:
    """1st, 2nd, 3rd, 11th … in English; 1.ª, 2.ª … in Spanish (la 1.ª opción)."""
    if code == "es":
        return f"{n}.ª"
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def translated(english: str, spanish: str, code: str) -> str:
    """A group text in `code`: its Spanish when written, else its English (the missing-text
    warning has named it before printing)."""
    if code == "es" and spanish.strip():
        return spanish
    return english


def in_languages(english: str, spanish: str, language: Language) -> tuple[str, ...]:
    """A group text in each language of the document, said once when there is no Spanish."""
    found = [translated(english, spanish, code) for code in language.codes]
    return tuple(dict.fromkeys(t for t in found if t.strip()))


def spanish_question(question: str | None, question_es: str | None, race: str, race_es: str) -> str:
    """A vote's question in Spanish: the group's own Spanish; else, when the English question is
    the app's own ("Whom should the group endorse for …?"), ours asked from the race's Spanish
    title; else the group's English question (the app warned before printing)."""
    if question_es is not None and " ".join(question_es.split()):
        return question_es
    asked = " ".join((question or "").split())
    race = " ".join(race.split())
    if asked and asked != ENGLISH.question.format(race=race):
        return asked
    return SPANISH.question.format(race=" ".join(race_es.split()) or race)
