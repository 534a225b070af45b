# ruff: noqa: F811  (fixtures imported from conftest_forms)
"""Issue 12 "Spoken answers": the client records instead of typing (into memory), the
recording is stored encrypted, played back at review, deleted once the klantmanager wrote the
answer down, never synced, purged with the client — and its bytes are nowhere on disk in
plaintext. A refused microphone gives a message and typing still works."""

from __future__ import annotations

import math
import os
import shutil
import struct
import subprocess
import tempfile
import time
import wave
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.domain.forms.loader import FormRegistry
from app.domain.forms.model import FieldType
from app.i18n.catalog import SELFFILL_STRINGS, ContentCatalog
from app.resources import forms_dir
from app.services.intake import IntakeService, intake_json
from app.services.selffill import PinParams, SelfFillSession
from app.ui.screens.review import ReviewScreen
from app.ui.screens.selffill import SelfFillScreen
from app.ui.spoken import PcmFormat, RecorderError, SpokenHook
from tests.ui.conftest_forms import (  # noqa: F401
    client_with_lang,
    fapp,
    fvault,
    save_shot,
    type_text,
)

CHEAP = PinParams(memory_kib=1024, iterations=1, lanes=1)


def spoken_pcm(tmp: Path) -> tuple[bytes, PcmFormat]:
    """Real speech as raw PCM (espeak-ng), else a synthetic tone; kept in memory."""
    espeak = shutil.which("espeak-ng")
    if espeak:
        out = tmp / "source-sample.wav"
        subprocess.run([espeak, "-v", "ar", "-w", str(out), "أريد أن أعمل"], check=True)
        with wave.open(str(out)) as w:
            fmt = PcmFormat(w.getframerate(), w.getnchannels(), w.getsampwidth())
            pcm = w.readframes(w.getnframes())
        out.unlink()  # the test's own source file: not part of what the app wrote
        return pcm, fmt
    pcm = b"".join(
        struct.pack("<h", int(9000 * math.sin(i / 7.0) + (i % 97))) for i in range(32_000)
    )
    return pcm, PcmFormat()


class FakeRecorder:
    def __init__(self, pcm: bytes, fmt: PcmFormat, refuse: str = "") -> None:
        self.pcm, self.fmt, self.refuse = pcm, fmt, refuse
        self._on = False

    @property
    def recording(self) -> bool:
        return self._on

    def start(self) -> None:
        if self.refuse:
            raise RecorderError(self.refuse)
        self._on = True

    def stop(self) -> bytes:
        was, self._on = self._on, False
        return self.pcm if was else b""


class FakePlayer:
    def __init__(self) -> None:
        self.played: list[tuple[bytes, PcmFormat]] = []

    def play(self, pcm: bytes, fmt: PcmFormat) -> None:
        self.played.append((pcm, fmt))

    def stop(self) -> None:
        pass


def chunks(pcm: bytes) -> list[bytes]:
    """Three distinctive 48-byte windows of the recording (not silence)."""
    out = []
    for start in range(len(pcm) // 5, len(pcm), len(pcm) // 4):
        window = pcm[start : start + 48]
        if len(set(window)) > 12:
            out.append(window)
    assert out
    return out


def files_holding(roots: list[Path], needles: list[bytes], since: float) -> list[Path]:
    hits = []
    # os.walk, not rglob: other processes create and remove folders in the temp dir while we
    # scan (a folder gone between listing and entering it is skipped, not an error)
    paths = (
        Path(folder, name)
        for root in roots
        for folder, _dirs, names in os.walk(root)
        for name in names
    )
    for p in paths:
        try:
            if not p.is_file() or p.stat().st_mtime < since or p.stat().st_size > 64 << 20:
                continue
            data = p.read_bytes()
        except OSError:
            continue
        if any(n in data for n in needles):
            hits.append(p)
    return hits


@pytest.fixture(scope="module")
def registry():
    return FormRegistry.load_dir(forms_dir())


def free_text_rows(screen):
    rows = []
    for sid in screen.session.sections:
        screen.pager.show_section(sid)
        for row in screen.pager.view.rows.values():
            if row.field.type is FieldType.LONGTEXT and row.isVisible():
                rows.append((sid, row.path))
    return rows


def test_record_review_write_down_delete_purge_no_plaintext(
    qtbot, fapp, fvault, registry, tmp_path
):
    started = time.time() - 1
    pcm, fmt = spoken_pcm(tmp_path)
    needles = chunks(pcm)
    probe = tmp_path / "probe.bin"  # the scan itself finds plaintext when there is some
    probe.write_bytes(b"x" + pcm[: len(pcm) // 2 + 200])
    assert files_holding([tmp_path], needles, started) == [probe]
    probe.unlink()
    client = client_with_lang(fvault, "ar")
    service = IntakeService(fvault, registry)
    draft = service.open_draft(client.uuid)
    defn = service.definition(draft)
    session = SelfFillSession.start(
        client_uuid=client.uuid,
        draft_uuid=draft.uuid,
        lang="ar",
        sections=("E", "K"),
        allowed_sections=[s.id for s in defn.self_fill_sections()],
        pin="480213",
        params=CHEAP,
    )
    recorder = FakeRecorder(pcm, fmt)
    hook = SpokenHook(
        service.spoken(), client.uuid, draft.uuid, "ar", recorder=recorder, player=FakePlayer()
    )
    screen = SelfFillScreen(
        service, draft, session, ContentCatalog.load(), autosave_ms=60_000, spoken=hook
    )
    qtbot.addWidget(screen)
    screen.resize(1100, 820)
    screen.show()
    screen.activate()
    screen.begin_button.click()
    (sid1, path1), (sid2, path2) = free_text_rows(screen)[:2]
    # record an answer to the first free-text question: record, stop
    screen.pager.show_section(sid1)
    row = screen.pager.view.rows[path1]
    box = row.spoken_box
    assert box is not None and box.record_button.isVisible()
    qtbot.mouseClick(box.record_button, Qt.MouseButton.LeftButton)
    assert box.recording
    qtbot.mouseClick(box.record_button, Qt.MouseButton.LeftButton)
    assert not box.recording and box.play_button.isVisible()
    assert (
        box.status.text()
        == ContentCatalog.load()
        .text("ar", "selffill", "selffill.recorded", SELFFILL_STRINGS["selffill.recorded"])
        .text
    )
    save_shot(screen, "selffill", "spoken-recorded-ar")
    # the second one is cut off by a lock: what was said is stored (encrypted), marked
    screen.pager.show_section(sid2)
    box2 = screen.pager.view.rows[path2].spoken_box
    box2.start()
    screen.prepare_lock()
    stored = fvault.voice.for_draft(client.uuid, draft.uuid)
    assert sorted(a.path for a in stored) == sorted([path1, path2])
    assert [a.cut_off for a in stored if a.path == path2] == [True]
    assert all(a.pcm == pcm for a in stored)
    # encrypted at rest, never in the intake document, never queued
    fvault._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    roots = [tmp_path, Path(tempfile.gettempdir())]
    assert files_holding(roots, needles, started) == []
    doc = intake_json(service.get_draft(draft.uuid))
    assert b"pcm" not in doc and b"voice" not in doc
    assert fvault.read("SELECT COUNT(*) FROM outbox", ())[0][0] == 0
    # review: play back with the interpreter, write the answer down → recording deleted
    player = FakePlayer()
    review = ReviewScreen(
        service,
        service.get_draft(draft.uuid),
        ["E", "K"],
        "ar",
        ContentCatalog.load(),
        player=player,
    )
    qtbot.addWidget(review)
    review.resize(1100, 700)
    review.show()
    assert review.spoken_title.isVisible() and len(review.spoken_rows) == 2
    save_shot(review, "selffill", "review-spoken-nl")
    a1 = next(a for a in stored if a.path == path1)
    review.play_spoken(a1)
    assert player.played[-1][0] == pcm and player.played[-1][1].sample_rate == fmt.sample_rate
    review.write_down(path1)
    review.editor.focus_target.setFocus()
    qtbot.keyClicks(review.editor.focus_target, "Wil als verpleegkundige werken")
    review.editor.focus_target.clearFocus()
    review.apply_correction()
    final = service.get_draft(draft.uuid)
    assert final.answers[path1]["value"] == "Wil als verpleegkundige werken"
    assert final.answers[path1]["by"] == "klantmanager"
    assert [a.path for a in fvault.voice.for_draft(client.uuid, draft.uuid)] == [path2]
    assert len(review.spoken_rows) == 1
    # purged with the client: the other recording goes too
    fvault.purge_client(client.uuid)
    fvault._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert files_holding(roots, needles, started) == []


def test_refused_microphone_gives_a_message_and_typing_still_works(
    qtbot, fapp, fvault, registry, tmp_path
):
    client = client_with_lang(fvault, "ti")
    service = IntakeService(fvault, registry)
    draft = service.open_draft(client.uuid)
    defn = service.definition(draft)
    session = SelfFillSession.start(
        client_uuid=client.uuid,
        draft_uuid=draft.uuid,
        lang="ti",
        sections=("K",),
        allowed_sections=[s.id for s in defn.self_fill_sections()],
        pin="480213",
        params=CHEAP,
    )
    hook = SpokenHook(
        service.spoken(),
        client.uuid,
        draft.uuid,
        "ti",
        recorder=FakeRecorder(b"", PcmFormat(), refuse="refused"),
        player=FakePlayer(),
    )
    screen = SelfFillScreen(
        service, draft, session, ContentCatalog.load(), autosave_ms=60_000, spoken=hook
    )
    qtbot.addWidget(screen)
    screen.resize(1000, 760)
    screen.show()
    screen.begin_button.click()
    _sid, path = free_text_rows(screen)[0]
    row = screen.pager.view.rows[path]
    row.spoken_box.record_button.click()
    assert not row.spoken_box.recording
    expected = (
        ContentCatalog.load()
        .text("ti", "selffill", "selffill.mic_problem", SELFFILL_STRINGS["selffill.mic_problem"])
        .text
    )
    assert row.spoken_box.status.text() == expected and row.spoken_box.status.isVisible()
    save_shot(screen, "selffill", "spoken-mic-refused-ti")
    row.focus_target.setFocus()
    type_text(qtbot, row.focus_target, "ክሰርሕ እደሊ")
    assert draft.answers[path]["value"] == "ክሰርሕ እደሊ"
    assert fvault.voice.for_client(client.uuid) == []


def test_no_sound_device_for_playback_says_so(qtbot, fapp, fvault, registry, tmp_path, monkeypatch):
    from app.ui.spoken import PcmPlayer

    pcm, fmt = spoken_pcm(tmp_path)
    client = client_with_lang(fvault, "ar")
    service = IntakeService(fvault, registry)
    draft = service.open_draft(client.uuid)
    service.save(draft)
    saved = service.spoken().save(
        client.uuid, draft.uuid, "toelichting_werk", "ar", pcm, sample_rate=fmt.sample_rate
    )
    player = PcmPlayer()
    monkeypatch.setattr(player, "available", lambda: False)  # this laptop has no speakers
    review = ReviewScreen(service, draft, ["E"], "ar", ContentCatalog.load(), player=player)
    qtbot.addWidget(review)
    review.show()
    review.play_spoken(saved)
    assert review.spoken_message.isVisible() and "sound" in review.spoken_message.text()
    # the recording is still there to play elsewhere
    assert [a.uuid for a in fvault.voice.for_client(client.uuid)] == [saved.uuid]
