"""ZGW test backend (SQLite-backed, OpenAPI-validated) and a fault-injecting TCP proxy."""

from tests.zgw_server.server import (
    DEFAULT_CLIENT_ID,
    DEFAULT_SECRET,
    RSIN,
    Fault,
    ZgwTestServer,
)

__all__ = ["DEFAULT_CLIENT_ID", "DEFAULT_SECRET", "RSIN", "Fault", "ZgwTestServer"]
