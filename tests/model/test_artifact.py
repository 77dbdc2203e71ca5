"""The artifact: round trip, checksum verified before loading, incompatible files refused."""

import json

import pytest

from model.artifact import ArtifactError, load_artifact, read_metadata, save_artifact, sidecar_path


def test_when_artifact_is_saved_and_loaded_then_payload_and_metadata_round_trip(tmp_path):
    path = tmp_path / "m.joblib"
    written = save_artifact(path, {"thing": [1, 2, 3]}, {"version": "9.9.9", "threshold": 0.4})
    loaded = load_artifact(path)
    assert loaded.payload == {"thing": [1, 2, 3]}
    assert loaded.metadata["version"] == "9.9.9" and loaded.metadata["sha256"] == written["sha256"]
    assert "scikit-learn" in loaded.metadata["library_versions"]


def test_when_artifact_bytes_are_tampered_then_loading_is_refused(tmp_path):
    path = tmp_path / "m.joblib"
    save_artifact(path, {"thing": 1}, {"version": "1"})
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(ArtifactError, match="fails its checksum"):
        load_artifact(path)


def test_when_sidecar_is_missing_then_loading_is_refused(tmp_path):
    path = tmp_path / "m.joblib"
    save_artifact(path, {"thing": 1}, {"version": "1"})
    sidecar_path(path).unlink()
    with pytest.raises(ArtifactError, match="metadata not found"):
        load_artifact(path)


def test_when_artifact_is_missing_then_error_says_how_to_make_one(tmp_path):
    with pytest.raises(ArtifactError, match="adscreen train"):
        read_metadata(tmp_path / "absent.joblib")


def test_when_artifact_is_format_1_then_loading_is_refused_with_how_to_fix(tmp_path):
    """Format 1 pickled the scikit-learn pipeline; this adscreen stores the compiled classifier."""
    path = tmp_path / "m.joblib"
    save_artifact(path, {"thing": 1}, {"version": "1"})
    meta = json.loads(sidecar_path(path).read_text())
    meta["format_version"] = 1
    sidecar_path(path).write_text(json.dumps(meta))
    with pytest.raises(ArtifactError, match="format version 1.*adscreen train"):
        load_artifact(path)


def test_when_saved_then_artifact_is_readable_by_other_users(tmp_path):
    path = tmp_path / "m.joblib"
    save_artifact(path, {"thing": 1}, {"version": "1"})
    assert path.stat().st_mode & 0o044 == 0o044


def test_when_format_version_differs_then_loading_is_refused(tmp_path):
    path = tmp_path / "m.joblib"
    save_artifact(path, {"thing": 1}, {"version": "1"})
    meta = json.loads(sidecar_path(path).read_text())
    meta["format_version"] = 99
    sidecar_path(path).write_text(json.dumps(meta))
    with pytest.raises(ArtifactError, match="format version 99"):
        load_artifact(path)
