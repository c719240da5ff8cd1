"""Numbers as intervals with units and counted nouns; years and dates are not quantities."""

from __future__ import annotations

import pytest

from claimtrack.parse.numbers import find_numbers


def one(text: str) -> tuple[float | None, float | None, str | None, str | None]:
    found = find_numbers(text)
    assert len(found) == 1, found
    n = found[0]
    return n.low, n.high, n.unit, n.counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials counted 1,450 damaged homes.", (1450, 1450, None, "home")),
        ("The storm left 37 villages without power.", (37, 37, None, "village")),
        ("The fund lost 2.5 million dollars.", (2.5e6, 2.5e6, "$", None)),
        ("They asked for $4.2 billion in loans.", (4.2e9, 4.2e9, "$", None)),
        ("Turnout reached 64% of voters.", (64, 64, "%", "voter")),
        ("Turnout reached 64 percent of voters.", (64, 64, "%", "voter")),
    ],
)
def test_exact_numbers(text: str, expected: tuple[object, ...]) -> None:
    assert one(text) == expected


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("More than 900 Canadian fishermen joined the strike.", 900, None),
        ("Over 300 flights were cancelled.", 300, None),
        ("At least 15 miners were trapped.", 15, None),
        ("Fewer than 40 delegates attended.", None, 40),
        ("Inflation in Tarnia has stayed above 6 percent since May.", 6, None),
        ("The lake level fell below 12 metres.", None, 12),
        ("Up to 70 trucks crossed the bridge.", None, 70),
        ("About 200 nurses walked out.", 180, 220),
        ("Nearly 50 schools closed.", 45, 50),
        ("Between 10 and 14 ships were seized.", 10, 14),
        ("Some 3,000 - 4,000 people marched.", 3000, 4000),
        ("Inflation has been above 5 percent for a year.", 5, None),
        ("Tickets will be priced above $900.", 900, None),
    ],
)
def test_approximators_make_intervals(text: str, low: float | None, high: float | None) -> None:
    found = find_numbers(text)
    assert len(found) == 1
    assert (found[0].low, found[0].high) == (low, high)
    assert found[0].approximate


@pytest.mark.parametrize(
    ("text", "low", "high", "counts"),
    [
        ("Dozens of farmers blocked the road.", 24, 144, "farmer"),
        ("Tens of thousands of drones were built.", 20000, 100000, "drone"),
        ("Hundreds of students protested.", 200, 1000, "student"),
        ("Twelve sailors were rescued.", 12, 12, "sailor"),
        ("Twenty-one lawmakers voted against it.", 21, 21, "lawmaker"),
        ("Two hundred volunteers helped.", 200, 200, "volunteer"),
        ("A dozen reporters waited outside.", 12, 12, "reporter"),
    ],
)
def test_number_words(text: str, low: float, high: float, counts: str) -> None:
    found = find_numbers(text)
    assert len(found) == 1, found
    assert (found[0].low, found[0].high, found[0].counts) == (low, high, counts)


def test_counted_noun_skips_a_nationality_and_lemmatises() -> None:
    assert one("Some 80 Brazilian casualties were reported.")[3] == "casualty"
    assert one("They freed 14 Norwegian children.")[3] == "child"


@pytest.mark.parametrize(
    "text",
    [
        "The treaty was signed in 1994.",
        "Since 2011 the border has been closed.",
        "The vote was held on March 3, 2019.",
        "The ceasefire began on 12 June.",
        "Talks resumed at 9:30 a.m.",
        "The F-16 and the MiG-29 flew over.",
        "The Covid-19 rules ended.",
        "He became the 45th president.",
        "One of the ministers resigned.",
        # telephone numbers are codes
        "Call the charity's helpline on 0300 123 4567.",
        "Readers can call (212) 555-0143 with tips.",
        "The hotline, 212-555-0143, is open all night.",
        "Call +44 20 7946 0958 to reach the desk.",
        # a figure of an era is a year
        "The fort was first used in 189/199AD.",
        "The city fell in 44 BC.",
    ],
)
def test_years_dates_times_and_codes_are_not_quantities(text: str) -> None:
    assert find_numbers(text) == []


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The score was 3-0 after 20 minutes.", ["3-0", "20"]),
        ("Prices rose from 1,200-1,300 to 1,500.", ["1,200-1,300", "1,500"]),
        ("The car does 0-60 in 4.5 seconds.", ["0-60", "4.5"]),
    ],
)
def test_figures_near_digit_groups_are_not_taken_for_telephone_numbers(
    text: str, figures: list[str]
) -> None:
    assert [n.text for n in find_numbers(text)] == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # two numbers side by side, not their sum
        ("Police found seven eight-year-old boys.", [(7, "boy"), (8, None)]),
        ("Surgeons took one five-hour operation to do it.", [(1, "operation"), (5, None)]),
        # one number over several words
        ("Two hundred five votes were cast.", [(205, "vote")]),
        ("There were twenty-five people.", [(25, "person")]),
    ],
)
def test_a_run_of_number_words_that_is_no_one_number_gives_each(
    text: str, figures: list[tuple[float, str | None]]
) -> None:
    assert [(n.low, n.counts) for n in find_numbers(text)] == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # the "and" of British written numbers, after a hundred or a thousand
        ("There were two hundred and forty people aboard.", [(240, "person")]),
        ("One thousand and five runners finished.", [(1005, "runner")]),
        ("Five hundred and thirty-two seats were filled.", [(532, "seat")]),
        ("Two hundred and twenty-five thousand people marched.", [(225_000, "person")]),
        ("A hundred and fifty homes burned.", [(150, "home")]),
        # an "and" between two figures joins nothing
        ("They sold two hundred and gave away forty.", [(200, None), (40, None)]),
        ("She counted two and three.", [(2, None), (3, None)]),
        ("Between two hundred and three hundred people came.", [(200, None), (300, "person")]),
        ("Two thousand and five hundred people came.", [(2000, None), (500, "person")]),
        ("Five hundred and forty desks and ten chairs.", [(540, "desk"), (10, "chair")]),
    ],
)
def test_and_after_a_hundred_goes_on_with_the_number(
    text: str, figures: list[tuple[float, str | None]]
) -> None:
    assert [(n.low, n.counts) for n in find_numbers(text)] == figures


@pytest.mark.parametrize(
    ("text", "unit", "counts"),
    [
        ("The park covers 40 square metres.", "square m", None),
        ("The tank holds 40 cubic metres of gas.", "cubic m", None),
        ("The villa spans 2,475 square feet.", "square foot", None),
        ("The road is 40 metres long.", "m", None),
    ],
)
def test_an_area_or_a_volume_is_not_a_length(
    text: str, unit: str | None, counts: str | None
) -> None:
    assert one(text)[2:] == (unit, counts)


def test_a_year_with_a_unit_is_a_number() -> None:
    assert one("They paid $2020 in fees.")[:3] == (2020, 2020, "$")


def test_offsets_point_into_the_text_with_the_given_offset() -> None:
    text = "Police said 420 officers were deployed."
    (n,) = find_numbers(text, offset=100)
    assert text[n.start - 100 : n.end - 100] == "420"


def test_modal_may_and_the_word_one_in_no_one() -> None:
    assert find_numbers("No one was hurt.") == []


@pytest.mark.parametrize(
    "text",
    ["Not one passenger was hurt.", "The port held four rounds of talks, and not one succeeded."],
)
def test_not_one_counts_none(text: str) -> None:
    assert 1.0 not in [n.low for n in find_numbers(text)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # "not one but two": two, and the one set against them
        ("Not one but two ships sank.", [1.0, 2.0]),
        ("Not one, but two ships sank.", [1.0, 2.0]),
        ("Only one passenger was hurt.", [1.0]),
    ],
)
def test_one_after_not_but_is_a_figure(text: str, values: list[float]) -> None:
    assert [n.low for n in find_numbers(text)] == values


def test_several_hundred_is_a_range() -> None:
    (n,) = find_numbers("The archive released several hundred letters.")
    assert (n.low, n.high, n.counts) == (200, 1000, "letter")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Investigators drew up four dozen questions.", 48),
        ("Two dozen homes were flooded.", 24),
        ("A dozen homes were flooded.", 12),
    ],
)
def test_dozen_multiplies_what_comes_before_it(text: str, value: float) -> None:
    low, high, _, _ = one(text)
    assert low == high == value


def figures(text: str) -> list[tuple[float | None, float | None, str | None, str | None]]:
    return [(n.low, n.high, n.unit, n.counts) for n in find_numbers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Support stood between 5 and 10 percent.", [(5, 10, "%", None)]),
        ("Inflation rose from 3.5 to 4 percent.", [(3.5, 4, "%", None)]),
        ("Between 2.1 and 2.4 million people voted.", [(2.1e6, 2.4e6, None, "person")]),
        ("The project costs 2.5 to 3 billion dollars.", [(2.5e9, 3e9, "$", None)]),
        (
            "Output fell by 2.1 and 2.4 million tonnes.",
            [(2.1e6, 2.1e6, "ton", None), (2.4e6, 2.4e6, "ton", None)],
        ),
        (
            "Jobless claims were 2.1 and 2.4 million in those months.",
            [(2.1e6, 2.1e6, None, None), (2.4e6, 2.4e6, None, None)],
        ),
        (
            "Growth was put at 4.2 or 4.3 percent.",
            [(4.2, 4.2, "%", None), (4.3, 4.3, "%", None)],
        ),
        ("Only 3 or 4 percent of voters.", [(3, 3, "%", "voter"), (4, 4, "%", "voter")]),
        (
            "The rival bids were $2.1 and $2.4 billion.",
            [(2.1e9, 2.1e9, "$", None), (2.4e9, 2.4e9, "$", None)],
        ),
        (
            "The base tax rate was 31.5, and with local levies the overall rate was 40 percent.",
            [(31.5, 31.5, "%", None), (40, 40, "%", None)],
        ),
        (
            "Her federal rate was 28.4; counting the state, her combined rate was 37.1%.",
            [(28.4, 28.4, "%", None), (37.1, 37.1, "%", None)],
        ),
    ],
)
def test_a_unit_written_once_serves_both_figures(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("Police held 12 people and 40 percent of the stalls shut.", (12, 12, None, "person")),
        ("She scored 12 and 40 percent of her shots went in.", (12, 12, None, None)),
        ("The ratings were 3 and 4 percent of viewers.", (3, 3, None, None)),
        ("The score was 7.5, while the approval rate was 40 percent.", (7.5, 7.5, None, None)),
        ("The index stood at 3.5, and the bond yield stood at 4 percent.", (3.5, 3.5, None, None)),
        ("A 6.1 quake struck and 40 percent of homes lost power.", (6.1, 6.1, None, "quake")),
    ],
)
def test_a_unit_is_not_carried_to_a_count_or_another_kind_of_figure(
    text: str, bare: tuple[object, ...]
) -> None:
    assert figures(text)[0] == bare


@pytest.mark.parametrize(
    ("text", "only"),
    [
        ("Prices rose in 2014 and 45 percent of buyers paid more.", "45 percent"),
        ("The count ended on May 3 and 40 percent had voted.", "40 percent"),
    ],
)
def test_a_year_or_a_day_does_not_take_a_percent(text: str, only: str) -> None:
    assert [(n.text, n.unit) for n in find_numbers(text)] == [(only, "%")]


# --- the number triggers count only at a word's start (scan.Triggers(word_start=True)) ---

_UNUSUAL_FORMS = [
    "Twenty-five workers and forty-two guards were hired.",
    "Someone said about one in ten homes, nearly 3,000, lost power.",
    "No fewer than us$ 5 million and £12 were paid; ONE HUNDRED more waited.",
    "The vote was (five) to four, with 'seven' abstaining and #two absent.",
    "The iPhone network's money often goes to everyone: a dozen phones, scores of them.",
    "Sixteen, seventy-one and tens of thousands of people; several hundred more.",
    "Between 40 and 50 people, and as many as two hundred fifty thousand.",
]


@pytest.mark.parametrize("text", _UNUSUAL_FORMS)
def test_word_start_triggers_find_what_every_trigger_finds(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The gate only drops words where a trigger follows a letter ("someone", "often"):
    every figure found with the trigger counted anywhere is still found."""
    from claimtrack.parse import numbers, scan

    gated = find_numbers(text)
    everywhere = scan.Triggers(numbers._triggers())
    monkeypatch.setattr(numbers, "_trigger_set", lambda: everywhere)
    assert find_numbers(text) == gated
    assert gated  # each sentence has figures


def test_word_start_triggers_skip_words_with_a_trigger_inside() -> None:
    from claimtrack.parse import numbers

    triggers = numbers._trigger_set()
    words = frozenset(
        "someone phone money often network twenty-five *five* one's us$5 $5 £12".split()
    )
    assert set(triggers.hits(words)) == {"twenty-five", "*five*", "one's", "us$5", "$5", "£12"}
    assert find_numbers("Someone with a phone often spent money on the network.") == []


def test_number_triggers_start_their_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """The gate holds because every trigger starts the words of the number words holding
    it; a number word with a trigger after a letter ("none" holds "one") turns it off."""
    from claimtrack.parse import numbers

    assert numbers._triggers_start_words()
    table = {**numbers._number_words(), "none": (0.0, 0.0, "exact")}
    monkeypatch.setattr(numbers, "_number_words", lambda: table)
    assert not numbers._triggers_start_words()


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("Tickets will sell for $40 to $65 at the door.", 40, 65, "$"),
        ("Repairs cost between £300 and £450 a house.", 300, 450, "GBP"),
        ("Rents ran €900-€1,100 in the old town.", 900, 1100, "EUR"),
        ("The deal was worth between $3 and $4 billion.", 3e9, 4e9, "$"),
        ("Fares went up from $2 to $3.", 2, 3, "$"),
    ],
)
def test_a_range_of_sums_may_repeat_its_currency_sign(
    text: str, low: float, high: float, unit: str
) -> None:
    found = find_numbers(text)
    assert [(n.low, n.high, n.unit) for n in found] == [(low, high, unit)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The fee rose from $5 to €7 overnight.", [(5, 5, "$"), (7, 7, "EUR")]),
        ("It was between 4 and $9 a ticket.", [(4, 4, None), (9, 9, "$")]),
        ("He paid $20 and 5 friends came.", [(20, 20, "$"), (5, 5, None)]),
    ],
)
def test_a_sign_on_one_figure_only_or_another_currency_keeps_two_figures(
    text: str, values: list[tuple[float, float, str | None]]
) -> None:
    assert [(n.low, n.high, n.unit) for n in find_numbers(text)] == values


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Police arrested four other men at the port.", "man"),
        ("The choir has 11 different singers.", "singer"),
        ("The studio will film 20 new episodes.", "episode"),
        ("The city hired two additional nurses.", "nurse"),
        ("They found three separate leaks.", "leak"),
        ("Only one other patient was hurt.", "patient"),
        ("Rescuers freed three other children.", "child"),
        ("The firm sells six different cheeses.", "cheese"),
    ],
)
def test_a_modifier_of_which_or_how_many_more_is_not_what_is_counted(
    text: str, counts: str
) -> None:
    assert one(text)[3] == counts


@pytest.mark.parametrize(
    "text",
    [
        "Seats cost $15 each at the gate.",
        "The app costs $4 per month.",
        "Guards caught five of them at dawn.",
        "Shares may reach $90 when trading opens.",
        "He made $3,000 off the video.",
        "The bill came to $80 including tips.",
        "It has three new.",
    ],
)
def test_a_function_word_after_a_figure_is_not_what_it_counts(text: str) -> None:
    assert one(text)[3] is None


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Two aid workers were freed.", "worker"),
        ("Jets flew 14 air strikes overnight.", "strike"),
        ("She met three senior officials in Rome.", "official"),
        ("Six police officers were hurt.", "officer"),
    ],
)
def test_a_count_of_several_counts_the_plural_head_of_a_compound(text: str, counts: str) -> None:
    assert one(text)[3] == counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("One man says the road is shut.", "man"),
        ("Three men gathered outside.", "man"),
        ("She has two sons and a dog.", "son"),
        ("Two soldiers died in the blast.", "soldier"),
        ("He sold 40 cars last year.", "car"),
    ],
)
def test_a_plural_or_a_single_thing_is_counted_itself(text: str, counts: str) -> None:
    assert one(text)[3] == counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Two Americans were hurt in the crash.", "american"),
        ("Officials said four Iraqis, two of them boys, died.", "iraqi"),
        ("The ship carried 30 Canadians.", "canadian"),
        ("Police held three other Germans at the border.", "german"),
        # a nationality adjective or a name before the counted noun is passed over
        ("The strike killed 12 Syrian soldiers.", "soldier"),
        ("She visited five Texas towns.", "town"),
        ("Six Swiss banks paid fines.", "bank"),
    ],
)
def test_a_plural_of_nationality_is_the_people_counted(text: str, counts: str) -> None:
    assert find_numbers(text)[0].counts == counts


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("She is serving a 15-year sentence.", "year"),
        ("The rescue ended a three-day search.", "day"),
        ("They built a 40-mile fence.", "mile"),
        ("He took a six-month leave.", "month"),
        ("Doctors began a 10-hour operation.", "hour"),
    ],
)
def test_a_unit_hyphenated_to_a_figure_is_its_unit(text: str, unit: str) -> None:
    assert one(text)[2] == unit


@pytest.mark.parametrize(
    "text",
    [
        "A 52-year-old man was arrested.",
        "The 52-year old driver was hurt.",
        "Cliffs of a 30-mile-long coast fell.",
        "Police seized three F-35 parts.",
    ],
)
def test_an_age_or_an_extent_keeps_its_figure_bare(text: str) -> None:
    assert all(n.unit is None for n in find_numbers(text))


@pytest.mark.parametrize(
    "text",
    [
        "The town lies 300 metres above sea level.",
        "The dam held 40 metres below the crest.",
    ],
)
def test_above_after_a_figure_or_below_before_one_keeps_it_exact(text: str) -> None:
    found = find_numbers(text)
    assert len(found) == 1
    assert found[0].low == found[0].high
    assert not found[0].approximate


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Unemployment edged up to 6.3 percent in May.", 6.3),
        ("Inflation ticked up to 2.9% last month.", 2.9),
        ("The growth forecast was revised up to 3.1 percent.", 3.1),
        ("Mortgage rates have crept up to 7 percent.", 7.0),
    ],
)
def test_a_level_that_moved_up_to_a_figure_reached_it(text: str, value: float) -> None:
    (number,) = find_numbers(text)
    assert (number.low, number.high) == (value, value)


@pytest.mark.parametrize(
    "text",
    [
        "The storm could bring up to 30 centimetres of snow.",
        "The blast killed up to 30 people.",
        "Fares rose by up to 5 percent.",
        "The recall covers up to 40,000 cars.",
        # the present tells how far a range goes
        "Prices go up to $900 for the top model.",
    ],
)
def test_up_to_without_a_moving_verb_is_a_ceiling(text: str) -> None:
    (number,) = find_numbers(text)
    assert number.low is None and number.high is not None


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # the British "and" after the hundreds or thousands: one number
        ("There were two hundred and forty passengers aboard.", [(240, "passenger")]),
        ("One thousand and five rooms were booked.", [(1005, "room")]),
        ("They built two hundred and twenty-five huts.", [(225, "hut")]),
        ("The fund holds two hundred and fifty thousand euros.", [(250000, None)]),
    ],
)
def test_and_after_hundreds_joins_one_number(
    text: str, figures: list[tuple[float, str | None]]
) -> None:
    assert [(n.low, n.counts) for n in find_numbers(text)] == figures


def test_an_approximate_figure_with_and_is_about_the_whole_number() -> None:
    (n,) = find_numbers("Some three hundred and fifty homes were flooded.")
    assert n.low is not None and n.high is not None and n.low < 350 < n.high
    assert n.counts == "home"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # two figures joined by "and", none of them hundreds and their rest
        ("Between two hundred and three hundred people came.", [200, 300]),
        ("Two thousand and five hundred tickets were sold.", [2000, 500]),
        ("Five and six people were hurt.", [5, 6]),
        ("Two hundred and a dozen more came.", [200, 12]),
        ("Two hundred and the mayor came.", [200]),
    ],
)
def test_and_between_two_figures_keeps_them_two(text: str, values: list[float]) -> None:
    assert [n.low for n in find_numbers(text)] == values


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # two adjectives joined by "and"/"or" before the counted noun
        ("Records of 1,200 current and former staff members leaked.", "member"),
        ("About 300 local and foreign workers were hurt.", "worker"),
        ("The storm hit 40 small or medium farms.", "farm"),
        # Must not fire: a plural after "and" is a second counted thing, not an adjective
        ("About 300 staff and students were evacuated.", "staff"),
        ("Two men and women fled.", "man"),
        # nor a verb after "and", nor a single thing
        ("The gunman shot one guard and injured another.", "guard"),
        ("The crew caught 40 cod and left the bay.", "cod"),
        # nor a verb's past or plain form after "and", whatever plural follows
        ("The firm hired 40 staff and trained new recruits.", "staff"),
        ("They want 40 staff and expect new recruits.", "staff"),
    ],
)
def test_adjectives_joined_before_the_counted_noun(text: str, counts: str) -> None:
    assert find_numbers(text)[0].counts == counts
