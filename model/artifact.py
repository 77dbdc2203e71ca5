"""The model artifact: a joblib file plus a JSON sidecar that describes and checks it.

``<name>.joblib`` holds the fitted objects and a copy of the metadata. ``<name>.json`` holds
the metadata (version, data fingerprint, library versions, thresholds, metrics, creation
time) and the sha256 of the joblib file. ``load_artifact`` verifies the checksum *before*
unpickling anything, then checks the format version. Format 2 holds no scikit-learn objects
(the classifier is stored compiled, ``model.linear``), so the scikit-learn version no longer
decides compatibility; instead the screener recomputes the self-check probabilities stored
in the metadata when it loads (``model.screen.run_self_check``). Any mismatch is an
``ArtifactError``; nothing falls back.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FORMAT_VERSION = 2  # 1: the scikit-learn pipeline pickled; 2: the compiled classifier
DEFAULT_ARTIFACT = Path(__file__).resolve().parent / "artifacts" / "adscreen-model.joblib"


class ArtifactError(RuntimeError):
    """The artifact is missing, tampered with or incompatible; the message says which."""


@dataclass(frozen=True)
class Artifact:
    payload: dict[str, Any]
    metadata: dict[str, Any]
    path: Path


def library_versions() -> dict[str, str]:
    import joblib
    import numpy
    import scipy
    import sklearn

    versions = {
        "python": platform.python_version(),
        "numpy": numpy.__version__,
        "scipy": scipy.__version__,
        "scikit-learn": sklearn.__version__,
        "joblib": joblib.__version__,
    }
    try:
        import spacy

        versions["spacy"] = spacy.__version__
    except ImportError:  # pragma: no cover - spaCy is a core dependency
        pass
    return versions


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def sidecar_path(path: Path) -> Path:
    return path.with_suffix(".json")


def save_artifact(path: str | Path, payload: dict[str, Any], metadata: dict[str, Any]) -> dict[str, Any]:
    """Write payload and metadata atomically; return the metadata as written."""
    import joblib  # here, not at the top: reading metadata alone (batch main process) needs no numpy

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    metadata = dict(metadata)
    metadata["format_version"] = FORMAT_VERSION
    metadata.setdefault("library_versions", library_versions())
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".joblib.tmp")
    os.close(fd)
    try:
        joblib.dump({"metadata": metadata, **payload}, tmp, compress=("zlib", 6))
        os.chmod(tmp, 0o644)  # mkstemp makes it private; a model is meant to be read by the server's user
        metadata["sha256"] = sha256_file(Path(tmp))
        metadata["size_bytes"] = Path(tmp).stat().st_size
        side_tmp = Path(tmp).with_suffix(".json.tmp")
        side_tmp.write_text(json.dumps(metadata, indent=2, sort_keys=True) + "\n")
        os.replace(tmp, path)
        os.replace(side_tmp, sidecar_path(path))
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return metadata


def read_metadata(path: str | Path) -> dict[str, Any]:
    path = Path(path)
    side = sidecar_path(path)
    if not path.exists():
        raise ArtifactError(f"model artifact not found: {path} (train one with `adscreen train`)")
    if not side.exists():
        raise ArtifactError(f"model metadata not found: {side}; an artifact without its metadata is refused")
    try:
        metadata = json.loads(side.read_text())
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ArtifactError(f"model metadata {side} is not valid JSON: {exc}") from exc
    if not isinstance(metadata, dict) or "sha256" not in metadata:
        raise ArtifactError(f"model metadata {side} has no sha256 checksum")
    return metadata


def load_artifact(path: str | Path | None = None) -> Artifact:
    """Verify and load an artifact (default: the one shipped in the package)."""
    path = Path(path) if path is not None else DEFAULT_ARTIFACT
    metadata = read_metadata(path)
    actual = sha256_file(path)
    if actual != metadata["sha256"]:
        raise ArtifactError(
            f"model artifact {path} fails its checksum (expected {metadata['sha256'][:12]}…, got {actual[:12]}…): "
            "it was modified or corrupted; refusing to load it"
        )
    if metadata.get("format_version") != FORMAT_VERSION:
        raise ArtifactError(
            f"model artifact {path} has format version {metadata.get('format_version')}; this adscreen reads version {FORMAT_VERSION} "
            "(retrain it with `adscreen train`)"
        )
    import joblib

    try:
        payload = joblib.load(path)
    except Exception as exc:  # a checksummed file that still fails to unpickle is incompatible
        raise ArtifactError(f"model artifact {path} could not be loaded: {type(exc).__name__}: {exc}") from exc
    embedded = payload.pop("metadata", {})
    if embedded.get("version") != metadata.get("version"):
        raise ArtifactError(f"model artifact {path}: embedded version {embedded.get('version')} differs from its metadata")
    return Artifact(payload, metadata, path)
