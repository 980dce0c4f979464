"""Records for the rest of the clinic, no Qt: CSV tables (csv_tables), FHIR R4 bundles (fhir),
the clinic's map of pain (clinic_map). One-session and whole-patient JSON, which dn-bodymap
reads back, live with the records (records/exchange.py, records/patient_exchange.py)."""
