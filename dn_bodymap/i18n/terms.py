"""The words of the record shown in the language of the window: sides, layers, views, point
kinds. What is stored stays the English key ("right", "deep", "back", "active"); these give
the label for it, and fall back to the key itself for one they do not know."""

from __future__ import annotations

from dn_bodymap.i18n import QT_TRANSLATE_NOOP, Labels

# right / left / midline as said of a muscle or a point (Spanish: masculine).
SIDES = Labels("i18n.terms", {"right": QT_TRANSLATE_NOOP("i18n.terms", "right"),
                              "left": QT_TRANSLATE_NOOP("i18n.terms", "left"),
                              "midline": QT_TRANSLATE_NOOP("i18n.terms", "midline")})
# R / L on diagrams and printouts (Spanish: D / I).
SIDE_LETTERS = Labels("i18n.terms", {"right": QT_TRANSLATE_NOOP("i18n.terms", "R"),
                                     "left": QT_TRANSLATE_NOOP("i18n.terms", "L")})
LAYERS = Labels("i18n.terms", {
    "superficial": QT_TRANSLATE_NOOP("i18n.terms", "superficial"),
    "intermediate": QT_TRANSLATE_NOOP("i18n.terms", "intermediate"),
    "deep": QT_TRANSLATE_NOOP("i18n.terms", "deep")})
VIEWS = Labels("i18n.terms", {"front": QT_TRANSLATE_NOOP("i18n.terms", "front"),
                              "back": QT_TRANSLATE_NOOP("i18n.terms", "back")})
KINDS = Labels("i18n.terms", {"active": QT_TRANSLATE_NOOP("i18n.terms", "active"),
                              "latent": QT_TRANSLATE_NOOP("i18n.terms", "latent")})
ZONES = Labels("i18n.terms", {"essential": QT_TRANSLATE_NOOP("i18n.terms", "essential"),
                              "spillover": QT_TRANSLATE_NOOP("i18n.terms", "spillover")})


def side(key: str) -> str:
    return SIDES.get(key, key)


def side_letter(key: str) -> str:
    return SIDE_LETTERS.get(key, key)


def layer(key: str) -> str:
    return LAYERS.get(key, key)


def view(key: str) -> str:
    return VIEWS.get(key, key)


def kind(key: str) -> str:
    """A trigger point's kind: active or latent."""
    return KINDS.get(key, key)


def zone(key: str) -> str:
    """A referral zone's kind: essential or spillover."""
    return ZONES.get(key, key)


def landmark(name: str, on: str | None) -> str:
    """A landmark as a list shows it: "Forehead (right)"; on the midline (``on`` None) its
    name alone."""
    from dn_bodymap import i18n

    shown = i18n.translate_data(i18n.LANDMARK, name)
    return f"{shown} ({side(on)})" if on else shown


def contracted(text: str) -> str:
    """Spanish joins "de el" and "a el" ("cerca del borde", "al hombro") where a translated
    phrase meets a place that starts with "el"; other languages are left as they are."""
    from dn_bodymap import i18n

    if i18n.language() != "es":
        return text
    return text.replace(" de el ", " del ").replace(" a el ", " al ")
