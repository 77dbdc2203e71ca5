"""Start a real uvicorn server in a subprocess on a free loopback port (e2e/browser tests).

Uses ``python -m service.serve`` with the real model when ``model.screen`` exists and a
model artifact is available (ADSCREEN_E2E_MODEL=<path>, else the shipped default artifact),
unless ADSCREEN_E2E_FAKE=1; otherwise uvicorn with the fake screener (``api_fakes``). If
the real server cannot start, the test fails: no silent fallback once the model exists.
"""

from __future__ import annotations

import importlib.util
import json
import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def real_model_path() -> Path | None:
    """The artifact the e2e server should load, or None to use the fake screener."""
    if os.environ.get("ADSCREEN_E2E_FAKE") == "1":
        return None
    if os.environ.get("ADSCREEN_E2E_MODEL"):
        return Path(os.environ["ADSCREEN_E2E_MODEL"])
    if importlib.util.find_spec("model.screen") is None:
        return None
    from model.artifact import DEFAULT_ARTIFACT

    return DEFAULT_ARTIFACT if DEFAULT_ARTIFACT.exists() else None


@dataclass
class Server:
    proc: subprocess.Popen
    base_url: str
    real_model: bool
    log_path: Path

    def stop(self) -> str:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        return self.log_path.read_text(encoding="utf-8", errors="replace")


def start_server(tmp_path: Path, extra_env: dict[str, str] | None = None, timeout: float = 120.0) -> Server:
    port = free_port()
    model_path = real_model_path()
    real = model_path is not None
    env = {k: v for k, v in os.environ.items() if not k.startswith("ADSCREEN_")}
    env.update({"PYTHONPATH": os.pathsep.join([str(ROOT), str(HERE)]), "ADSCREEN_PAGE_RATE_LIMIT_PER_MINUTE": "0"})
    env.update(extra_env or {})
    if real:
        cmd = [sys.executable, "-m", "service.serve", "--host", "127.0.0.1", "--port", str(port), "--model", str(model_path)]
    else:
        cmd = [sys.executable, "-m", "uvicorn", "api_fakes:create_fake_app", "--factory",
               "--host", "127.0.0.1", "--port", str(port), "--no-access-log"]
    log_path = tmp_path / f"server-{port}.log"
    if not real:  # the real path (`adscreen serve`) configures JSON logging itself
        from service.api.logs import logging_config

        log_config = tmp_path / f"logging-{port}.json"
        log_config.write_text(json.dumps(logging_config("info")))
        cmd += ["--log-config", str(log_config)]
    log = log_path.open("w")
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    server = Server(proc, f"http://127.0.0.1:{port}", real, log_path)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}:\n{log_path.read_text()}")
        try:
            if httpx.get(server.base_url + "/readyz", timeout=1).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    output = server.stop()
    raise RuntimeError(f"server not ready after {timeout}s:\n{output}")
