"""export-fhir: every sample session becomes a FHIR R4 Bundle that fhir.resources (R4 4.0.1)
accepts, with the resources, codes and hash the README promises."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from fhir.resources import __fhir_version__
from fhir.resources.bundle import Bundle

from dn_bodymap import cli
from dn_bodymap.exchange import fhir
from dn_bodymap.records import exchange

DATA = Path(__file__).parent / "data"
SAMPLES = sorted(DATA.glob("session-format-*.json"))
PDF = b"%PDF-1.4\n% a stand-in for the treatment map\n"


def resources(bundle: dict, kind: str) -> list[dict]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def test_the_validator_is_fhir_r4():
    assert __fhir_version__ == "4.0.1"


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_every_sample_session_validates(store, atlas, sample):
    session_id = exchange.import_document(store, exchange.load_file(sample))
    s = store.session(session_id)
    patient = store.patient(s.patient_id)
    bundle = fhir.session_bundle(s, patient, store.precautions(patient.id), atlas, PDF)
    parsed = Bundle.parse_obj(json.loads(json.dumps(bundle)))  # raises on anything invalid
    assert parsed.type == "collection"
    assert len(resources(bundle, "Patient")) == 1 and len(resources(bundle, "Encounter")) == 1
    observations = resources(bundle, "Observation")
    points = [o for o in observations if o["code"].get("text") == "Myofascial trigger point"]
    assert len(points) == len(s.points)
    assert len(resources(bundle, "Procedure")) == sum(p.needled for p in s.points)
    nprs = [o for o in observations if o["code"].get("coding", [{}])[0].get("code") ==
            fhir.NPRS[0]]
    assert [o["valueInteger"] for o in nprs] == [v for v in (s.pain_before, s.pain_after)
                                                 if v is not None]
    events = len([e for e in s.adverse_events if e != "other"]) + bool(
        s.adverse_other or "other" in s.adverse_events) + sum(len(p.adverse_events)
                                                             for p in s.points)
    assert len(resources(bundle, "AdverseEvent")) == events
    doc = resources(bundle, "DocumentReference")[0]
    assert base64.b64decode(doc["content"][0]["attachment"]["data"]) == PDF
    hashes = [i["value"] for i in resources(bundle, "Encounter")[0]["identifier"]
              if i["system"] == fhir.CONTENT_HASH_SYSTEM]
    assert hashes == ([s.content_hash] if s.signed and s.content_hash else [])


def test_body_sites_carry_codes_text_and_side(store, atlas, tmp_path):
    from tests.records_helpers import CLINICIAN, spot

    patient = store.add_patient("Jo Coded")
    s = store.new_session(patient.id, CLINICIAN)
    x, y = spot(atlas, "back", "latissimus_dorsi", "left")
    layer = next(h.layer for h in atlas.muscles_at("back", x, y)
                 if h.muscle == "latissimus_dorsi")
    store.add_point(s.id, "back", x, y, muscle="latissimus_dorsi", side="left", layer=layer,
                    kind="active", needled=True, adverse_events=["bruising"])
    store.set_precaution(patient.id, "metal_allergy", "yes", "nickel")
    store.set_precaution(patient.id, "anticoagulants", "yes")
    s = store.session(s.id)
    bundle = fhir.session_bundle(s, patient, store.precautions(patient.id), atlas)
    Bundle.parse_obj(bundle)
    site = resources(bundle, "Procedure")[0]["bodySite"]
    assert site[0]["text"] == "Latissimus dorsi (left)"
    codes = {(c["system"], c["code"]) for c in site[0]["coding"]}
    assert (fhir.SNOMED, "181747008") in codes
    assert (fhir.SYSTEMS["uberon"], "UBERON:0001112") in codes
    assert (fhir.SYSTEMS["fma"], "13357") in codes
    assert site[1]["coding"][0]["code"] == "7771000"  # SNOMED CT: left
    assert resources(bundle, "AllergyIntolerance")[0]["code"]["text"] == "Metal allergy (nickel)"
    assert [f["code"]["text"] for f in resources(bundle, "Flag")] == [
        "Anticoagulant or blood-thinning medication"]
    event = resources(bundle, "AdverseEvent")[0]
    assert event["suspectEntity"][0]["instance"]["reference"] == bundle["entry"][
        [e["resource"]["resourceType"] for e in bundle["entry"]].index("Procedure")]["fullUrl"]
    assert resources(bundle, "DocumentReference") == []  # no map given


def test_the_command_writes_a_bundle_with_the_map(qapp, store, atlas, tmp_path, capsys):
    session_id = exchange.import_document(store, exchange.load_file(SAMPLES[-1]))
    out = tmp_path / "visit.fhir.json"
    assert cli.main(["--db", str(store.path), "export-fhir", str(session_id), str(out)]) == 0
    bundle = json.loads(out.read_text(encoding="utf-8"))
    Bundle.parse_obj(bundle)
    pdf = base64.b64decode(resources(bundle, "DocumentReference")[0]["content"][0]
                           ["attachment"]["data"])
    assert pdf.startswith(b"%PDF-")
