"""Page furniture read by its form, not its wording: meta lines of parts between dots or
bars, player and gallery lines, marker lines ("Pinned post"), slash credits, lists under a
heading of the page's other stories, live-blog time stamps and time labels, thanks, shouted
exclamations and appeals to the reader. All sentences here are invented."""

from __future__ import annotations

import pytest

from claimtrack import parse
from claimtrack.models import Article
from claimtrack.options import Options
from claimtrack.parse.noise import boilerplate_reason, sentence_boilerplate_reason


def _claims(text: str, source: str = "Fenmoor Post") -> list[tuple[str, str]]:
    article = Article(id="t", path="<t>", source=source, text=text)
    return [(c.kind.value, c.text) for c in parse.parse_article(article, Options())]


@pytest.mark.parametrize(
    "line",
    [
        "Posted 3 hours ago · Politics · By City desk",
        "Sport | Filed by Ana Lindqvist | 6 min read",
        "Added 20 minutes ago • Weather",
        "Environment · 5 min read",
        "Local | Published 08:15, 3 Mar 2027",
    ],
)
def test_a_meta_line_of_parts_is_a_byline(line: str) -> None:
    assert boilerplate_reason(line) == "byline / date line"


@pytest.mark.parametrize(
    "line",
    [
        "Yes · No · Don't know - Vote now",
        "Prices rose | wages fell",
        "The port reopened on Monday | Ana Ruiz said it would stay open for good",
    ],
)
def test_parts_with_no_date_or_byline_are_no_meta_line(line: str) -> None:
    assert boilerplate_reason(line) is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("▶ Watch: Firefighters at the Kelby mill (2:45)", "video / audio link"),
        ("► The mayor on the new bridge", "video / audio link"),
        ("Play: Farmers count the cost of the floods (14:02)", "video / audio link"),
        ("Podcast: Divers reach the wreck (1:05:10)", "video / audio link"),
        ("Gallery: 12 photos", "gallery link"),
        ("In pictures: 20 images", "gallery link"),
    ],
)
def test_player_and_gallery_lines_are_furniture(line: str, reason: str) -> None:
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    ["Gallery: 12 arrests", "Play: the river is rising fast", "Audio: a new law for tenants"],
)
def test_a_media_label_without_a_count_or_running_time_stays(line: str) -> None:
    assert boilerplate_reason(line) is None


@pytest.mark.parametrize(
    "line", ["Pinned post", "Embedded tweet:", "Promoted content", "Featured video"]
)
def test_a_marker_line_is_furniture(line: str) -> None:
    assert boilerplate_reason(line) == "page marker"


@pytest.mark.parametrize("line", ["Shots fired", "Troops deployed", "Post office closed"])
def test_a_short_line_naming_no_page_item_is_no_marker(line: str) -> None:
    assert boilerplate_reason(line) is None


@pytest.mark.parametrize(
    "sentence", ["(Fenmoor Post / Tom Berg)", "(Harbour Wire/Ana Ruiz).", "(Kestrel Press / AFP)"]
)
def test_a_slash_credit_in_brackets_is_a_photo_credit(sentence: str) -> None:
    assert sentence_boilerplate_reason(sentence) == "photo credit"


@pytest.mark.parametrize(
    "sentence", ["(He later resigned / was dismissed)", "(see pages 4/5)", "(about 40 km/h)"]
)
def test_brackets_with_a_slash_in_a_sentence_are_no_credit(sentence: str) -> None:
    assert sentence_boilerplate_reason(sentence) is None


def test_items_under_a_most_read_heading_are_other_stories() -> None:
    text = (
        "The Kelby bridge reopened on Monday.\n\n"
        "Most popular:\n"
        "1. Fenmoor bakery wins national prize\n"
        "2. Council approves 40 new homes\n\n"
        "Steps to take\n"
        "- Workers cleared the road by noon.\n"
    )
    facts = [text for kind, text in _claims(text) if kind == "fact"]
    assert facts == ["The Kelby bridge reopened on Monday.", "Workers cleared the road by noon."]


def test_a_list_under_an_ordinary_heading_stays() -> None:
    text = "What we know\n1. Ferries resumed on Tuesday.\n2. Two crew members were hurt.\n"
    facts = [text for kind, text in _claims(text) if kind == "fact"]
    assert facts == ["Ferries resumed on Tuesday.", "Two crew members were hurt."]


@pytest.mark.parametrize(
    "text",
    [
        "08:20 Crowds gather at the gate",
        "**14:05** Divers reach the hull",
        "- 16:40 Rain stops play",
    ],
)
def test_a_time_stamped_title_in_a_live_blog_is_a_heading(text: str) -> None:
    assert [kind for kind, _ in _claims(text)] == ["meta"]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Update 6.45pm: the road is still closed.", "The road is still closed."),
        ("UPDATE 16:20 GMT - The ferry docked safely.", "The ferry docked safely."),
        ("Updated at 9:30 a.m.: Two people were rescued.", "Two people were rescued."),
        ("At 07:05 the first train left.", "At 07:05 the first train left."),
        ("Update on the talks was given by the minister.", None),
    ],
)
def test_a_time_label_is_no_word_of_the_claim(text: str, claim: str | None) -> None:
    claims = _claims(text)
    assert claims[0][0] == "fact"
    if claim is not None:
        assert claims[0][1] == claim
    else:
        assert claims[0][1].startswith("Update on the talks")


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for bearing with us.",
        "Thank you to all who sent in photos of the storm.",
        "Thanks again for your messages.",
        "Many thanks to our readers.",
    ],
)
def test_thanks_are_meta(text: str) -> None:
    assert [kind for kind, _ in _claims(text)] == ["meta"]


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to the rain, the fire died down overnight.",
        "Thanksgiving travel fell by 4 percent.",
        "Thank you, Mum,' the boy shouted as the crew lifted him out.",
    ],
)
def test_a_cause_or_a_quoted_thanks_in_a_statement_stays(text: str) -> None:
    assert [kind for kind, _ in _claims(text)] == ["fact"]


@pytest.mark.parametrize("text", ["HE'S HOME!", "WE DID IT!!", "ALL FOUR RESCUED!"])
def test_a_short_shout_in_capitals_is_meta(text: str) -> None:
    assert [kind for kind, _ in _claims(text)] == ["meta"]


@pytest.mark.parametrize(
    "text", ["NATO jets struck the depot!", "Kelby won the cup!", "THE MINE REOPENS."]
)
def test_a_statement_with_a_name_or_no_exclamation_is_no_shout(text: str) -> None:
    assert [kind for kind, _ in _claims(text)] != ["meta"]


@pytest.mark.parametrize(
    "sentence",
    [
        "If you enjoy the Post, donate £3 today.",
        "If you believe in local reporting, please become a supporter.",
        "Give £2 a month to keep the Courier free.",
        "Pledge what you can now.",
    ],
)
def test_an_appeal_to_the_reader_is_boilerplate(sentence: str) -> None:
    assert sentence_boilerplate_reason(sentence) == "appeal to the reader"


@pytest.mark.parametrize(
    "sentence",
    [
        "The charity said it had raised £5,000 from donations.",
        "Donations to the flood fund rose today.",
        "If you see the lynx, call 999.",
        "Give or take a week, the work will be finished.",
    ],
)
def test_news_of_giving_is_no_appeal(sentence: str) -> None:
    assert sentence_boilerplate_reason(sentence) is None


@pytest.mark.parametrize(
    "text",
    ["Image caption: Police officers at the Kelby mill.", "Photo caption: A ferry at the pier."],
)
def test_a_labelled_caption_is_about_the_page(text: str) -> None:
    assert [kind for kind, _ in _claims(text)] == ["meta"]


@pytest.mark.parametrize(
    "text",
    [
        "The Post is run by volunteers. If you value local news, donate £5 today.",
        "We are funded by readers. If you enjoy our reporting, please become a supporter.",
    ],
)
def test_the_outlet_on_its_appeals_line_is_part_of_the_appeal(text: str) -> None:
    kinds = {kind for kind, _ in _claims(text, source="The Fenmoor Post")}
    assert kinds == {"boilerplate"}


@pytest.mark.parametrize(
    "text",
    [
        "The Post opened in 2019. It has six reporters.",
        "The Post is run by volunteers.\n\nIf you value local news, donate £5 today.",
        "The flood fund is run by volunteers. If you value the river, donate £5 today.",
    ],
)
def test_the_outlet_off_an_appeals_line_or_another_subject_stays(text: str) -> None:
    facts = [kind for kind, _ in _claims(text, source="The Fenmoor Post") if kind == "fact"]
    assert facts
