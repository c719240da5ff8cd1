"""Named entities with canonical names from an alias table kept as data.

``data/aliases.tsv`` maps "U.S.", "Washington" and "America" to "United States"; a user's
TSV file (``Options.alias_file``, ``--aliases``) adds rows and wins on a clash. Capitalised
word runs that the table does not know are entities too, named as written.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from claimtrack.models import Entity
from claimtrack.parse import tables

# Capitalised words that start sentences or name dates rather than things.
_NOT_NAMES = frozenset(
    "The A An In On At By For From With As But And Or If When While After Before Since This "
    "That These Those It Its He She They We I You His Her Their Our My Your There Here What Who "
    "Which Why How Where Although Though However Meanwhile Yet So Also Still Instead Even Some "
    "Many Most Each Every All Both Several Other Such More Less No Not Nor Recent Last Next "
    "According Despite During Under Over Amid Into Through Once Until Earlier Later Today "
    "Yesterday Tomorrow Monday Tuesday Wednesday Thursday Friday Saturday Sunday January "
    "February March April May June July August September October November December Mr Mrs Ms "
    "Dr BREAKING UPDATE Internationally Overall Beyond Parallel Similar Senior Officials "
    "Conclusion Outlook Similarly Then Now Because Unless Whether Let Please".split()
)
_CAP_WORD = r"[A-Z][\w’'.-]*"
_JOINERS = r"(?:of|the|de|al|bin|von|van|and)"
# At most six words: a bounded repetition cannot blow up.
_CAP_RUN = re.compile(rf"(?<![\w’'])({_CAP_WORD}(?:\s(?:{_JOINERS}\s)?{_CAP_WORD}){{0,5}})")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


class AliasTable:
    """Alias -> canonical name, with one compiled pattern for all aliases."""

    def __init__(self, rows: tuple[tuple[str, str], ...]) -> None:
        self.canonical: dict[str, str] = {}
        for alias, name in rows:
            self.canonical[alias] = name
        ordered = sorted(self.canonical, key=lambda a: (-len(a), a))
        body = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in ordered)
        # "U.S." ends in a period, so the right boundary is "not a word character".
        self.pattern = re.compile(rf"(?<![\w’'-])(?:{body})(?![\w-])")

    def lookup(self, text: str) -> str | None:
        return self.canonical.get(" ".join(text.split()))


@lru_cache(maxsize=16)
def alias_table(user_file: Path | None = None) -> AliasTable:
    """The packaged aliases plus a user's file (theirs last, so they win)."""
    rows = tables.pairs("aliases.tsv")
    if user_file is not None:
        rows = rows + tables.read_user_pairs(user_file)
    return AliasTable(rows)


def canonical_name(text: str, aliases: AliasTable | None = None) -> str:
    """The canonical name of ``text`` ("Tehran" -> "Iran"), or ``text`` itself."""
    table = aliases or alias_table()
    stripped = _POSSESSIVE.sub("", text.strip())
    return table.lookup(stripped) or table.lookup(stripped.removeprefix("the ")) or stripped


def find_entities(
    text: str,
    offset: int = 0,
    aliases: AliasTable | None = None,
    known_names: frozenset[str] = frozenset(),
) -> list[Entity]:
    """Known aliases first, then other capitalised names, without overlaps, in text order.

    A single capitalised word at the start of ``text`` is only a name if it is in
    ``known_names`` (words the article capitalises mid-sentence): "Delegates arrived" is not.
    """
    table = aliases or alias_table()
    found: list[Entity] = []
    taken: list[tuple[int, int]] = []
    for match in table.pattern.finditer(text):
        name = table.lookup(match.group(0))
        if name is None:
            continue
        found.append(_entity(match.group(0), name, match.start(), offset))
        taken.append(match.span())
    # Blank out known aliases so a run like "IDF Chief of Staff X" still yields "Chief of ...".
    masked = _blank(text, taken)
    for match in _CAP_RUN.finditer(masked):
        for start, end, words in _names_in_run(match):
            possessive = text[end : end + 1] in ("'", "’")
            if (
                _sentence_initial(text, start)
                and " " not in words
                and words not in known_names
                and not possessive
            ):
                continue
            found.append(_entity(words, words, start, offset))
    return sorted(found, key=lambda e: e.start)


def _sentence_initial(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"“‘'(")
    return not before or before[-1] in ".!?:\n—-–"


def capitalised_words(text: str) -> frozenset[str]:
    """Words written with a capital after another word (so they are names, not starters)."""
    return frozenset(m.group(1) for m in _MID_CAPITAL.finditer(text))


_MID_CAPITAL = re.compile(r"[a-z,;]\s+([A-Z][a-z]+)\b")


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    pieces = []
    previous = 0
    for start, end in spans:
        pieces += [text[previous:start], " " * (end - start)]
        previous = end
    pieces.append(text[previous:])
    return "".join(pieces)


def _names_in_run(match: re.Match[str]) -> list[tuple[int, int, str]]:
    """Cut a capitalised run into names: drop function words, split at possessives."""
    names: list[tuple[int, int, str]] = []
    position = match.start(1)
    current: list[str] = []
    current_start = position
    for word in match.group(1).split(" "):
        if not current:
            current_start = position
        if current or word.rstrip(".,") not in _NOT_NAMES:
            current.append(word)
        position += len(word) + 1
        if _POSSESSIVE.search(word):
            names += _name(current, current_start)
            current = []
    names += _name(current, current_start)
    return names


def _name(parts: list[str], start: int) -> list[tuple[int, int, str]]:
    while parts and parts[-1].lower() in ("of", "the", "de", "al", "and", "von", "van"):
        parts = parts[:-1]
    if not parts:
        return []
    name = _POSSESSIVE.sub("", " ".join(parts)).rstrip(".,")
    if len(name) < 2 or name.isdigit() or (name.isupper() and len(name) > 12):
        return []
    return [(start, start + len(name), name)]


def _entity(surface: str, canonical: str, start: int, offset: int) -> Entity:
    return Entity(
        text=surface,
        canonical=canonical,
        start=offset + start,
        end=offset + start + len(surface),
    )
