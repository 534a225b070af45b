"""Spoken answers in self-fill (issue 12): record instead of typing, into memory only.

:class:`PcmRecorder` captures raw PCM through ``QAudioSource`` into a ``QBuffer`` (memory;
never a file); :class:`PcmPlayer` plays PCM from memory through ``QAudioSink``. Both sit
behind small protocols so tests inject fakes. A refused microphone or no input device gives a
clear message and the client can type instead; a lock stops the recording and stores what
was said (encrypted) so nothing recorded is lost or left in plaintext.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from app.i18n.catalog import SELFFILL_STRINGS
from app.services.spoken import SpokenAnswers
from app.ui.form_texts import FormTexts, plain_label
from app.ui.pictograms import icon

log = logging.getLogger(__name__)


class RecorderError(RuntimeError):
    """``str(exc)`` is ``no_device`` or ``refused``."""


@dataclass(frozen=True)
class PcmFormat:
    sample_rate: int = 16_000
    channels: int = 1
    sample_bytes: int = 2


class Recorder(Protocol):
    fmt: PcmFormat

    def start(self) -> None: ...

    def stop(self) -> bytes: ...

    @property
    def recording(self) -> bool: ...


class Player(Protocol):
    def play(self, pcm: bytes, fmt: PcmFormat) -> None: ...

    def stop(self) -> None: ...


def _audio_format(fmt: PcmFormat) -> Any:
    from PySide6.QtMultimedia import QAudioFormat

    f = QAudioFormat()
    f.setSampleRate(fmt.sample_rate)
    f.setChannelCount(fmt.channels)
    f.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    return f


class PcmRecorder(QObject):
    """QAudioSource → QBuffer in memory."""

    def __init__(self, fmt: PcmFormat | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fmt = fmt or PcmFormat()
        self._source: Any = None
        self._buffer: Any = None

    @property
    def recording(self) -> bool:
        return self._source is not None

    def start(self) -> None:
        from PySide6.QtCore import QBuffer, QIODevice
        from PySide6.QtMultimedia import QAudioSource, QMediaDevices

        self._check_permission()
        device = QMediaDevices.defaultAudioInput()
        if device.isNull() or not QMediaDevices.audioInputs():
            raise RecorderError("no_device")
        self._buffer = QBuffer(self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadWrite)
        self._source = QAudioSource(device, _audio_format(self.fmt), self)
        self._source.start(self._buffer)

    @staticmethod
    def _check_permission() -> None:
        try:
            from PySide6.QtCore import QMicrophonePermission
            from PySide6.QtWidgets import QApplication
        except ImportError:  # pragma: no cover - older Qt: no permission API
            return
        app = QApplication.instance()
        if app is None:
            return
        status = app.checkPermission(QMicrophonePermission())
        if status == Qt.PermissionStatus.Denied:
            raise RecorderError("refused")

    def stop(self) -> bytes:
        if self._source is None:
            return b""
        self._source.stop()
        data = bytes(self._buffer.data().data())
        # wipe the in-memory buffer before letting it go
        self._buffer.buffer().fill(b"\0")
        self._buffer.close()
        self._source.deleteLater()
        self._buffer.deleteLater()
        self._source = self._buffer = None
        return data


class PcmPlayer(QObject):
    """QAudioSink ← QBuffer over the PCM in memory."""

    problem = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sink: Any = None
        self._buffer: Any = None

    def available(self) -> bool:
        from PySide6.QtMultimedia import QMediaDevices

        return bool(QMediaDevices.audioOutputs())

    def play(self, pcm: bytes, fmt: PcmFormat) -> None:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice
        from PySide6.QtMultimedia import QAudioSink, QMediaDevices

        self.stop()
        if not self.available():
            self.problem.emit("no_device")
            return
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pcm))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._sink = QAudioSink(QMediaDevices.defaultAudioOutput(), _audio_format(fmt), self)
        self._sink.start(self._buffer)

    def stop(self) -> None:
        if self._sink is not None:
            self._sink.stop()
            self._sink.deleteLater()
            self._sink = None
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None


class SpokenHook(QObject):
    """Everything a free-text row in self-fill needs to offer a spoken answer."""

    saved = Signal(str)  # field path

    def __init__(
        self,
        service: SpokenAnswers,
        client_uuid: str,
        draft_uuid: str,
        lang: str,
        *,
        recorder: Recorder | None = None,
        player: Player | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.client_uuid = client_uuid
        self.draft_uuid = draft_uuid
        self.lang = lang
        self.recorder: Recorder = recorder if recorder is not None else PcmRecorder(parent=self)
        self.player: Player = player if player is not None else PcmPlayer(self)
        self.boxes: list[SpokenAnswerBox] = []
        self.active: SpokenAnswerBox | None = None
        self.playing: SpokenAnswerBox | None = None
        problem = getattr(self.player, "problem", None)
        if problem is not None:  # no sound device: say so under the question
            problem.connect(self._play_problem)

    def _play_problem(self, _reason: str) -> None:
        box = self.playing
        if box is not None and box in self.boxes:
            box.status.setText(box._ui("selffill.audio_problem"))

    def make_box(self, parent: QWidget, path: str, texts: FormTexts) -> SpokenAnswerBox:
        box = SpokenAnswerBox(self, path, texts, parent)
        self.boxes.append(box)
        box.destroyed.connect(lambda *_a, b=box: self._forget(b))
        return box

    def _forget(self, box: SpokenAnswerBox) -> None:
        if box in self.boxes:
            self.boxes.remove(box)
        if self.active is box:
            self.active = None

    def stop_all(self, *, cut_off: bool) -> None:
        """A lock, a hand-back or leaving the section: what was said so far is stored."""
        if self.active is not None:
            self.active.stop(cut_off=cut_off)
        try:
            self.player.stop()
        except Exception:  # noqa: BLE001 - stopping never breaks the form
            log.debug("spoken_player_stop_failed")


class SpokenAnswerBox(QWidget):
    """Record / stop, listen back, delete — under a free-text question in self-fill."""

    def __init__(
        self, hook: SpokenHook, path: str, texts: FormTexts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.hook = hook
        self.path = path
        self.texts = texts
        self.answer_uuid: str | None = None
        self._pcm: bytes = b""  # the last saved recording, for listening back (memory only)
        self.record_button = QPushButton(self)
        self.record_button.setIcon(icon("record"))
        self.play_button = QPushButton(self)
        self.play_button.setIcon(icon("play"))
        self.delete_button = QPushButton(self)
        self.status = plain_label(self, "")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for w in (self.record_button, self.play_button, self.delete_button):
            lay.addWidget(w)
        lay.addWidget(self.status, 1)
        self._texts_changed()
        self._update()
        self.record_button.clicked.connect(self.toggle)
        self.play_button.clicked.connect(self.play)
        self.delete_button.clicked.connect(self.delete)
        existing = [
            a for a in hook.service.for_draft(hook.client_uuid, hook.draft_uuid) if a.path == path
        ]
        if existing:
            self.answer_uuid = existing[-1].uuid
            self._pcm = existing[-1].pcm
            self.status.setText(self._ui("selffill.recorded"))
            self._update()

    def _ui(self, key: str) -> str:
        return self.texts.ui(key, SELFFILL_STRINGS[key]).text

    def _texts_changed(self) -> None:
        recording = self.hook.active is self
        self.record_button.setText(
            self._ui("selffill.stop_recording" if recording else "selffill.record")
        )
        self.play_button.setText(self._ui("selffill.play_recording"))
        self.delete_button.setText(self._ui("selffill.delete_recording"))
        for b in (self.record_button, self.play_button, self.delete_button):
            b.setAccessibleName(b.text())

    def _update(self) -> None:
        self._texts_changed()
        has = self.answer_uuid is not None
        self.play_button.setVisible(has)
        self.delete_button.setVisible(has)

    @property
    def recording(self) -> bool:
        return self.hook.active is self

    def toggle(self) -> None:
        if self.recording:
            self.stop(cut_off=False)
        else:
            self.start()

    def start(self) -> None:
        hook = self.hook
        if hook.active is not None:
            hook.active.stop(cut_off=False)
        try:
            hook.player.stop()
            hook.recorder.start()
        except RecorderError as exc:
            log.info("spoken_record_refused reason=%s", str(exc))
            self.status.setText(self._ui("selffill.mic_problem"))
            return
        hook.active = self
        self.status.setText("● …")
        self._update()

    def stop(self, *, cut_off: bool) -> None:
        hook = self.hook
        if hook.active is not self:
            return
        hook.active = None
        pcm = hook.recorder.stop()
        self._update()
        if not pcm:
            self.status.clear()
            return
        fmt = hook.recorder.fmt
        if self.answer_uuid is not None:  # a new recording replaces the old one
            self._delete_stored()
        saved = hook.service.save(
            hook.client_uuid,
            hook.draft_uuid,
            self.path,
            hook.lang,
            pcm,
            sample_rate=fmt.sample_rate,
            channels=fmt.channels,
            sample_bytes=fmt.sample_bytes,
            cut_off=cut_off,
        )
        if saved is not None:
            self.answer_uuid = saved.uuid
            self._pcm = saved.pcm
            self.status.setText(self._ui("selffill.recorded"))
            hook.saved.emit(self.path)
        self._update()

    def play(self) -> None:
        if self._pcm:
            self.hook.playing = self
            self.hook.player.play(self._pcm, self.hook.recorder.fmt)

    def _delete_stored(self) -> None:
        for a in self.hook.service.for_draft(self.hook.client_uuid, self.hook.draft_uuid):
            if a.uuid == self.answer_uuid:
                self.hook.service.delete(a)
        self.answer_uuid = None
        self._pcm = b""

    def delete(self) -> None:
        self.hook.player.stop()
        self._delete_stored()
        self.status.clear()
        self._update()


def is_free_text(field_type: Any) -> bool:
    from app.domain.forms.model import FieldType

    return field_type in (FieldType.TEXT, FieldType.LONGTEXT)


__all__ = [
    "PcmFormat",
    "PcmPlayer",
    "PcmRecorder",
    "Player",
    "Recorder",
    "RecorderError",
    "SpokenAnswerBox",
    "SpokenHook",
    "is_free_text",
]
