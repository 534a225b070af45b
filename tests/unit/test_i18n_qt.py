"""Qt side: the UI catalogue is served from .ts without lrelease; the language switch sets
the layout direction from the declaration."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402

from app.i18n.catalog import TsFile, TsMessage, write_ts  # noqa: E402
from app.i18n.qt_translator import (  # noqa: E402
    TsTranslator,
    install_ui_language,
    installed_translators,
    ui_catalogue_files,
)


@pytest.fixture()
def tdir(tmp_path: Path) -> Path:
    write_ts(
        tmp_path / "app_shell_nl.ts",
        TsFile(
            language="nl_NL",
            sourcelanguage="en",
            messages=[
                TsMessage("MainWindow", "Save", translation="Opslaan", state="finished"),
                TsMessage("MainWindow", "Open", comment="verb", translation="Openen"),
                TsMessage("MainWindow", "Saved {name}", translation="{naam} opgeslagen"),  # bad
                TsMessage("MainWindow", "Gone", translation="Weg", state="vanished"),
                TsMessage(
                    "MainWindow",
                    "%n case(s)",
                    numerus=True,
                    numerus_forms=["%n dossier", "%n dossiers"],
                ),
            ],
        ),
    )
    write_ts(
        tmp_path / "app_pip_nl.ts",
        TsFile(
            language="nl_NL",
            sourcelanguage="en",
            messages=[
                TsMessage("PipScreen", "Print", translation="Afdrukken"),
            ],
        ),
    )
    write_ts(
        tmp_path / "app_pip_ar.ts",
        TsFile(
            language="ar",
            sourcelanguage="en",
            messages=[
                TsMessage("PipScreen", "Print", translation="طباعة"),
            ],
        ),
    )
    return tmp_path


@pytest.fixture()
def app(qapp):
    yield qapp
    install_ui_language(qapp, "nl")  # leave the shared app as the other tests expect it


def tr(ctx: str, text: str, disamb: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(ctx, text, disamb, n)


def test_ts_served_without_qm(app, tdir: Path) -> None:
    install_ui_language(app, "nl", tdir)
    assert tr("MainWindow", "Save") == "Opslaan"
    assert tr("MainWindow", "Open", "verb") == "Openen"
    assert tr("PipScreen", "Print") == "Afdrukken"  # per-area catalogues all loaded
    assert tr("MainWindow", "%n case(s)", None, 1) == "1 dossier"
    assert tr("MainWindow", "%n case(s)", None, 4) == "4 dossiers"
    assert tr("MainWindow", "Unknown") == "Unknown"  # source shown, never an empty label
    assert tr("MainWindow", "Gone") == "Gone"


def test_placeholder_mismatch_rejected(app, tdir: Path) -> None:
    install_ui_language(app, "nl", tdir)
    assert tr("MainWindow", "Saved {name}") == "Saved {name}"
    t = TsTranslator("nl")
    assert t.load_ts(tdir / "app_shell_nl.ts")
    assert [r[1] for r in t.rejected] == ["Saved {name}"]


def test_switch_replaces_translators_and_direction(app, tdir: Path) -> None:
    install_ui_language(app, "nl", tdir)
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    install_ui_language(app, "ar", tdir)
    assert tr("PipScreen", "Print") == "طباعة"
    assert tr("MainWindow", "Save") == "Save"  # Dutch translators removed
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    install_ui_language(app, "ku", tdir)  # Kurmanji: Latin script, declared LTR
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    install_ui_language(app, "ckb", tdir)
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    install_ui_language(app, "xx", tdir)
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert installed_translators(app) == []


def test_catalogue_file_discovery(tdir: Path) -> None:
    assert [p.name for p in ui_catalogue_files("nl", tdir)] == ["app_pip_nl.ts", "app_shell_nl.ts"]
    assert [p.name for p in ui_catalogue_files("fa-AF", tdir)] == []


def test_pseudo_translator_for_layout_checks(app) -> None:
    from app.i18n.qt_translator import PseudoTranslator, pseudo

    assert pseudo("Saved {name} (%n)", 1.5).startswith("[Såvéd {name} (%n)")
    assert len(pseudo("Open case", 1.5)) > len("Open case") * 1.4
    assert "&" in pseudo("&Open")
    t = PseudoTranslator(scale=1.3, rtl=True)
    app.installTranslator(t)
    try:
        text = tr("Whatever", "Open case")
        assert text.startswith("\u200f[") and "çåsé" in text
    finally:
        app.removeTranslator(t)


def test_ui_prefix_matches_the_catalogue_module() -> None:
    from app.i18n import catalog, qt_translator

    assert qt_translator.UI_PREFIX == catalog.UI_PREFIX


def test_parsed_table_cached_and_a_changed_catalogue_reparsed(
    app, tdir: Path, tmp_path_factory, monkeypatch
) -> None:
    """Start-up reads a cached table instead of parsing the XML; the cache never serves a
    catalogue that changed since (a translator's edit shows at the next start)."""
    cache = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("HUISBEZOEK_CACHE_DIR", str(cache))
    install_ui_language(app, "nl", tdir)  # parses and writes the cache
    assert tr("MainWindow", "Save") == "Opslaan"
    assert sorted(p.name.split("-")[0] for p in cache.iterdir()) == ["app_pip_nl", "app_shell_nl"]

    cached = TsTranslator("nl")
    assert cached.load_cached(tdir / "app_shell_nl.ts")  # from the cache: same table
    assert cached.translate("MainWindow", "Open", "verb") == "Openen"
    assert cached.translate("MainWindow", "%n case(s)", None, 3) == "%n dossiers"
    assert [r[1] for r in cached.rejected] == ["Saved {name}"]  # rejection kept

    write_ts(
        tdir / "app_shell_nl.ts",
        TsFile(
            language="nl_NL",
            sourcelanguage="en",
            messages=[TsMessage("MainWindow", "Save", translation="Bewaren")],
        ),
    )
    install_ui_language(app, "nl", tdir)
    assert tr("MainWindow", "Save") == "Bewaren"
    assert tr("MainWindow", "Open", "verb") == "Open"


def test_damaged_cache_is_ignored(app, tdir: Path, tmp_path_factory, monkeypatch) -> None:
    cache = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("HUISBEZOEK_CACHE_DIR", str(cache))
    install_ui_language(app, "nl", tdir)
    for f in cache.iterdir():
        f.write_bytes(b"\x00not json")
    install_ui_language(app, "nl", tdir)
    assert tr("MainWindow", "Save") == "Opslaan"
