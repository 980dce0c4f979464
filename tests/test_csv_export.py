"""`export-csv`: the tables a researcher loads, read back with the csv module alone; the
columns README documents; --deidentify leaves no name, birth date or clinic id and keeps a
stable pseudonym and each patient's own date shift."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from dn_bodymap import cli
from dn_bodymap.exchange import csv_tables
from dn_bodymap.records.model import Clinician
from tests.drawing_helpers import keep, low_back_drawing
from tests.records_helpers import chart_example

ROOT = Path(__file__).resolve().parents[1]
WHO = Clinician("Alex Rivera", "PT, DPT")


@pytest.fixture
def clinic(store, atlas):
    """Maria (a signed visit, and a follow-up with a pain drawing a week later) and Tom."""
    first = chart_example(store, atlas)
    follow = store.new_session(first.patient_id, WHO, started_at="2025-03-21T10:00:00Z")
    keep(store, follow.id, low_back_drawing(atlas))
    tom = store.add_patient("Tom Other", date_of_birth="1990-01-01", clinic_id="DN-9")
    visit = store.new_session(tom.id, WHO, started_at="2025-05-02T08:00:00Z")
    region = next(r for r in atlas.regions if r.muscle == "gluteus_medius" and r.side == "right"
                  and r.view == "back")
    x, y = region.geometry.representative_point().coords[0]
    store.add_point(visit.id, "back", x, y, muscle="gluteus_medius", side="right",
                    layer=region.layer, kind="latent")
    return store


def export(store, tmp_path: Path, *options: str) -> dict[str, list[dict[str, str]]]:
    out = tmp_path / "visits.csv"
    assert cli.main(["--db", str(store.path), "export-csv", str(out), *options]) == 0
    tables = {}
    for name, path in (("points", out), ("drawings", tmp_path / "visits_drawings.csv"),
                       ("precautions", tmp_path / "visits_precautions.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            tables[name] = list(reader)
            assert tuple(reader.fieldnames or ()) == csv_tables.columns(name, "--deidentify"
                                                                          in options)
    return tables


def test_every_point_is_a_row_with_its_values(clinic, tmp_path):
    tables = export(clinic, tmp_path)
    stored = [(s.id, p) for summary in clinic.sessions() for s in [clinic.session(summary.id)]
              for p in s.points]
    assert len(tables["points"]) == len(stored)
    for row, (session_id, p) in zip(tables["points"], stored, strict=True):
        assert (int(row["session"]), int(row["number"]), row["muscle"], row["side"]) == (
            session_id, p.number, p.muscle, p.side)
        assert row["depth_mm"] == ("" if p.depth_mm is None else str(p.depth_mm))
        assert row["taut_band"] == str(int(p.taut_band))
    assert {r["patient_name"] for r in tables["points"]} == {"Maria Example", "Tom Other"}
    assert tables["drawings"] and {r["view"] for r in tables["drawings"]} <= {"front", "back"}
    assert float(tables["drawings"][0]["area_percent_of_view"]) > 0
    assert any(r["item"] == "diabetes" and r["answer"] == "yes" for r in tables["precautions"])


def test_one_patient_or_a_date_range(clinic, tmp_path):
    maria = next(p.id for p in clinic.patients() if p.name == "Maria Example")
    only = export(clinic, tmp_path, "--patient", str(maria))["points"]
    assert {r["patient_name"] for r in only} == {"Maria Example"}
    may = export(clinic, tmp_path, "--since", "2025-04-01", "--until", "2025-05-31")["points"]
    assert [r["patient_name"] for r in may] == ["Tom Other"]


def test_deidentified_tables_name_no_one(clinic, tmp_path):
    tables = export(clinic, tmp_path, "--deidentify")
    text = "".join(p.read_text(encoding="utf-8") for p in tmp_path.glob("visits*.csv"))
    for secret in ("Maria Example", "1979-06-14", "DN-000123", "Tom Other", "1990-01-01",
                   "DN-9", "Reproduced the temple headache", "Aspirin"):
        assert secret not in text
    maria_rows = [r for r in tables["points"] if r["muscle"] != "gluteus_medius"
                  or r["session"] != tables["points"][-1]["session"]]
    pseudonyms = {r["patient"] for r in tables["points"]}
    assert len(pseudonyms) == 2 and all(p.startswith("P") for p in pseudonyms)
    # The same pseudonyms and dates on another day's export.
    again = export(clinic, tmp_path, "--deidentify")
    assert again["points"] == tables["points"]
    # Dates move, but the week between Maria's two visits stays a week.
    days = sorted({date.fromisoformat(r["date"]) for r in tables["drawings"]}
                  | {date.fromisoformat(r["date"]) for r in maria_rows
                     if r["patient"] == tables["drawings"][0]["patient"]})
    assert days[-1] - days[0] == date(2025, 3, 21) - date(2025, 3, 14)
    assert date(2025, 3, 14) not in days


def test_readme_documents_every_column():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Exchanging records", 1)[1].split("\n## ", 1)[0]
    for column in {*csv_tables.POINT_COLUMNS, *csv_tables.DRAWING_COLUMNS,
                   *csv_tables.PRECAUTION_COLUMNS}:
        assert f"`{column}`" in section, column
