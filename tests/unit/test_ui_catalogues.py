"""The UI catalogues (translations/app_*_<lang>.ts, compiled to .qm in the build): every
translation keeps its source's placeholders ({name}, %1, %n) and shortcut markers, so a
translated message can never raise at ``.format()`` or show a raw ``{done}``; each catalogue
parses. CI runs this next to ``python -m app.i18n check`` (content catalogues)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.i18n.catalog import TsMessage, placeholder_problem, read_ts

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"
UI_FILES = sorted(TRANSLATIONS.glob("app_*.ts"))


def _problems(messages: list[TsMessage]) -> list[str]:
    out = []
    for m in messages:
        if m.state in ("vanished", "obsolete"):
            continue
        for text in [m.translation, *m.numerus_forms]:
            if not text:
                continue
            problem = placeholder_problem(m.source, text)
            if problem:
                out.append(f"{m.context} / {m.source!r}: {problem}")
            if m.source.count("&") - m.source.count("&&") and "&" not in text:
                out.append(f"{m.context} / {m.source!r}: keyboard shortcut (&) lost")
    return out


def test_there_are_ui_catalogues() -> None:
    assert any(p.name.endswith("_nl.ts") for p in UI_FILES)


@pytest.mark.parametrize("path", UI_FILES, ids=lambda p: p.name)
def test_ui_translations_keep_their_placeholders(path: Path) -> None:
    assert _problems(read_ts(path).messages) == []


def test_a_dropped_placeholder_is_caught() -> None:
    bad = TsMessage("Navigation", "Synchronising… {done} of {total}", translation="Bezig… {total}")
    assert _problems([bad]) != []
    good = TsMessage("Navigation", "&Lock", translation="&Vergrendelen")
    assert _problems([good]) == []
