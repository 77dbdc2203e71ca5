"""The ``adscreen`` command: one entry point, one subcommand per job."""

from __future__ import annotations

import argparse
import sys
from typing import Sequence


def build_parser() -> argparse.ArgumentParser:
    from model import __version__
    from service.batch.cli import add_score_parser
    from service.serve import add_serve_parser
    from training.cli import add_evaluate_parser, add_train_parser

    parser = argparse.ArgumentParser(prog="adscreen", description="Recruitment-ad risk screening: fraud and trafficking red flags.")
    parser.add_argument("--version", action="version", version=f"adscreen {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, add in (("serve", add_serve_parser), ("score", add_score_parser), ("train", add_train_parser), ("evaluate", add_evaluate_parser)):
        add(sub)
    return parser


def _handler(command: str):
    if command == "serve":
        from service.serve import run_serve

        return run_serve
    if command == "score":
        from service.batch.cli import run_score

        return run_score
    if command == "train":
        from training.cli import run_train

        return run_train
    from training.cli import run_evaluate

    return run_evaluate


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 2
    return int(_handler(args.command)(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
