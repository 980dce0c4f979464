"""Find a muscle by what a clinician types: words in any order ("glute min", "min glut"),
abbreviations ("QL", "lev scap", "ECRL"), a side ("QL left", "r scm"), no Qt.

Ranking: a whole-query abbreviation first (in the table's order), then names whose every
typed word starts one of their words (names beginning with the first typed word first), then
names that merely contain four or more typed letters ("spinatus" finds the rotator cuff).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from dn_bodymap import i18n
from dn_bodymap.atlas import Atlas
from dn_bodymap.charting.muscle_abbreviations import ACRONYMS, WORDS
from dn_bodymap.i18n import terms, translate, translate_data

# English and Spanish (derecho/izquierdo, abbreviated dcho./izq. on Spanish charts).
SIDE_WORDS = {"right": "right", "r": "right", "rt": "right", "derecho": "right",
              "derecha": "right", "dcho": "right", "der": "right",
              "left": "left", "l": "left", "lt": "left", "izquierdo": "left",
              "izquierda": "left", "izq": "left", "izdo": "left"}


@dataclass(frozen=True)
class MuscleChoice:
    muscle: str
    side: str
    label: str  # "Gluteus minimus (left)", as the search list shows it


def _fold(text: str) -> str:
    """Lower case without accents: "Glúteo" and "gluteo" are typed alike."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9ñ]+", _fold(text).replace(".", ""))


def _starts_a_word(typed: str, words: list[str]) -> bool:
    candidates = [typed, WORDS.get(typed, "")]
    if len(typed) > 3 and typed.endswith("s"):  # plurals: "traps", "rhomboids"
        candidates.append(typed[:-1])
    return any(c and any(w.startswith(c) for w in words) for c in candidates)


class MuscleSearch:
    """Built once from the atlas's names (id -> display name, in the window's language);
    ``aliases`` (id -> another name, the English one in Spanish) are found too, so a clinician
    may type either. ``find`` is a plain function of the typed text."""

    def __init__(self, names: Mapping[str, str], left_out: Mapping[str, str] | None = None,
                 aliases: Mapping[str, str] | None = None) -> None:
        self.names = dict(sorted(names.items(), key=lambda item: _fold(item[1])))
        self._aliases = {m: a for m, a in (aliases or {}).items() if m in self.names}
        self._words = {m: _words(name) + _words(self._aliases.get(m, ""))
                       for m, name in self.names.items()}
        self.left_out = dict(left_out or {})  # name of a muscle the atlas omits -> why

    def why_absent(self, query: str) -> str | None:
        """For text that finds no muscle: why the atlas leaves the muscle meant out, if it
        names one it omits on purpose ("diaphragm"), else None."""
        typed = _split_side(query)[0]
        for name, why in self.left_out.items():
            if typed and all(_starts_a_word(t, _words(name)) for t in typed):
                return translate("charting.muscle_search",
                                 "{name} is not in the atlas: {why}").format(name=name, why=why)
        return None

    def find(self, query: str) -> list[str]:
        """Muscle ids for the typed text, best first (sides ignored)."""
        return self._ranked(_split_side(query)[0])

    def choices(self, query: str) -> list[MuscleChoice]:
        """What the search list offers: each found muscle on the side typed, or right and left."""
        words, side = _split_side(query)
        sides = (side,) if side else ("right", "left")
        return [MuscleChoice(m, s, f"{self.names[m]} ({terms.side(s)})")
                for m in self._ranked(words) for s in sides]

    def _ranked(self, typed: list[str]) -> list[str]:
        if not typed:
            return list(self.names)
        found = [m for m in ACRONYMS.get(" ".join(typed), ()) if m in self.names]
        by_words = [m for m, words in self._words.items()
                    if all(_starts_a_word(t, words) for t in typed)]
        by_words.sort(key=lambda m: not _starts_a_word(typed[0], self._words[m][:1]))
        text = " ".join(typed)
        contains = [m for m, name in self.names.items()
                    if len(text) > 3 and (text in _fold(name)
                                          or text in _fold(self._aliases.get(m, "")))]
        return list(dict.fromkeys(found + by_words + contains))


def for_atlas(atlas: Atlas) -> MuscleSearch:
    """The search of the window: the atlas's muscles by their names in the language of the
    moment, found by their English names too (and the omitted ones, to say why)."""
    return MuscleSearch({m: atlas.muscle_name(m) for m in atlas.muscles},
                        {translate_data(i18n.MUSCLE, o.name): translate_data(i18n.MUSCLE_NOTE,
                                                                             o.why)
                         for o in atlas.omitted},
                        aliases={m.id: m.name for m in atlas.muscles.values()})


def _split_side(query: str) -> tuple[list[str], str | None]:
    """The typed words without a side word, and that side ("QL left" -> ["ql"], "left")."""
    words = _words(query)
    sides = [SIDE_WORDS[w] for w in words if w in SIDE_WORDS]
    rest = [w for w in words if w not in SIDE_WORDS]
    if not rest or len(set(sides)) != 1:  # "l" alone is a start, not a side
        return words, None
    return rest, sides[0]
