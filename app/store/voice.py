"""Spoken answers (issue 12): a client's recorded answer to a free-text question, encrypted
under the client's key like every other record (record type ``voice``). Never in the outbox
(never synced), deleted once the klantmanager wrote the answer down, and purged with the
client (its rows share the client's key). The audio is raw PCM held in memory by the UI and
passed here as bytes: it never touches a temp file.
"""

from __future__ import annotations

import base64
import logging
from dataclasses import dataclass, field
from typing import Any

from app.domain.errors import NotFound
from app.domain.models import new_uuid, utcnow_iso
from app.store.repositories import _ClientScoped

log = logging.getLogger(__name__)

RTYPE = "voice"
MAX_PCM_BYTES = 16_000 * 2 * 180  # 3 minutes of 16 kHz mono 16-bit: a spoken answer


@dataclass
class VoiceAnswer:
    client_uuid: str
    draft_uuid: str
    path: str  # the field path in the intake
    lang: str
    pcm: bytes = b""
    sample_rate: int = 16_000
    channels: int = 1
    sample_bytes: int = 2  # signed 16-bit little-endian
    cut_off: bool = False  # ended by a lock, not by the client pressing stop
    uuid: str = field(default_factory=new_uuid)
    at: str = field(default_factory=utcnow_iso)

    @property
    def duration_s(self) -> float:
        frame = max(1, self.channels * self.sample_bytes)
        return len(self.pcm) / frame / max(1, self.sample_rate)

    def to_record(self) -> dict[str, Any]:
        d = {k: v for k, v in self.__dict__.items() if k != "pcm"}
        d["pcm_b64"] = base64.b64encode(self.pcm).decode("ascii")
        return d

    @classmethod
    def from_record(cls, data: dict[str, Any]) -> VoiceAnswer:
        pcm = base64.b64decode(str(data.get("pcm_b64", "")))
        names = set(cls.__dataclass_fields__) - {"pcm"}
        return cls(pcm=pcm, **{k: data[k] for k in names if k in data})


class VoiceRepository(_ClientScoped):
    rtype = RTYPE

    def save(self, answer: VoiceAnswer) -> VoiceAnswer:
        if len(answer.pcm) > MAX_PCM_BYTES:
            answer.pcm = answer.pcm[:MAX_PCM_BYTES]
            answer.cut_off = True
        self._save(answer.uuid, answer.client_uuid, answer.to_record(), (), "update")
        return answer

    def get(self, uuid: str) -> VoiceAnswer:
        meta, data = self.v.get_record(uuid)
        if meta.type != RTYPE:
            raise NotFound("voice")
        return VoiceAnswer.from_record(data)

    def for_client(self, client_uuid: str) -> list[VoiceAnswer]:
        out = [VoiceAnswer.from_record(d) for d in self._for_client(client_uuid)]
        return sorted(out, key=lambda a: a.at)

    def for_draft(self, client_uuid: str, draft_uuid: str) -> list[VoiceAnswer]:
        return [a for a in self.for_client(client_uuid) if a.draft_uuid == draft_uuid]

    def delete(self, uuid: str, client_uuid: str) -> None:
        """Remove the recording (secure_delete is on: its pages are zeroed)."""
        self._delete(uuid, client_uuid)  # through the store: the vault authenticator sees it
        log.info("voice_answer_deleted record_uuid=%s", uuid)
