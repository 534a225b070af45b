"""The 12 declared languages: direction, scripts, fonts, ZGW codes and endonyms."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from babel import Locale

from app.i18n import languages as langs
from app.resources import translations_dir

RTL = {"ar", "fa", "fa-AF", "ps", "ckb"}


def test_twelve_languages_dutch_first() -> None:
    codes = langs.codes()
    assert codes[0] == "nl"
    assert set(codes) == {
        "nl",
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
    assert len(langs.target_codes()) == 11


@pytest.mark.parametrize(
    "code", ["nl", "en", "ar", "ti", "tr", "fa", "fa-AF", "ps", "ku", "ckb", "so", "am"]
)
def test_direction_is_declared(code: str) -> None:
    assert langs.is_rtl(code) is (code in RTL)
    assert langs.direction(code) == ("rtl" if code in RTL else "ltr")


def test_direction_never_guessed_from_text() -> None:
    # Kurmanji is Latin script and LTR; an unknown code is LTR even if it "looks" Arabic.
    assert langs.is_rtl("ku") is False
    assert langs.is_rtl("العربية") is False
    assert langs.is_rtl("xx") is False


def test_direction_comes_from_the_file(tmp_path: Path) -> None:
    data = json.loads((translations_dir() / "languages.json").read_text(encoding="utf-8"))
    for item in data["languages"]:
        if item["code"] == "ku":
            item["direction"] = "rtl"
    f = tmp_path / "languages.json"
    f.write_text(json.dumps(data), encoding="utf-8")
    assert langs.get("ku", f).is_rtl is True
    assert langs.get("ku").is_rtl is False


def test_scripts_fonts_and_zgw_codes() -> None:
    expected = {
        "nl": ("dut", "Latn", "Noto Sans"),
        "en": ("eng", "Latn", "Noto Sans"),
        "ar": ("ara", "Arab", "Noto Sans Arabic"),
        "ti": ("tir", "Ethi", "Noto Sans Ethiopic"),
        "tr": ("tur", "Latn", "Noto Sans"),
        "fa": ("per", "Arab", "Noto Sans Arabic"),
        "fa-AF": ("prs", "Arab", "Noto Sans Arabic"),
        "ps": ("pus", "Arab", "Noto Sans Arabic"),
        "ku": ("kur", "Latn", "Noto Sans"),
        "ckb": ("ckb", "Arab", "Noto Sans Arabic"),
        "so": ("som", "Latn", "Noto Sans"),
        "am": ("amh", "Ethi", "Noto Sans Ethiopic"),
    }
    for code, (iso, script, font) in expected.items():
        lang = langs.get(code)
        assert (lang.iso639_2b, lang.script, lang.font_family) == (iso, script, font), code


def test_code_normalisation() -> None:
    assert langs.get("fa_AF").code == "fa-AF"
    assert langs.get("FA-af").code == "fa-AF"
    assert langs.get("nl_NL").code == "nl"
    with pytest.raises(langs.UnknownLanguage):
        langs.get("de")


def test_endonyms_in_own_script() -> None:
    assert langs.endonym("ar") == "العربية"
    assert langs.endonym("ti") == "ትግርኛ"
    assert langs.endonym("am") == "አማርኛ"
    assert langs.endonym("fa") == "فارسی"
    assert langs.endonym("fa-AF") == "دری"  # CLDR says "Persian (Afghanistan)"; speakers say Dari
    assert langs.endonym("nl") == "Nederlands"
    assert langs.endonym("tr") == "Türkçe"
    assert langs.endonym("ku").startswith("Kurdî")


def test_json_endonyms_match_babel() -> None:
    """The fallback names in languages.json agree with CLDR (except declared overrides)."""
    for lang in langs.languages():
        if lang.endonym_override:
            continue
        base = lang.locale.split("_", maxsplit=1)[0]
        assert Locale.parse(base).get_language_name(base).lower() == lang.endonym_fallback.lower()
