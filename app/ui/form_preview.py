"""Preview of a questionnaire workbook for functioneel beheer (``python -m app.forms preview``).

Runs the real form runner (FormPager + form_view) on a throwaway vault with one synthetic
client, so what is shown is what the klantmanager and the client will see: the content
language (dual-language: the client's language with the Dutch text under it; a missing
translation shows the Dutch text marked "(NL)"), and the self-fill view (only the sections and
questions the client may fill in). Nothing here touches the real vault; the temporary folder is
removed when the window closes.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.domain.forms import FormDefinition, FormRegistry
from app.ui.form_view import FormTexts
from app.ui.screens.intake import direction_of
from app.ui.widgets.form_pager import FormPager


class _PreviewVault:
    """A vault in a temporary folder with one synthetic client (fast KDF: nothing real)."""

    def __init__(self) -> None:
        from app.domain.demo_data import demo_clients
        from app.store.crypto import KdfParams
        from app.store.vault import Vault

        self.folder = Path(tempfile.mkdtemp(prefix="huisbezoek-preview-"))
        self.vault = Vault.create(
            self.folder / "vault.sqlite3",
            "preview-only-" + self.folder.name,
            user_name="Voorbeeld",
            employee_id="preview",
            kdf=KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1),
        )
        client = demo_clients(1)[0]
        self.vault.clients.save_many([client])
        self.client_uuid = client.uuid

    def close(self) -> None:
        try:
            self.vault.close()
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


class FormPreview(QWidget):
    """``FormPreview(definition, catalog, languages, lang)``; ``languages``: (code, endonym)."""

    def __init__(
        self,
        definition: FormDefinition,
        catalog: Any,
        languages: list[tuple[str, str]],
        lang: str = "nl",
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from app.services.intake import IntakeService

        self.definition = definition
        self.catalog = catalog
        self._store = _PreviewVault()
        registry = FormRegistry()
        registry.add(definition)
        self.service = IntakeService(self._store.vault, registry)
        self.draft = self.service.open_draft(self._store.client_uuid)
        self.draft.form_id, self.draft.form_version = definition.form_id, definition.version
        self.state = self.service.state(self.draft)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.lang_label = QLabel(self)
        self.lang_box = QComboBox(self)
        self.lang_box.addItem("Nederlands", "nl")
        for code, name in languages:
            self.lang_box.addItem(name, code)
        self.lang_label.setBuddy(self.lang_box)
        self.selffill = QCheckBox(self)
        bar = QHBoxLayout()
        bar.addWidget(self.lang_label)
        bar.addWidget(self.lang_box)
        bar.addStretch(1)
        bar.addWidget(self.selffill)
        self.body = QVBoxLayout()
        lay = QVBoxLayout(self)
        lay.addWidget(self.banner)
        lay.addLayout(bar)
        lay.addLayout(self.body, 1)
        self.pager: FormPager | None = None
        self.retranslate_ui()
        index = self.lang_box.findData(lang)
        self.lang_box.setCurrentIndex(max(0, index))
        self.lang_box.currentIndexChanged.connect(self._rebuild)
        self.selffill.toggled.connect(self._rebuild)
        self._rebuild()

    def retranslate_ui(self) -> None:
        d = self.definition
        self.setWindowTitle(
            self.tr("Preview: %1 (version %2)").replace("%1", d.title).replace("%2", str(d.version))
        )
        self.banner.setText(
            self.tr(
                "Preview on a temporary vault with a made-up client. Nothing is saved. "
                "Texts marked (NL) have no translation yet."
            )
        )
        self.lang_label.setText(self.tr("&Language of the client:"))
        self.selffill.setText(self.tr("&Self-fill view (what the client sees)"))
        self.lang_box.setAccessibleName(self.tr("Language of the client"))
        self.selffill.setAccessibleName(self.tr("Self-fill view"))

    @property
    def lang(self) -> str:
        return str(self.lang_box.currentData() or "nl")

    def sections(self) -> list[str]:
        if self.selffill.isChecked():
            return [s.id for s in self.definition.sections if s.self_fill]
        return [s.id for s in self.definition.sections]

    def _rebuild(self) -> None:
        current = self.pager.current if self.pager is not None else ""
        if self.pager is not None:
            self.pager.hide()
            self.body.removeWidget(self.pager)
            self.pager.deleteLater()
        direction = direction_of(self.lang)
        self.setLayoutDirection(direction)
        texts = FormTexts(self.definition, self.catalog, self.lang)
        sections = self.sections()
        self.pager = FormPager(
            self.service,
            self.draft,
            self.state,
            texts,
            sections=sections,
            actor=lambda: ("klant" if self.selffill.isChecked() else "klantmanager", self.lang),
            block_copy_all=self.selffill.isChecked(),
            check_on_next=not self.selffill.isChecked(),
            autosave_ms=10**9,  # a preview never saves
            parent=self,
        )
        self.pager.save_now = lambda: True  # type: ignore[method-assign]
        self.pager.setLayoutDirection(direction)
        self.body.addWidget(self.pager, 1)
        self.pager.show_section(current if current in sections else sections[0])

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self.close_vault()
        super().closeEvent(event)

    def close_vault(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None  # type: ignore[assignment]
