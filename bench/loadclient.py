"""A minimal HTTP/1.1 keep-alive client on asyncio streams, for load generation.

The load generator shares the machine's two cores with the server, so every millisecond of
client CPU per request is taken from the server. httpx spends about a millisecond of CPU on
each request (building, encoding and parsing it in Python); this client sends pre-encoded
bodies and reads a ``Content-Length`` response, at a fraction of that. It supports exactly
what the benchmark needs: POST and GET with a JSON body, responses with ``Content-Length``
(uvicorn sends one for every JSON response), keep-alive with reconnection.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass


class TransportError(Exception):
    """The connection failed or the response was not understood."""


@dataclass(frozen=True)
class Response:
    status: int
    body: bytes


class Connection:
    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None

    async def _connect(self) -> None:
        self._reader, self._writer = await asyncio.open_connection(self.host, self.port)

    async def request(self, method: str, path: str, body: bytes = b"") -> Response:
        head = (
            f"{method} {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
        ).encode("ascii")
        for attempt in (0, 1):  # a kept-alive connection the server closed is reopened once
            if self._writer is None:
                await self._connect()
            assert self._reader is not None and self._writer is not None
            try:
                self._writer.write(head + body)
                await self._writer.drain()
                return await self._read_response()
            except (ConnectionError, asyncio.IncompleteReadError) as exc:
                await self.close()
                if attempt:
                    raise TransportError(type(exc).__name__) from exc
        raise AssertionError("unreachable")

    async def _read_response(self) -> Response:
        assert self._reader is not None
        head = await self._reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        try:
            status = int(lines[0].split(" ", 2)[1])
        except (IndexError, ValueError) as exc:
            raise TransportError("bad status line") from exc
        length = None
        close = False
        for line in lines[1:]:
            name, _, value = line.partition(":")
            name = name.strip().lower()
            if name == "content-length":
                length = int(value.strip())
            elif name == "connection" and value.strip().lower() == "close":
                close = True
            elif name == "transfer-encoding":
                raise TransportError("chunked responses are not supported by this client")
        body = await self._reader.readexactly(length) if length else b""
        if close:
            await self.close()
        return Response(status, body)

    async def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            try:
                await self._writer.wait_closed()
            except (ConnectionError, OSError):
                pass
        self._reader = self._writer = None


class Pool:
    """At most ``size`` connections; a request waits for a free one."""

    def __init__(self, host: str, port: int, size: int) -> None:
        self._free: asyncio.Queue[Connection] = asyncio.Queue()
        self._all = [Connection(host, port) for _ in range(size)]
        for c in self._all:
            self._free.put_nowait(c)

    async def request(self, method: str, path: str, body: bytes = b"") -> Response:
        conn = await self._free.get()
        try:
            return await conn.request(method, path, body)
        finally:
            self._free.put_nowait(conn)

    async def close(self) -> None:
        for c in self._all:
            await c.close()
