"""The Brede Intake PDF (beside the JSON): real PDF bytes read back with pypdf, and the sync
planning of a finished intake (JSON and PDF documents)."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from app.domain.forms.loader import FormRegistry
from app.domain.models import Client, IntakeDraft
from app.printing.intake_pdf import render_intake_pdf
from app.services.intake import make_sync_planner
from app.sync.config import SyncConfig
from app.sync.mapping import CREATE_EIO, Planner
from tests.zgw_server.testing import make_vault

REG = FormRegistry.load_dir(Path(__file__).resolve().parents[2] / "forms")


def _draft(client_uuid: str = "c1", status: str = "afgerond") -> IntakeDraft:
    definition = REG.latest("brede-intake")
    return IntakeDraft(
        client_uuid=client_uuid,
        form_version=definition.version,
        status=status,
        answers={
            "werkervaring": {"value": "Timmerman in Asmara", "by": "client", "lang": "nl"},
            "lbt_uitslag": {"value": "onderwijs", "by": "klantmanager", "lang": "nl"},
            "opmerkingen_client": {"value": "أريد أن أعمل", "by": "tolk", "lang": "ar"},
        },
    )


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "intake.pdf"
    path.write_bytes(pdf)
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_the_pdf_shows_the_answers_in_dutch_with_who_answered(tmp_path):
    definition = REG.latest("brede-intake")
    pdf = render_intake_pdf(
        definition, _draft(), municipality="Gemeente Voorbeeld", zaak_identificatie="HB-0001"
    )
    assert pdf.startswith(b"%PDF")
    text = _text(pdf, tmp_path)
    assert "Brede intake" in text and "HB-0001" in text and "status afgerond" in text
    if definition.field("werkervaring") is not None:
        assert "Timmerman in Asmara" in text
    assert "Onderwijsroute" in text  # a choice prints its Dutch label, not the code
    assert "klantmanager" in text


def test_a_finished_intake_plans_json_and_pdf_documents(tmp_path):
    vault = make_vault(tmp_path)
    try:
        cfg = SyncConfig(
            zaken_root="http://127.0.0.1:9/zaken/api/v1/",
            documenten_root="http://127.0.0.1:9/documenten/api/v1/",
            catalogi_root="http://127.0.0.1:9/catalogi/api/v1/",
            besluiten_root="http://127.0.0.1:9/besluiten/api/v1/",
            client_id="x",
            bronorganisatie="002220647",
            zaaktype_url="http://127.0.0.1:9/catalogi/api/v1/zaaktypen/x",
            user_id="km-1",
            id_prefix="GV",
        )
        client = Client(bsn="999993653", voornamen="A", geslachtsnaam="B", zaak_url="http://z")
        vault.clients.save(client)
        plan = make_sync_planner(Planner(cfg), vault, REG, "Gemeente Voorbeeld")
        concept = plan(_draft(client.uuid, status="concept"))
        finished = plan(_draft(client.uuid))
        formats = lambda ops: sorted(  # noqa: E731
            op.payload["body"]["formaat"] for op in ops if op.kind == CREATE_EIO
        )
        assert formats(concept) == ["application/json"]
        assert formats(finished) == ["application/json", "application/pdf"]
        pdf_op = next(
            op
            for op in finished
            if op.kind == CREATE_EIO and op.payload["body"]["formaat"] == "application/pdf"
        )
        assert pdf_op.payload["body"]["identificatie"].startswith("GV-D")
    finally:
        vault.close()
