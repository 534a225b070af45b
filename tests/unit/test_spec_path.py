"""The ZGW test server finds the official OpenAPI files through $HUISBEZOEK_ZGW_SPECS or
../shared/zgw relative to the repository, never through a machine path, and says clearly
what is missing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.zgw_server import specs


def test_default_is_next_to_the_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(specs.ENV_SPECS, raising=False)
    assert specs.DEFAULT_SPEC_DIR == specs.REPO.parent / "shared" / "zgw"
    if (specs.DEFAULT_SPEC_DIR / "zaken.openapi.yaml").is_file():
        assert specs.spec_dir() == specs.DEFAULT_SPEC_DIR


def test_the_environment_variable_wins(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for api in specs.APIS:
        (tmp_path / f"{api}.openapi.yaml").write_text("openapi: 3.0.3\n", encoding="utf-8")
    monkeypatch.setenv(specs.ENV_SPECS, str(tmp_path))
    assert specs.spec_dir() == tmp_path


def test_missing_specs_give_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "zaken.openapi.yaml").write_text("openapi: 3.0.3\n", encoding="utf-8")
    monkeypatch.setenv(specs.ENV_SPECS, str(tmp_path))
    with pytest.raises(specs.SpecsNotFound) as err:
        specs.spec_dir()
    text = str(err.value)
    assert "documenten.openapi.yaml" in text and "zaken.openapi.yaml missing" not in text
    assert specs.ENV_SPECS in text and str(tmp_path) in text


def test_no_absolute_machine_path_in_the_lookup() -> None:
    source = Path(specs.__file__).read_text(encoding="utf-8")
    assert 'Path("/' not in source and "'/work" not in source and '"/work' not in source
