"""Spoken answers (issue 12): the client records an answer to a free-text question instead of
typing it; the klantmanager plays it back at review with the interpreter, writes the answer
down, and the recording is deleted. Recordings are encrypted records (``vault.voice``), never
queued for sync, never written to a file in plaintext, and purged with the client. Qt-free.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from app.store.voice import VoiceAnswer

if TYPE_CHECKING:
    from app.store.vault import Vault

log = logging.getLogger(__name__)

__all__ = ["SpokenAnswers", "VoiceAnswer"]


class SpokenAnswers:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def save(
        self,
        client_uuid: str,
        draft_uuid: str,
        path: str,
        lang: str,
        pcm: bytes,
        *,
        sample_rate: int = 16_000,
        channels: int = 1,
        sample_bytes: int = 2,
        cut_off: bool = False,
    ) -> VoiceAnswer | None:
        """Store one recording (None for an empty one: nothing was said)."""
        if not pcm:
            return None
        answer = VoiceAnswer(
            client_uuid=client_uuid,
            draft_uuid=draft_uuid,
            path=path,
            lang=lang,
            pcm=bytes(pcm),
            sample_rate=sample_rate,
            channels=channels,
            sample_bytes=sample_bytes,
            cut_off=cut_off,
        )
        saved = self._vault.voice.save(answer)
        log.info("voice_answer_saved record_uuid=%s", saved.uuid)
        return saved

    def for_draft(self, client_uuid: str, draft_uuid: str) -> list[VoiceAnswer]:
        return self._vault.voice.for_draft(client_uuid, draft_uuid)

    def paths(self, client_uuid: str, draft_uuid: str) -> list[str]:
        """Field paths with a recording still waiting to be written down."""
        return sorted({a.path for a in self.for_draft(client_uuid, draft_uuid)})

    def delete(self, answer: VoiceAnswer) -> None:
        self._vault.voice.delete(answer.uuid, answer.client_uuid)

    def written_down(self, client_uuid: str, draft_uuid: str, path: str) -> int:
        """The klantmanager wrote the answer down: its recordings are deleted."""
        gone = [a for a in self.for_draft(client_uuid, draft_uuid) if a.path == path]
        for a in gone:
            self.delete(a)
        return len(gone)
