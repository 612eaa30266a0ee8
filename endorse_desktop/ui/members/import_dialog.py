"""Import a roster CSV: check what each column holds, see what will happen, then import.

The dialog shows the file as the importer read it (source, encoding, row count), one choice per
column ("Import as"), and a preview of the first rows with what will happen to each (add, update,
skip and why), recomputed whenever a choice changes. Nothing is written until Import is pressed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QWidget,
)

from endorse_desktop.core.members import Member
from endorse_desktop.core.roster_import import (
    ACTION_NETWORK,
    FIELDS,
    MOBILIZE,
    ImportPlan,
    ImportSummary,
    RosterImportError,
    RowResult,
    check_mapping,
    mapped_rows,
)
from endorse_desktop.ui.widgets.core_text import in_ui
from endorse_desktop.ui.widgets.forms import Buttons, FormDialog
from endorse_desktop.ui.widgets.labels import big_bold_label
from endorse_desktop.ui.widgets.table_model import (
    Column,
    RecordTableModel,
)
from endorse_desktop.ui.widgets.text import translator

Preview = Callable[[Sequence[str | None], bool], ImportSummary]


_tr = translator("RosterImportDialog")


def field_label(field: str | None) -> str:
    return {
        None: _tr("Ignore"),
        "first_name": _tr("First name"),
        "last_name": _tr("Last name"),
        "full_name": _tr("Full name (split in two)"),
        "email": _tr("Email"),
        "phone": _tr("Phone"),
        "postal_code": _tr("Postal code"),
        "joined_on": _tr("Joined date"),
        "eligible": _tr("Eligible / dues paid (yes or no)"),
        "notes": _tr("Notes (added to theirs)"),
    }[field]


def source_label(source: str) -> str:
    return {
        ACTION_NETWORK: _tr("Action Network report"),
        MOBILIZE: _tr("Mobilize export"),
    }.get(source, _tr("CSV file"))


def outcome_label(result: RowResult) -> str:
    if result.outcome == "added":
        return _tr("add")
    if result.outcome == "updated":
        return _tr("update: %s") % result.detail
    if result.outcome == "merged":
        return _tr("merge: %s") % result.detail
    return _tr("skip: %s") % result.detail


def result_label(outcome: str) -> str:
    return {
        "added": _tr("added"),
        "updated": _tr("updated"),
        "merged": _tr("merged"),
        "skipped": _tr("skipped"),
    }[outcome]


def _count(n: int, one: str, many: str) -> str:
    return (one if n == 1 else many) % f"{n:,}"


# The field each preview column shows (None: always shown).
PREVIEW_FIELDS = (
    None,
    None,
    "first_name",
    "last_name",
    "email",
    "phone",
    "postal_code",
    "joined_on",
    "notes",
)


@dataclass(frozen=True)
class PreviewRow:
    result: RowResult | None
    member: Member
    row: int


def _preview_columns() -> list[Column[PreviewRow]]:
    return [
        Column(_tr("Row"), lambda p: str(p.row), sort_key=lambda p: p.row, align_right=True),
        Column(_tr("What happens"), lambda p: outcome_label(p.result) if p.result else ""),
        Column(_tr("First name"), lambda p: p.member.first_name),
        Column(_tr("Last name"), lambda p: p.member.last_name),
        Column(_tr("Email"), lambda p: p.member.email or ""),
        Column(_tr("Phone"), lambda p: p.member.phone),
        Column(_tr("Postal code"), lambda p: p.member.postal_code),
        Column(_tr("Joined"), lambda p: p.member.joined_on or ""),
        Column(_tr("Notes"), lambda p: p.member.notes.replace("\n", " · ")),
    ]


class RosterImportDialog(FormDialog):
    def __init__(self, plan: ImportPlan, preview: Preview, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Import members roster"), parent, ok_text=self.tr("&Import"))
        self.plan = plan
        self._preview = preview
        self.resize(1040, 700)

        heading = QLabel(f"<h3>{_escape(plan.file_name)}</h3>")
        heading.setTextFormat(Qt.TextFormat.RichText)
        facts = QLabel(
            self.tr("%1 · %2 · %3 · separated by %4")
            .replace("%1", source_label(plan.source))
            .replace("%2", _count(plan.row_count, self.tr("%s row"), self.tr("%s rows")))
            .replace("%3", plan.encoding)
            .replace("%4", _delimiter_name(plan.delimiter))
        )
        facts.setAccessibleName(self.tr("What the file is"))
        self.facts_label = facts
        intro = QLabel(
            self.tr(
                "Check what each column holds; columns set to “Ignore” are left out. People "
                "already on the roster (same email) are updated, never added twice."
            )
        )
        intro.setWordWrap(True)

        self.combos: list[QComboBox] = []
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(16)
        for column, text in enumerate(
            (self.tr("Column in the file"), self.tr("First values"), self.tr("Import as"))
        ):
            label = QLabel(f"<b>{_escape(text)}</b>")
            grid.addWidget(label, 0, column)
        for index, header in enumerate(plan.headers):
            name = QLabel(header or self.tr("(no name)"))
            name.setTextFormat(Qt.TextFormat.PlainText)
            examples = QLabel(_shorten(", ".join(plan.examples(index)), 70))
            examples.setTextFormat(Qt.TextFormat.PlainText)
            examples.setMinimumWidth(200)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Import column %s as") % (header or index + 1))
            for field in (None, *FIELDS):
                combo.addItem(field_label(field), field)
            combo.setCurrentIndex(combo.findData(plan.mapping[index]))
            combo.setMinimumContentsLength(18)
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.combos.append(combo)
            grid.addWidget(name, index + 1, 0)
            grid.addWidget(examples, index + 1, 1)
            grid.addWidget(combo, index + 1, 2)
        grid.setRowStretch(len(plan.headers) + 1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_widget)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        # As tall as the columns need, up to a point; a 30-column report scrolls.
        scroll.setFixedHeight(min(280, grid_widget.sizeHint().height() + 2 * scroll.frameWidth()))

        self.eligible_check = QCheckBox(self.tr("New members may vote right away"))
        self.eligible_check.setChecked(True)
        self.eligible_check.setToolTip(
            self.tr(
                "Untick if your group has a waiting period: new members are then marked "
                "not eligible, with the reason “waiting period”"
            )
        )
        self.eligible_check.toggled.connect(self._mapping_changed)

        self.outcome_label = QLabel()
        self.outcome_label.setAccessibleName(self.tr("What the import will do"))
        self.hint_label = self.error_label

        self.preview_model: RecordTableModel[PreviewRow] = RecordTableModel(
            _preview_columns(), lambda p: "", self
        )
        self.preview_view = QTableView()
        self.preview_view.setModel(self.preview_model)
        self.preview_view.setAccessibleName(self.tr("Preview of the first rows"))
        self.preview_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_view.verticalHeader().hide()
        self.preview_view.setWordWrap(False)
        rows = self.preview_view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        columns = self.preview_view.horizontalHeader()
        columns.setStretchLastSection(True)
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setToolTip(self.tr("Add and update the members as previewed"))

        layout = self.content
        layout.addWidget(heading)
        layout.addWidget(facts)
        layout.addWidget(intro)
        layout.addWidget(scroll)
        layout.addWidget(self.eligible_check)
        if plan.row_count > len(plan.preview_rows):
            title = self.tr("Preview of the first %d rows") % len(plan.preview_rows)
        else:
            title = self.tr("Preview")
        preview_title = QLabel(f"<b>{_escape(title)}</b>")
        layout.addWidget(preview_title)
        layout.addWidget(self.preview_view, 1)
        layout.addWidget(self.outcome_label)

        self._size_preview_columns()
        self._mapping_changed()

    # ----- choices ---------------------------------------------------------------------------
    def mapping(self) -> tuple[str | None, ...]:
        return tuple(combo.currentData() for combo in self.combos)

    def set_mapping(self, column: int, field: str | None) -> None:
        self.combos[column].setCurrentIndex(self.combos[column].findData(field))

    def new_members_eligible(self) -> bool:
        return self.eligible_check.isChecked()

    @Slot()
    def _mapping_changed(self) -> None:
        self._release_duplicate(self.sender())
        mapping = self.mapping()
        try:
            check_mapping(self.plan, mapping)
            summary = self._preview(mapping, self.new_members_eligible())
        except RosterImportError as error:
            self._show_problem(in_ui(error))
            self._fill_preview(mapping, None)
            return
        self.hint_label.hide()
        self.import_button.setEnabled(True)
        skipped = len(summary.skipped)
        sentence = (
            self.tr("Importing will add %1, update %2, merge %5 and skip %3 of %4 rows.")
            if summary.merged
            else self.tr("Importing will add %1, update %2 and skip %3 of %4 rows.")
        )
        self.outcome_label.setText(
            sentence.replace("%5", f"{summary.merged:,}")
            .replace("%1", f"{summary.added:,}")
            .replace("%2", f"{summary.updated:,}")
            .replace("%3", f"{skipped:,}")
            .replace("%4", f"{self.plan.row_count:,}")
        )
        self._fill_preview(mapping, summary)

    def _release_duplicate(self, sender: object) -> None:
        """Choosing a field another column had moves it here: that column goes back to Ignore."""
        if not isinstance(sender, QComboBox) or sender not in self.combos:
            return
        field = sender.currentData()
        if field is None or field == "notes":
            return
        for combo in self.combos:
            if combo is not sender and combo.currentData() == field:
                combo.blockSignals(True)
                combo.setCurrentIndex(combo.findData(None))
                combo.blockSignals(False)

    def _show_problem(self, message: str) -> None:
        self.hint_label.setText(message[:1].upper() + message[1:])
        self.hint_label.show()
        self.outcome_label.clear()
        self.import_button.setEnabled(False)

    def _fill_preview(self, mapping: Sequence[str | None], summary: ImportSummary | None) -> None:
        # Show only what will be imported: a column nobody mapped is just empty space.
        chosen = set(mapping)
        names = bool(chosen & {"first_name", "last_name", "full_name"})
        for column, field in enumerate(PREVIEW_FIELDS):
            wanted = names if field in ("first_name", "last_name") else field in chosen
            self.preview_view.setColumnHidden(column, field is not None and not wanted)
        results = {r.row: r for r in summary.results} if summary else {}
        self.preview_model.set_records(
            [
                PreviewRow(results.get(number), member, number)
                for number, member in mapped_rows(self.plan, mapping)
            ]
        )
        # The outcome column is what people read: wide enough for the longest reason shown.
        self.preview_view.resizeColumnToContents(1)
        limit = self.preview_view.fontMetrics().averageCharWidth() * 48
        self.preview_view.setColumnWidth(1, min(limit, self.preview_view.columnWidth(1) + 8))

    def _size_preview_columns(self) -> None:
        metrics = self.preview_view.fontMetrics()
        widths = (6, 38, 13, 15, 34, 16, 11, 11)
        for column, chars in enumerate(widths):
            self.preview_view.setColumnWidth(column, metrics.averageCharWidth() * chars + 16)


class ImportSummaryDialog(FormDialog):
    """After an import: the counts, then every row that was not simply added, with why."""

    def __init__(self, summary: ImportSummary, file_name: str, parent: QWidget | None = None):
        super().__init__(self.tr("Roster imported"), parent, buttons=Buttons.Close)
        self.resize(720, 480)
        heading = QLabel(f"<h3>{_escape(file_name)}</h3>")
        counts = (
            self.tr("Added %1 · updated %2 · merged %4 · skipped %3")
            if summary.merged
            else self.tr("Added %1 · updated %2 · skipped %3")
        )
        self.counts_label = big_bold_label(
            self.tr("Import result"),
            1.25,
            counts.replace("%4", f"{summary.merged:,}")
            .replace("%1", f"{summary.added:,}")
            .replace("%2", f"{summary.updated:,}")
            .replace("%3", f"{len(summary.skipped):,}"),
        )
        undo_hint = QLabel(self.tr("Edit ▸ Undo (Ctrl+Z) takes the whole import back."))

        order = {"skipped": 0, "merged": 1, "updated": 2, "added": 3}
        columns: list[Column[RowResult]] = [
            Column(
                self.tr("Row"), lambda r: str(r.row), sort_key=lambda r: r.row, align_right=True
            ),
            Column(
                self.tr("Result"),
                lambda r: {
                    "added": _tr("added"),
                    "updated": _tr("updated"),
                    "merged": _tr("merged"),
                    "skipped": _tr("skipped"),
                }[r.outcome],
                sort_key=lambda r: (order[r.outcome], r.row),
            ),
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Why / what changed"), lambda r: r.detail),
        ]
        self.model: RecordTableModel[RowResult] = RecordTableModel(columns, lambda r: "", self)
        self.model.set_records(sorted(summary.results, key=lambda r: (order[r.outcome], r.row)))
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Rows of the file and what happened to each"))
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        metrics = self.view.fontMetrics()
        for column, chars in enumerate((6, 10, 26)):
            self.view.setColumnWidth(column, metrics.averageCharWidth() * chars + 16)

        layout = self.content
        layout.addWidget(heading)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(undo_hint)


def _delimiter_name(delimiter: str) -> str:
    return {",": _tr("commas"), ";": _tr("semicolons"), "\t": _tr("tabs")}.get(
        delimiter, repr(delimiter)
    )


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _escape(text: str) -> str:
    return escape(text)
