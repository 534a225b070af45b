"""The form runner: the client's Brede Intake, section by section, in Dutch or dual-language
(client's language + Dutch, mirrored for RTL). Autosaves; resumes where the user left off;
offers the documented v1 → v2 migration; suggests conversation cards for the section."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import Actor, Client
from app.i18n.languages import picker_label
from app.services.intake import IntakeService
from app.ui.form_texts import ui_language
from app.ui.form_view import FormTexts, plain_label
from app.ui.widgets.form_pager import AUTOSAVE_MS, FormPager

log = logging.getLogger(__name__)


def direction_of(lang: str) -> Qt.LayoutDirection:
    from app.i18n.languages import is_rtl

    return Qt.LayoutDirection.RightToLeft if is_rtl(lang) else Qt.LayoutDirection.LeftToRight


class IntakeScreen(QWidget):
    """``languages``: (code, endonym) offered as content language besides Dutch.
    ``deck``: the card deck (``app.domain.cards.CardDeck``) for section suggestions.
    ``confirm_migration``: injected yes/no question (never a real modal in tests)."""

    handover_requested = Signal()
    card_requested = Signal(int)
    draft_saved = Signal(str)

    def __init__(
        self,
        service: IntakeService,
        client: Client,
        catalog: Any,
        *,
        deck: Any = None,
        languages: Sequence[tuple[str, str]] = (),
        confirm_migration: Callable[[QWidget, list[str]], bool] | None = None,
        autosave_ms: int = AUTOSAVE_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.client_uuid = client.uuid
        self.catalog = catalog
        self.deck = deck
        self._confirm = confirm_migration or (lambda _w, _d: True)
        self._autosave_ms = autosave_ms
        self.draft = service.open_draft(client.uuid)
        self.state = service.state(self.draft)
        self.definition = self.state.definition
        self.lang = "nl"

        self.title = QLabel(self)
        self.title.setProperty("role", "heading")
        self.version = plain_label(self, "", wrap=False)
        self.lang_combo = QComboBox(self)
        self.lang_combo.addItem("Nederlands", "nl")
        for code, name in languages:
            if code != "nl":  # "Tigrinya — ትግርኛ": told apart from አማርኛ by a Dutch reader
                self.lang_combo.addItem(picker_label(code, name, ui_language()), code)
        self.lang_label = QLabel(self)
        self.lang_label.setBuddy(self.lang_combo)
        self.interpreter = QCheckBox(self)
        self.handover_button = QPushButton(self)
        self.finish_bar = QWidget(self)
        self.finish_text = plain_label(self.finish_bar, "")
        self.finish_button = QPushButton(self.finish_bar)
        self.reopen_button = QPushButton(self.finish_bar)
        fb = QHBoxLayout(self.finish_bar)
        fb.setContentsMargins(0, 0, 0, 0)
        fb.addWidget(self.finish_text, 1)
        fb.addWidget(self.finish_button)
        fb.addWidget(self.reopen_button)
        self.migrate_banner = QWidget(self)
        self.migrate_text = plain_label(self.migrate_banner, "")
        self.migrate_button = QPushButton(self.migrate_banner)
        mb = QHBoxLayout(self.migrate_banner)
        mb.addWidget(self.migrate_text, 1)
        mb.addWidget(self.migrate_button)
        self.section_list = QListWidget(self)
        self.cards_label = QLabel(self)
        self.cards_list = QListWidget(self)
        self.cards_list.setWordWrap(True)
        self.pager = self._make_pager()

        # two rows, so long translations fit on small screens (STYLE §7 layout check)
        top = QVBoxLayout()
        row1 = QHBoxLayout()
        row1.addWidget(self.title)
        row1.addWidget(self.version, 1)
        row1.addWidget(self.handover_button)
        row2 = QHBoxLayout()
        row2.addWidget(self.lang_label)
        row2.addWidget(self.lang_combo)
        row2.addWidget(self.interpreter)
        row2.addStretch(1)
        top.addLayout(row1)
        top.addLayout(row2)
        side = QWidget(self)
        sl = QVBoxLayout(side)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(self.section_list, 2)
        sl.addWidget(self.cards_label)
        sl.addWidget(self.cards_list, 1)
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.addWidget(side)
        self.split.addWidget(self.pager)
        self.split.setStretchFactor(1, 3)
        self.split.setSizes([260, 700])
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.migrate_banner)
        lay.addWidget(self.finish_bar)
        lay.addWidget(self.split, 1)
        self._fill_sections()
        self.retranslate_ui()
        self.pager.resume()

        # signals
        self.lang_combo.currentIndexChanged.connect(self._on_language)
        self.section_list.currentRowChanged.connect(self._on_section_row)
        self.handover_button.clicked.connect(self.handover_requested)
        self.migrate_button.clicked.connect(self.migrate)
        self.cards_list.itemActivated.connect(self._on_card)
        self.finish_button.clicked.connect(self.finish_intake)
        self.reopen_button.clicked.connect(self.reopen_intake)

    def _make_pager(self) -> FormPager:
        pager = FormPager(
            self.service,
            self.draft,
            self.state,
            FormTexts(self.definition, self.catalog, self.lang),
            sections=[s.id for s in self.definition.sections],
            actor=self._actor,
            autosave_ms=self._autosave_ms,
            parent=self,
        )
        pager.section_changed.connect(self._on_section_changed)
        pager.answer_applied.connect(lambda _p: self._update_progress())
        pager.answer_applied.connect(lambda _p: self._apply_finished())
        pager.saved.connect(lambda: self.draft_saved.emit(self.draft.uuid))
        pager.section_changed.connect(lambda _s: self._apply_finished())
        return pager

    def _actor(self) -> tuple[str, str]:
        if self.interpreter.isChecked():
            return Actor.WITH_INTERPRETER.value, self.lang
        return Actor.KLANTMANAGER.value, "nl"

    # ------------------------------------------------------------------ texts
    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Brede Intake"))
        self.version.setText(self.tr("form version {v}").format(v=self.draft.form_version))
        self.lang_label.setText(self.tr("&Language of the questions"))
        self.lang_combo.setAccessibleName(self.tr("Language of the questions"))
        self.interpreter.setText(self.tr("With &interpreter"))
        self.interpreter.setAccessibleName(self.tr("Answers given with an interpreter"))
        self.handover_button.setText(self.tr("&Hand over to client…"))
        self.handover_button.setAccessibleName(self.tr("Hand over to the client for self-fill"))
        self.section_list.setAccessibleName(self.tr("Sections"))
        self.cards_label.setText(self.tr("Conversation cards for this section"))
        self.cards_list.setAccessibleName(self.tr("Conversation cards for this section"))
        self.migrate_button.setText(
            self.tr("&Migrate to version {v}").format(
                v=self.service.migration_target(self.draft) or ""
            )
        )
        self.migrate_button.setAccessibleName(self.tr("Migrate the draft to the new version"))
        self.migrate_text.setText(
            self.tr(
                "This intake was started with form version {v}. You can finish it as it is, or "
                "move the answers to the new version."
            ).format(v=self.draft.form_version)
        )
        self.migrate_banner.setVisible(self.service.migration_target(self.draft) is not None)
        self.finish_button.setText(self.tr("&Finish intake"))
        self.finish_button.setAccessibleName(
            self.tr("Finish the intake (checks that every required question is answered)")
        )
        self.reopen_button.setText(self.tr("&Reopen intake"))
        self.reopen_button.setAccessibleName(self.tr("Reopen the intake to change answers"))
        self.pager.retranslate_ui()
        self._apply_finished()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fill_sections(self) -> None:
        self.section_list.blockSignals(True)
        self.section_list.clear()
        texts = self.pager.texts
        for s in self.definition.sections:
            item = QListWidgetItem(self.section_list)
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            t = texts.section(s)
            item.setText(f"{s.id}. {t.text}")
        self.section_list.blockSignals(False)
        self._update_progress()

    def _update_progress(self) -> None:
        texts = self.pager.texts
        for i, s in enumerate(self.definition.sections):
            item = self.section_list.item(i)
            if item is None:  # cleared by prepare_lock (page closing): nothing to show
                return
            p = self.state.progress(s.id)
            mark = "✓" if p.complete and p.total else f"{p.answered}/{p.total}"
            if not self.state.is_section_relevant(s.id):
                mark = "—"
            t = texts.section(s)
            item.setText(f"{s.id}. {t.text}  ({mark})")
            if s.id == self.pager.current:
                self.section_list.blockSignals(True)
                self.section_list.setCurrentRow(i)
                self.section_list.blockSignals(False)

    # ------------------------------------------------------------------ language
    def set_content_language(self, lang: str) -> None:
        """Dutch → client's language (or back): re-lay out the visible section, mirrored
        for RTL languages."""
        self.lang = lang or "nl"
        self.pager.set_texts(
            FormTexts(self.definition, self.catalog, self.lang), direction_of(self.lang)
        )
        self._update_progress()
        i = self.lang_combo.findData(self.lang)
        if i >= 0 and i != self.lang_combo.currentIndex():
            self.lang_combo.blockSignals(True)
            self.lang_combo.setCurrentIndex(i)
            self.lang_combo.blockSignals(False)

    def _on_language(self, index: int) -> None:
        self.set_content_language(self.lang_combo.itemData(index))

    # ------------------------------------------------------------------ sections
    def _on_section_row(self, row: int) -> None:
        item = self.section_list.item(row)
        if item is not None:
            self.pager.show_section(item.data(Qt.ItemDataRole.UserRole))

    def _on_section_changed(self, section_id: str) -> None:
        self._update_progress()
        self.cards_list.clear()
        if self.deck is None:
            return
        for card in self.deck.for_section(section_id):
            # Dutch text: isolated so an RTL layout does not move its punctuation
            item = QListWidgetItem(f"\u2066{card.id}. {card.text_nl}\u2069", self.cards_list)
            item.setData(Qt.ItemDataRole.UserRole, card.id)

    def _on_card(self, item: QListWidgetItem) -> None:
        self.card_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    # ------------------------------------------------------------------ finish (issue 10)
    @property
    def finished(self) -> bool:
        return self.draft.status == "afgerond"

    def _apply_finished(self, message: str = "") -> None:
        """A finished intake is shown read-only, with "Reopen"; otherwise "Finish"."""
        done = self.finished
        if self.pager.view is not None:
            self.pager.view.setEnabled(not done)
        self.handover_button.setEnabled(not done)
        self.migrate_button.setEnabled(not done)
        self.finish_button.setVisible(not done)
        self.reopen_button.setVisible(done)
        if message:
            self.finish_text.setText(message)
        elif done:
            self.finish_text.setText(
                self.tr("This intake is finished. Reopen it to change answers.")
            )
        else:
            from app.services.intake_prefill import is_from_record

            n = sum(1 for a in self.draft.answers.values() if is_from_record(a))
            self.finish_text.setText(
                self.tr(
                    "%n answer(s) come from the client record: check them with the client.",
                    "",
                    n,
                )
                if n
                else ""
            )
        self.finish_text.setProperty("role", "error" if message else "hint")
        self.finish_text.setAccessibleName(self.finish_text.text())

    def finish_intake(self) -> bool:
        """Save, check and finish; when something is missing say what and go there."""
        if not self.pager.save_now():
            return False
        check = self.service.finish(self.draft)
        if check.ok:
            self._apply_finished()
            self._update_progress()
            return True
        parts: list[str] = []
        if check.missing_sections:
            parts.append(
                self.tr("required questions are still open in section(s) {sections}").format(
                    sections=", ".join(check.missing_sections)
                )
            )
        if check.error_paths:
            parts.append(self.tr("%n answer(s) need correcting", "", len(check.error_paths)))
        if check.unreviewed:
            parts.append(
                self.tr("%n self-filled answer(s) still need review", "", len(check.unreviewed))
            )
        self._apply_finished(
            self.tr("The intake is not finished yet: {reasons}.").format(reasons="; ".join(parts))
        )
        if check.missing_sections:
            self.pager.show_section(check.missing_sections[0])
        return False

    def reopen_intake(self) -> None:
        self.service.reopen(self.draft)
        self._apply_finished()

    # ------------------------------------------------------------------ versions
    def migrate(self) -> None:
        self.pager.save_now()
        if not self._confirm(self, []):
            return
        result = self.service.migrate(self.draft)
        self.draft = result.draft
        self.state = self.service.state(self.draft)
        self.definition = self.state.definition
        old = self.pager
        self.pager = self._make_pager()
        self.split.replaceWidget(1, self.pager)
        old.deleteLater()
        self.pager.setLayoutDirection(direction_of(self.lang))
        self._fill_sections()
        self.retranslate_ui()
        self.pager.resume()
        if result.dropped_paths:
            self.pager.status.setText(
                self.tr("{n} answers could not be moved; they are kept in a backup.").format(
                    n=len(result.dropped_paths)
                )
            )

    # ------------------------------------------------------------------ lock protocol
    def save_now(self) -> bool:
        return self.pager.save_now()

    def prepare_lock(self) -> dict[str, object]:
        self.pager.save_now()
        state = {
            "draft_uuid": self.draft.uuid,
            "section": self.draft.current_section,
            "field": self.draft.current_field,
            "lang": self.lang,
        }
        self.section_list.blockSignals(True)
        self.section_list.clear()
        self.section_list.blockSignals(False)
        self.cards_list.clear()
        self.pager.clear()
        return state

    def restore_after_unlock(self, state: dict[str, object]) -> None:
        self.draft = self.service.open_draft(self.client_uuid)
        self.state = self.service.state(self.draft)
        self.definition = self.state.definition
        old = self.pager
        self.pager = self._make_pager()
        self.split.replaceWidget(1, self.pager)
        old.deleteLater()
        self._fill_sections()
        self.set_content_language(str(state.get("lang") or "nl"))
        self.pager.resume()
