"""Recorded audio clips per translated text (issue 12 "Listen"). Qt-free.

A clip belongs to one catalogue entry (context + key) in one language and lives in
``resources/audio/<lang>/<clip_id>.ogg`` (or ``.wav``); ``clip_id`` is a hash of context and
key, so renaming nothing in the form keeps its clips. ``index.json`` next to the clips records,
per clip, which Dutch source it was recorded for and whether an interpreter marked it done:
a clip recorded for an older source text is *outdated* (not played, listed by coverage).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.i18n.languages import file_suffix

log = logging.getLogger(__name__)

EXTENSIONS = (".ogg", ".wav")
_MAGIC = {".wav": b"RIFF", ".ogg": b"OggS"}


def looks_playable(path: Path) -> bool:
    """The file starts like a WAV or Ogg file (a truncated or foreign file does not)."""
    magic = _MAGIC.get(path.suffix.lower())
    try:
        with path.open("rb") as fh:
            head = fh.read(12)
    except OSError:
        return False
    if magic is None or not head.startswith(magic):
        return False
    return path.suffix.lower() != ".wav" or head[8:12] == b"WAVE"


INDEX_NAME = "index.json"


def clip_id(context: str, key: str) -> str:
    """Stable file name (without extension) for one catalogue entry."""
    return hashlib.sha256(f"{context}\x1f{key}".encode()).hexdigest()[:20]


def source_hash(source_nl: str) -> str:
    return hashlib.sha256(source_nl.encode("utf-8")).hexdigest()[:12]


def default_root() -> Path:
    from app.resources import resource_path

    return resource_path("audio")


@dataclass
class ClipIndex:
    """``index.json`` of one language: clip id → {context, key, source, done}."""

    path: Path
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def load(cls, lang_dir: Path) -> ClipIndex:
        path = lang_dir / INDEX_NAME
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            entries = data.get("clips", {}) if isinstance(data, dict) else {}
        except FileNotFoundError:
            entries = {}
        except (OSError, ValueError):
            log.warning("audio_index_unreadable")
            entries = {}
        return cls(path, {k: v for k, v in entries.items() if isinstance(v, dict)})

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps({"clips": self.entries}, ensure_ascii=False, indent=1, sort_keys=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".index-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(data)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def mark(self, context: str, key: str, source_nl: str, *, done: bool) -> None:
        self.entries[clip_id(context, key)] = {
            "context": context,
            "key": key,
            "source": source_hash(source_nl),
            "done": bool(done),
        }

    def is_done(self, context: str, key: str, source_nl: str) -> bool:
        e = self.entries.get(clip_id(context, key))
        return bool(e and e.get("done") and e.get("source") == source_hash(source_nl))


class ClipLibrary:
    """Finds the clip for a text in a language (``None`` when there is none)."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root if root is not None else default_root()
        self._indexes: dict[str, ClipIndex] = {}

    def lang_dir(self, lang: str) -> Path:
        return self.root / file_suffix(lang)

    def index(self, lang: str) -> ClipIndex:
        ix = self._indexes.get(lang)
        if ix is None:
            ix = ClipIndex.load(self.lang_dir(lang))
            self._indexes[lang] = ix
        return ix

    def clip_path(self, lang: str, context: str, key: str) -> Path | None:
        """The existing, non-empty clip file, whatever its source (the recorder's view)."""
        base = self.lang_dir(lang) / clip_id(context, key)
        for ext in EXTENSIONS:
            p = base.with_suffix(ext)
            try:
                if p.is_file() and p.stat().st_size > 0:
                    return p
            except OSError:
                continue
        return None

    def find(self, lang: str, context: str, key: str, source_nl: str) -> Path | None:
        """The clip to play: present, and not recorded for an older Dutch source text."""
        p = self.clip_path(lang, context, key)
        if p is None:
            return None
        e = self.index(lang).entries.get(clip_id(context, key))
        if e is not None and e.get("source") not in (None, source_hash(source_nl)):
            return None  # outdated: the text changed since it was recorded
        return p

    def target_path(self, lang: str, context: str, key: str, ext: str = ".wav") -> Path:
        return self.lang_dir(lang) / f"{clip_id(context, key)}{ext}"


@dataclass
class AudioCoverage:
    lang: str
    total: int = 0
    clips: int = 0
    done: int = 0
    outdated: int = 0

    @property
    def percent(self) -> float:
        return round(100.0 * self.clips / self.total, 1) if self.total else 0.0


def audio_coverage(
    entries: Iterable[tuple[str, str, str]], langs: Iterable[str], library: ClipLibrary
) -> list[AudioCoverage]:
    """Per language: how many of the ``(context, key, source_nl)`` texts have a playable
    clip, how many an interpreter marked done, how many clips are outdated."""
    items = list(entries)
    out = []
    for lang in langs:
        cov = AudioCoverage(lang, total=len(items))
        ix = library.index(lang)
        for ctx, key, src in items:
            if library.find(lang, ctx, key, src) is not None:
                cov.clips += 1
                if ix.is_done(ctx, key, src):
                    cov.done += 1
            elif library.clip_path(lang, ctx, key) is not None:
                cov.outdated += 1
        out.append(cov)
    return out


def format_audio_coverage(rows: list[AudioCoverage]) -> str:
    lines = [f"{'lang':<7}{'texts':>7}{'clips':>7}{'done':>7}{'outdated':>10}{'%':>7}"]
    for c in rows:
        lines.append(
            f"{c.lang:<7}{c.total:>7}{c.clips:>7}{c.done:>7}{c.outdated:>10}{c.percent:>7}"
        )
    lines.append(
        "clips = a recorded clip plays for that text; done = an interpreter marked it checked; "
        "outdated = recorded for an older Dutch text (re-record). Without a clip the "
        "computer voice is used where the system has one for the language."
    )
    return "\n".join(lines)
