"""`mypy app` with the project's settings; fail when the error count rises above the baseline.

The baseline (.ci/mypy-baseline.txt) holds one number. When the count falls, this prints the
new number so the next commit can lower the baseline; it never may go up.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / ".ci" / "mypy-baseline.txt"


def main() -> int:
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "app"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    out = run.stdout + run.stderr
    m = re.search(r"Found (\d+) errors?", out)
    count = int(m.group(1)) if m else 0
    if run.returncode not in (0, 1) or (run.returncode == 1 and not m):
        sys.stdout.write(out)
        print("mypy did not run cleanly", file=sys.stderr)
        return 2
    allowed = int(BASELINE.read_text(encoding="utf-8").split()[0])
    per_file: dict[str, int] = {}
    for line in out.splitlines():
        if ": error:" in line:
            name = line.split(":", 1)[0]
            per_file[name] = per_file.get(name, 0) + 1
    for name, n in sorted(per_file.items(), key=lambda kv: -kv[1]):
        print(f"{n:5d}  {name}")
    print(f"mypy app: {count} errors (baseline {allowed})")
    if count > allowed:
        sys.stdout.write(out)
        print(f"FAIL: {count - allowed} new mypy error(s); fix them", file=sys.stderr)
        return 1
    if count < allowed:
        print(f"Lower .ci/mypy-baseline.txt to {count}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
