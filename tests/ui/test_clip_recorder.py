# ruff: noqa: F811  (fixtures imported from conftest_forms)
"""``python -m app.i18n record --lang ti``: walk the texts, record a take into memory, play it
back, save it as a clip, mark it done; a refused microphone gives a message."""

from __future__ import annotations

import wave

from app.i18n.audio import ClipLibrary
from app.ui.clip_recorder import ClipRecorderWindow, clip_texts
from app.ui.spoken import PcmFormat, RecorderError
from tests.ui.conftest_forms import fapp, save_shot  # noqa: F401
from tests.ui.test_spoken_answers import FakePlayer, FakeRecorder


def test_record_save_mark_done_and_walk(qtbot, fapp, tmp_path):
    texts = clip_texts("ti")
    assert len(texts) > 200 and all(t.context != "validation" for t in texts)
    take = bytes(range(256)) * 40
    rec = FakeRecorder(take, PcmFormat(16_000, 1, 2))
    player = FakePlayer()
    lib = ClipLibrary(tmp_path / "audio")
    win = ClipRecorderWindow("ti", texts, lib, recorder=rec, player=player)
    qtbot.addWidget(win)
    win.resize(900, 520)
    win.show()
    first = win.current
    assert win.translation.text() == first.translation and win.source.text() == first.source_nl
    assert not win.play_clip.isEnabled() and not win.save.isEnabled()
    win.toggle_record()
    assert rec.recording and "top" in win.record.text().replace("&", "")
    win.toggle_record()
    assert win.take == take and win.save.isEnabled()
    win.play_new_take()
    assert player.played[-1][0] == take
    assert win.save_take()
    path = lib.find("ti", first.context, first.key, first.source_nl)
    assert path is not None
    with wave.open(str(path)) as w:
        assert w.getframerate() == 16_000 and w.readframes(w.getnframes()) == take
    win.play_current()
    assert player.played[-1][0] == take
    assert win.done.isEnabled()
    win.mark_done()
    assert lib.index("ti").is_done(first.context, first.key, first.source_nl)
    assert win.progress.value() == 1
    save_shot(win, "selffill", "clip-recorder-ti")
    # "only texts without a clip" skips the recorded one
    win.only_missing.setChecked(True)
    assert win.current != first
    # a reopened library (another run of the tool) sees the done mark
    assert (
        ClipLibrary(tmp_path / "audio")
        .index("ti")
        .is_done(first.context, first.key, first.source_nl)
    )


def test_refused_microphone_says_so(qtbot, fapp, tmp_path):
    rec = FakeRecorder(b"", PcmFormat(), refuse="refused")
    win = ClipRecorderWindow(
        "am", clip_texts("am")[:5], ClipLibrary(tmp_path), recorder=rec, player=FakePlayer()
    )
    qtbot.addWidget(win)
    win.show()
    win.toggle_record()
    assert "refused" in win.message.text() and win.message.isVisible()
    assert not rec.recording
    assert isinstance(RecorderError("x"), RuntimeError)


def test_recorder_right_to_left_for_arabic(qtbot, fapp, tmp_path):
    from PySide6.QtCore import Qt

    fapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    win = ClipRecorderWindow(
        "ar",
        clip_texts("ar")[:20],
        ClipLibrary(tmp_path),
        recorder=FakeRecorder(b"", PcmFormat()),
        player=FakePlayer(),
    )
    qtbot.addWidget(win)
    win.resize(900, 520)
    win.show()
    assert win.isRightToLeft()
    assert win.translation.text() and win.translation.isVisible()
    save_shot(win, "selffill", "clip-recorder-ar-rtl")
