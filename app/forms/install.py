"""Put an imported workbook into a forms directory (IT's working copy): the version's JSON file
and the translators' catalogues. All checks run before anything is written; the form file is
written last and atomically, so a refused or interrupted import never leaves a half-installed
form (at worst, catalogue entries for a version that does not exist, which nothing shows)."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain.forms import FormRegistry
from app.forms.workbook import SETTINGS, WorkbookError, WorkbookProblem
from app.forms.xlsx_import import ImportedForm


def definition_bytes(definition: dict[str, object]) -> bytes:
    return (json.dumps(definition, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _same_definition(path: Path, definition: dict[str, Any]) -> bool:
    try:
        return bool(json.loads(path.read_text(encoding="utf-8")) == definition)
    except (OSError, ValueError):
        return False


@dataclass
class InstallResult:
    path: Path
    unchanged: bool = False
    #: lang -> stats (to_translate, from_workbook, stale_in_workbook)
    translation_stats: dict[str, Any] = field(default_factory=dict)


def check_new_version(imported: ImportedForm, forms_dir: Path) -> InstallResult | None:
    """Refuse a version that is not newer than the latest one in ``forms_dir`` (a version in
    use is never changed); ``InstallResult(unchanged=True)`` when exactly this file exists."""
    form = imported.form
    target = forms_dir / imported.file_name
    if target.exists() and _same_definition(target, imported.definition):
        return InstallResult(target, unchanged=True)
    reg = FormRegistry.load_dir(forms_dir)
    versions = reg.versions(form.form_id)
    if target.exists() or (versions and form.version <= max(versions)):
        latest = max(versions) if versions else form.version
        raise WorkbookError(
            [
                WorkbookProblem(
                    SETTINGS,
                    0,
                    "",
                    f"versie {form.version} van '{form.form_id}' bestaat al of is niet nieuwer "
                    f"dan de laatste ({latest}); een versie in gebruik wordt nooit gewijzigd, "
                    f"geef deze werkmap versie {latest + 1}",
                    f"version {form.version} of '{form.form_id}' already exists or is not newer "
                    f"than the latest ({latest}); a version in use is never changed, give this "
                    f"workbook version {latest + 1}",
                )
            ]
        )
    return None


def install(
    imported: ImportedForm, forms_dir: Path, translations_dir: Path | None
) -> InstallResult:
    done = check_new_version(imported, forms_dir)
    if done is not None:
        return done
    result = InstallResult(forms_dir / imported.file_name)
    if translations_dir is not None:
        from app.i18n.form_versions import merge_form_version

        result.translation_stats = dict(
            merge_form_version(translations_dir, imported.form, imported.translations)
        )
    forms_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".import-", suffix=".tmp", dir=forms_dir)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(definition_bytes(imported.definition))
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)  # noqa: S103 - a form definition, committed source, no personal data
        os.replace(tmp, result.path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return result
