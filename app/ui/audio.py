"""Listen (issue 12): play a text in the client's language with one tap or key.

A recorded clip (``app.i18n.audio.ClipLibrary``) is played through a :class:`ClipPlayer`
(Qt Multimedia in the app, a fake in tests); without a clip, the operating system's speech
voice for that language (:class:`SpeechVoice`, QtTextToSpeech), marked "computer voice";
otherwise there is no play button. A missing or corrupt file or no sound device gives a clear
message through ``problem`` and the form keeps working.
"""

from __future__ import annotations

import logging
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtWidgets import QToolButton, QWidget

from app.i18n.audio import ClipLibrary, looks_playable
from app.ui.pictograms import icon

log = logging.getLogger(__name__)


class Source(StrEnum):
    CLIP = "clip"  # recorded by an interpreter
    VOICE = "voice"  # the computer's speech voice


class Problem(StrEnum):
    NO_DEVICE = "no_device"
    BAD_FILE = "bad_file"
    NO_VOICE = "no_voice"


class ClipPlayer(Protocol):
    """Plays one audio file; reports a failure through ``on_problem``."""

    def available(self) -> bool: ...

    def play(self, path: Path) -> None: ...

    def stop(self) -> None: ...


class SpeechVoice(Protocol):
    def has_voice(self, lang: str) -> bool: ...

    def say(self, text: str, lang: str) -> None: ...

    def stop(self) -> None: ...


class QtClipPlayer(QObject):
    """QMediaPlayer + QAudioOutput, created on first use (Qt Multimedia loads lazily)."""

    problem = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._player: object | None = None

    def available(self) -> bool:
        from PySide6.QtMultimedia import QMediaDevices

        return bool(QMediaDevices.audioOutputs())

    def play(self, path: Path) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

        if not self.available():
            self.problem.emit(Problem.NO_DEVICE.value)
            return
        if self._player is None:
            player = QMediaPlayer(self)
            out = QAudioOutput(player)
            player.setAudioOutput(out)
            player.errorOccurred.connect(lambda *_a: self.problem.emit(Problem.BAD_FILE.value))
            self._player = player
        player = self._player
        assert isinstance(player, QMediaPlayer)
        player.stop()
        player.setSource(QUrl.fromLocalFile(str(path)))
        player.play()

    def stop(self) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if isinstance(self._player, QMediaPlayer):
            self._player.stop()


class QtSpeechVoice(QObject):
    """QtTextToSpeech; a language counts only when the engine has a voice for it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tts: object | None = None
        self._failed = False

    def _engine(self) -> object | None:
        if self._tts is None and not self._failed:
            try:
                from PySide6.QtTextToSpeech import QTextToSpeech

                tts = QTextToSpeech(self)
                if tts.state() == QTextToSpeech.State.Error:
                    self._failed = True
                    return None
                self._tts = tts
            except (ImportError, RuntimeError):
                self._failed = True
        return self._tts

    def _voice_for(self, lang: str) -> object | None:
        tts = self._engine()
        if tts is None:
            return None
        base = lang.split("-", maxsplit=1)[0].split("_", maxsplit=1)[0]
        for locale in tts.availableLocales():  # type: ignore[attr-defined]
            if locale.name().split("_", maxsplit=1)[0] == base:
                return locale
        return None

    def has_voice(self, lang: str) -> bool:
        return self._voice_for(lang) is not None

    def say(self, text: str, lang: str) -> None:
        locale = self._voice_for(lang)
        if locale is None or self._tts is None:
            return
        self._tts.setLocale(locale)  # type: ignore[attr-defined]
        self._tts.say(text)  # type: ignore[attr-defined]

    def stop(self) -> None:
        if self._tts is not None:
            self._tts.stop()  # type: ignore[attr-defined]


class Listen(QObject):
    """What can be played for a text in one language, and playing it."""

    problem = Signal(str)  # a Problem value: the screen shows a translated message
    played = Signal(str, str)  # source ("clip"/"voice"), key

    def __init__(
        self,
        lang: str,
        *,
        library: ClipLibrary | None = None,
        player: ClipPlayer | None = None,
        voice: SpeechVoice | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        self.library = library if library is not None else ClipLibrary()
        if player is None:
            qp = QtClipPlayer(self)
            qp.problem.connect(self.problem)
            player = qp
        self.player: ClipPlayer = player
        self.voice: SpeechVoice = voice if voice is not None else QtSpeechVoice(self)
        self._has_voice: bool | None = None

    def source(self, context: str, key: str, source_nl: str, text: str) -> Source | None:
        """A clip when one was recorded for this text; else the computer voice when the
        system has one for the language and there is a translation to speak; else None."""
        if self.library.find(self.lang, context, key, source_nl) is not None:
            return Source.CLIP
        if not text:
            return None
        return Source.VOICE if self._voice_available() else None

    def _voice_available(self) -> bool:
        if self._has_voice is None:
            try:
                self._has_voice = bool(self.voice.has_voice(self.lang))
            except Exception:  # noqa: BLE001 - a broken speech engine means no voice
                self._has_voice = False
        return self._has_voice

    def play(self, context: str, key: str, source_nl: str, text: str) -> Source | None:
        """Play the clip for (context, key) or speak ``text``; None when nothing played."""
        clip = self.library.find(self.lang, context, key, source_nl)
        self.stop()
        if clip is not None:
            if looks_playable(clip):
                try:
                    self.player.play(clip)
                except OSError:
                    self.problem.emit(Problem.BAD_FILE.value)
                    return None
                self.played.emit(Source.CLIP.value, key)
                return Source.CLIP
            # a broken clip: say so, and use the computer voice when there is one
            log.warning("listen_clip_unplayable")
            self.problem.emit(Problem.BAD_FILE.value)
            if self._voice_available() and text:
                self.voice.say(text, self.lang)
                self.played.emit(Source.VOICE.value, key)
                return Source.VOICE
            return None
        if self.source(context, key, source_nl, text) is Source.VOICE:
            self.voice.say(text, self.lang)
            self.played.emit(Source.VOICE.value, key)
            return Source.VOICE
        self.problem.emit(Problem.NO_VOICE.value)
        return None

    def stop(self) -> None:
        for part in (self.player, self.voice):
            try:
                part.stop()
            except Exception:  # noqa: BLE001 - stopping never breaks the form
                log.debug("listen_stop_failed")


def make_listen_button(
    listen: Listen | None,
    parent: QWidget,
    context: str,
    key: str,
    source_nl: str,
    text: str,
    *,
    name: str,
    computer_voice: str,
    compact: bool = False,
) -> ListenButton | None:
    """A play button, or None when nothing can be played for this text."""
    if listen is None or listen.source(context, key, source_nl, text) is None:
        return None
    return ListenButton(
        listen,
        context,
        key,
        source_nl,
        text,
        name=name,
        computer_voice=computer_voice,
        compact=compact,
        parent=parent,
    )


class ListenButton(QToolButton):
    """The loudspeaker next to a text. Tap (or Space/Enter when focused) plays it."""

    def __init__(
        self,
        listen: Listen,
        context: str,
        key: str,
        source_nl: str,
        text: str,
        *,
        name: str,
        computer_voice: str,
        compact: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.listen = listen
        self.context, self.key, self.source_nl, self.text_ = context, key, source_nl, text
        self.kind = listen.source(context, key, source_nl, text)
        self.setIcon(icon("play"))
        side = max(24, int(self.fontMetrics().height() * 1.6))
        self.setIconSize(QSize(side, side))
        self.setAutoRaise(True)
        label = name if self.kind is not Source.VOICE else f"{name} ({computer_voice})"
        self.setAccessibleName(label)
        self.setToolTip(label)
        if self.kind is Source.VOICE and not compact:  # options: the mark is in the tooltip
            self.setText(computer_voice)
            self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.clicked.connect(self.play)

    def play(self) -> None:
        self.listen.play(self.context, self.key, self.source_nl, self.text_)
