"""Official ZGW OpenAPI specs (../shared/zgw/*.yaml), parsed once per process.

External ``$ref``s (the Zaken spec points at the Catalogi spec on GitHub) are replaced by a
plain ``{"type": "object"}`` so that nothing is fetched from the network. Spec-level
validation of the (large) documents is skipped: we only need request/response validation.
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

ENV_SPECS = "HUISBEZOEK_ZGW_SPECS"  # folder with <api>.openapi.yaml, overrides the default
REPO = Path(__file__).resolve().parents[2]
DEFAULT_SPEC_DIR = REPO.parent / "shared" / "zgw"  # ../shared/zgw next to the checkout


class SpecsNotFound(FileNotFoundError):
    pass


def spec_dir() -> Path:
    """The folder with the official OpenAPI files: $HUISBEZOEK_ZGW_SPECS, else ../shared/zgw
    relative to the repository root. A clear error (what is missing, what to set) otherwise."""
    env = os.environ.get(ENV_SPECS, "").strip()
    folder = Path(env).expanduser() if env else DEFAULT_SPEC_DIR
    missing = [api for api in APIS if not (folder / f"{api}.openapi.yaml").is_file()]
    if missing:
        where = f"{ENV_SPECS}={env}" if env else f"{folder} (../shared/zgw from the repository)"
        raise SpecsNotFound(
            f"ZGW OpenAPI specs not found: {', '.join(f'{a}.openapi.yaml' for a in missing)} "
            f"missing in {where}. Set {ENV_SPECS} to the folder holding "
            f"{', '.join(f'{a}.openapi.yaml' for a in APIS)}."
        )
    return folder


APIS = ("zaken", "documenten", "catalogi", "besluiten")

_lock = threading.Lock()
_cache: dict[str, OpenAPI] = {}


def _scrub(node: Any) -> Any:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and not ref.startswith("#"):
            return {"type": "object"}
        out = {k: _scrub(v) for k, v in node.items()}
        # Known bug in the published OAS (drf-spectacular): URL filters such as
        # GET /rollen?zaak=<url> are declared ``type: integer``. Open Zaak accepts (and
        # requires) the URL, so we treat them as ``string/uri``.
        if (
            out.get("in") == "query"
            and out.get("schema", {}).get("type") == "integer"
            and str(out.get("description", "")).startswith("URL-referentie")
        ):
            out["schema"] = {"type": "string", "format": "uri"}
        return out
    if isinstance(node, list):
        return [_scrub(v) for v in node]
    return node


def get_spec(api: str) -> OpenAPI:
    """Parsed spec for one API; cached for the whole process (thread-safe)."""
    with _lock:
        spec = _cache.get(api)
        if spec is None:
            with (spec_dir() / f"{api}.openapi.yaml").open(encoding="utf-8") as fh:
                raw = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
            raw = _scrub(raw)
            # Relative server: match on path only, whatever host/port the test server has.
            raw["servers"] = [{"url": f"/{api}/api/v1"}]
            config = Config(
                spec_validator_cls=None,
                extra_media_type_deserializers={"application/problem+json": json.loads},
            )
            spec = OpenAPI.from_dict(raw, config=config)
            _cache[api] = spec
        return spec


def load_all() -> None:
    for api in APIS:
        get_spec(api)


@dataclass
class SpecRequest:
    """Implements openapi-core's Request protocol."""

    host_url: str
    path: str
    method: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    body: bytes | None
    content_type: str
    parameters: RequestParameters = field(init=False)

    def __post_init__(self) -> None:
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(self.query),
            header=Headers(list(self.headers.items())),
            cookie=ImmutableMultiDict(),
        )


@dataclass
class SpecResponse:
    status_code: int
    data: bytes | None
    content_type: str
    headers: Headers


def validate_request(api: str, req: SpecRequest) -> list[str]:
    """Return a list of human-readable problems (empty when valid)."""
    try:
        get_spec(api).validate_request(req)
    except Exception as exc:  # openapi-core raises a family of errors
        return _describe(exc)
    return []


def validate_response(api: str, req: SpecRequest, resp: SpecResponse) -> list[str]:
    try:
        get_spec(api).validate_response(req, resp)
    except Exception as exc:
        return _describe(exc)
    return []


def _describe(exc: BaseException) -> list[str]:
    out = [f"{type(exc).__name__}: {exc}"]
    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        seen.add(id(cur))
        for sub in getattr(cur, "schema_errors", None) or []:
            out.append(
                f"  schema: {getattr(sub, 'message', sub)} at {list(getattr(sub, 'path', []))}"
            )
        cur = cur.__cause__ or cur.__context__
    return out
