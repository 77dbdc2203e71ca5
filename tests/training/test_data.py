"""Loaders: the EMSCAD layout, the generic format, and clear errors."""

import gzip
import json

import pytest

from training.data import DataError, load_emscad, load_labelled

EMSCAD_HEADER = "job_id,title,location,department,salary_range,company_profile,description,requirements,benefits,telecommuting,has_company_logo,has_questions,employment_type,required_experience,required_education,industry,function,fraudulent\n"


def _emscad(tmp_path, rows, gz=True):
    body = EMSCAD_HEADER + "".join(rows)
    path = tmp_path / ("fake_job_postings.csv.gz" if gz else "fake_job_postings.csv")
    if gz:
        with gzip.open(path, "wt", encoding="utf-8") as f:
            f.write(body)
    else:
        path.write_text(body, encoding="utf-8")
    return path


def test_when_emscad_gzip_is_read_then_ads_labels_and_fingerprint_come_back(tmp_path):
    path = _emscad(tmp_path, ['1,Clerk,US,,,"Acme",Do filing,,,0,1,0,Full-time,,,,,0\n', '2,Typist,US,,,,"Earn $$$ now!!!",,,0,0,0,,,,,,1\n'])
    data = load_emscad(tmp_path)
    assert [a.id for a in data.ads] == ["1", "2"]
    assert data.labels.tolist() == [0, 1]
    assert list(data.fingerprint) == ["fake_job_postings.csv.gz"]
    assert dict(data.ads[0].fields)["company_profile"] == "Acme"


def test_when_emscad_plain_csv_is_read_then_it_loads_too(tmp_path):
    path = _emscad(tmp_path, ['1,Clerk,US,,,,Do filing,,,0,1,0,,,,,,0\n'], gz=False)
    assert len(load_labelled(path)) == 1


def test_when_emscad_columns_are_missing_then_error_names_expected_and_found(tmp_path):
    path = tmp_path / "fake_job_postings.csv"
    path.write_text("job_id,title,fraudulent\n1,x,0\n")
    with pytest.raises(DataError) as err:
        load_emscad(path)
    assert "description" in str(err.value) and "found ['job_id', 'title', 'fraudulent']" in str(err.value)


def test_when_file_is_missing_then_error_says_not_found(tmp_path):
    with pytest.raises(DataError, match="not found"):
        load_labelled(tmp_path / "nope.jsonl")


def test_when_labels_are_outside_0_1_then_error_names_the_rows(tmp_path):
    path = tmp_path / "ads.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in [{"text": "a", "label": 0}, {"text": "b", "label": 2}, {"text": "c", "label": "yes"}]))
    with pytest.raises(DataError) as err:
        load_labelled(path)
    assert "row 2 ('2')" in str(err.value) and "row 3 ('yes')" in str(err.value)


def test_when_texts_are_empty_then_they_are_skipped_and_counted(tmp_path):
    path = tmp_path / "ads.csv"
    path.write_text('text,label\nhello world,0\n"   ",1\n,1\nbuy now,1\n')
    data = load_labelled(path)
    assert len(data) == 2 and data.skipped_empty == 2
    assert data.labels.tolist() == [0, 1]


def test_when_generic_file_has_neither_text_nor_fields_then_error_lists_found_columns(tmp_path):
    path = tmp_path / "ads.csv"
    path.write_text("body,label\nx,0\n")
    with pytest.raises(DataError, match=r"found \['body', 'label'\]"):
        load_labelled(path)


def test_when_generic_file_has_structured_fields_then_ads_are_structured(tmp_path):
    path = tmp_path / "ads.jsonl"
    path.write_text(json.dumps({"title": "Clerk", "description": "File papers", "label": 0, "id": "a1"}) + "\n")
    data = load_labelled(path)
    assert data.ads[0].fields == (("title", "Clerk"), ("description", "File papers"))
    assert data.ids == ["a1"]


def test_when_json_line_is_broken_then_error_names_the_line(tmp_path):
    path = tmp_path / "ads.jsonl"
    path.write_text('{"text": "a", "label": 0}\n{"text": \n')
    with pytest.raises(DataError, match="line 2"):
        load_labelled(path)
