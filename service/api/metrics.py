"""Prometheus metrics, one registry per app (no global state, so tests can build many apps).

With ``--workers N`` every worker process keeps its own counters; scrape each worker or run
one worker per container.
"""

from __future__ import annotations

from typing import Sequence

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest

from model.types import Screening

_METHODS = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}
_LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
_SCORE_BUCKETS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)

CONTENT_TYPE = CONTENT_TYPE_LATEST


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.requests = Counter(
            "adscreen_http_requests",
            "HTTP requests by method, route template and status.",
            ["method", "route", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "adscreen_http_request_duration_seconds",
            "Time to answer an HTTP request.",
            ["method", "route"],
            buckets=_LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.scores = Histogram(
            "adscreen_screen_score",
            "Risk scores of screened ads.",
            ["source"],
            buckets=_SCORE_BUCKETS,
            registry=self.registry,
        )
        self.ads = Counter(
            "adscreen_ads_screened",
            "Ads screened, by source (api, batch, page) and band.",
            ["source", "band"],
            registry=self.registry,
        )
        self.indicators = Counter(
            "adscreen_indicator_hits",
            "Ads in which an indicator fired (counted once per ad).",
            ["indicator"],
            registry=self.registry,
        )

    def observe_request(self, method: str, route: str, status: int, seconds: float) -> None:
        method = method if method in _METHODS else "OTHER"
        self.requests.labels(method, route, str(status)).inc()
        self.latency.labels(method, route).observe(seconds)

    def observe_screenings(self, screenings: Sequence[Screening], source: str) -> None:
        for s in screenings:
            if s.error:
                continue
            self.scores.labels(source).observe(s.score)
            self.ads.labels(source, s.band).inc()
            for indicator_id in {f.indicator_id for f in s.findings}:
                self.indicators.labels(indicator_id).inc()

    def render(self) -> bytes:
        return generate_latest(self.registry)
