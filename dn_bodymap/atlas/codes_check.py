"""Check the coded anatomy (FMA, UBERON, SNOMED CT ids) given to muscles.

Pure functions, no Qt: ``code_problems(codes)`` returns problem messages (empty = fine). Rules:
every system is known; every code is well formed (``FMA:<digits>``, ``UBERON:<7 digits>``, a
SNOMED CT concept id of 6-18 digits whose partition identifier is ``00`` or ``10`` and whose
last digit is a valid Verhoeff check digit); and no code is given to two muscles.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

SYSTEMS = ("fma", "uberon", "snomed")

_FMA = re.compile(r"FMA:[1-9][0-9]*")
_UBERON = re.compile(r"UBERON:[0-9]{7}")
_SCTID = re.compile(r"[1-9][0-9]{5,17}")
# partition identifiers of a concept id: 00 (short format), 10 (long format, with namespace)
_CONCEPT_PARTITIONS = ("00", "10")

# Verhoeff tables: _D[j][k] is the product in the dihedral group D5, _P[i] the i-th power of
# the position permutation (each row a string of ten digits)
_D = (
    "0123456789 1234067895 2340178956 3401289567 4012395678 "
    "5987604321 6598710432 7659821043 8765932104 9876543210"
).split()
_P = (
    "0123456789 1576283094 5803796142 8916043527 9453126870 4286573901 2793806415 7046913258"
).split()


def verhoeff_valid(digits: str) -> bool:
    """True when the last digit of ``digits`` is the Verhoeff check digit of the rest."""
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = int(_D[c][int(_P[i % 8][int(ch)])])
    return c == 0


def snomed_concept_problem(sctid: str) -> str | None:
    """Why ``sctid`` is not a well-formed SNOMED CT concept id, or None when it is."""
    if not _SCTID.fullmatch(sctid):
        return "is not 6-18 digits (no leading zero)"
    if sctid[-3:-1] not in _CONCEPT_PARTITIONS:
        return f"has partition identifier {sctid[-3:-1]!r}, not a concept's (00 or 10)"
    if not verhoeff_valid(sctid):
        return "fails the Verhoeff check digit"
    return None


def _format_problem(system: str, code: str) -> str | None:
    if system == "fma":
        return None if _FMA.fullmatch(code) else "is not FMA:<digits>"
    if system == "uberon":
        return None if _UBERON.fullmatch(code) else "is not UBERON:<7 digits>"
    return snomed_concept_problem(code)


def code_problems(codes: Mapping[str, Mapping[str, str]]) -> list[str]:
    """Problems in ``codes`` (muscle id -> {system: code}); an empty list means all is well."""
    problems: list[str] = []
    seen: dict[tuple[str, str], str] = {}
    for muscle in sorted(codes):
        for system, code in sorted(codes[muscle].items()):
            if system not in SYSTEMS:
                problems.append(
                    f"{muscle}: unknown code system {system!r} (known: {', '.join(SYSTEMS)})"
                )
                continue
            why = _format_problem(system, code) if isinstance(code, str) else "is not a string"
            if why:
                problems.append(f"{muscle}: {system} code {code!r} {why}")
                continue
            other = seen.setdefault((system, code), muscle)
            if other != muscle:
                problems.append(f"{system} code {code} is given to both {other} and {muscle}")
    return problems
