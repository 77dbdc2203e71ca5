"""The HTTP service under load: ``adscreen serve`` (real uvicorn, 2 workers) on a free loopback
port, driven from this process by a bounded asyncio client (bench/loadclient.py).

    python -m bench.http                        # 50 clients: 300 s of single ads, then 60 s of batches of 100
    python -m bench.http --duration 60          # shorter single-ad phase
    python -m bench.http --duration 60 --rate 100 --rate 200 --rate 300
                                                # also open-loop single-ad phases at 100, 200, 300 req/s (60 s each)
    python -m bench.http --quick                # 10 s + 5 s: checks the script runs

Closed loop (always): each client sends one request at a time (50 clients = at most 50
requests in flight) with real EMSCAD ads as free text, for a fixed duration after a short
warm-up. This measures capacity; its latency is set by Little's law (mean latency = clients /
throughput), not by the server alone.

Open loop (``--rate R``, repeatable; single ads): requests are issued on a fixed schedule, R per
second in total, whatever the answers do, over at most ``--clients`` connections (a request
finding all connections busy waits for one). Latency is measured from the request's
*scheduled* send time to its answer, so queueing in the client, the connection pool and the
server is counted (no coordinated omission). Requests still unanswered ``--drain`` seconds
after the schedule ends count as errors. Open-loop phases run before the closed-loop ones,
each after ``--warmup`` seconds at the same rate.

Reported per phase: requests/s (and ads/s), p50/p95/p99 latency, errors by kind (non-200 status,
transport errors, per-item errors in batch responses), and the server's resident memory (the
uvicorn process tree: supervisor + workers, summed) at the start and end of the phase and its
peak, sampled every second.

The client shares the machine with the server: on 2 cores it takes CPU the workers would
otherwise have, so these figures are a lower bound for a server with a separate client. To
take as little as it can, the client is a minimal HTTP/1.1 keep-alive client on asyncio
streams (``bench/loadclient.py``) sending bodies encoded before the clock starts; its CPU
time per phase is reported (``client_cpu_seconds``). (Until this change the client was
httpx, which spent about a millisecond of CPU per request.)
"""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any, Callable

from bench.common import CACHE_DIR, ROOT, base_parser, parse_args, emscad_free_texts, environment, latency_summary, log, tree_rss, write_result

NAME = "http"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def tree_breakdown(pid: int) -> list[dict[str, Any]]:
    """RSS per process of the server tree (supervisor first), to show where memory sits."""
    import psutil

    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return []
    out = []
    for p in procs:
        try:
            cmd = " ".join(p.cmdline()[1:4])
            out.append({"pid": p.pid, "role": "supervisor" if p.pid == pid else "child", "cmd": cmd, "rss_mib": p.memory_info().rss / (1024 * 1024)})
        except psutil.NoSuchProcess:
            pass
    return out


def tree_size(pid: int) -> int:
    import psutil

    try:
        return 1 + len(psutil.Process(pid).children(recursive=True))
    except psutil.NoSuchProcess:
        return 0


class RssSampler:
    def __init__(self, pid: int, interval: float = 1.0) -> None:
        self.pid, self.interval = pid, interval
        self.samples: list[tuple[float, int]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        t0 = time.monotonic()
        while not self._stop.is_set():
            self.samples.append((round(time.monotonic() - t0, 2), tree_rss(self.pid)))
            self._stop.wait(self.interval)

    def __enter__(self) -> "RssSampler":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.samples.append((self.samples[-1][0] + self.interval if self.samples else 0.0, tree_rss(self.pid)))

    def summary(self) -> dict[str, Any]:
        values = [v for _, v in self.samples]
        mib = 1024 * 1024
        # a coarse series (about 30 points) so the JSON shows whether memory is flat
        step = max(1, len(self.samples) // 30)
        return {
            "start_mib": values[0] / mib,
            "end_mib": values[-1] / mib,
            "peak_mib": max(values) / mib,
            "growth_mib": (values[-1] - values[0]) / mib,
            "series_mib": [(t, round(v / mib, 1)) for t, v in self.samples[::step]],
        }


def start_server(port: int, workers: int, log_path: Path) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "service.cli", "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)]
    env = dict(os.environ)
    env.pop("ADSCREEN_API_KEYS", None)  # open mode on loopback
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    log_path.parent.mkdir(parents=True, exist_ok=True)
    out = open(log_path, "wb")
    log(NAME, "starting: " + " ".join(cmd[1:]))
    return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)


def wait_ready(base: str, proc: subprocess.Popen, timeout: float = 180.0) -> float:
    import httpx

    started = time.monotonic()
    ok = 0
    while time.monotonic() - started < timeout:
        if proc.poll() is not None:
            raise RuntimeError(f"adscreen serve exited with status {proc.returncode}; see its log")
        try:
            r = httpx.get(base + "/readyz", timeout=2.0)
            ok = ok + 1 if r.status_code == 200 else 0
        except httpx.HTTPError:
            ok = 0
        if ok >= 5:
            return time.monotonic() - started
        time.sleep(0.2)
    raise RuntimeError(f"adscreen serve not ready after {timeout:.0f}s")


def stop_server(proc: subprocess.Popen) -> None:
    import signal

    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def _encode(bodies: list[dict[str, Any]]) -> list[bytes]:
    """Request bodies as bytes, encoded once before the clock starts."""
    import json

    return [json.dumps(b).encode("utf-8") for b in bodies]


def _host_port(base: str) -> tuple[str, int]:
    host, _, port = base.removeprefix("http://").partition(":")
    return host, int(port)


async def drive(base: str, bodies: list[dict[str, Any]], clients: int, seconds: float, batch: bool) -> dict[str, Any]:
    """``clients`` closed-loop clients for ``seconds``; bodies are taken round-robin."""
    import json

    from bench.loadclient import Pool, TransportError

    path = "/v1/screen/batch" if batch else "/v1/screen"
    encoded = _encode(bodies)
    latencies: list[float] = []
    errors: Counter = Counter()
    item_errors = 0
    ads = 0
    counter = iter(range(10**12))
    pool = Pool(*_host_port(base), clients)
    cpu0 = time.process_time()
    deadline = time.monotonic() + seconds

    async def one_client() -> None:
        nonlocal item_errors, ads
        while time.monotonic() < deadline:
            body = encoded[next(counter) % len(encoded)]
            t0 = time.perf_counter()
            try:
                r = await pool.request("POST", path, body)
            except (TransportError, OSError) as exc:
                errors[type(exc).__name__] += 1
                continue
            elapsed = time.perf_counter() - t0
            if r.status != 200:
                errors[f"status_{r.status}"] += 1
                continue
            if batch:
                results = json.loads(r.body)["results"]
                item_errors += sum(1 for e in results if e.get("error"))
                ads += len(results)
            else:
                ads += 1
            latencies.append(elapsed)

    started = time.monotonic()
    await asyncio.gather(*(one_client() for _ in range(clients)))
    elapsed = time.monotonic() - started
    await pool.close()
    n = len(latencies)
    return {
        "endpoint": path,
        "clients": clients,
        "seconds": elapsed,
        "requests_ok": n,
        "requests_per_second": n / elapsed,
        "ads_per_second": ads / elapsed,
        "latency": latency_summary(latencies),
        "errors": dict(errors),
        "error_count": sum(errors.values()),
        "item_errors": item_errors,
        "client_cpu_seconds": time.process_time() - cpu0,
    }


async def drive_open(base: str, bodies: list[dict[str, Any]], connections: int, rate: float, seconds: float,
                     drain: float) -> dict[str, Any]:
    """Open loop: ``rate`` single-ad requests per second on a fixed schedule for ``seconds``, over
    at most ``connections`` keep-alive connections; latency from the scheduled send time."""
    from bench.loadclient import Pool, TransportError

    path = "/v1/screen"
    encoded = _encode(bodies)
    latencies: list[float] = []
    send_lag: list[float] = []
    errors: Counter = Counter()
    total = int(round(rate * seconds))
    last_done = 0.0
    pool = Pool(*_host_port(base), connections)
    cpu0 = time.process_time()
    loop_start = time.perf_counter()

    async def one(i: int, scheduled: float) -> None:
        nonlocal last_done
        send_lag.append(time.perf_counter() - scheduled)
        try:
            r = await pool.request("POST", path, encoded[i % len(encoded)])
        except (TransportError, OSError) as exc:
            errors[type(exc).__name__] += 1
            return
        done = time.perf_counter()
        if r.status != 200:
            errors[f"status_{r.status}"] += 1
            return
        latencies.append(done - scheduled)
        last_done = max(last_done, done)

    tasks = []
    for i in range(total):
        scheduled = loop_start + i / rate
        delay = scheduled - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(i, scheduled)))
    schedule_end = time.perf_counter()
    done, pending = await asyncio.wait(tasks, timeout=drain) if tasks else (set(), set())
    for t in pending:
        t.cancel()
    if pending:
        errors["not_answered_within_drain"] += len(pending)
        await asyncio.gather(*pending, return_exceptions=True)
    await pool.close()
    n = len(latencies)
    window = (max(last_done, schedule_end) - loop_start) if n else seconds
    return {
        "endpoint": path,
        "mode": "open_loop",
        "target_rate": rate,
        "connections": connections,
        "seconds": seconds,
        "requests_scheduled": total,
        "requests_ok": n,
        # answered requests over the time from the first scheduled send to the last answer
        "requests_per_second": n / window if window > 0 else float("nan"),
        "ads_per_second": n / window if window > 0 else float("nan"),
        "schedule_seconds": schedule_end - loop_start,
        "answer_window_seconds": window,
        "latency": latency_summary(latencies),
        "client_send_lag": latency_summary(send_lag),
        "errors": dict(errors),
        "error_count": sum(errors.values()),
        "item_errors": 0,
        "client_cpu_seconds": time.process_time() - cpu0,
    }


def _measured(pid: int, warmup: Callable[[], Any], run: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """Run the unmeasured warm-up, then the phase with the server's memory sampled."""
    warmup()
    with RssSampler(pid) as sampler:
        result = run()
    result["server_rss"] = sampler.summary()
    return result


def _outcome(result: dict[str, Any]) -> str:
    lat, rss = result["latency"], result["server_rss"]
    return (f"p50 {lat['p50_ms']:.1f} ms, p95 {lat['p95_ms']:.1f} ms, p99 {lat['p99_ms']:.1f} ms, errors {result['error_count']}, "
            f"RSS {rss['start_mib']:.0f} -> {rss['end_mib']:.0f} MiB")


def run_open_phase(base: str, pid: int, bodies: list[dict[str, Any]], connections: int, rate: float, seconds: float,
                   warmup: float, drain: float) -> dict[str, Any]:
    log(NAME, f"open loop {rate:g} req/s: warm-up {warmup:.0f}s, then {seconds:.0f}s over {connections} connections")
    result = _measured(
        pid,
        lambda: asyncio.run(drive_open(base, bodies, connections, rate, warmup, drain)) if warmup > 0 else None,
        lambda: asyncio.run(drive_open(base, bodies, connections, rate, seconds, drain)),
    )
    log(NAME, f"open loop {rate:g} req/s: achieved {result['requests_per_second']:.0f} req/s, {_outcome(result)}")
    return result


def run_phase(base: str, pid: int, bodies: list[dict[str, Any]], clients: int, seconds: float, warmup: float, batch: bool) -> dict[str, Any]:
    kind = "batches of %d" % len(bodies[0]["items"]) if batch else "single ads"
    log(NAME, f"{kind}: warm-up {warmup:.0f}s, then {seconds:.0f}s with {clients} clients")
    result = _measured(
        pid,
        lambda: asyncio.run(drive(base, bodies, clients, warmup, batch)),
        lambda: asyncio.run(drive(base, bodies, clients, seconds, batch)),
    )
    log(NAME, f"{kind}: {result['requests_per_second']:.0f} req/s ({result['ads_per_second']:.0f} ads/s), {_outcome(result)}")
    return result


def main(argv: list[str] | None = None) -> int:
    p = base_parser(NAME, "HTTP service under load on loopback")
    p.add_argument("--duration", type=float, default=None, help="seconds of single-ad load (default 300; --quick 10)")
    p.add_argument("--batch-duration", type=float, default=None, help="seconds of batch load (default 60; --quick 5)")
    p.add_argument("--batch-size", type=int, default=100, help="ads per batch request (default 100)")
    p.add_argument("--clients", type=int, default=50, help="concurrent clients (default 50)")
    p.add_argument("--workers", type=int, default=2, help="uvicorn workers for adscreen serve (default 2)")
    p.add_argument("--warmup", type=float, default=None, help="seconds of unmeasured load before each phase (default 5; --quick 1)")
    p.add_argument("--rate", type=float, action="append", default=None,
                   help="open-loop single-ad phase at this total rate in req/s over --clients connections (repeatable)")
    p.add_argument("--rate-duration", type=float, default=None, help="seconds of each open-loop phase (default 60; --quick 3)")
    p.add_argument("--drain", type=float, default=30.0,
                   help="open loop: seconds to wait for answers after the schedule ends; later ones count as errors (default 30)")
    args = parse_args(p, argv, NAME)
    defaults = (10.0, 5.0, 1.0) if args.quick else (300.0, 60.0, 5.0)
    args.duration = defaults[0] if args.duration is None else args.duration
    args.batch_duration = defaults[1] if args.batch_duration is None else args.batch_duration
    args.warmup = defaults[2] if args.warmup is None else args.warmup
    args.rate_duration = (3.0 if args.quick else 60.0) if args.rate_duration is None else args.rate_duration
    rates = sorted(args.rate or [])
    env = environment()

    texts, _, _ = emscad_free_texts(args.data)
    texts = [t for t in texts if t.strip()]
    singles = [{"text": t} for t in texts]
    batches = [{"items": [{"text": t} for t in texts[i : i + args.batch_size]]} for i in range(0, len(texts) - args.batch_size + 1, args.batch_size)]

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log_path = CACHE_DIR / "http-server.log"
    started = time.monotonic()
    proc = start_server(port, args.workers, log_path)
    try:
        ready_seconds = wait_ready(base, proc)
        log(NAME, f"ready after {ready_seconds:.1f}s; server tree has {tree_size(proc.pid)} processes")
        rss_ready = tree_rss(proc.pid) / (1024 * 1024)
        breakdown_ready = tree_breakdown(proc.pid)
        phases: dict[str, Any] = {}
        for rate in rates:
            phases[f"open_{rate:g}"] = run_open_phase(base, proc.pid, singles, args.clients, rate, args.rate_duration,
                                                      args.warmup, args.drain)
        phases |= {
            "single": run_phase(base, proc.pid, singles, args.clients, args.duration, args.warmup, batch=False),
            "batch": run_phase(base, proc.pid, batches, args.clients, args.batch_duration, args.warmup, batch=True),
        }
        processes = tree_size(proc.pid)
        breakdown_end = tree_breakdown(proc.pid)
    finally:
        stop_server(proc)
    result = {
        "setup": {
            "server": f"adscreen serve --host 127.0.0.1 --port <free> --workers {args.workers}",
            "server_processes": processes,
            "server_log": str(log_path),
            "clients": args.clients,
            "client": "one asyncio process, bench/loadclient.py (minimal HTTP/1.1 over asyncio streams, pre-encoded bodies), keep-alive; phases 'single' and 'batch' closed loop "
                      "(--clients clients), 'open_<rate>' open loop (fixed schedule over --clients connections, "
                      "latency from the scheduled send time)",
            "open_loop_rates": rates,
            "open_loop_seconds": args.rate_duration if rates else None,
            "open_loop_drain_seconds": args.drain if rates else None,
            "single_seconds": args.duration,
            "batch_seconds": args.batch_duration,
            "batch_size": args.batch_size,
            "warmup_seconds": args.warmup,
            "ads": len(texts),
            "ready_seconds": ready_seconds,
            "rss_when_ready_mib": rss_ready,
            "rss_per_process_when_ready": breakdown_ready,
            "rss_per_process_at_end": breakdown_end,
            "total_seconds": time.monotonic() - started,
        },
        "phases": phases,
    }
    write_result(args.out, NAME, result, env, args.quick)
    return 0


if __name__ == "__main__":
    sys.exit(main())
