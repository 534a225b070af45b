"""Translations of an imported form version: new or changed texts become "to translate" in
every language (shown in Dutch, marked), workbook translations made for the current Dutch text
are taken (unreviewed), and the coverage report lists what is missing per form version."""

from __future__ import annotations

from pathlib import Path

from app.domain.forms import FormRegistry, build_form
from app.forms.__main__ import main as forms_main
from app.i18n.__main__ import main as i18n_main
from app.i18n.catalog import ContentCatalog, read_ts
from app.i18n.form_versions import delivered_overlay, version_coverage

from .conftest import edit, set_cell, survey_row, v2_json

NEW_LABEL = "Wat doet u graag als u vrij bent?"
OLD_LABEL = "Wat doet u graag in uw vrije tijd (sport, hobby's, club)?"


def make_v3(workbook: Path, *, translate_ar: str | None = None) -> None:
    wb = edit(workbook)
    wb["settings"]["B3"].value = 3
    ws = wb["survey"]
    set_cell(ws, survey_row(ws, "vrije_tijd"), "label", NEW_LABEL)
    row = survey_row(ws, "vrije_tijd") + 1
    ws.insert_rows(row)
    set_cell(ws, row, "type", "yesno")
    set_cell(ws, row, "name", "fiets_vaardig")
    set_cell(ws, row, "label", "Kunt u fietsen?")
    if translate_ar is not None:
        tr = wb["translations"]
        headers = [c.value for c in tr[1]]
        for r in range(2, tr.max_row + 1):
            if tr.cell(r, 1).value == "field.vrije_tijd.label":
                tr.cell(r, headers.index("nl") + 1).value = NEW_LABEL
                tr.cell(r, headers.index("ar") + 1).value = translate_ar
    wb.save(workbook)


def test_new_and_changed_texts_become_to_translate_in_every_language(
    workbook: Path, work_dirs: tuple[Path, Path]
) -> None:
    fdir, tdir = work_dirs
    make_v3(workbook)
    argv = ["--forms", str(fdir), "--translations", str(tdir), "import", str(workbook)]
    assert forms_main(argv) == 0
    catalog = ContentCatalog.load(tdir)
    registry = FormRegistry.load_dir(fdir)
    v3 = registry.get("brede-intake", 3)
    for lang in ("ar", "ti", "en", "fa-AF"):
        for key in ("field.vrije_tijd.label", "field.fiets_vaardig.label"):
            source = dict(v3.translatable_strings())[key]
            shown = catalog.text(lang, "brede-intake", key, source)
            assert shown.fallback and shown.text == source, (lang, key)  # Dutch, marked
        # an unchanged text keeps its translation
        title = catalog.text(lang, "brede-intake", "form.title", v3.title)
        assert not title.fallback
    ts = read_ts(tdir / "content_ar.ts")
    changed = ts.find("brede-intake", "field.vrije_tijd.label")
    assert changed is not None and changed.state == "unfinished"
    assert changed.oldsource == OLD_LABEL
    new = ts.find("brede-intake", "field.fiets_vaardig.label")
    assert new is not None and new.state == "unfinished" and new.translation == ""


def test_workbook_translation_for_the_new_text_is_used_unreviewed(
    workbook: Path, work_dirs: tuple[Path, Path]
) -> None:
    fdir, tdir = work_dirs
    make_v3(workbook, translate_ar="ماذا تحب أن تفعل عندما تكون متفرغًا؟")
    argv = ["--forms", str(fdir), "--translations", str(tdir), "import", str(workbook)]
    assert forms_main(argv) == 0
    catalog = ContentCatalog.load(tdir)
    shown = catalog.text("ar", "brede-intake", "field.vrije_tijd.label", NEW_LABEL)
    assert (shown.text, shown.fallback, shown.reviewed) == (
        "ماذا تحب أن تفعل عندما تكون متفرغًا؟",
        False,
        False,
    )
    # Tigrinya got no translation for the new text: still to translate
    assert catalog.text("ti", "brede-intake", "field.vrije_tijd.label", NEW_LABEL).fallback


def test_coverage_report_lists_missing_texts_per_form_version(
    workbook: Path, work_dirs: tuple[Path, Path], capsys
) -> None:
    fdir, tdir = work_dirs
    make_v3(workbook)
    assert (
        forms_main(["--forms", str(fdir), "--translations", str(tdir), "import", str(workbook)])
        == 0
    )
    capsys.readouterr()
    items = version_coverage(FormRegistry.load_dir(fdir), ContentCatalog.load(tdir), ["ar"])
    by_version = {c.version: c for c in items}
    # the catalogue holds one Dutch text per key (context = form id): v2's old wording of the
    # changed question lost its translation, and the report says so for v2 as well
    assert by_version[2].missing == ["field.vrije_tijd.label"]
    assert by_version[3].missing == ["field.vrije_tijd.label", "field.fiets_vaardig.label"]
    assert (
        i18n_main(["--forms", str(fdir), "--translations", str(tdir), "coverage", "--lang", "ar"])
        == 0
    )
    out = capsys.readouterr().out
    line = next(ln for ln in out.splitlines() if "brede-intake.v3" in ln)
    assert "2 missing" in line and "field.fiets_vaardig.label" in line


def test_translations_delivered_with_a_version_are_used_only_for_their_dutch_text() -> None:
    data = v2_json()
    data["version"] = 3
    defn = build_form(data)
    title = defn.title
    overlay = delivered_overlay(
        defn,
        {
            "ar": {
                "form.title": {"source": title, "text": "المقابلة الشاملة"},
                "section.A.title": {"source": "een oudere tekst", "text": "قديم"},
            }
        },
    )
    catalog = ContentCatalog.from_tsfiles({})
    catalog.extra.update(overlay)
    assert catalog.text("ar", "brede-intake", "form.title", title).text == "المقابلة الشاملة"
    section_a = defn.sections[0]
    assert catalog.text("ar", "brede-intake", "section.A.title", section_a.title).fallback
