"""The schema the app's complete set of migrations makes, as `read_schema` reads it.

Written by `python -m tests.core.test_known_schema`, checked by that test: a file whose schema
is this one is ours without building the schema again (sqlite-utils and every migration in
memory: a fifth of a start-up). Anything else is checked against the migrations themselves.
"""

# ruff: noqa: E501 - each statement on one line, as SQLite keeps it

from __future__ import annotations

APPLIED = (
    "0001_initial_schema",
    "0002_activity_catalog",
    "0003_runoff_lots",
    "0004_election_cycles",
    "0005_bilingual_texts",
)

SCHEMA: dict[str, tuple[str, str, str | None]] = {
    "_sqlite_migrations": (
        "table",
        "_sqlite_migrations",
        'CREATE TABLE "_sqlite_migrations" ( "id" INTEGER PRIMARY KEY, "migration_set" TEXT, "name" TEXT, "applied_at" TEXT )',
    ),
    "activities": (
        "table",
        "activities",
        "CREATE TABLE activities ( id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE CHECK (name <> ''), category TEXT NOT NULL CHECK (category IN ('people', 'media', 'money')), unit TEXT NOT NULL CHECK (unit <> ''), description TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL DEFAULT 0, archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)), created_at TEXT NOT NULL , name_es TEXT NOT NULL DEFAULT '')",
    ),
    "attendance": (
        "table",
        "attendance",
        "CREATE TABLE attendance ( meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE, member_id INTEGER NOT NULL REFERENCES members (id), checked_in_at TEXT NOT NULL, PRIMARY KEY (meeting_id, member_id) )",
    ),
    "attendance_member": (
        "index",
        "attendance",
        "CREATE INDEX attendance_member ON attendance (member_id)",
    ),
    "audit_log": (
        "table",
        "audit_log",
        "CREATE TABLE audit_log ( id INTEGER PRIMARY KEY, at TEXT NOT NULL, entity TEXT NOT NULL, entity_id INTEGER, action TEXT NOT NULL, field TEXT, old_value TEXT, new_value TEXT, reason TEXT NOT NULL DEFAULT '' )",
    ),
    "audit_log_entity": (
        "index",
        "audit_log",
        "CREATE INDEX audit_log_entity ON audit_log (entity, entity_id)",
    ),
    "ballot_events": (
        "table",
        "ballot_events",
        "CREATE TABLE ballot_events ( id INTEGER PRIMARY KEY, round_id INTEGER NOT NULL REFERENCES rounds (id), kind TEXT NOT NULL CHECK (kind IN ('ballot', 'ranked', 'undo', 'hand_count', 'amendment')), option_id INTEGER REFERENCES vote_options (id), ranking TEXT, tally TEXT CHECK (tally IS NULL OR tally IN ('option', 'abstain', 'spoiled')), quantity INTEGER CHECK (quantity IS NULL OR quantity >= 0), undoes INTEGER REFERENCES ballot_events (id), reason TEXT, created_at TEXT NOT NULL )",
    ),
    "ballot_events_are_append_only_delete": (
        "trigger",
        "ballot_events",
        "CREATE TRIGGER ballot_events_are_append_only_delete BEFORE DELETE ON ballot_events BEGIN SELECT RAISE(ABORT, 'ballot events are append-only'); END",
    ),
    "ballot_events_are_append_only_update": (
        "trigger",
        "ballot_events",
        "CREATE TRIGGER ballot_events_are_append_only_update BEFORE UPDATE ON ballot_events BEGIN SELECT RAISE(ABORT, 'ballot events are append-only'); END",
    ),
    "ballot_events_only_into_open_rounds": (
        "trigger",
        "ballot_events",
        "CREATE TRIGGER ballot_events_only_into_open_rounds BEFORE INSERT ON ballot_events WHEN NEW.kind <> 'amendment' AND (SELECT status FROM rounds WHERE id = NEW.round_id) = 'final' BEGIN SELECT RAISE(ABORT, 'this round is finalized: corrections must be amendments with a reason'); END",
    ),
    "ballot_events_round": (
        "index",
        "ballot_events",
        "CREATE INDEX ballot_events_round ON ballot_events (round_id, id)",
    ),
    "candidates": (
        "table",
        "candidates",
        "CREATE TABLE candidates ( id INTEGER PRIMARY KEY, race_id INTEGER NOT NULL REFERENCES races (id), name TEXT NOT NULL CHECK (name <> ''), party TEXT NOT NULL DEFAULT '', incumbent INTEGER NOT NULL DEFAULT 0 CHECK (incumbent IN (0, 1)), website TEXT NOT NULL DEFAULT '', questionnaire_returned INTEGER NOT NULL DEFAULT 0 CHECK (questionnaire_returned IN (0, 1)), interview_date TEXT, status TEXT NOT NULL DEFAULT 'considering' CHECK (status IN ('considering', 'endorsed', 'not_endorsed', 'withdrawn')), notes TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL DEFAULT 0, -- archived candidates keep their ratings and votes but leave lists and new ballots archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)), created_at TEXT NOT NULL, updated_at TEXT NOT NULL, person_id INTEGER REFERENCES people (id), UNIQUE (race_id, name) )",
    ),
    "candidates_person": (
        "index",
        "candidates",
        "CREATE INDEX candidates_person ON candidates (person_id)",
    ),
    "candidates_race": (
        "index",
        "candidates",
        "CREATE INDEX candidates_race ON candidates (race_id)",
    ),
    "cycles": (
        "table",
        "cycles",
        "CREATE TABLE cycles ( id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE CHECK (name <> ''), opened_on TEXT NOT NULL, closed_on TEXT, is_current INTEGER NOT NULL DEFAULT 0 CHECK (is_current IN (0, 1)), position INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, updated_at TEXT NOT NULL )",
    ),
    "cycles_one_current": (
        "index",
        "cycles",
        "CREATE UNIQUE INDEX cycles_one_current ON cycles (is_current) WHERE is_current = 1",
    ),
    "dot_votes": (
        "table",
        "dot_votes",
        "CREATE TABLE dot_votes ( id INTEGER PRIMARY KEY, value_id INTEGER NOT NULL REFERENCES group_values (id) ON DELETE CASCADE, meeting_id INTEGER REFERENCES meetings (id) ON DELETE SET NULL, created_at TEXT NOT NULL )",
    ),
    "dot_votes_value": (
        "index",
        "dot_votes",
        "CREATE INDEX dot_votes_value ON dot_votes (value_id)",
    ),
    "endorsements": (
        "table",
        "endorsements",
        "CREATE TABLE endorsements ( id INTEGER PRIMARY KEY, race_id INTEGER NOT NULL REFERENCES races (id), candidate_id INTEGER NOT NULL REFERENCES candidates (id), -- NULL when the decision was made elsewhere and added by hand vote_id INTEGER REFERENCES votes (id), endorsed_on TEXT NOT NULL, vote_summary TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'conditional', 'rescinded')), condition_text TEXT NOT NULL DEFAULT '', rescinded_reason TEXT NOT NULL DEFAULT '', announcement TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, announcement_es TEXT NOT NULL DEFAULT '', CHECK (status <> 'conditional' OR condition_text <> ''), CHECK (status <> 'rescinded' OR rescinded_reason <> '') )",
    ),
    "endorsements_race": (
        "index",
        "endorsements",
        "CREATE INDEX endorsements_race ON endorsements (race_id)",
    ),
    "goals": (
        "table",
        "goals",
        "CREATE TABLE goals ( id INTEGER PRIMARY KEY, endorsement_id INTEGER NOT NULL REFERENCES endorsements (id), activity_id INTEGER NOT NULL REFERENCES activities (id), target INTEGER NOT NULL CHECK (target > 0), due_on TEXT, notes TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, UNIQUE (endorsement_id, activity_id) )",
    ),
    "group_settings": (
        "table",
        "group_settings",
        "CREATE TABLE group_settings ( id INTEGER PRIMARY KEY CHECK (id = 1), name TEXT NOT NULL DEFAULT '', cycle TEXT NOT NULL DEFAULT '', page_size TEXT NOT NULL DEFAULT 'letter' CHECK (page_size IN ('letter', 'a4')), threshold_fraction TEXT NOT NULL DEFAULT '2/3', threshold_comparison TEXT NOT NULL DEFAULT 'at_least' CHECK (threshold_comparison IN ('at_least', 'more_than')), base TEXT NOT NULL DEFAULT 'votes_cast' CHECK (base IN ('votes_cast', 'continuing', 'present', 'eligible')), quorum INTEGER CHECK (quorum IS NULL OR quorum >= 0), no_endorsement_option INTEGER NOT NULL DEFAULT 1 CHECK (no_endorsement_option IN (0, 1)), policy TEXT NOT NULL DEFAULT 'keep_all' CHECK (policy IN ('keep_all', 'drop_last', 'top_two')), independent_expenditures INTEGER NOT NULL DEFAULT 0 CHECK (independent_expenditures IN (0, 1)), created_at TEXT NOT NULL, updated_at TEXT NOT NULL , signup_ask TEXT NOT NULL DEFAULT '', signup_ask_es TEXT NOT NULL DEFAULT '')",
    ),
    "group_values": (
        "table",
        "group_values",
        "CREATE TABLE group_values ( id INTEGER PRIMARY KEY, title TEXT NOT NULL UNIQUE CHECK (title <> ''), description TEXT NOT NULL DEFAULT '', weight INTEGER NOT NULL DEFAULT 3 CHECK (weight BETWEEN 1 AND 5), dealbreaker INTEGER NOT NULL DEFAULT 0 CHECK (dealbreaker IN (0, 1)), position INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, updated_at TEXT NOT NULL , title_es TEXT NOT NULL DEFAULT '', description_es TEXT NOT NULL DEFAULT '')",
    ),
    "idx__sqlite_migrations_migration_set_name": (
        "index",
        "_sqlite_migrations",
        'CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name" ON "_sqlite_migrations" ("migration_set", "name")',
    ),
    "meetings": (
        "table",
        "meetings",
        "CREATE TABLE meetings ( id INTEGER PRIMARY KEY, held_on TEXT NOT NULL, place TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '', -- a typed head count, used instead of check-ins when the group counts heads head_count INTEGER CHECK (head_count IS NULL OR head_count >= 0), notes TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL , cycle_id INTEGER REFERENCES cycles (id))",
    ),
    "meetings_cycle": ("index", "meetings", "CREATE INDEX meetings_cycle ON meetings (cycle_id)"),
    "meetings_join_the_current_cycle": (
        "trigger",
        "meetings",
        "CREATE TRIGGER meetings_join_the_current_cycle AFTER INSERT ON meetings WHEN NEW.cycle_id IS NULL BEGIN UPDATE meetings SET cycle_id = (SELECT id FROM cycles WHERE is_current = 1) WHERE id = NEW.id; END",
    ),
    "members": (
        "table",
        "members",
        "CREATE TABLE members ( id INTEGER PRIMARY KEY, first_name TEXT NOT NULL DEFAULT '', last_name TEXT NOT NULL DEFAULT '', email TEXT CHECK (email IS NULL OR email <> ''), phone TEXT NOT NULL DEFAULT '', postal_code TEXT NOT NULL DEFAULT '', eligible INTEGER NOT NULL DEFAULT 1 CHECK (eligible IN (0, 1)), eligibility_reason TEXT NOT NULL DEFAULT '', joined_on TEXT, notes TEXT NOT NULL DEFAULT '', archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)), created_at TEXT NOT NULL, updated_at TEXT NOT NULL, CHECK (first_name <> '' OR last_name <> '' OR email IS NOT NULL) )",
    ),
    "members_email_unique": (
        "index",
        "members",
        "CREATE UNIQUE INDEX members_email_unique ON members (lower(email)) WHERE email IS NOT NULL",
    ),
    "members_name": (
        "index",
        "members",
        "CREATE INDEX members_name ON members (last_name, first_name)",
    ),
    "office_actions": (
        "table",
        "office_actions",
        "CREATE TABLE office_actions ( id INTEGER PRIMARY KEY, person_id INTEGER NOT NULL REFERENCES people (id), value_id INTEGER NOT NULL REFERENCES group_values (id) ON DELETE CASCADE, action TEXT NOT NULL CHECK (action <> ''), acted_on TEXT NOT NULL, rating INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 4), evidence TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL )",
    ),
    "office_actions_person": (
        "index",
        "office_actions",
        "CREATE INDEX office_actions_person ON office_actions (person_id, value_id, acted_on)",
    ),
    "people": (
        "table",
        "people",
        "CREATE TABLE people ( id INTEGER PRIMARY KEY, name TEXT NOT NULL CHECK (name <> ''), name_key TEXT NOT NULL, notes TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL )",
    ),
    "people_name_key": ("index", "people", "CREATE INDEX people_name_key ON people (name_key)"),
    "pledges": (
        "table",
        "pledges",
        "CREATE TABLE pledges ( id INTEGER PRIMARY KEY, member_id INTEGER NOT NULL REFERENCES members (id), endorsement_id INTEGER NOT NULL REFERENCES endorsements (id), activity_id INTEGER NOT NULL REFERENCES activities (id), quantity INTEGER NOT NULL CHECK (quantity > 0), unit TEXT NOT NULL CHECK (unit <> ''), pledged_on TEXT NOT NULL, due_on TEXT, status TEXT NOT NULL DEFAULT 'pledged' CHECK (status IN ('pledged', 'confirmed', 'done', 'no_show', 'dropped')), notes TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT 'typed' CHECK (source IN ('sheet', 'typed')), created_at TEXT NOT NULL, updated_at TEXT NOT NULL )",
    ),
    "pledges_endorsement": (
        "index",
        "pledges",
        "CREATE INDEX pledges_endorsement ON pledges (endorsement_id, activity_id)",
    ),
    "pledges_member": ("index", "pledges", "CREATE INDEX pledges_member ON pledges (member_id)"),
    "pledges_status": ("index", "pledges", "CREATE INDEX pledges_status ON pledges (status)"),
    "races": (
        "table",
        "races",
        "CREATE TABLE races ( id INTEGER PRIMARY KEY, office TEXT NOT NULL CHECK (office <> ''), district TEXT NOT NULL DEFAULT '', election_date TEXT, stage TEXT NOT NULL DEFAULT 'primary' CHECK (stage IN ('primary', 'general', 'special', 'runoff')), notes TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL DEFAULT 0, archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)), created_at TEXT NOT NULL, updated_at TEXT NOT NULL, cycle_id INTEGER REFERENCES cycles (id), office_es TEXT NOT NULL DEFAULT '', UNIQUE (cycle_id, office, district) )",
    ),
    "races_cycle": ("index", "races", "CREATE INDEX races_cycle ON races (cycle_id)"),
    "races_join_the_current_cycle": (
        "trigger",
        "races",
        "CREATE TRIGGER races_join_the_current_cycle AFTER INSERT ON races WHEN NEW.cycle_id IS NULL BEGIN UPDATE races SET cycle_id = (SELECT id FROM cycles WHERE is_current = 1) WHERE id = NEW.id; END",
    ),
    "ratings": (
        "table",
        "ratings",
        "CREATE TABLE ratings ( id INTEGER PRIMARY KEY, candidate_id INTEGER NOT NULL REFERENCES candidates (id), value_id INTEGER NOT NULL REFERENCES group_values (id) ON DELETE CASCADE, rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 0 AND 4), evidence TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT '' CHECK (source IN ('', 'questionnaire', 'interview', 'record', 'statement')), updated_at TEXT NOT NULL, UNIQUE (candidate_id, value_id) )",
    ),
    "ratings_value": ("index", "ratings", "CREATE INDEX ratings_value ON ratings (value_id)"),
    "recusals": (
        "table",
        "recusals",
        "CREATE TABLE recusals ( vote_id INTEGER NOT NULL REFERENCES votes (id) ON DELETE CASCADE, member_id INTEGER NOT NULL REFERENCES members (id), reason TEXT NOT NULL DEFAULT '', PRIMARY KEY (vote_id, member_id) )",
    ),
    "results": (
        "table",
        "results",
        "CREATE TABLE results ( candidate_id INTEGER PRIMARY KEY REFERENCES candidates (id), outcome TEXT NOT NULL CHECK (outcome IN ('won', 'lost', 'advanced_general', 'advanced_runoff', 'withdrew')), votes INTEGER CHECK (votes IS NULL OR votes >= 0), share TEXT, decided_on TEXT, source TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL )",
    ),
    "round_options": (
        "table",
        "round_options",
        "CREATE TABLE round_options ( round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE, option_id INTEGER NOT NULL REFERENCES vote_options (id), PRIMARY KEY (round_id, option_id) )",
    ),
    "round_totals": (
        "table",
        "round_totals",
        "CREATE TABLE round_totals ( round_id INTEGER NOT NULL REFERENCES rounds (id), option_id INTEGER NOT NULL REFERENCES vote_options (id), votes INTEGER NOT NULL CHECK (votes >= 0), PRIMARY KEY (round_id, option_id) )",
    ),
    "rounds": (
        "table",
        "rounds",
        "CREATE TABLE rounds ( id INTEGER PRIMARY KEY, vote_id INTEGER NOT NULL REFERENCES votes (id), number INTEGER NOT NULL CHECK (number >= 1), status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'final')), present INTEGER, eligible INTEGER, recused INTEGER NOT NULL DEFAULT 0, abstain INTEGER NOT NULL DEFAULT 0 CHECK (abstain >= 0), spoiled INTEGER NOT NULL DEFAULT 0 CHECK (spoiled >= 0), -- the count as announced when the round was finalized (JSON, SPEC section 5 result shape) result_json TEXT, -- a tie for last settled by lot in the room: the option the lot removed lot_eliminated_option_id INTEGER REFERENCES vote_options (id), opened_at TEXT NOT NULL, finalized_at TEXT, UNIQUE (vote_id, number) )",
    ),
    "runoff_lots": (
        "table",
        "runoff_lots",
        "CREATE TABLE runoff_lots ( round_id INTEGER NOT NULL REFERENCES rounds (id), runoff_round INTEGER NOT NULL CHECK (runoff_round >= 1), eliminated_option_id INTEGER NOT NULL REFERENCES vote_options (id), recorded_at TEXT NOT NULL, PRIMARY KEY (round_id, runoff_round) )",
    ),
    "sqlite_autoindex_activities_1": ("index", "activities", None),
    "sqlite_autoindex_attendance_1": ("index", "attendance", None),
    "sqlite_autoindex_candidates_1": ("index", "candidates", None),
    "sqlite_autoindex_cycles_1": ("index", "cycles", None),
    "sqlite_autoindex_goals_1": ("index", "goals", None),
    "sqlite_autoindex_group_values_1": ("index", "group_values", None),
    "sqlite_autoindex_races_1": ("index", "races", None),
    "sqlite_autoindex_ratings_1": ("index", "ratings", None),
    "sqlite_autoindex_recusals_1": ("index", "recusals", None),
    "sqlite_autoindex_round_options_1": ("index", "round_options", None),
    "sqlite_autoindex_round_totals_1": ("index", "round_totals", None),
    "sqlite_autoindex_rounds_1": ("index", "rounds", None),
    "sqlite_autoindex_runoff_lots_1": ("index", "runoff_lots", None),
    "sqlite_autoindex_value_weights_1": ("index", "value_weights", None),
    "sqlite_autoindex_vote_options_1": ("index", "vote_options", None),
    "value_weights": (
        "table",
        "value_weights",
        "CREATE TABLE value_weights ( cycle_id INTEGER NOT NULL REFERENCES cycles (id), value_id INTEGER NOT NULL REFERENCES group_values (id) ON DELETE CASCADE, weight INTEGER NOT NULL CHECK (weight BETWEEN 1 AND 5), dealbreaker INTEGER NOT NULL CHECK (dealbreaker IN (0, 1)), PRIMARY KEY (cycle_id, value_id) )",
    ),
    "vote_options": (
        "table",
        "vote_options",
        "CREATE TABLE vote_options ( id INTEGER PRIMARY KEY, vote_id INTEGER NOT NULL REFERENCES votes (id) ON DELETE CASCADE, key INTEGER NOT NULL CHECK (key BETWEEN 1 AND 9), candidate_id INTEGER REFERENCES candidates (id), label TEXT NOT NULL CHECK (label <> ''), is_no_endorsement INTEGER NOT NULL DEFAULT 0 CHECK (is_no_endorsement IN (0, 1)), UNIQUE (vote_id, key), CHECK (is_no_endorsement = 1 OR candidate_id IS NOT NULL) )",
    ),
    "votes": (
        "table",
        "votes",
        "CREATE TABLE votes ( id INTEGER PRIMARY KEY, meeting_id INTEGER NOT NULL REFERENCES meetings (id), race_id INTEGER NOT NULL REFERENCES races (id), question TEXT NOT NULL DEFAULT '', method TEXT NOT NULL CHECK (method IN ('hand_count', 'paper_choose_one', 'paper_ranked')), threshold_fraction TEXT NOT NULL, threshold_comparison TEXT NOT NULL CHECK (threshold_comparison IN ('at_least', 'more_than')), base TEXT NOT NULL CHECK (base IN ('votes_cast', 'continuing', 'present', 'eligible')), quorum INTEGER CHECK (quorum IS NULL OR quorum >= 0), policy TEXT NOT NULL CHECK (policy IN ('keep_all', 'drop_last', 'top_two')), no_endorsement_option INTEGER NOT NULL CHECK (no_endorsement_option IN (0, 1)), status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')), outcome TEXT CHECK (outcome IS NULL OR outcome IN ('endorsed', 'no_endorsement', 'no_decision', 'no_quorum', 'needs_lot')), winner_option_id INTEGER REFERENCES vote_options (id), created_at TEXT NOT NULL, closed_at TEXT , question_es TEXT NOT NULL DEFAULT '')",
    ),
    "votes_meeting": ("index", "votes", "CREATE INDEX votes_meeting ON votes (meeting_id)"),
    "votes_race": ("index", "votes", "CREATE INDEX votes_race ON votes (race_id)"),
}
