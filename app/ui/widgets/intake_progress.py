"""Brede Intake progress of one client, for the client page (Gegevens tab): per section the
answered / required questions as a small bar, plus when the intake was last edited (or "not
started yet"). Read-only; the newest intake draft of the client is shown."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt, QTimeZone, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import StoreError
from app.domain.forms import FormNotFound, FormRegistry, FormState, PathError, parse_path
from app.domain.forms.expressions import is_empty
from app.domain.models import Client, IntakeDraft
from app.i18n.languages import is_rtl

log = logging.getLogger(__name__)

RLM = "\u200f"  # right-to-left mark: the paragraph direction of a section title


def _local_time(value: str) -> str:
    try:
        dt = datetime.fromisoformat((value or "").replace("Z", "+00:00"))
    except ValueError:
        return ""
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    qdt = QDateTime.fromSecsSinceEpoch(int(dt.timestamp()), QTimeZone.systemTimeZone())
    return QLocale().toString(qdt, QLocale.FormatType.ShortFormat)


class _Row:
    """Widgets of one section line."""

    def __init__(self, parent: QWidget) -> None:
        self.title = QLabel(parent)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.bar = QProgressBar(parent)
        self.bar.setTextVisible(False)
        self.bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.bar.setMaximumHeight(max(6, parent.fontMetrics().height() // 2))
        self.count = QLabel(parent)
        self.count.setTextFormat(Qt.TextFormat.PlainText)

    def widgets(self) -> tuple[QLabel, QProgressBar, QLabel]:
        return self.title, self.bar, self.count


class IntakeProgressWidget(QWidget):
    """``IntakeProgressWidget(vault, registry, client)``. Optional ``catalog``
    (``ContentCatalog``) and ``content_lang`` show the section titles in the client's
    language (Dutch otherwise)."""

    open_intake_requested = Signal(str)  # client uuid

    def __init__(
        self,
        vault: Any,
        registry: FormRegistry,
        client: Client,
        parent: QWidget | None = None,
        *,
        catalog: Any = None,
        content_lang: str = "nl",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("IntakeProgressWidget")
        self._vault = vault
        self._registry = registry
        self._client_uuid = client.uuid
        self._catalog = catalog
        self._lang = content_lang or "nl"
        self.draft: IntakeDraft | None = None
        self._state: FormState | None = None
        self._rows: list[_Row] = []

        self.heading = QLabel(self)
        self.heading.setProperty("role", "heading")
        self.open_button = QPushButton(self)
        self.open_button.setAutoDefault(False)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setProperty("role", "hint")
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 2)
        self.grid.setHorizontalSpacing(self.fontMetrics().averageCharWidth() * 2)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self.reload()

        # signals
        self.open_button.clicked.connect(lambda: self.open_intake_requested.emit(self._client_uuid))

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        """Read the client's newest intake draft again and redraw."""
        try:
            drafts = self._vault.drafts.for_client(self._client_uuid)
        except StoreError:
            log.warning("intake_progress_load_failed", extra={"event": "intake_progress_failed"})
            drafts = []
        self.draft = max(drafts, key=lambda d: d.updated_at) if drafts else None
        self._state = None
        if self.draft is not None:
            try:
                defn = self._registry.get(self.draft.form_id, self.draft.form_version)
                self._state = FormState.from_flat(defn, self.draft.answers)
            except FormNotFound:
                log.warning("intake form version unknown", extra={"event": "form_unknown"})
        self._build_rows()
        self.retranslate_ui()

    def set_content_language(self, lang: str) -> None:
        self._lang = lang or "nl"
        self.retranslate_ui()

    def _definition(self) -> Any:
        if self._state is not None:
            return self._state.definition
        try:
            return self._registry.latest("brede-intake")
        except FormNotFound:
            return None

    def _build_rows(self) -> None:
        for row in self._rows:
            for w in row.widgets():
                self.grid.removeWidget(w)
                w.deleteLater()
        self._rows = []
        defn = self._definition()
        if defn is None:
            return
        for i, _section in enumerate(defn.sections):
            row = _Row(self)
            for col, w in enumerate(row.widgets()):
                self.grid.addWidget(w, i, col)
            self._rows.append(row)

    def section_progress(self) -> list[tuple[str, int, int, bool]]:
        """(section id, answered required, required, relevant) per section, as shown."""
        defn = self._definition()
        if defn is None:
            return []
        out = []
        for s in defn.sections:
            if self._state is None:
                out.append((s.id, 0, self._required_empty(s.id), True))
                continue
            p = self._state.progress(s.id)
            out.append((s.id, p.answered, p.total, self._state.is_section_relevant(s.id)))
        return out

    def answered_counts(self) -> dict[str, int]:
        """Section id → number of answered questions (required or not) in the draft."""
        counts: dict[str, int] = {}
        state = self._state
        if state is None:
            return counts
        defn = state.definition
        for path, value in state.flat_answers().items():
            try:
                f = defn.field(parse_path(path).field_id)
                section = defn.section_of(f.id).id
            except (KeyError, PathError):
                continue
            if f.readonly_office or f.calculate is not None or is_empty(value):
                continue
            counts[section] = counts.get(section, 0) + 1
        return counts

    def _required_empty(self, section_id: str) -> int:
        defn = self._definition()
        return FormState(defn).progress(section_id).total if defn is not None else 0

    def _section_title(self, section: Any) -> str:
        if self._lang != "nl" and self._catalog is not None:
            try:
                from app.ui.form_view import FormTexts

                return (
                    FormTexts(self._definition(), self._catalog, self._lang).section(section).text
                )
            except Exception:  # noqa: BLE001 - a missing translation falls back to Dutch
                log.warning(
                    "section title translation failed", extra={"event": "section_title_failed"}
                )
        return str(section.title)

    # ------------------------------------------------------------------ texts
    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Brede Intake progress"))
        self.open_button.setText(self.tr("Open &intake"))
        self.open_button.setAccessibleName(self.tr("Open the Brede Intake of this client"))
        self.setAccessibleName(self.tr("Brede Intake progress"))
        draft = self.draft
        if draft is None:
            self.status.setText(self.tr("Not started yet"))
        else:
            parts = [self.tr("Last edited {when}").format(when=_local_time(draft.updated_at))]
            if draft.status == "afgerond":
                parts.append(self.tr("finished"))
            parts.append(self.tr("form version {v}").format(v=draft.form_version))
            if self._state is None:
                parts.append(self.tr("this form version is not available on this laptop"))
            self.status.setText(" · ".join(parts))
        self.status.setAccessibleName(self.status.text())
        defn = self._definition()
        if defn is None:
            return
        progress = {sid: (a, t, rel) for sid, a, t, rel in self.section_progress()}
        rtl = self._lang != "nl" and self._catalog is not None and is_rtl(self._lang)
        any_answered = self.answered_counts()
        for row, section in zip(self._rows, defn.sections, strict=False):
            answered, total, relevant = progress.get(section.id, (0, 0, True))
            title = f"{section.id}. {self._section_title(section)}"
            shown = f"{RLM}{title}" if rtl else title  # "A." belongs to the RTL title
            row.title.setText(shown)
            row.bar.setRange(0, max(1, total))
            row.bar.setValue(min(answered, total) if total else (1 if relevant else 0))
            row.bar.setVisible(relevant and total > 0)
            if not relevant:
                count = self.tr("not applicable")
                spoken = self.tr("{section}: not applicable").format(section=title)
            elif total == 0 and any_answered.get(section.id):
                n = any_answered[section.id]
                count = self.tr("{n} answered").format(n=n)
                spoken = self.tr("{section}: {n} questions answered, none required").format(
                    section=title, n=n
                )
            elif total == 0:
                count = self.tr("no required questions")
                spoken = self.tr("{section}: no required questions").format(section=title)
            else:
                count = self.tr("{answered} of {total}").format(answered=answered, total=total)
                spoken = self.tr(
                    "{section}: {answered} of {total} required questions answered"
                ).format(section=title, answered=answered, total=total)
            row.count.setText(count)
            row.bar.setAccessibleName(title)
            row.bar.setAccessibleDescription(spoken)
            row.count.setAccessibleName(spoken)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------------ lock protocol
    def prepare_lock(self) -> dict[str, object]:
        """Drop the decrypted answers (the vault is about to lock)."""
        self.draft = None
        self._state = None
        for row in self._rows:
            row.count.clear()
            row.bar.reset()
        self.status.clear()
        return {"client_uuid": self._client_uuid}

    def restore_after_unlock(self, state: dict[str, object]) -> None:
        self.reload()
