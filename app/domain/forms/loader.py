"""Load and check form definitions (``forms/<form_id>.v<N>.json``).

A broken definition is rejected with every problem found: the file, a JSON path inside it
(``$.sections[2].fields[5].relevant``) and a Dutch reason a form editor can act on. The
:class:`FormRegistry` loads a whole directory, keeps every valid version (so drafts made
with an older version still open) and collects the problems of the broken files, so the app
keeps running with the forms that are valid.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from app.domain.forms.builder import build_definition
from app.domain.forms.model import FormDefinition
from app.domain.forms.problems import (
    FILENAME_RE,
    MAX_FORM_BYTES,
    MAX_JSON_DEPTH,
    MAX_PROBLEMS,
    Checker,
    FormDefinitionError,
    FormNotFound,
    FormProblem,
    TooMany,
    json_depth,
)
from app.domain.forms.schema import schema_problems

__all__ = [
    "FILENAME_RE",
    "FormDefinitionError",
    "FormNotFound",
    "FormProblem",
    "FormRegistry",
    "build_form",
    "iter_form_files",
    "load_form_file",
    "parse_form_text",
]

log = logging.getLogger(__name__)


def parse_form_text(raw: bytes | str, file: str = "<tekst>") -> FormDefinition:
    """Parse and check one definition; raises :class:`FormDefinitionError`."""
    size = len(raw.encode("utf-8", "surrogatepass") if isinstance(raw, str) else raw)
    if size > MAX_FORM_BYTES:
        raise FormDefinitionError(
            [
                FormProblem(
                    file, "$", f"bestand is te groot ({size} bytes, maximaal {MAX_FORM_BYTES})"
                )
            ]
        )
    try:
        text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
    except UnicodeDecodeError as exc:
        raise FormDefinitionError(
            [FormProblem(file, "$", f"bestand is geen geldige UTF-8 (byte {exc.start})")]
        ) from None
    try:
        data = json.loads(text)
    except RecursionError:
        raise FormDefinitionError(
            [FormProblem(file, "$", f"JSON is te diep genest (maximaal {MAX_JSON_DEPTH} niveaus)")]
        ) from None
    except json.JSONDecodeError as exc:
        raise FormDefinitionError(
            [
                FormProblem(
                    file, "$", f"ongeldige JSON op regel {exc.lineno}, kolom {exc.colno}: {exc.msg}"
                )
            ]
        ) from None
    return build_form(data, file)


def load_form_file(path: Path) -> FormDefinition:
    """Read and check one definition file; raises :class:`FormDefinitionError`."""
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_FORM_BYTES:
            raise FormDefinitionError(
                [
                    FormProblem(
                        name, "$", f"bestand is te groot ({size} bytes, maximaal {MAX_FORM_BYTES})"
                    )
                ]
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise FormDefinitionError(
            [FormProblem(name, "$", f"bestand kan niet worden gelezen ({exc.strerror or exc})")]
        ) from None
    defn = parse_form_text(raw, name)
    m = FILENAME_RE.match(name)
    if m and (m.group("form_id") != defn.form_id or int(m.group("version")) != defn.version):
        raise FormDefinitionError(
            [
                FormProblem(
                    name,
                    "$",
                    f"bestandsnaam past niet bij form_id/version in het bestand "
                    f"({defn.form_id}.v{defn.version}.json verwacht)",
                )
            ]
        )
    return defn


def build_form(data: Any, file: str = "<dict>") -> FormDefinition:
    """Check parsed JSON and build the immutable model; raises :class:`FormDefinitionError`."""
    chk = Checker(file)
    try:
        defn = build_definition(data, chk)
    except TooMany:
        defn = None
    except RecursionError:  # defensive: nothing here recurses on input depth
        chk.problems.append(FormProblem(file, "$", "definitie is te diep genest"))
        defn = None
    problems = _merge(chk.problems, _structure_problems(data, file))
    if problems or defn is None:
        raise FormDefinitionError(problems or [FormProblem(file, "$", "ongeldig")])
    return defn


def _structure_problems(data: Any, file: str) -> list[FormProblem]:
    """Violations of forms/schema.json (skipped for input too deep to walk safely: the
    builder has already refused that)."""
    if json_depth(data) > MAX_JSON_DEPTH:
        return []
    return schema_problems(data, file)


def _merge(code: list[FormProblem], schema: list[FormProblem]) -> list[FormProblem]:
    """The code's problems (more specific wording) plus every schema violation at a place the
    code did not already report."""
    seen = {p.path for p in code}
    merged = list(code)
    for p in schema:
        if p.path not in seen and len(merged) < MAX_PROBLEMS:
            merged.append(p)
            seen.add(p.path)
    return merged


def iter_form_files(directory: Path) -> Iterable[Path]:
    return sorted(p for p in directory.glob("*.json") if FILENAME_RE.match(p.name))


class FormRegistry:
    """All valid versions of all forms in a directory, plus the problems of broken files."""

    def __init__(self) -> None:
        self._forms: dict[str, dict[int, FormDefinition]] = {}
        self.errors: list[FormProblem] = []

    @classmethod
    def load_dir(cls, directory: Path | None = None) -> FormRegistry:
        if directory is None:
            from app.resources import forms_dir

            directory = forms_dir()
        reg = cls()
        if not directory.is_dir():
            reg.errors.append(FormProblem(str(directory), "$", "map met formulieren bestaat niet"))
            return reg
        for path in iter_form_files(directory):
            try:
                reg.add(load_form_file(path))
            except FormDefinitionError as exc:
                reg.errors.extend(exc.problems)
                log.warning(
                    "form definition rejected: %s (%d problems)", path.name, len(exc.problems)
                )
        return reg

    def add(self, defn: FormDefinition) -> None:
        # copy-on-write: a version delivered by the sync worker is added while the GUI thread
        # may be iterating the versions (no lock needed, no "dict changed size")
        versions = {**self._forms.get(defn.form_id, {}), defn.version: defn}
        self._forms = {**self._forms, defn.form_id: versions}

    def form_ids(self) -> list[str]:
        return sorted(self._forms)

    def versions(self, form_id: str) -> list[int]:
        return sorted(self._forms.get(form_id, {}))

    def latest(self, form_id: str) -> FormDefinition:
        versions = self._forms.get(form_id)
        if not versions:
            raise FormNotFound(form_id)
        return versions[max(versions)]

    def get(self, form_id: str, version: int) -> FormDefinition:
        try:
            return self._forms[form_id][version]
        except KeyError:
            raise FormNotFound(f"{form_id}.v{version}") from None

    def has(self, form_id: str, version: int) -> bool:
        return version in self._forms.get(form_id, {})
