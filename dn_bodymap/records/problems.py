"""What ``verify`` reports (records/integrity.py, records/signed_checks.py): a problem named by
its record, and the report of a whole check."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Problem:
    record: str  # "session 12", "audit row 345", "database file", "guard trigger ..."
    problem: str

    def __str__(self) -> str:
        return f"{self.record}: {self.problem}"


@dataclass(frozen=True)
class VerifyReport:
    problems: tuple[Problem, ...]
    checked: Mapping[str, int] = field(default_factory=dict)  # what was checked, how many
    audit_head: str = ""  # the hash of the last audit row (write it down to anchor it)
    addenda_head: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "problems": [{"record": p.record, "problem": p.problem}
                                            for p in self.problems],
                "checked": dict(self.checked), "audit_head": self.audit_head,
                "addenda_head": self.addenda_head}


def decode(raw: Any) -> Any:
    """A stored JSON value, or the raw value where it is not JSON."""
    try:
        return json.loads(raw) if isinstance(raw, str) else raw
    except ValueError:
        return raw
