"""Two acts of two doers: "Harbury finished fourth in the league last season" / "The
winger netted 14 times in the league last season" share a setting and score as one
statement, yet their main verbs differ, their subjects differ, and neither claim names the
other's subject: what each says is done by another party, and is another act
(``acts_of_two_doers``). Such a pair never makes one fact, however high the model scores
it (``frames.verbs_apart`` tells apart only the pairs the model does not match)."""

from __future__ import annotations

from functools import lru_cache

from claimtrack.match.frames import _denies, one_telling
from claimtrack.normalize import ENTITY_PREFIX, MatchKey, data_lines, load_tables, stem


def _own_subject(key: MatchKey) -> frozenset[str]:
    """The tokens of the claim's subject: its names and its own words ("the striker" ->
    striker); empty for a pronoun or a subject the parser did not find."""
    return key.subject | key.agent | frozenset(key.subject_words)


def _words(tokens: frozenset[str]) -> frozenset[str]:
    """``tokens`` with each name token also read word by word ("ent_residents_of_larkspur"
    -> residents, of, larkspur), so that a subject named in part by the other claim
    ("Residents of Larkspur" / "people in and around Larkspur") counts as named."""
    words = set(tokens)
    for token in tokens:
        if token.startswith(ENTITY_PREFIX):
            words.update(w for w in token[len(ENTITY_PREFIX) :].split("_") if len(w) > 2)
    return frozenset(words)


def acts_of_two_doers(a: MatchKey, b: MatchKey) -> bool:
    """Both claims have a main verb and a subject of their own (``MatchKey.verb``,
    ``_own_subject``); the verbs differ and neither stands among the other claim's words;
    they share no predicate class, no event frame and no figure; one of them at least gives a
    figure, and what each figure counts is no word of the other claim; neither claim holds a
    word of the other's subject; neither denies; and they are not one telling (a quotation,
    or one's words inside the other's).

    Left alone: "He will wear the No. 8 shirt" (a pronoun), "The winger scored 14 goals" /
    "Ferro netted 14 times" (one figure), "The Senate passed the bill" / "The bill cleared
    the Senate" (the other's subject named); and, without a figure, two verbs and two
    subjects that may well tell one act ("Torvane will file for approval with the agency" /
    "The company will apply to the agency for approval"; "The burglars entered through a
    skylight" / "The thieves broke in through a skylight")."""
    if not _two_verbs_two_doers(a, b):
        return False
    if not a.numbers.isdisjoint(b.numbers) or not (a.numbers or b.numbers):
        return False
    # a count of a thing the other claim does not name ("19 times" against a rank)
    if not a.number_contexts.isdisjoint(b.tokens) or not b.number_contexts.isdisjoint(a.tokens):
        return False
    if _denies(a) or _denies(b):
        return False
    return not one_telling(a, b)


def _two_verbs_two_doers(a: MatchKey, b: MatchKey) -> bool:
    """What both rules of this module ask first: two main verbs that differ, neither among
    the other claim's words, of no shared predicate class or event frame; two subjects of
    their own, neither named in the other claim."""
    if not a.verb or not b.verb or a.verb == b.verb:
        return False
    if a.verb in b.tokens or b.verb in a.tokens:
        return False
    if not a.predicates.isdisjoint(b.predicates) or not a.frames.isdisjoint(b.frames):
        return False
    subject_a, subject_b = _own_subject(a), _own_subject(b)
    if not subject_a or not subject_b:
        return False
    if not _words(subject_a).isdisjoint(_words(frozenset(b.tokens))):
        return False
    return _words(subject_b).isdisjoint(_words(frozenset(a.tokens)))


#: The word that opens a clause telling when the main clause's act happened ("The search
#: began on Friday when the climbers failed to return"). WHY only "when": "after", "as" and
#: "before" clauses often tell the news itself ("Commuters queued after the bridge was
#: closed"), and their main clause is then what differs between two outlets' tellings.
_SETTING = "when"


@lru_cache(maxsize=1 << 14)
def main_clause(surface: str) -> frozenset[str]:
    """The stems of the content words before a "when" clause that follows a main clause of
    at least two words ("the search began on friday evening when ..." -> search, begin,
    friday, even), empty when the claim has no such clause."""
    words = surface.split()
    if _SETTING not in words[2:]:
        return frozenset()
    main = words[: words.index(_SETTING, 2)]
    stopwords = _stopwords()
    return frozenset(stem(w) for w in main if w.isalpha() and w not in stopwords)


def acts_in_one_setting(a: MatchKey, b: MatchKey) -> bool:
    """Both claims tell an act and then, in a "when" clause, the setting it happened in; all
    they share lies in those settings: "The search began on Friday evening when the climbers
    failed to return" / "The alarm was raised by a friend when the pair failed to return"
    tell two acts. The main clauses share no content word, the main verbs differ and neither
    stands among the other claim's words, no predicate class, frame or figure is shared,
    neither subject is named in the other claim, neither main clause denies, and they are not
    one telling. "The bridge was closed on Tuesday when inspectors found cracks" /
    "Commuters queued when the bridge was closed": the other claim holds "closed", left
    alone."""
    main_a, main_b = main_clause(a.surface), main_clause(b.surface)
    if not main_a or not main_b or not main_a.isdisjoint(main_b):
        return False
    if not _two_verbs_two_doers(a, b) or not a.numbers.isdisjoint(b.numbers):
        return False
    negations = load_tables(None).negations
    if not main_a.isdisjoint(negations) or not main_b.isdisjoint(negations):
        return False
    return not one_telling(a, b)


def sets_a_scene(key: MatchKey) -> bool:
    """The claim has a main clause and a "when" clause (``main_clause``)."""
    return bool(main_clause(key.surface))


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return frozenset(w.lower() for line in data_lines("stopwords.txt") for w in line.split())
