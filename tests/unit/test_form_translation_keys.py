"""Each shipped form version's translation keys are frozen in a snapshot
(tests/fixtures/translation_keys/<form>.v<N>.txt): renaming a key would orphan every reviewed
translation of it in translations/content_<lang>.ts (the client then reads Dutch). A changed
key set fails here; a new form version gets its own snapshot (refresh with
``python -m tests.unit.test_form_translation_keys``), an old one never changes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.domain.forms import FormRegistry

SNAPSHOTS = Path(__file__).resolve().parents[1] / "fixtures" / "translation_keys"


def _shipped() -> list[tuple[str, int]]:
    reg = FormRegistry.load_dir()
    return [(f, v) for f in reg.form_ids() for v in reg.versions(f)]


def _keys(form_id: str, version: int) -> list[str]:
    defn = FormRegistry.load_dir().get(form_id, version)
    return sorted({key for key, text in defn.translatable_strings() if text and text.strip()})


def _snapshot(form_id: str, version: int) -> Path:
    return SNAPSHOTS / f"{form_id}.v{version}.txt"


@pytest.mark.parametrize(("form_id", "version"), _shipped())
def test_translation_keys_match_the_snapshot(form_id: str, version: int) -> None:
    path = _snapshot(form_id, version)
    assert path.is_file(), f"no key snapshot for {form_id} v{version}: run {__name__} to add"
    frozen = path.read_text(encoding="utf-8").split()
    now = _keys(form_id, version)
    assert sorted(set(frozen) - set(now)) == [], "translation keys removed or renamed"
    assert sorted(set(now) - set(frozen)) == [], "new keys: a shipped version does not change"


def test_every_snapshot_belongs_to_a_shipped_version() -> None:
    shipped = {_snapshot(f, v).name for f, v in _shipped()}
    assert {p.name for p in SNAPSHOTS.glob("*.txt")} <= shipped


def test_the_snapshot_sees_a_renamed_key(monkeypatch: pytest.MonkeyPatch) -> None:
    form_id, version = _shipped()[0]
    defn = FormRegistry.load_dir().get(form_id, version)
    renamed = [
        (k + ".renamed" if i == 0 else k, t) for i, (k, t) in enumerate(defn.translatable_strings())
    ]
    monkeypatch.setattr(type(defn), "translatable_strings", lambda self: renamed)
    frozen = set(_snapshot(form_id, version).read_text(encoding="utf-8").split())
    assert set(_keys(form_id, version)) != frozen


def main() -> int:
    """Write snapshots for versions that have none (never rewrites an existing one)."""
    SNAPSHOTS.mkdir(parents=True, exist_ok=True)
    for form_id, version in _shipped():
        path = _snapshot(form_id, version)
        if not path.exists():
            path.write_text("\n".join(_keys(form_id, version)) + "\n", encoding="utf-8")
            print(f"wrote {path}")  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
