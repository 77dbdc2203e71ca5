"""The ``adscreen score`` subcommand: ``add_score_parser(subparsers)`` and ``run_score(args)``.

Exit codes: 0 done (some rows may have failed; see ``error``), 1 the run could not complete
or the accounting check failed, 2 bad usage or input (formats, columns, checkpoint),
130 interrupted (rerun with ``--resume``).
"""

from __future__ import annotations

import argparse
import sys

from service.batch.checkpoint import CheckpointError
from service.batch.columns import ColumnError, parse_field_options
from service.batch.csv_reader import CsvHeaderError
from service.batch.progress import MODES
from service.batch.readers import FORMATS, InputFormatError
from service.batch.runner import DEFAULT_CHUNK_SIZE, OutputExistsError, ScoreOptions, score_file
from service.batch.scoring import ScreenerSource
from service.batch.summary import AccountingError, format_summary, write_summary_json

EXAMPLES = """\
examples:
  adscreen score listings.csv --out scored.csv
  adscreen score emscad.csv.gz --out scored.parquet --jobs 2          (EMSCAD columns recognised)
  adscreen score ads.jsonl --out scored.jsonl --text-column body --id-column ad_id
  adscreen score ads.csv --out scored.csv --resume                    (continue an interrupted run)
  adscreen score ads.parquet --out scored/ --engine spark --spark-master spark://host:7077
"""


def add_score_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "score",
        help="score a CSV/JSONL/Parquet file of ads, streaming and resumable",
        description="Score every ad in INPUT and write one output row per input row, in input order.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("input", metavar="INPUT", help="CSV, JSONL or Parquet file (.csv.gz and .jsonl.gz too)")
    parser.add_argument("--out", "-o", required=True, metavar="OUTPUT", help="output file (format from its extension)")
    parser.add_argument("--format", dest="output_format", choices=FORMATS, help="output format, if not from the extension")
    parser.add_argument("--input-format", choices=FORMATS, help="input format, if not from the extension")
    columns = parser.add_argument_group("columns")
    columns.add_argument("--text-column", metavar="COL", help="column holding the whole ad text")
    columns.add_argument("--id-column", metavar="COL", help="column holding the ad id (default: id, else job_id, else row number)")
    columns.add_argument(
        "--field",
        action="append",
        metavar="NAME=COL",
        help="map a structured field (title, description, ...) to a column; repeatable. "
        "Without --text-column/--field: a 'text' column, else structured columns by name (EMSCAD).",
    )
    columns.add_argument("--encoding", default="utf-8", help="text encoding of CSV/JSONL input (default utf-8)")
    run = parser.add_argument_group("run")
    run.add_argument("--jobs", "-j", type=int, default=1, help="worker processes (local engine; default 1)")
    run.add_argument("--chunk-size", type=int, default=DEFAULT_CHUNK_SIZE, help="rows per chunk and checkpoint step")
    run.add_argument("--resume", action="store_true", help="continue an interrupted run into the same OUTPUT")
    run.add_argument("--overwrite", action="store_true", help="replace OUTPUT if it exists")
    run.add_argument("--summary-json", metavar="PATH", help="also write the run summary as JSON")
    run.add_argument("--progress", choices=MODES, default="auto", help="bar on a terminal, log lines otherwise (auto)")
    run.add_argument("--log-interval", type=float, default=10.0, help="seconds between progress log lines")
    run.add_argument("--model", metavar="PATH", help="model artifact (default: the shipped model)")
    run.add_argument("--screener-factory", help=argparse.SUPPRESS)  # module:callable, for tests and benchmarks
    engine = parser.add_argument_group("engine")
    engine.add_argument("--engine", choices=("local", "spark"), default="local", help="local processes or Apache Spark")
    engine.add_argument("--spark-master", default="local[*]", help="Spark master URL (default local[*])")
    parser.set_defaults(handler=run_score)
    return parser


def run_score(args: argparse.Namespace) -> int:
    from model.artifact import ArtifactError

    try:
        source = ScreenerSource(model_path=args.model, factory=args.screener_factory).pinned()
        fields = parse_field_options(args.field)
        if args.engine == "spark":
            from service.spark import score_file_with_spark

            if args.resume:
                raise CheckpointError("--resume applies to the local engine; Spark retries failed tasks itself")
            summary = score_file_with_spark(
                args.input,
                args.out,
                input_format=args.input_format,
                output_format=args.output_format,
                text_column=args.text_column,
                id_column=args.id_column,
                fields=fields,
                master=args.spark_master,
                source=source,
                overwrite=args.overwrite,
            )
        else:
            options = ScoreOptions(
                input=args.input,
                output=args.out,
                input_format=args.input_format,
                output_format=args.output_format,
                text_column=args.text_column,
                id_column=args.id_column,
                fields=fields,
                jobs=args.jobs,
                chunk_size=args.chunk_size,
                resume=args.resume,
                overwrite=args.overwrite,
                encoding=args.encoding,
                progress=args.progress,
                log_interval=args.log_interval,
                source=source,
            )
            summary = score_file(options)
    except KeyboardInterrupt:
        print(f"interrupted; finished chunks are kept in {args.out}.parts — rerun with --resume", file=sys.stderr)
        return 130
    except (ColumnError, InputFormatError, CsvHeaderError, CheckpointError, OutputExistsError, ValueError, FileNotFoundError) as exc:
        print(f"adscreen score: error: {exc}", file=sys.stderr)
        return 2
    except ArtifactError as exc:
        print(f"adscreen score: model: {exc}", file=sys.stderr)
        return 2
    except AccountingError as exc:
        print(f"adscreen score: accounting check failed: {exc}", file=sys.stderr)
        return 1
    print(format_summary(summary))
    if args.summary_json:
        write_summary_json(args.summary_json, summary)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Standalone entry point (``python -m service.batch score ...``) until the top-level CLI wires it."""
    parser = argparse.ArgumentParser(prog="adscreen")
    subparsers = parser.add_subparsers(dest="command", required=True)
    add_score_parser(subparsers)
    args = parser.parse_args(argv)
    return args.handler(args)
