"""The user-interface languages offered in the toolbar and the settings (each in its own
name, never translated: STYLE §7). Qt-free, so the window chrome needs no screen module."""

from __future__ import annotations

UI_LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
