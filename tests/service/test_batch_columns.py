"""Column mapping: which columns hold the ad and its id, and the errors when they are missing."""

from __future__ import annotations

import pytest

from service.batch.cli import main
from service.batch.columns import ColumnError, ColumnMapping, parse_field_options, resolve_columns

try:
    from tests.service import batch_fixtures as fx
except ImportError:
    import batch_fixtures as fx

EMSCAD = ["job_id", "title", "location", "department", "salary_range", "company_profile", "description",
          "requirements", "benefits", "telecommuting", "has_company_logo", "has_questions", "employment_type",
          "required_experience", "required_education", "industry", "function", "fraudulent"]


def test_when_text_column_exists_then_free_text_mode_with_id():
    assert resolve_columns(["id", "text", "other"]) == ColumnMapping(id_column="id", text_column="text")


def test_when_emscad_columns_then_structured_fields_and_job_id():
    mapping = resolve_columns(EMSCAD)
    assert mapping.id_column == "job_id"
    assert mapping.text_column is None
    names = [name for name, _ in mapping.fields]
    assert names[:5] == ["title", "company_profile", "description", "requirements", "benefits"]
    assert "fraudulent" not in names and "telecommuting" not in names


def test_when_explicit_columns_are_given_then_they_win():
    mapping = resolve_columns(["ad_id", "body", "text"], text_column="body", id_column="ad_id")
    assert mapping == ColumnMapping(id_column="ad_id", text_column="body")
    assert mapping.columns == ["ad_id", "body"]


def test_when_field_options_map_columns_then_structured_mode():
    fields = parse_field_options(["title=headline", "description=body"])
    mapping = resolve_columns(["headline", "body"], fields=fields)
    assert mapping.fields == (("title", "headline"), ("description", "body"))
    assert mapping.id_column is None


@pytest.mark.parametrize(
    "found, kwargs, expected",
    [
        (["id", "body"], {"text_column": "text"}, "text column not found in the input: ['text']; columns found: ['id', 'body']"),
        (["id", "text"], {"id_column": "ad_id"}, "id column not found in the input: ['ad_id']; columns found: ['id', 'text']"),
        (["a"], {"fields": (("title", "headline"),)}, "field columns not found in the input: ['headline']; columns found: ['a']"),
        (["id", "body", "location"], {}, "columns found: ['id', 'body', 'location']"),
    ],
)
def test_when_a_column_is_missing_then_error_lists_columns_found(found, kwargs, expected):
    with pytest.raises(ColumnError) as excinfo:
        resolve_columns(found, **kwargs)
    assert expected in str(excinfo.value)


@pytest.mark.parametrize("option", ["title", "=body", "salary=pay"])
def test_when_field_option_is_malformed_or_unknown_then_error(option):
    with pytest.raises(ColumnError):
        parse_field_options([option])


def test_when_text_column_and_fields_both_given_then_error():
    with pytest.raises(ColumnError):
        resolve_columns(["a", "b"], text_column="a", fields=(("title", "b"),))


@pytest.mark.parametrize("name", ["in.csv", "in.jsonl", "in.parquet"])
def test_when_cli_column_is_missing_then_exit_2_and_columns_are_listed(tmp_path, capsys, name):
    fx.write_input(str(tmp_path / name), [{"ad_id": "1", "body": "hello"}])
    code = main(["score", str(tmp_path / name), "--out", str(tmp_path / "o.csv"), "--text-column", "text",
                 "--screener-factory", fx.FACTORY, "--progress", "none"])
    assert code == 2
    err = capsys.readouterr().err
    assert "columns found: ['ad_id', 'body']" in err
    assert not (tmp_path / "o.csv").exists() and not (tmp_path / "o.csv.parts").exists()


def test_when_format_cannot_be_told_then_exit_2(tmp_path, capsys):
    (tmp_path / "ads.txt").write_text("text\nhello\n")
    assert main(["score", str(tmp_path / "ads.txt"), "--out", str(tmp_path / "o.csv"), "--screener-factory", fx.FACTORY]) == 2
    assert "--input-format" in capsys.readouterr().err


def test_when_the_model_is_replaced_during_a_run_then_a_restarted_worker_refuses_it(tmp_path):
    import shutil

    import pytest

    from model.artifact import DEFAULT_ARTIFACT, ArtifactError, load_artifact, save_artifact, sidecar_path
    from service.batch.scoring import ScreenerSource

    copy = tmp_path / "m.joblib"
    shutil.copy(DEFAULT_ARTIFACT, copy)
    shutil.copy(sidecar_path(DEFAULT_ARTIFACT), sidecar_path(copy))
    source = ScreenerSource(model_path=str(copy)).pinned()
    assert source.load().metadata["sha256"] == source.expected_sha256
    # a different, valid artifact now sits at the same path (as after a retrain)
    artifact = load_artifact(copy)
    metadata = {k: v for k, v in artifact.metadata.items() if k not in ("sha256", "size_bytes")}
    save_artifact(copy, artifact.payload, {**metadata, "created": "later"})
    with pytest.raises(ArtifactError, match="changed on disk during the run"):
        source.load()


def test_when_the_model_path_is_missing_then_score_exits_with_the_reason(tmp_path, capsys):
    from service.batch.cli import run_score
    from service.cli import build_parser

    src = tmp_path / "in.csv"
    src.write_text("id,text\n1,hello world\n")
    args = build_parser().parse_args(["score", str(src), "--out", str(tmp_path / "out.csv"), "--model", str(tmp_path / "absent.joblib")])
    assert run_score(args) == 2
    assert "absent.joblib" in capsys.readouterr().err


def test_when_the_command_line_is_built_then_the_web_stack_and_model_libraries_stay_unloaded():
    """`adscreen score`'s main process only reads and writes; the workers load the model.
    Importing FastAPI, pydantic or numpy there would cost every batch run memory for nothing."""
    from tests.imports_probe import modules_loaded_by

    code = (
        "import service.cli\n"
        "service.cli.build_parser()\n"
        "from service.batch.scoring import ScreenerSource\n"
        "ScreenerSource().pinned()"
    )
    assert modules_loaded_by(code, ("fastapi", "pydantic", "numpy", "spacy", "sklearn")) == []
