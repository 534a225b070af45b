"""Start-up failures: a start that fails after the demo vault was made removes it."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from app import main as app_main


def test_failed_start_leaves_no_demo_vault(qapp, monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr("app.platform_check.missing_libraries", lambda: {})
    monkeypatch.setattr("app.ui.application.Application", lambda argv: qapp)
    made: list[Path] = []
    real = app_main.make_demo_vault

    def demo_vault(n: int = 3) -> tuple[Path, str]:
        path, passphrase = real(3)
        made.append(path)
        assert (path / "vault.sqlite3").is_file()
        return path, passphrase

    def broken_window(*args, **kwargs):
        raise RuntimeError("window could not be built")

    monkeypatch.setattr(app_main, "make_demo_vault", demo_vault)
    monkeypatch.setattr(app_main, "build_main_window", broken_window)
    with pytest.raises(RuntimeError):
        app_main.run_gui(demo=True, bench_startup=True)
    assert made and not made[0].exists()
    assert [p.name for p in tmp_path.iterdir()] == []
