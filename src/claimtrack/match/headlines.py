"""Headlines that restate their article's lead: one statement of the article, not two.

A news article opens with a headline ("Mayor delays bridge vote until May") and a lead
sentence that tells the same news in full ("Mayor Ana Ruiz on Monday delayed the vote on the
new bridge until May 4"). As two claims they would compete for the same partners in other
articles: blocking keeps a limited number of partners per claim, and grouping wants most
cross-source pairs of two groups to match, so the headline can push its own lead out of the
cluster where the other outlets' leads sit, and the lead loses its cross-source partner.

So a headline that restates one of the first claims of its own article is folded into it:
it takes no part in blocking (no partner slot is spent on it, no other claim's on it) and
joins the cluster of the claim it restates, where the report still shows it. A headline
that restates none of them (the article's news is told further down, or not at all) is
matched like any claim.

A headline is the article's first sentence when it starts the text and ends without final
punctuation (a title line); a credit or other boilerplate line above it ("Source: Harbour
Press Wire", as wire copy opens), or a file's front matter, does not count as the start
(``openings``). It restates a claim when most of its match tokens (names, lemmas, figures,
event classes) are among that claim's, and every figure it gives is the claim's too (a
figure only the headline gives is a statement of its own, which may conflict).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from claimtrack.models import Claim, Kind
from claimtrack.normalize import MatchKey

#: How many of the article's claims after its headline are its lead (the first paragraph
#: is a sentence or two, split into a few claims).
LEAD_CLAIMS = 4
#: Share of the headline's match tokens a lead claim must hold to restate it: headlinese
#: drops articles, days and titles, so the lead holds most of the headline's words, not all.
RESTATED_SHARE = 0.6
#: Fewest shared tokens: "Trump wins" restates no sentence by two words alone.
MIN_SHARED = 3
#: A sentence ending in one of these is body text, not a title line.
_FINAL_PUNCTUATION = ".!?…"

#: The key of a folded headline in blocking: no token, no frame, so no partner.
NO_KEY = MatchKey(text="", tokens=())


def is_headline(claim: Claim, opening: int = 0) -> bool:
    """The article's title line: its first sentence, starting the text (at ``opening``, the
    start of its first sentence that is no boilerplate: ``openings``), without final
    punctuation ("Mayor delays bridge vote", not "The mayor delayed the vote.")."""
    sentence = claim.sentence.rstrip()
    return (
        claim.sentence_start == opening
        and bool(sentence)
        and sentence[-1] not in _FINAL_PUNCTUATION
        and not claim.quoted
    )


def openings(claims: Sequence[Claim]) -> dict[str, int]:
    """Each article's opening: where its first sentence that is no boilerplate starts. Wire
    copy may open with a credit line ("Source: Coastline Wire") above its title line; the
    title is still the article's headline."""
    found: dict[str, int] = {}
    for claim in claims:
        if claim.kind is Kind.BOILERPLATE:
            continue
        start = found.get(claim.article_id)
        if start is None or claim.sentence_start < start:
            found[claim.article_id] = claim.sentence_start
    return found


def restated_headlines(
    claims: Sequence[Claim], keys: Sequence[MatchKey], opened: Mapping[str, int] | None = None
) -> dict[int, int]:
    """Headline index -> the index of the lead claim of the same article it restates (the
    one holding the largest share of its tokens, the earliest on a tie), for every headline
    whose lead restates it. ``claims`` are in article order, as parsed; ``opened`` gives
    each article's opening (``openings`` of all its claims: 0 for an article not in it)."""
    opened = opened or {}
    folded: dict[int, int] = {}
    for index, claim in enumerate(claims):
        if not is_headline(claim, opened.get(claim.article_id, 0)):
            continue
        lead = _restating_claim(index, claims, keys)
        if lead is not None:
            folded[index] = lead
    return folded


def _restating_claim(
    headline: int, claims: Sequence[Claim], keys: Sequence[MatchKey]
) -> int | None:
    """The lead claim that holds most of the headline's tokens, if one holds enough."""
    article = claims[headline].article_id
    tokens = set(keys[headline].tokens)
    if len(tokens) < MIN_SHARED:
        return None
    best: int | None = None
    best_shared = 0
    for index in range(headline + 1, min(headline + 1 + LEAD_CLAIMS, len(claims))):
        if claims[index].article_id != article:
            break
        if claims[index].sentence_start == claims[headline].sentence_start:
            continue  # another claim of the headline itself ("A; B")
        if not keys[headline].numbers <= keys[index].numbers:
            continue  # a figure only the headline gives is its own (and may conflict)
        shared = len(tokens.intersection(keys[index].tokens))
        if shared > best_shared:
            best, best_shared = index, shared
    if best is None or best_shared < MIN_SHARED or best_shared < RESTATED_SHARE * len(tokens):
        return None
    return best


def blocking_view(keys: Sequence[MatchKey], folded: dict[int, int]) -> list[MatchKey]:
    """``keys`` with every folded headline's key emptied: blocking gives it no partner."""
    view = list(keys)
    for headline in folded:
        view[headline] = NO_KEY
    return view


def fold_into_groups(groups: list[list[int]], folded: dict[int, int]) -> list[list[int]]:
    """``groups`` with each folded headline moved into the group of the claim it restates,
    when it stands alone (a headline a conflict link placed elsewhere stays there). Groups
    stay sorted by their first member, members ascending, as ``group`` returns them (and
    as they must come: a group that takes no headline is passed on as it is, not copied).

    WHY only the headlines' and their leads' groups looked up, and the other groups passed
    on: a map of every claim to its group and a sorted copy of every group (most of them
    one claim) were alive beside the groups themselves, at the judge's peak (a dict entry,
    a list and an int object a claim: about 90 MB at 10,000 articles)."""
    if not folded:
        return groups
    wanted = {*folded, *folded.values()}
    group_of: dict[int, int] = {}
    for number, members in enumerate(groups):
        for member in members:
            if member in wanted:
                group_of[member] = number
    alone = {h for h in folded if len(groups[group_of[h]]) == 1}
    if not alone:
        return groups
    joined: dict[int, list[int]] = {}
    for headline in alone:
        joined.setdefault(group_of[folded[headline]], []).append(headline)
    del group_of
    result = [
        sorted(members + joined[number]) if number in joined else members
        for number, members in enumerate(groups)
        if not (len(members) == 1 and members[0] in alone)
    ]
    return sorted(result, key=lambda members: members[0])
