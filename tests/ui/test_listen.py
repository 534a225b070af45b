# ruff: noqa: F811  (fixtures imported from conftest_forms)
"""Issue 12 "Listen": every question, choice, hint and section title playable in the client's
language with one tap or key. Real espeak-ng clips in a tmp dir, played through an injected
player; a computer voice where no clip exists (marked); no button without either; no sound
device: a clear message and the form keeps working."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QRadioButton

from app.domain.forms.loader import FormRegistry
from app.i18n.audio import ClipLibrary, clip_id
from app.i18n.catalog import SELFFILL_STRINGS, ContentCatalog
from app.resources import forms_dir
from app.services.intake import IntakeService
from app.services.selffill import PinParams, SelfFillSession
from app.ui.audio import Listen, ListenButton, QtClipPlayer, Source
from app.ui.screens.selffill import SelfFillScreen
from tests.ui.conftest_forms import client_with_lang, fapp, fvault, save_shot  # noqa: F401

CHEAP = PinParams(memory_kib=1024, iterations=1, lanes=1)
ESPEAK = shutil.which("espeak-ng")


class FakePlayer:
    def __init__(self) -> None:
        self.played: list[Path] = []

    def available(self) -> bool:
        return True

    def play(self, path: Path) -> None:
        assert path.read_bytes()[:4] == b"RIFF"  # a real WAV clip
        self.played.append(path)

    def stop(self) -> None:
        pass


class FakeVoice:
    def __init__(self, langs: set[str]) -> None:
        self.langs = langs
        self.said: list[tuple[str, str]] = []

    def has_voice(self, lang: str) -> bool:
        return lang in self.langs

    def say(self, text: str, lang: str) -> None:
        self.said.append((text, lang))

    def stop(self) -> None:
        pass


@pytest.fixture(scope="module")
def registry():
    return FormRegistry.load_dir(forms_dir())


@pytest.fixture(scope="module")
def catalog():
    return ContentCatalog.load()


def make_clip(root: Path, lang: str, context: str, key: str, text: str, voice: str) -> Path:
    lib = ClipLibrary(root)
    path = lib.target_path(lang, context, key)
    path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([ESPEAK, "-v", voice, "-w", str(path), text], check=True, timeout=30)
    return path


def open_selffill(qtbot, vault, registry, catalog, lang, listen, sections=("B", "G"), begin=True):
    client = client_with_lang(vault, lang)
    service = IntakeService(vault, registry)
    draft = service.open_draft(client.uuid)
    defn = service.definition(draft)
    session = SelfFillSession.start(
        client_uuid=client.uuid,
        draft_uuid=draft.uuid,
        lang=lang,
        sections=sections,
        allowed_sections=[s.id for s in defn.self_fill_sections()],
        pin="480213",
        params=CHEAP,
    )
    screen = SelfFillScreen(service, draft, session, catalog, autosave_ms=60_000, listen=listen)
    qtbot.addWidget(screen)
    screen.resize(1100, 820)
    screen.show()
    screen.activate()
    if begin:
        screen.begin_button.click()
    return screen, defn


@pytest.mark.skipif(ESPEAK is None, reason="espeak-ng makes the sample clips")
def test_clip_then_computer_voice_then_key(qtbot, fapp, fvault, registry, catalog, tmp_path):
    defn = registry.latest("brede-intake")
    ctx = defn.catalog_context
    title_ar = catalog.text("ar", ctx, "section.B.title", defn.section("B").title).text
    clip = make_clip(tmp_path / "audio", "ar", ctx, "section.B.title", title_ar, "ar")
    assert clip.name.startswith(clip_id(ctx, "section.B.title"))
    player, voice = FakePlayer(), FakeVoice({"ar"})
    listen = Listen("ar", library=ClipLibrary(tmp_path / "audio"), player=player, voice=voice)
    screen, defn = open_selffill(qtbot, fvault, registry, catalog, "ar", listen, begin=False)
    # the start page: the welcome can be heard (computer voice), then "Begin"
    assert screen.start_listen is not None and screen.start_listen.isVisible()
    screen.start_listen.click()
    assert voice.said[-1] == (screen.start_title.text(), "ar")
    save_shot(screen, "selffill", "listen-ar-start")
    screen.begin_button.click()
    view = screen.pager.view
    # the section title has a recorded clip: one tap plays it
    assert view.title_listen is not None and view.title_listen.kind is Source.CLIP
    assert view.title_listen.isVisible() and view.title_listen.accessibleName()
    qtbot.mouseClick(view.title_listen, Qt.MouseButton.LeftButton)
    assert player.played == [clip]
    # a question without a clip: the computer voice, marked as such, speaking Arabic
    row = view.rows["burgerlijke_staat"]
    b = row.listen_buttons[0]
    assert b.kind is Source.VOICE and b.isVisible()
    assert (
        b.text() == catalog.text("ar", "selffill", "selffill.computer_voice", "computerstem").text
    )
    qtbot.mouseClick(b, Qt.MouseButton.LeftButton)
    text, lang = voice.said[-1]
    assert lang == "ar" and text == row.label.texts()[0].rstrip(" *")
    # every option has its own play button; F2 plays the focused option
    radios = [w for w in row.inputs if isinstance(w, QRadioButton)]
    assert all(row.listen_target(r) is not None for r in radios)
    radios[1].setFocus()
    qtbot.keyClick(radios[1], Qt.Key.Key_F2)
    option_text = radios[1].text().split(" — ")[0].strip("\u2066\u2067\u2068\u2069")
    assert voice.said[-1] == (option_text, "ar")
    # yes/no carry pictograms and play buttons too
    yn = view.rows["kinderopvang_nodig"]
    yes_no = [w for w in yn.inputs if isinstance(w, QRadioButton)]
    assert [r.property("pictogram") for r in yes_no] == ["yes", "no"]
    assert not yes_no[0].icon().isNull()
    assert len(yn.listen_buttons) >= 3  # question + yes + no
    save_shot(screen, "selffill", "listen-ar-B")
    screen.pager.show_section("G")
    faces = [
        r.property("pictogram")
        for r in screen.pager.view.rows["digi_smartphone"].inputs
        if isinstance(r, QRadioButton)
    ]
    assert faces == ["face-1", "face-2", "face-4", "face-5"]
    save_shot(screen, "selffill", "listen-ar-G-faces")
    screen.deactivate()


def test_no_clip_and_no_voice_means_no_play_button(
    qtbot, fapp, fvault, registry, catalog, tmp_path
):
    listen = Listen(
        "ti", library=ClipLibrary(tmp_path / "none"), player=FakePlayer(), voice=FakeVoice(set())
    )
    screen, _ = open_selffill(qtbot, fvault, registry, catalog, "ti", listen)
    assert screen.findChildren(ListenButton) == []
    # pictograms stay: they do not depend on sound
    yn = screen.pager.view.rows["kinderopvang_nodig"]
    assert [r.property("pictogram") for r in yn.inputs] == ["yes", "no"]
    screen.deactivate()


@pytest.mark.parametrize("lang", ["ti", "nl"])
def test_screenshots_with_play_buttons_and_pictograms(
    qtbot, fapp, fvault, registry, catalog, tmp_path, lang
):
    voice = FakeVoice({lang})
    listen = Listen(lang, library=ClipLibrary(tmp_path / "a"), player=FakePlayer(), voice=voice)
    screen, _ = open_selffill(qtbot, fvault, registry, catalog, lang, listen)
    buttons = [b for b in screen.findChildren(ListenButton) if b.isVisible()]
    assert len(buttons) > 5
    save_shot(screen, "selffill", f"listen-{lang}-B")
    screen.pager.show_section("G")
    assert any(b.isVisible() for b in screen.pager.view.findChildren(ListenButton))
    save_shot(screen, "selffill", f"listen-{lang}-G-faces")
    screen.deactivate()


@pytest.mark.skipif(ESPEAK is None, reason="espeak-ng makes the sample clips")
def test_no_sound_device_gives_a_message_and_the_form_keeps_working(
    qtbot, fapp, fvault, registry, catalog, tmp_path, monkeypatch
):
    defn = registry.latest("brede-intake")
    make_clip(tmp_path / "audio", "ar", defn.catalog_context, "section.B.title", "عائلة", "ar")
    real = QtClipPlayer()
    monkeypatch.setattr(real, "available", lambda: False)  # no output device
    listen = Listen(
        "ar", library=ClipLibrary(tmp_path / "audio"), player=real, voice=FakeVoice(set())
    )
    real.problem.connect(listen.problem)
    screen, _ = open_selffill(qtbot, fvault, registry, catalog, "ar", listen)
    screen.pager.view.title_listen.click()
    expected = catalog.text(
        "ar", "selffill", "selffill.audio_problem", SELFFILL_STRINGS["selffill.audio_problem"]
    ).text
    assert screen.pager.status.text() == expected
    # still answerable
    row = screen.pager.view.rows["kinderopvang_nodig"]
    row.inputs[0].setFocus()
    qtbot.keyClick(row.inputs[0], Qt.Key.Key_Space)
    assert screen.draft.answers["kinderopvang_nodig"]["value"] is True
    QApplication.processEvents()
    screen.deactivate()


def test_corrupt_or_empty_clip_is_not_offered(tmp_path):
    lib = ClipLibrary(tmp_path)
    p = lib.target_path("ar", "ctx", "k")
    p.parent.mkdir(parents=True)
    p.write_bytes(b"")
    assert lib.find("ar", "ctx", "k", "bron") is None
    p.write_bytes(b"RIFF....")
    assert lib.find("ar", "ctx", "k", "bron") == p
    ix = lib.index("ar")
    ix.mark("ctx", "k", "oude bron", done=True)
    assert lib.find("ar", "ctx", "k", "bron") is None  # recorded for an older text


def test_corrupt_clip_gives_a_message_and_falls_back_to_the_voice(
    qtbot, fapp, fvault, registry, catalog, tmp_path
):
    defn = registry.latest("brede-intake")
    lib = ClipLibrary(tmp_path / "audio")
    bad = lib.target_path("ar", defn.catalog_context, "section.B.title")
    bad.parent.mkdir(parents=True)
    bad.write_bytes(b"this is not audio at all")
    player, voice = FakePlayer(), FakeVoice({"ar"})
    listen = Listen("ar", library=lib, player=player, voice=voice)
    screen, _ = open_selffill(qtbot, fvault, registry, catalog, "ar", listen)
    screen.pager.view.title_listen.click()
    assert player.played == []  # the broken file is never handed to the player
    assert voice.said and voice.said[-1][1] == "ar"
    expected = catalog.text(
        "ar", "selffill", "selffill.audio_problem", SELFFILL_STRINGS["selffill.audio_problem"]
    ).text
    assert screen.pager.status.text() == expected
    screen.deactivate()
