"""Command line: `briefing [PATH...]` opens the reader; `briefing outline ...` is headless.

Headless commands print JSON with ``--json`` (the shapes are contracts other tools rely
on: keys are only ever added) and a readable listing without it. A file that cannot be
read is reported on stderr, one line each, and the other files are still processed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from briefing import __version__
from briefing.core.model import ScriptMode
from briefing.resources import seeds_dir

COMMANDS = ("outline", "entities", "facts", "export")


def _mode(value: str) -> ScriptMode:
    try:
        return ScriptMode.parse(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _add_paths(parser: argparse.ArgumentParser, required: bool) -> None:
    parser.add_argument(
        "paths",
        nargs="+" if required else "*",
        type=Path,
        metavar="PATH",
        help="article files, or folders searched recursively for *.txt and *.md"
        + ("" if required else " (default: the bundled sample articles)"),
    )
    parser.add_argument(
        "--script",
        type=_mode,
        default=ScriptMode.ORIGINAL,
        metavar="MODE",
        help="original (default), t2s (Simplified), s2t (Traditional), s2twp (Taiwan), s2hk (Hong Kong)",
    )


def _add_entity_options(parser: argparse.ArgumentParser, no_cache: bool = True) -> None:
    parser.add_argument("--aliases", type=Path, metavar="FILE", help="alias file (default: aliases.toml in the user config directory)")
    if no_cache:
        parser.add_argument("--no-cache", action="store_true", help="extract entities again instead of reading the on-disk cache")


def app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Read Chinese news briefings in the terminal. "
        f"Headless commands: {', '.join(COMMANDS)} (see `briefing COMMAND --help`).",
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    _add_paths(parser, required=False)
    parser.add_argument("--notes", type=Path, metavar="PATH", help="notes database (default: notes.sqlite3 in the user data directory)")
    return parser


def outline_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing outline",
        description="Print each article's title, script and sections with their typed blocks.",
    )
    _add_paths(parser, required=True)
    parser.add_argument("--json", action="store_true", help="print JSON: {articles: [{path, title, script, sections: [{title, blocks: [{kind, text}]}]}]}")
    return parser


def entities_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing entities",
        description="List the people, organisations, places, products, works and events the articles name, "
        "linked across scripts, stated aliases and articles.",
    )
    _add_paths(parser, required=True)
    parser.add_argument("--json", action="store_true", help="print JSON: {entities: [{name, type, aliases, articles, mentions: [{article, block, start, end, text}]}]}")
    _add_entity_options(parser)
    return parser


def facts_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing facts",
        description="List the values each article states about an entity (money, percentages, counts, dates), "
        "and where two articles corroborate or differ.",
    )
    _add_paths(parser, required=True)
    parser.add_argument(
        "--json",
        action="store_true",
        help='print JSON: {facts: [{id, entity, value, normalized, article, sentence}], links: [{relation: "corroborates"|"differs", facts: [ids]}]}',
    )
    _add_entity_options(parser)
    return parser


def export_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing export",
        description="Export your highlights and notes on these articles, with their entities and linked facts, "
        "as Markdown (to paste into a report) or JSON.",
    )
    _add_paths(parser, required=True)
    parser.add_argument("--format", choices=("md", "json"), default="md", help="md (default) or json")
    parser.add_argument("--notes", type=Path, metavar="PATH", help="notes database (default: notes.sqlite3 in the user data directory)")
    parser.add_argument("-o", "--output", type=Path, metavar="FILE", help="write here instead of standard output")
    parser.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    _add_entity_options(parser, no_cache=False)
    return parser


def _report_errors(errors: tuple) -> None:
    for error in errors:
        print(f"briefing: {error}", file=sys.stderr)


def _print_json(data: dict) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _open_with_entities(args: argparse.Namespace):
    """Load the articles and their linked entities; alias-file problems raise BriefingError."""
    from briefing.core.briefing import open_briefing
    from briefing.core.entities.link import load_aliases
    from briefing.core.entities.service import find_entities

    aliases = load_aliases(args.aliases)
    briefing = open_briefing(args.paths)
    _report_errors(briefing.errors)
    entities = find_entities(briefing.articles, aliases, use_cache=not getattr(args, "no_cache", False))
    return briefing, entities


def run_outline(argv: list[str]) -> int:
    from briefing.core.briefing import open_briefing, outline

    args = outline_parser().parse_args(argv)
    briefing = open_briefing(args.paths)
    _report_errors(briefing.errors)
    data = outline(briefing, args.script)
    if args.json:
        _print_json(data)
    else:
        for article in data["articles"]:
            print(f"{article['title']}  [{article['script']}, {article['path']}]")
            for section in article["sections"]:
                print(f"  § {section['title']}")
                for block in section["blocks"]:
                    text = block["text"]
                    print(f"      {block['kind']:<8} {text[:60]}{'…' if len(text) > 60 else ''}")
    return 0 if briefing.articles else 1


def run_entities(argv: list[str]) -> int:
    from briefing.core.briefing import entities_document
    from briefing.core.errors import BriefingError

    args = entities_parser().parse_args(argv)
    try:
        briefing, entities = _open_with_entities(args)
    except BriefingError as exc:
        print(f"briefing: {exc}", file=sys.stderr)
        return 2
    data = entities_document(briefing, entities, args.script)
    if args.json:
        _print_json(data)
    else:
        for entity in data["entities"]:
            aliases_text = f"  ({', '.join(entity['aliases'])})" if entity["aliases"] else ""
            print(f"{entity['type']:<13} {entity['count']:>3}  {entity['name']}{aliases_text}")
    return 0 if briefing.articles else 1


def run_facts(argv: list[str]) -> int:
    from briefing.core.briefing import facts_document
    from briefing.core.errors import BriefingError
    from briefing.core.facts import fact_sheet

    args = facts_parser().parse_args(argv)
    try:
        briefing, entities = _open_with_entities(args)
    except BriefingError as exc:
        print(f"briefing: {exc}", file=sys.stderr)
        return 2
    data = facts_document(briefing, entities, fact_sheet(briefing.articles, entities), args.script)
    if args.json:
        _print_json(data)
    else:
        by_id = {f["id"]: f for f in data["facts"]}
        for link in data["links"]:
            mark = "=" if link["relation"] == "corroborates" else "≠"
            print(f"{mark} {link['relation']}")
            for fact_id in link["facts"]:
                fact = by_id[fact_id]
                print(f"    {fact['entity']}: {fact['value']}  [{fact['normalized']}]  {Path(fact['article']).name}")
        print(f"{len(data['facts'])} facts, {len(data['links'])} links")
    return 0 if briefing.articles else 1


def run_export(argv: list[str]) -> int:
    from briefing.core.errors import BriefingError
    from briefing.core.export import export_document, to_markdown, write_export
    from briefing.core.facts import fact_sheet
    from briefing.core.notes import NoteStore, default_notes_path

    args = export_parser().parse_args(argv)
    notes_path = args.notes or default_notes_path()
    try:
        if notes_path.exists():
            with NoteStore(notes_path) as store:
                notes = store.all()
        else:
            print(f"briefing: {notes_path}: no notes file yet; exporting the entity index and facts only", file=sys.stderr)
            notes = []
        briefing, entities = _open_with_entities(args)
        if not briefing.articles:
            return 1
        document = export_document(briefing, entities, fact_sheet(briefing.articles, entities), notes, args.script)
        content = to_markdown(document) if args.format == "md" else json.dumps(document, ensure_ascii=False, indent=2) + "\n"
        if args.output is None:
            sys.stdout.write(content)
        else:
            write_export(args.output, content, force=args.force)
            print(f"briefing: wrote {args.output}", file=sys.stderr)
    except BriefingError as exc:
        print(f"briefing: {exc}", file=sys.stderr)
        return 2
    return 0


def run_app(argv: list[str]) -> int:
    args = app_parser().parse_args(argv)
    paths = args.paths or [seeds_dir()]
    from briefing.app.app import BriefingApp

    BriefingApp(paths=paths, mode=args.script, notes_path=args.notes).run()
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    commands: dict[str, Callable[[list[str]], int]] = {
        "outline": run_outline,
        "entities": run_entities,
        "facts": run_facts,
        "export": run_export,
    }
    try:
        if argv and argv[0] in commands:
            return commands[argv[0]](argv[1:])
        return run_app(argv)
    except BrokenPipeError:
        # The reader piped us into `head`; stop quietly, as other command-line tools do.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
