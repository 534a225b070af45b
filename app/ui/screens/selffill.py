"""Sealed self-fill mode (SECURITY.md §9): only the handed-over sections, in the client's
language and direction, large text option, no menus, no other records, copy disabled. Every
way out (Esc, Ctrl+W, Ctrl+L, Ctrl+Q, Alt+F4, close, focus loss, deactivation) autosaves and
shows the PIN screen; only the klantmanager's PIN returns control. 5 wrong PINs: autosave and
``locked_out`` (the host locks the vault fully)."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.forms.state import FormState
from app.domain.models import Actor, IntakeDraft
from app.i18n.catalog import SELFFILL_STRINGS
from app.services.intake import IntakeService
from app.services.selffill import PinCheck, SelfFillSession
from app.ui.audio import Listen, make_listen_button
from app.ui.form_view import FormTexts, plain_label
from app.ui.screens.intake import direction_of
from app.ui.screens.pin_screen import PinScreen
from app.ui.spoken import SpokenHook
from app.ui.widgets.form_pager import AUTOSAVE_MS, FormPager

log = logging.getLogger(__name__)

LARGE_SCALE = 1.4
_ESCAPE_KEYS = {
    Qt.Key.Key_Escape,
    Qt.Key.Key_F4,
    Qt.Key.Key_W,
    Qt.Key.Key_L,
    Qt.Key.Key_Q,
    Qt.Key.Key_Tab,
    Qt.Key.Key_Backtab,
    Qt.Key.Key_Meta,
    Qt.Key.Key_Super_L,
    Qt.Key.Key_Super_R,
}
_BLOCKED_EVENTS = {
    QEvent.Type.ContextMenu,
    QEvent.Type.DragEnter,
    QEvent.Type.DragMove,
    QEvent.Type.Drop,
}


def is_escape_key(event: QKeyEvent) -> bool:
    """Keyboard shortcuts that try to leave the sealed window (or switch task)."""
    key = event.key()
    mods = event.modifiers()
    ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
    alt = bool(mods & Qt.KeyboardModifier.AltModifier)
    meta = bool(mods & Qt.KeyboardModifier.MetaModifier)
    if key == Qt.Key.Key_Escape or key in (Qt.Key.Key_Meta, Qt.Key.Key_Super_L, Qt.Key.Key_Super_R):
        return True
    if alt and key in (Qt.Key.Key_F4, Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Escape):
        return True
    if ctrl and key in (Qt.Key.Key_W, Qt.Key.Key_L, Qt.Key.Key_Q, Qt.Key.Key_Escape, Qt.Key.Key_F4):
        return True
    return meta and key in _ESCAPE_KEYS


class _SealFilter(QObject):
    """Application-wide filter while self-fill is active."""

    def __init__(self, screen: SelfFillScreen) -> None:
        super().__init__(screen)
        self.screen = screen

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        et = event.type()
        if et in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(
            event, QKeyEvent
        ):
            if (
                event.key() == Qt.Key.Key_F2
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            ):
                event.accept()
                if et == QEvent.Type.KeyPress:
                    target = obj if isinstance(obj, QWidget) else None
                    self.screen.listen_focused(target)
                return True
            if is_escape_key(event):
                event.accept()
                if et == QEvent.Type.KeyPress:
                    self.screen.escape_attempted()
                return True
            if event.matches(QKeySequence.StandardKey.Copy) or event.matches(
                QKeySequence.StandardKey.Cut
            ):
                event.accept()
                return True
        if et == QEvent.Type.Shortcut:
            return True  # no menu/window shortcut of the host fires while sealed
        if et in _BLOCKED_EVENTS:
            event.ignore()
            return True
        if et == QEvent.Type.Close and obj is self.screen.window():
            event.ignore()
            self.screen.escape_attempted()
            return True
        if et == QEvent.Type.WindowDeactivate and obj is self.screen.window():
            self.screen.escape_attempted()
        return False


class SelfFillScreen(QWidget):
    handed_back = Signal()  # right PIN: the klantmanager has control again (show the review)
    locked_out = Signal()  # 5 wrong PINs: autosaved; the host must lock the vault fully

    def __init__(
        self,
        service: IntakeService,
        draft: IntakeDraft,
        session: SelfFillSession,
        catalog: Any,
        *,
        state: FormState | None = None,
        autosave_ms: int = AUTOSAVE_MS,
        listen: Listen | None = None,
        spoken: SpokenHook | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # spoken answers: recorded into memory, stored encrypted (never a plaintext file)
        self.spoken = (
            spoken
            if spoken is not None
            else SpokenHook(
                service.spoken(), session.client_uuid, draft.uuid, session.lang, parent=self
            )
        )
        # listen: recorded clips, else the computer voice, else no play buttons
        self.listen = listen if listen is not None else Listen(session.lang, parent=self)
        self.listen.problem.connect(self._show_audio_problem)
        self.service = service
        self.draft = draft
        self.session = session
        self.state = state or service.state(draft)
        self.texts = FormTexts(self.state.definition, catalog, session.lang)
        self.active = False
        self._filter = _SealFilter(self)
        self.setLayoutDirection(direction_of(session.lang))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setAcceptDrops(False)

        self.stack = QStackedWidget(self)
        # a clear start: what this is, the sections to come, one "Begin" button
        self.start_page = QWidget(self.stack)
        self.start_title = plain_label(self.start_page, "")
        self.start_title.setProperty("role", "heading")
        self.start_text = plain_label(self.start_page, "")
        self.start_sections = plain_label(self.start_page, "")
        self.begin_button = QPushButton(self.start_page)
        self.begin_button.setDefault(True)
        sl = QVBoxLayout(self.start_page)
        sl.addStretch(1)
        head = QHBoxLayout()
        head.addWidget(self.start_title, 1)
        self.start_listen_box = head
        sl.addLayout(head)
        for w in (self.start_text, self.start_sections):
            sl.addWidget(w)
        sl.addWidget(self.begin_button, 0, Qt.AlignmentFlag.AlignHCenter)
        sl.addStretch(2)
        form_page = QWidget(self.stack)
        self.form_page = form_page
        self.welcome = plain_label(form_page, "")
        self.large = QCheckBox(form_page)
        self.done_button = QPushButton(form_page)
        self.pager = FormPager(
            service,
            draft,
            self.state,
            self.texts,
            sections=session.sections,
            actor=lambda: (Actor.CLIENT_SELF_FILL.value, session.lang),
            block_copy_all=True,
            check_on_next=False,
            autosave_ms=autosave_ms,
            sealed=True,
            listen=self.listen,
            spoken=self.spoken,
            parent=form_page,
        )
        head = QHBoxLayout()
        head.addWidget(self.welcome, 1)
        head.addWidget(self.large)
        fl = QVBoxLayout(form_page)
        fl.addLayout(head)
        fl.addWidget(self.pager, 1)
        fl.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignTrailing)
        self.pin_screen = PinScreen(parent=self.stack)
        self.stack.addWidget(self.start_page)
        self.stack.addWidget(form_page)
        self.stack.addWidget(self.pin_screen)
        lay = QVBoxLayout(self)
        lay.addWidget(self.stack)
        self._apply_texts()
        self.set_large_text(session.large_text)
        # self-fill always opens at the start page, then the first handed-over section (not
        # where the klantmanager was); the questions are built when the client begins
        self.draft.current_section = session.sections[0]
        self.draft.current_field = ""
        self.stack.setCurrentWidget(self.start_page)
        self.begin_button.setFocus()

        # signals
        self.large.toggled.connect(self.set_large_text)
        self.done_button.clicked.connect(self.show_pin_screen)
        self.begin_button.clicked.connect(self.begin)
        self.pager.section_changed.connect(self._on_section)
        # going to a section (after the start page was shown) begins the questions
        self.pager.section_changed.connect(self._leave_start_page)
        self.pin_screen.pin_submitted.connect(self._check_pin)
        self.pin_screen.back_requested.connect(self.back_to_questions)
        self.pager.answer_applied.connect(self.session.note_answer)
        self.pager.saved.connect(self._show_saved)
        self.pager.save_failed.connect(self._show_save_failed)

    # ------------------------------------------------------------------ texts
    def _ui(self, key: str, source: str) -> str:
        return self.texts.ui(key, source).text

    def _apply_texts(self) -> None:
        defn = self.state.definition
        self.start_title.setText(self._ui("selffill.welcome", SELFFILL_STRINGS["selffill.welcome"]))
        self.start_text.setText(
            "\n".join(
                self._ui(k, SELFFILL_STRINGS[k])
                for k in (
                    "selffill.no_wrong_answers",
                    "selffill.skip_allowed",
                    "selffill.alone_reminder",
                    "selffill.start_intro",
                )
            )
        )
        self.start_sections.setText(
            "\n".join(
                f"{i}. {self.texts.section(defn.section(sid)).text}"
                for i, sid in enumerate(self.session.sections, 1)
            )
        )
        self.begin_button.setText(self._ui("selffill.start", SELFFILL_STRINGS["selffill.start"]))
        if getattr(self, "start_listen", None) is None:
            # the welcome can be heard too (a clip, else the computer voice)
            self.start_listen = make_listen_button(
                self.listen,
                self.start_page,
                "selffill",
                "selffill.welcome",
                SELFFILL_STRINGS["selffill.welcome"],
                self._spoken_welcome(),
                name=self._ui("selffill.listen", SELFFILL_STRINGS["selffill.listen"]),
                computer_voice=self._ui(
                    "selffill.computer_voice", SELFFILL_STRINGS["selffill.computer_voice"]
                ),
            )
            if self.start_listen is not None:
                self.start_listen_box.addWidget(self.start_listen, 0, Qt.AlignmentFlag.AlignTop)
        self.begin_button.setAccessibleName(self.begin_button.text())
        self.welcome.setText(
            "\n".join(
                [
                    self._ui("selffill.welcome", SELFFILL_STRINGS["selffill.welcome"]),
                    self._ui(
                        "selffill.no_wrong_answers", SELFFILL_STRINGS["selffill.no_wrong_answers"]
                    ),
                    self._ui("selffill.skip_allowed", SELFFILL_STRINGS["selffill.skip_allowed"]),
                ]
            )
        )
        self.large.setText(self._ui("selffill.larger_text", "Grotere letters"))
        self.large.setAccessibleName(self.large.text())
        self.done_button.setText(self._ui("selffill.done", "Klaar"))
        self.done_button.setAccessibleName(self.done_button.text())
        self.pin_screen.set_client_texts(  # the finish screen
            self._ui("selffill.thanks", SELFFILL_STRINGS["selffill.thanks"])
            + "\n"
            + self._ui("selffill.saved", "Uw antwoorden zijn bewaard.")
            + "\n"
            + self._ui("selffill.return_laptop", "Geef de laptop terug aan de klantmanager"),
            self._ui("selffill.previous", "Vorige"),
        )

    def _spoken_welcome(self) -> str:
        t = self.texts.ui("selffill.welcome", SELFFILL_STRINGS["selffill.welcome"])
        return t.text if not (self.texts.dual and t.fallback) else ""

    def _show_audio_problem(self, _problem: str) -> None:
        """No sound device, a missing or broken clip: say so; the form keeps working."""
        self.pager.status.setText(
            self._ui("selffill.audio_problem", SELFFILL_STRINGS["selffill.audio_problem"])
        )

    def listen_focused(self, target: QWidget | None = None) -> bool:
        """F2: play the focused option or question (one key, no mouse needed)."""
        from app.ui.field_row import FieldRow

        w = target if target is not None else QApplication.focusWidget()
        node = w
        while node is not None and not isinstance(node, FieldRow):
            node = node.parentWidget()
        if isinstance(node, FieldRow):
            b = node.listen_target(w)
            if b is not None:
                b.play()
                return True
        view = self.pager.view
        if view is not None and view.title_listen is not None:
            view.title_listen.play()
            return True
        return False

    def _show_saved(self) -> None:
        """The pager's save status, in the client's language (not the UI language)."""
        self.pager.status.setText(
            self._ui("selffill.all_saved", SELFFILL_STRINGS["selffill.all_saved"])
        )

    def _show_save_failed(self) -> None:
        self.pager.status.setText(
            self._ui("selffill.not_saved_retry", SELFFILL_STRINGS["selffill.not_saved_retry"])
        )

    def set_large_text(self, on: bool) -> None:
        from app.ui.fonts import ui_font

        self.session.large_text = bool(on)
        base = QApplication.font()
        self.stack.setFont(ui_font(base, LARGE_SCALE) if on else base)
        if self.large.isChecked() != bool(on):
            self.large.setChecked(bool(on))

    # ------------------------------------------------------------------ sealing
    def activate(self) -> None:
        """Start catching escape attempts (call after the host entered sealed mode)."""
        if not self.active:
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self._filter)
            self.active = True

    def deactivate(self) -> None:
        if self.active:
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self._filter)
            self.active = False

    def escape_attempted(self) -> None:
        """Any attempt to leave: save, then the PIN screen at once."""
        self.show_pin_screen()

    def on_close_attempt(self) -> None:
        self.show_pin_screen()

    def show_pin_screen(self) -> None:
        self.spoken.stop_all(cut_off=True)
        self.pager.save_now()
        if self.stack.currentWidget() is not self.pin_screen:
            self.stack.setCurrentWidget(self.pin_screen)
            self.pin_screen.reset()

    def begin(self) -> None:
        self.stack.setCurrentWidget(self.form_page)
        self.pager.show_section(self.session.sections[0], force=self.pager.view is None)
        if self.pager.view is not None:
            self.pager.view.focus_first()

    def _leave_start_page(self, _section_id: str) -> None:
        if self.stack.currentWidget() is self.start_page:
            self.stack.setCurrentWidget(self.form_page)

    def _on_section(self, section_id: str) -> None:
        """On the last section "Klaar" is the way on (a clear finish)."""
        self.spoken.stop_all(cut_off=False)  # a recording ends with its question
        last = section_id == self.session.sections[-1]
        self.done_button.setDefault(last)
        self.done_button.setProperty("role", "primary" if last else "")

    def back_to_questions(self) -> None:
        self.stack.setCurrentWidget(self.form_page)
        self.pager.resume()

    @property
    def pin_screen_shown(self) -> bool:
        return self.stack.currentWidget() is self.pin_screen

    def _check_pin(self, text: str) -> None:
        result = self.session.pin.check(text)
        if result is PinCheck.OK:
            self.pager.save_now()
            self.deactivate()
            self.session.end()
            log.info("selffill_handed_back record_uuid=%s", self.draft.uuid)
            self.handed_back.emit()
        elif result is PinCheck.WRONG:
            self.pin_screen.show_wrong(self.session.pin.attempts_left)
        else:
            self.pager.save_now()
            self.deactivate()
            self.pager.clear()
            log.warning("selffill_pin_exhausted record_uuid=%s", self.draft.uuid)
            self.locked_out.emit()

    # ------------------------------------------------------------------ lock protocol
    def prepare_lock(self) -> dict[str, object]:
        self.spoken.stop_all(cut_off=True)  # what was said so far is stored, encrypted
        self.pager.save_now()
        self.deactivate()
        self.session.end()
        self.pager.clear()
        return {"draft_uuid": self.draft.uuid, "selffill": True}

    def restore_after_unlock(self, state: dict[str, object]) -> None:
        """A locked self-fill session never resumes: the klantmanager starts a new one."""

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if self.active:
            event.ignore()
            self.escape_attempted()
            return
        super().closeEvent(event)
