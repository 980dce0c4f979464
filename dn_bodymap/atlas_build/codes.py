"""Identifiers other systems use for each muscle (FMA, UBERON, SNOMED CT), each verified from a
named public source; a muscle with no verifiable code has none here (never invented).

Written into ``assets/atlas/muscles.json``; a FHIR export codes body sites with them.
"""

from __future__ import annotations

# muscle id -> {"fma": "FMA:<digits>", "uberon": "UBERON:<7 digits>", "snomed": "<SCTID>"}
CODES: dict[str, dict[str, str]] = {}

# system -> where its codes above were checked (named in muscles.json)
SOURCES: dict[str, str] = {}
