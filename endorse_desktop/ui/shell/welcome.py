"""First run: an empty file shows this instead of the tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    create_group_requested = Signal()
    sample_requested = Signal()
    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Welcome"))
        heading = QLabel(self.tr("<h1>Welcome to Endorse Desktop</h1>"))
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro = QLabel(
            self.tr(
                "Prepare your group's values and candidate scorecards, count the votes in the "
                "room without a slip, print ballots, minutes and sign-up sheets, and follow up on "
                "what members promised. Everything stays in one file on this computer."
            )
        )
        intro.setWordWrap(True)
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.create_button = QPushButton(self.tr("Create our group…"))
        self.create_button.setDefault(True)
        self.create_button.setToolTip(self.tr("Name the group and choose its voting rule"))
        self.create_button.clicked.connect(self.create_group_requested)
        self.sample_button = QPushButton(self.tr("Explore the sample group"))
        self.sample_button.setToolTip(
            self.tr("Opens a made-up chapter in its own file; your data stays separate")
        )
        self.sample_button.clicked.connect(self.sample_requested)
        self.open_button = QPushButton(self.tr("Open another file…"))
        self.open_button.clicked.connect(self.open_requested)
        for button in (self.create_button, self.sample_button, self.open_button):
            button.setMinimumHeight(44)

        # A fixed-width column, centred: word-wrapped labels get their full height that way.
        column = QWidget()
        column.setFixedWidth(620)
        column_layout = QVBoxLayout(column)
        column_layout.addWidget(heading)
        column_layout.addWidget(intro)
        column_layout.addSpacing(24)
        for button in (self.create_button, self.sample_button, self.open_button):
            column_layout.addWidget(button)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
