"""Page furniture told by its form: credit lines, reaction and comment bars, menus, links to
the previous and next stories, mastheads, imprints, wire slugs, free-story meters, gallery
counters and datelines with a country. Each rule has wordings it must catch and real news
sentences that look alike and must stay."""

from __future__ import annotations

import pytest

from claimtrack.api import extract_claims
from claimtrack.parse.noise import (
    boilerplate_reason,
    content_start,
    furniture_form_reason,
    in_recirculation_list,
    sentence_boilerplate_reason,
)

#: Real news sentences that look like furniture: none may be dropped, by any noise test.
NEAR_MISSES = [
    "The club had 9,200 fans in the ground.",
    "Reported cases rose by 40.",
    "The company is registered in Delaware.",
    "Registered nurses will strike on Monday.",
    "Ramon Vall·llosera left 2 hours ago.",
    "Marc Paral·lel scored twice for Orrick.",
    "Reported by Reuters, the deal collapsed on Friday.",
    "Research by Oxford University found a link.",
    "Written by hand, the letter was found in a drawer.",
    "Sent in by post, the forms arrived late.",
    "Filed by Ana Ruiz in court, the papers name three directors.",
    "Reported by Ana Lind — 4 people were hurt.",
    "The fire started at 14 Bridewell Yard, Orrick.",
    "Sam Berg, 44, of 14 Mill Lane, Orrick, was fined £200.",
    "Orrick 2 · Ferncastle 1",
    "Turnout | 64%",
    "Police said 12 people were hurt · 4 were taken to hospital.",
    "Your vote counts, the mayor said.",
    "Ruiz — Your town is dying.",
    "You have read 4 of the 6 reports, the judge told the jury.",
    "The council has two free places left this month.",
    "NHS and/or council staff will be told on Monday.",
    "Image 1 of 5 shows the crowd.",
    "Applications close on Friday – apply now, the council said.",
    "Previous owners had said nothing | Next steps are unclear.",
    "The minister shared a post on Facebook.",
]


@pytest.mark.parametrize("sentence", NEAR_MISSES)
def test_news_sentences_that_look_like_furniture_stay(sentence: str) -> None:
    assert boilerplate_reason(sentence) is None
    assert sentence_boilerplate_reason(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The club had 9,200 fans in the ground.",
        "Reported cases rose by 40.",
        "The company is registered in Delaware.",
        "Marc Paral·lel scored twice for Orrick.",
        "Research by Oxford University found a link.",
    ],
)
def test_near_misses_stay_claims(sentence: str) -> None:
    assert [claim.text for claim in extract_claims(sentence)] == [sentence]


@pytest.mark.parametrize(
    "line",
    [
        "Reported by Hana Lund, with additional reporting by Ben Oyelaran",
        "Reported by Hana Lund and Tom Berg.",
        "Research by Jamie Kerr.",
        "Sent in by Jo Platt",
        "Photographs by Sol Reyes and Ana de la Cruz.",
        "(Filed from Market Square by Niamh Hart.",
        "Ivo Brandt in Selby; additional reporting by Teo Marsh.",
        "Words by Kit Amis; pictures by Lee Hart.",
        "Filed by Rosa Vance in Kelby.",
        "Reported by Ana Lind, Courts Reporter — 2 May 2026, 9:05 am.",
    ],
)
def test_credit_lines_are_bylines(line: str) -> None:
    assert furniture_form_reason(line) == "byline"
    assert boilerplate_reason(line) == "byline"


def test_a_credit_inside_a_paragraph_is_left_out() -> None:
    text = "Water up to the letterbox on Mill Row. Sent in by Jo Platt"
    assert [claim.text for claim in extract_claims(text)] == [
        "Water up to the letterbox on Mill Row."
    ]


@pytest.mark.parametrize(
    "line",
    [
        "318 · 😢 204 · 😡 57",
        "👍 312 · 💬 48 · ↪ 97 shares",
        "1,842 · 403 comments",
        "Sign in to comment · 64 comments · Sort: Most liked",
        "Log in to reply | 9 replies",
        "Selby Town Council shared a post · 2h · 🌐",
        "☁ 14°C Orrick · Sat 19 Sep",
        "Harwell Now · Live coverage · Last update 09:40 · Newest first ⇅",
        "Field report | Text by Ana Ruiz | Site plan by Tom Berg",
        "XYZ/ab/cd · North desk · Pictures available on request",
        "Harbour Wire | ab/cd | 0915 GMT",
    ],
)
def test_bars_of_counts_prompts_ages_and_credits_are_furniture(line: str) -> None:
    assert boilerplate_reason(line) == "byline / date line"


@pytest.mark.parametrize(
    "line",
    [
        "THE SELBY POST · News · What's On · Sport · Property · Puzzles",
        "Home | News | Business | Arts & Culture | Opinion",
        "News • Sport • Weather • Travel",
    ],
)
def test_a_site_menu_is_a_navigation_bar(line: str) -> None:
    assert boilerplate_reason(line) == "navigation bar"


@pytest.mark.parametrize(
    "line",
    [
        "Anna Berg · Tom Ruiz · 12 goals",
        "Orrick · Ferncastle · Selby",
        "Police closed the road | Fire crews stayed | Shops shut | Schools open",
    ],
)
def test_short_lists_and_sentences_between_bars_are_not_menus(line: str) -> None:
    assert boilerplate_reason(line) != "navigation bar"


@pytest.mark.parametrize(
    "line",
    [
        "Previous: Market Street roadworks extended | Next: Harriers win relay title",
        "Previous article: Show crowned best in county | Next article: Your questions answered",
        "Bridge reopens after repairs | Next story: Fair returns to the green",
    ],
)
def test_previous_and_next_links_are_navigation(line: str) -> None:
    assert furniture_form_reason(line) == "navigation link"


@pytest.mark.parametrize(
    "sentence",
    [
        "Tarnby Dispatch — Your town.",
        "The Selby Post | Your town, your news.",
        "Harwell Now – Your local paper.",
    ],
)
def test_a_masthead_slogan_is_furniture(sentence: str) -> None:
    assert furniture_form_reason(sentence) == "masthead"


@pytest.mark.parametrize(
    "sentence",
    [
        "Registered in England No. 0918273.",
        "Registered in England and Wales, company number 01234567.",
        "Registered charity no. 1099123",
        "The Selby Post, 14 Bridewell Yard, Selby.",
        "Harwell Now, 2 Mill Lane, Harwell, Wessex, HW1 2AB.",
    ],
)
def test_imprint_lines_are_furniture(sentence: str) -> None:
    assert furniture_form_reason(sentence) == "imprint"


@pytest.mark.parametrize(
    "line",
    [
        "-- PNW-BIZ 1107 GMT --",
        "ABC 0905 BST.",
        "HPA nd/sc 11 Oct 2026 1255 (desk)",
        "TPA mw/jh.",
        "XYZ-ab/cd (Ana Lind in Kelby; desk Tom Berg) ENDS.",
    ],
)
def test_wire_slugs_are_furniture(line: str) -> None:
    assert furniture_form_reason(line) == "wire slug"


@pytest.mark.parametrize(
    "sentence",
    [
        "You've read 4 of your 6 free stories this month.",
        "You have viewed 2 of 5 free articles.",
        "You have three free articles left this month.",
    ],
)
def test_free_story_meters_are_furniture(sentence: str) -> None:
    assert sentence_boilerplate_reason(sentence) == "paywall meter"


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement feature — Promoted by Selby Kitchens: sale now on",
        "Paid partnership: Ten ways to heat your home",
        "Jobs near Selby: Warehouse operative, £12 an hour – Apply now",
        "Winter panto at the Corn Hall | Book now",
    ],
)
def test_promotions_are_adverts(line: str) -> None:
    assert boilerplate_reason(line) == "advert / call to action"


@pytest.mark.parametrize(
    "line",
    [
        "Posted on Bluesky by Selby Town (@selbytown.bsky.social)",
        "Shared by Harwell Fire (@harwellfire)",
    ],
)
def test_social_post_headers_are_furniture(line: str) -> None:
    assert boilerplate_reason(line) == "social post header"


@pytest.mark.parametrize(
    "line",
    [
        "🎧 Listen: Matchday Pod, episode 88 – The long night (31 min)",
        "🎙 Podcast: Harbour Talk, episode 12 (1 hr 5 min)",
    ],
)
def test_a_podcast_line_with_its_running_time_is_a_player(line: str) -> None:
    assert boilerplate_reason(line) == "video / audio link"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Image 1 of 5 ‹ › Fans are helped over the boards.", "Fans are helped over the boards."),
        ("Photo 2/8: Crews at the scene.", "Crews at the scene."),
        ("Picture 3 of 12 Police at the gate.", "Police at the gate."),
        (
            "AMBERFOLD, England, Oct 11 (HPA) - Storm Hollis flooded the town.",
            "Storm Hollis flooded the town.",
        ),
        ("SALEM, Oregon, May 2 (Agency) — The vote passed.", "The vote passed."),
    ],
)
def test_gallery_counters_and_datelines_are_skipped(text: str, content: str) -> None:
    assert text[content_start(text, 0, len(text)) :] == content


def test_a_counter_that_opens_a_sentence_stays() -> None:
    text = "Image 1 of 5 shows the crowd."
    assert content_start(text, 0, len(text)) == 0


@pytest.mark.parametrize("mark", ["▸", "›"])
def test_arrow_items_under_a_recirculation_heading_are_other_stories(mark: str) -> None:
    text = f"The match was abandoned.\n\nKeep reading\n{mark} Cup tickets sell out\n"
    assert in_recirculation_list(text, text.index(mark))
    plain = f"The match was abandoned.\n\nWhat happened\n{mark} Fans were hurt\n"
    assert not in_recirculation_list(plain, plain.index(mark))
