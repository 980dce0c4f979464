"""The words of the record shown in the language of the window: sides, layers, views, point
kinds. What is stored stays the English key ("right", "deep", "back", "active"); these give
the label for it, and fall back to the key itself for one they do not know."""

from __future__ import annotations

from dn_bodymap.i18n import translate


def side(key: str) -> str:
    """right / left / midline, as said of a muscle or a point (Spanish: masculine)."""
    labels = {"right": translate("i18n.terms", "right"),
              "left": translate("i18n.terms", "left"),
              "midline": translate("i18n.terms", "midline")}
    return labels.get(key, key)


def side_letter(key: str) -> str:
    """R / L on diagrams and printouts (Spanish: D / I)."""
    labels = {"right": translate("i18n.terms", "R"), "left": translate("i18n.terms", "L")}
    return labels.get(key, key)


def layer(key: str) -> str:
    labels = {"superficial": translate("i18n.terms", "superficial"),
              "intermediate": translate("i18n.terms", "intermediate"),
              "deep": translate("i18n.terms", "deep")}
    return labels.get(key, key)


def view(key: str) -> str:
    labels = {"front": translate("i18n.terms", "front"),
              "back": translate("i18n.terms", "back")}
    return labels.get(key, key)


def kind(key: str) -> str:
    """A trigger point's kind: active or latent."""
    labels = {"active": translate("i18n.terms", "active"),
              "latent": translate("i18n.terms", "latent")}
    return labels.get(key, key)


def zone(key: str) -> str:
    """A referral zone's kind: essential or spillover."""
    labels = {"essential": translate("i18n.terms", "essential"),
              "spillover": translate("i18n.terms", "spillover")}
    return labels.get(key, key)


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
