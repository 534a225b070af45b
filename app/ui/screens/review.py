"""Review after self-fill: every answer the client gave, the client's original beside the
Dutch rendering, free text in another language flagged for the interpreter. The klantmanager
accepts or corrects each answer (a correction keeps the original with it)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.forms.state import FormState, parse_path
from app.domain.models import IntakeDraft
from app.services.intake import IntakeService
from app.services.spoken import SpokenAnswers, VoiceAnswer
from app.ui.form_view import FieldRow, FormTexts, NoCopyFilter, plain_label
from app.ui.models.review_intake import (
    COLUMNS,
    ITEM_ROLE,
    ReviewIntakeModel,
    language_name,
    text_direction,
)
from app.ui.spoken import PcmFormat, PcmPlayer, Player

log = logging.getLogger(__name__)

# share of the width left after "Given by" and "Status" for question / answer / Dutch
_WEIGHTS = (0.36, 0.32, 0.32)
_MAX_GIVEN_BY = 0.26  # "Given by" wraps beyond this share of the table width


def share_widths(avail: int, mins: Sequence[int], *, given: int, status: int) -> list[int]:
    """Column widths for the review table (see ``ReviewScreen.fit_columns``): never below a
    header's own width ``mins[c]``; filling ``avail`` exactly when the headers fit."""
    w_status = max(mins[4], status)
    w_given = max(mins[3], min(given, int(avail * _MAX_GIVEN_BY)))
    if avail - w_given - w_status < sum(mins[:3]):  # tight: "Given by" wraps more
        w_given = mins[3]
    rest = avail - w_given - w_status
    widths = [0, 0, 0]
    free = [0, 1, 2]
    while free:  # water-filling: a column whose share is below its header gets the header
        total_w = sum(_WEIGHTS[c] for c in free)
        left = rest - sum(widths[c] for c in range(3) if c not in free)
        small = [c for c in free if left * _WEIGHTS[c] / total_w < mins[c]]
        if not small:
            for c in free:
                widths[c] = int(left * _WEIGHTS[c] / total_w)
            break
        for c in small:
            widths[c] = mins[c]
            free.remove(c)
    widths += [w_given, w_status]
    widths[0] += max(0, avail - sum(widths))  # rounding: no gap at the end
    return widths


class DirectionDelegate(QStyledItemDelegate):
    """Draws every cell in the direction of its own text (first strong character), so a
    Dutch question reads left-to-right with its "?" at the end even when the application
    runs right-to-left, and an Arabic answer right-to-left in a Dutch UI."""

    def initStyleOption(
        self,
        option: QStyleOptionViewItem,  # noqa: N802 - Qt override
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().initStyleOption(option, index)
        direction = text_direction(option.text)  # type: ignore[attr-defined]
        if direction is not None:
            option.direction = direction  # type: ignore[attr-defined]


class ReviewScreen(QWidget):
    finished = Signal()

    def __init__(
        self,
        service: IntakeService,
        draft: IntakeDraft,
        sections: Sequence[str],
        lang: str,
        catalog: Any,
        *,
        state: FormState | None = None,
        spoken: SpokenAnswers | None = None,
        player: Player | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        # spoken answers: played back with the interpreter, deleted once written down
        self.spoken = spoken if spoken is not None else service.spoken()
        self.player: Player = player if player is not None else PcmPlayer(self)
        self.spoken_message = plain_label(self, "")
        self.spoken_message.setProperty("role", "error")
        self.spoken_message.hide()
        problem = getattr(self.player, "problem", None)
        if problem is not None:
            problem.connect(self._show_play_problem)
        self.draft = draft
        self.sections = list(sections)
        self.state: FormState = state or service.state(draft)
        self.client_texts = FormTexts(self.state.definition, catalog, lang)
        self.dutch_texts = FormTexts(self.state.definition, None, "nl")
        self.title = QLabel(self)
        self.title.setProperty("role", "heading")
        self.summary = plain_label(self, "")
        self.model = ReviewIntakeModel(self.client_texts, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.table.setItemDelegate(DirectionDelegate(self.table))
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(False)
        vh = self.table.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        vh.hide()  # row numbers mean nothing here; the width goes to the columns
        self.table.viewport().installEventFilter(self)
        self.accept_button = QPushButton(self)
        self.accept_all_button = QPushButton(self)
        self.correct_button = QPushButton(self)
        self.finish_button = QPushButton(self)
        self.editor_box = QWidget(self)
        self.editor_layout = QVBoxLayout(self.editor_box)
        self.editor_layout.setContentsMargins(0, 0, 0, 0)
        self.editor: FieldRow | None = None
        self.save_correction = QPushButton(self.editor_box)
        self.editor_layout.addWidget(self.save_correction, 0, Qt.AlignmentFlag.AlignTrailing)
        self.editor_box.hide()
        self._pending: tuple[str, Any] | None = None
        self._copy_filter = NoCopyFilter(self)
        self.table.installEventFilter(self._copy_filter)
        buttons = QHBoxLayout()
        for b in (self.accept_button, self.correct_button, self.accept_all_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.finish_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.summary)
        lay.addWidget(self.table, 1)
        self.spoken_title = QLabel(self)
        self.spoken_box = QWidget(self)
        self.spoken_layout = QVBoxLayout(self.spoken_box)
        self.spoken_layout.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.spoken_title)
        lay.addWidget(self.spoken_box)
        lay.addWidget(self.spoken_message)
        lay.addWidget(self.editor_box)
        lay.addLayout(buttons)
        self.reload()
        self.retranslate_ui()

        # signals
        self.accept_button.clicked.connect(self.accept_current)
        self.accept_all_button.clicked.connect(self.accept_all)
        self.correct_button.clicked.connect(self.start_correction)
        self.save_correction.clicked.connect(self.apply_correction)
        self.finish_button.clicked.connect(self.finish)
        self.table.activated.connect(lambda _i: self.accept_current())

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Review the client's answers"))
        self.accept_button.setText(self.tr("&Accept"))
        self.accept_all_button.setText(self.tr("Accept a&ll"))
        # first-strong isolate: the "…" stays at the end of the label in an RTL layout
        self.correct_button.setText("\u2068" + self.tr("&Correct…") + "\u2069")
        self.finish_button.setText(self.tr("&Finish review"))
        self.save_correction.setText(self.tr("&Save correction"))
        for b, n in (
            (self.accept_button, self.tr("Accept the selected answer")),
            (self.accept_all_button, self.tr("Accept all answers")),
            (self.correct_button, self.tr("Correct the selected answer")),
            (self.finish_button, self.tr("Finish the review")),
            (self.save_correction, self.tr("Save the correction")),
            (self.table, self.tr("Answers to review")),
        ):
            b.setAccessibleName(n)
        self._update_summary()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.fit_columns()
        super().changeEvent(event)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if obj is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(obj, event)

    def fit_columns(self) -> None:
        """Every header fully readable; "Given by" and "Status" as wide as their contents
        ("Given by" capped: it wraps), the rest shared by question, answer and Dutch. Only
        when even the headers do not fit does a horizontal scrollbar appear."""
        hh = self.table.horizontalHeader()
        avail = self.table.viewport().width()
        if avail <= 0 or hh.count() < COLUMNS:
            return
        widths = share_widths(
            avail,
            [hh.sectionSizeHint(c) for c in range(COLUMNS)],
            given=self.table.sizeHintForColumn(3),
            status=self.table.sizeHintForColumn(4),
        )
        for c, w in enumerate(widths):
            hh.resizeSection(c, w)

    def reload_spoken(self) -> None:
        """One line per recording: the question, its length, play, write down, delete."""
        while self.spoken_layout.count():
            item = self.spoken_layout.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.setParent(None)
                w.deleteLater()
        self.spoken_rows: dict[str, QWidget] = {}
        answers = self.spoken.for_draft(self.draft.client_uuid, self.draft.uuid)
        self.spoken_title.setVisible(bool(answers))
        self.spoken_title.setText(
            self.tr(
                "Spoken answers (%n): play them with the interpreter, write the answer "
                "down, then the recording is deleted.",
                "",
                len(answers),
            )
        )
        defn = self.state.definition
        for a in answers:
            row = QWidget(self.spoken_box)
            hl = QHBoxLayout(row)
            hl.setContentsMargins(0, 0, 0, 0)
            fid = parse_path(a.path).field_id
            label = defn.field(fid).label if defn.has_field(fid) else a.path
            text = plain_label(
                row,
                self.tr("{question} — {seconds} s in {language}").format(
                    question=label, seconds=round(a.duration_s), language=language_name(a.lang)
                )
                + (" " + self.tr("(cut off by a lock)") if a.cut_off else ""),
            )
            play = QPushButton(self.tr("Play"), row)
            write = QPushButton(self.tr("Write down…"), row)
            delete = QPushButton(self.tr("Delete recording"), row)
            for b, n in (
                (play, self.tr("Play the spoken answer")),
                (write, self.tr("Write the spoken answer down")),
                (delete, self.tr("Delete the recording")),
            ):
                b.setAccessibleName(n + ": " + label)
            hl.addWidget(text, 1)
            for b in (play, write, delete):
                hl.addWidget(b)
            play.clicked.connect(lambda _c=False, x=a: self.play_spoken(x))
            write.clicked.connect(lambda _c=False, x=a: self.write_down(x.path))
            delete.clicked.connect(lambda _c=False, x=a: self.delete_spoken(x))
            self.spoken_layout.addWidget(row)
            self.spoken_rows[a.uuid] = row

    def _show_play_problem(self, _reason: str) -> None:
        self.spoken_message.setText(
            self.tr("No sound device found: the recording cannot be played on this laptop.")
        )
        self.spoken_message.show()

    def play_spoken(self, answer: VoiceAnswer) -> None:
        self.player.play(
            answer.pcm, PcmFormat(answer.sample_rate, answer.channels, answer.sample_bytes)
        )

    def delete_spoken(self, answer: VoiceAnswer) -> None:
        self.player.stop()
        self.spoken.delete(answer)
        self.reload_spoken()

    def write_down(self, path: str) -> None:
        """Open the correction editor for the question of a spoken answer."""
        self._open_editor(path)

    def reload(self) -> None:
        self.reload_spoken()
        row = max(0, self.table.currentIndex().row())
        self.model.set_items(self.service.review_items(self.draft, self.sections))
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))
        self.fit_columns()
        self._update_summary()

    def _update_summary(self) -> None:
        todo = sum(1 for it in self.model.items if not it.reviewed)
        self.summary.setText(
            self.tr("{n} answers, {todo} still to review").format(
                n=len(self.model.items), todo=todo
            )
        )

    def current_path(self) -> str | None:
        idx = self.table.currentIndex()
        it = self.model.data(self.model.index(idx.row(), 0), ITEM_ROLE) if idx.isValid() else None
        return it.path if it is not None else None

    def select_path(self, path: str) -> None:
        for r, it in enumerate(self.model.items):
            if it.path == path:
                self.table.selectRow(r)
                return

    def accept_current(self) -> None:
        path = self.current_path()
        if path is None:
            return
        self.service.accept(self.draft, path)
        self.service.save(self.draft)
        row = self.table.currentIndex().row()
        self.model.refresh_row(row)
        if row + 1 < self.model.rowCount():
            self.table.selectRow(row + 1)
        self._update_summary()

    def accept_all(self) -> None:
        for it in self.model.items:
            self.service.accept(self.draft, it.path)
        self.service.save(self.draft)
        self.reload()

    def start_correction(self) -> None:
        path = self.current_path()
        if path is None:
            return
        self._open_editor(path)

    def _open_editor(self, path: str) -> None:
        if self.editor is not None:
            self.editor.setParent(None)
            self.editor.deleteLater()
        f = self.state.definition.field(parse_path(path).field_id)
        self.editor = FieldRow(
            self.editor_box, f, path, self.dutch_texts, readonly=False, copy_filter=None
        )
        self.editor.set_value(self.state.raw_value(path))
        self.editor_layout.insertWidget(0, self.editor)
        self._pending = None
        self.editor.answered.connect(self._on_edit)
        self.editor_box.show()
        if self.editor.focus_target is not None:
            self.editor.focus_target.setFocus()

    def _on_edit(self, path: str, raw: Any, _final: bool) -> None:
        self._pending = (path, raw)

    def apply_correction(self) -> None:
        if self.editor is None or self._pending is None:
            return
        path, raw = self._pending
        result = self.service.correct(self.draft, self.state, path, raw)
        if not result.stored:
            self.editor.show_messages(result.messages)
            return
        self.service.save(self.draft)
        # written down: the recording of this question is deleted
        self.player.stop()
        self.spoken.written_down(self.draft.client_uuid, self.draft.uuid, path)
        self.editor.setParent(None)
        self.editor.deleteLater()
        self.editor = None
        self.editor_box.hide()
        self.reload()
        self.select_path(path)
        self.table.setFocus()

    def finish(self) -> None:
        self.service.save(self.draft)
        self.finished.emit()

    def prepare_lock(self) -> dict[str, object]:
        self.service.save(self.draft)
        self.model.set_items([])
        return {"draft_uuid": self.draft.uuid, "review": True}

    def restore_after_unlock(self, state: dict[str, object]) -> None:
        self.draft = self.service.get_draft(self.draft.uuid)
        self.state = self.service.state(self.draft)
        self.reload()


class ReviewDialog(QDialog):
    """The review over the klantmanager's own form (opened from the banner that shows while
    answers from self-fill are still to review, whatever way self-fill ended)."""

    def __init__(
        self,
        service: IntakeService,
        draft: IntakeDraft,
        sections: Sequence[str],
        texts: FormTexts,
        state: FormState,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review the client's answers"))
        self.screen = ReviewScreen(
            service, draft, sections, texts.lang, texts.catalog, state=state, parent=self
        )
        lay = QVBoxLayout(self)
        lay.addWidget(self.screen)
        self.resize(1000, 640)
        self.screen.finished.connect(self.accept)
