"""``python -m app.i18n``: extract, coverage (--json), import-json, check."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.i18n.__main__ import main
from app.i18n.catalog import read_ts
from app.resources import forms_dir, resource_path


@pytest.fixture()
def tdir(tmp_path: Path) -> Path:
    d = tmp_path / "translations"
    d.mkdir()
    shutil.copy(Path(__file__).resolve().parents[2] / "translations" / "languages.json", d)
    return d


def _run(tdir: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    rc = main(["--translations", str(tdir), *args])
    return rc, capsys.readouterr().out


def test_extract_creates_all_catalogues(tdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc, out = _run(tdir, "extract", capsys=capsys)
    assert rc == 0
    names = sorted(p.name for p in tdir.glob("content_*.ts"))
    assert len(names) == 11 and "content_fa_AF.ts" in names and "content_nl.ts" not in names
    ts = read_ts(tdir / "content_ckb.ts")
    keys = {(m.context, m.key) for m in ts.messages}
    assert ("cards", "card.49") in keys
    assert ("cards", "theme.gezondheid") in keys
    assert ("brede-intake", "section.C.title") in keys
    assert ("validation", "validation.bsn") in keys
    assert ("selffill", "selffill.return_laptop") in keys
    assert all(m.state == "unfinished" for m in ts.messages)


def test_coverage_json_counts(tdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _run(tdir, "extract", "--lang", "ar", capsys=capsys)
    rc, out = _run(
        tdir,
        "import-json",
        str(
            _json(
                tdir,
                "cards.ar.json",
                {
                    "card.1": "ماذا تريد أن أعرف عنك؟",
                    "card.2": "{broken}",  # placeholder not in source: refused
                    "card.999": "unknown key",
                },
            )
        ),
        capsys=capsys,
    )
    assert rc == 0 and "applied=1" in out and "unknown=1" in out and "rejected=1" in out
    # a reviewed entry and a placeholder error planted by a translator
    path = tdir / "content_ar.ts"
    text = path.read_text(encoding="utf-8")
    text = text.replace(
        "<source>Sectie {n} van {total}</source>\n"
        '        <translation type="unfinished"></translation>',
        "<source>Sectie {n} van {total}</source>\n        <translation>القسم {n}</translation>",
    ).replace(
        '<source>Volgende</source>\n        <translation type="unfinished"></translation>',
        "<source>Volgende</source>\n        <translation>التالي</translation>",
    )
    path.write_text(text, encoding="utf-8")
    rc, out = _run(tdir, "coverage", "--json", "--lang", "ar", "--lang", "tr", capsys=capsys)
    assert rc == 0
    data = json.loads(out)
    ar = data["languages"]["ar"]
    assert ar["translated"] == 2 and ar["reviewed"] == 1
    assert ar["placeholder_errors"] == 1
    assert ar["fallback"] == ar["total"] - 2
    assert ar["by_context"]["cards"]["translated"] == 1
    tr = data["languages"]["tr"]  # no catalogue at all
    assert tr["translated"] == 0 and tr["fallback"] == tr["total"] > 500
    rc, out = _run(tdir, "check", capsys=capsys)
    assert rc == 1 and "content_ar.ts" in out and "selffill.section_progress" in out


def test_coverage_text_table(tdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc, out = _run(tdir, "coverage", "--lang", "am", capsys=capsys)
    assert rc == 0 and out.splitlines()[0].split()[:4] == ["lang", "total", "transl.", "reviewed"]
    assert out.splitlines()[2].startswith("am")


def test_extract_after_source_change_marks_unfinished(
    tdir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cards = json.loads(resource_path("cards", "cards.json").read_text(encoding="utf-8"))
    cpath = tmp_path / "cards.json"
    cpath.write_text(json.dumps(cards), encoding="utf-8")
    base = ["--translations", str(tdir), "--forms", str(forms_dir()), "--cards", str(cpath)]
    main([*base, "extract", "--lang", "tr"])
    main(
        [
            *base,
            "import-json",
            str(
                _json(
                    tdir,
                    "cards.tr.json",
                    {"card.3": "Neyle gurur duyuyorsun?", "card.4": "Sana nasıl hitap edeyim?"},
                )
            ),
        ]
    )
    cards["cards"][2]["text_nl"] = "Waar ben jij trots op?"
    del cards["cards"][3]
    cpath.write_text(json.dumps(cards), encoding="utf-8")
    main([*base, "extract", "--lang", "tr"])
    capsys.readouterr()
    by = read_ts(tdir / "content_tr.ts").by_key()
    m3, m4 = by[("cards", "card.3")], by[("cards", "card.4")]
    assert (m3.source, m3.oldsource, m3.state) == (
        "Waar ben jij trots op?",
        "Waar ben je trots op?",
        "unfinished",
    )
    assert m4.state == "vanished" and m4.translation == "Sana nasıl hitap edeyim?"


def test_module_runs_as_script(tdir: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "app.i18n", "--translations", str(tdir), "coverage", "--json"],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert proc.returncode == 0, proc.stderr
    assert set(json.loads(proc.stdout)["languages"]) == {
        "en",
        "ar",
        "ti",
        "tr",
        "fa",
        "fa-AF",
        "ps",
        "ku",
        "ckb",
        "so",
        "am",
    }


def _json(tdir: Path, name: str, data: dict[str, str]) -> Path:
    p = tdir.parent / name
    p.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return p


@pytest.mark.skipif(shutil.which("pyside6-lrelease") is None, reason="lrelease not installed")
def test_compile_ui_catalogues(tdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from app.i18n.catalog import TsFile, TsMessage, write_ts

    write_ts(
        tdir / "app_shell_nl.ts",
        TsFile(
            language="nl_NL",
            sourcelanguage="en",
            messages=[TsMessage("MainWindow", "Save", translation="Opslaan", state="finished")],
        ),
    )
    rc, out = _run(tdir, "compile", capsys=capsys)
    assert rc == 0 and "app_shell_nl.ts: ok" in out
    assert (tdir / "app_shell_nl.qm").stat().st_size > 0
    assert not list(tdir.glob("content_*.qm"))  # content catalogues are read as .ts
