"""Named entities with canonical names from an alias table kept as data.

``data/aliases.tsv`` maps "U.S.", "Washington" and "America" to "United States"; a user's
TSV file (``Options.alias_file``, ``--aliases``) adds rows and wins on a clash. Capitalised
word runs that the table does not know are entities too, named as written.
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache
from pathlib import Path

from claimtrack.models import Entity
from claimtrack.parse import tables
from claimtrack.parse.trusted import Builder

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
#: Words of ``_NOT_NAMES`` whose "'s" is "is" or "has", never a possessive ("There's"). ("He's",
#: "It's" are left as they were: their pronoun keeps its referent's sentence recent.)
_CONTRACTED = frozenset("There Here That What Who How Where When Why This".split())
_CAP_WORD = r"[A-Z][\w’'.-]*"
#: "for" (or "for the") after an office of data/domain_titles.txt: "Minister for Culture
#: Tom Berg" is one name, not "Minister" and "Culture Tom Berg". WHY bound to the office
#: word: after other words "for" leaves the name ("Support for Israel"). The look-behinds
#: come after the literal "for", so ``re`` tries them only where "for" stands.
_DOMAIN_FOR = "for(?:{})(?:[ \\t]the)?".format(
    "|".join(
        "(?<={}[ \\t]for)".format("[ \\t]".join(map(re.escape, office.split())))
        for office in tables.data_lines("domain_titles.txt")
    )
)
_JOINERS = rf"(?:of|the|de|al|bin|von|van|and|&|{_DOMAIN_FOR})"
# No look-behind in front: a pattern that starts with a character class lets ``re`` skip
# quickly to the next capital. At most six words: a bounded repetition cannot blow up.
_CAP_RUN = re.compile(rf"{_CAP_WORD}(?:[ \t](?:{_JOINERS}[ \t])?{_CAP_WORD}){{0,5}}")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_POSSESSIVE_ENDS = ("'s", "’s", "'", "’")


def without_possessive(word: str) -> str:
    """``_POSSESSIVE.sub("", word)`` for a word without a line break (a run's words), at
    string-method speed: "Iran's" -> "Iran", "States'" -> "States"."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    if word.endswith(("'", "’")):
        return word[:-1]
    return word


_MAX_ALIAS_WORDS = 6


class AliasTable:
    """Alias -> canonical name; aliases are looked up word by word inside capitalised runs."""

    def __init__(self, rows: tuple[tuple[str, str], ...]) -> None:
        self.canonical: dict[str, str] = {}
        for alias, name in rows:
            self.canonical[" ".join(alias.split())] = name
        #: First words of aliases ("the" skipped): a run word not in here starts no alias.
        self.first_words = frozenset(
            a.removeprefix("the ").split()[0] for a in self.canonical if a.strip()
        )
        #: ``_one_word`` of the one-word runs seen so far (most runs: "Iran", "Monday").
        self.one_words: dict[str, tuple[str, bool] | None] = {}

    def lookup(self, text: str) -> str | None:
        return self.canonical.get(" ".join(text.split()))


def alias_table(user_file: Path | None = None) -> AliasTable:
    """The packaged aliases plus a user's file (theirs last, so they win).

    Cached per file version (path, size, modification time), so an edited file is re-read.
    """
    if user_file is None:
        return _alias_table(None, None)
    try:
        stat = user_file.stat()
    except OSError as exc:
        raise tables.TableError(
            f"{user_file}: cannot be read ({exc.strerror or exc})",
            hint="check the --aliases path",
        ) from exc
    return _alias_table(user_file, (stat.st_size, stat.st_mtime_ns))


@lru_cache(maxsize=16)
def _alias_table(user_file: Path | None, version: tuple[int, int] | None) -> AliasTable:
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
    known_names: Container[str] = frozenset(),
) -> list[Entity]:
    """Names in ``text``: known aliases with their canonical name, other capitalised names
    as written. A single capitalised word at the start of ``text`` is only a name if it is an
    alias, a possessive, or in ``known_names`` (words the article capitalises mid-sentence):
    "Delegates arrived" is not.
    """
    table = aliases or alias_table()
    one_words = table.one_words
    found: list[Entity] = []
    for match in _CAP_RUN.finditer(text):
        start = match.start()
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "’'-"):
            continue
        run = match.group()
        if " " in run:
            found.extend(_run_entities(text, match, offset, table, known_names))
            continue
        try:
            known = one_words[run]
        except KeyError:
            known = _one_word(run, table)
            if len(one_words) < _ONE_WORDS_KEPT:
                one_words[run] = known
        if known is None:  # may start an alias: the text around decides
            found.extend(_word_entities(text, run, start, offset, table, known_names))
        elif known[0] and (
            known[1] or not _sentence_initial(text, start) or known[0] in known_names
        ):
            found.append(_entity(known[0], known[0], start, offset))
    return found


#: One-word runs remembered per alias table (bounded memory on endless input).
_ONE_WORDS_KEPT = 50_000


def _one_word(word: str, table: AliasTable) -> tuple[str, bool] | None:
    """What ``_word_entities`` makes of a one-word run wherever it stands, or None when
    that depends on the text around it (a word that may start an alias).

    (name, possessive): the entity's name, "" for none, and whether it is a possessive
    (then a name even at the start of a sentence). WHY per word: the run regex is greedy,
    so the character after a run is never an apostrophe, and ``_names`` of one word reads
    nothing else of the text but where it stands (``_sentence_initial``).
    """
    first_words = table.first_words
    if _is_starter(word, first_words):
        return "", False  # "The", "However": nothing to find
    if word in first_words or without_possessive(word).rstrip(".,") in first_words:
        return None
    if word.rstrip(".,") in _NOT_NAMES or word.lower() in _TRAILING_JOINERS:
        return "", False
    name = without_possessive(word).rstrip(".,")
    if name in _CONTRACTED and name != word:
        return "", False  # "There's", "It's", "What's": "is" or "has" contracted, no name
    if len(name) < 2 or (name.isupper() and len(name) > 12):
        return "", False
    return name, word[len(name) : len(name) + 1] in ("'", "’")


def _word_entities(
    text: str, word: str, start: int, offset: int, table: AliasTable, known_names: Container[str]
) -> list[Entity]:
    """``_run_entities`` for a run of one word (most runs), without its bookkeeping."""
    alias = _longest_alias(text, [(word, start)], 0, table)
    if alias is None:
        return _names(text, [(word, start)], offset, known_names)
    surface, alias_start, name, _ = alias
    return [_entity(surface, name, alias_start, offset)]


def _is_starter(word: str, first_words: frozenset[str]) -> bool:
    """Whether a one-word run yields nothing: a word of ``_NOT_NAMES`` that starts no
    alias (``_run_entities`` would drop it, at several times the cost)."""
    return (
        word.rstrip(".,") in _NOT_NAMES
        and word not in first_words
        and without_possessive(word).rstrip(".,") not in first_words
    )


def _run_entities(
    text: str,
    match: re.Match[str],
    offset: int,
    table: AliasTable,
    known_names: Container[str],
) -> list[Entity]:
    """Split one capitalised run into aliases (longest first) and other names."""
    words = _split_words(match.group(0), match.start())
    found: list[Entity] = []
    pending: list[tuple[str, int]] = []
    index = 0
    while index < len(words):
        if _splits_adjectives(words, index):
            found += _names(text, pending, offset, known_names)
            pending = []
            index += 1
            continue
        alias = _longest_alias(text, words, index, table)
        if alias is None:
            pending.append(words[index])
            if words[index][0].endswith(_POSSESSIVE_ENDS):
                found += _names(text, pending, offset, known_names)
                pending = []
            index += 1
            continue
        found += _names(text, pending, offset, known_names)
        pending = []
        surface, start, name, used = alias
        found.append(_entity(surface, name, start, offset))
        index += used
    found += _names(text, pending, offset, known_names)
    return found


def _splits_adjectives(words: list[tuple[str, int]], index: int) -> bool:
    """Whether ``words[index]`` is an "and" between adjectives of nationality ("Chilean and
    Peruvian envoys": two parties, not one name). WHY either side: "North Korean and Chinese"
    and "Gulf and Saudi" coordinate two parties as well; a name with "and" in it ("Antigua
    and Barbuda", "Marks and Spencer") has no such adjective beside its "and"."""
    if words[index][0] != "and" or index == 0 or index + 1 == len(words):
        return False
    adjectives = tables.words("nationality_adjectives.txt")
    return any(
        without_possessive(words[side][0]).rstrip(".,").lower() in adjectives
        for side in (index - 1, index + 1)
    )


def _split_words(run: str, start: int) -> list[tuple[str, int]]:
    words = []
    position = start
    for word in run.split(" "):
        words.append((word, position))
        position += len(word) + 1
    return words


def _longest_alias(
    text: str, words: list[tuple[str, int]], index: int, table: AliasTable
) -> tuple[str, int, str, int] | None:
    """(surface, start, canonical, words used) of the longest alias starting at ``index``."""
    first = words[index][0]
    if first not in table.first_words and without_possessive(first).rstrip(".,") not in (
        table.first_words
    ):
        return None
    for count in range(min(_MAX_ALIAS_WORDS, len(words) - index), 0, -1):
        first_start = words[index][1]
        last_word, last_start = words[index + count - 1]
        bare = without_possessive(last_word).rstrip(".,") if count else last_word
        for candidate_end in (last_start + len(last_word), last_start + len(bare)):
            surface = text[first_start:candidate_end]
            name = table.canonical.get(surface)
            if name is None:
                continue
            with_the = text[max(0, first_start - 4) : first_start]
            if with_the.lower() == "the " and ("the " + surface) in table.canonical:
                return "the " + surface, first_start - 4, name, count
            return surface, first_start, name, count
    return None


def _names(
    text: str, words: list[tuple[str, int]], offset: int, known_names: Container[str]
) -> list[Entity]:
    """An unknown capitalised name, without leading function words and possessives."""
    # A lower-case joiner left in front by a split ("U.S. and North Korean": "and North
    # Korean") starts no name; a capitalised one does ("Van Morrison").
    while words and (
        words[0][0].rstrip(".,") in _NOT_NAMES
        or words[0][0] in _TRAILING_JOINERS
        or without_possessive(words[0][0]) in _CONTRACTED
    ):
        words = words[1:]
    while words and words[-1][0].lower() in _NAME_END_JOINERS:
        words = words[:-1]
    if not words:
        return []
    start = words[0][1]
    name = without_possessive(text[start : words[-1][1] + len(words[-1][0])]).rstrip(".,")
    if len(name) < 2 or (name.isupper() and len(name) > 12):
        return []
    possessive = text[start + len(name) : start + len(name) + 1] in ("'", "’")
    # ``known_names`` is asked last: the parser memoises a sentence together with the
    # names it asked about, and only a sentence-initial word needs the answer.
    if (
        len(words) == 1
        and not possessive
        and _sentence_initial(text, start)
        and name not in known_names
    ):
        return []
    return [_entity(name, name, start, offset)]


#: Words a name does not end with ("Bank of", "Abu al"), nor start with in lower case.
_TRAILING_JOINERS = ("of", "the", "de", "al", "and", "von", "van", "&")
#: ... nor "for", which joins a run only after an office (``_DOMAIN_FOR``): an alias after
#: it ("Minister for Washington") leaves the office alone, "Minister", not "Minister for".
_NAME_END_JOINERS = (*_TRAILING_JOINERS, "for")


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 12) : start].rstrip(" \t\"“‘'(")
    if before.endswith(".") and _INITIALISM_END.search(before):
        return False  # "the U.S. Treasury": the period belongs to the abbreviation
    if before.endswith(".") and _after_title(before):
        return False  # "Mr. Ortega": the period ends a title, not a sentence
    return not before or before[-1] in ".!?:\n—-–"


def _after_title(before: str) -> bool:
    words = before.split()
    return bool(words) and words[-1].lower().rstrip(".") in tables.person_titles()[0]


_INITIALISM_END = re.compile(r"(?:[A-Z]\.){2,}$")


def capitalised_words(text: str) -> frozenset[str]:
    """Words written with a capital after another word (so they are names, not starters).

    A word after a blank line is a paragraph's first, whatever ends the line before: a
    caption or a heading often has no full stop ("... on Thursday morning" then "Arrest:
    An unidentified man ..."). One line break is a hard-wrapped sentence going on."""
    # ``findall`` returns the groups' texts, without building a match object per word.
    return frozenset(word for blank, word in _MID_CAPITAL.findall(text) if blank.count("\n") < 2)


_MID_CAPITAL = re.compile(r"[a-z,;](\s+)([A-Z][a-z]+)\b")


def _entity(surface: str, canonical: str, start: int, offset: int) -> Entity:
    # Every field, in the model's order (a dict literal): _ENTITY checks the first one only.
    return _ENTITY(
        {
            "text": surface,
            "canonical": canonical,
            "start": offset + start,
            "end": offset + start + len(surface),
        }
    )


_ENTITY = Builder(Entity)
