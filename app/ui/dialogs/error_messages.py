"""User-facing, translated texts for the typed core errors (never ``str(exc)``: the core's
messages are English log keys, and the UI must not show personal data)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain import errors as e
from app.ui.dialogs.security_messages import security_error_message, security_error_title

translate = QCoreApplication.translate  # lupdate finds translate("Context", "…") calls


def error_title(exc: BaseException) -> str:
    special = security_error_title(exc)  # issue 11 (tampering, untrusted recovery key)
    if special is not None:
        return special
    if isinstance(exc, e.WrongPassphrase):
        return translate("ErrorMessages", "Wrong passphrase")
    if isinstance(exc, e.KeySlotDamaged):
        return translate("ErrorMessages", "Key file damaged")
    if isinstance(exc, e.CorruptDatabase):
        return translate("ErrorMessages", "Data file damaged")
    if isinstance(exc, e.DatabaseMissing):
        return translate("ErrorMessages", "Data file missing")
    return translate("ErrorMessages", "Something went wrong")


def error_message(exc: BaseException) -> str:  # noqa: PLR0911 - one branch per error type
    """One clear sentence (or two) with the next step. No personal data, no exception text."""
    special = security_error_message(exc)  # issue 11: before KeySlotDamaged (a subclass)
    if special is not None:
        return special
    if isinstance(exc, e.WrongPassphrase):
        return translate(
            "ErrorMessages",
            "Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.",
        )
    if isinstance(exc, e.ThrottleActive):
        return translate(
            "ErrorMessages", "Too many wrong attempts. Please wait before you try again."
        )
    if isinstance(exc, e.KeySlotDamaged):
        return translate(
            "ErrorMessages",
            "The key file is damaged (this is not a wrong passphrase). Your data is still "
            "encrypted on this laptop. Contact IT: they can recover access with the "
            "municipality's recovery key (command: huisbezoek recover).",
        )
    if isinstance(exc, e.DeviceKeyMissing):
        return translate(
            "ErrorMessages",
            "The device key is missing. Contact IT to recover access with the recovery key.",
        )
    if isinstance(exc, e.CorruptDatabase):
        return translate(
            "ErrorMessages",
            "The data file is damaged. It was put aside (not deleted). You can restore the "
            "most recent backup; changes made after that backup are not in it.",
        )
    if isinstance(exc, e.DatabaseMissing):
        return translate(
            "ErrorMessages",
            "The data file is missing, but this laptop was set up before. A new, empty file "
            "will not be created automatically, so no data gets hidden. Restore a backup or "
            "contact IT.",
        )
    if isinstance(exc, e.NewerSchema):
        return translate(
            "ErrorMessages",
            "The data file was made by a newer version of Huisbezoek. Install the newest "
            "version; your data has not been changed.",
        )
    if isinstance(exc, e.VaultInUse):
        return translate(
            "ErrorMessages",
            "Huisbezoek is already open (in another window or for another user). Close the "
            "other one first.",
        )
    if isinstance(exc, e.NotWritable):
        return translate(
            "ErrorMessages",
            "Huisbezoek cannot write to its data folder. Nothing was lost. Contact IT about "
            "the folder's permissions.",
        )
    if isinstance(exc, e.DiskFull):
        return translate(
            "ErrorMessages",
            "The disk is full. Your changes are kept in the window; free up space and try again.",
        )
    if isinstance(exc, e.StoreLocked):
        return translate("ErrorMessages", "Huisbezoek is locked. Unlock it first.")
    if isinstance(exc, e.NotFound):
        return translate("ErrorMessages", "This item no longer exists.")
    if isinstance(exc, e.RecoveryError):
        return translate(
            "ErrorMessages", "Recovery failed: this recovery key does not belong to this data file."
        )
    return translate(
        "ErrorMessages",
        "Something went wrong. Nothing was lost. Try again; if it keeps happening, contact IT.",
    )


def weak_passphrase_message(reason: str) -> str:
    if reason == "too_short":
        return translate("ErrorMessages", "The passphrase must be at least 12 characters long.")
    if reason == "blocklisted":
        return translate(
            "ErrorMessages", "This passphrase is too easy to guess. Use a few unrelated words."
        )
    if reason == "mismatch":
        return translate("ErrorMessages", "The two passphrases are not the same.")
    if reason == "empty_name":
        return translate("ErrorMessages", "Please enter your name.")
    return translate("ErrorMessages", "This passphrase cannot be used.")
