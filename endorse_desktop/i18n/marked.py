"""Texts the UI translates out of a constant: lupdate cannot follow `self.tr(label)` to the
string, so each one is written here once more, where lupdate finds it.

They live in modules this package must not change for translation's sake (the Qt-free core: the
race stages, the rating words, the dot-vote rule) or in tables read at run time (backup reasons,
counting methods, candidate statuses, rating sources). `tests/i18n/test_catalog.py` fails when
one of those constants holds a text missing here, so a new stage or status cannot go untranslated.
Never imported by the app.
"""

from __future__ import annotations


def QT_TR_NOOP(text: str) -> str:
    """lupdate's marker: the text is a message (filed under the empty context)."""
    return text


MARKED = (
    # core/results.OUTCOME_LABELS and outcome_label's "No result yet"
    QT_TR_NOOP("Won"),
    QT_TR_NOOP("Lost"),
    QT_TR_NOOP("Advanced to the general"),
    QT_TR_NOOP("Advanced to a runoff"),
    QT_TR_NOOP("Withdrew"),
    QT_TR_NOOP("No result yet"),
    # core/cycles: an earlier run's endorsement status, as the Results page says it
    QT_TR_NOOP("active"),
    QT_TR_NOOP("conditional"),
    QT_TR_NOOP("rescinded"),
    # core/races.STAGES, shown capitalized
    QT_TR_NOOP("Primary"),
    QT_TR_NOOP("General"),
    QT_TR_NOOP("Special"),
    QT_TR_NOOP("Runoff"),
    # core/scoring.RATING_LABELS and UNKNOWN_LABEL
    QT_TR_NOOP("Opposes"),
    QT_TR_NOOP("Weak"),
    QT_TR_NOOP("Mixed"),
    QT_TR_NOOP("Strong"),
    QT_TR_NOOP("Champion"),
    QT_TR_NOOP("Unknown"),
    # core/dot_vote.RULE_TEXT
    QT_TR_NOOP(
        "The value with the most dots weighs 5 and a value with no dots weighs 1; the others fall "
        "in between in proportion to their dots, rounded to the nearest whole weight."
    ),
    # ui/shell/restore_dialog.REASONS
    QT_TR_NOOP("before an app update changed the file"),
    QT_TR_NOOP("when a vote round was finalized"),
    QT_TR_NOOP("daily copy"),
    QT_TR_NOOP("before a restore"),
    QT_TR_NOOP("made by hand"),
    # ui/meeting/dialogs.METHOD_CHOICES
    QT_TR_NOOP("Paper ballots, choose one (a key per ballot)"),
    QT_TR_NOOP("Paper ballots, ranked (instant runoff)"),
    QT_TR_NOOP("Hand count (type the counts)"),
    # ui/meeting/vote_controller.METHOD_WORDS
    QT_TR_NOOP("paper ballots, choose one"),
    QT_TR_NOOP("paper ballots, ranked"),
    QT_TR_NOOP("hand count"),
    # ui/scorecards/dialogs.STATUS_TEXT
    QT_TR_NOOP("Considering"),
    QT_TR_NOOP("Endorsed"),
    QT_TR_NOOP("Not endorsed"),
    QT_TR_NOOP("Withdrawn"),
    # ui/scorecards/dialogs.SOURCE_TEXT
    QT_TR_NOOP("(not recorded)"),
    QT_TR_NOOP("Questionnaire"),
    QT_TR_NOOP("Interview"),
    QT_TR_NOOP("Record (votes, actions)"),
    QT_TR_NOOP("Public statement"),
    # the rating's source as stored (the scorecard table and slide show the key itself)
    QT_TR_NOOP("questionnaire"),
    QT_TR_NOOP("interview"),
    QT_TR_NOOP("record"),
    QT_TR_NOOP("statement"),
    # ui/members/tab.CSV_FILTER
    QT_TR_NOOP("CSV files (*.csv *.tsv *.txt);;All files (*)"),
)
