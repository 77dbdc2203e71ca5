"""Routes of the test page. The form posts to "/" (not under /v1, so no API key is needed);
posts are rate-limited per client address and the page can be switched off
(ADSCREEN_PAGE_ENABLED=false). The result is rendered on the server with the same scoring
path as the API; every piece of ad text goes through Jinja2's autoescaping."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping
from urllib.parse import parse_qs, urlsplit

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape

from model.types import Ad, Screening

from ..api.deps import Scorer, get_scorer
from ..api.schemas import MAX_TEXT_CHARS
from ..settings import Settings
from .content import BAND_WORDS, NEXT_STEPS, Link
from .highlight import segments

HERE = Path(__file__).parent
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")

router = APIRouter(include_in_schema=False)


class RateLimiter:
    """Fixed one-minute windows per client address, in memory, per process."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._window = -1
        self._counts: dict[str, int] = {}

    def allow(self, client: str, now: float | None = None) -> bool:
        if self.per_minute <= 0:
            return True
        window = int((time.monotonic() if now is None else now) // 60)
        if window != self._window:
            self._window, self._counts = window, {}
        count = self._counts.get(client, 0) + 1
        self._counts[client] = count
        return count <= self.per_minute


@dataclass(frozen=True)
class IndicatorView:
    number: int
    id: str
    title: str
    category: str
    severity: str
    explanation: str
    sources: tuple[Link, ...]
    quotes: tuple[str, ...]


def _field(obj: Any, name: str) -> Any:
    if obj is None:
        return None
    return obj.get(name) if isinstance(obj, Mapping) else getattr(obj, name, None)


def _safe_links(sources: Any) -> tuple[Link, ...]:
    links = []
    for src in sources or ():
        name, url = _field(src, "name"), _field(src, "url")
        if name and url and urlsplit(str(url)).scheme in ("http", "https"):
            links.append(Link(str(name), str(url)))
    return tuple(links)


def _severity_words(severity: float) -> str:
    return "high" if severity >= 0.75 else "medium" if severity >= 0.5 else "low"


def result_view(text: str, s: Screening, taxonomy: Mapping[str, Any]) -> dict[str, Any]:
    order: list[str] = []
    for f in sorted(s.findings, key=lambda f: -f.severity):
        if f.indicator_id not in order:
            order.append(f.indicator_id)
    numbers = {indicator_id: i + 1 for i, indicator_id in enumerate(order)}
    indicators = []
    for indicator_id in order:
        findings = [f for f in s.findings if f.indicator_id == indicator_id]
        info = taxonomy.get(indicator_id)
        indicators.append(
            IndicatorView(
                number=numbers[indicator_id],
                id=indicator_id,
                title=findings[0].title,
                category=findings[0].category,
                severity=_severity_words(findings[0].severity),
                explanation=_field(info, "explanation") or findings[0].reason,
                sources=_safe_links(_field(info, "sources")),
                quotes=tuple(dict.fromkeys(f.evidence.text for f in findings)),
            )
        )
    band_title, band_text = BAND_WORDS.get(s.band, (s.band, ""))
    return {
        "band": s.band,
        "band_title": band_title,
        "band_text": band_text,
        "score": s.score,
        "threshold": s.threshold,
        "flagged": s.flagged,
        "summary": s.summary,
        "segments": segments(text, s.findings, numbers),
        "indicators": indicators,
        "terms": [t for t in s.terms if t.weight > 0][:10],
        "language": s.language,
        "truncated": s.truncated,
        "model": s.model,
    }


class PageRenderer:
    def __init__(self) -> None:
        self.env = Environment(
            loader=FileSystemLoader(HERE / "templates"),
            autoescape=select_autoescape(default=True, default_for_string=True),
            trim_blocks=True,
            lstrip_blocks=True,
        )

    def render(self, status: int = 200, **context: Any) -> HTMLResponse:
        context.setdefault("max_chars", MAX_TEXT_CHARS)
        context.setdefault("next_steps", NEXT_STEPS)
        html = self.env.get_template("index.html").render(**context)
        return HTMLResponse(html, status_code=status, headers={"Cache-Control": "no-store"})


def _renderer(request: Request) -> PageRenderer:
    return request.app.state.page_renderer


@router.get("/", response_class=HTMLResponse)
async def page(renderer: PageRenderer = Depends(_renderer)) -> HTMLResponse:
    return renderer.render(text="", result=None, error=None)


@router.post("/", response_class=HTMLResponse)
async def check(
    request: Request,
    renderer: PageRenderer = Depends(_renderer),
    scorer: Scorer = Depends(get_scorer),
) -> HTMLResponse:
    limiter: RateLimiter = request.app.state.page_limiter
    client = request.client.host if request.client else "unknown"
    if not limiter.allow(client):
        return renderer.render(429, text="", result=None, error="Too many checks from your address. Wait a minute and try again.")
    content_type = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if content_type != "application/x-www-form-urlencoded":
        return renderer.render(415, text="", result=None, error="Please use the form on this page.")
    body = await request.body()
    try:
        form = parse_qs(body.decode("utf-8", errors="replace"), keep_blank_values=True, max_num_fields=5)
    except ValueError:
        return renderer.render(400, text="", result=None, error="Please use the form on this page.")
    text = _CONTROL_CHARS.sub("", (form.get("text") or [""])[0])
    if not text.strip():
        return renderer.render(422, text=text, result=None, error="Paste the text of a job ad first.")
    if len(text) > MAX_TEXT_CHARS:
        return renderer.render(
            422, text=text[:MAX_TEXT_CHARS], result=None,
            error=f"This ad is longer than {MAX_TEXT_CHARS:,} characters. Paste a shorter part of it.",
        )
    [screening] = await scorer.score([Ad.from_text(text)], source="page")
    if screening.error:
        return renderer.render(422, text=text, result=None, error="This ad could not be checked: " + screening.error)
    return renderer.render(text=text, result=result_view(text, screening, scorer.screener.taxonomy), error=None)


def mount_page(app: FastAPI, settings: Settings) -> None:
    app.state.page_renderer = PageRenderer()
    app.state.page_limiter = RateLimiter(settings.page_rate_limit_per_minute)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(router)
