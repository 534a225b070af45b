"""``python -m app.i18n extract | coverage [--json] | compile | check | record --lang ti``."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from dataclasses import asdict
from pathlib import Path

from app.i18n import extract as ex
from app.i18n import form_versions as fv
from app.i18n.audio import AudioCoverage, ClipLibrary, audio_coverage, format_audio_coverage
from app.i18n.catalog import ContentCatalog
from app.i18n.glossary import GlossaryProblem, check_glossary, format_glossary_report


def _dirs(args: argparse.Namespace) -> tuple[Path, Path | None, Path | None]:
    from app.resources import translations_dir

    tdir = Path(args.translations) if args.translations else translations_dir()
    forms = Path(args.forms) if args.forms else None
    cards = Path(args.cards) if args.cards else None
    return tdir, forms, cards


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.i18n", description=__doc__)
    parser.add_argument("--translations", help="translations dir (default: bundled)")
    parser.add_argument("--forms", help="forms dir (default: bundled)")
    parser.add_argument("--cards", help="cards.json (default: bundled)")
    sub = parser.add_subparsers(dest="command", required=True)
    p_ex = sub.add_parser("extract", help="update content_<lang>.ts from forms, cards, messages")
    p_ex.add_argument("--lang", action="append", help="only this language (repeatable)")
    p_cov = sub.add_parser("coverage", help="translated / reviewed per language")
    p_cov.add_argument("--json", action="store_true", help="machine-readable output")
    p_cov.add_argument("--lang", action="append", help="only this language (repeatable)")
    p_cov.add_argument("--audio", help="audio clips dir (default: bundled resources/audio)")
    p_rec = sub.add_parser("record", help="record the audio clips of one language (a window)")
    p_rec.add_argument("--lang", required=True, help="language code, e.g. ti")
    p_rec.add_argument("--audio", help="audio clips dir (default: bundled resources/audio)")
    sub.add_parser("compile", help="pyside6-lrelease app_<lang>.ts -> .qm")
    sub.add_parser("check", help="report broken catalogues and rejected translations")
    p_imp = sub.add_parser(
        "import-json",
        help="import {key: text} JSON files named <context>.<lang>.json as unfinished",
    )
    p_imp.add_argument("files", nargs="+", help="e.g. work/brede-intake.ar.json")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    tdir, forms, cards = _dirs(args)

    if args.command == "extract":
        sources = ex.collect_sources(forms, cards)
        for p in sources.problems:
            print(f"warning: {p}", file=sys.stderr)
        stats = ex.extract(tdir, sources, args.lang)
        for lang, s in stats.items():
            print(f"{lang:<6} " + " ".join(f"{k}={v}" for k, v in s.items()))
        return 0
    if args.command == "coverage":
        sources = ex.collect_sources(forms, cards)
        items = ex.coverage(tdir, sources, args.lang)
        per_version = fv.report(forms, tdir, args.lang)  # missing texts per form version
        audio, glossary = _audio_and_glossary(tdir, sources, args)
        if args.json:
            out = ex.coverage_json(items)
            out["source_problems"] = sources.problems
            out["form_versions"] = fv.coverage_json(per_version)
            out["audio"] = {a.lang: {**asdict(a), "percent": a.percent} for a in audio}
            out["glossary"] = {lang: [asdict(p) for p in ps] for lang, ps in glossary.items()}
            print(json.dumps(out, indent=2, ensure_ascii=False))
        else:
            print(ex.format_coverage(items))
            print(fv.format_version_coverage(per_version))
            print()
            print(format_audio_coverage(audio))
            print()
            print(format_glossary_report(glossary))
        return 0
    if args.command == "record":
        from app.ui.clip_recorder import run

        return run(args.lang, tdir, Path(args.audio) if args.audio else None)
    if args.command == "compile":
        try:
            results = ex.compile_ui(tdir)
        except FileNotFoundError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        for path, rc in results:
            print(f"{path.name}: {'ok' if rc == 0 else f'FAILED ({rc})'}")
        return 0 if all(rc == 0 for _, rc in results) else 1
    if args.command == "check":
        problems = ContentCatalog.load(tdir).errors
        for p in problems:
            print(p)
        return 1 if problems else 0
    if args.command == "import-json":
        return _import_json(tdir, [Path(f) for f in args.files])
    return 2  # pragma: no cover


def _audio_and_glossary(
    tdir: Path, sources: ex.Sources, args: argparse.Namespace
) -> tuple[list[AudioCoverage], dict[str, list[GlossaryProblem]]]:
    from app.i18n.languages import target_codes

    langs = list(args.lang or target_codes())
    library = ClipLibrary(Path(args.audio) if args.audio else None)
    spoken = [(c, k, s) for c, k, s, _ in sources.entries if c != "validation"]
    audio = audio_coverage(spoken, langs, library)
    catalog = ContentCatalog.load(tdir)
    glossary = {
        lang: check_glossary(lang, sources.entries, catalog, tdir / "glossary") for lang in langs
    }
    return audio, glossary


def _import_json(tdir: Path, files: list[Path]) -> int:
    status = 0
    for f in files:
        context, _, lang = f.stem.rpartition(".")
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            print(f"{f.name}: unreadable ({type(exc).__name__})", file=sys.stderr)
            status = 1
            continue
        if not context or not isinstance(data, dict):
            print(f"{f.name}: expected <context>.<lang>.json with an object", file=sys.stderr)
            status = 1
            continue
        res = ex.import_translations(tdir, lang, context, data)
        print(
            f"{f.name}: applied={res.applied} unchanged={res.unchanged} "
            f"kept_reviewed={res.kept_reviewed} unknown={len(res.unknown_keys)} "
            f"rejected={len(res.rejected)}"
        )
        for key, reason in res.rejected:
            print(f"  rejected {key}: {reason}", file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main())
