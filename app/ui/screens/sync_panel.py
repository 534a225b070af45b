"""Sync panel: online state, last sync, "Synchroniseren", progress with counts, the outbox per
client with per-record state, records that need attention (readable reason + "Opnieuw
proberen", which always works) and conflicts (both versions side by side; the user chooses).
Everything comes from :class:`SyncController`; the panel never talks to the network."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.domain.outbox import OpState, OutboxOp
from app.ui.dialogs.conflict import choose_conflict
from app.ui.models.sync_outbox_model import SyncConflictsModel, SyncOutboxModel
from app.ui.sync_controller import SyncController
from app.ui.widgets.sync_messages import problem_text, reason_text

log = logging.getLogger(__name__)

OPEN = {
    OpState.PENDING.value,
    OpState.IN_FLIGHT.value,
    OpState.FAILED_RETRYABLE.value,
    OpState.QUARANTINED.value,
    OpState.CONFLICT.value,
}
PROBLEMS = {OpState.QUARANTINED.value, OpState.FAILED_RETRYABLE.value}
ConflictChooser = Callable[[QWidget, dict[str, Any], str], str]


def _local_time(iso: str) -> str:
    try:
        return (
            datetime.fromisoformat(iso.replace("Z", "+00:00"))
            .astimezone()
            .strftime("%d-%m-%Y %H:%M")
        )
    except ValueError:
        return ""


class SyncPanel(QWidget):
    def __init__(
        self,
        controller: SyncController,
        *,
        choose_conflict: ConflictChooser = choose_conflict,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._c = controller
        self._choose = choose_conflict
        self._last_result: dict[str, Any] = {}
        self.heading = QLabel(self)
        self.heading.setProperty("role", "title")
        self.online_label = QLabel(self)
        self.last_label = QLabel(self)
        self.sync_button = QPushButton(self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.counts_label = QLabel(self)
        self.counts_label.setWordWrap(True)
        self.result_label = QLabel(self)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setWordWrap(True)

        self.outbox_model = SyncOutboxModel(self)
        self.outbox_view = self._tree(self.outbox_model)
        self.problems_model = SyncOutboxModel(self)
        self.problems_view = self._tree(self.problems_model)
        self.reason_label = QLabel(self)
        self.reason_label.setTextFormat(Qt.TextFormat.PlainText)
        self.reason_label.setWordWrap(True)
        self.reason_label.setProperty("role", "warning")
        self.retry_button = QPushButton(self)
        self.retry_all_button = QPushButton(self)
        self.conflicts_model = SyncConflictsModel(self)
        self.conflicts_view = QListView(self)
        self.conflicts_view.setModel(self.conflicts_model)
        self.conflicts_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.resolve_button = QPushButton(self)

        self._lay_out()
        self.retranslate_ui()
        self.reload()
        self._wire_signals()

    def _lay_out(self) -> None:
        """Header row, progress and counts above a splitter: outbox, problems, conflicts."""
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.online_label)
        top.addWidget(self.last_label)
        top.addWidget(self.sync_button)
        self.outbox_box = QGroupBox(self)
        QVBoxLayout(self.outbox_box).addWidget(self.outbox_view)
        self.problems_box = QGroupBox(self)
        pl = QVBoxLayout(self.problems_box)
        pl.addWidget(self.problems_view)
        pl.addWidget(self.reason_label)
        pb = QHBoxLayout()
        pb.addWidget(self.retry_button)
        pb.addWidget(self.retry_all_button)
        pb.addStretch(1)
        pl.addLayout(pb)
        self.conflicts_box = QGroupBox(self)
        cl = QVBoxLayout(self.conflicts_box)
        cl.addWidget(self.conflicts_view)
        cb = QHBoxLayout()
        cb.addWidget(self.resolve_button)
        cb.addStretch(1)
        cl.addLayout(cb)
        split = QSplitter(Qt.Orientation.Vertical, self)
        for box in (self.outbox_box, self.problems_box, self.conflicts_box):
            split.addWidget(box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setStretchFactor(2, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.result_label)
        layout.addWidget(split, 1)

    def _wire_signals(self) -> None:
        self.sync_button.clicked.connect(self._c.sync_now)
        self.retry_button.clicked.connect(self._retry_selected)
        self.retry_all_button.clicked.connect(self._c.retry_all)
        self.resolve_button.clicked.connect(self._resolve_selected)
        self.conflicts_view.activated.connect(lambda _i: self._resolve_selected())
        self._c.online_changed.connect(lambda _o: self._show_state())
        self._c.sync_started.connect(self._on_started)
        self._c.progress.connect(self._on_progress)
        self._c.sync_finished.connect(self._on_finished)
        self._c.last_sync_changed.connect(lambda _at: self._show_state())
        self._c.outbox_changed.connect(self.reload)
        self._c.record_changed.connect(lambda _op: self._show_counts())
        self.problems_view.selectionModel().currentChanged.connect(
            lambda _c, _p: self._show_reason()
        )

    def _tree(self, model: SyncOutboxModel) -> QTreeView:
        view = QTreeView(self)
        view.setModel(model)
        view.setUniformRowHeights(False)
        view.setWordWrap(True)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        header = view.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        return view

    # ------------------------------------------------------------------ texts
    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Synchronisation"))
        self.sync_button.setText(self.tr("&Sync now"))
        self.sync_button.setAccessibleName(self.tr("Sync now with the municipality"))
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.outbox_box.setTitle(self.tr("Waiting to be sent, per client"))
        self.outbox_view.setAccessibleName(self.tr("Outbox per client"))
        self.problems_box.setTitle(self.tr("Needs attention"))
        self.problems_view.setAccessibleName(self.tr("Records that need attention"))
        self.retry_button.setText(self.tr("&Retry"))
        self.retry_button.setAccessibleName(self.tr("Retry the selected record"))
        self.retry_all_button.setText(self.tr("Retry &all"))
        self.retry_all_button.setAccessibleName(self.tr("Retry all records that need attention"))
        self.conflicts_box.setTitle(self.tr("Conflicts"))
        self.conflicts_view.setAccessibleName(self.tr("Conflicts with the office"))
        self.resolve_button.setText(self.tr("&Compare and choose…"))
        self.resolve_button.setAccessibleName(self.tr("Compare both versions and choose"))
        self._show_state()
        self._show_counts()
        self._show_result()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self.reload()  # other screens queued changes while the panel was hidden
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        ops = self._c.outbox(OPEN)
        conflicts = self._c.conflicts()
        uuids = {op.client_uuid for op in ops} | {str(c.get("client_uuid", "")) for c in conflicts}
        names = {u: self._c.client_name(u) for u in uuids if u}
        self.outbox_model.set_ops(ops, names)
        self.outbox_view.expandAll()
        self.problems_model.set_ops([op for op in ops if op.state in PROBLEMS], names)
        self.problems_view.expandAll()
        for view in (self.outbox_view, self.problems_view):
            view.resizeColumnToContents(0)
            view.resizeColumnToContents(1)
        self._show_reason()
        self.conflicts_model.set_conflicts(conflicts, names)
        self.problems_box.setVisible(self.problems_model.op_count() > 0)
        self.conflicts_box.setVisible(self.conflicts_model.rowCount() > 0)
        self._show_counts()

    def _selected_problem(self) -> OutboxOp | None:
        op = self.problems_model.op(self.problems_view.currentIndex())
        if op is None:  # nothing chosen yet: the first record that needs attention
            op = self.problems_model.op(
                self.problems_model.index(0, 0, self.problems_model.index(0, 0))
            )
        return op

    def _show_reason(self) -> None:
        op = self._selected_problem()
        self.reason_label.setText(
            self.tr("Reason: {reason}").format(reason=reason_text(op)) if op is not None else ""
        )

    def _show_state(self) -> None:
        if not self._c.configured:
            self.online_label.setText(self.tr("No server configured"))
        elif self._c.online:
            self.online_label.setText(self.tr("Online"))
        else:
            self.online_label.setText(self.tr("Offline"))
        self.online_label.setProperty("state", "online" if self._c.online else "offline")
        last = _local_time(self._c.last_sync())
        self.last_label.setText(
            self.tr("Last synced: {when}").format(when=last) if last else self.tr("Never synced")
        )
        self.sync_button.setEnabled(self._c.configured and not self._c.running)

    def _show_counts(self) -> None:
        counts = self._c.counts()
        waiting = sum(
            counts.get(s, 0)
            for s in (
                OpState.PENDING.value,
                OpState.IN_FLIGHT.value,
                OpState.FAILED_RETRYABLE.value,
            )
        )
        self.counts_label.setText(
            self.tr(
                "Waiting: {waiting} · Sent: {done} · Needs attention: {problems} · "
                "Conflicts: {conflicts}"
            ).format(
                waiting=waiting,
                done=counts.get(OpState.DONE.value, 0),
                problems=counts.get(OpState.QUARANTINED.value, 0),
                conflicts=counts.get(OpState.CONFLICT.value, 0),
            )
        )

    def _show_result(self) -> None:
        r = self._last_result
        if not r:
            self.result_label.setText("")
        elif r.get("ok"):
            text = self.tr("Sync finished.")
            n = int((r.get("pull") or {}).get("office_problem_clients", 0) or 0)
            if n:
                text += " " + self.tr(
                    "%n client(s) have office data that could not be used; see the client page.",
                    "",
                    n,
                )
            text += self._forms_text()
            self.result_label.setText(text)
        else:
            self.result_label.setText(
                problem_text(str(r.get("message_key") or "sync.unknown"), r.get("params") or {})
            )
        self.result_label.setProperty("role", "error" if r and not r.get("ok") else "info")
        self.result_label.style().unpolish(self.result_label)
        self.result_label.style().polish(self.result_label)

    def _forms_text(self) -> str:
        """New questionnaire versions from IT installed or refused at this sync."""
        forms = getattr(self._c, "forms_delivery", lambda: {})()
        text = ""
        installed = [f"{form} v{version}" for form, version in forms.get("installed", [])]
        if installed:
            text += " " + self.tr("New questionnaire version installed: {names}.").format(
                names=", ".join(installed)
            )
        english = QLocale().language() == QLocale.Language.English
        for refused in forms.get("refused", []):
            reason = str(refused[2] if english else refused[1]) if len(refused) > 2 else ""
            text += " " + self.tr("A questionnaire version from IT was refused: {reason}").format(
                reason=reason
            )
        return text

    # ------------------------------------------------------------------ sync events
    def _on_started(self) -> None:
        self.progress.setRange(0, 0)  # busy until the first count arrives
        self.progress.setFormat(self.tr("Syncing…"))
        self._show_state()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        self.progress.setFormat(self.tr("{done} of {total} sent").format(done=done, total=total))

    def _on_finished(self, result: dict[str, Any]) -> None:
        self._last_result = dict(result)
        if self.progress.maximum() == 0:
            self.progress.setRange(0, 1)
        self.progress.setValue(self.progress.maximum())
        self._show_result()
        self._show_state()
        self.reload()

    # ------------------------------------------------------------------ actions
    def _retry_selected(self) -> None:
        op = self._selected_problem()
        if op is not None:
            self._c.retry(op.op_id)

    def _resolve_selected(self) -> None:
        index: QModelIndex = self.conflicts_view.currentIndex()
        conflict = self.conflicts_model.conflict(index.row() if index.isValid() else 0)
        if conflict is None:
            return
        name = self._c.client_name(str(conflict.get("client_uuid", "")))
        choice = self._choose(self, conflict, name)
        if choice in ("mine", "theirs"):
            self._c.resolve_conflict(str(conflict.get("op_id")), choice)
            self.reload()

    # ------------------------------------------------------------------ lock protocol
    def prepare_lock(self) -> dict[str, object]:
        self.outbox_model.clear()
        self.problems_model.clear()
        self.conflicts_model.set_conflicts([], {})
        return {}

    def restore_after_unlock(self, state: dict[str, object]) -> None:
        self.reload()
