"""Whose age: an age belongs to the person named next to it ("Ana Ruiz, a 34-year-old
nurse", "Ortiz, 57,", "the 40-year-old driver, named as Karl Heim"). Two ages are two
accounts of one fact only when they are the same named person's: a story about one event
names several people, and "an 89-year-old from Leeds" says nothing against "Tom Price, 35";
"the 40-year-old" and "a 46-year-old" may be the suspect and the victim.
"""

from __future__ import annotations

import re

from claimtrack.judge.text import _find_number
from claimtrack.normalize import load_tables
from claimtrack.parse.lemmas import verb_lemma, verbs

#: "34-year-old", "34 years old", "34-year old": the figure is someone's age; so is the
#: first of two ("13 or 14 years old").
_YEARS_OLD = re.compile(r"(?: (?:or|to) \d{1,3})?[- ]?years?[- ]old\b", re.IGNORECASE)
#: "aged 57", "at the age of 57", "age 57", "dies at 57", "was dead at 57": the figure
#: after these is an age.
_AGE_BEFORE = re.compile(
    r"\b(?:aged|age(?: of)?|(?:die[sd]?|dead|dying|passe[sd] away)\s+at)\s*$", re.IGNORECASE
)
#: "Ines Varga is " before a figure that ends the claim: the parser's claim of an age set off
#: after a name ("Ines Varga, 44, a former teacher, ..." gives "Ines Varga is 44.").
_NAME_IS = re.compile(
    r"(?<![\w'’.-])[A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,3}[ \t](?:is|was)[ \t]"
)
#: A run of capitalised words: a name (its first word may open the sentence).
_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|de|van|von|bin|al))*")
#: Capitalised words that are not names: articles, pronouns, titles, weekdays, months.
_NOT_NAMES = frozenset(
    "the a an he she his her they their it its this that these those mr mrs ms dr sir "
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december police officials in on at by "
    "for of to from with as".split()
)
#: How far from the age (in characters) a name may stand and still be whose it is.
_REACH = 60
#: Where a sentence or clause that could name someone else begins.
_BREAK = re.compile(r"[;.!?:]\s|[\"“]|\b(?:and|but|while|after|before|when|who|which)\b")


def age_holder(text: str, figure: str) -> frozenset[str] | None:
    """The name words of whose age ``figure`` is (empty when no name stands near it), or
    None when the figure is no age."""
    index = _find_number(text, figure)
    if index < 0 or not _is_age(text, index, index + len(figure)):
        return None
    return _holder(text, index, index + len(figure))


def _is_age(text: str, index: int, end: int) -> bool:
    """Whether the figure at ``text[index:end]`` gives someone's age."""
    return bool(
        _YEARS_OLD.match(text, end)
        or _AGE_BEFORE.search(text[max(0, index - 20) : index])
        or (text[end : end + 1] in ",)" and _set_off_name(text[max(0, index - 40) : index]))
        or (text[end:].strip() in ("", ".") and _NAME_IS.fullmatch(text, 0, index))
    )


def _holder(text: str, index: int, end: int) -> frozenset[str]:
    """Whose age the figure at ``text[index:end]`` is, as words: the name set off before it
    ("Ana Ruiz, a 34-year-old", "Ortiz, 57,"), else the name it is given to after it ("the
    40-year-old, named as Karl Heim"), else the nearest name before it ("Ortiz died at the
    age of 57"); after a possessive ("his 23-year-old wife") or with no name near, the noun
    it describes ("wife", "boy")."""
    before = _clause_before(text, index)
    if not _POSSESSIVE.search(before):
        set_off = _set_off_name(before)
        named_after = _NAME_AFTER.match(text, end)
        names = [set_off] if set_off else []
        names += [named_after.group(1)] if named_after else []
        names += [m.group(0) for m in reversed(list(_NAME.finditer(before)))]
        for name in names:
            words = _name_words(name)
            if words:
                return words
    described = _DESCRIBED.match(text, end)
    noun = described.group(1).lower() if described else ""
    if not noun or _is_verb_or_function_word(noun):
        return frozenset()  # "the 41-year-old was born ...": no noun says who
    return frozenset((noun,))


def _is_verb_or_function_word(word: str) -> bool:
    return word in load_tables(None).stop_words or verb_lemma(word) in verbs()


#: "his 23-year-old wife": the age is of someone the possessive's owner is not.
_POSSESSIVE = re.compile(r"\b(?:his|her|their|its)\s+$", re.IGNORECASE)
#: The name an age is given to after it: "the 40-year-old Karl Heim", "a 46-year-old man,
#: Karl Heim", "the 40-year-old, identified as Karl Heim".
_NAME_AFTER = re.compile(
    r"[- ]?years?[- ]old(?:[- ][a-z]+)?,?\s+"
    r"(?:(?:named|identified|recognised|recognized|known)\s+as\s+)?"
    r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
)
#: The noun an age describes: "34-year-old nurse", "34 years old man".
_DESCRIBED = re.compile(r"[- ]?years?[- ]old[- ]?([a-z]+)")


def _set_off_name(before: str) -> str | None:
    """The capitalised words ``before`` ends with, set off by a comma or a bracket and an
    optional article: "Ana Ruiz, a " (of "Ana Ruiz, a 34-year-old"), "Ortiz, ", "Ortiz (".
    Read word by word from the end (no pattern that could backtrack)."""
    words = before.replace(",", " , ").replace("(", " ( ").split()
    if words and words[-1].lower() in ("a", "an", "the"):
        words.pop()
    if not words or words[-1] not in (",", "("):
        return None
    words.pop()
    name: list[str] = []
    while words and words[-1][:1].isupper():
        name.append(words.pop())
    return " ".join(reversed(name)) or None


def _clause_before(text: str, index: int) -> str:
    before = text[max(0, index - _REACH) : index]
    cut = list(_BREAK.finditer(before))
    return before[cut[-1].end() :] if cut else before


def _name_words(run: str) -> frozenset[str]:
    words = [w.strip("'’.-").lower() for w in run.split()]
    return frozenset(w for w in words if w and w not in _NOT_NAMES)
