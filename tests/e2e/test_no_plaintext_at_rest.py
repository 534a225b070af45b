"""No plaintext at rest (SECURITY.md §6, §10 #17, #18): a whole session in the real main window,
then every byte under HOME, TMPDIR, the XDG dirs (Qt caches, QSettings) and the app data dir
(vault, -wal/-shm, backups, logs, settings) is searched for the canary markers, in UTF-8 and
UTF-16-LE. The only files allowed to hold them are the ones the user chose: the PDF "printed" to
a PDF printer and the PDF saved with "Opslaan als PDF".

The session: first run (create the vault), a new client (name, notes and answers carry the
canary), the Brede Intake with the marker in every text field (typed into the real widgets),
self-fill in Arabic with the marker, back through the PIN and review, a discussed card with a
note, the PIP editor, preview, print and export, sync against the ZGW test server, then lock
(Ctrl+L) and shutdown. Figures (files scanned, markers found) are printed.
"""

from __future__ import annotations

import os
import sys
import tempfile

if "--onscreen" not in sys.argv:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QWidget

from app.config import ENV_DATA_DIR, Settings
from app.domain.demo_data import demo_clients
from app.domain.forms.model import FieldType
from app.domain.models import Client, Visit
from app.domain.outbox import OpState
from app.services.selffill import PinParams
from app.store.crypto import KdfParams
from app.sync.config import SECRET_NAME
from app.sync.mapping import Planner
from tests.zgw_server import ZgwTestServer
from tests.zgw_server.server import DEFAULT_CLIENT_ID, DEFAULT_SECRET, RSIN
from tests.zgw_server.testing import make_config

pytestmark = pytest.mark.e2e

CANARY = "CANARY-7f3a"
CANARY_BSN = "999993653"
MARKERS = (CANARY, CANARY_BSN)
FAST_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
CHEAP_PIN = PinParams(memory_kib=1024, iterations=1, lanes=1)
PASS = "paarse olifant danst op de dijk"
PIN = "480213"


@pytest.fixture(scope="session")
def qapp_cls():
    from app.ui.application import Application

    return Application


# ------------------------------------------------------------------------------ isolation
class Dirs:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.home = root / "home"
        self.tmp = root / "tmp"
        self.cache = root / "xdg-cache"
        self.config = root / "xdg-config"
        self.data_home = root / "xdg-data"
        self.runtime = root / "xdg-runtime"
        self.data = root / "appdata"
        self.export = root / "export"  # what the user chose: printer output and "save as"
        for d in self.scanned + [self.export]:
            d.mkdir(parents=True, exist_ok=True)
        self.runtime.chmod(0o700)

    @property
    def scanned(self) -> list[Path]:
        return [
            self.home,
            self.tmp,
            self.cache,
            self.config,
            self.data_home,
            self.runtime,
            self.data,
        ]


@pytest.fixture
def dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Dirs]:
    """Every place the app, Python or Qt might write to points into tmp_path, set before
    anything is created; logging goes to the app's log dir at DEBUG (the most verbose)."""
    d = Dirs(tmp_path)
    monkeypatch.setenv("HOME", str(d.home))
    monkeypatch.setenv("TMPDIR", str(d.tmp))
    monkeypatch.setenv("TEMP", str(d.tmp))
    monkeypatch.setenv("TMP", str(d.tmp))
    monkeypatch.setenv("XDG_CACHE_HOME", str(d.cache))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(d.config))
    monkeypatch.setenv("XDG_DATA_HOME", str(d.data_home))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(d.runtime))
    monkeypatch.setenv(ENV_DATA_DIR, str(d.data))
    monkeypatch.setattr(tempfile, "tempdir", None)
    assert tempfile.gettempdir() == str(d.tmp)

    from app.logging_setup import setup_logging

    root = logging.getLogger()
    saved = (list(root.handlers), root.level, sys.excepthook)
    setup_logging(d.data / "logs", level=logging.DEBUG)
    try:
        yield d
    finally:
        for h in root.handlers:
            if h not in saved[0]:
                h.close()
        root.handlers[:] = saved[0]
        root.setLevel(saved[1])
        sys.excepthook = saved[2]


def encodings(marker: str) -> list[bytes]:
    return [marker.encode("utf-8"), marker.encode("utf-16-le"), marker.encode("utf-16-be")]


def scan(dirs: Dirs, allowed: set[Path]) -> tuple[int, dict[str, list[str]]]:
    """(files scanned, marker -> files holding it), allowed files left out."""
    found: dict[str, list[str]] = {m: [] for m in MARKERS}
    files = 0
    for base in dirs.scanned:
        for path in sorted(base.rglob("*")):
            if not path.is_file() or path.is_symlink() or path.resolve() in allowed:
                continue
            files += 1
            data = path.read_bytes()
            for m in MARKERS:
                if any(e in data for e in encodings(m)):
                    found[m].append(str(path.relative_to(dirs.root)))
    return files, found


# ------------------------------------------------------------------------------ helpers
class Handover:
    """Fills the real hand-over dialog (sections, PIN) and accepts it, without a modal."""

    def __init__(self, sections: tuple[str, ...] = ("B", "D", "K")) -> None:
        self.sections = sections

    def __call__(self, parent: QWidget, definition: Any, languages: Any, default_lang: str) -> Any:
        from app.ui.dialogs.handover import HandoverDialog

        dlg = HandoverDialog(definition, languages, default_lang=default_lang)
        for i in range(dlg.sections.count()):
            item = dlg.sections.item(i)
            if item.flags() & Qt.ItemFlag.ItemIsEnabled:
                on = item.data(Qt.ItemDataRole.UserRole) in self.sections
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        dlg.pin.setText(PIN)
        dlg.pin2.setText(PIN)
        assert dlg.try_accept()
        choice = dlg.choice
        dlg.deleteLater()
        return choice


def configured(settings: Settings, server: ZgwTestServer) -> Settings:
    root = server.base_url
    settings.server_zaken_url = f"{root}/zaken/api/v1/"
    settings.server_documenten_url = f"{root}/documenten/api/v1/"
    settings.server_catalogi_url = f"{root}/catalogi/api/v1/"
    settings.server_besluiten_url = f"{root}/besluiten/api/v1/"
    settings.client_id = DEFAULT_CLIENT_ID
    settings.bronorganisatie = RSIN
    settings.zaaktype_url = server.zaaktype_url
    return settings


def nav_to(w: Any, key: str) -> QWidget:
    row = [p.key for p in w.workspace.pages].index(key)
    w.nav.setCurrentRow(row)
    page = w.workspace.pages[row].widget
    QApplication.processEvents()
    return getattr(page, "inner", None) or page


def type_into(qtbot: Any, widget: QWidget, text: str) -> None:
    widget.setFocus()
    if isinstance(widget, QPlainTextEdit):
        widget.insertPlainText(text)  # one edit, like a paste; typing is tested elsewhere
    else:
        qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def fill_intake(qtbot: Any, intake: Any) -> list[str]:
    """The marker in every visible text/longtext question of every section (real widgets),
    the canary BSN in the BSN question."""
    typed: list[str] = []
    for sid in [s.id for s in intake.definition.sections]:
        intake.pager.show_section(sid)
        QApplication.processEvents()
        for row in list(intake.pager.view.rows.values()):
            target = row.focus_target
            if not row.isVisible() or target is None or not target.isEnabled():
                continue
            if isinstance(target, QLineEdit | QPlainTextEdit):
                target.clear()  # section A comes prefilled from the client record
            if row.field.type is FieldType.BSN:
                type_into(qtbot, target, CANARY_BSN)
                typed.append(row.path)
            elif row.field.type in (FieldType.TEXT, FieldType.LONGTEXT):
                if isinstance(target, QLineEdit | QPlainTextEdit):
                    text = f"{CANARY} {row.field.id}"[: row.field.effective_max_length]
                    type_into(qtbot, target, text)
                    typed.append(row.path)
    return typed


def make_pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


class PrintAnswers:
    """The user at the print dialog and the save dialog: prints to the PDF printer, and saves
    the export where they chose."""

    def __init__(self, printed: Path, exported: Path) -> None:
        self.printed = printed
        self.exported = exported
        self.messages: list[str] = []

    def dialogs(self) -> Any:
        from app.ui.screens.pip_preview import PrintDialogs

        return PrintDialogs(
            print_dialog=lambda printer, parent: True,
            printer_factory=lambda: make_pdf_printer(self.printed),
            confirm_save=lambda parent: True,
            save_file=lambda parent, name: str(self.exported),
            message=lambda parent, title, text: self.messages.append(text),
        )


# ------------------------------------------------------------------------------ the session
@pytest.fixture
def server() -> Iterator[ZgwTestServer]:
    srv = ZgwTestServer().start()
    yield srv
    srv.stop()


def test_no_plaintext_at_rest_after_a_whole_session(dirs: Dirs, qapp, qtbot, server) -> None:
    from app.main import build_main_window, make_session

    settings = configured(Settings(), server)
    settings.save()  # the IT-seeded settings.json (no personal data in it)
    session = make_session(settings, kdf=FAST_KDF)
    errors: list[tuple[str, str]] = []
    w = build_main_window(
        qapp,
        settings,
        session,
        save_settings=lambda s: s.save(),
        error_box=lambda title, text: errors.append((title, text)),
        handover=Handover(),
        pin_params=CHEAP_PIN,
        sync_probe=lambda: True,
        watch_network=False,
    )
    qtbot.addWidget(w)
    w.start()
    w.resize(1280, 800)
    w.show()
    steps: list[str] = []
    try:
        # 1. first run: create the vault
        fr = w.first_run
        assert w.stack.currentWidget() is fr
        qtbot.keyClicks(fr.name, "K. Manager")
        qtbot.keyClicks(fr.employee_id, "km-0042")
        fr.passphrase.setText(PASS)
        fr.repeat.setText(PASS)
        qtbot.keyClick(fr.repeat, Qt.Key.Key_Return)
        assert w.session.is_unlocked
        steps.append("first_run")
        vault = w.session.require_vault()
        vault.secrets.set(SECRET_NAME, DEFAULT_SECRET)

        # 2. a new client (no "new client" screen: through the store + sync planner), with
        # a few other clients around it
        vault.clients.save_many(demo_clients(5))
        client = Client(
            voornamen=f"Amira {CANARY}",
            geslachtsnaam=CANARY,
            bsn=CANARY_BSN,
            v_nummer="1234567890",
            taal="ar",
            telefoon="+31612345678",
            email="canary-7f3a@example.org",
            woonplaats=CANARY,
        )
        ops = Planner(make_config(server)).new_traject(client)
        vault.clients.save(client, outbox=ops, action="create")
        vault.visits.save(Visit(client_uuid=client.uuid, notes=f"notitie {CANARY}"))
        w.workspace.pages[0].widget  # noqa: B018 - the caseload exists
        steps.append("client")

        # 3. intake: the marker in every text field, typed into the real widgets
        page = w.open_client(client.uuid)
        intake = page.open_tab("Intake")
        typed = fill_intake(qtbot, intake)
        assert len(typed) >= 10, typed
        assert intake.save_now()
        draft = vault.drafts.for_client(client.uuid)[0]
        assert draft.answers["bsn"]["value"] == CANARY_BSN
        assert sum(CANARY in str(a.get("value")) for a in draft.answers.values()) >= 10
        steps.append(f"intake({len(typed)} fields)")

        # 4. self-fill in Arabic: the marker typed by the "client", then PIN and review
        intake.handover_button.click()
        assert w.in_sealed_mode
        sealed = w.sealed_widget
        if sealed.pin_screen_shown:
            sealed.back_to_questions()
        answered = ""
        for sid in sealed.session.sections:
            sealed.pager.show_section(sid)
            for row in sealed.pager.view.rows.values():
                if row.field.type is FieldType.LONGTEXT and row.isVisible():
                    type_into(qtbot, row.focus_target, f"أريد {CANARY}")
                    answered = row.path
                    break
            if answered:
                break
        assert answered
        sealed.show_pin_screen()
        qtbot.keyClicks(sealed.pin_screen.pin, PIN)
        qtbot.keyClick(sealed.pin_screen.pin, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not w.in_sealed_mode, timeout=10_000)
        review = w.review_screen
        review.accept_all()
        review.finish()
        steps.append("selffill")

        # 5. a conversation card, discussed, with a note
        cards = nav_to(w, "cards")
        if hasattr(cards, "ensure"):
            cards = cards.ensure()
        card = cards.draw()
        assert card is not None
        cards.full.note.setText(f"kaartnotitie {CANARY}")
        cards.full.discussed_button.click()
        steps.append("card")

        # 6. PIP: marker in the editor, preview, print to a PDF printer, save as PDF
        page = w.open_client(client.uuid)
        pip = page.open_tab("PIP")
        reasons = pip.route.findChildren(QPlainTextEdit)
        assert reasons
        type_into(qtbot, reasons[0], f"onderbouwing {CANARY}")
        assert pip.flush()
        printed = dirs.export / "printer-output.pdf"
        exported = dirs.export / "PIP-export.pdf"
        answers = PrintAnswers(printed, exported)
        pip._dialogs = answers.dialogs()  # the print/save dialogs the user answers
        pip.show_preview()
        preview = pip.preview
        qtbot.waitUntil(
            lambda: preview.page_count() > 0 and preview.print_button.isEnabled(), timeout=30_000
        )
        assert preview.print_pdf(), answers.messages
        from app.ui import tasks

        tasks.wait_for_idle()
        assert printed.read_bytes().startswith(b"%PDF")
        if pip.preview is None:  # printing freezes the version and closes the preview
            pip.show_preview()
            preview = pip.preview
            qtbot.waitUntil(lambda: preview.page_count() > 0, timeout=30_000)
        assert preview.save_pdf() == str(exported), answers.messages
        tasks.wait_for_idle()
        assert exported.read_bytes().startswith(b"%PDF")
        steps.append("pip_print_export")

        # 7. sync against the ZGW test server
        panel = nav_to(w, "sync")
        controller = panel._c
        qtbot.waitUntil(lambda: not controller.running, timeout=30_000)
        assert panel.sync_button.isEnabled(), "sync is configured"
        with qtbot.waitSignal(controller.sync_finished, timeout=30_000) as blocker:
            panel.sync_button.click()
        assert blocker.args[0]["ok"], blocker.args[0]
        qtbot.waitUntil(lambda: not controller.running, timeout=30_000)
        assert server.count("zaak") == 1
        open_ops = {k: v for k, v in vault.outbox.counts().items() if k != OpState.DONE.value and v}
        assert open_ops == {}, open_ops
        vault.backup()  # the daily backup (ciphertext only)
        steps.append("sync")

        # 8. lock with Ctrl+L, then close the app
        qtbot.keyClick(w, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert not w.session.is_unlocked
        texts = [lbl.text() for lbl in w.findChildren(QLabel) if lbl.isVisible()]
        assert not any(CANARY in t or CANARY_BSN in t for t in texts)
        assert CANARY not in w.windowTitle()
        # locked but still running: the -wal/-shm files are there too
        mid_files, mid_found = scan(dirs, set())
        wal = [p.name for p in dirs.data.glob("vault.sqlite3-*")]
        assert mid_found == {m: [] for m in MARKERS}, mid_found
        steps.append(f"lock(scanned {mid_files}: {sorted(wal)})")
    finally:
        w.idle.stop()
        w.shutdown()
        QApplication.processEvents()
        for h in logging.getLogger().handlers:
            h.flush()
    assert not errors, errors

    # the scanner itself works: a planted UTF-16 copy of the marker is found, then removed
    control = dirs.tmp / "control.txt"
    control.write_bytes(CANARY.encode("utf-16-le"))
    assert scan(dirs, set())[1][CANARY] == [str(control.relative_to(dirs.root))]
    control.unlink()

    # the markers went to disk only in the two files the user chose
    allowed = {printed.resolve(), exported.resolve()}
    files, found = scan(dirs, allowed)
    listing = sorted(
        str(p.relative_to(dirs.root)) for b in dirs.scanned for p in b.rglob("*") if p.is_file()
    )
    log_files = list((dirs.data / "logs").rglob("*"))
    print(
        f"\nno-plaintext scan: steps={steps} files_scanned={files} "
        f"log_files={len(log_files)} files={listing} markers_found="
        f"{ {m: len(v) for m, v in found.items()} }"
    )
    assert files >= 5  # vault, -wal or backup, logs, settings, ...
    assert any(p.name.startswith("vault.sqlite3") for p in dirs.data.rglob("*"))
    assert found == {m: [] for m in MARKERS}, found


def test_markup_in_user_and_server_strings_is_shown_literally(dirs: Dirs, qapp, qtbot) -> None:
    """#28: a client whose name is markup: every label of the client page shows it as text."""
    from app.main import build_main_window, make_session
    from app.store.vault import Vault

    markup = "<b>vet</b><img src=x>"
    path = dirs.data / "vault.sqlite3"
    v = Vault.create(path, PASS, user_name="K. Manager", employee_id="km-0042", kdf=FAST_KDF)
    client = v.clients.save(
        Client(voornamen=markup, geslachtsnaam="<i>Schuin</i>", woonplaats="<a href='x'>plaats</a>")
    )
    v.close()
    settings = Settings()
    session = make_session(settings, kdf=FAST_KDF, vault_path=path)
    w = build_main_window(
        qapp,
        settings,
        session,
        save_settings=lambda s: None,
        error_box=lambda title, text: None,
        watch_network=False,
    )
    qtbot.addWidget(w)
    try:
        w.start()
        w.show()
        w.unlock_screen.passphrase.setText(PASS)
        w.unlock_screen.unlock_button.click()
        assert w.session.is_unlocked
        page = w.open_client(client.uuid)
        QApplication.processEvents()
        shown = [lbl for lbl in page.findChildren(QLabel) if "<" in lbl.text()]
        assert shown, "the name is on the client page"
        rich = [lbl.text() for lbl in shown if lbl.textFormat() != Qt.TextFormat.PlainText]
        assert rich == [], f"labels that would render server/user markup: {rich}"
        assert "<" not in w.windowTitle()
    finally:
        w.idle.stop()
        w.shutdown()
