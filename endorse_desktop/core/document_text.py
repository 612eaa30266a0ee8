"""The words our printed documents say, in English and Spanish, and the language a document is in.

Printed documents are not Qt (the core, reports and exports never import it), so their words live
here rather than in the .ts files: one typed record per language, read from one table that writes
every text once with its English beside its Spanish (`_TEXTS`), so a string added in one language
only stops the app at import, never leaves a blank on paper. The Spanish is our own, plain and
neutral Latin-American usage ("papeleta oficial", "sin respaldo", "marque así"), the words a
volunteer facilitator would use.

Dates and numbers are formatted here too, by hand: the machine's locales (often only C and
en_US) must not decide what a Spanish ballot says.

A document in both languages follows US election offices (Voting Rights Act §203 ballots): every
instruction in English, then in Spanish; names (candidates, members) once.
"""

from __future__ import annotations

import dataclasses
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


# Every text once, its English beside its Spanish: "field: English", then "  es: Spanish" (a long
# text goes on, indented, on the next lines); a pair or a list is written "one | other". Read once
# at import, and DocumentText refuses a field left out or unknown, so a text missing in either
# language stops the app and every test at once, never a blank on paper.
_TEXTS = """
official_ballot: OFFICIAL BALLOT
  es: PAPELETA OFICIAL
tellers_initials: Teller's initials
  es: Iniciales del escrutador
meeting: Meeting: {date}
  es: Reunión: {date}
printed: Printed {date}
  es: Impresa el {date}
question: Whom should the group endorse for {race}?
  es: ¿A quién debe respaldar el grupo para {race}?
choose_one_instructions: Fill in ONE circle completely, like this: ●. A ballot with more than one
    circle filled in cannot be counted. Made a mistake? Ask for a fresh ballot.
  es: Rellene UN solo círculo por completo, marque así: ●. Una papeleta con más de un círculo
    marcado no se puede contar. ¿Se equivocó? Pida una papeleta nueva.
ranked_instructions: Rank the choices: in the 1st column fill in the circle beside your favourite,
    in the 2nd column your next choice, and so on. At most one circle in each row and in each
    column. Rank as many or as few as you like.
  es: Vote por orden de preferencia: en la 1.ª columna rellene el círculo junto a su favorito, en
    la 2.ª columna su siguiente opción, y así sucesivamente. Como máximo un círculo en cada fila y
    en cada columna. Ordene tantas opciones como quiera.
choose_one_short: Fill in ONE circle completely: ●. More than one filled in cannot be counted.
    Mistake? Ask for a fresh ballot.
  es: Rellene UN solo círculo por completo: ●. Con más de uno marcado no se cuenta. ¿Se equivocó?
    Pida otra papeleta.
ranked_short: 1st column: your favourite; 2nd column: your next choice; and so on. At most one
    circle in each row and column.
  es: 1.ª columna: su favorito; 2.ª columna: su siguiente opción; y así sucesivamente. Como máximo
    un círculo por fila y por columna.
example: Example:
  es: Ejemplo:
example_note: ← 1st choice filled in
  es: ← 1.ª opción marcada
stub_note: ✂ Teller: tear off this stub when handing out the ballot, and keep it.
  es: ✂ Escrutador: desprenda este talón al entregar la papeleta y guárdelo.
serial: No. {serial}
  es: N.º {serial}
no_endorsement: No endorsement
  es: Sin respaldo
ballots_title: Ballots
  es: Papeletas
no_races_yet: No races yet: add a race and its candidates, then print ballots for it.
  es: Todavía no hay contiendas: agregue una contienda y sus candidatos, y luego imprima las
    papeletas.
signup_title: Commitment sign-up sheet
  es: Hoja de compromisos
help_elect: Help elect {candidate} for {race}
  es: Ayude a elegir a {candidate} para {race}
commitments_for_race: Commitments for the race for {race}
  es: Compromisos para la contienda de {race}
commitments: Commitments
  es: Compromisos
endorsed_candidate: Endorsed candidate: {candidate}
  es: Candidato respaldado: {candidate}
whoever_endorsed: Candidate: whoever the group endorses
  es: Candidato: quien el grupo respalde
race: Race: {race}
  es: Contienda: {race}
election_day: Election day: {date}
  es: Día de la elección: {date}
date: Date: {date}
  es: Fecha: {date}
ask: Our endorsement comes with our work. Put your name down for what you will do for this
    campaign, and an organizer will follow up with times and places.
  es: Nuestro respaldo viene con nuestro trabajo. Anote su nombre en lo que hará por esta campaña,
    y un organizador se comunicará con usted para darle horarios y lugares.
money_note: Donations: give to the campaign yourself. The group never collects or passes on money;
    tick the box only so we can count our support.
  es: Donaciones: entréguelas usted mismo a la campaña. El grupo nunca recibe ni entrega dinero;
    marque la casilla solo para que podamos contar nuestro apoyo.
consent_line: By writing your name and contact details here you agree that the group's organizers
    may phone or email you about these commitments. We use them for nothing else.
  es: Al escribir aquí su nombre y sus datos de contacto, acepta que los organizadores del grupo
    lo llamen o le escriban sobre estos compromisos. No los usamos para nada más.
coordination_note: Our group spends money independently in this election, so we do not plan with
    the campaign: volunteer through the campaign's own events, and keep what it tells you
    privately out of our group's plans.
  es: Nuestro grupo gasta dinero de forma independiente en esta elección, así que no hacemos
    planes con la campaña: participe como voluntario en los eventos de la propia campaña, y no
    traiga a los planes del grupo lo que la campaña le cuente en privado.
name: Name
  es: Nombre
phone: Phone
  es: Teléfono
email: Email
  es: Correo
shifts_notes: Shifts / Notes
  es: Turnos / Notas
announcement_title: Endorsement announcement
  es: Anuncio de respaldo
nothing_to_announce: The group has no endorsement to announce yet.
  es: El grupo todavía no tiene ningún respaldo que anunciar.
draft: DRAFT
  es: BORRADOR
draft_note: DRAFT — fill in every [bracketed] part before sending
  es: BORRADOR — complete cada parte [entre corchetes] antes de enviarlo
more: - more -
  es: - sigue -
page_of: Page {page} of {pages}
  es: Página {page} de {pages}
of_pages: {page} of {pages}
  es: {page} de {pages}
generated: Generated {when}
  es: Generado el {when}
scorecard_title: Candidate scorecards
  es: Evaluación de candidatos
minutes_title: Meeting summary
  es: Resumen de la reunión
how_to_read: How to read these scorecards
  es: Cómo leer estas evaluaciones
races_heading: Races
  es: Contiendas
no_races: There are no races to show yet.
  es: Todavía no hay contiendas que mostrar.
no_candidates: No candidates in this race yet.
  es: Todavía no hay candidatos en esta contienda.
no_values: The group has no values to score candidates against yet.
  es: El grupo todavía no tiene valores con los que evaluar a los candidatos.
candidates_range: Candidates {first}–{last} of {total}
  es: Candidatos {first}–{last} de {total}
election: Election {date}
  es: Elección: {date}
stages: Primary | General
  es: Primaria | General
value: Value
  es: Valor
weight: Weight
  es: Peso
weighted_score: Weighted score
  es: Puntaje ponderado
coverage: Coverage
  es: Cobertura
coverage_text: {rated} of {total} values rated
  es: {rated} de {total} valores calificados
dealbreakers: Dealbreakers
  es: Condiciones indispensables
none: None
  es: Ninguna
dealbreaker: dealbreaker
  es: indispensable
incumbent: incumbent
  es: en el cargo
legend: {mark} marks a dealbreaker value; {hit} marks a candidate rated Opposes on one. Weighted
    score: each rating times its value's weight, added up and divided by the most the candidate
    could have scored on the same values (4 × weight). Unknown ratings count neither for nor
    against; coverage says how many values were rated.
  es: {mark} señala un valor indispensable; {hit} señala a un candidato calificado «Se opone» en
    uno de ellos. Puntaje ponderado: cada calificación por el peso de su valor, sumadas y
    divididas entre lo máximo que el candidato pudo obtener en esos mismos valores (4 × peso). Las
    calificaciones sin datos no cuentan ni a favor ni en contra; la cobertura dice cuántos valores
    se calificaron.
appendix: Appendix: evidence notes
  es: Anexo: notas de respaldo
no_notes: No notes recorded.
  es: No hay notas registradas.
source: source: {source}
  es: fuente: {source}
candidate_count: {n} candidate | {n} candidates
  es: {n} candidato | {n} candidatos
rating_labels: Opposes | Weak | Mixed | Strong | Champion
  es: Se opone | Débil | Mixto | Fuerte | Defensor
unknown: Unknown
  es: Sin datos
minutes_of: Minutes of the meeting of {date}
  es: Acta de la reunión del {date}
no_meetings: No meetings yet: the summary is written once a meeting is held.
  es: Todavía no hay reuniones: el resumen se escribe cuando se celebra una reunión.
attendance_quorum: Attendance and quorum
  es: Asistencia y quórum
votes_heading: Votes
  es: Votaciones
no_votes: No votes were taken at this meeting.
  es: En esta reunión no hubo votaciones.
vote_heading: Vote {number}: {race}
  es: Votación {number}: {race}
method: Method
  es: Método
rule: Rule
  es: Regla
could_vote: Could vote
  es: Podían votar
outcome: Outcome
  es: Resultado
status: Status: {status}.
  es: Estado: {status}.
endorsements_made: Endorsements made
  es: Respaldos aprobados
candidate: Candidate
  es: Candidato
race_word: Race
  es: Contienda
status_word: Status
  es: Estado
decided_by: Decided by
  es: Decidido por
commitments_pledged: Commitments pledged
  es: Compromisos asumidos
pledges_so_far: {what}: {count} pledge so far. | {what}: {count} pledges so far.
  es: {what}: {count} compromiso hasta ahora. | {what}: {count} compromisos hasta ahora.
approved: Approved
  es: Aprobada
option: Option
  es: Opción
open_round: {round} (open)
  es: {round} (abierta)
abstained: Abstained
  es: Abstenciones
blank_or_spoiled: Blank or spoiled
  es: En blanco o anuladas
blank_ballots: Blank ballots
  es: Papeletas en blanco
exhausted: Exhausted (no further choice)
  es: Agotadas (sin más preferencias)
base: Counted out of (base)
  es: Base del cálculo
needed: Needed
  es: Necesarios
leaves_after: Leaves the ballot after
  es: Sale de la papeleta después de
tied: Tied (settled by lot)
  es: Empate (resuelto por sorteo)
ballot_accounting: Ballot accounting
  es: Control de papeletas
printed_count: Printed
  es: Impresas
issued: Issued
  es: Entregadas
returned: Returned
  es: Devueltas
blank: Blank
  es: En blanco
spoiled: Spoiled
  es: Anuladas
spoiled_typed: Spoiled (typed)
  es: Anuladas (registradas)
amendments: Corrections after finalizing (amendments):
  es: Correcciones después de finalizar (enmiendas):
facilitator: Facilitator
  es: Facilitador
secretary: Secretary / note-taker
  es: Secretario / quien toma notas
signed: Signed
  es: Firma
ballots_counted: {n} ballot counted | {n} ballots counted
  es: {n} papeleta contada | {n} papeletas contadas
final: final
  es: definitivo
round_heading: Round {n}
  es: Ronda {n}
needed_line: Needed: {needed} of {base} {base_words} ({rule})
  es: Se necesitan: {needed} de {base} {base_words} ({rule})
needed_none: Needed: {rule} — no votes counted yet
  es: Se necesita: {rule} — todavía no hay votos contados
quorum_met: Quorum {quorum}: met ✓ ({present} present)
  es: Quórum {quorum}: alcanzado ✓ ({present} presentes)
no_quorum: ⚠ No quorum: {present} present, {quorum} needed
  es: ⚠ Sin quórum: {present} presentes, se necesitan {quorum}
over_vote: ⚠ Over-vote: {problem}
  es: ⚠ Votos de más: {problem}
blank_or_overvoted: Blank or overvoted
  es: En blanco o con votos de más
no_choice_left: No choice left
  es: Sin opción restante
not_counted: not counted
  es: no se cuenta
no_votes_yet: no votes yet
  es: todavía sin votos
reached: ✓ reached
  es: ✓ alcanzado
so_far: ✓ so far
  es: ✓ hasta ahora
needs_more: needs {n} more | needs {n} more
  es: falta {n} | faltan {n}
round_of: Round {n} of {total}
  es: Ronda {n} de {total}
needed_count: {n} needed
  es: se necesitan {n}
"""


def _read_texts(table: str) -> dict[str, dict[str, str]]:
    """{"en": {field: text}, "es": {field: text}} from the table above."""
    found: dict[str, dict[str, str]] = {"en": {}, "es": {}}
    field = code = ""
    for line in table.strip("\n").splitlines():
        if line.startswith("    "):  # the text before goes on
            found[code][field] += " " + line.strip()
        elif line.startswith("  es: "):
            code, found["es"][field] = "es", line.removeprefix("  es: ")
        else:
            field, english = line.split(": ", 1)
            code, found["en"][field] = "en", english
    missing = set(found["en"]) ^ set(found["es"])
    if missing:
        raise TypeError(f"texts in one language only: {sorted(missing)}")
    return found


def _catalog(code: str, texts: dict[str, str]) -> DocumentText:
    """The catalog of one language; a field typed as a tuple is written "one | other"."""
    fields = dataclasses.fields(DocumentText)
    tuples = {f.name for f in fields if str(f.type).startswith("tuple")}
    values = {
        name: tuple(text.split(" | ")) if name in tuples else text for name, text in texts.items()
    }
    return DocumentText(code=code, **values)  # type: ignore[arg-type]


_READ = _read_texts(_TEXTS)
ENGLISH = _catalog("en", _READ["en"])
SPANISH = _catalog("es", _READ["es"])

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
