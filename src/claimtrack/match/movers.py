"""Two claims that tell a level moving, of two different things: "The crown rose against the
euro after the announcement" and "Government bond yields rose slightly after the
announcement" share the verb and the rest of their words, yet a journalist never lines the
crown up with the bond yields. What moved is named by the words just before the movement
(``mover``); when neither claim's mover is among the other claim's words, the pair tells two
movements (``movers_apart``) and never makes one fact, as the figures of two events do
(``frames.figures_of_other_events``). It stays related, so the judge still compares it.

The movement classes are in data/moving_predicates.txt (class names of data/predicates.txt).
"""

from __future__ import annotations

from functools import lru_cache

from claimtrack.normalize import CLASS_PREFIX, MatchKey, data_lines, stem

#: Content words before the movement read as what moved: "Government bond yields rose" (3),
#: "The Ostland crown rose" (2: the name and "crown").
MOVER_REACH = 3


@lru_cache(maxsize=1)
def moving_classes() -> frozenset[str]:
    """The predicate classes that tell a level moving (data/moving_predicates.txt)."""
    return frozenset(line.strip() for line in data_lines("moving_predicates.txt"))


@lru_cache(maxsize=1)
def _moving_tokens() -> frozenset[str]:
    return frozenset(CLASS_PREFIX + name for name in moving_classes())


def moves(key: MatchKey) -> bool:
    """The claim tells a level moving (one of its predicates is a movement class)."""
    return not moving_classes().isdisjoint(key.predicates)


@lru_cache(maxsize=1 << 12)
def mover(text: str, numbers: frozenset[str]) -> frozenset[str]:
    """The up to ``MOVER_REACH`` tokens of a key's ``text`` before its first movement token,
    figures aside: what moved ("ent_ostland crown @rise against ..." -> ent_ostland, crown).
    Empty when the movement opens the claim ("The increase was priced in")."""
    tokens = text.split()
    moving = _moving_tokens()
    for index, token in enumerate(tokens):
        if token in moving:
            before = [
                t for t in tokens[:index] if t not in numbers and not t.startswith(CLASS_PREFIX)
            ]
            return frozenset(_bare(t) for t in before[-MOVER_REACH:])
    return frozenset()


def _bare(token: str) -> str:
    """``token`` without a possessive ending, stemmed as the word alone is ("acme's" ->
    "acm", as "Acme" gives): "Acme's stock" and "shares of Acme" name one mover."""
    return stem(token[:-2]) if token.endswith("'s") else token


def movers_apart(a: MatchKey, b: MatchKey) -> bool:
    """Both claims tell a level moving in one class ("rose" / "climbed"), each names what
    moved, and neither's mover is among the other claim's words: two movements ("the crown
    rose" / "bond yields rose"). "Acme shares rose" and "Acme's stock climbed" share the
    name: one movement; "unemployment fell to 4.1 percent" and "the jobless rate dropped to
    4.1 percent" share the figure, which ties them whatever names the mover. Reads the
    keys' ``text`` (call it before ``normalize.drop_scoring_texts``)."""
    if a.numbers & b.numbers or a.predicates.isdisjoint(b.predicates & moving_classes()):
        return False
    mover_a, mover_b = mover(a.text, a.numbers), mover(b.text, b.numbers)
    if not mover_a or not mover_b:
        return False
    return mover_a.isdisjoint(map(_bare, b.tokens)) and mover_b.isdisjoint(map(_bare, a.tokens))
