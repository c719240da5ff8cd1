"""Headlines: their verbs are seen on the title line, and a headline that restates its lead
is folded into the lead's cluster (parse/headlines.py, match/headlines.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack import normalize
from claimtrack.api import extract_claims
from claimtrack.match.headlines import (
    NO_KEY,
    blocking_view,
    fold_into_groups,
    is_headline,
    openings,
    restated_headlines,
)
from claimtrack.models import Article, Certainty, Claim, Kind
from claimtrack.options import Options
from claimtrack.parse import parse_article
from claimtrack.parse.build import parse_statement
from claimtrack.parse.headlines import explainer_title, has_headline_verb, in_masthead
from claimtrack.pipeline import build_report

BODY = "\n\nThe council met on Monday evening in the town hall.\n"


def _first(text: str) -> Claim:
    return extract_claims(text)[0]


@pytest.mark.parametrize(
    "title",
    [
        "Mayor postpones bridge vote until May",
        "Harbour board extends fishing ban on northern coast",
        "Regional Court Hears Appeal In Landfill Case",
        "Minister apologizes for remarks about nurses",
        "Council Members Read Budget On First Day Of Session",
        "Governor hints at early exit from office",
    ],
)
def test_a_title_line_with_a_headline_verb_is_a_fact(title: str) -> None:
    claim = _first(title + BODY)
    assert claim.kind is Kind.FACT
    assert claim.dropped is None


@pytest.mark.parametrize(
    "title",
    [
        "Latest Videos",
        "What to know about the vote",
        "Weekend Reading List",
        "The extends of the law",  # after a determiner: a noun
        "Hints and exemptions",  # the first word is never the verb
    ],
)
def test_a_title_line_without_a_headline_verb_stays_a_heading(title: str) -> None:
    assert _first(title + BODY).dropped == "heading"


def test_a_deck_under_the_title_is_read_as_a_headline_too() -> None:
    text = "Bridge row\nMayor postpones bridge vote\n\nThe council met on Monday.\n"
    claims = {c.text.rstrip("."): c for c in extract_claims(text)}
    assert claims["Mayor postpones bridge vote"].kind is Kind.FACT


@pytest.mark.parametrize(
    ("text", "line", "expected"),
    [
        ("Title\n\nDeck\nBody starts. More", "Title", True),
        ("Title\n\nDeck\nBody starts. More", "Deck", True),
        ("Title\n\nDeck\nBody starts.\nHeading", "Heading", False),
        ("One\nTwo\nThree\nFour\nFive", "Five", False),  # more lines than a masthead
    ],
)
def test_in_masthead(text: str, line: str, expected: bool) -> None:
    assert in_masthead(text, text.index(line)) is expected


def test_headline_verbs_are_read_on_the_title_line_only() -> None:
    # A section heading in the body keeps the short verb list: "hints" is a noun here.
    text = "Storm closes roads across county.\n\nTravel hints for the summer\n\nMore text."
    claims = {c.text.rstrip("."): c for c in extract_claims(text)}
    assert claims["Travel hints for the summer"].dropped == "heading"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mayor postpones bridge vote", True),
        ("Senators read the charter aloud", True),  # a base form after a plural subject
        ("Mayor's read on the budget", False),  # after a possessive: a noun
        ("For extends", False),
        ("Mayor postponing bridge vote", False),  # an -ing form is not read as the verb
        ("Bridge vote", False),
    ],
)
def test_has_headline_verb(text: str, expected: bool) -> None:
    assert has_headline_verb(text) is expected


LEAD_ARTICLE = (
    "Mayor delays bridge vote until May\n\n"
    "Mayor Ana Ruiz delayed the vote on the new river bridge until May, the council said "
    "on Monday.\n\n"
    "The bridge would link the two halves of the old town.\n"
)
UNRELATED_TITLE = (
    "Library opens new wing for children\n\n"
    "Mayor Ana Ruiz delayed the vote on the new river bridge until May.\n\n"
    "The bridge would link the two halves of the old town.\n"
)


def _keyed(text: str, article: str = "text") -> tuple[list[Claim], list[normalize.MatchKey]]:
    options = Options()
    claims = [
        c.model_copy(update={"article_id": article, "id": f"{article}:{c.line}"})
        for c in extract_claims(text)
        if c.kind in options.kinds
    ]
    return claims, normalize.normalize_claims(claims, options)


def test_a_headline_that_restates_its_lead_is_folded_into_it() -> None:
    claims, keys = _keyed(LEAD_ARTICLE)
    assert is_headline(claims[0])
    folded = restated_headlines(claims, keys)
    assert folded == {0: 1}
    assert blocking_view(keys, folded)[0] == NO_KEY
    assert blocking_view(keys, folded)[1] == keys[1]


def test_a_headline_that_restates_no_lead_claim_is_not_folded() -> None:
    claims, keys = _keyed(UNRELATED_TITLE)
    assert is_headline(claims[0])
    assert restated_headlines(claims, keys) == {}


def test_a_headline_with_a_figure_its_lead_lacks_is_not_folded() -> None:
    claims, keys = _keyed(LEAD_ARTICLE.replace("bridge vote until May", "bridge vote by 30 days"))
    assert restated_headlines(claims, keys) == {}


def test_a_punctuated_first_sentence_is_no_headline() -> None:
    claims, keys = _keyed("Mayor delays bridge vote until May." + LEAD_ARTICLE[34:])
    assert not is_headline(claims[0])
    assert restated_headlines(claims, keys) == {}


def test_a_lead_from_another_article_restates_no_headline() -> None:
    headline, headline_keys = _keyed("Mayor delays bridge vote until May\n", "a")
    lead, lead_keys = _keyed(LEAD_ARTICLE.split("\n\n", 1)[1], "b")
    assert restated_headlines(headline + lead, headline_keys + lead_keys) == {}


def test_fold_into_groups_moves_a_lone_headline_to_its_lead() -> None:
    groups = [[0], [1, 5], [2], [3, 4]]
    assert fold_into_groups(groups, {0: 1, 2: 3}) == [[0, 1, 5], [2, 3, 4]]


def test_fold_into_groups_leaves_a_headline_that_was_grouped() -> None:
    groups = [[0, 7], [1, 5]]
    assert fold_into_groups(groups, {0: 1}) == groups


def test_fold_into_groups_passes_the_other_groups_on_as_they_are() -> None:
    # a group that takes no headline is the same list, not a copy; the order is by first
    # member, a headline before its lead's first member too
    groups = [[0, 9], [1], [2, 3], [4], [5, 6], [8]]
    folded = {4: 2, 8: 0, 1: 5}
    found = fold_into_groups(groups, folded)
    assert found == [[0, 8, 9], [1, 5, 6], [2, 3, 4]]
    untouched = [[0], [1, 5], [2], [3, 4], [6, 7]]
    found = fold_into_groups(untouched, {0: 1})
    assert found == [[0, 1, 5], [2], [3, 4], [6, 7]]
    assert found[1] is untouched[2] and found[3] is untouched[4]


def test_fold_into_groups_leaves_headlines_a_link_placed() -> None:
    # headline 3 sits in a group of two (a conflict link): it stays; headline 6 alone moves
    groups = [[0, 1], [2], [3, 4], [5], [6]]
    assert fold_into_groups(groups, {3: 0, 6: 2}) == [[0, 1], [2, 6], [3, 4], [5]]
    assert fold_into_groups(groups, {3: 0}) is groups


def _write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text, encoding="utf-8")


def test_the_report_puts_a_restating_headline_in_its_leads_cluster(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", LEAD_ARTICLE)
    _write(
        tmp_path,
        "b.txt",
        "Bridge vote put off\n\nMayor Ana Ruiz has delayed the council vote on the river "
        "bridge until May, two council members told reporters. Road works near the harbour "
        "start next week.\n",
    )
    report = build_report([tmp_path], Options(use_cache=False))
    cluster_of = {i: c for c in report.clusters for i in c.claim_ids}
    claims = [c for c in report.claims if c.article_id.endswith("a.txt")]
    headline, lead = claims[0], claims[1]
    assert headline.line == 1 and lead.line == 3
    assert cluster_of[headline.id] is cluster_of[lead.id]
    assert cluster_of[lead.id].verdict.value == "agree"


def _all_claims(text: str) -> list[Claim]:
    """Every claim of one article, boilerplate too (as the pipeline's ``analyse`` gets them)."""
    article = Article(id="text", path="<text>", source="text", text=text)
    return parse_article(article, Options())


@pytest.mark.parametrize(
    "opening",
    ["Source: Harbour Press Wire\n\n", "Source: Town Crier\n\nAdvertisement\n\n"],
)
def test_a_title_under_a_credit_line_is_still_the_headline(opening: str) -> None:
    every = _all_claims(opening + LEAD_ARTICLE)
    options = Options()
    claims = [c for c in every if c.kind in options.kinds]
    keys = normalize.normalize_claims(claims, options)
    opened = openings(every)
    assert claims[0].sentence_start > 0
    assert is_headline(claims[0], opened["text"])
    assert restated_headlines(claims, keys, opened) == {0: 1}
    # without the openings, the title is not at the start of the text: no headline
    assert restated_headlines(claims, keys) == {}


def test_a_title_line_further_down_is_no_headline_under_a_credit_line() -> None:
    # the credit line is skipped, the lead sentence is then the opening: a line without
    # final punctuation after it is a body heading, never folded into the lead
    text = (
        "Source: Harbour Press Wire\n\n"
        "Mayor Ana Ruiz delayed the vote on the new river bridge until May.\n\n"
        "Mayor delays bridge vote until May\n\n"
        "Mayor Ana Ruiz delayed the vote on the river bridge until May, aides said.\n"
    )
    every = _all_claims(text)
    options = Options()
    claims = [c for c in every if c.kind in options.kinds]
    keys = normalize.normalize_claims(claims, options)
    assert restated_headlines(claims, keys, openings(every)) == {}


def test_openings_skip_boilerplate_only() -> None:
    every = _all_claims("Source: Harbour Press Wire\n\n" + LEAD_ARTICLE)
    first = min(c.sentence_start for c in every if c.kind is not Kind.BOILERPLATE)
    assert any(c.kind is Kind.BOILERPLATE for c in every)
    assert openings(every) == {"text": first}


def _keys_given_to_blocking(monkeypatch: pytest.MonkeyPatch) -> list[list[normalize.MatchKey]]:
    """Record the match keys each report hands blocking (``match.candidate_pairs``)."""
    from claimtrack import match

    seen: list[list[normalize.MatchKey]] = []
    real = match.candidate_pairs

    def spy(article_ids: list[str], keys: list[normalize.MatchKey], options: Options) -> object:
        seen.append(list(keys))
        return real(article_ids, keys, options)

    monkeypatch.setattr(match, "candidate_pairs", spy)
    return seen


@pytest.mark.parametrize(
    ("name", "opening"),
    [
        ("a.txt", "Source: Harbour Press Wire\n\n"),  # a wire credit above the title line
        ("a.md", "---\ntitle: Mayor delays bridge vote\nsource: Town Crier\n---\n\n# "),
    ],
)
def test_the_report_folds_a_headline_under_a_credit_line_or_front_matter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, opening: str
) -> None:
    seen = _keys_given_to_blocking(monkeypatch)
    _write(tmp_path, name, opening + LEAD_ARTICLE)
    _write(tmp_path, "b.txt", UNRELATED_TITLE)
    report = build_report([tmp_path], Options(use_cache=False))
    (keys,) = seen
    assert sum(key == NO_KEY for key in keys) == 1  # the headline under the credit line
    cluster_of = {i: c for c in report.clusters for i in c.claim_ids}
    claims = [c for c in report.claims if c.article_id.endswith(name)]
    headline = next(c for c in claims if c.text.startswith("Mayor delays"))
    lead = next(c for c in claims if c.text.startswith("Mayor Ana Ruiz"))
    assert headline.sentence_start > 0
    assert cluster_of[headline.id] is cluster_of[lead.id]


def test_a_folded_headline_spends_no_partner_slot_in_blocking(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pipeline hands blocking an empty key for a restating headline, so it never takes
    a partner slot of another article's claim (the slot its own lead needs)."""
    seen = _keys_given_to_blocking(monkeypatch)
    _write(tmp_path, "a.txt", LEAD_ARTICLE)
    _write(tmp_path, "b.txt", UNRELATED_TITLE)
    build_report([tmp_path], Options(use_cache=False))
    (keys,) = seen
    assert keys[0] == NO_KEY  # a.txt's headline, restated by its lead
    assert sum(key == NO_KEY for key in keys) == 1  # b.txt's headline restates nothing


def _figures_and_names(title: str) -> tuple[list[float | None], list[str]]:
    claim = _first(title + BODY)
    return [n.low for n in claim.numbers], [e.text for e in claim.entities]


@pytest.mark.parametrize(
    ("title", "figure", "gone"),
    [
        ("Company Paid $12 Million in Taxes Over Five Years", 5.0, "Five Years"),
        ("Mill Owners Report Profit of $3 Million in Nine Months", 9.0, "Nine Months"),
        ("Port Strike Ends After Eleven Days", 11.0, "Eleven Days"),
    ],
)
def test_a_title_case_figure_is_not_read_as_a_name(title: str, figure: float, gone: str) -> None:
    figures, names = _figures_and_names(title)
    assert figure in figures
    assert not any(gone in name for name in names)


def test_a_title_case_name_keeps_the_words_before_its_figure() -> None:
    _, names = _figures_and_names("Mayor Gets 12 Percent In First Poll")
    assert "First Poll" in names
    assert not any("Percent" in name for name in names)


@pytest.mark.parametrize(
    ("title", "name"),
    [
        # A name that goes on past the figure it starts with stays whole.
        ("Three Mile Island Reopens After Long Repairs", "Three Mile Island"),
        # Sentence case: capitalised words after a figure are a name.
        ("Storm hits 3 Rivers Park on Sunday, officials say", "Rivers Park"),
    ],
)
def test_names_with_figures_are_kept(title: str, name: str) -> None:
    _, names = _figures_and_names(title)
    assert any(name in found for found in names)


def test_a_name_that_ends_with_a_number_word_is_kept() -> None:
    _, names = _figures_and_names("Sponsored Content From Harbour Bank One")
    assert any(name.endswith("Bank One") for name in names)


def test_auxiliaries_left_of_a_cut_figure_are_no_name() -> None:
    _, names = _figures_and_names("No, There Won't Be Nine Days Of Rain In June")
    assert not any("Won't" in name for name in names)


# --- title case: the cue words a headline capitalises ------------------------------------------


def _statement(text: str) -> Claim:
    return parse_statement(text)


@pytest.mark.parametrize(
    ("title", "certainty", "cue"),
    [
        ("Bakery Chain Will Stop Selling Bread", Certainty.PLANNED, "will"),
        ("Harbour Board Will Not Extend Fishing Ban", Certainty.PLANNED, "will"),
        ("Harbour Board Says It Won't Extend Fishing Ban", Certainty.PLANNED, "won't"),
        ("City Council May Ban Scooters In Parks", Certainty.HEDGED, "may"),
        ("Ferry Operator Reportedly Cancels Winter Timetable", Certainty.HEDGED, "reportedly"),
        ("Regional Airline Could Drop Three Routes", Certainty.HEDGED, "could"),
        ("Museum Is Set To Reopen Its West Wing", Certainty.PLANNED, "is set to"),
    ],
)
def test_a_title_case_headline_reads_its_capitalised_cue(
    title: str, certainty: Certainty, cue: str
) -> None:
    claim = _statement(title)
    assert (claim.certainty, claim.certainty_cue) == (certainty, cue)


@pytest.mark.parametrize(
    "title",
    [
        "Will Smith Stops Selling Wine",  # a name before no verb
        "Actor Will Ferrell Opens Bakery In Leeds",
        "May Sales Rose Five Percent At Bakeries",  # the month before a past form
        "Bakery Sales In May Beat Forecasts",
    ],
)
def test_a_capitalised_will_or_may_before_no_verb_is_a_name(title: str) -> None:
    assert _statement(title).certainty is Certainty.ASSERTED


def test_a_sentence_case_sentence_reads_as_before() -> None:
    assert _statement("The mayor will stop the project, officials said.").certainty_cue == "will"
    # "Reportedly" opens the sentence: read as ever; a mid-sentence "May" is the month
    assert _statement("Reportedly the mayor quit.").certainty is Certainty.HEDGED
    assert _statement("The Mayor met Council Members on May Day.").certainty is Certainty.ASSERTED


@pytest.mark.parametrize(
    ("title", "verb"),
    [
        ("Man Did Not Swallow A Live Eel", "swallow"),
        ("Tech Founder Has Not Banned Staff From Meetings", "ban"),
        ("Bakery Chain Will Stop Selling Bread", "stop"),
        ("Harbour Board Is Closing Its Northern Pier", "close"),
    ],
)
def test_a_title_case_verb_after_an_auxiliary_is_the_predicate(title: str, verb: str) -> None:
    claim = _statement(title)
    assert claim.predicate is not None and claim.predicate.split()[0] == verb


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Viral Photo Wasn't Paul Rudd At The Airport", "paul"),  # a name after "be"
        ("Critics Ask Who Did It", "it"),  # a pronoun after the auxiliary
        ("Actor Will Smith Opens Bakery", "smith"),  # "Will" is no auxiliary here
    ],
)
def test_a_title_case_name_after_an_auxiliary_is_no_verb(title: str, name: str) -> None:
    predicate = _statement(title).predicate
    assert predicate is None or predicate.split()[0] != name


@pytest.mark.parametrize(
    ("title", "speaker", "content"),
    [
        ("Harbour Board Says It Will Extend Fishing Ban", "Harbour Board", "Harbour Board Will"),
        ("Ferry Workers Warn That Strike Could Last Weeks", "Ferry Workers", "Strike Could"),
        ("Mayor Told Reporters He Would Resign In May", "Mayor", "He Would Resign"),
        ("Tolls Will Rise In April, Harbour Board Says", "Harbour Board", "Tolls Will Rise"),
    ],
)
def test_a_title_case_verb_of_saying_names_the_speaker(
    title: str, speaker: str, content: str
) -> None:
    """ "Says" was read as no verb of saying, so the whole title was the writer's fact."""
    claim = _statement(title)
    assert (claim.attribution, claim.text.startswith(content)) == (speaker, True)


@pytest.mark.parametrize(
    "title",
    [
        "Insurance Claims Rise Sharply In March",  # "Claims" a noun: not lowered
        "Police Reports Show Fewer Burglaries",
        "Bakery Reveals New Winter Menu",  # revealing a thing, not saying a clause
    ],
)
def test_a_title_case_noun_or_object_verb_names_no_speaker(title: str) -> None:
    assert _statement(title).attribution is None


def test_an_article_title_with_a_speaker_resolves_its_pronoun() -> None:
    text = "Harbour Board Says It Will Extend Fishing Ban\n\nThe board met on Monday.\n"
    claim = extract_claims(text)[0]
    assert (claim.text, claim.attribution) == (
        "Harbour Board Will Extend Fishing Ban.",
        "Harbour Board",
    )


@pytest.mark.parametrize(
    ("title", "word"),
    [
        ("Harbour tax rise: what it means for your rent", "what"),
        ("Selby flood: how it happened", "how"),
        ("Bridge closure: why it will cost commuters more", "why"),
        ("Lind Street fire: what we know so far", "what"),
        ("Ferry fares: what you need to know", "what"),
        ("# Kell budget: what happens next", "what"),
    ],
)
def test_a_topic_and_a_promise_to_explain_it_is_an_explainer_title(title: str, word: str) -> None:
    assert explainer_title(title.removeprefix("# ")) == word
    first = parse_article(Article(id="a", path="a.md", source="a", text=title + BODY))[0]
    assert first.kind is Kind.META
    assert first.dropped == f"heading: an explainer's title ('{word}')"


@pytest.mark.parametrize(
    "title",
    [
        "Ferry strike ends: what it means",  # the label states its news
        "Kell ferry strike: how the week unfolded",  # a subject of its own: news
        "Film awards: why Lena Moss turned the prize down",
        "Mayor Lind: what it is like to run a port",
        "Mayor Lind: what we need is a new bridge",  # the clause is a subject
        "Port strike: what next",  # no verb: a heading
        "Ruiz: why am I leaving the club?",  # a question
        "The council asked: what will it cost",  # a label with a verb
        "Talks collapse after Kell rejects offer",
        "Kell port strike, the longest in its history: what it means",  # too long a label
    ],
)
def test_other_titles_are_no_explainer_titles(title: str) -> None:
    assert explainer_title(title) is None


def test_an_explainer_wording_below_the_first_sentence_is_left_to_the_body_rules() -> None:
    text = "The Kell council raised the harbour tax on Monday.\n\nTax rise: how it happened\n"
    claims = parse_article(Article(id="a", path="a.md", source="a", text=text))
    assert [c.dropped for c in claims] == [None, None]
