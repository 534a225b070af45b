"""``extra.zgw_id_prefix`` and ``extra.zgw_iotype_verwerkingslog`` from settings.json reach
the sync (they used to be dropped when the file was read)."""

from __future__ import annotations

import json

from app.config import Settings
from app.domain.models import Client
from app.sync.config import SyncConfig
from app.sync.mapping import CREATE_EIO, CREATE_ZAAK, DocumentSpec, Planner


def test_prefix_and_verwerkingslog_type_from_settings_json(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps(
            {
                "server_zaken_url": "https://zaken.example.nl/zaken/api/v1/",
                "server_documenten_url": "https://zaken.example.nl/documenten/api/v1/",
                "server_catalogi_url": "https://zaken.example.nl/catalogi/api/v1/",
                "server_besluiten_url": "https://zaken.example.nl/besluiten/api/v1/",
                "client_id": "huisbezoek-voorbeeld",
                "bronorganisatie": "002220647",
                "zaaktype_url": "https://zaken.example.nl/catalogi/api/v1/zaaktypen/x",
                "extra": {"zgw_id_prefix": "GV", "zgw_iotype_verwerkingslog": "Logboek AVG"},
            }
        ),
        encoding="utf-8",
    )
    cfg = SyncConfig.from_settings(Settings.load(path), user_id="km-1")
    assert cfg.id_prefix == "GV" and cfg.verwerkingslog_iotype == "Logboek AVG"
    planner = Planner(cfg)
    client = Client(bsn="999993653")
    ops = planner.register_client(client)
    zaak = next(op for op in ops if op.kind == CREATE_ZAAK)
    assert zaak.payload["body"]["identificatie"].startswith("GV-")
    doc = DocumentSpec(
        record_uuid="r1",
        variant="txt",
        doc_kind="gespreksverslag",
        content=b"x",
        formaat="text/plain",
        bestandsnaam="v.txt",
        titel="Verslag",
    )
    eio = next(op for op in planner.document(client, doc) if op.kind == CREATE_EIO)
    assert eio.payload["body"]["identificatie"].startswith("GV-D")
