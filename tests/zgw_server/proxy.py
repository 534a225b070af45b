"""A fault-injecting TCP proxy for the sync tests (hardening issue).

Sits between the sync client and the ZGW test server on 127.0.0.1 and, with a seeded RNG,
breaks the traffic in the ways a train wifi or a captive gateway does:

* ``drop_request``  – the request bytes never reach the server; the client connection closes
* ``reset``         – the client gets a TCP RST instead of an answer (request not forwarded)
* ``delay``         – the request is held back for a while (can exceed the client's timeout)
* ``truncate``      – the server's reply is cut off half-way, then the connection closes
* ``lose_reply``    – the request reached the server (which committed), the reply is thrown away

Faults are decided per chunk of data (a request or a reply is normally one chunk), up to
``budget`` faults in total; after that the proxy passes everything through.
"""

from __future__ import annotations

import random
import select
import socket
import struct
import threading
import time
from collections import Counter

FAULT_KINDS = ("drop_request", "reset", "delay", "truncate", "lose_reply")


class FaultProxy:
    def __init__(
        self,
        upstream_port: int = 0,
        *,
        seed: int = 1,
        probability: float = 0.2,
        budget: int = 1000,
        max_delay: float = 0.8,
        kinds: tuple[str, ...] = FAULT_KINDS,
    ) -> None:
        self.upstream = ("127.0.0.1", upstream_port)
        self.rng = random.Random(seed)
        self.probability = probability
        self.budget = budget
        self.max_delay = max_delay
        self.kinds = kinds
        self.injected: Counter[str] = Counter()
        self.connections = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(64)
        self._sock.settimeout(0.1)
        self.port = int(self._sock.getsockname()[1])
        self._thread = threading.Thread(target=self._accept_loop, daemon=True, name="fault-proxy")

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def total_faults(self) -> int:
        return sum(self.injected.values())

    def start(self) -> FaultProxy:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self._sock.close()

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- decisions ----------------------------------------------------------------------------
    def _decide(self, direction: str) -> str | None:
        with self._lock:
            if self.total_faults >= self.budget or self.rng.random() >= self.probability:
                return None
            if direction == "request":
                options = [k for k in self.kinds if k in ("drop_request", "reset", "delay")]
            else:
                options = [k for k in self.kinds if k in ("truncate", "lose_reply")]
            if not options:
                return None
            kind = self.rng.choice(options)
            self.injected[kind] += 1
            return kind

    def _delay(self) -> float:
        """Mostly short hiccups; one in five is longer than the client's read timeout."""
        with self._lock:
            if self.rng.random() < 0.2:
                return self.max_delay
            return self.rng.uniform(0.005, 0.05)

    # -- plumbing -----------------------------------------------------------------------------
    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._pump, args=(client,), daemon=True).start()

    @staticmethod
    def _reset(sock: socket.socket) -> None:
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass

    def _pump(self, client: socket.socket) -> None:
        try:
            upstream = socket.create_connection(self.upstream, timeout=5)
        except OSError:
            client.close()
            return
        for s in (client, upstream):
            s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            while not self._stop.is_set():
                ready, _, _ = select.select([client, upstream], [], [], 0.2)
                for src in ready:
                    data = src.recv(65536)
                    if not data:
                        return
                    if src is client:
                        fault = self._decide("request")
                        if fault == "drop_request":
                            return
                        if fault == "reset":
                            self._reset(client)
                            return
                        if fault == "delay":
                            time.sleep(self._delay())
                        upstream.sendall(data)
                    else:
                        fault = self._decide("reply")
                        if fault == "lose_reply":
                            return
                        if fault == "truncate":
                            client.sendall(data[: max(1, len(data) // 2)])
                            return
                        client.sendall(data)
        except OSError:
            return
        finally:
            for s in (client, upstream):
                try:
                    s.close()
                except OSError:
                    pass
