"""Group settings (SPEC F-1): name, cycle, paper size and the default voting rule."""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from endorse_desktop.core.settings import GroupSettings, SettingsError, validate
from endorse_desktop.core.voting.rules import PRESETS
from endorse_desktop.ui.widgets.forms import Buttons, FormDialog, choice_box, line_edit
from endorse_desktop.ui.widgets.text import translator

CUSTOM = "custom"


_tr = translator("GroupSettingsDialog")


def _threshold_choices() -> list[tuple[str, str, str, str]]:
    """(key, label, fraction, comparison) for the threshold combo box."""
    labels = {
        "majority": _tr("Majority (more than half)"),
        "three_fifths": _tr("Three-fifths (at least 3/5)"),
        "two_thirds": _tr("Two-thirds (at least 2/3)"),
        "three_quarters": _tr("Three-quarters (at least 3/4)"),
        "unanimous": _tr("Unanimous"),
    }
    return [
        (key, labels.get(key, key), str(rule.fraction), str(rule.comparison))
        for key, rule in PRESETS.items()
    ]


class GroupSettingsDialog(FormDialog):
    refusals = (SettingsError,)

    def __init__(
        self, settings: GroupSettings, parent: QWidget | None = None, first_run: bool = False
    ) -> None:
        super().__init__(
            self.tr("Create the group") if first_run else self.tr("Group settings"),
            parent,
            buttons=Buttons.Save | Buttons.Cancel,
            min_width=520,
        )
        self._result: GroupSettings | None = None

        self.name_edit = line_edit(
            settings.name, self.tr("Group name"), self.tr("e.g. Riverton Indivisible")
        )
        self.cycle_edit = line_edit(settings.cycle, self.tr("Cycle"), self.tr("e.g. 2026 Primary"))
        self.page_combo = choice_box(
            {"letter": self.tr("US Letter"), "a4": self.tr("A4")},
            settings.page_size,
            self.tr("Paper size"),
        )

        # What the sign-up sheet asks of the room, in English and Spanish: empty prints our words.
        self.ask_edit = line_edit(
            settings.signup_ask,
            self.tr("What the sign-up sheet asks"),
            self.tr("empty: the app's own words"),
        )
        self.ask_es_edit = line_edit(
            settings.signup_ask_es,
            self.tr("What the sign-up sheet asks, in Spanish"),
            self.tr("for sheets in Spanish; empty: ours"),
        )

        group_box = QGroupBox(self.tr("Group"))
        group_form = QFormLayout(group_box)
        group_form.addRow(self.tr("&Name:"), self.name_edit)
        group_form.addRow(self.tr("&Cycle:"), self.cycle_edit)
        group_form.addRow(self.tr("&Paper:"), self.page_combo)
        group_form.addRow(self.tr("Sign-up &ask:"), self.ask_edit)
        group_form.addRow(self.tr("Ask in &Spanish:"), self.ask_es_edit)

        self.threshold_combo = QComboBox()
        self.threshold_combo.setAccessibleName(self.tr("Threshold"))
        for key, label, fraction, comparison in _threshold_choices():
            self.threshold_combo.addItem(label, (key, fraction, comparison))
        self.threshold_combo.addItem(self.tr("Custom fraction…"), (CUSTOM, "", ""))
        self.fraction_edit = QLineEdit()
        self.fraction_edit.setPlaceholderText("3/5")
        self.fraction_edit.setMaximumWidth(90)
        self.fraction_edit.setAccessibleName(self.tr("Custom fraction"))
        self.comparison_combo = choice_box(
            {"at_least": self.tr("at least"), "more_than": self.tr("more than")},
            "at_least",
            self.tr("Comparison"),
        )
        custom_row = QHBoxLayout()
        custom_row.addWidget(self.comparison_combo)
        custom_row.addWidget(self.fraction_edit)
        custom_row.addStretch(1)
        self._custom_row = QWidget()
        self._custom_row.setLayout(custom_row)
        custom_row.setContentsMargins(0, 0, 0, 0)

        self.base_combo = choice_box(
            {
                "votes_cast": self.tr("votes cast (abstentions and blanks left out)"),
                "present": self.tr("members present (minus recused)"),
                "eligible": self.tr("eligible members (minus recused)"),
            },
            settings.base,
            self.tr("Counted out of"),
        )

        self.quorum_spin = QSpinBox()
        self.quorum_spin.setRange(0, 100_000)
        self.quorum_spin.setSpecialValueText(self.tr("no quorum rule"))
        self.quorum_spin.setValue(settings.quorum or 0)
        self.quorum_spin.setAccessibleName(self.tr("Quorum"))
        self.quorum_spin.setToolTip(self.tr("Members who must be present for a vote to count"))

        self.no_endorsement_check = QCheckBox(self.tr('Offer "No endorsement" on every ballot'))
        self.no_endorsement_check.setChecked(settings.no_endorsement_option)

        self.policy_combo = choice_box(
            {
                "keep_all": self.tr("keep every candidate (Robert's Rules)"),
                "drop_last": self.tr("drop the candidate with fewest votes"),
                "top_two": self.tr("keep only the top two"),
            },
            settings.policy,
            self.tr("Repeated ballots"),
        )

        rules_box = QGroupBox(self.tr("Default voting rule (each vote can override it)"))
        rules_form = QFormLayout(rules_box)
        rules_form.addRow(self.tr("&Threshold:"), self.threshold_combo)
        rules_form.addRow("", self._custom_row)
        rules_form.addRow(self.tr("Counted &out of:"), self.base_combo)
        rules_form.addRow(self.tr("&Quorum:"), self.quorum_spin)
        rules_form.addRow("", self.no_endorsement_check)
        rules_form.addRow(self.tr("&Repeated ballots:"), self.policy_combo)

        self.ie_check = QCheckBox(self.tr("We make independent expenditures"))
        self.ie_check.setChecked(settings.independent_expenditures)
        self.ie_check.setToolTip(
            self.tr(
                "Groups that spend money independently must not coordinate with campaigns; the "
                "app then reminds you where members log campaign contact."
            )
        )

        self.append(group_box)
        self.append(rules_box)
        self.append(self.ie_check)

        self._select_threshold(settings.threshold_fraction, settings.threshold_comparison)
        self.threshold_combo.currentIndexChanged.connect(self._threshold_changed)
        self._threshold_changed()

    def _select_threshold(self, fraction: str, comparison: str) -> None:
        wanted = (str(Fraction(fraction)), comparison)
        for index in range(self.threshold_combo.count()):
            key, item_fraction, item_comparison = self.threshold_combo.itemData(index)
            if key != CUSTOM and (item_fraction, item_comparison) == wanted:
                self.threshold_combo.setCurrentIndex(index)
                return
        self.threshold_combo.setCurrentIndex(self.threshold_combo.count() - 1)
        self.fraction_edit.setText(str(Fraction(fraction)))
        self.comparison_combo.setCurrentIndex(max(0, self.comparison_combo.findData(comparison)))

    @Slot()
    def _threshold_changed(self) -> None:
        key, _, _ = self.threshold_combo.currentData()
        self._custom_row.setVisible(key == CUSTOM)

    def settings(self) -> GroupSettings:
        key, fraction, comparison = self.threshold_combo.currentData()
        if key == CUSTOM:
            fraction = self.fraction_edit.text().strip() or "0"
            comparison = self.comparison_combo.currentData()
        return GroupSettings(
            name=self.name_edit.text().strip(),
            cycle=self.cycle_edit.text().strip(),
            page_size=self.page_combo.currentData(),
            threshold_fraction=fraction,
            threshold_comparison=comparison,
            base=self.base_combo.currentData(),
            quorum=self.quorum_spin.value() or None,
            no_endorsement_option=self.no_endorsement_check.isChecked(),
            policy=self.policy_combo.currentData(),
            independent_expenditures=self.ie_check.isChecked(),
            signup_ask=self.ask_edit.text().strip(),
            signup_ask_es=self.ask_es_edit.text().strip(),
        )

    def check(self) -> str | None:
        chosen = self.settings()
        validate(chosen)
        self._result = chosen
        return None

    def chosen_settings(self) -> GroupSettings | None:
        return self._result
