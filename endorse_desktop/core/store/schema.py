"""The database schema, as forward-only migrations.

The file is plain SQLite that a group can open with sqlite-utils or Datasette, so tables are named
for what they hold and keep their rules (CHECK, foreign keys, triggers) in the file itself: a value
that the app would refuse is refused by SQLite too.

Adding to the schema: append a new `@MIGRATIONS()` function at the end. Never edit one that has
shipped. SCHEMA_VERSION (written to PRAGMA user_version) is the number of migrations.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from ..clock import now_iso, today_iso
from ..names import name_key

if TYPE_CHECKING:
    from sqlite_utils import Database, Migrations

# "ENDO" - marks the file as ours, so that we never add tables to another program's database.
APPLICATION_ID = 0x454E444F

_MIGRATION_NAMES = (
    "0001_initial_schema",
    "0002_activity_catalog",
    "0003_runoff_lots",
    "0004_election_cycles",
    "0005_bilingual_texts",
)
SCHEMA_VERSION = len(_MIGRATION_NAMES)

# The races table's columns as migration 0001 made them. Like every shipped migration's text they
# never change: 0004 rebuilds the table (its UNIQUE takes the cycle in) with these same columns.
_RACE_COLUMNS = """\
    id INTEGER PRIMARY KEY,
    office TEXT NOT NULL CHECK (office <> ''),
    district TEXT NOT NULL DEFAULT '',
    election_date TEXT,
    stage TEXT NOT NULL DEFAULT 'primary'
        CHECK (stage IN ('primary', 'general', 'special', 'runoff')),
    notes TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
"""

INITIAL_SCHEMA = (
    """
CREATE TABLE group_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL DEFAULT '',
    cycle TEXT NOT NULL DEFAULT '',
    page_size TEXT NOT NULL DEFAULT 'letter' CHECK (page_size IN ('letter', 'a4')),
    threshold_fraction TEXT NOT NULL DEFAULT '2/3',
    threshold_comparison TEXT NOT NULL DEFAULT 'at_least'
        CHECK (threshold_comparison IN ('at_least', 'more_than')),
    base TEXT NOT NULL DEFAULT 'votes_cast'
        CHECK (base IN ('votes_cast', 'continuing', 'present', 'eligible')),
    quorum INTEGER CHECK (quorum IS NULL OR quorum >= 0),
    no_endorsement_option INTEGER NOT NULL DEFAULT 1 CHECK (no_endorsement_option IN (0, 1)),
    policy TEXT NOT NULL DEFAULT 'keep_all' CHECK (policy IN ('keep_all', 'drop_last', 'top_two')),
    independent_expenditures INTEGER NOT NULL DEFAULT 0
        CHECK (independent_expenditures IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE members (
    id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    email TEXT CHECK (email IS NULL OR email <> ''),
    phone TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    eligible INTEGER NOT NULL DEFAULT 1 CHECK (eligible IN (0, 1)),
    eligibility_reason TEXT NOT NULL DEFAULT '',
    joined_on TEXT,
    notes TEXT NOT NULL DEFAULT '',
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (first_name <> '' OR last_name <> '' OR email IS NOT NULL)
);
CREATE UNIQUE INDEX members_email_unique ON members (lower(email)) WHERE email IS NOT NULL;
CREATE INDEX members_name ON members (last_name, first_name);

CREATE TABLE group_values (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL UNIQUE CHECK (title <> ''),
    description TEXT NOT NULL DEFAULT '',
    weight INTEGER NOT NULL DEFAULT 3 CHECK (weight BETWEEN 1 AND 5),
    dealbreaker INTEGER NOT NULL DEFAULT 0 CHECK (dealbreaker IN (0, 1)),
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    held_on TEXT NOT NULL,
    place TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    -- a typed head count, used instead of check-ins when the group counts heads
    head_count INTEGER CHECK (head_count IS NULL OR head_count >= 0),
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- one row per dot a member placed on a value during a meeting (no member is recorded)
CREATE TABLE dot_votes (
    id INTEGER PRIMARY KEY,
    value_id INTEGER NOT NULL REFERENCES group_values (id) ON DELETE CASCADE,
    meeting_id INTEGER REFERENCES meetings (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX dot_votes_value ON dot_votes (value_id);

CREATE TABLE races (
"""
    + _RACE_COLUMNS
    + """    UNIQUE (office, district)
);

CREATE TABLE candidates (
    id INTEGER PRIMARY KEY,
    race_id INTEGER NOT NULL REFERENCES races (id),
    name TEXT NOT NULL CHECK (name <> ''),
    party TEXT NOT NULL DEFAULT '',
    incumbent INTEGER NOT NULL DEFAULT 0 CHECK (incumbent IN (0, 1)),
    website TEXT NOT NULL DEFAULT '',
    questionnaire_returned INTEGER NOT NULL DEFAULT 0 CHECK (questionnaire_returned IN (0, 1)),
    interview_date TEXT,
    status TEXT NOT NULL DEFAULT 'considering'
        CHECK (status IN ('considering', 'endorsed', 'not_endorsed', 'withdrawn')),
    notes TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    -- archived candidates keep their ratings and votes but leave lists and new ballots
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (race_id, name)
);
CREATE INDEX candidates_race ON candidates (race_id);

-- rating NULL means Unknown; no CASCADE from candidates: a rated candidate is archived, not deleted
CREATE TABLE ratings (
    id INTEGER PRIMARY KEY,
    candidate_id INTEGER NOT NULL REFERENCES candidates (id),
    value_id INTEGER NOT NULL REFERENCES group_values (id) ON DELETE CASCADE,
    rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 0 AND 4),
    evidence TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT ''
        CHECK (source IN ('', 'questionnaire', 'interview', 'record', 'statement')),
    updated_at TEXT NOT NULL,
    UNIQUE (candidate_id, value_id)
);
CREATE INDEX ratings_value ON ratings (value_id);

CREATE TABLE attendance (
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES members (id),
    checked_in_at TEXT NOT NULL,
    PRIMARY KEY (meeting_id, member_id)
);
CREATE INDEX attendance_member ON attendance (member_id);

-- method: hand_count (typed counts), paper_choose_one (a key per ballot), paper_ranked (rankings)
CREATE TABLE votes (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id),
    race_id INTEGER NOT NULL REFERENCES races (id),
    question TEXT NOT NULL DEFAULT '',
    method TEXT NOT NULL CHECK (method IN ('hand_count', 'paper_choose_one', 'paper_ranked')),
    threshold_fraction TEXT NOT NULL,
    threshold_comparison TEXT NOT NULL
        CHECK (threshold_comparison IN ('at_least', 'more_than')),
    base TEXT NOT NULL CHECK (base IN ('votes_cast', 'continuing', 'present', 'eligible')),
    quorum INTEGER CHECK (quorum IS NULL OR quorum >= 0),
    policy TEXT NOT NULL CHECK (policy IN ('keep_all', 'drop_last', 'top_two')),
    no_endorsement_option INTEGER NOT NULL CHECK (no_endorsement_option IN (0, 1)),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    outcome TEXT CHECK (outcome IS NULL OR outcome IN
        ('endorsed', 'no_endorsement', 'no_decision', 'no_quorum', 'needs_lot')),
    winner_option_id INTEGER REFERENCES vote_options (id),
    created_at TEXT NOT NULL,
    closed_at TEXT
);
CREATE INDEX votes_meeting ON votes (meeting_id);
CREATE INDEX votes_race ON votes (race_id);

-- the options on a vote's ballot; key = the number key that records a ballot for it (1-9)
CREATE TABLE vote_options (
    id INTEGER PRIMARY KEY,
    vote_id INTEGER NOT NULL REFERENCES votes (id) ON DELETE CASCADE,
    key INTEGER NOT NULL CHECK (key BETWEEN 1 AND 9),
    candidate_id INTEGER REFERENCES candidates (id),
    label TEXT NOT NULL CHECK (label <> ''),
    is_no_endorsement INTEGER NOT NULL DEFAULT 0 CHECK (is_no_endorsement IN (0, 1)),
    UNIQUE (vote_id, key),
    CHECK (is_no_endorsement = 1 OR candidate_id IS NOT NULL)
);

-- members who sit out a vote for a conflict of interest (they still count toward quorum)
CREATE TABLE recusals (
    vote_id INTEGER NOT NULL REFERENCES votes (id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES members (id),
    reason TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (vote_id, member_id)
);

-- each round is one physical vote; present/eligible/recused are frozen when it is finalized
CREATE TABLE rounds (
    id INTEGER PRIMARY KEY,
    vote_id INTEGER NOT NULL REFERENCES votes (id),
    number INTEGER NOT NULL CHECK (number >= 1),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'final')),
    present INTEGER,
    eligible INTEGER,
    recused INTEGER NOT NULL DEFAULT 0,
    abstain INTEGER NOT NULL DEFAULT 0 CHECK (abstain >= 0),
    spoiled INTEGER NOT NULL DEFAULT 0 CHECK (spoiled >= 0),
    -- the count as announced when the round was finalized (JSON, SPEC section 5 result shape)
    result_json TEXT,
    -- a tie for last settled by lot in the room: the option the lot removed
    lot_eliminated_option_id INTEGER REFERENCES vote_options (id),
    opened_at TEXT NOT NULL,
    finalized_at TEXT,
    UNIQUE (vote_id, number)
);

-- the options still standing in a round (repeated ballots may drop some)
CREATE TABLE round_options (
    round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
    option_id INTEGER NOT NULL REFERENCES vote_options (id),
    PRIMARY KEY (round_id, option_id)
);

-- totals recorded at finalization; `check` recounts ballot_events and compares with these
CREATE TABLE round_totals (
    round_id INTEGER NOT NULL REFERENCES rounds (id),
    option_id INTEGER NOT NULL REFERENCES vote_options (id),
    votes INTEGER NOT NULL CHECK (votes >= 0),
    PRIMARY KEY (round_id, option_id)
);

-- Append-only record of every tally action. No member is ever linked to a choice.
--   ballot      choose-one ballot: option_id, or NULL for blank/spoiled
--   ranked      ranked ballot: ranking = JSON list of ranks, each a list of option ids
--   undo        cancels the ballot event named in `undoes`
--   hand_count  a typed count: tally = option (option_id) / abstain / spoiled, quantity
--   amendment   a correction after finalization (same fields as above, plus reason)
CREATE TABLE ballot_events (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES rounds (id),
    kind TEXT NOT NULL CHECK (kind IN ('ballot', 'ranked', 'undo', 'hand_count', 'amendment')),
    option_id INTEGER REFERENCES vote_options (id),
    ranking TEXT,
    tally TEXT CHECK (tally IS NULL OR tally IN ('option', 'abstain', 'spoiled')),
    quantity INTEGER CHECK (quantity IS NULL OR quantity >= 0),
    undoes INTEGER REFERENCES ballot_events (id),
    reason TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX ballot_events_round ON ballot_events (round_id, id);

CREATE TRIGGER ballot_events_are_append_only_update BEFORE UPDATE ON ballot_events
BEGIN
    SELECT RAISE(ABORT, 'ballot events are append-only');
END;
CREATE TRIGGER ballot_events_are_append_only_delete BEFORE DELETE ON ballot_events
BEGIN
    SELECT RAISE(ABORT, 'ballot events are append-only');
END;
CREATE TRIGGER ballot_events_only_into_open_rounds BEFORE INSERT ON ballot_events
WHEN NEW.kind <> 'amendment'
    AND (SELECT status FROM rounds WHERE id = NEW.round_id) = 'final'
BEGIN
    SELECT RAISE(ABORT, 'this round is finalized: corrections must be amendments with a reason');
END;

CREATE TABLE endorsements (
    id INTEGER PRIMARY KEY,
    race_id INTEGER NOT NULL REFERENCES races (id),
    candidate_id INTEGER NOT NULL REFERENCES candidates (id),
    -- NULL when the decision was made elsewhere and added by hand
    vote_id INTEGER REFERENCES votes (id),
    endorsed_on TEXT NOT NULL,
    vote_summary TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'conditional', 'rescinded')),
    condition_text TEXT NOT NULL DEFAULT '',
    rescinded_reason TEXT NOT NULL DEFAULT '',
    announcement TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (status <> 'conditional' OR condition_text <> ''),
    CHECK (status <> 'rescinded' OR rescinded_reason <> '')
);
CREATE INDEX endorsements_race ON endorsements (race_id);

CREATE TABLE activities (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (name <> ''),
    category TEXT NOT NULL CHECK (category IN ('people', 'media', 'money')),
    unit TEXT NOT NULL CHECK (unit <> ''),
    description TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at TEXT NOT NULL
);

-- what the group promises a campaign for one endorsement
CREATE TABLE goals (
    id INTEGER PRIMARY KEY,
    endorsement_id INTEGER NOT NULL REFERENCES endorsements (id),
    activity_id INTEGER NOT NULL REFERENCES activities (id),
    target INTEGER NOT NULL CHECK (target > 0),
    due_on TEXT,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (endorsement_id, activity_id)
);

CREATE TABLE pledges (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members (id),
    endorsement_id INTEGER NOT NULL REFERENCES endorsements (id),
    activity_id INTEGER NOT NULL REFERENCES activities (id),
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    unit TEXT NOT NULL CHECK (unit <> ''),
    pledged_on TEXT NOT NULL,
    due_on TEXT,
    status TEXT NOT NULL DEFAULT 'pledged'
        CHECK (status IN ('pledged', 'confirmed', 'done', 'no_show', 'dropped')),
    notes TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT 'typed' CHECK (source IN ('sheet', 'typed')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX pledges_endorsement ON pledges (endorsement_id, activity_id);
CREATE INDEX pledges_member ON pledges (member_id);
CREATE INDEX pledges_status ON pledges (status);

-- what changed, when, from what to what, and why: finalized rounds, endorsement statuses, deletions
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER,
    action TEXT NOT NULL,
    field TEXT,
    old_value TEXT,
    new_value TEXT,
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
"""
)


# The activity catalog every group starts with (SPEC F-7): people first, then media, money last.
# (name, category, default unit, description). A migration, not app code, puts it in the file so
# that new files and files made before commitments existed get the same catalog; groups edit it
# afterwards. Like every shipped migration, this list is never changed: later catalogs need a
# migration of their own.
ACTIVITY_CATALOG = (
    (
        "Voter registration drive",
        "people",
        "shifts",
        "Sign up new voters at a table or door to door.",
    ),
    ("Canvassing (door knocking)", "people", "shifts", "Talk to voters at their doors."),
    ("Phone bank", "people", "shifts", "Call voters from a list."),
    ("Text bank", "people", "shifts", "Text voters from a list."),
    (
        "Bird-dogging",
        "people",
        "events",
        "Ask the opponent questions on the record at public events.",
    ),
    ("GOTV: volunteer training", "people", "hours", "Train the volunteers who get out the vote."),
    ("GOTV: rides to the polls", "people", "shifts", "Drive voters to the polls."),
    ("Press release", "media", "releases", "Announce the endorsement to local news."),
    ("Op-ed", "media", "op-eds", "A signed opinion piece in a local paper."),
    ("Letter to the editor", "media", "letters", "A short letter a local paper may print."),
    ("Event hosting", "media", "events", "A rally, forum or house party for the candidate."),
    ("Social media", "media", "posts", "Posts that spread the word."),
    ("Small-dollar donation", "money", "dollars", "What a member gives the campaign directly."),
)


# Lots drawn in the room during an instant-runoff count (SPEC R-7). A choose-one round keeps its
# lot in rounds.lot_eliminated_option_id and the next round's options; a ranked vote is one
# physical round whose count can need a lot after any of its runoff rounds: those get own rows.
RUNOFF_LOTS_SCHEMA = """
CREATE TABLE runoff_lots (
    round_id INTEGER NOT NULL REFERENCES rounds (id),
    runoff_round INTEGER NOT NULL CHECK (runoff_round >= 1),
    eliminated_option_id INTEGER NOT NULL REFERENCES vote_options (id),
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (round_id, runoff_round)
);
"""

# The group's own texts in Spanish, for documents printed in Spanish or in both languages (issue
# 15). '' means "not written yet": a Spanish document then warns and prints the English. The
# sign-up sheet's ask becomes the group's own text too ('' prints the app's words). Only columns
# are added, so the migration stands on its own, in whatever order it runs with its neighbours.
BILINGUAL_TEXTS_SCHEMA = """
ALTER TABLE group_values ADD COLUMN title_es TEXT NOT NULL DEFAULT '';
ALTER TABLE group_values ADD COLUMN description_es TEXT NOT NULL DEFAULT '';
ALTER TABLE races ADD COLUMN office_es TEXT NOT NULL DEFAULT '';
ALTER TABLE votes ADD COLUMN question_es TEXT NOT NULL DEFAULT '';
ALTER TABLE activities ADD COLUMN name_es TEXT NOT NULL DEFAULT '';
ALTER TABLE endorsements ADD COLUMN announcement_es TEXT NOT NULL DEFAULT '';
ALTER TABLE group_settings ADD COLUMN signup_ask TEXT NOT NULL DEFAULT '';
ALTER TABLE group_settings ADD COLUMN signup_ask_es TEXT NOT NULL DEFAULT '';
"""

# The Spanish names of the catalog's activities, given to a group that still has them as we
# named them (an activity the group renamed keeps its own name and no Spanish until written).
ACTIVITY_CATALOG_ES = {
    "Voter registration drive": "Campaña de registro de votantes",
    "Canvassing (door knocking)": "Visitas casa por casa",
    "Phone bank": "Llamadas a votantes",
    "Text bank": "Mensajes de texto a votantes",
    "Bird-dogging": "Preguntas en público al contrincante",
    "GOTV: volunteer training": "Movilización: capacitar voluntarios",
    "GOTV: rides to the polls": "Movilización: llevar votantes a votar",
    "Press release": "Comunicado de prensa",
    "Op-ed": "Artículo de opinión",
    "Letter to the editor": "Carta al editor",
    "Event hosting": "Organizar un evento",
    "Social media": "Redes sociales",
    "Small-dollar donation": "Donación pequeña",
}


# Election cycles (issue 16): races and meetings belong to a cycle (votes and endorsements through
# them); values stay the group's, with the weights each had when a cycle closed; a candidate who
# runs again is the same person; how races came out; an official's actions in office.
ELECTION_CYCLES_SCHEMA = (
    """
CREATE TABLE cycles (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (name <> ''),
    opened_on TEXT NOT NULL,
    closed_on TEXT,
    is_current INTEGER NOT NULL DEFAULT 0 CHECK (is_current IN (0, 1)),
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX cycles_one_current ON cycles (is_current) WHERE is_current = 1;

-- each value's weight as it stood when a cycle closed (the current cycle's are group_values')
CREATE TABLE value_weights (
    cycle_id INTEGER NOT NULL REFERENCES cycles (id),
    value_id INTEGER NOT NULL REFERENCES group_values (id) ON DELETE CASCADE,
    weight INTEGER NOT NULL CHECK (weight BETWEEN 1 AND 5),
    dealbreaker INTEGER NOT NULL CHECK (dealbreaker IN (0, 1)),
    PRIMARY KEY (cycle_id, value_id)
);

-- one row per person who has stood as a candidate, whatever the cycle or race;
-- name_key is core.names.name_key(name), so that a returning candidate is found again
CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (name <> ''),
    name_key TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX people_name_key ON people (name_key);

-- races were unique by office and district; now by office and district within a cycle
CREATE TABLE races (
"""
    + _RACE_COLUMNS
    + """    cycle_id INTEGER REFERENCES cycles (id),
    UNIQUE (cycle_id, office, district)
);
CREATE INDEX races_cycle ON races (cycle_id);

-- a race or meeting added without a cycle joins the current one
CREATE TRIGGER races_join_the_current_cycle AFTER INSERT ON races
WHEN NEW.cycle_id IS NULL
BEGIN
    UPDATE races SET cycle_id = (SELECT id FROM cycles WHERE is_current = 1) WHERE id = NEW.id;
END;

ALTER TABLE meetings ADD COLUMN cycle_id INTEGER REFERENCES cycles (id);
CREATE INDEX meetings_cycle ON meetings (cycle_id);
CREATE TRIGGER meetings_join_the_current_cycle AFTER INSERT ON meetings
WHEN NEW.cycle_id IS NULL
BEGIN
    UPDATE meetings SET cycle_id = (SELECT id FROM cycles WHERE is_current = 1)
    WHERE id = NEW.id;
END;

ALTER TABLE candidates ADD COLUMN person_id INTEGER REFERENCES people (id);
CREATE INDEX candidates_person ON candidates (person_id);

-- how a race came out for each candidate; share is an exact fraction 'n/d' of the votes cast
CREATE TABLE results (
    candidate_id INTEGER PRIMARY KEY REFERENCES candidates (id),
    outcome TEXT NOT NULL
        CHECK (outcome IN ('won', 'lost', 'advanced_general', 'advanced_runoff', 'withdrew')),
    votes INTEGER CHECK (votes IS NULL OR votes >= 0),
    share TEXT,
    decided_on TEXT,
    source TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- an elected's actions in office (a vote, a statement, a town hall held or refused), rated on
-- the values they were endorsed for: 0 Opposes ... 4 Champion
CREATE TABLE office_actions (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people (id),
    value_id INTEGER NOT NULL REFERENCES group_values (id) ON DELETE CASCADE,
    action TEXT NOT NULL CHECK (action <> ''),
    acted_on TEXT NOT NULL,
    rating INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 4),
    evidence TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX office_actions_person ON office_actions (person_id, value_id, acted_on);
"""
)

# The name a file's first cycle gets when the group never named its cycle in the settings.
FIRST_CYCLE_NAME = "First cycle"
_RACE_FIELDS = (
    "id, office, district, election_date, stage, notes, position, archived, created_at, updated_at"
)


def split_statements(script: str) -> list[str]:
    """Split a schema script into statements, keeping trigger bodies whole.

    executescript() would COMMIT the migration's transaction midway, so statements run one by one.
    """
    statements: list[str] = []
    current = ""
    for line in script.splitlines(keepends=True):
        if not current and (not line.strip() or line.lstrip().startswith("--")):
            continue
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        raise ValueError(f"incomplete SQL statement in schema: {current[:60]!r}")
    return statements


def build_migrations() -> Migrations:
    # deferred: sqlite_utils costs ~140 ms (python -X importtime); `count` never needs it
    from sqlite_utils import Migrations

    migrations = Migrations("endorse-desktop")

    @migrations(name=_MIGRATION_NAMES[0])
    def initial_schema(db: Database) -> None:
        for statement in split_statements(INITIAL_SCHEMA):
            db.execute(statement)

    @migrations(name=_MIGRATION_NAMES[1])
    def activity_catalog(db: Database) -> None:
        stamp = now_iso()
        for position, (name, category, unit, description) in enumerate(ACTIVITY_CATALOG):
            # A group that already wrote an activity of that name keeps its own.
            db.execute(
                "INSERT OR IGNORE INTO activities "
                "(name, category, unit, description, position, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (name, category, unit, description, position, stamp),
            )

    @migrations(name=_MIGRATION_NAMES[2])
    def runoff_lots(db: Database) -> None:
        for statement in split_statements(RUNOFF_LOTS_SCHEMA):
            db.execute(statement)

    @migrations(name=_MIGRATION_NAMES[3], transactional=False)
    def election_cycles(db: Database) -> None:
        _move_into_cycles(db)

    @migrations(name=_MIGRATION_NAMES[4])
    def bilingual_texts(db: Database) -> None:
        for statement in split_statements(BILINGUAL_TEXTS_SCHEMA):
            db.execute(statement)
        for name, name_es in ACTIVITY_CATALOG_ES.items():
            db.execute(
                "UPDATE activities SET name_es = ? WHERE name = ? AND name_es = ''", (name_es, name)
            )

    return migrations


def _move_into_cycles(db: Database) -> None:
    """Migration 0004: every race, meeting and candidate of the file moves into a first cycle.

    The races table is rebuilt (its UNIQUE changes), which SQLite allows only with foreign keys
    off, and that pragma is ignored inside a transaction: so this migration opens its own. It is
    all or nothing; a file where it committed but sqlite-utils had not yet recorded it (a kill in
    between) has the `cycles` table, and the migration then only lets itself be recorded.
    """

    conn = db.conn
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'cycles'").fetchone():
        return
    own = not conn.in_transaction
    keys_on = conn.execute("PRAGMA foreign_keys").fetchone()[0]
    if own:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("BEGIN IMMEDIATE")
    try:
        stamp = now_iso()
        named = conn.execute(
            "SELECT trim(cycle) FROM group_settings WHERE id = 1 AND trim(cycle) <> ''"
        ).fetchone()
        opened = conn.execute(
            "SELECT min(day) FROM (SELECT substr(created_at, 1, 10) AS day FROM races "
            "UNION ALL SELECT held_on FROM meetings)"
        ).fetchone()[0]
        conn.execute("CREATE TEMP TABLE races_before_cycles AS SELECT * FROM races")
        conn.execute("DROP TABLE races")
        for statement in split_statements(ELECTION_CYCLES_SCHEMA):
            conn.execute(statement)
        conn.execute(
            "INSERT INTO cycles (id, name, opened_on, is_current, created_at, updated_at) "
            "VALUES (1, ?, ?, 1, ?, ?)",
            (named[0] if named else FIRST_CYCLE_NAME, opened or today_iso(), stamp, stamp),
        )
        conn.execute(
            f"INSERT INTO races ({_RACE_FIELDS}, cycle_id) "
            f"SELECT {_RACE_FIELDS}, 1 FROM temp.races_before_cycles"
        )
        conn.execute("DROP TABLE temp.races_before_cycles")
        conn.execute("UPDATE meetings SET cycle_id = 1")
        people: dict[str, int] = {}
        for candidate_id, name in conn.execute(
            "SELECT id, name FROM candidates ORDER BY id"
        ).fetchall():
            key = name_key(name)
            if key not in people:
                people[key] = int(
                    conn.execute(
                        "INSERT INTO people (name, name_key, created_at, updated_at) "
                        "VALUES (?, ?, ?, ?)",
                        (name, key, stamp, stamp),
                    ).lastrowid
                    or 0
                )
            conn.execute(
                "UPDATE candidates SET person_id = ? WHERE id = ?", (people[key], candidate_id)
            )
        broken = [
            row
            for table in ("candidates", "votes", "endorsements")
            for row in conn.execute(f"PRAGMA foreign_key_check({table})").fetchall()
        ]
        if broken:
            raise ValueError(f"moving into cycles broke {len(broken)} references")
        if own:
            conn.execute("COMMIT")
    except BaseException:
        if own and conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        if own:
            conn.execute(f"PRAGMA foreign_keys={'ON' if keys_on else 'OFF'}")
