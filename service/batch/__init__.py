"""Batch scoring of files of ads: streaming, resumable, lossless (``adscreen score``).

Python use::

    from service.batch import ScoreOptions, score_file
    summary = score_file(ScoreOptions(input="ads.csv", output="scored.parquet", jobs=2))

CLI: ``add_score_parser(subparsers)`` registers the ``score`` subcommand and ``run_score(args)``
runs it. For Spark, see ``service.spark.score_spark_dataframe``.
"""

from service.batch.cli import add_score_parser, run_score
from service.batch.runner import ScoreOptions, score_file
from service.batch.scoring import ScreenerSource

__all__ = ["ScoreOptions", "ScreenerSource", "add_score_parser", "run_score", "score_file"]
