"""JWT authentication for the ZGW APIs (ZGW.md §3)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Generator

import httpx
import jwt

#: a token is reused for this long, then a new one is minted. Open Zaak refuses a token
#: 3600 s after ``iat`` (by *its* clock); 5 minutes leaves room for a slow laptop clock.
TOKEN_REUSE_S = 300.0


class ZgwAuth(httpx.Auth):
    """HS256 JWT (ZGW.md §3), reused for ``reuse_s`` seconds and then minted anew; shared by
    the sync's worker threads (thread-safe). ``iat`` is the server's time as far as we know it
    (laptop clock + the offset measured from the server's ``Date``), so a laptop clock that
    runs slow does not shorten the token's life."""

    def __init__(
        self,
        client_id: str,
        secret: str,
        user_id: str,
        user_representation: str = "",
        clock: Callable[[], float] = time.time,
        *,
        reuse_s: float = TOKEN_REUSE_S,
    ) -> None:
        self._client_id = client_id
        self._secret = secret
        self._user_id = user_id
        self._user_repr = user_representation
        self._clock = clock
        self._reuse_s = reuse_s
        self._lock = threading.Lock()
        self._cached: tuple[float, str] | None = None
        self.offset_s = 0.0  # server time - laptop time, set by the client
        self.minted = 0

    def token(self) -> str:
        now = self._clock()
        with self._lock:
            if self._cached is not None and 0 <= now - self._cached[0] < self._reuse_s:
                return self._cached[1]
            claims = {
                "iss": self._client_id,
                "iat": int(now + min(0.0, self.offset_s)),
                "client_id": self._client_id,
                "user_id": self._user_id,
                "user_representation": self._user_repr,
            }
            value = jwt.encode(claims, self._secret, algorithm="HS256")
            self._cached = (now, value)
            self.minted += 1
            return value

    def invalidate(self) -> None:
        with self._lock:
            self._cached = None

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self.token()}"
        yield request

    def __repr__(self) -> str:  # never show the secret
        return "ZgwAuth(<redacted>)"
