"""Sections as pages: the visible section (built lazily), previous/next, progress, inline
validation and durable autosave (debounced, plus on demand). Shared by the form runner and
the self-fill screen."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import StoreError
from app.domain.forms.state import FormState, parse_path
from app.domain.models import IntakeDraft
from app.services.intake import IntakeService, unreviewed_paths
from app.ui.audio import Listen
from app.ui.form_view import FormTexts, SectionView, plain_label
from app.ui.spoken import SpokenHook

log = logging.getLogger(__name__)

AUTOSAVE_MS = 1500  # debounce; the issue allows at most 2 s


class FormPager(QWidget):
    """``actor()`` returns ``(by, lang)`` for new answers (provenance)."""

    section_changed = Signal(str)
    saved = Signal()
    save_failed = Signal()
    answer_applied = Signal(str)

    def __init__(
        self,
        service: IntakeService,
        draft: IntakeDraft,
        state: FormState,
        texts: FormTexts,
        *,
        sections: Sequence[str],
        actor: Callable[[], tuple[str, str]],
        block_copy_all: bool = False,
        check_on_next: bool = True,
        autosave_ms: int = AUTOSAVE_MS,
        sealed: bool = False,
        listen: Listen | None = None,
        spoken: SpokenHook | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.draft = draft
        self.state = state
        self.texts = texts
        self.sections = list(sections)
        self._actor = actor
        self._block_all = block_copy_all
        self._check_on_next = check_on_next
        self.sealed = sealed  # self-fill: klantmanager-only fields are never built
        self.listen = listen  # self-fill: play buttons in the client's language
        self.spoken = spoken  # self-fill: spoken answers to free-text questions
        self.dirty = False
        self.view: SectionView | None = None
        self.current = ""
        self.heading = plain_label(self, "")
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.prev_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.status = plain_label(self, "", wrap=False)
        # the klantmanager's form: answers from self-fill still to review (never in self-fill)
        self.review_banner = QWidget(self)
        self.review_text = plain_label(self.review_banner, "")
        self.review_text.setProperty("role", "warning")
        self.review_button = QPushButton(self.review_banner)
        bl = QHBoxLayout(self.review_banner)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.review_text, 1)
        bl.addWidget(self.review_button)
        self.review_banner.hide()
        self._spoken_pending: list[str] = []
        self.refresh_spoken()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(autosave_ms)
        nav = QHBoxLayout()
        nav.addWidget(self.prev_button)
        nav.addWidget(self.status, 1)
        nav.addWidget(self.next_button)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.progress)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.review_banner)
        lay.addWidget(self.scroll, 1)
        lay.addLayout(nav)
        self._next_sc = QShortcut(QKeySequence("Ctrl+PgDown"), self)
        self._prev_sc = QShortcut(QKeySequence("Ctrl+PgUp"), self)
        self._save_sc = QShortcut(QKeySequence.StandardKey.Save, self)
        self.retranslate_ui()

        # signals
        self._timer.timeout.connect(self.save_now)
        self.prev_button.clicked.connect(self.previous_section)
        self.next_button.clicked.connect(self.next_section)
        self._next_sc.activated.connect(self.next_section)
        self._prev_sc.activated.connect(self.previous_section)
        self._save_sc.activated.connect(self.save_now)
        self.review_button.clicked.connect(self.open_review)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus)

    # ------------------------------------------------------------------ texts
    def retranslate_ui(self) -> None:
        tx = self.texts
        # only in self-fill are the controls in the client's language: the language of the
        # questions never changes the klantmanager's own buttons
        client = self.sealed or not self._check_on_next
        prev = tx.ui("selffill.previous", "Vorige").text if client else self.tr("&Previous")
        nxt = tx.ui("selffill.next", "Volgende").text if client else self.tr("&Next")
        self.prev_button.setText("◀ " + prev if not self.isRightToLeft() else prev + " ▶")
        self.next_button.setText(nxt + " ▶" if not self.isRightToLeft() else "◀ " + nxt)
        self.prev_button.setAccessibleName(self.tr("Previous section"))
        self.next_button.setAccessibleName(self.tr("Next section"))
        self.progress.setAccessibleName(self.tr("Questions answered in this section"))
        self.review_button.setText(self.tr("&Review the client's answers…"))
        self.review_button.setAccessibleName(self.tr("Review the client's answers"))
        self.update_review_marks()
        self._update_heading()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            self.save_now()  # focus left the window
        super().changeEvent(event)

    def hideEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self.save_now()
        super().hideEvent(event)

    def _update_heading(self) -> None:
        if not self.current:
            return
        n = self.sections.index(self.current) + 1
        t = self.texts.ui("selffill.section_progress", "Sectie {n} van {total}")
        text = t.text
        try:
            text = text.format(n=n, total=len(self.sections))
        except (KeyError, IndexError, ValueError):
            text = f"{n} / {len(self.sections)}"
        self.heading.setText(text)
        p = self.state.progress(self.current, self_fill_only=self.sealed)
        self.progress.setRange(0, max(1, p.total))
        self.progress.setValue(p.answered if p.total else 1)
        self.progress.setFormat(f"{p.answered}/{p.total}" if p.total else "✓")
        idx = self.sections.index(self.current)
        self.prev_button.setEnabled(idx > 0)
        self.next_button.setEnabled(idx < len(self.sections) - 1)

    # ------------------------------------------------------------------ pages
    def set_texts(self, texts: FormTexts, direction: Qt.LayoutDirection | None = None) -> None:
        """Switch the content language: drop the visible section first (so mirroring does
        not re-lay out widgets about to go), then build it again in the new language."""
        self.texts = texts
        old = self.scroll.takeWidget()
        if old is not None:
            old.hide()
            old.deleteLater()
        self.view = None
        if direction is not None:
            self.setLayoutDirection(direction)
        self.retranslate_ui()
        if self.current:
            self.show_section(self.current, force=True)

    def show_section(self, section_id: str, *, force: bool = False, focus: str = "") -> None:
        if section_id not in self.sections:
            section_id = self.sections[0]
        if section_id == self.current and not force and self.view is not None:
            return
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.current = section_id
        self.view = SectionView(
            self.state,
            section_id,
            self.texts,
            block_copy_all=self._block_all,
            sealed=self.sealed,
            listen=self.listen,
            spoken=self.spoken,
        )
        self.view.setLayoutDirection(self.layoutDirection())
        # messages before the view is shown: toggling hidden widgets costs no re-layout
        self.view.show_errors(self.state.errors(section_id), only=set(self.state.invalid))
        self.scroll.setWidget(self.view)
        self.view.answered.connect(self._on_answered)
        self.view.row_add_requested.connect(self._on_add_row)
        self.view.row_remove_requested.connect(self._on_remove_row)
        if self.draft.current_section != section_id:
            self.draft.current_section = section_id
            self.draft.current_field = ""
            self._mark_dirty()
        self._update_heading()
        self.update_review_marks()
        if not (focus and self.view.focus_path(focus)):
            self.view.focus_first()
        self.section_changed.emit(section_id)

    def next_section(self) -> None:
        i = self.sections.index(self.current)
        if i < len(self.sections) - 1:
            if self.view is not None and self._check_on_next:
                self.view.show_errors(self.state.errors(self.current))
            self.show_section(self.sections[i + 1])

    def previous_section(self) -> None:
        i = self.sections.index(self.current)
        if i > 0:
            self.show_section(self.sections[i - 1])

    def resume(self) -> None:
        """Open where the user left off (draft.current_section / current_field)."""
        self.show_section(
            self.draft.current_section or self.sections[0],
            force=True,
            focus=self.draft.current_field,
        )

    # ------------------------------------------------------------------ answers
    def _on_answered(self, path: str, raw: Any, final: bool) -> None:
        by, lang = self._actor()
        result = self.service.set_answer(self.draft, self.state, path, raw, by=by, lang=lang)
        self.draft.current_field = path
        self._mark_dirty()
        assert self.view is not None
        self.view.refresh(values=False)
        row = self.view.all_rows().get(path)
        if row is not None and (final or row.has_messages()):
            msgs = list(result.messages) or self.state.errors(self.current).get(path, [])
            row.show_messages(msgs)
        self._update_heading()
        self.update_review_marks()
        self.answer_applied.emit(path)

    # ------------------------------------------------------------------ review
    def update_review_marks(self) -> None:
        """Mark every answer the client gave in self-fill that is still to review, and show
        how many there are with a way to review them (however self-fill ended)."""
        if self.sealed:
            self.review_banner.hide()
            return
        todo = unreviewed_paths(self.draft)
        if self.view is not None:
            self.view.mark_to_review(set(todo) | set(self._spoken_pending))
        total = len(set(todo) | set(self._spoken_pending))
        if total:
            self.review_text.setText(
                self.tr(
                    "%n answer(s) from the client still to review: not sent to the office "
                    "until you accept or correct them.",
                    "",
                    total,
                )
            )
        if self.review_banner.isHidden() == bool(total):
            self.review_banner.setVisible(bool(total))

    def refresh_spoken(self) -> None:
        """Spoken answers still to write down (read on opening and after a review only:
        decrypting recordings on every keystroke would cost too much)."""
        if self.sealed:
            self._spoken_pending = []
            return
        spoken = getattr(self.service, "spoken", None)
        try:
            self._spoken_pending = (
                spoken().paths(self.draft.client_uuid, self.draft.uuid) if spoken else []
            )
        except Exception:  # noqa: BLE001 - a locked or foreign store: nothing to count
            log.debug("spoken_pending_unavailable")
            self._spoken_pending = []

    def open_review(self) -> None:
        """The review of the client's answers, in a dialog over the form."""
        from app.ui.screens.review import ReviewDialog

        self.save_now()
        sections = sorted(
            {
                self.state.definition.field(parse_path(p).field_id).section_id
                for p in [*unreviewed_paths(self.draft), *self._spoken_pending]
                if self.state.definition.has_field(parse_path(p).field_id)
            }
        )
        if not sections:
            return
        dlg = ReviewDialog(self.service, self.draft, sections, self.texts, self.state, self)
        try:
            dlg.exec()
        finally:
            dlg.deleteLater()
        if self.view is not None:
            self.view.refresh()
        self._update_heading()
        self.refresh_spoken()
        self.update_review_marks()

    def _on_add_row(self, group: str) -> None:
        i = self.service.add_row(self.draft, self.state, group)
        assert self.view is not None
        self.view.refresh()
        if i >= 0 and self.view.groups[group].field.fields:
            child = self.view.groups[group].field.fields[0].id
            self.view.focus_path(f"{group}[{i}].{child}")
        self._mark_dirty()

    def _on_remove_row(self, group: str, index: int) -> None:
        self.service.remove_row(self.draft, self.state, group, index)
        assert self.view is not None
        self.view.refresh()
        self.view.groups[group].add_button.setFocus()
        self._mark_dirty()

    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.view is None or new is None:
            return
        try:
            path = self.view.path_of(new)
        except RuntimeError:  # widget already deleted
            return
        if path and path != self.draft.current_field:
            self.draft.current_field = path
            self._mark_dirty()

    # ------------------------------------------------------------------ saving
    def _mark_dirty(self) -> None:
        self.dirty = True
        self._timer.start()

    def save_now(self) -> bool:
        """Durable save through the store (also on lock, focus loss and close)."""
        self._timer.stop()
        if not self.dirty:
            return True
        try:
            self.service.save(self.draft)
        except StoreError as exc:
            log.warning("intake_autosave_failed exception_type=%s", type(exc).__name__)
            self.status.setText(self.tr("Not saved yet: will retry"))
            self.save_failed.emit()
            self._timer.start()
            return False
        self.dirty = False
        self.status.setText(self.tr("All changes saved"))
        self.saved.emit()
        return True

    def clear(self) -> None:
        """Drop the rendered answers (lock): no decrypted values left in widgets."""
        self._timer.stop()
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.view = None
        self.current = ""
