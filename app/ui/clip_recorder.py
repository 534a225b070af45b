"""``python -m app.i18n record --lang ti``: a small window for interpreters who record the
audio clips of self-fill (issue 12). It walks through every text (forms, cards, self-fill),
shows the Dutch source and the translation, plays the current clip, records a new take into
memory, plays the take back, saves it as ``resources/audio/<lang>/<clip id>.wav`` and marks
it done. Bundled data only: no client data is ever recorded here.
"""

from __future__ import annotations

import io
import logging
import wave
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n.audio import ClipLibrary
from app.ui.form_texts import plain_label
from app.ui.spoken import PcmFormat, PcmPlayer, PcmRecorder, Player, Recorder, RecorderError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ClipText:
    context: str
    key: str
    source_nl: str
    translation: str


def wav_bytes(pcm: bytes, fmt: PcmFormat) -> bytes:
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(fmt.channels)
        w.setsampwidth(fmt.sample_bytes)
        w.setframerate(fmt.sample_rate)
        w.writeframes(pcm)
    return buf.getvalue()


def read_wav(path: Path) -> tuple[bytes, PcmFormat]:
    with wave.open(str(path), "rb") as w:
        fmt = PcmFormat(w.getframerate(), w.getnchannels(), w.getsampwidth())
        return w.readframes(w.getnframes()), fmt


class ClipRecorderWindow(QWidget):
    def __init__(
        self,
        lang: str,
        texts: list[ClipText],
        library: ClipLibrary,
        *,
        recorder: Recorder | None = None,
        player: Player | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        self.all_texts = texts
        self.library = library
        self.recorder: Recorder = recorder if recorder is not None else PcmRecorder(parent=self)
        self.player: Player = player if player is not None else PcmPlayer(self)
        self.take: bytes = b""
        self.index = 0
        self.position = plain_label(self, "", wrap=False)
        self.progress = QProgressBar(self)
        self.progress.setFormat("%v / %m ✓")
        self.only_missing = QCheckBox(self)
        self.key_label = plain_label(self, "")
        self.source = plain_label(self, "")
        self.translation = plain_label(self, "")
        self.translation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        big = self.translation.font()
        big.setPointSizeF(big.pointSizeF() * 1.6)
        self.translation.setFont(big)
        self.state = plain_label(self, "")
        self.message = plain_label(self, "")
        self.message.setProperty("role", "error")
        self.prev_button = QPushButton(self)
        self.play_clip = QPushButton(self)
        self.record = QPushButton(self)
        self.play_take = QPushButton(self)
        self.save = QPushButton(self)
        self.done = QPushButton(self)
        self.next_button = QPushButton(self)
        top = QHBoxLayout()
        top.addWidget(self.position)
        top.addWidget(self.progress, 1)
        top.addWidget(self.only_missing)
        buttons = QHBoxLayout()
        for b in (
            self.prev_button,
            self.play_clip,
            self.record,
            self.play_take,
            self.save,
            self.done,
            self.next_button,
        ):
            buttons.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.key_label)
        lay.addWidget(QLabel(self))
        lay.addWidget(self.source)
        lay.addWidget(self.translation, 1)
        lay.addWidget(self.state)
        lay.addWidget(self.message)
        lay.addLayout(buttons)
        self.retranslate_ui()
        self._shortcuts = [
            (QShortcut(QKeySequence("Ctrl+R"), self), self.toggle_record),
            (QShortcut(QKeySequence("Ctrl+P"), self), self.play_current),
            (QShortcut(QKeySequence("Ctrl+Return"), self), self.save_and_next),
        ]
        for sc, fn in self._shortcuts:
            sc.activated.connect(fn)
        self.prev_button.clicked.connect(lambda: self.go(self.index - 1))
        self.next_button.clicked.connect(lambda: self.go(self.index + 1))
        self.play_clip.clicked.connect(self.play_current)
        self.record.clicked.connect(self.toggle_record)
        self.play_take.clicked.connect(self.play_new_take)
        self.save.clicked.connect(self.save_take)
        self.done.clicked.connect(self.mark_done)
        self.only_missing.toggled.connect(lambda _on: self.go(0))
        self.go(0)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Record audio clips — {lang}").format(lang=self.lang))
        self.only_missing.setText(self.tr("Only texts &without a clip"))
        self.prev_button.setText(self.tr("◀ &Previous"))
        self.play_clip.setText(self.tr("Play &clip"))
        self.play_take.setText(self.tr("Play &new take"))
        self.save.setText(self.tr("&Save take"))
        self.done.setText(self.tr("Mark &done"))
        self.next_button.setText(self.tr("&Next ▶"))
        for b in (
            self.prev_button,
            self.play_clip,
            self.play_take,
            self.save,
            self.done,
            self.next_button,
            self.only_missing,
        ):
            b.setAccessibleName(b.text().replace("&", ""))
        self._update_record_button()

    def _update_record_button(self) -> None:
        self.record.setText(
            self.tr("S&top recording") if self.recorder.recording else self.tr("&Record")
        )
        self.record.setAccessibleName(self.record.text().replace("&", ""))

    # ------------------------------------------------------------------ navigation
    @property
    def texts(self) -> list[ClipText]:
        if not self.only_missing.isChecked():
            return self.all_texts
        return [
            t
            for t in self.all_texts
            if self.library.find(self.lang, t.context, t.key, t.source_nl) is None
        ]

    @property
    def current(self) -> ClipText | None:
        texts = self.texts
        return texts[self.index] if 0 <= self.index < len(texts) else None

    def go(self, index: int) -> None:
        if self.recorder.recording:
            self.recorder.stop()
        texts = self.texts
        self.index = max(0, min(index, len(texts) - 1))
        self.take = b""
        self.message.clear()
        t = self.current
        self.position.setText(f"{self.index + 1} / {len(texts)}" if texts else "0 / 0")
        self.progress.setRange(0, max(1, len(self.all_texts)))
        self.progress.setValue(
            sum(
                1
                for x in self.all_texts
                if self.library.index(self.lang).is_done(x.context, x.key, x.source_nl)
            )
        )
        self.key_label.setText(f"{t.context} · {t.key}" if t else "")
        self.source.setText(t.source_nl if t else self.tr("Every text has a clip."))
        self.translation.setText(t.translation if t else "")
        self._update_state()

    def _update_state(self) -> None:
        t = self.current
        has = t is not None and self.library.find(self.lang, t.context, t.key, t.source_nl)
        done = t is not None and self.library.index(self.lang).is_done(
            t.context, t.key, t.source_nl
        )
        if t is None:
            text = ""
        elif done:
            text = self.tr("Clip recorded and marked done.")
        elif has:
            text = self.tr("Clip recorded, not yet marked done.")
        elif self.library.clip_path(self.lang, t.context, t.key) is not None:
            text = self.tr("The clip is for an older text: record it again.")
        else:
            text = self.tr("No clip yet.")
        self.state.setText(text)
        self.play_clip.setEnabled(bool(has))
        self.play_take.setEnabled(bool(self.take))
        self.save.setEnabled(bool(self.take))
        self.done.setEnabled(bool(has) and not done)
        self._update_record_button()

    # ------------------------------------------------------------------ actions
    def play_current(self) -> None:
        t = self.current
        if t is None:
            return
        path = self.library.find(self.lang, t.context, t.key, t.source_nl)
        if path is None:
            return
        try:
            pcm, fmt = read_wav(path)
        except (OSError, EOFError, wave.Error):
            self.message.setText(self.tr("This clip cannot be read: record it again."))
            return
        self.player.play(pcm, fmt)

    def toggle_record(self) -> None:
        if self.recorder.recording:
            self.take = self.recorder.stop()
            self._update_state()
            return
        self.player.stop()
        try:
            self.recorder.start()
        except RecorderError as exc:
            self.message.setText(
                self.tr("The microphone was refused. Allow it in the system settings.")
                if str(exc) == "refused"
                else self.tr("No microphone found.")
            )
            return
        self.message.clear()
        self._update_record_button()

    def play_new_take(self) -> None:
        if self.take:
            self.player.play(self.take, self.recorder.fmt)

    def save_take(self) -> bool:
        t = self.current
        if t is None or not self.take:
            return False
        path = self.library.target_path(self.lang, t.context, t.key, ".wav")
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob(path.stem + ".*"):
            if old.suffix in (".ogg", ".wav"):
                old.unlink()
        tmp = path.with_suffix(".wav.part")
        tmp.write_bytes(wav_bytes(self.take, self.recorder.fmt))
        tmp.replace(path)
        ix = self.library.index(self.lang)
        ix.mark(t.context, t.key, t.source_nl, done=False)
        ix.save()
        self.take = b""
        self._update_state()
        return True

    def mark_done(self) -> None:
        t = self.current
        if t is None or self.library.find(self.lang, t.context, t.key, t.source_nl) is None:
            return
        ix = self.library.index(self.lang)
        ix.mark(t.context, t.key, t.source_nl, done=True)
        ix.save()
        self.go(self.index)

    def save_and_next(self) -> None:
        if self.take:
            self.save_take()
        self.go(self.index + 1)


def clip_texts(lang: str, translations: Path | None = None) -> list[ClipText]:
    """Every text a client can hear in self-fill or on a card, with its translation."""
    from app.i18n import extract as ex
    from app.i18n.catalog import ContentCatalog

    catalog = ContentCatalog.load(translations) if translations else ContentCatalog.load()
    out = []
    for ctx, key, src, _ in ex.collect_sources().entries:
        if ctx == "validation":
            continue
        t = catalog.text(lang, ctx, key, src)
        out.append(ClipText(ctx, key, src, "" if t.fallback else str(t.text)))
    return out


def run(lang: str, translations: Path | None = None, audio_root: Path | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    win = ClipRecorderWindow(lang, clip_texts(lang, translations), ClipLibrary(audio_root))
    win.resize(900, 520)
    win.show()
    return int(app.exec())
