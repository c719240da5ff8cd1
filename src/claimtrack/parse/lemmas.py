"""A small rule-based lemmatizer for counted nouns and main verbs.

Good enough to group "civilians"/"civilian" and "suspended"/"suspends"; irregular forms come
from ``data/irregular_lemmas.tsv``. A full lemmatizer would need a downloaded model.
"""

from __future__ import annotations

from functools import lru_cache

from claimtrack.parse import tables

_VOWELS = frozenset("aeiou")
_KEEP_DOUBLE = ("ll", "ss", "ff", "zz")
# A consonant then "l" ends no English verb but with an "e": "settl(e)", "handl(e)", "cycl(e)".
_E_ENDINGS = (
    *("at", "iz", "c", "g", "v", "uc", "ur", "as", "us"),
    *("bl", "cl", "dl", "fl", "gl", "kl", "pl", "tl", "zl"),
)
# Two vowels before a final "t" or "r" keep the stem bare: "treat(ed)", "float(ed)",
# "greet(ed)", "wait(ed)", "pour(ed)". The few verbs in "-eate" ("create") are in the verb list.
_BARE_ENDINGS = ("eat", "oat", "eet", "ait", "oot", "our")


@lru_cache(maxsize=1)
def irregular_lemmas() -> dict[str, str]:
    """Irregular word form -> lemma ("took" -> "take", "children" -> "child")."""
    return dict(tables.pairs("irregular_lemmas.tsv"))


@lru_cache(maxsize=8192)
def noun_lemma(word: str) -> str:
    """Singular of a plural noun: "civilians" -> "civilian", "casualties" -> "casualty"."""
    lower = word.lower()
    irregular = irregular_lemmas()
    if lower in irregular:
        return irregular[lower]
    if len(lower) <= 3 or not lower.endswith("s") or lower.endswith(("ss", "us", "is")):
        return lower
    if lower.endswith("ies"):
        return lower[:-3] + "y"
    if lower.endswith(("ches", "shes", "sses", "xes", "zes")):
        return lower[:-2]
    return lower[:-1]


@lru_cache(maxsize=8192)
def verb_lemma(word: str) -> str:
    """Base form of an inflected verb: "ruled" -> "rule", "suspends" -> "suspend"."""
    lower = word.lower()
    irregular = irregular_lemmas().get(lower)
    if irregular is None:
        return _regular_verb_lemma(lower)
    if irregular in verbs():
        return irregular
    # "lives": the table's lemma is the noun's ("life"); the verb's is the regular one
    regular = _regular_verb_lemma(lower)
    return regular if regular in verbs() else irregular


def _regular_verb_lemma(lower: str) -> str:
    """``verb_lemma`` by the spelling rules alone (``lower`` in lower case)."""
    if lower.endswith("ied") and len(lower) > 4:
        return lower[:-3] + "y"
    # "died", "sued": a verb ending in "e" takes only "d"; "seed" and "need" are no "see" +
    # "d" (a double "e" before the "d" is the word's own)
    short_past = len(lower) == 4 and lower.endswith("ed") and not lower.startswith("ee", 1)
    if short_past and lower[:-1] in verbs():
        return lower[:-1]
    if lower.endswith("ying") and lower[:-4] + "ie" in verbs():
        return lower[:-4] + "ie"  # "dying" -> "die"
    if lower in _PLAIN_IN_EED:
        return lower  # "speed", "proceed": the plain form ("agreed", "freed": "-ee" + "d")
    if lower.endswith("ed") and len(lower) > 4:
        return _known_base(lower[:-2])
    if lower.endswith("ing") and len(lower) > 5:
        return _known_base(lower[:-3])
    if lower.endswith("ies") and len(lower) > 4:
        return lower[:-3] + "y"
    if lower.endswith(("ches", "shes", "sses", "xes")) or (
        lower.endswith("oes") and lower[:-2] in verbs()  # "goes", "undergoes"; not "shoes"
    ):
        return lower[:-2]
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is")) and len(lower) > 3:
        return lower[:-1]
    return lower


#: Verbs whose plain form ends in "eed", which the -ed rule would cut ("spe", "proce").
_PLAIN_IN_EED = frozenset("need speed proceed succeed exceed feed bleed breed heed".split())


def _known_base(stem: str) -> str:
    """The base form of the verb ``stem`` lost its -ed or -ing from: the spelling rules'
    guess, unless the verb list knows another spelling. The rules cannot tell "prepar(e)",
    "describ(e)" and "agre(e)" from "offer" and "visit", nor "controll" (a doubled final
    consonant) from "call", nor "defeat" from "locat(e)"; the verb list can."""
    known = verbs()
    guess = _restore_e(stem)
    if guess in known:
        return guess
    for spelling in (stem, stem + "e"):
        if spelling in known:
            return spelling
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in known:
        return stem[:-1]
    return guess


@lru_cache(maxsize=1)  # asked once per word: no argument to hash
def verbs() -> frozenset[str]:
    """The common news verbs (base forms) of ``data/verbs.txt``."""
    return tables.words("verbs.txt")


def _restore_e(stem: str) -> str:
    """Undo the spelling changes of -ed/-ing: "stopp" -> "stop", "announc" -> "announce"."""
    if len(stem) > 3 and stem[-1] == stem[-2] and not stem.endswith(_KEEP_DOUBLE):
        return stem[:-1]
    if stem.endswith(_BARE_ENDINGS):
        return stem
    if stem in tables.words("silent_e_stems.txt"):
        return stem + "e"  # "chang(ed)": most stems in "ng" keep no "e" ("bang(ed)")
    if stem.endswith(_E_ENDINGS) and not stem.endswith(("ng", "ck")):
        return stem + "e"
    if len(stem) > 2 and stem[-1] == "u":
        return stem + "e"  # "rescu(ed)", "valu(ing)", "queu(ed)": no verb ends in a bare "u"
    if _one_syllable_cvc(stem) or _lost_e_ending(stem):
        return stem + "e"
    return stem


def _ends_consonant_vowel_consonant(stem: str) -> bool:
    """``stem`` ends in one consonant after one vowel after a consonant ("bl-a-m", "st-o-k";
    "qu" counts as a consonant: "qu-o-t"); the last consonant is no w, x or y, which never
    double ("snow-ed", "fix-ed", "play-ed"), nor h ("shah")."""
    if len(stem) < 3:
        return False
    before, vowel, last = stem[-3], stem[-2], stem[-1]
    consonant_before = before not in _VOWELS or stem[-4:-2] == "qu"
    return consonant_before and vowel in _VOWELS and last not in _VOWELS and last not in "wxyh"


def _one_syllable_cvc(stem: str) -> bool:
    """A one-syllable stem ending consonant-vowel-consonant lost a final e ("rul", "vot",
    "blam", "shar", "stok"): such a verb with no e doubles its consonant ("stopp-ed",
    "plann-ed"), which ``_restore_e`` undid before."""
    if not _ends_consonant_vowel_consonant(stem):
        return False
    head = stem[:-2].replace("qu", "q")  # the vowels before the last one: there are none
    return not any(char in _VOWELS for char in head)


#: Endings of longer stems that lost a final e, after a consonant: "shar(e)", "inspir(e)",
#: "defin(e)", "comput(e)", "subscrib(e)", "suppos(e)", "surpris(e)", "provok(e)", "divid(e)",
#: "includ(e)", "explod(e)", "engag(e)". A stem in
#: "-it", "-et", "-er" or "-en" may be bare ("visit", "budget", "offer", "open"): not listed.
_LOST_E_AFTER_CONSONANT = (
    "ar",
    "ir",
    "in",
    "ut",
    "ib",
    "os",
    "is",
    "ok",
    "ul",
    "id",
    "ud",
    "od",
    "ag",
)
#: Endings that lost a final e after any letter: "challeng(e)", "avenge", "explor(e)",
#: "complet(e)", "ignit(e)", "squeez(e)", "amaz(e)" (the bare ones double: "quizz-ed").
_LOST_E_ENDINGS = ("eng", "plor", "plet", "nit", "ez", "az", "oz", "uz")


def _lost_e_ending(stem: str) -> bool:
    """``stem`` ends in an ending of ``_LOST_E_ENDINGS``, or of ``_LOST_E_AFTER_CONSONANT``
    after a consonant."""
    if stem.endswith(_LOST_E_ENDINGS):
        return True
    if stem.endswith("debut"):
        return False  # "debut(ed)" keeps its t bare ("rebut" and "abut" double theirs)
    return stem.endswith(_LOST_E_AFTER_CONSONANT) and _ends_consonant_vowel_consonant(stem)
