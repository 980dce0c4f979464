"""Finding patients by what the front desk types: a part of the name ("smi", "jane smi"), a
birth date in ISO form ("1979-04-02", or "1979-04"), or the clinic id ("MRN-0012"), in any
mix and case, as the start of a word.

Each patient's search terms (revision 0011, table ``patient_terms``) are the words of the
name, its date of birth and clinic id, case-folded in Python (so "ÉMILE" finds "Émile",
which SQLite's ASCII-only lower() would not) and also without accents ("muller" finds
"Müller"). A search is then index range scans, one per typed word, in SQL with a LIMIT:
milliseconds however many patients. The terms are written with the patient, in the same
transaction, by every writer of patients (the store, imports); they go with the patient (ON
DELETE CASCADE). They are derived data: ``reindex`` rebuilds them all (the migration that
made them runs it; so does a copy of a database that did not carry them).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Select, delete, insert, select
from sqlalchemy.orm import Session as DbSession

from dn_bodymap.records.errors import RecordsError
from dn_bodymap.records.schema import PatientRow, PatientTermRow

MAX_WORDS = 10  # a name, a birth date and an id, with room to spare
# Terms and typed words are compared by their first MAX_TERM characters: a word of a name
# can unfold to many more bytes than it has characters (NFKC), and an index entry has a
# limit (PostgreSQL's B-tree: about 2,700 bytes).
MAX_TERM = 64

_IDENTITY = ("name", "date_of_birth", "clinic_id")
_WORDS = re.compile(r"[\s,;]+")
_JOINERS = re.compile(r"['’.\-]")


def fold(text: str) -> str:
    """Text as terms and searches compare it: NFKC, case-folded."""
    return unicodedata.normalize("NFKC", text).casefold()


def _plain(text: str) -> str:
    """Without accents: "müller" -> "muller"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))


def terms(name: str, date_of_birth: str | None, clinic_id: str | None) -> set[str]:
    """A patient's search terms: each word of the name (a hyphenated or O'Brien-like one
    also in its parts and run together), the date of birth and the clinic id, folded, with
    and without accents."""
    out: set[str] = set()
    for word in _WORDS.split(fold(name)):
        out.update([word, _JOINERS.sub("", word), *_JOINERS.split(word)])
    out.update(fold(v) for v in (date_of_birth, clinic_id) if v)
    out |= {_plain(t) for t in out}
    out.discard("")
    return {t[:MAX_TERM] for t in out}


def index(db: Any, patient_id: int, values: Mapping[str, Any]) -> None:
    """(Re)write one patient's terms from their identity ``values`` (name, date_of_birth,
    clinic_id), in the caller's transaction (an ORM session or a connection)."""
    db.execute(delete(PatientTermRow).where(PatientTermRow.patient_id == patient_id))
    found = terms(values.get("name") or "", values.get("date_of_birth"), values.get("clinic_id"))
    if found:
        db.execute(insert(PatientTermRow), [{"patient_id": patient_id, "term": t}
                                            for t in sorted(found)])


def touches(values: Mapping[str, Any]) -> bool:
    """Whether a change of these fields changes the patient's terms."""
    return any(k in values for k in _IDENTITY)


def reindex(conn: Any) -> int:
    """Rebuild every patient's terms; returns how many patients."""
    conn.execute(delete(PatientTermRow))
    found = conn.execute(select(PatientRow.id, *(getattr(PatientRow, k) for k in _IDENTITY)))
    batch = [{"patient_id": pid, "term": t} for pid, *identity in found
             for t in sorted(terms(*identity))]
    if batch:
        conn.execute(insert(PatientTermRow), batch)
    return len({r["patient_id"] for r in batch})


def _after(prefix: str) -> str | None:
    """The first text after every text that starts with ``prefix`` (by code point)."""
    while prefix and ord(prefix[-1]) >= 0x10FFFF:
        prefix = prefix[:-1]
    return prefix[:-1] + chr(ord(prefix[-1]) + 1) if prefix else None


def query(text: str, limit: int | None) -> Select:
    """Patients (rows) with, for every typed word, a term that starts with it; by name.
    Empty text: the first ``limit`` patients by name; ``limit`` None: all that match."""
    if not isinstance(text, str):
        raise RecordsError(f"search: {text!r} is not text")
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int)
                              or limit < 0):
        raise RecordsError(f"limit: {limit!r} is not a whole number from 0")
    words = list(dict.fromkeys(w[:MAX_TERM] for w in _WORDS.split(fold(text)) if w))
    if len(words) > MAX_WORDS:
        raise RecordsError(f"search: {len(words)} words; give at most {MAX_WORDS}")
    q = select(PatientRow)
    for word in words:
        t = PatientTermRow.term
        upper = _after(word)
        match = select(PatientTermRow.patient_id).where(t >= word)
        if upper is not None:
            match = match.where(t < upper)
        q = q.where(PatientRow.id.in_(match))
    return q.order_by(PatientRow.name, PatientRow.id).limit(limit)


def search(db: DbSession, text: str, limit: int | None) -> list[Any]:
    return list(db.scalars(query(text, limit)))
