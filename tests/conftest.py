"""Suite-wide: tests never touch the developer's real OS keyring (the device secret of
issue 11 defaults to on). Tests of the device secret install their own in-memory backend."""

from __future__ import annotations

import os

os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

# the parsed UI catalogues' cache (app/i18n/qt_translator.py) goes to a throwaway folder, not
# the developer's ~/.cache
if "HUISBEZOEK_CACHE_DIR" not in os.environ:
    import tempfile

    os.environ["HUISBEZOEK_CACHE_DIR"] = tempfile.mkdtemp(prefix="huisbezoek-test-cache-")
