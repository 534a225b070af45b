"""The Qt Linguist ``.ts`` file format (TS 2.1), read, written and merged without Qt.

Split out of :mod:`app.i18n.catalog`, which re-exports every public name here: the message
model (:class:`TsMessage`, :class:`TsFile`), :func:`parse_ts` / :func:`serialize_ts` and their
file variants, the placeholder check used when a catalogue is loaded, and
:func:`merge_messages` (update a catalogue from the current sources).

Translation state follows the format: ``type="unfinished"`` = written but not reviewed by a
certified translator; no type = finished (reviewed); ``type="vanished"``/``"obsolete"`` = the
source no longer exists.
"""

from __future__ import annotations

import contextlib
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from app.i18n.languages import SOURCE_LANGUAGE

TS_VERSION = "2.1"

UNFINISHED = "unfinished"
FINISHED = "finished"
VANISHED = "vanished"
OBSOLETE = "obsolete"
_DEAD = frozenset({VANISHED, OBSOLETE})

_BRACE_RE = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|\{[0-9]*\}")
_PERCENT_RE = re.compile(r"%(?:n|L?[1-9][0-9]?)")


def placeholders(text: str) -> frozenset[str]:
    """``{name}``, ``{0}``, ``{}``, ``%n``, ``%1`` .. ``%99`` (and ``%L1``) in ``text``."""
    return frozenset(_BRACE_RE.findall(text)) | frozenset(
        p.replace("%L", "%") for p in _PERCENT_RE.findall(text)
    )


def placeholder_problem(source: str, translation: str) -> str | None:
    """A short reason when the translation's placeholders differ from the source's."""
    src, tr = placeholders(source), placeholders(translation)
    if src == tr:
        return None
    parts = []
    if src - tr:
        parts.append("missing " + ", ".join(sorted(src - tr)))
    if tr - src:
        parts.append("unknown " + ", ".join(sorted(tr - src)))
    return "placeholder mismatch: " + "; ".join(parts)


# --------------------------------------------------------------------------- TS model


@dataclass
class TsMessage:
    context: str
    source: str
    key: str | None = None  # our stable id (``id`` attribute); None in UI catalogues
    translation: str = ""
    state: str = UNFINISHED  # unfinished | finished | vanished | obsolete
    oldsource: str | None = None
    comment: str | None = None  # disambiguation (part of the Qt lookup key)
    extracomment: str | None = None  # note for translators
    translatorcomment: str | None = None
    numerus: bool = False
    numerus_forms: list[str] = field(default_factory=list)
    locations: list[tuple[str, str]] = field(default_factory=list)

    @property
    def is_dead(self) -> bool:
        return self.state in _DEAD

    @property
    def finished(self) -> bool:
        return self.state == FINISHED

    @property
    def text(self) -> str:
        if self.numerus:
            return self.numerus_forms[0] if self.numerus_forms else ""
        return self.translation

    @property
    def all_texts(self) -> list[str]:
        return list(self.numerus_forms) if self.numerus else [self.translation]


@dataclass
class TsFile:
    language: str = ""
    sourcelanguage: str = SOURCE_LANGUAGE
    messages: list[TsMessage] = field(default_factory=list)

    def contexts(self) -> list[str]:
        seen: dict[str, None] = {}
        for m in self.messages:
            seen.setdefault(m.context, None)
        return list(seen)

    def by_key(self) -> dict[tuple[str, str], TsMessage]:
        return {(m.context, m.key): m for m in self.messages if m.key is not None}

    def find(self, context: str, key: str) -> TsMessage | None:
        for m in self.messages:
            if m.context == context and m.key == key:
                return m
        return None


class TsFormatError(ValueError):
    """The file is not a readable TS catalogue."""


def _child_text(el: ET.Element, tag: str) -> str | None:
    child = el.find(tag)
    if child is None:
        return None
    return child.text or ""


def parse_ts(data: bytes | str, origin: str = "<ts>") -> TsFile:
    """Parse TS XML. Raises :class:`TsFormatError` with a short reason."""
    try:
        root = ET.fromstring(data)  # noqa: S314 - local, bundled files; no entity expansion in ET
    except ET.ParseError as exc:
        raise TsFormatError(f"{origin}: not valid XML ({exc})") from None
    if root.tag != "TS":
        raise TsFormatError(f"{origin}: root element is <{root.tag}>, expected <TS>")
    ts = TsFile(
        language=root.get("language", ""),
        sourcelanguage=root.get("sourcelanguage", SOURCE_LANGUAGE),
    )
    for ctx in root.iter("context"):
        name = _child_text(ctx, "name") or ""
        for msg in ctx.iter("message"):
            tr_el = msg.find("translation")
            state = FINISHED
            translation = ""
            forms: list[str] = []
            numerus = msg.get("numerus") == "yes"
            if tr_el is not None:
                state = tr_el.get("type") or FINISHED
                if numerus:
                    forms = [f.text or "" for f in tr_el.iter("numerusform")]
                else:
                    translation = tr_el.text or ""
            else:
                state = UNFINISHED
            locs = [(loc.get("filename", ""), loc.get("line", "")) for loc in msg.iter("location")]
            key = msg.get("id")
            ts.messages.append(
                TsMessage(
                    context=name,
                    source=_child_text(msg, "source") or "",
                    key=key,
                    translation=translation,
                    state=state,
                    oldsource=_child_text(msg, "oldsource"),
                    comment=_child_text(msg, "comment"),
                    extracomment=_child_text(msg, "extracomment"),
                    translatorcomment=_child_text(msg, "translatorcomment"),
                    numerus=numerus,
                    numerus_forms=forms,
                    locations=locs,
                )
            )
    return ts


def read_ts(path: Path) -> TsFile:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TsFormatError(f"{path.name}: cannot read ({type(exc).__name__})") from None
    return parse_ts(data, path.name)


_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;"})


def _esc(text: str) -> str:
    # not xml.sax.saxutils: importing it pulls in urllib/http/email (~70 ms at start-up)
    return text.translate(_ESCAPES)


def serialize_ts(ts: TsFile) -> str:
    """TS 2.1 XML in the layout lupdate writes (4-space indent, one context per block)."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]
    lang_attr = f' language="{_esc(ts.language)}"' if ts.language else ""
    lines.append(
        f'<TS version="{TS_VERSION}"{lang_attr} sourcelanguage="{_esc(ts.sourcelanguage)}">'
    )
    by_ctx: dict[str, list[TsMessage]] = {}
    for m in ts.messages:
        by_ctx.setdefault(m.context, []).append(m)
    for ctx, msgs in by_ctx.items():
        lines.append("<context>")
        lines.append(f"    <name>{_esc(ctx)}</name>")
        for m in msgs:
            attrs = ""
            if m.key is not None:
                attrs += f' id="{_esc(m.key)}"'
            if m.numerus:
                attrs += ' numerus="yes"'
            lines.append(f"    <message{attrs}>")
            for filename, line in m.locations:
                lines.append(f'        <location filename="{_esc(filename)}" line="{_esc(line)}"/>')
            lines.append(f"        <source>{_esc(m.source)}</source>")
            if m.oldsource is not None:
                lines.append(f"        <oldsource>{_esc(m.oldsource)}</oldsource>")
            if m.comment is not None:
                lines.append(f"        <comment>{_esc(m.comment)}</comment>")
            if m.extracomment is not None:
                lines.append(f"        <extracomment>{_esc(m.extracomment)}</extracomment>")
            if m.translatorcomment is not None:
                lines.append(
                    f"        <translatorcomment>{_esc(m.translatorcomment)}</translatorcomment>"
                )
            type_attr = "" if m.state == FINISHED else f' type="{m.state}"'
            if m.numerus:
                lines.append(f"        <translation{type_attr}>")
                for form in m.numerus_forms or [""]:
                    lines.append(f"            <numerusform>{_esc(form)}</numerusform>")
                lines.append("        </translation>")
            else:
                lines.append(f"        <translation{type_attr}>{_esc(m.translation)}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def write_ts(path: Path, ts: TsFile) -> None:
    """Write atomically (temp file, fsync, replace), UTF-8, world-readable like any source
    file (these are committed catalogues, not personal data)."""
    import os
    import tempfile

    data = serialize_ts(ts).encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".ts", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)  # noqa: S103 - committed, non-secret catalogue
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def merge_messages(
    ts: TsFile,
    current: Iterable[tuple[str, str, str, str | None]],
    *,
    contexts: Iterable[str] | None = None,
) -> dict[str, int]:
    """Update ``ts`` in place from the current sources ``(context, key, source_nl, note)``.

    Existing translations are kept. A changed Dutch source keeps the old translation but marks
    it ``unfinished`` with the previous text in ``<oldsource>`` (so it is not shown until a
    translator has looked at it); entries no longer extracted become ``vanished``. Only the
    contexts in ``contexts`` (default: those in ``current``) are touched.
    """
    stats = {"new": 0, "changed": 0, "vanished": 0, "revived": 0, "kept": 0}
    current = list(current)
    touched = set(contexts) if contexts is not None else {c for c, _, _, _ in current}
    existing = ts.by_key()
    seen: set[tuple[str, str]] = set()
    ordered: dict[str, list[TsMessage]] = {}
    for ctx, key, source, note in current:
        if (ctx, key) in seen:
            continue
        seen.add((ctx, key))
        m = existing.get((ctx, key))
        if m is None:
            m = TsMessage(context=ctx, source=source, key=key, state=UNFINISHED)
            stats["new"] += 1
        else:
            if m.source != source:
                if m.oldsource is None:
                    m.oldsource = m.source
                m.source = source
                m.state = UNFINISHED
                stats["changed"] += 1
            elif m.is_dead:
                m.state = UNFINISHED
                stats["revived"] += 1
            else:
                stats["kept"] += 1
            if m.oldsource is not None and m.oldsource == m.source:
                m.oldsource = None
        m.extracomment = note
        ordered.setdefault(ctx, []).append(m)
    for m in ts.messages:
        if m.context in touched and m.key is None:
            ordered.setdefault(m.context, []).append(m)
        elif m.context in touched and (m.context, m.key) not in seen:
            if not m.is_dead:
                m.state = VANISHED
                stats["vanished"] += 1
            ordered.setdefault(m.context, []).append(m)
    # keep untouched contexts as they were, touched ones in extraction order
    result: list[TsMessage] = []
    done: set[str] = set()
    for m in ts.messages:
        if m.context in touched:
            if m.context not in done:
                result.extend(ordered.get(m.context, []))
                done.add(m.context)
        else:
            result.append(m)
    for ctx, msgs in ordered.items():
        if ctx not in done:
            result.extend(msgs)
            done.add(ctx)
    ts.messages = result
    return stats
