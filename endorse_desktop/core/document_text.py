"""The words our printed documents say, in English and Spanish, and the language a document is in.

Printed documents are not Qt (the core, reports and exports never import it), so their words live
here rather than in the .ts files: one typed record per language, so a string added to English
without its Spanish is a type error, not a blank on paper. The Spanish is our own, plain and
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


ENGLISH = DocumentText(
    code="en",
    official_ballot="OFFICIAL BALLOT",
    tellers_initials="Teller's initials",
    meeting="Meeting: {date}",
    printed="Printed {date}",
    question="Whom should the group endorse for {race}?",
    choose_one_instructions=(
        "Fill in ONE circle completely, like this: ●. A ballot with more than one circle filled "
        "in cannot be counted. Made a mistake? Ask for a fresh ballot."
    ),
    ranked_instructions=(
        "Rank the choices: in the 1st column fill in the circle beside your favourite, in the 2nd "
        "column your next choice, and so on. At most one circle in each row and in each column. "
        "Rank as many or as few as you like."
    ),
    choose_one_short=(
        "Fill in ONE circle completely: ●. More than one filled in cannot be counted. "
        "Mistake? Ask for a fresh ballot."
    ),
    ranked_short=(
        "1st column: your favourite; 2nd column: your next choice; and so on. "
        "At most one circle in each row and column."
    ),
    example="Example:",
    example_note="← 1st choice filled in",
    stub_note="✂ Teller: tear off this stub when handing out the ballot, and keep it.",
    serial="No. {serial}",
    no_endorsement="No endorsement",
    ballots_title="Ballots",
    no_races_yet="No races yet: add a race and its candidates, then print ballots for it.",
    signup_title="Commitment sign-up sheet",
    help_elect="Help elect {candidate} for {race}",
    commitments_for_race="Commitments for the race for {race}",
    commitments="Commitments",
    endorsed_candidate="Endorsed candidate: {candidate}",
    whoever_endorsed="Candidate: whoever the group endorses",
    race="Race: {race}",
    election_day="Election day: {date}",
    date="Date: {date}",
    ask=(
        "Our endorsement comes with our work. Put your name down for what you will do for this "
        "campaign, and an organizer will follow up with times and places."
    ),
    money_note=(
        "Donations: give to the campaign yourself. The group never collects or passes on money; "
        "tick the box only so we can count our support."
    ),
    consent_line=(
        "By writing your name and contact details here you agree that the group's organizers may "
        "phone or email you about these commitments. We use them for nothing else."
    ),
    coordination_note=(
        "Our group spends money independently in this election, so we do not plan with the "
        "campaign: volunteer through the campaign's own events, and keep what it tells you "
        "privately out of our group's plans."
    ),
    name="Name",
    phone="Phone",
    email="Email",
    shifts_notes="Shifts / Notes",
    announcement_title="Endorsement announcement",
    nothing_to_announce="The group has no endorsement to announce yet.",
    draft="DRAFT",
    draft_note="DRAFT — fill in every [bracketed] part before sending",
    more="- more -",
    page_of="Page {page} of {pages}",
    of_pages="{page} of {pages}",
    generated="Generated {when}",
    scorecard_title="Candidate scorecards",
    minutes_title="Meeting summary",
    how_to_read="How to read these scorecards",
    races_heading="Races",
    no_races="There are no races to show yet.",
    no_candidates="No candidates in this race yet.",
    no_values="The group has no values to score candidates against yet.",
    candidates_range="Candidates {first}–{last} of {total}",
    election="Election {date}",
    stages=("Primary", "General"),
    value="Value",
    weight="Weight",
    weighted_score="Weighted score",
    coverage="Coverage",
    coverage_text="{rated} of {total} values rated",
    dealbreakers="Dealbreakers",
    none="None",
    dealbreaker="dealbreaker",
    incumbent="incumbent",
    legend=(
        "{mark} marks a dealbreaker value; {hit} marks a candidate rated Opposes on one. Weighted "
        "score: each rating times its value's weight, added up and divided by the most the "
        "candidate could have scored on the same values (4 × weight). Unknown ratings count "
        "neither for nor against; coverage says how many values were rated."
    ),
    appendix="Appendix: evidence notes",
    no_notes="No notes recorded.",
    source="source: {source}",
    candidate_count=("{n} candidate", "{n} candidates"),
    rating_labels=("Opposes", "Weak", "Mixed", "Strong", "Champion"),
    unknown="Unknown",
    minutes_of="Minutes of the meeting of {date}",
    no_meetings="No meetings yet: the summary is written once a meeting is held.",
    attendance_quorum="Attendance and quorum",
    votes_heading="Votes",
    no_votes="No votes were taken at this meeting.",
    vote_heading="Vote {number}: {race}",
    method="Method",
    rule="Rule",
    could_vote="Could vote",
    outcome="Outcome",
    status="Status: {status}.",
    endorsements_made="Endorsements made",
    candidate="Candidate",
    race_word="Race",
    status_word="Status",
    decided_by="Decided by",
    commitments_pledged="Commitments pledged",
    pledges_so_far=("{what}: {count} pledge so far.", "{what}: {count} pledges so far."),
    approved="Approved",
    option="Option",
    open_round="{round} (open)",
    abstained="Abstained",
    blank_or_spoiled="Blank or spoiled",
    blank_ballots="Blank ballots",
    exhausted="Exhausted (no further choice)",
    base="Counted out of (base)",
    needed="Needed",
    leaves_after="Leaves the ballot after",
    tied="Tied (settled by lot)",
    ballot_accounting="Ballot accounting",
    printed_count="Printed",
    issued="Issued",
    returned="Returned",
    blank="Blank",
    spoiled="Spoiled",
    spoiled_typed="Spoiled (typed)",
    amendments="Corrections after finalizing (amendments):",
    facilitator="Facilitator",
    secretary="Secretary / note-taker",
    signed="Signed",
    ballots_counted=("{n} ballot counted", "{n} ballots counted"),
    final="final",
    round_heading="Round {n}",
)

SPANISH = DocumentText(
    code="es",
    official_ballot="PAPELETA OFICIAL",
    tellers_initials="Iniciales del escrutador",
    meeting="Reunión: {date}",
    printed="Impresa el {date}",
    question="¿A quién debe respaldar el grupo para {race}?",
    choose_one_instructions=(
        "Rellene UN solo círculo por completo, marque así: ●. Una papeleta con más de un círculo "
        "marcado no se puede contar. ¿Se equivocó? Pida una papeleta nueva."
    ),
    ranked_instructions=(
        "Vote por orden de preferencia: en la 1.ª columna rellene el círculo junto a su favorito, "
        "en la 2.ª columna su siguiente opción, y así sucesivamente. Como máximo un círculo en "
        "cada fila y en cada columna. Ordene tantas opciones como quiera."
    ),
    choose_one_short=(
        "Rellene UN solo círculo por completo: ●. Con más de uno marcado no se cuenta. "
        "¿Se equivocó? Pida otra papeleta."
    ),
    ranked_short=(
        "1.ª columna: su favorito; 2.ª columna: su siguiente opción; y así sucesivamente. "
        "Como máximo un círculo por fila y por columna."
    ),
    example="Ejemplo:",
    example_note="← 1.ª opción marcada",
    stub_note="✂ Escrutador: desprenda este talón al entregar la papeleta y guárdelo.",
    serial="N.º {serial}",
    no_endorsement="Sin respaldo",
    ballots_title="Papeletas",
    no_races_yet=(
        "Todavía no hay contiendas: agregue una contienda y sus candidatos, y luego imprima las "
        "papeletas."
    ),
    signup_title="Hoja de compromisos",
    help_elect="Ayude a elegir a {candidate} para {race}",
    commitments_for_race="Compromisos para la contienda de {race}",
    commitments="Compromisos",
    endorsed_candidate="Candidato respaldado: {candidate}",
    whoever_endorsed="Candidato: quien el grupo respalde",
    race="Contienda: {race}",
    election_day="Día de la elección: {date}",
    date="Fecha: {date}",
    ask=(
        "Nuestro respaldo viene con nuestro trabajo. Anote su nombre en lo que hará por esta "
        "campaña, y un organizador se comunicará con usted para darle horarios y lugares."
    ),
    money_note=(
        "Donaciones: entréguelas usted mismo a la campaña. El grupo nunca recibe ni entrega "
        "dinero; marque la casilla solo para que podamos contar nuestro apoyo."
    ),
    consent_line=(
        "Al escribir aquí su nombre y sus datos de contacto, acepta que los organizadores del "
        "grupo lo llamen o le escriban sobre estos compromisos. No los usamos para nada más."
    ),
    coordination_note=(
        "Nuestro grupo gasta dinero de forma independiente en esta elección, así que no hacemos "
        "planes con la campaña: participe como voluntario en los eventos de la propia campaña, y "
        "no traiga a los planes del grupo lo que la campaña le cuente en privado."
    ),
    name="Nombre",
    phone="Teléfono",
    email="Correo",
    shifts_notes="Turnos / Notas",
    announcement_title="Anuncio de respaldo",
    nothing_to_announce="El grupo todavía no tiene ningún respaldo que anunciar.",
    draft="BORRADOR",
    draft_note="BORRADOR — complete cada parte [entre corchetes] antes de enviarlo",
    more="- sigue -",
    page_of="Página {page} de {pages}",
    of_pages="{page} de {pages}",
    generated="Generado el {when}",
    scorecard_title="Evaluación de candidatos",
    minutes_title="Resumen de la reunión",
    how_to_read="Cómo leer estas evaluaciones",
    races_heading="Contiendas",
    no_races="Todavía no hay contiendas que mostrar.",
    no_candidates="Todavía no hay candidatos en esta contienda.",
    no_values="El grupo todavía no tiene valores con los que evaluar a los candidatos.",
    candidates_range="Candidatos {first}–{last} de {total}",
    election="Elección: {date}",
    stages=("Primaria", "General"),
    value="Valor",
    weight="Peso",
    weighted_score="Puntaje ponderado",
    coverage="Cobertura",
    coverage_text="{rated} de {total} valores calificados",
    dealbreakers="Condiciones indispensables",
    none="Ninguna",
    dealbreaker="indispensable",
    incumbent="en el cargo",
    legend=(
        "{mark} señala un valor indispensable; {hit} señala a un candidato calificado «Se opone» "
        "en uno de ellos. Puntaje ponderado: cada calificación por el peso de su valor, sumadas "
        "y divididas entre lo máximo que el candidato pudo obtener en esos mismos valores "
        "(4 × peso). Las calificaciones sin datos no cuentan ni a favor ni en contra; la "
        "cobertura dice cuántos valores se calificaron."
    ),
    appendix="Anexo: notas de respaldo",
    no_notes="No hay notas registradas.",
    source="fuente: {source}",
    candidate_count=("{n} candidato", "{n} candidatos"),
    rating_labels=("Se opone", "Débil", "Mixto", "Fuerte", "Defensor"),
    unknown="Sin datos",
    minutes_of="Acta de la reunión del {date}",
    no_meetings="Todavía no hay reuniones: el resumen se escribe cuando se celebra una reunión.",
    attendance_quorum="Asistencia y quórum",
    votes_heading="Votaciones",
    no_votes="En esta reunión no hubo votaciones.",
    vote_heading="Votación {number}: {race}",
    method="Método",
    rule="Regla",
    could_vote="Podían votar",
    outcome="Resultado",
    status="Estado: {status}.",
    endorsements_made="Respaldos aprobados",
    candidate="Candidato",
    race_word="Contienda",
    status_word="Estado",
    decided_by="Decidido por",
    commitments_pledged="Compromisos asumidos",
    pledges_so_far=(
        "{what}: {count} compromiso hasta ahora.",
        "{what}: {count} compromisos hasta ahora.",
    ),
    approved="Aprobada",
    option="Opción",
    open_round="{round} (abierta)",
    abstained="Abstenciones",
    blank_or_spoiled="En blanco o anuladas",
    blank_ballots="Papeletas en blanco",
    exhausted="Agotadas (sin más preferencias)",
    base="Base del cálculo",
    needed="Necesarios",
    leaves_after="Sale de la papeleta después de",
    tied="Empate (resuelto por sorteo)",
    ballot_accounting="Control de papeletas",
    printed_count="Impresas",
    issued="Entregadas",
    returned="Devueltas",
    blank="En blanco",
    spoiled="Anuladas",
    spoiled_typed="Anuladas (registradas)",
    amendments="Correcciones después de finalizar (enmiendas):",
    facilitator="Facilitador",
    secretary="Secretario / quien toma notas",
    signed="Firma",
    ballots_counted=("{n} papeleta contada", "{n} papeletas contadas"),
    final="definitivo",
    round_heading="Ronda {n}",
)

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
