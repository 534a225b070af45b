"""One field's row in a rendered form: the label block (with a listen button in self-fill),
the editor for its type (pictograms on yes/no and scales), hint and inline messages. Split
out of ``app/ui/form_view.py``, which re-exports :class:`FieldRow`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.forms.model import (
    Field,
    FieldType,
)
from app.domain.forms.state import format_date_nl
from app.domain.forms.validation import ValidationMessage
from app.i18n.catalog import SELFFILL_STRINGS
from app.ui.form_texts import (
    FALLBACK_MARK,
    BilingualLabel,
    FormTexts,
    NoCopyFilter,
    Text,
    block_copy,
    plain_label,
)
from app.ui.pictograms import answer_icon_name, icon, icon_size
from app.ui.widgets.capped_text import CappedPlainTextEdit

RADIO_MAX_CHOICES = 5
LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"

_PLACEHOLDERS = {
    FieldType.DATE: "dd-mm-jjjj",
    FieldType.PARTIAL_DATE: "jjjj / mm-jjjj / dd-mm-jjjj",
    FieldType.POSTCODE: "1234 AB",
    FieldType.PHONE: "06 12345678",
}


class FieldRow(QWidget):
    """Label block, editor, hint and inline messages for one field path."""

    answered = Signal(str, object, bool)  # path, raw value, final (focus left / choice made)

    def __init__(
        self,
        parent: QWidget,
        f: Field,
        path: str,
        texts: FormTexts,
        *,
        readonly: bool,
        copy_filter: NoCopyFilter | None,
    ) -> None:
        super().__init__(parent)
        self.field = f
        self.path = path
        self._texts = texts
        self._setting = False
        self._set: Callable[[Any], None] = lambda v: None
        self.focus_target: QWidget | None = None
        self.inputs: list[QWidget] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 4)
        lay.setSpacing(2)
        self.error = plain_label(self, "")
        self.error.setProperty("role", "error")
        pal = self.error.palette()
        pal.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.darkRed)
        self.error.setPalette(pal)
        self.error.hide()
        self.review_mark = plain_label(self, "")
        self.review_mark.setProperty("role", "to-review")
        self.review_mark.hide()
        label = texts.field(f) if f.label else Text("")
        self.label = BilingualLabel(
            self, label, f.label, dual=texts.dual, required=f.required, bold=True
        )
        lay.addWidget(self.label)
        if f.type is FieldType.INFO:
            info = texts.field(f, "info") if f.info else label
            self.label.hide()
            lay.addWidget(BilingualLabel(self, info, f.info or f.label, dual=texts.dual))
            return
        if f.hint:
            lay.addWidget(BilingualLabel(self, texts.field(f, "hint"), f.hint, dual=texts.dual))
        if readonly or f.is_readonly:
            self.display = plain_label(self, "")
            self.display.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
            self.display.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.display.setAccessibleName(label.text)
            lay.addWidget(self.display)
            self.focus_target = self.display
            self._set = lambda v: self.display.setText(self._show(v) or "—")
        else:
            self._build_editor(lay, label.text)
        lay.addWidget(self.review_mark)
        lay.addWidget(self.error)
        if copy_filter is not None:
            # SECURITY §6: ``noCopy`` tells the app-wide guard (app/ui/clipboard.py) to block
            # copy/cut/drag here; it covers the read-only display as well as the editors
            display = getattr(self, "display", None)
            for w in [*self.inputs, *([display] if display is not None else [])]:
                block_copy(w, copy_filter)

    # ------------------------------------------------------------------ editors
    def _build_editor(self, lay: QVBoxLayout, name: str) -> None:
        f = self.field
        t = f.type
        if t is FieldType.LONGTEXT:
            ed = CappedPlainTextEdit(f.effective_max_length, self)
            ed.capped.connect(self._show_capped)
            ed.setTabChangesFocus(True)
            ed.setMaximumHeight(ed.fontMetrics().height() * 6)
            ed.textChanged.connect(lambda: self._emit(ed.toPlainText(), False))
            ed.installEventFilter(self)
            self._set = lambda v: ed.setPlainText("" if v is None else str(v))
            self._add(lay, ed, name)
        elif t in (FieldType.CHOICE, FieldType.SCALE, FieldType.YESNO):
            options = self._options()
            if t is FieldType.CHOICE and len(options) > RADIO_MAX_CHOICES:
                self._combo(lay, options, name)
            else:
                self._radios(lay, options, name)
        elif t is FieldType.MULTICHOICE:
            self._checks(lay, self._options(), name)
        else:
            ed = QLineEdit(self)
            ed.setMaxLength(max(f.effective_max_length, 12))
            if t in _PLACEHOLDERS:
                ed.setPlaceholderText(_PLACEHOLDERS[t])
            if t in (
                FieldType.DATE,
                FieldType.PARTIAL_DATE,
                FieldType.INTEGER,
                FieldType.DECIMAL,
                FieldType.BSN,
                FieldType.VNUMMER,
                FieldType.PHONE,
                FieldType.POSTCODE,
                FieldType.EMAIL,
            ):
                # identifiers, numbers and dates read left to right in every language
                ed.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
                ed.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
            ed.textEdited.connect(lambda s: self._emit(s, False))
            ed.editingFinished.connect(lambda: self._emit(ed.text(), True))
            self._set = lambda v: ed.setText(self._show(v))
            self._add(lay, ed, name)

    def _add(self, lay: QVBoxLayout, w: QWidget, name: str) -> None:
        w.setAccessibleName(name)
        lay.addWidget(w)
        self.inputs.append(w)
        if self.focus_target is None:
            self.focus_target = w

    def _options(self) -> list[tuple[Any, str]]:
        f = self.field
        tx = self._texts
        if f.type is FieldType.YESNO:
            out_yn: list[tuple[Any, str]] = []
            for value, key, nl in ((True, "selffill.yes", "Ja"), (False, "selffill.no", "Nee")):
                t = tx.ui(key, nl)
                shown = (
                    f"{FSI}{t.text}{PDI} — {LRI}{nl}{PDI}" if tx.dual and not t.fallback else t.text
                )
                out_yn.append((value, shown))
            return out_yn
        if f.type is FieldType.SCALE and not f.choices:
            lo, hi = int(f.min or 1), int(f.max or 5)
            return [(i, str(i)) for i in range(lo, hi + 1)]
        assert f.choices is not None
        cl = self._texts.definition.choice_list(f.choices)
        out: list[tuple[Any, str]] = []
        for c in cl.choices:
            text = tx.choice(cl.id, c.code)
            shown = text.text + (FALLBACK_MARK if text.fallback else "")
            if tx.dual and not text.fallback:
                # isolates: each part keeps its own direction, so a Dutch "(participatie)"
                # does not run into the client's text in a right-to-left option
                shown = f"{FSI}{text.text}{PDI} — {LRI}{c.label}{PDI}"
            elif tx.dual:
                shown = f"{LRI}{shown}{PDI}"  # Dutch fallback: left-to-right paragraph
            value: Any = int(c.code) if f.type is FieldType.SCALE and c.code.isdigit() else c.code
            out.append((value, shown))
        return out

    def _pictograms(self) -> bool:
        """Pictograms on the client's questions (not on the klantmanager's own scales)."""
        f = self.field
        try:
            section = self._texts.definition.section(f.section_id)
        except KeyError:
            return False
        return f.self_fill and section.self_fill

    def _combo(self, lay: QVBoxLayout, options: list[tuple[Any, str]], name: str) -> None:
        cb = QComboBox(self)
        cb.addItem("—", None)
        for value, text in options:
            cb.addItem(text, value)
        cb.activated.connect(lambda i: self._emit(cb.itemData(i), True))

        def set_value(v: Any) -> None:
            cb.setCurrentIndex(max(0, cb.findData(v)) if v is not None else 0)

        self._set = set_value
        self._add(lay, cb, name)

    def _radios(self, lay: QVBoxLayout, options: list[tuple[Any, str]], name: str) -> None:
        box = QWidget(self)
        ftype = self.field.type
        horizontal = ftype in (FieldType.YESNO, FieldType.SCALE) and not self.field.choices
        bl: QHBoxLayout | QVBoxLayout = QHBoxLayout(box) if horizontal else QVBoxLayout(box)
        bl.setContentsMargins(0, 0, 0, 0)
        group = QButtonGroup(box)
        buttons: list[tuple[Any, QRadioButton]] = []
        pictos = self._pictograms()
        size = icon_size(self.fontMetrics().height())
        for i, (value, text) in enumerate(options):
            rb = QRadioButton(text, box)
            rb.setAccessibleName(name + ": " + text)
            picto = answer_icon_name(self.field, value, i, len(options)) if pictos else None
            if picto is not None:
                rb.setIcon(icon(picto))
                rb.setIconSize(size)
                rb.setProperty("pictogram", picto)
            group.addButton(rb)
            bl.addWidget(rb)
            buttons.append((value, rb))
            self.inputs.append(rb)
            rb.clicked.connect(lambda _c=False, v=value: self._emit(v, True))
        if horizontal:
            bl.addStretch(1)  # type: ignore[union-attr]
        lay.addWidget(box)
        self.focus_target = buttons[0][1] if buttons else None

        def set_value(v: Any) -> None:
            group.setExclusive(False)
            for value, rb in buttons:
                rb.setChecked(v is not None and value == v)
            group.setExclusive(True)

        self._set = set_value

    def _checks(self, lay: QVBoxLayout, options: list[tuple[Any, str]], name: str) -> None:
        box = QWidget(self)
        bl = QVBoxLayout(box)
        bl.setContentsMargins(0, 0, 0, 0)
        checks: list[tuple[Any, QCheckBox]] = []
        for value, text in options:
            cb = QCheckBox(text, box)
            cb.setAccessibleName(name + ": " + text)
            bl.addWidget(cb)
            checks.append((value, cb))
            self.inputs.append(cb)
            cb.clicked.connect(
                lambda _c=False: self._emit([v for v, c in checks if c.isChecked()] or None, True)
            )
        lay.addWidget(box)
        self.focus_target = checks[0][1] if checks else None

        def set_value(v: Any) -> None:
            chosen = set(v) if isinstance(v, list) else set()
            for value, cb in checks:
                cb.setChecked(value in chosen)

        self._set = set_value

    # ------------------------------------------------------------------ behaviour
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FocusOut and isinstance(obj, QPlainTextEdit):
            self._emit(obj.toPlainText(), True)
        return False

    def _emit(self, raw: Any, final: bool) -> None:
        if not self._setting:
            self.answered.emit(self.path, raw, final)

    def _show(self, v: Any) -> str:
        if v is None:
            return ""
        if self.field.type in (FieldType.DATE, FieldType.PARTIAL_DATE):
            return format_date_nl(v)
        if isinstance(v, float) and v.is_integer():
            return str(int(v))
        return str(v)

    def set_value(self, value: Any, shown_text: str | None = None) -> None:
        self._setting = True
        try:
            self._set(shown_text if shown_text is not None and value is None else value)
        finally:
            self._setting = False

    def show_messages(self, messages: list[ValidationMessage]) -> None:
        texts = [self._texts.message(m) for m in messages]
        if not texts:
            self.error.clear()
            self.error.hide()
            return
        self.error.setText("\n".join(t.text + (FALLBACK_MARK if t.fallback else "") for t in texts))
        self.error.show()

    def _show_capped(self, n: int) -> None:
        """Typing or a paste went past the field's maximum: say so (the rest was dropped)."""
        tx = self._texts
        if tx.dual:
            t = tx.ui("selffill.text_capped", SELFFILL_STRINGS["selffill.text_capped"])
            msg = t.text.replace("{n}", str(n)) + (FALLBACK_MARK if t.fallback else "")
        else:
            msg = QApplication.translate(
                "FormView", "This answer can be at most {n} characters long; the rest was left out."
            ).format(n=n)
        self.error.setText(msg)
        self.error.show()

    def set_to_review(self, on: bool) -> None:
        """Mark an answer the client gave in self-fill that the klantmanager has not yet
        accepted or corrected (only on the klantmanager's own form)."""
        if on and not self.review_mark.text():
            self.review_mark.setText(
                "⚑ "
                + QApplication.translate(
                    "FormView", "Answer from the client: still to review (accept or correct)"
                )
            )
            self.review_mark.setAccessibleName(self.review_mark.text())
        if self.review_mark.isHidden() == on:
            self.review_mark.setVisible(on)

    @property
    def to_review(self) -> bool:
        return not self.review_mark.isHidden()

    def has_messages(self) -> bool:
        return not self.error.isHidden()
