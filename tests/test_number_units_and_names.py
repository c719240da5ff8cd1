"""Units read from the words around a figure: metres not millions, pounds of weight not of
money, feet and inches; figures that name a model or a product are no counts; spans of
years are one date. Every sentence here is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.parse.dates import find_dates
from claimtrack.parse.numbers import find_numbers


def figures(text: str) -> list[tuple[float | None, str | None, str | None]]:
    return [(n.low, n.unit, n.counts) for n in find_numbers(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The sinkhole in Dorvale is 14m wide.", 14),
        ("Workers put up a 4m-high fence around the depot.", 4),
        ("The barge drifted 300m downstream before it stopped.", 300),
        ("The eel was 1.8m in length when it was landed.", 1.8),
        ("The shaft, 20m (66ft) deep, was sealed.", 20),
        ("Divers reached a depth of 35m off the point.", 35),
        ("Such sharks can grow as long as 6m in warm seas.", 6),
        ("Engineers say the 9m-deep pit is stable.", 9),
    ],
)
def test_a_length_in_metres_is_no_million(text: str, value: float) -> None:
    # the first figure: a conversion in brackets ("(66ft)") is read as feet after it
    assert figures(text)[0] == (value, "m", None)


@pytest.mark.parametrize(
    ("text", "unit", "counts"),
    [
        ("The club paid $14m for the striker.", "$", None),
        ("Some 14m people live in the delta.", None, "person"),
        ("The stadium cost £4m to repair.", "GBP", None),
        ("The firm lost 14M in the crash.", None, None),
        ("The firm sold 3m copies of the game.", None, "copy"),
    ],
)
def test_millions_stay_millions(text: str, unit: str | None, counts: str | None) -> None:
    (low, got_unit, got_counts) = figures(text)[0]
    assert low is not None and low >= 1e6
    assert (got_unit, got_counts) == (unit, counts)


@pytest.mark.parametrize(
    "text",
    [
        "The wrestler weighs 310 pounds.",
        "The crate, weighing 310 pounds, fell off the lorry.",
        "Marlow's pumpkin tipped the scales at 310 pounds.",
        "The navy dropped a 310-pound bomb on the ridge.",
        "Anglers landed a 310 pound sturgeon near Velmore.",
        "The hull is now 310 pounds heavier than before.",
        "A 310-pound (141 kg) calf was born at the farm.",
    ],
)
def test_pounds_of_weight(text: str) -> None:
    assert figures(text)[0][:2] == (310, "lb")


@pytest.mark.parametrize(
    "text",
    [
        "The shop was fined 310 pounds.",
        "The ticket cost 310 pounds sterling.",
        "She found a 20-pound note in the street.",
        "He paid a 20 pound fine at the desk.",
        "It sold for £310 at the fair.",
    ],
)
def test_pounds_of_money(text: str) -> None:
    assert figures(text)[0][1] == "GBP"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Floods left a 12-foot deep channel in the road.", "foot"),
        ("The statue stands 30 feet tall.", "foot"),
        ("The kite flew 400 ft above the beach.", "foot"),
        ("The model has a 13-inch screen.", "inch"),
        ("Snow lay 14 inches deep in Harwick.", "inch"),
        ("The boy is 150 cm tall.", "cm"),
        ("The shed covers 90 square feet.", "square foot"),
    ],
)
def test_feet_and_inches_are_units(text: str, unit: str) -> None:
    assert figures(text)[0][1:] == (unit, None)


@pytest.mark.parametrize(
    "text",
    [
        "Sales of the new Zenphone 7 cases rose sharply.",
        "Many Gloria 9 users complained about the update.",
        "The airline ordered the Aerolux 380 jets last year.",
        "The wreck of Flight 512 was found.",
        "The update for the zPad 4 was pulled.",
        "She flew home aboard Air Force One on Sunday.",
        "Rescuers used a machine called KORAL 2 to pump blood.",
    ],
)
def test_a_figure_after_a_name_names_a_model(text: str) -> None:
    assert find_numbers(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Last year in Dorvale 31 pupils fell ill.", 31),  # a place, then the count
        ("Police fired at Marlow 11 times.", 11),
        ("Only 30 bodies were found in the field.", 30),  # capitalised by its place
        ("He said: Seven people were hurt.", 7),
        ("Zenco Will Cut 300 Jobs In Harwick", 300),  # title case
        ('A page called "Can This 20 Year Old Cake Win" went viral.', 20),
        ("THE YOUNGEST OF THEM IS 13.", 13),
        ("It took the Zenco Store 16 months to open.", 16),  # a unit after the name
        ("The bill passed Dorvia's 290-seat assembly.", 290),  # a possessive
        ("The ministry said in March 40 people had died.", 40),
    ],
)
def test_a_figure_after_a_capital_that_is_no_name(text: str, value: float) -> None:
    assert [n.low for n in find_numbers(text)][:1] == [value]


@pytest.mark.parametrize(
    ("text", "first", "last", "surface"),
    [
        ("Prices rose from 2009 to 2012.", 2009, 2012, "2009 to 2012"),
        ("Between 2009 and 2012 prices rose.", 2009, 2012, "2009 and 2012"),
        ("The 2009-2012 boom ended abruptly.", 2009, 2012, "2009-2012"),
        ("In the 2011-12 season he scored twice.", 2011, 2012, "2011-12"),
        ("She lived in Velmore from 1996 until 2001.", 1996, 2001, "1996 until 2001"),
        ("The war raged 1980 – 1988 across the plain.", 1980, 1988, "1980 – 1988"),
    ],
)
def test_a_span_of_years_is_one_date(text: str, first: int, last: int, surface: str) -> None:
    found = find_dates(text)
    assert [(d.text, d.earliest, d.latest) for d in found] == [
        (surface, dt.date(first, 1, 1), dt.date(last, 12, 31))
    ]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Prices rose in 2009 and 2012.", [2009, 2012]),  # two years, no "between"
        ("The page was signed 2015-2015.", [2015]),
        ("The plant opened in 2014, and 2016 was its best year.", [2014, 2016]),
    ],
)
def test_years_that_are_no_span(text: str, years: list[int]) -> None:
    found = find_dates(text)
    assert [(d.earliest.year if d.earliest else None) for d in found] == years
    assert all(d.earliest and d.latest and d.earliest.year == d.latest.year for d in found)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Crowds gathered this weekend in the square.", "this weekend"),
        ("The fair closed last weekend.", "last weekend"),
        ("The fair closed last week.", "last week"),
    ],
)
def test_a_weekend_is_read_whole(text: str, surface: str) -> None:
    assert [d.text for d in find_dates(text)] == [surface]


@pytest.mark.parametrize(
    "text",
    [
        "The couple earned $20 million between 2011 and 2014.",
        "The firm leased offices for $1 billion through 2030.",
        "Crews worked 12 hours within the zone.",
        "He spoke for 15 minutes about the charges.",
    ],
)
def test_a_preposition_after_a_figure_is_not_counted(text: str) -> None:
    assert find_numbers(text)[0].counts is None


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("He was struck at 11.30am in Harwick.", "11:30"),
        ("The alarm rang at 4.15 pm on Monday.", "16:15"),
        ("The shooting began at 9.52 a.m. sharp.", "09:52"),
        ("The shooting began at 9:52 a.m. sharp.", "09:52"),
    ],
)
def test_a_clock_time_with_a_full_stop(text: str, time: str) -> None:
    assert [d.time for d in find_dates(text) if d.time] == [time]


@pytest.mark.parametrize(
    "text",
    [
        "The fare rose 2.30 percent.",
        "He paid 11.30 pounds for it.",
    ],
)
def test_a_decimal_is_no_clock_time(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "She appeared on the Today show last year.",
        "Three days later Velmore Today carried the report.",
        "The story spread from Harbour Today to other sites.",
    ],
)
def test_today_in_a_name_is_no_date(text: str) -> None:
    assert "Today" not in [d.text for d in find_dates(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Today, the firm said it would close.",
        "The firm said: Today we close.",
        "Zenco Shares Rise Today",  # a title
        "The firm closed today.",
    ],
)
def test_today_as_a_day(text: str) -> None:
    assert [d.text.lower() for d in find_dates(text)] == ["today"]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The posts stopped on Jul 27.", "Jul 27"),
        ("Sent: Tue, Jun 3, 2014", "Jun 3, 2014"),
        ("It aired Sep 5, 2013.", "Sep 5, 2013"),
        ("The Apr 2 vote passed.", "Apr 2"),
    ],
)
def test_a_month_shortened_without_a_full_stop(text: str, surface: str) -> None:
    assert [d.text for d in find_dates(text)] == [surface]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("There are fears of 9/11-style attacks.", []),
        ("The desk is staffed 24/7 by 30 clerks.", [30]),
        ("The note was signed K.L.M 05/11/14.", []),
        ("Opinion split 50/50 in Harwick.", []),
        ("He drove at 50 km/h for 3 hours.", [50, 3]),  # a slash after a unit, not a digit
        ("Fuel rose to $4/gallon, up 3%.", [4, 3]),
        ("The ring sold for £6,500/€7,700.", [6500, 7700]),  # a second currency
        ("The bond rose 3/8 on Monday.", [3]),  # a fraction: its numerator, as before
        ("Tin traded at $4.81/83 a pound.", [4.81]),  # a sum quoted as bid and offer
        ("The pike was 4 1/2 feet long.", [4, 1]),
    ],
)
def test_figures_joined_by_a_slash_are_no_quantities(text: str, values: list[float]) -> None:
    assert [n.low for n in find_numbers(text)] == values


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The crater at Varna was 40ft deep.", 40, "foot"),
        ("The ferry reached 30mph off the pier.", 30, "mph"),
        ("The parcel weighs 5kg.", 5, "kg"),
        ("The tablet has 64GB of storage.", 64, "GB"),
        ("The screen is 9mm thin.", 9, "mm"),
        ("The island lies some 200km off the coast.", 180, "km"),
    ],
)
def test_a_unit_run_into_its_figure_is_read(text: str, value: float, unit: str) -> None:
    (number,) = find_numbers(text)
    assert (number.low, number.unit, number.counts) == (value, unit, None)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The ring is made of 18k gold.", 18, "karat"),
        ("The case comes in 14K white gold.", 14, "karat"),
        ("The clasp is 18-karat gold.", 18, "karat"),
        # a sum, or thousands before another noun: still thousands
        ("The firm paid $18k for gold.", 18000, "$"),
        ("The march drew 18k people.", 18000, None),
        # a scale run in stays a scale; a word that is no unit leaves no figure
        ("It costs 4m euros.", 4_000_000, "EUR"),
    ],
)
def test_karats_of_gold_and_scales_that_stay(text: str, value: float, unit: str | None) -> None:
    (number,) = find_numbers(text)
    assert (number.low, number.unit) == (value, unit)


@pytest.mark.parametrize("text", ["An 8ft-long eel was caught in Varna.", "A 5mm-wide gap opened."])
def test_a_run_in_unit_hyphenated_on_is_an_extent_not_read(text: str) -> None:
    # as "a 30-metre-high wall": the judge reads an extent from the words
    assert find_numbers(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Listeria was found in cheese sold at one market stall in Dunby.",
        "The parcel was carried from one depot to another before it was lost.",
        "The mayor at one point left the hall.",
        "The dye leaked from one tank.",
    ],
)
def test_one_after_at_or_from_picks_out_a_thing_and_counts_none(text: str) -> None:
    # "sold at one stall": which stall, as "a stall" says, not how many stalls there are
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested one man at the Dunby depot.", [(1.0, None, "man")]),
        ("That one stall sold 40 meals.", [(1.0, None, "stall"), (40.0, None, "meal")]),
        ("Inspectors closed one stall at the fair.", [(1.0, None, "stall")]),
        # a word ending in "at" before the figure is no "at"
        ("The boat sank, and one sailor drowned.", [(1.0, None, "sailor")]),
        ("The fleet lost 1 boat at sea.", [(1.0, None, "boat")]),
    ],
)
def test_one_as_a_count_is_still_a_figure(
    text: str, expected: list[tuple[float | None, str | None, str | None]]
) -> None:
    assert figures(text) == expected
