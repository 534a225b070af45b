"""Translated texts for the vault's integrity and tamper findings (issue 11). Never internal
codes, never personal data; each says what happened, that nothing else was lost, and what to
do next. Dutch in translations/app_security_nl.ts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain import errors as e

if TYPE_CHECKING:
    from app.store.integrity import Report

translate = QCoreApplication.translate  # lupdate finds translate("Context", "…") calls

KDF_FIELDS = {  # translated when shown (the translator is not installed at import time)
    "memory_kib": QT_TRANSLATE_NOOP("SecurityMessages", "memory"),
    "iterations": QT_TRANSLATE_NOOP("SecurityMessages", "number of passes"),
    "lanes": QT_TRANSLATE_NOOP("SecurityMessages", "parallelism"),
    "salt_hex": QT_TRANSLATE_NOOP("SecurityMessages", "salt"),
    "json": QT_TRANSLATE_NOOP("SecurityMessages", "format"),
}


def security_error_title(exc: BaseException) -> str | None:
    if isinstance(exc, e.KeySlotTampered):
        return translate("SecurityMessages", "Key file changed")
    if isinstance(exc, e.RecoveryKeyNotTrusted):
        return translate("SecurityMessages", "Recovery key not trusted")
    return None


def security_error_message(exc: BaseException) -> str | None:
    """The text for the issue-11 error types, or None for any other error."""
    if isinstance(exc, e.KdfParamsInvalid):
        part = translate("SecurityMessages", KDF_FIELDS.get(exc.field, KDF_FIELDS["json"]))
        return translate(
            "SecurityMessages",
            "The key settings of the data file are invalid ({part}); the file was probably "
            "changed by someone else. This was not counted as a wrong passphrase. Your data "
            "is still encrypted on this laptop. Contact IT: they can recover access with the "
            "municipality's recovery key.",
        ).format(part=part)
    if isinstance(exc, e.KeySlotTampered):
        return translate(
            "SecurityMessages",
            "Your passphrase is correct, but the key file was changed after it was written "
            "(this is not a wrong passphrase and was not counted as one). Your data is still "
            "encrypted on this laptop. Contact IT: they can recover access with the "
            "municipality's recovery key.",
        )
    if isinstance(exc, e.RecoveryKeyNotTrusted):
        return translate(
            "SecurityMessages",
            "The recovery key on this laptop is not signed by your municipality's IT, so it "
            "was not used. Nothing was changed. Ask IT for the signed recovery key.",
        )
    if isinstance(exc, e.VaultRolledBack):
        return rolled_back_text()
    return None


def rolled_back_text() -> str:
    return translate(
        "SecurityMessages",
        "This data file is older than the last one this laptop saw: it may have been "
        "replaced by an older copy. Changes made after that copy are not in it. Do not "
        "continue working before you have contacted IT.",
    )


def integrity_message(report: Report) -> str:
    """One paragraph for the unlock notice; empty when all is well."""
    if report.ok:
        return ""
    parts: list[str] = []
    if report.rolled_back:
        parts.append(rolled_back_text())
    bad = len(report.bad_ids())
    if bad:
        parts.append(
            translate(
                "SecurityMessages",
                "%n item(s) in the data file were changed outside Huisbezoek and cannot be "
                "trusted; they are not shown and not sent. Everything else opened normally.",
                "",
                bad,
            )
        )
    if not report.authenticator_ok:
        parts.append(
            translate(
                "SecurityMessages",
                "Items are missing from the data file or were put back from an older copy. "
                "Everything that is still there opened normally. Contact IT before you "
                "continue; IT can accept the current state once they have looked at it.",
            )
        )
    if report.repaired_indexes:
        parts.append(
            translate(
                "SecurityMessages",
                "The BSN search index was changed outside Huisbezoek; it was rebuilt from "
                "the encrypted data. Nothing was lost.",
            )
        )
    return "\n\n".join(parts)


def show_integrity_notice(parent: QWidget, report: Report) -> QMessageBox | None:
    """Non-blocking warning after unlock (the rest of the app stays usable)."""
    text = integrity_message(report)
    if not text:
        return None
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("SecurityMessages", "Data file check"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("IntegrityNotice")
    from PySide6.QtCore import Qt  # not at import: this module is on the start-up path

    box.setTextFormat(Qt.TextFormat.PlainText)
    box.open()
    return box
