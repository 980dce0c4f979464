"""Read the muscle list (``muscles.json``): names, notes, codes, retired ids, omissions.

Structure only, with messages naming file and record; whether codes are well formed and unique
is a named check (``codes_check``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dn_bodymap.atlas.loader import _check_format, _need, read_json
from dn_bodymap.atlas.model import AtlasError, Muscle, OmittedMuscle, RetiredMuscle


@dataclass(frozen=True)
class Catalogue:
    muscles: dict[str, Muscle]
    retired: dict[str, RetiredMuscle]
    omitted: tuple[OmittedMuscle, ...]
    code_sources: dict[str, str]  # system -> where its codes were verified


def _text(raw: dict[str, Any], key: str, where: str) -> str:
    return _need(raw, key, str, where) if key in raw else ""


def _strings(value: Any, what: str, where: str) -> dict[str, str]:
    if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise AtlasError(f"{where}: {what!r} should map names to text, found {value!r}")
    return value


def _muscle(raw: Any, i: int, where: str, seen: dict[str, Muscle]) -> Muscle:
    mid = _need(raw, "id", str, f"{where}, muscle #{i + 1}")
    rec = f"{where}, muscle {mid!r}"
    name = _need(raw, "name", str, rec)
    if mid in seen:
        raise AtlasError(f"{rec}: id appears twice")
    note, source = _text(raw, "note", rec), _text(raw, "note_source", rec)
    if note and not source.strip():
        raise AtlasError(f"{rec}: a note without its source ('note_source')")
    codes = _strings(raw.get("codes", {}), "codes", rec)
    return Muscle(mid, name, note, source, tuple(sorted(codes.items())))


def _retired(raw: Any, i: int, where: str) -> RetiredMuscle:
    rid = _need(raw, "id", str, f"{where}, retired #{i + 1}")
    rec = f"{where}, retired muscle {rid!r}"
    replaced = _need(raw, "replaced_by", list, rec)
    if not all(isinstance(r, str) for r in replaced):
        raise AtlasError(f"{rec}: 'replaced_by' should be a list of muscle ids")
    return RetiredMuscle(rid, _need(raw, "name", str, rec), _need(raw, "since", str, rec),
                         tuple(replaced), _need(raw, "why", str, rec))


def _omitted(raw: Any, i: int, where: str) -> OmittedMuscle:
    rec = f"{where}, omitted #{i + 1}"
    return OmittedMuscle(_need(raw, "name", str, rec), _need(raw, "why", str, rec),
                         _need(raw, "source", str, rec))


def load_catalogue(root: Path, rel: str) -> Catalogue:
    doc = read_json(root, rel)  # once: the file carries more than the list _records returns
    where = str(root / rel)
    _check_format(doc, where)
    records = _need(doc, "muscles", list, where)
    muscles: dict[str, Muscle] = {}
    for i, raw in enumerate(records):
        m = _muscle(raw, i, where, muscles)
        muscles[m.id] = m
    retired: dict[str, RetiredMuscle] = {}
    for i, raw in enumerate(_need(doc, "retired", list, where) if "retired" in doc else []):
        r = _retired(raw, i, where)
        if r.id in muscles or r.id in retired:
            raise AtlasError(f"{where}, retired muscle {r.id!r}: the id is also a muscle of "
                             "the atlas, or retired twice")
        unknown = [m for m in r.replaced_by if m not in muscles]
        if unknown:
            raise AtlasError(f"{where}, retired muscle {r.id!r}: replaced by unknown muscle "
                             f"{unknown[0]!r}")
        retired[r.id] = r
    omitted = tuple(_omitted(raw, i, where) for i, raw in
                    enumerate(_need(doc, "omitted", list, where) if "omitted" in doc else []))
    sources = _strings(doc.get("code_sources", {}), "code_sources", where)
    return Catalogue(muscles, retired, omitted, sources)
