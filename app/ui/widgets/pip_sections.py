"""The sections of the PIP draft form (DOMAIN.md §4.1): route, offer, support, activities and
agreements. Every input is bound to a ``PipDraft`` path through ``PipBinder``; labels are
buddies (mnemonics) and also the widgets' accessible names."""

from __future__ import annotations

import logging
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import Route
from app.ui.models.pip_activities_model import PipActivitiesModel
from app.ui.widgets.pip_fields import (
    PipBinder,
    PipCostsEdit,
    PipDateEdit,
    hours_spin,
    plain_line,
    plain_text,
)

log = logging.getLogger(__name__)

W = TypeVar("W", bound=QWidget)


def _t(text: str) -> str:
    return QCoreApplication.translate("PipEditor", text)


ROUTES = (
    ("", QT_TRANSLATE_NOOP("PipEditor", "— not decided —")),
    (Route.B1.value, QT_TRANSLATE_NOOP("PipEditor", "B1 route")),
    (Route.ONDERWIJS.value, QT_TRANSLATE_NOOP("PipEditor", "Education route (onderwijsroute)")),
    (Route.Z.value, QT_TRANSLATE_NOOP("PipEditor", "Z route (self-reliance)")),
)
LEVELS = (("", "—"), ("A1", "A1"), ("A2", "A2"), ("B1", "B1"), ("B2", "B2"))
GOALS = (
    ("", QT_TRANSLATE_NOOP("PipEditor", "—")),
    ("werk", QT_TRANSLATE_NOOP("PipEditor", "work")),
    ("onderwijs", QT_TRANSLATE_NOOP("PipEditor", "education")),
    ("participatie", QT_TRANSLATE_NOOP("PipEditor", "participation")),
)
# stored (and printed) in Dutch, shown in the UI language
FREQUENCIES = (
    ("elke maand", QT_TRANSLATE_NOOP("PipEditor", "every month")),
    ("elke 6 weken", QT_TRANSLATE_NOOP("PipEditor", "every 6 weeks")),
    ("elk kwartaal", QT_TRANSLATE_NOOP("PipEditor", "every quarter")),
    ("elk half jaar", QT_TRANSLATE_NOOP("PipEditor", "every 6 months")),
)


def route_name(value: str) -> str:
    for key, label in ROUTES:
        if key == value:
            return _t(label)
    return value


class Section(QGroupBox):
    """A titled form; ``add`` binds a widget and labels it (label text = accessible name)."""

    def __init__(self, title: str, binder: PipBinder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self.binder = binder
        self.form = QFormLayout(self)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels: list[tuple[QLabel | None, QWidget, str]] = []
        self._combos: list[tuple[QComboBox, tuple[tuple[str, str], ...]]] = []

    def add(self, label: str, widget: W, path: str | None = None) -> W:
        """A labelled row; a check box carries its own label text and spans the row."""
        if isinstance(widget, QCheckBox):
            self._labels.append((None, widget, label))
            self.form.addRow(widget)
        else:
            lbl = QLabel(self)
            lbl.setBuddy(widget)
            self._labels.append((lbl, widget, label))
            self.form.addRow(lbl, widget)
        if path:
            self.binder.bind(widget, path)
        return widget

    def combo(self, items: tuple[tuple[str, str], ...], editable: bool = False) -> QComboBox:
        box = QComboBox(self)
        box.setEditable(editable)
        for key, _label in items:
            box.addItem("", key)
        self._combos.append((box, items))
        return box

    def retranslate_ui(self) -> None:
        self.setTitle(_t(self._title))
        for lbl, widget, text in self._labels:
            (lbl or widget).setText(_t(text))  # type: ignore[attr-defined]
            widget.setAccessibleName(_t(text).replace("&", ""))
        for box, items in self._combos:
            for i, (_key, label) in enumerate(items):
                box.setItemText(i, _t(label))
        for child in self.findChildren(QWidget):
            if hasattr(child, "retranslate_ui") and child is not self:
                child.retranslate_ui()


class RouteSection(Section):
    def __init__(self, binder: PipBinder, parent: QWidget | None = None) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("PipEditor", "Learning route and language goal"), binder, parent
        )
        self.route: QComboBox = self.add(
            QT_TRANSLATE_NOOP("PipEditor", "&Route"), self.combo(ROUTES), "route"
        )
        self.suggestion = QLabel(self)
        self.suggestion.setTextFormat(Qt.TextFormat.PlainText)
        self.suggestion.setWordWrap(True)
        self.suggestion.setProperty("role", "hint")
        self.form.addRow(self.suggestion)
        self.reasons: QPlainTextEdit = self.add(
            QT_TRANSLATE_NOOP("PipEditor", "Reasons for this route"),
            plain_text(self, 4),
            "route_reasons",
        )
        self.reasons_hint = QLabel(self)
        self.reasons_hint.setWordWrap(True)
        self.reasons_hint.setProperty("role", "error")
        self.form.addRow(self.reasons_hint)
        self.level: QComboBox = self.add(
            QT_TRANSLATE_NOOP("PipEditor", "Language goal"), self.combo(LEVELS), "taaldoel"
        )
        self.add(QT_TRANSLATE_NOOP("PipEditor", "Main goal"), self.combo(GOALS), "hoofddoel")
        self.add(
            QT_TRANSLATE_NOOP("PipEditor", "Situation (short, no health details)"),
            plain_text(self, 3),
            "situation_summary",
        )


class OfferSection(Section):
    def __init__(self, binder: PipBinder, parent: QWidget | None = None) -> None:
        super().__init__(QT_TRANSLATE_NOOP("PipEditor", "Offer"), binder, parent)
        self.add(
            QT_TRANSLATE_NOOP("PipEditor", "Language school"), plain_line(self), "language.school"
        )
        self.add(
            QT_TRANSLATE_NOOP("PipEditor", "Lessons, hours per week"),
            hours_spin(self, 40),
            "language.hours_per_week",
        )
        self.add(
            QT_TRANSLATE_NOOP("PipEditor", "Lessons start"), PipDateEdit(self), "language.start"
        )
        for key, title in (
            ("knm", QT_TRANSLATE_NOOP("PipEditor", "KNM (knowledge of Dutch society)")),
            ("pvt", QT_TRANSLATE_NOOP("PipEditor", "PVT (participation statement, ≥ 12 h)")),
            ("map", QT_TRANSLATE_NOOP("PipEditor", "MAP (labour market and participation)")),
        ):
            self.add(title, QCheckBox(self), f"{key}.included")
            self.add(
                QT_TRANSLATE_NOOP("PipEditor", "Provider"), plain_line(self), f"{key}.provider"
            )
            self.add(QT_TRANSLATE_NOOP("PipEditor", "Hours"), hours_spin(self), f"{key}.hours")
            self.add(QT_TRANSLATE_NOOP("PipEditor", "Start"), PipDateEdit(self), f"{key}.start")
        self.add(
            QT_TRANSLATE_NOOP("PipEditor", "Bridging programme (taalschakeltraject)"),
            QCheckBox(self),
            "taalschakel.active",
        )
        self.add(
            QT_TRANSLATE_NOOP("PipEditor", "Bridging programme provider"),
            plain_line(self),
            "taalschakel.provider",
        )
        self.add(
            QT_TRANSLATE_NOOP("PipEditor", "Bridging programme start"),
            PipDateEdit(self),
            "taalschakel.start",
        )
        self.add(
            QT_TRANSLATE_NOOP("PipEditor", "Participation (work, volunteering, study)"),
            plain_text(self, 3),
            "participation",
        )

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        # the repeated "Provider/Hours/Start" rows need their component in the accessible name
        current = ""
        for lbl, widget, text in self._labels:
            if isinstance(widget, QCheckBox) and text.startswith(("KNM", "PVT", "MAP")):
                current = text.split(" ", 1)[0]
            elif text in ("Provider", "Hours", "Start") and current and lbl is not None:
                widget.setAccessibleName(f"{current}: {_t(text)}")
                lbl.setIndent(lbl.fontMetrics().averageCharWidth() * 2)


class SupportSection(Section):
    def __init__(self, binder: PipBinder, parent: QWidget | None = None) -> None:
        super().__init__(QT_TRANSLATE_NOOP("PipEditor", "Support"), binder, parent)
        self.add(
            QT_TRANSLATE_NOOP("PipEditor", "Ontzorgen (fixed costs paid directly)"),
            QCheckBox(self),
            "ontzorgen.active",
        )
        self.add(
            QT_TRANSLATE_NOOP("PipEditor", "Costs paid directly"),
            PipCostsEdit(self),
            "ontzorgen.costs",
        )
        self.add(
            QT_TRANSLATE_NOOP("PipEditor", "Ontzorgen from"), PipDateEdit(self), "ontzorgen.start"
        )
        self.add(
            QT_TRANSLATE_NOOP("PipEditor", "Ontzorgen until"), PipDateEdit(self), "ontzorgen.end"
        )
        self.add(
            QT_TRANSLATE_NOOP("PipEditor", "Social guidance (MB) organisation"),
            plain_line(self),
            "mb.organisation",
        )
        self.add(
            QT_TRANSLATE_NOOP("PipEditor", "Social guidance start"), PipDateEdit(self), "mb.start"
        )
        self.add(
            QT_TRANSLATE_NOOP("PipEditor", "Childcare needed"),
            QCheckBox(self),
            "kinderopvang_nodig",
        )
        self.add(
            QT_TRANSLATE_NOOP("PipEditor", "Preconditions (childcare, other)"),
            plain_text(self, 2),
            "preconditions",
        )
        self.add(
            QT_TRANSLATE_NOOP("PipEditor", "Other support and referrals"),
            plain_text(self, 2),
            "referrals",
        )


class ActivitiesSection(QGroupBox):
    """The agreed activities with dates and who is responsible."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PipActivitiesModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(self.table.fontMetrics().lineSpacing() * 8)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.retranslate_ui()
        # signals
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.model.changed.connect(self.changed)

    def retranslate_ui(self) -> None:
        self.setTitle(_t("Activities"))
        self.add_button.setText(QCoreApplication.translate("PipEditor", "&Add activity"))
        self.add_button.setAccessibleName(QCoreApplication.translate("PipEditor", "Add activity"))
        self.remove_button.setText(QCoreApplication.translate("PipEditor", "Remove activity"))
        self.remove_button.setAccessibleName(
            QCoreApplication.translate("PipEditor", "Remove the selected activity")
        )
        self.table.setAccessibleName(QCoreApplication.translate("PipEditor", "Activities"))
        self.table.setAccessibleDescription(
            QCoreApplication.translate(
                "PipEditor",
                "Activity, from, until, hours per week and who is responsible. "
                "Press F2 to edit a cell.",
            )
        )

    def set_read_only(self, read_only: bool) -> None:
        self.model.set_read_only(read_only)
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)

    def _add(self) -> None:
        row = self.model.add()
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.setFocus()
        self.table.edit(index)

    def _remove(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.model.remove(index.row())


class AgreementsSection(Section):
    def __init__(self, binder: PipBinder, parent: QWidget | None = None) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("PipEditor", "Agreements and progress talks"), binder, parent
        )
        self.add(
            QT_TRANSLATE_NOOP("PipEditor", "Progress talks, how often"),
            self.combo(FREQUENCIES, editable=True),
            "progress_talks.frequency",
        )
        self.add(
            QT_TRANSLATE_NOOP("PipEditor", "First progress talk"),
            PipDateEdit(self),
            "progress_talks.first_date",
        )
        self.add(
            QT_TRANSLATE_NOOP("PipEditor", "Agreements and obligations of both parties"),
            plain_text(self, 4),
            "agreements",
        )
        self.add(
            QT_TRANSLATE_NOOP(
                "PipEditor", "Note for the client (Dutch, printed on the summary page)"
            ),
            plain_text(self, 2),
            "summary_note",
        )
        self.add(QT_TRANSLATE_NOOP("PipEditor", "Contact person"), plain_line(self), "contact_name")
        self.add(QT_TRANSLATE_NOOP("PipEditor", "Phone"), plain_line(self, 40), "contact_phone")
        self.add(QT_TRANSLATE_NOOP("PipEditor", "Email"), plain_line(self, 120), "contact_email")
