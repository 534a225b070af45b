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
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.forms.model import Field, FieldType, choice_key
from app.domain.forms.state import format_date_nl
from app.domain.forms.validation import ValidationMessage
from app.i18n.catalog import SELFFILL_STRINGS
from app.ui.audio import Listen, ListenButton, make_listen_button
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
from app.ui.spoken import SpokenAnswerBox, SpokenHook, is_free_text
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
        listen: Listen | None = None,
        spoken: SpokenHook | None = None,
    ) -> None:
        super().__init__(parent)
        self.field = f
        self.path = path
        self._texts = texts
        self._listen = listen
        self._spoken = spoken
        self.spoken_box: SpokenAnswerBox | None = None
        self.listen_buttons: list[ListenButton] = []
        self._listen_for: dict[QWidget, ListenButton] = {}
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
        self.review_mark: QLabel | None = None  # built when an answer is to review
        self._lay = lay
        label = texts.field(f) if f.label else Text("")
        self.label = BilingualLabel(
            self, label, f.label, dual=texts.dual, required=f.required, bold=True
        )
        if f.type is FieldType.INFO:
            self._build_info(lay, label)
            return
        self._build_label_block(lay, label)
        if readonly or f.is_readonly:
            self._build_display(lay, label)
        else:
            self._build_editor(lay, label.text)
            if spoken is not None and is_free_text(f.type):
                # self-fill: the client may record a spoken answer instead of typing
                self.spoken_box = spoken.make_box(self, path, texts)
                lay.addWidget(self.spoken_box)
        lay.addWidget(self.error)
        if copy_filter is not None:
            self._block_copy(copy_filter)

    def _build_info(self, lay: QVBoxLayout, label: Text) -> None:
        """An info field: only its text (the info, else the label), with a listen button."""
        f, texts = self.field, self._texts
        info = texts.field(f, "info") if f.info else label
        self.label.hide()
        lay.addWidget(self.label)
        self._with_listen(
            lay,
            BilingualLabel(self, info, f.info or f.label, dual=texts.dual),
            f"field.{f.id}.info" if f.info else f"field.{f.id}.label",
            f.info or f.label,
            info,
        )

    def _build_label_block(self, lay: QVBoxLayout, label: Text) -> None:
        """The label and the hint, each with its listen button."""
        f, texts = self.field, self._texts
        self._with_listen(lay, self.label, f"field.{f.id}.label", f.label, label)
        if f.hint:
            self._with_listen(
                lay,
                BilingualLabel(self, texts.field(f, "hint"), f.hint, dual=texts.dual),
                f"field.{f.id}.hint",
                f.hint,
                texts.field(f, "hint"),
            )

    def _build_display(self, lay: QVBoxLayout, label: Text) -> None:
        """Read-only: the value as selectable text instead of an editor."""
        self.display = plain_label(self, "")
        self.display.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.display.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.display.setAccessibleName(label.text)
        lay.addWidget(self.display)
        self.focus_target = self.display
        self._set = lambda v: self.display.setText(self._show(v) or "—")

    def _block_copy(self, copy_filter: NoCopyFilter) -> None:
        # SECURITY §6: ``noCopy`` tells the app-wide guard (app/ui/clipboard.py) to block
        # copy/cut/drag here; it covers the read-only display as well as the editors
        display = getattr(self, "display", None)
        for w in [*self.inputs, *([display] if display is not None else [])]:
            block_copy(w, copy_filter)

    # ------------------------------------------------------------------ listen
    def listen_button(
        self,
        context: str,
        key: str,
        source_nl: str,
        text: Text,
        parent: QWidget | None = None,
        *,
        compact: bool = False,
    ) -> ListenButton | None:
        """A play button for one text (None without a clip or a computer voice for it)."""
        if self._listen is None or not source_nl:
            return None
        tx = self._texts
        name = tx.ui("selffill.listen", SELFFILL_STRINGS["selffill.listen"]).text
        voice = tx.ui("selffill.computer_voice", SELFFILL_STRINGS["selffill.computer_voice"])
        spoken = source_nl if not tx.dual else ("" if text.fallback else text.text)
        b = make_listen_button(
            self._listen,
            parent or self,
            context,
            key,
            source_nl,
            spoken,
            name=f"{name}: {_short(text.text)}",
            computer_voice=voice.text,
            compact=compact,
        )
        if b is not None:
            self.listen_buttons.append(b)
        return b

    def _with_listen(
        self, lay: QVBoxLayout, w: QWidget, key: str, source_nl: str, text: Text
    ) -> None:
        b = self.listen_button(self._texts.context, key, source_nl, text)
        if b is None:
            lay.addWidget(w)
            return
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(w, 1)
        row.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(row)

    def listen_target(self, widget: QWidget | None) -> ListenButton | None:
        """The play button for a focused editor or option (else the question's own)."""
        if widget is not None and widget in self._listen_for:
            return self._listen_for[widget]
        return self.listen_buttons[0] if self.listen_buttons else None

    def _option_texts(self) -> list[tuple[str, str, str, Text] | None]:
        """(context, key, Dutch, client text) per option, aligned with ``_options()``."""
        f = self.field
        tx = self._texts
        if f.type is FieldType.YESNO:
            return [
                ("selffill", k, nl, tx.ui(k, nl))
                for k, nl in (("selffill.yes", "Ja"), ("selffill.no", "Nee"))
            ]
        if not f.choices:
            return []
        cl = tx.definition.choice_list(f.choices)
        return [
            (tx.context, choice_key(cl.id, c.code), c.label, tx.choice(cl.id, c.code))
            for c in cl.choices
        ]

    def _add_option_listen(self, box_layout: Any, i: int, option: QWidget) -> None:
        """Put a play button right after an option (radio or check box)."""
        if self._listen is None:
            box_layout.addWidget(option)
            return
        texts = self._option_texts()
        spec = texts[i] if i < len(texts) else None
        b = self.listen_button(*spec, parent=option.parentWidget(), compact=True) if spec else None
        if b is None:
            box_layout.addWidget(option)
            return
        self._listen_for[option] = b
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(option)
        row.addWidget(b)
        row.addStretch(1)
        box_layout.addLayout(row)

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
            # self-fill with listen: every option visible with its own play button
            many = len(options) > RADIO_MAX_CHOICES and self._listen is None
            if t is FieldType.CHOICE and many:
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
        """Pictograms on the client's questions (not on the klantmanager's own scales), in
        self-fill and when the form is shown in the client's language (with an interpreter)."""
        f = self.field
        if not (self._texts.dual or self._listen is not None):
            return False
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
            self._add_option_listen(bl, i, rb)
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
        for i, (value, text) in enumerate(options):
            cb = QCheckBox(text, box)
            cb.setAccessibleName(name + ": " + text)
            self._add_option_listen(bl, i, cb)
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
        if self.review_mark is None:
            if not on:
                return
            self.review_mark = plain_label(self, "")
            self.review_mark.setProperty("role", "to-review")
            self.review_mark.setText(
                "⚑ "
                + QApplication.translate(
                    "FormView", "Answer from the client: still to review (accept or correct)"
                )
            )
            self.review_mark.setAccessibleName(self.review_mark.text())
            self._lay.insertWidget(self._lay.indexOf(self.error), self.review_mark)
            self.review_mark.setVisible(True)  # a child added to a shown row needs show()
            return
        if self.review_mark.isHidden() == on:
            self.review_mark.setVisible(on)

    @property
    def to_review(self) -> bool:
        return self.review_mark is not None and not self.review_mark.isHidden()

    def has_messages(self) -> bool:
        return not self.error.isHidden()


def _short(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
