# adscreen: the HTTP API and test page on the shipped model.
# Mirrors the README: install the package with the serving extras, then `adscreen serve`.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    ADSCREEN_HOST=0.0.0.0 \
    ADSCREEN_PORT=8000

RUN useradd --create-home --uid 10001 adscreen
WORKDIR /app

# Dependencies first (better layer caching), then the code and the shipped model.
COPY pyproject.toml README.md ./
COPY model ./model
COPY training ./training
COPY service ./service
RUN pip install --upgrade pip && pip install '.[serving]' && rm -rf /root/.cache

USER adscreen
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s --start-period=30s --retries=3 \
  CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=2).status == 200 else 1)"

# Set ADSCREEN_API_KEYS to require keys on /v1/*; without it the service runs open and says so.
CMD ["adscreen", "serve", "--workers", "2"]
