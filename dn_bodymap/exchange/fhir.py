"""One session as a FHIR R4 (4.0.1) Bundle of type "collection", for an electronic health
record. No Qt: the caller passes the treatment map's PDF bytes.

What goes in, and where its codes come from (README: "Exchanging records", FHIR):
- Patient (name, birth date, gender, the clinic identifier), Practitioner (the clinician who
  charted, credentials as text), Encounter (the visit; class AMB from HL7 v3 ActCode; the
  session UUID and, for a signed session, its SHA-256 content hash as identifiers).
- A Procedure per needled point and an Observation per trigger point. Their bodySite names
  the muscle in text always, coded where the atlas carries a verified code (UBERON, FMA,
  SNOMED CT: assets/atlas/muscles.json says from where), with the side as a second bodySite
  coded in SNOMED CT (24028007 Right, 7771000 Left: the FHIR bodystructure-laterality value
  set). Kind, findings and twitch responses are text-coded components: no standard code for
  them could be verified.
- Observations for the pain before and after treatment, LOINC 72514-3 (Pain severity - 0-10
  verbal numeric rating [Score] - Reported).
- The patient's standing precautions answered yes: AllergyIntolerance for a metal allergy,
  a Flag for each other one (text only).
- An AdverseEvent for each adverse event recorded (text only), at the visit or at a point.
- The treatment map as a DocumentReference with the PDF attached.
"""

from __future__ import annotations

import base64
import hashlib
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, Final

from dn_bodymap.records.model import Patient, Precaution, Session, TriggerPoint
from dn_bodymap.records.vocab import LABELS

SNOMED: Final = "http://snomed.info/sct"
LOINC: Final = "http://loinc.org"
# The atlas's code systems as FHIR systems: SNOMED CT's own URI; FMA by its HL7 OID; UBERON
# by its ontology IRI (OBO Foundry), for which no HL7 registration could be found.
SYSTEMS: Final = {"snomed": SNOMED, "fma": "urn:oid:2.16.840.1.113883.6.119",
                  "uberon": "http://purl.obolibrary.org/obo/uberon.owl"}
LATERALITY: Final = {"right": ("24028007", "Right"), "left": ("7771000", "Left")}
NPRS: Final = ("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")
SESSION_UUID_SYSTEM: Final = "urn:ietf:rfc:3986"
CONTENT_HASH_SYSTEM: Final = "urn:dn-bodymap:content-hash:sha256"
CLINIC_ID_SYSTEM: Final = "urn:dn-bodymap:clinic-id"
GENDERS: Final = {"female": "female", "male": "male", "other": "other", "unknown": "unknown"}


def session_bundle(session: Session, patient: Patient, standing: list[Precaution],
                   atlas: Any, pdf: bytes | None = None,
                   muscle_name: Callable[[str], str] | None = None) -> dict[str, Any]:
    """The Bundle as JSON-ready data; ``muscle_name`` names a muscle id (the atlas's English
    name by default)."""
    name = muscle_name or (lambda m: atlas.muscles[m].name if m in atlas.muscles
                           else atlas.muscle_name(m))
    ids = _Ids(session.uuid)
    patient_ref, practitioner_ref, encounter_ref = (
        ids.ref("Patient"), ids.ref("Practitioner"), ids.ref("Encounter"))
    entries = [
        _patient(ids, patient),
        (ids.ref("Practitioner"), {"resourceType": "Practitioner",
                                   "name": [{"text": session.clinician_name}],
                                   **({"qualification": [{"code": {
                                       "text": session.clinician_credentials}}]}
                                      if session.clinician_credentials else {})}),
        (encounter_ref, _encounter(session, patient_ref, practitioner_ref)),
    ]
    context = {"subject": {"reference": patient_ref},
               "encounter": {"reference": encounter_ref}}
    for p in sorted(session.points, key=lambda q: q.number):
        site = _body_site(atlas, p, name)
        entries.append((ids.ref("Observation", f"point-{p.number}"),
                        _point_observation(session, p, site, context)))
        if p.needled:
            entries.append((ids.ref("Procedure", f"point-{p.number}"),
                            _procedure(session, p, site, context, practitioner_ref)))
    for when, score in (("before", session.pain_before), ("after", session.pain_after)):
        if score is not None:
            entries.append((ids.ref("Observation", f"nprs-{when}"),
                            _nprs(session, when, score, context)))
    entries += _precautions(ids, standing, patient_ref)
    entries += _adverse_events(ids, session, context)
    if pdf is not None:
        entries.append((ids.ref("DocumentReference"), _document(session, pdf, context)))
    return {"resourceType": "Bundle", "type": "collection",
            "identifier": {"system": SESSION_UUID_SYSTEM, "value": f"urn:uuid:{session.uuid}"},
            "timestamp": datetime.now(UTC).isoformat(timespec="seconds"),
            "entry": [{"fullUrl": url, "resource": resource} for url, resource in entries]}


class _Ids:
    """Stable urn:uuid ids: the same session exports with the same resource ids."""

    def __init__(self, session_uuid: str) -> None:
        self.base = session_uuid

    def ref(self, kind: str, part: str = "") -> str:
        return "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL,
                                            f"dn-bodymap:{self.base}:{kind}:{part}"))


def _patient(ids: _Ids, p: Patient) -> tuple[str, dict[str, Any]]:
    resource: dict[str, Any] = {"resourceType": "Patient", "name": [{"text": p.name}],
                                "gender": GENDERS.get(p.sex, "unknown")}
    if p.date_of_birth:
        resource["birthDate"] = p.date_of_birth
    if p.clinic_id:
        resource["identifier"] = [{"system": CLINIC_ID_SYSTEM, "value": p.clinic_id}]
    return ids.ref("Patient"), resource


def _encounter(s: Session, patient_ref: str, practitioner_ref: str) -> dict[str, Any]:
    identifiers = [{"system": SESSION_UUID_SYSTEM, "value": f"urn:uuid:{s.uuid}"}]
    if s.signed and s.content_hash:
        identifiers.append({"system": CONTENT_HASH_SYSTEM, "value": s.content_hash})
    encounter: dict[str, Any] = {
        "resourceType": "Encounter", "identifier": identifiers,
        "status": "finished" if s.signed else "in-progress",
        "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                  "code": "AMB", "display": "ambulatory"},
        "type": [{"text": "Dry needling of myofascial trigger points"}],
        "subject": {"reference": patient_ref},
        "participant": [{"individual": {"reference": practitioner_ref}}],
        "period": {"start": s.started_at}}
    if s.chief_complaint:
        encounter["reasonCode"] = [{"text": s.chief_complaint}]
    return encounter


def _body_site(atlas: Any, p: TriggerPoint, name: Callable[[str], str]) -> list[dict[str, Any]]:
    muscle = atlas.muscles.get(p.muscle)
    codings = [{"system": SYSTEMS[system], "code": _code(system, code)}
               for system, code in (muscle.codes if muscle is not None else ())
               if system in SYSTEMS]
    site: list[dict[str, Any]] = [{"text": f"{name(p.muscle)} ({p.side})",
                                   **({"coding": codings} if codings else {})}]
    if p.side in LATERALITY:
        code, display = LATERALITY[p.side]
        site.append({"coding": [{"system": SNOMED, "code": code, "display": display}],
                     "text": display})
    return site


def _code(system: str, code: str) -> str:
    return code.removeprefix("FMA:") if system == "fma" else code


def _point_observation(s: Session, p: TriggerPoint, site: list[dict[str, Any]],
                       context: dict[str, Any]) -> dict[str, Any]:
    components = [{"code": {"text": LABELS[f]}, "valueBoolean": bool(getattr(p, f))}
                  for f in ("taut_band", "spot_tenderness", "familiar_pain", "referred_pain",
                            "local_twitch")]
    if p.ltr_count is not None:
        components.append({"code": {"text": "Local twitch responses while needling"},
                           "valueInteger": p.ltr_count})
    observation: dict[str, Any] = {
        "resourceType": "Observation", "status": "final" if s.signed else "preliminary",
        "code": {"text": "Myofascial trigger point"}, **context,
        "effectiveDateTime": s.started_at, "bodySite": site[0],
        "component": components}
    if p.kind:
        observation["valueCodeableConcept"] = {"text": LABELS[p.kind]}
    notes = [f"Point {p.number}, {p.side} {p.layer}" + (f"; {p.notes}" if p.notes else "")]
    observation["note"] = [{"text": t} for t in notes]
    return observation


def _procedure(s: Session, p: TriggerPoint, site: list[dict[str, Any]],
               context: dict[str, Any], practitioner_ref: str) -> dict[str, Any]:
    details = [f"point {p.number}"]
    if p.needle_gauge_mm is not None and p.needle_length_mm is not None:
        details.append(f"needle {p.needle_gauge_mm:g} x {p.needle_length_mm:g} mm")
    if p.depth_mm is not None:
        details.append(f"depth {p.depth_mm:g} mm")
    if p.technique:
        details.append(LABELS[p.technique].lower())
    if p.time_in_tissue_s is not None:
        details.append(f"{p.time_in_tissue_s:g} s in tissue")
    if p.tolerance:
        details.append(f"tolerance {LABELS[p.tolerance].lower()}")
    return {"resourceType": "Procedure", "status": "completed",
            "code": {"text": "Dry needling of a myofascial trigger point"}, **context,
            "performedDateTime": s.started_at, "bodySite": site,
            "performer": [{"actor": {"reference": practitioner_ref}}],
            "note": [{"text": ", ".join(details)}]}


def _nprs(s: Session, when: str, score: int, context: dict[str, Any]) -> dict[str, Any]:
    return {"resourceType": "Observation", "status": "final" if s.signed else "preliminary",
            "code": {"coding": [{"system": LOINC, "code": NPRS[0], "display": NPRS[1]}],
                     "text": f"Pain (NPRS) {when} treatment"}, **context,
            "effectiveDateTime": s.started_at, "valueInteger": score}


def _precautions(ids: _Ids, standing: list[Precaution], patient_ref: str
                 ) -> list[tuple[str, dict[str, Any]]]:
    out: list[tuple[str, dict[str, Any]]] = []
    for c in standing:
        if c.answer != "yes":
            continue
        text = LABELS.get(c.item, c.item) + (f" ({c.note})" if c.note else "")
        if c.item == "metal_allergy":
            out.append((ids.ref("AllergyIntolerance", c.item), {
                "resourceType": "AllergyIntolerance", "patient": {"reference": patient_ref},
                "code": {"text": text}, "category": ["environment"],
                "recordedDate": c.confirmed_at}))
        else:
            out.append((ids.ref("Flag", c.item), {
                "resourceType": "Flag", "status": "active",
                "subject": {"reference": patient_ref},
                "category": [{"text": "Dry-needling precaution"}], "code": {"text": text},
                "period": {"start": c.confirmed_at}}))
    return out


def _adverse_events(ids: _Ids, s: Session, context: dict[str, Any]
                    ) -> list[tuple[str, dict[str, Any]]]:
    events: list[tuple[int | None, str]] = [(None, e) for e in s.adverse_events
                                            if e != "other"]
    if s.adverse_other or "other" in s.adverse_events:
        events.append((None, "other"))
    events += [(p.number, e) for p in s.points for e in p.adverse_events]
    needled = {p.number for p in s.points if p.needled}
    out = []
    for number, code in events:
        text = (s.adverse_other or LABELS["other"]) if code == "other" else LABELS[code]
        event: dict[str, Any] = {"resourceType": "AdverseEvent", "actuality": "actual",
                                 "event": {"text": text}, **context, "date": s.started_at}
        if number in needled:  # the needling of that point, as a Procedure of the bundle
            event["suspectEntity"] = [{"instance": {
                "reference": ids.ref("Procedure", f"point-{number}")}}]
        out.append((ids.ref("AdverseEvent", f"{number}-{code}"), event))
    return out


def _document(s: Session, pdf: bytes, context: dict[str, Any]) -> dict[str, Any]:
    encounter: dict[str, Any] = context["encounter"]
    return {"resourceType": "DocumentReference", "status": "current",
            "type": {"text": "Trigger-point treatment map"},
            "subject": context["subject"],
            "context": {"encounter": [encounter]},
            "date": datetime.now(UTC).isoformat(timespec="seconds"),
            "content": [{"attachment": {
                "contentType": "application/pdf", "title": "Treatment map",
                "data": base64.b64encode(pdf).decode("ascii"),
                "hash": base64.b64encode(hashlib.sha1(pdf).digest()).decode("ascii"),
                "size": len(pdf)}}]}
