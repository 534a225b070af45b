"""Print a pip constraints file pinning every declared dependency to its lower bound.

    python .ci/floors.py > floors.txt
    pip install --constraint floors.txt -e '.[test]'

Reads [project] dependencies and the `test` extra from pyproject.toml; each `name>=X` becomes
`name==X`, so the job proves that the floors we declare really work.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_REQ = re.compile(r"^\s*([A-Za-z0-9_.\-]+)(?:\[[^\]]*\])?\s*(.*)$")


def floors(extras: tuple[str, ...] = ("test",)) -> list[str]:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    project = tomllib.loads(text)["project"]
    reqs = list(project["dependencies"])
    for extra in extras:
        reqs += project.get("optional-dependencies", {}).get(extra, [])
    out = []
    for req in reqs:
        m = _REQ.match(req.split(";")[0])
        if not m:
            continue
        name, spec = m.groups()
        low = re.search(r">=\s*([0-9][^,\s]*)", spec)
        if name.lower() == project["name"] or not low:
            continue
        out.append(f"{name}=={low.group(1)}")
    return out


if __name__ == "__main__":
    sys.stdout.write("".join(f"{line}\n" for line in floors()))
