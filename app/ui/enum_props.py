"""Set a Qt enum or flag property by its key name through Qt's meta-object system
(``QObject.setProperty("textFormat", "PlainText")``), without touching PySide6's ``Qt``
namespace.

Why: the first access to ``PySide6.QtCore.Qt`` creates all ~90 of its Python enums at once
(``Qt.Key`` alone has ~500 members): 25-30 ms with Python 3.11's ``enum``, a fifth of a bare
PySide6 start. The widgets built before the first window is shown (first-run and unlock
screens, the window chrome) use this helper, so that cost falls after the first paint
(issue 14 item 6: start-up within 1.5x of bare Qt). Everything else uses ``Qt`` as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

__all__ = ["set_enum_property"]


def set_enum_property(obj: QObject, name: str, key: str) -> None:
    """``obj.<name> = <key>`` for a ``Q_PROPERTY`` of enum or flag type; flags as
    ``"A|B"``. Raises ``ValueError`` for an unknown property or key (never silently
    ignored: a typo would otherwise leave, e.g., a label in rich-text mode)."""
    if not obj.setProperty(name, key):
        raise ValueError(f"{type(obj).__name__}.{name} cannot be set to {key!r}")
