"""Table model for the review after self-fill: question, the client's answer, the Dutch
rendering (or a flag to discuss free text with the interpreter), provenance, status."""

from __future__ import annotations

import unicodedata
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.domain.forms.model import FieldType
from app.services.intake import ReviewItem
from app.ui.form_view import FALLBACK_MARK, FormTexts

COLUMNS = 5
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


def language_name(code: str) -> str:
    """Name of a language in the current UI language ("Arabisch" / "Arabic")."""
    from babel import Locale, UnknownLocaleError

    ui = QLocale().name().partition("_")[0]
    for loc in (ui, "nl"):
        try:
            name = Locale.parse(loc).languages.get(code.split("-", maxsplit=1)[0])
        except (ValueError, TypeError, LookupError, UnknownLocaleError):
            continue
        if name:
            return str(name)
    return code


def text_direction(text: str) -> Qt.LayoutDirection | None:
    """Paragraph direction of ``text`` from its first strong character (Unicode bidi rule
    P2, isolates not skipped); ``None`` when it has none (digits, punctuation)."""
    for ch in text:
        bidi = unicodedata.bidirectional(ch)
        if bidi == "L":
            return Qt.LayoutDirection.LeftToRight
        if bidi in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return None


def actor_label(by: str) -> str:
    return {
        "client": QCoreApplication.translate("ReviewIntakeModel", "client (self-fill)"),
        "klantmanager": QCoreApplication.translate("ReviewIntakeModel", "klantmanager"),
        "tolk": QCoreApplication.translate("ReviewIntakeModel", "with interpreter"),
    }.get(by, by)


class ReviewIntakeModel(QAbstractTableModel):
    def __init__(self, client_texts: FormTexts, parent: Any = None) -> None:
        super().__init__(parent)
        self.texts = client_texts
        self.items: list[ReviewItem] = []
        self._by_lang: dict[str, FormTexts] = {client_texts.lang: client_texts}

    def texts_for(self, lang: str) -> FormTexts:
        """The form's texts in the language an answer was given in (not the language of the
        latest hand-over: an answer given in Arabic is labelled in Arabic)."""
        t = self._by_lang.get(lang)
        if t is None:
            t = FormTexts(self.texts.definition, self.texts.catalog, lang)
            self._by_lang[lang] = t
        return t

    def set_items(self, items: list[ReviewItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("ReviewIntakeModel", "Question"),
            QCoreApplication.translate("ReviewIntakeModel", "Client's answer"),
            QCoreApplication.translate("ReviewIntakeModel", "In Dutch"),
            QCoreApplication.translate("ReviewIntakeModel", "Given by"),
            QCoreApplication.translate("ReviewIntakeModel", "Status"),
        )[section]

    def client_answer(self, it: ReviewItem) -> str:
        f = it.field
        v = it.value
        lang = it.lang
        original = it.answer.get("original")
        if isinstance(original, dict):
            v = original.get("value")
            lang = str(original.get("lang") or lang)
        tx = self.texts_for(lang)
        if f.choices and f.type in (FieldType.CHOICE, FieldType.MULTICHOICE, FieldType.SCALE):
            codes = v if isinstance(v, list) else [v]
            parts = []
            for c in codes:
                t = tx.choice(f.choices, str(c))
                parts.append(t.text + (FALLBACK_MARK if t.fallback else ""))
            return ", ".join(parts)
        if f.type is FieldType.YESNO:
            key, nl = ("selffill.yes", "Ja") if v else ("selffill.no", "Nee")
            return tx.ui(key, nl).text
        return "" if v is None else str(v)

    def question(self, it: ReviewItem) -> str:
        """The Dutch question, and under it the question as the client read it."""
        label = it.field.label or it.field.id
        if "[" in it.path:
            label = f"{label} ({it.path.split(']')[0]}])"
        original = it.answer.get("original")
        lang = str(original.get("lang")) if isinstance(original, dict) else it.lang
        if lang and lang != "nl" and it.field.label:
            t = self.texts_for(lang).field(it.field)
            if not t.fallback and t.text != it.field.label:
                label += "\n" + t.text
        return label

    def dutch(self, it: ReviewItem) -> str:
        if it.free_text_other_language and not isinstance(it.answer.get("original"), dict):
            return QCoreApplication.translate(
                "ReviewIntakeModel", "in {language} — discuss with the interpreter"
            ).format(language=language_name(it.lang))
        return it.dutch

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        it = self.items[index.row()]
        if role == ITEM_ROLE:
            return it
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 1 and it.lang != "nl":
            from app.i18n.languages import is_rtl

            if is_rtl(it.lang):
                return int(
                    Qt.AlignmentFlag.AlignRight
                    | Qt.AlignmentFlag.AlignVCenter
                    | Qt.AlignmentFlag.AlignAbsolute
                )
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if col == 0:
            return self.question(it)
        if col == 1:
            return self.client_answer(it)
        if col == 2:
            return self.dutch(it)
        if col == 3:
            when = it.answer.get("at", "")
            try:
                when = datetime.fromisoformat(str(when).replace("Z", "+00:00")).astimezone()
                when_s = when.strftime("%d-%m-%Y %H:%M")
            except ValueError:
                when_s = ""
            # two short lines: keeps the column narrow (the cell wraps at the newline)
            return f"{actor_label(it.by)}\n{it.lang} · {when_s}"
        if col == 4:
            if isinstance(it.answer.get("original"), dict):
                return QCoreApplication.translate("ReviewIntakeModel", "corrected")
            if it.reviewed:
                return QCoreApplication.translate("ReviewIntakeModel", "accepted")
            return QCoreApplication.translate("ReviewIntakeModel", "to review")
        return None

    def refresh_row(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMNS - 1))
