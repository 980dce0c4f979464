"""The translation catalogues as files: the texts of the assets for lupdate, running
``pyside6-lupdate`` / ``pyside6-lrelease``, reading a .ts, and the checks that keep the shipped
catalogues complete and current (``tools/translations.py``, ``tests/test_translation.py``).

Qt-free: the Qt tools run as programs, found beside the installed PySide6 package.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from dn_bodymap import i18n

TRANSLATED: Final = tuple(lang for lang in i18n.LANGUAGES if lang != i18n.SOURCE_LANGUAGE)
DATA_STRINGS: Final = Path(i18n.__file__).resolve().parent / "data_strings.py"
_FIELD = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rs])?(?::[^{}]*)?\}")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str  # "" while unfinished


def ts_path(language: str) -> Path:
    return i18n.FOLDER / f"{i18n.CATALOGUE_NAME}_{language}.ts"


def qm_path(language: str) -> Path:
    return i18n.FOLDER / f"{i18n.CATALOGUE_NAME}_{language}.qm"


def data_texts() -> dict[str, list[str]]:
    """Per data context, the texts of the bundled assets a clinician reads, sorted."""
    from dn_bodymap.atlas import Atlas

    atlas = Atlas.load()
    found: dict[str, set[str]] = {context: set() for context in i18n.DATA_CONTEXTS}
    for m in atlas.muscles.values():
        found[i18n.MUSCLE].add(m.name)
        found[i18n.MUSCLE_NOTE].add(m.note)
    for r in atlas.retired.values():
        found[i18n.MUSCLE].add(r.name)
        found[i18n.MUSCLE_NOTE].add(r.why)
    for o in atlas.omitted:
        found[i18n.MUSCLE].add(o.name)
        found[i18n.MUSCLE_NOTE].add(o.why)
    for lm in atlas.landmarks:
        found[i18n.LANDMARK].add(lm.name)
    for p in atlas.referrals.patterns:
        found[i18n.PATTERN].add(p.description)
    for c in atlas.cautions:
        found[i18n.CAUTION].update((c.name, c.description))
    return {context: sorted(t for t in texts if t) for context, texts in found.items()}


def data_strings_source() -> str:
    lines = ['"""Written by tools/translations.py from the assets: the texts of the atlas a',
             'clinician reads, for pyside6-lupdate. Never imported; do not edit."""',
             "",
             "from dn_bodymap.i18n import QT_TRANSLATE_NOOP",
             ""]
    for context, texts in data_texts().items():
        lines.append(f"# {context}")
        lines += [f"QT_TRANSLATE_NOOP({context!r}, {text!r})" for text in texts]
    return "\n".join(lines) + "\n"


def _qt_tool(name: str) -> Path:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        raise RuntimeError("PySide6 is not installed: it carries lupdate and lrelease")
    folder = Path(spec.origin).parent
    tool = folder / (f"{name}.exe" if sys.platform == "win32" else name)
    if not tool.exists():
        raise RuntimeError(f"{tool} is missing from the PySide6 installation")
    return tool


def sources(root: Path) -> list[Path]:
    """The Python files lupdate reads: the package, without the build-time atlas code."""
    package = root / "dn_bodymap"
    return sorted(p for p in package.rglob("*.py")
                  if "atlas_build" not in p.parts and "migrations" not in p.parts)


def run_lupdate(root: Path, ts: Path, language: str) -> None:
    # No source locations: line numbers would change the .ts with every edit of the code.
    files = [str(p) for p in sources(root)]
    subprocess.run([str(_qt_tool("lupdate")), *files, "-ts", str(ts), "-no-obsolete",
                    "-locations", "none", "-source-language", i18n.SOURCE_LANGUAGE,
                    "-target-language", language, "-silent"], check=True)


def run_lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([str(_qt_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)], check=True)


def read_ts(ts: Path) -> list[Message]:
    messages = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            done = tr is not None and tr.get("type") not in ("unfinished", "obsolete",
                                                             "vanished")
            messages.append(Message(name, message.findtext("source") or "",
                                    (tr.text or "") if done and tr is not None else ""))
    return messages


def message_faults(messages: list[Message], language: str) -> list[str]:
    """Untranslated strings, and translations whose ``{fields}`` or ``&`` shortcut differ."""
    faults = []
    for m in messages:
        where = f"{language}: [{m.context}] {m.source!r}"
        if not m.translation:
            faults.append(f"{where} is not translated")
            continue
        if sorted(_FIELD.findall(m.source)) != sorted(_FIELD.findall(m.translation)):
            faults.append(f"{where}: the translation {m.translation!r} has other {{fields}}")
        if _shortcuts(m.source) != _shortcuts(m.translation):
            faults.append(f"{where}: the translation {m.translation!r} has another number "
                          "of & shortcuts")
    return faults


def _shortcuts(text: str) -> int:
    return len(re.findall(r"&(?!&)\S", text.replace("&&", "")))


def faults(root: Path) -> list[str]:
    """Everything out of step: data_strings.py behind the assets, a string of the program
    missing from a catalogue (or one no longer in it), an untranslated string, a .qm not
    compiled from its .ts."""
    found = []
    if DATA_STRINGS.read_text(encoding="utf-8") != data_strings_source():
        found.append(f"{DATA_STRINGS} is behind the assets: run tools/translations.py update")
    for language in TRANSLATED:
        ts = ts_path(language)
        shipped = read_ts(ts)
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / ts.name
            fresh.write_bytes(ts.read_bytes())
            run_lupdate(root, fresh, language)
            current = {(m.context, m.source) for m in read_ts(fresh)}
            compiled = Path(tmp) / "compiled.qm"
            run_lrelease(ts, compiled)
            qm = qm_path(language)
            if not qm.exists() or qm.read_bytes() != compiled.read_bytes():
                found.append(f"{qm} is not compiled from {ts.name}: run "
                             "tools/translations.py update")
        have = {(m.context, m.source) for m in shipped}
        found += [f"{ts.name}: [{c}] {s!r} is in the program but not in the catalogue: run "
                  "tools/translations.py update" for c, s in sorted(current - have)]
        found += [f"{ts.name}: [{c}] {s!r} is no longer in the program" for c, s
                  in sorted(have - current)]
        found += message_faults(shipped, language)
    return found
