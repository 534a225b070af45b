"""Renders one section of a FormDefinition into widgets (STYLE §3: screens never hand-build
fields). One editor per field type, repeat groups, partial dates; keyboard-only; RTL-aware;
dual-language labels (client's language with the Dutch text under it; a missing translation
shows the Dutch text with a visible "(NL)" marker).

Only the visible section is built (``SectionView``), which keeps opening the 160-field Brede
Intake and switching its language fast.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.forms.model import (
    Field,
    FieldType,
    Sensitivity,
)
from app.domain.forms.state import FormState
from app.domain.forms.validation import ValidationMessage
from app.i18n.catalog import SELFFILL_STRINGS
from app.ui.audio import Listen, ListenButton, make_listen_button
from app.ui.field_row import FieldRow
from app.ui.form_texts import (
    FALLBACK_MARK,
    BilingualLabel,
    FormTexts,
    NoCopyFilter,
    Text,
    block_copy,
    plain_label,
    set_dimmed,
    set_ltr,
)
from app.ui.pictograms import icon, icon_size, section_icon_name
from app.ui.spoken import SpokenHook

__all__ = [
    "FALLBACK_MARK",
    "BilingualLabel",
    "FieldRow",
    "FormTexts",
    "NoCopyFilter",
    "RepeatGroup",
    "SectionView",
    "Text",
    "block_copy",
    "plain_label",
    "set_dimmed",
    "set_ltr",
    "visible_text_widgets",
]

log = logging.getLogger(__name__)

RADIO_MAX_CHOICES = 5
LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"  # left-to-right / first-strong isolate, pop


class RepeatGroup(QWidget):
    """A repeat field: one frame of child rows per row, with add/remove buttons."""

    add_requested = Signal(str)
    remove_requested = Signal(str, int)

    def __init__(self, parent: QWidget, f: Field, view: SectionView) -> None:
        super().__init__(parent)
        self.field = f
        self._view = view
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 4)
        tx = view.texts
        self.label = BilingualLabel(self, tx.field(f), f.label, dual=tx.dual, bold=True)
        lay.addWidget(self.label)
        self.rows_box = QVBoxLayout()
        lay.addLayout(self.rows_box)
        add_text = (
            tx.ui("selffill.add_row", "Nog een toevoegen").text
            if view.sealed
            else QApplication.translate("FormView", "Add another")
        )
        self.add_button = QPushButton("+ " + add_text, self)
        self.add_button.setAccessibleName(self.add_button.text() + ": " + tx.field(f).text)
        self.add_button.setEnabled(not view.readonly)
        lay.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeading)
        self.frames: list[QFrame] = []
        self.rows: dict[str, FieldRow] = {}
        self.add_button.clicked.connect(lambda: self.add_requested.emit(f.id))

    def rebuild(self, n: int) -> None:
        for fr in self.frames:
            fr.setParent(None)
            fr.deleteLater()
        self.frames = []
        self.rows = {}
        tx = self._view.texts
        for i in range(n):
            fr = QFrame(self)
            fr.setFrameShape(QFrame.Shape.StyledPanel)
            fl = QVBoxLayout(fr)
            for c in self._view.shown_fields(self.field.fields):
                path = f"{self.field.id}[{i}].{c.id}"
                row = self._view.make_row(fr, c, path)
                fl.addWidget(row)
                self.rows[path] = row
            rm_text = (
                tx.ui("selffill.remove_row", "Verwijderen").text
                if self._view.sealed
                else QApplication.translate("FormView", "Remove")
            )
            rm = QPushButton(rm_text, fr)
            rm.setAccessibleName(rm.text() + " " + str(i + 1))
            rm.setEnabled(not self._view.readonly)
            rm.clicked.connect(
                lambda _c=False, idx=i: self.remove_requested.emit(self.field.id, idx)
            )
            fl.addWidget(rm, 0, Qt.AlignmentFlag.AlignTrailing)
            self.rows_box.addWidget(fr)
            self.frames.append(fr)


class SectionView(QWidget):
    """One section's questions, bound to a FormState (which it only reads).

    Emits ``answered(path, raw, final)``; the owner applies the answer (with provenance),
    then calls :meth:`refresh`. ``add_row``/``remove_row`` likewise."""

    answered = Signal(str, object, bool)
    row_add_requested = Signal(str)
    row_remove_requested = Signal(str, int)

    def __init__(
        self,
        state: FormState,
        section_id: str,
        texts: FormTexts,
        *,
        readonly: bool = False,
        block_copy_all: bool = False,
        sealed: bool = False,
        listen: Listen | None = None,
        spoken: SpokenHook | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.listen = listen
        self.spoken = spoken
        self.state = state
        self.section = state.definition.section(section_id)
        self.texts = texts
        self.readonly = readonly
        self._block_all = block_copy_all
        self.sealed = sealed  # self-fill: klantmanager-only fields are never built
        self._copy_filter = NoCopyFilter(self)
        self.rows: dict[str, FieldRow] = {}
        self.containers: dict[str, QWidget] = {}
        self.groups: dict[str, RepeatGroup] = {}
        lay = QVBoxLayout(self)
        lay.setSpacing(6)
        self.title = BilingualLabel(
            self, texts.section(self.section), self.section.title, dual=texts.dual, bold=True
        )
        self.title.setProperty("role", "heading")
        self.theme_icon = QLabel(self)
        theme = section_icon_name(self.section)
        if theme is not None:
            side = icon_size(self.fontMetrics().height()).width()
            self.theme_icon.setPixmap(icon(theme).pixmap(side, side))
            self.theme_icon.setProperty("pictogram", theme)
            self.theme_icon.setAccessibleName(self.title.texts()[0])
        else:
            self.theme_icon.hide()
        head = QHBoxLayout()
        head.addWidget(self.theme_icon, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.title, 1)
        self.title_listen = self._title_listen()
        if self.title_listen is not None:
            head.addWidget(self.title_listen, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(head)
        if self.section.intro:
            lay.addWidget(
                BilingualLabel(
                    self, texts.section(self.section, "intro"), self.section.intro, dual=texts.dual
                )
            )
        for f in self.shown_fields(self.section.fields):
            if f.type is FieldType.REPEAT:
                g = RepeatGroup(self, f, self)
                self.groups[f.id] = g
                self.containers[f.id] = g
                lay.addWidget(g)
                g.add_requested.connect(self.row_add_requested)
                g.remove_requested.connect(self.row_remove_requested)
            else:
                row = self.make_row(self, f, f.id)
                self.rows[f.id] = row
                self.containers[f.id] = row
                lay.addWidget(row)
        lay.addStretch(1)
        self.refresh()

    def _title_listen(self) -> ListenButton | None:
        if self.listen is None:
            return None
        tx = self.texts
        t = tx.section(self.section)
        name = tx.ui("selffill.listen", SELFFILL_STRINGS["selffill.listen"]).text
        voice = tx.ui("selffill.computer_voice", SELFFILL_STRINGS["selffill.computer_voice"])
        return make_listen_button(
            self.listen,
            self,
            tx.context,
            f"section.{self.section.id}.title",
            self.section.title,
            self.section.title if not tx.dual else ("" if t.fallback else t.text),
            name=f"{name}: {t.text}",
            computer_voice=voice.text,
        )

    def shown_fields(self, fields: tuple[Field, ...]) -> list[Field]:
        """The fields this view builds. Sealed (self-fill): only those marked ``self_fill``
        (a ``self_fill: false`` question or klantmanager-only info text is never rendered,
        so it can be neither seen, focused nor answered)."""
        if not self.sealed:
            return list(fields)
        return [f for f in fields if f.self_fill]

    def mark_to_review(self, paths: set[str]) -> None:
        for path, row in self.all_rows().items():
            row.set_to_review(path in paths)

    def _copy_blocked(self, f: Field) -> bool:
        # SECURITY §6: no copy of identifiers (S2: BSN, V-nummer, financial), special
        # categories (S3: health) or anything at all in self-fill
        secret = (Sensitivity.S2, Sensitivity.S3)
        return (
            self._block_all
            or f.type in (FieldType.BSN, FieldType.VNUMMER)
            or f.sensitivity in secret
            or self.section.sensitivity in secret
        )

    def make_row(self, parent: QWidget, f: Field, path: str) -> FieldRow:
        row = FieldRow(
            parent,
            f,
            path,
            self.texts,
            readonly=self.readonly,
            copy_filter=self._copy_filter if self._copy_blocked(f) else None,
            listen=self.listen,
            spoken=self.spoken,
        )
        row.answered.connect(self.answered)
        return row

    def all_rows(self) -> dict[str, FieldRow]:
        out = dict(self.rows)
        for g in self.groups.values():
            out.update(g.rows)
        return out

    def refresh(self, *, values: bool = True) -> None:
        """Relevance, calculated values and repeat rows from the state."""
        st = self.state
        for fid, g in self.groups.items():
            if len(g.frames) != st.rows(fid):
                g.rebuild(st.rows(fid))
                values = True
        # setVisible only on a change: every call costs a layout pass (lang_switch_ms)
        for fid, w in self.containers.items():
            relevant = st.is_relevant(fid)
            if w.isHidden() == relevant:
                w.setVisible(relevant)
        for path, row in self.all_rows().items():
            if "[" in path:
                relevant = st.is_relevant(path)
                if row.isHidden() == relevant:
                    row.setVisible(relevant)
            if values or row.field.calculate is not None:
                invalid = st.invalid.get(path)
                if invalid is not None:
                    row.set_value(None, invalid[0])
                else:
                    row.set_value(st.value(path) if row.field.is_readonly else st.raw_value(path))

    def show_errors(
        self, errors: dict[str, list[ValidationMessage]], *, only: set[str] | None = None
    ) -> None:
        for path, row in self.all_rows().items():
            if only is not None and path not in only and not row.has_messages():
                continue
            row.show_messages(errors.get(path, []))

    def focus_path(self, path: str) -> bool:
        row = self.all_rows().get(path)
        if row is None or row.focus_target is None or not row.isVisibleTo(self):
            return False
        row.focus_target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def focus_first(self) -> None:
        for row in self.all_rows().values():
            if row.focus_target is not None and row.isVisibleTo(self):
                row.focus_target.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def path_of(self, widget: QWidget | None) -> str | None:
        while widget is not None and widget is not self:
            if isinstance(widget, FieldRow):
                return widget.path
            widget = widget.parentWidget()
        return None


def visible_text_widgets(root: QWidget) -> list[QAbstractButton | QLabel]:
    return [w for w in root.findChildren(QLabel) if w.isVisibleTo(root)] + [
        b for b in root.findChildren(QAbstractButton) if b.isVisibleTo(root)
    ]
