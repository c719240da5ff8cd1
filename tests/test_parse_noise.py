"""Noise: adverts, prompts, credits, bylines, signatures, labels, datelines, hashtags."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.api import extract_claims
from claimtrack.models import Kind
from claimtrack.parse.noise import (
    boilerplate_reason,
    content_end,
    content_start,
    find_post_signature,
    sentence_boilerplate_reason,
)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("SHOP GARDEN DEALS TODAY, CLICK TO BUY NOW.", "advert / call to action"),
        ("Click here to see the full gallery", "advert / call to action"),
        ("Advertisement", "advert / call to action"),
        ("Subscribe to our newsletter for daily updates.", "share / subscribe prompt"),
        ("Share this story on social media", "share / subscribe prompt"),
        ("By Marta Lindqvist", "byline"),
        ("By RAJ PATEL, Staff Writer", "byline"),
        ("Photo: Tomas Berg / Northwire", "photo credit"),
        ("Crowds gather at the square. (AP Photo/Kim Lee)", "photo credit"),
        ("Ana Ruiz at the pier (Facebook Photo)", "photo credit"),
        ("Flood barriers in Leeds (Harbour Board images)", "photo credit"),
        ("Copyright 2024 Example Media. All rights reserved.", "copyright notice"),
        ("Read more: How the port was rebuilt", "navigation link"),
        ("Read the full interview.", "navigation link"),
        ("SEE ALL COMMENTS WRITE A COMMENT", "navigation link"),
        ("Scroll down for video", "navigation link"),
        ("With additional reporting by Ana Ruiz and Tom Berg.", "byline"),
        ("#breaking #news", "hashtags"),
        # a byline or date line with its fields set off by bars, or a reading time
        ("Posted by Dana Quill | 3 March 2026 | 4 min read", "byline / date line"),
        ("Posted 2 March 2026, 09:15 | By Staff", "byline / date line"),
        ("Ana Ruiz, Harbour Desk · 6 minute read", "byline / date line"),
        # a bar of sharing buttons
        ("Comments (48) | Share | Tweet", "share / subscribe prompt"),
        ("Share | Tweet | Email", "share / subscribe prompt"),
        ("Facebook • Twitter • WhatsApp • Email", "share / subscribe prompt"),
    ],
)
def test_boilerplate_lines(line: str, reason: str) -> None:
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "The shop on Main Street closed after the flood.",
        "Voters were asked to buy bonds for the new school.",
        "By Tuesday the river had fallen two metres.",
        "Officials shared the report with lawmakers.",
        "NATO AND THE EU MET IN BRUSSELS.",
        "Investigators read the full report to the families.",
        "Divers scroll through sonar images to find the wreck.",
        "The council shared its photos (see images).",
        "The court saw two sets of images (both photos).",
        "The post office posted a loss of $4 million in May.",
        "Shares fell 3% after the email was leaked.",
        "Readers took 12 minutes to read the statement aloud, the clerk said.",
    ],
)
def test_ordinary_sentences_are_not_boilerplate(line: str) -> None:
    assert boilerplate_reason(line) is None


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("Read more about the harbour works.", "navigation link"),
        ("See more at: https://example.org/harbour-works", "navigation link"),
        ("(Flood season: read more about the dams)", "navigation link"),
        ("(Excerpt) Read more at example-news.org.", "navigation link"),
        ("(RELATED: Council Votes On New Budget)", "navigation link"),
        ("SEE ALSO: The Port's Oldest Crane Comes Down", "navigation link"),
        ("For the full timeline, click here.", "advert / call to action"),
        ("You can watch the launch by clicking here!", "advert / call to action"),
        ("Photo: Supplied.", "photo credit / caption"),
        ("Main photo: The ferry at dawn, taken by a passenger.", "photo credit / caption"),
        # a bracketed caption cut by the sentence splitter: its first sentence alone
        ("(Photo: A Norvia ferry at the Kalmar pier.", "photo credit / caption"),
        ("(Main photo: Crowds outside the Orla stadium.", "photo credit / caption"),
        ("(Dana Oyelaran/Getty Images for Harbour Week)", "photo credit"),
        (
            "To reach the reporter, call 555-0100 or send email to desk at the paper.",
            "contact line",
        ),
        (
            "Email licensing at the paper to buy additional rights. See the site.",
            "copyright notice",
        ),
        ("Updated at 9:15 a.m. ET.", "editor's note"),
        ("LAST UPDATED AT 08:05 ON Wed 4 Mar 2026.", "editor's note"),
        ("Updated Feb. 2, 2026 6:40 p.m. EST.", "editor's note"),
        ("Updated to correct the name of the ferry.", "editor's note"),
        ("Correction appended.", "editor's note"),
        ("More updates to come.", "editor's note"),
        ("Editors' note: Some images may upset readers.", "editor's note"),
        ("Follow Lena Ortiz on Twitter.", "share / subscribe prompt"),
        ("Follow her on Bluesky @lena.", "share / subscribe prompt"),
        # a network whose name ends in a mark ("Google+") ends the pattern as a word would
        ("Follow Lena Ortiz on Google+ and Bluesky.", "share / subscribe prompt"),
        ("(Follow @harbourdesk for the latest.)", "share / subscribe prompt"),
        ("H/T Harbour Gazette.", "credit / source line"),
        ("(h/t to a reader)", "credit / source line"),
        ("Via Coast Radio.", "credit / source line"),
        ("(With Reuters)", "credit / source line"),
        ("(Image source: city council)", "photo credit"),
        ("WARNING: GRAPHIC IMAGES.", "content warning"),
        # a teaser for another story, under its link label
        ("MORE: Goat rescued from harbour crane.", "navigation link"),
        ("Also read: Ferry firm names new chief", "navigation link"),
        ("READ: Who runs the port now?", "navigation link"),
        ("Read next: The bridge that never opened.", "navigation link"),
        ("Read the full transcript via the Harbour Gazette:", "navigation link"),
        ("See the complete list of winners below.", "navigation link"),
        ("STORY: Council Sells Old Depot.", "navigation link"),
        ("Share it in the comments.", "share / subscribe prompt"),
        ("Be sure to 'like' the Harbour Gazette on Facebook!", "share / subscribe prompt"),
        ("Check out Harbour Gazette Travel on Facebook and Pinterest.", "share / subscribe prompt"),
        ("Find us on Instagram.", "share / subscribe prompt"),
        ("Like the Morning Desk on Facebook.", "share / subscribe prompt"),
        ("Don't forget to follow us for updates.", "share / subscribe prompt"),
        ("Let us know what you think in the comments below.", "share / subscribe prompt"),
        ("To contact the harbour office, call (555) 010-4477.", "contact line"),
        ("(If you have any other details, do get in touch.)", "contact line"),
        ("Please get in touch with the desk.", "contact line"),
        # a credit for the reporters who helped, at a story's end
        ("Ana Ruiz contributed reporting from Varna, and Tom Berg from Sofia.", "byline"),
        ("Ana Ruiz and Tom Berg contributed additional reporting.", "byline"),
        # a photo credit in brackets inside a paragraph
        ("(Photo by Ana Lind/Harbour Daily)", "photo credit"),
        ("(AP Photo/Harbour Press, Tom Berg)", "photo credit"),
        ("(File photo by Tom Berg)", "photo credit"),
    ],
)
def test_notes_inside_a_paragraph_are_boilerplate(sentence: str, reason: str) -> None:
    assert sentence_boilerplate_reason(sentence) == reason


@pytest.mark.parametrize(
    "sentence",
    [
        "She read more than forty reports before the vote.",
        "The related charges were dropped on Friday.",
        "Anyone who clicked on the link lost their savings.",
        "The photo showed the minister at the flooded station.",
        "(The photo showed the minister at the flooded station.)",
        "Getty Images photographers were barred from the hearing.",
        "Rescuers tried to reach the driver by phone.",
        "The studio will buy rights to the novel for $2 million.",
        "Updated figures show 40 dead in 2025.",
        "Update at 2:49 p.m.: the ferry has docked at the north pier.",
        "The rules were last updated in 2019.",
        "Via the rescue crew, supplies reached the village on Monday.",
        "Following the storm, the ferry resumed service.",
        "Fans follow him on Twitter to read his match reports.",
        "Warning: You Never Know Who Is Listening.",
        "Corrections officers found the inmate at dawn.",
        "Editors noticed the error on Tuesday.",
        "More than 40 people read the report.",
        "Engineers read the full report before the vote.",
        "Make sure to follow the rules of the road.",
        "Officials made sure to share the data on Facebook.",
        "Voters see the whole picture now.",
        "Story time at the library was cancelled: the roof leaked.",
        "Now the ferry is back, the island is calm.",
        "The mayor's comments angered the crews.",
        "To contact the crew, the coastguard sent a boat.",
        "Police urged anyone who saw the crash to get in touch.",
        "Checkpoints were closed at dawn.",
        "Inspectors check out the ferries every week.",
        "Findings of the harbour inquiry were posted on Facebook.",
        "Find the driver, the captain told the crew on Monday.",
        "Tap water was unsafe for a week.",
        "Click, the camera maker, sold 300 cameras.",
        "Her research contributed to the report on the ferry.",
        "Ana Ruiz contributed $300 to the fund.",
        "AP reported the fire on Monday.",
        "(Photographers were kept behind the line by police.)",
    ],
)
def test_sentences_that_only_mention_those_words_are_claims(sentence: str) -> None:
    assert sentence_boilerplate_reason(sentence) is None


def test_a_link_prompt_inside_a_paragraph_is_dropped_not_claimed() -> None:
    text = (
        "The council approved the harbour budget on Monday. Read more about the vote. "
        "Click here to watch the session."
    )
    claims = extract_claims(text)
    assert [claim.text for claim in claims] == [
        "The council approved the harbour budget on Monday."
    ]


def test_post_signature_gives_handle_and_date() -> None:
    text = "Water levels are rising fast.\n— @riverwatch June 3, 2025\nMore later."
    signature = find_post_signature(text)
    assert signature is not None
    assert signature.handle == "@riverwatch"
    assert signature.date == dt.date(2025, 6, 3)
    assert text[signature.start : signature.end].strip() == "— @riverwatch June 3, 2025"
    assert boilerplate_reason("— @riverwatch June 3, 2025") == (
        "post signature: @riverwatch, 2025-06-03"
    )


def test_post_signature_with_a_display_name() -> None:
    signature = find_post_signature("— City Desk (@citydesk) March 9, 2024")
    assert signature is not None
    assert (signature.name, signature.handle) == ("City Desk", "@citydesk")


def test_no_signature_in_plain_text() -> None:
    assert find_post_signature("Email the desk at news@example.com on May 1, 2025.") is None


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("OSLO, May 2 (Northwire) — The ferry sank.", "The ferry sank."),
        ("NAIROBI (Wire) — Rains eased.", "Rains eased."),
        # a place in Title Case before a wire agency's credit (data/wire_agencies.txt)
        ("Lima (Reuters) – The port reopened.", "The port reopened."),
        ("New Delhi, May 2 (AP) — Rains eased.", "Rains eased."),
        # but not before any other words in parentheses: a person and a party
        ("Ana Lind (Labour) – the MP – voted.", "Ana Lind (Labour) – the MP – voted."),
        # scraped copy sets the dash off with no-break spaces
        ("LIMA \u00a0— The port reopened.", "The port reopened."),
        ("LIMA\u00a0—\u00a0The port reopened.", "The port reopened."),
        ("City Desk: BREAKING: Bridge closed after crash", "Bridge closed after crash"),
        ("JUST IN: Mayor resigns", "Mayor resigns"),
        ("🚨🇳🇴 Oil prices jump", "Oil prices jump"),
        ("Live: Storm reaches the coast", "Storm reaches the coast"),
        ("LIVE UPDATES: Polls close in the north", "Polls close in the north"),
        # a live blog's time stamp before an entry
        ("4:05 p.m. — The governor said 14 had died.", "The governor said 14 had died."),
        ("16:20 GMT - Polls closed.", "Polls closed."),
        ("9 a.m. – Crews reached the pier.", "Crews reached the pier."),
        ("The ferry sank.", "The ferry sank."),
        # a wire story's byline run into its dateline, a dateline of two cities
        ("By Ana Ruiz and Tom Berg OSLO/BERGEN, May 2 (Northwire) - The ferry sank.",
         "The ferry sank."),
        ("By J. Ilves LIMA (Wire) — The port reopened.", "The port reopened."),
        # "By" before no dateline opens the sentence's own words
        ("By Friday, the port had reopened.", "By Friday, the port had reopened."),
        ("By Ana's count, TEN ships left.", "By Ana's count, TEN ships left."),
    ],
)  # fmt: skip
def test_labels_datelines_and_emoji_are_skipped(text: str, content: str) -> None:
    assert text[content_start(text, 0, len(text)) :] == content


@pytest.mark.parametrize(
    "text",
    [
        "4.5 million people live in the region.",
        "12 - 3 was the final score.",
        "1990s - a decade of change.",
        "Live music returned to the square.",
        "4:05 p.m. was when the alarm sounded.",
    ],
)
def test_figures_and_live_as_words_are_content(text: str) -> None:
    assert content_start(text, 0, len(text)) == 0


def test_a_bold_time_stamp_note_is_an_editors_note() -> None:
    assert sentence_boilerplate_reason("**Updated 4:12 p.m.**") == "editor's note"
    assert sentence_boilerplate_reason("**Police closed the pier.**") is None


def test_trailing_hashtags_are_not_content() -> None:
    text = "Bridge closed after crash. #traffic #city"
    assert text[: content_end(text, 0, len(text))] == "Bridge closed after crash."


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The ferry sank off the cape. pic.twitter.com/Ab12Cd34.", "The ferry sank off the cape."),
        ("Pier closed after the storm! https://t.co/Xy9Zz0.", "Pier closed after the storm!"),
        ("THE PIER IS GONE http://t.co/Qq1Ww2 …", "THE PIER IS GONE"),
        ("Fire at the pier #breaking pic.twitter.com/Zz9 #news", "Fire at the pier"),
        # a hashtag after a word no sentence ends on is a word of the sentence
        ("Doctors saw signs of #measles pic.twitter.com/Zz9", "Doctors saw signs of #measles"),
        ("Floods reached homes in #Leeds https://t.co/Ab1", "Floods reached homes in #Leeds"),
    ],
)
def test_trailing_links_are_not_content(text: str, content: str) -> None:
    assert text[: content_end(text, 0, len(text))] == content


@pytest.mark.parametrize(
    "text",
    [
        "The filing is at www.example.gov for anyone to read.",
        "The agency posted the data on https://data.example.org and in print.",
        "https://example.org/the-whole-post",
        "The river burst its banks (photo from www.example.org)",
    ],
)
def test_a_link_inside_the_words_or_alone_stays(text: str) -> None:
    assert content_end(text, 0, len(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("*The ferry resumed service on Monday.*", "The ferry resumed service on Monday."),
        ("**The ferry resumed service on Monday.**", "The ferry resumed service on Monday."),
        ("_The ferry resumed service on Monday._", "The ferry resumed service on Monday."),
        # must NOT fire: an underscore inside a word is not emphasis
        ("The config_flag stayed at 5 percent.", "The config_flag stayed at 5 percent."),
    ],
)
def test_markdown_emphasis_around_a_sentence_is_not_part_of_the_claim(
    text: str, claim: str
) -> None:
    assert [c.text for c in extract_claims(text)] == [claim]


def test_a_few_words_without_a_verb_are_a_fragment_not_a_fact() -> None:
    text = (
        "The ferry sank near the pier on Monday. The proof. Thank you. "
        "From the wires. They owe you. Prices rose. Forty dead. Why now?"
    )
    claims = {claim.text: claim for claim in extract_claims(text)}
    for fragment in ("The proof.", "Thank you.", "From the wires."):
        assert claims[fragment].kind is Kind.META
        assert claims[fragment].dropped == "fragment: no verb"
    # a pronoun subject, a verb, a figure or a question: a claim as before
    for kept in ("They owe you.", "Prices rose.", "Forty dead."):
        assert claims[kept].kind is Kind.FACT and claims[kept].dropped is None
    assert claims["Why now?"].kind is Kind.QUESTION


def _claim_texts(text: str) -> list[str]:
    return [claim.text for claim in extract_claims(text) if claim.kind is Kind.FACT]


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        ("Tragic: Ana Ruiz died in the crash.", "Ana Ruiz died in the crash."),
        ("Her choice: Ana Ruiz began training at 14.", "Ana Ruiz began training at 14."),
        ("On patrol: Two officers walk the pier.", "Two officers walk the pier."),
        ("FACT: The ferry carries 300 cars.", "The ferry carries 300 cars."),
        # one word is no clause, though it is a participle
        ("Injured: The skipper was taken to hospital.", "The skipper was taken to hospital."),
        # but it says what happened when the words after it have no verb
        ("Rescued: Skipper Tom Berg, 52.", "Rescued: Skipper Tom Berg, 52."),
    ],
)
def test_a_captions_label_is_not_part_of_its_claim(sentence: str, claim: str) -> None:
    text = f"The harbour reopened on Monday after the storm.\n\n{sentence}\n"
    assert _claim_texts(text)[-1] == claim


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        # a clause before the colon
        ("Ruiz said: The bridge will reopen.", "The bridge will reopen."),
        # a speaker's name the article writes as a name elsewhere
        ("Ruiz: The bridge will reopen.", "Ruiz: The bridge will reopen."),
        # a quotation after the label: who speaks, or what a document reads
        ('The notice reads: "Nobody may enter the pier."', None),
    ],
)
def test_what_is_not_a_captions_label_stays(sentence: str, claim: str | None) -> None:
    text = f"Mayor Ana Ruiz spoke on Monday after Ruiz toured the pier.\n\n{sentence}\n"
    texts = _claim_texts(text)
    if claim is None:
        assert not any(t.startswith(('"', "“")) for t in texts), texts
    else:
        assert texts[-1] == claim


def test_a_headlines_label_names_its_speaker_or_stays() -> None:
    # a headline's label that names a people is its speaker
    headline = "Kurds: Offensive Is Genocide\n\nThe offensive began in May.\n"
    first = extract_claims(headline)[0]
    assert (first.text, first.attribution) == ("Offensive Is Genocide.", "Kurds")
    headline = "Harbour: Offensive Is Genocide\n\nThe offensive began in May.\n"
    assert extract_claims(headline)[0].text.startswith("Harbour:")
    column = "The talks were called off.\n\nOpinion: Skipping the talks is a gift to hardliners.\n"
    assert extract_claims(column)[-1].kind is Kind.OPINION


def test_a_clause_before_a_colon_keeps_its_speaker() -> None:
    text = "The harbour reopened on Monday.\n\nRuiz said: The bridge will reopen.\n"
    last = extract_claims(text)[-1]
    assert (last.text, last.attribution) == ("The bridge will reopen.", "Ruiz")


@pytest.mark.parametrize(
    "line",
    [
        '<!-- ad_client = "pub-123"; ad_width = 468; ad_height = 60; ad_format = "468x60"; //-->',
        "<script>var slot = 'top';</script>",
    ],
)
def test_a_pages_markup_is_boilerplate(line: str) -> None:
    assert boilerplate_reason(line) == "markup / code"
    assert boilerplate_reason("Use the arrow: Settings --> Reset.") is None


@pytest.mark.parametrize(
    "script",
    [
        "Widget.ready(function() { Widget.Player.create('player-Ab12', 'Ab12'); })",
        'var pageArgs = new Object(); pageArgs.version = 2; pageArgs.slot = "top";',
        "(function(d, s) { var js = d.createElement(s); d.body.appendChild(js); })(document);",
    ],
)
def test_a_script_is_boilerplate_on_its_own_line_or_after_prose(script: str) -> None:
    assert boilerplate_reason(script) == "markup / code"
    text = f"The harbour reopened on Monday after the storm.  {script}"
    claims = extract_claims(text)
    facts = [c.text for c in claims if c.kind is Kind.FACT]
    # the prose is kept whether or not the splitter cut it from the script
    assert facts[0].startswith("The harbour reopened on Monday after the storm.")
    assert not any(fact.startswith(script[:8]) for fact in facts)


@pytest.mark.parametrize(
    "line",
    [
        # brackets and a semicolon, but prose: fewer than three marks of code
        "The firm (Acme Ltd.) said profits rose; its shares fell (see the chart).",
        "Ruiz.Berg said (in a post) that the vote was off; nobody replied.",
        "The app's new feature, Set.up(), lets users pick a theme; reviews were mixed.",
    ],
)
def test_prose_with_brackets_and_semicolons_is_no_code(line: str) -> None:
    assert boilerplate_reason(line) is None


@pytest.mark.parametrize(
    ("sentence", "claim", "speaker"),
    [
        # a plural of speakers or a people names who says what follows the label
        ("Police: The driver fled on foot.", "The driver fled on foot.", "Police"),
        ("Rebels: We hold the airport.", "We hold the airport.", "Rebels"),
        ("Kurds: We have retaken the ridge.", "We have retaken the ridge.", "Kurds"),
        ("Local officials: Two ferries sank.", "Two ferries sank.", "Local officials"),
        # the speaker's own words: "he" is someone else
        ("Officials: He is the most wanted man.", "He is the most wanted man.", "Officials"),
        # a caption's label names no one
        ("Injured: The skipper was taken to hospital.", "The skipper was taken to hospital.",
         None),
        ("Grief: Relatives gather at the pier.", "Relatives gather at the pier.", None),
    ],
)  # fmt: skip
def test_a_label_that_names_speakers_is_the_speaker(
    sentence: str, claim: str, speaker: str | None
) -> None:
    text = f"The harbour reopened on Monday after the storm.\n\n{sentence}\n"
    last = [c for c in extract_claims(text) if c.kind is Kind.FACT][-1]
    assert (last.text, last.attribution) == (claim, speaker)


def test_a_transcripts_labels_are_its_speakers() -> None:
    text = (
        "Reporter Ana Lind spoke to the trader Tom Berg on Friday.\n\n"
        "Lind: When did you start?\n\n"
        "Berg: We stayed awake all night.\n\n"
        "Lind: And then?\n\n"
        "Berg: He had 300 unread messages.\n"
    )
    found = [(c.text, c.attribution) for c in extract_claims(text) if c.kind is Kind.FACT]
    assert ("We stayed awake all night.", "Berg") in found
    assert ("He had 300 unread messages.", "Berg") in found


def test_a_name_labelling_one_line_is_no_transcript() -> None:
    # one label in the article: a caption's or a heading's, as before
    text = "Mayor Ana Ruiz spoke after Ruiz toured the pier.\n\nRuiz: The bridge will reopen.\n"
    last = extract_claims(text)[-1]
    assert (last.text, last.attribution) == ("Ruiz: The bridge will reopen.", None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Click for more from the Harbour Daily.",
        "Click over to the Ledger for more on the new ferry.",
        "Tap through for the full gallery.",
        "Check out the video below.",
        "Check out more photos of the storm on our website.",
    ],
)
def test_pointers_to_more_elsewhere_are_navigation(sentence: str) -> None:
    assert sentence_boilerplate_reason(sentence) == "navigation link"


@pytest.mark.parametrize(
    "caption",
    [
        "(Photo: A ferry at the Selby pier. Credit: Harbour Desk archive)",
        "*Image: Sandbags outside a shop on Quay Street. (Harbour Desk / T. Berg)*",
        "Picture: Volunteers at the town hall. Credit: Ana Ruiz",
    ],
)
def test_a_caption_of_two_sentences_on_its_own_line_is_noise(caption: str) -> None:
    text = f"The ferry service resumed on Monday.\n\n{caption}\n\nTickets cost 4 euros."
    assert [claim.text for claim in extract_claims(text)] == [
        "The ferry service resumed on Monday.",
        "Tickets cost 4 euros.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        # a label inside a sentence, not at the start of its line
        "The museum showed one photo: a ferry at the pier. It drew large crowds.",
        # no label: a word of pictures opening a sentence
        "Photo fans met at the pier. They said the show drew large crowds.",
    ],
)
def test_sentences_that_only_mention_pictures_are_kept(line: str) -> None:
    text = f"The ferry service resumed on Monday.\n\n{line}"
    texts = [claim.text for claim in extract_claims(text)]
    assert len(texts) == 3, texts


def test_a_caption_in_square_brackets_is_a_photo_credit() -> None:
    text = (
        "The harbour reopened on Monday.\n\n"
        "[Photo: Boats moored at the quay. Vell Courier/Ana Ruiz]\n\n"
        "Repairs took a month.\n"
    )
    assert [c.text for c in extract_claims(text) if c.kind is Kind.FACT] == [
        "The harbour reopened on Monday.",
        "Repairs took a month.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        # a "Share" label before the buttons, set off by blanks or commas, not bars
        "Share: Facebook Twitter WhatsApp.",
        "Share:  Facebook   Email   Print",
        "Share this story: Telegram, Messenger, SMS",
        "Share: LinkedIn / X / Copy link",
        "Comments (7) | Share | Tweet.",
    ],
)
def test_share_labels_before_buttons_are_boilerplate(line: str) -> None:
    assert boilerplate_reason(line) == "share / subscribe prompt"


@pytest.mark.parametrize(
    "line",
    [
        "Share: the council's share of the cost rose to 40 percent.",
        "Share prices fell on Facebook and Twitter news.",
        "Shares: 12 million changed hands on Friday.",
    ],
)
def test_share_words_in_a_sentence_are_not_a_button_bar(line: str) -> None:
    assert boilerplate_reason(line) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Get breaking news alerts: download our app.",
        "Receive instant notifications on your phone.",
        "Turn on push notifications for the latest on the storm.",
        "Sign up for local alerts today.",
        "Download our free app for live traffic updates.",
        "Never miss a story: download the Harbour Gazette app.",
        "Download the Coast News app to follow the race.",
        "Don't miss our guide to the best ferry routes!",
        "Don’t miss a single update from the match.",
    ],
)
def test_app_and_alert_prompts_are_boilerplate(sentence: str) -> None:
    assert sentence_boilerplate_reason(sentence) == "share / subscribe prompt"


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents received text alerts about the flood on Monday.",
        "The city got 40 alerts from its river gauges overnight.",
        "More than 2 million people downloaded the app in May.",
        "Users could download the app only in Norway, the company said.",
        "Get-well notes poured in after the crash.",
        "Don't miss the deadline, tax officials warned.",
        "The coastguard turned on its warning sirens at dawn.",
    ],
)
def test_sentences_about_alerts_and_apps_are_claims(sentence: str) -> None:
    assert sentence_boilerplate_reason(sentence) is None


def test_a_bracketed_caption_broken_over_two_lines_is_dropped() -> None:
    text = (
        "The ferry docked at Kalmar on Monday after a 10-hour delay.\n\n"
        "[Photo: Passengers leave the ferry at the north pier. Photo by\n"
        "Dana Oyelaran / Harbour Gazette]\n\n"
        "The operator said the engines had been repaired.\n\n"
        "(Image: The harbour at night. Credit:\n"
        "Coast Radio archive)\n"
    )
    claims = [claim.text for claim in extract_claims(text)]
    assert not any("Oyelaran" in c or "archive" in c for c in claims)
    assert "The ferry docked at Kalmar on Monday after a 10-hour delay." in claims


def test_a_line_closing_a_bracket_of_a_sentence_is_kept() -> None:
    # the line above opens with no caption label: the bracket is the story's own aside
    text = (
        "The ferry operator (which runs six boats between the islands\n"
        "and the mainland) cut 40 jobs on Monday.\n\n"
        "[Council papers show the pier cost $4 million, the auditor said.\n"
        "The harbour board paid for half of it.]\n"
    )
    claims = [claim.text for claim in extract_claims(text)]
    assert any("40 jobs" in c for c in claims)
    assert any("harbour board paid for half" in c for c in claims)


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("Thank you for reading.", "closing note"),
        ("Thanks for reading the Tarn Valley Post!", "closing note"),
        ("Thanks so much for watching.", "closing note"),
        ("Thank you for reading and supporting the Kell Gazette.", "closing note"),
        ("Thank you for being a subscriber.", "closing note"),
        ("Support local journalism: become a member today.", "membership appeal"),
        ("Support independent journalism.", "membership appeal"),
        ("Please support our reporting with a monthly gift.", "membership appeal"),
        ("Back our newsroom: join today.", "membership appeal"),
        ("Become a subscriber for $2 a week.", "membership appeal"),
        ("Become a Harbour Post member and read without limits.", "membership appeal"),
        ("Donate today to keep our newsroom open.", "membership appeal"),
        ("Please consider making a donation to help our reporting.", "membership appeal"),
        ("Make a donation today and help us grow.", "membership appeal"),
    ],
)
def test_closing_thanks_and_membership_appeals_are_boilerplate(sentence: str, reason: str) -> None:
    assert sentence_boilerplate_reason(sentence) == reason


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for your patience, the airline told passengers.",
        "Thanks for the tip, the inspector said.",
        "Thank you for reading, she wrote in the guest book before the mine collapsed.",
        "She hopes to become a member of the board.",
        "Become a member of the union, organisers told workers at the gate.",
        "Support for local journalism fell sharply in 2024, a survey found.",
        "Support local businesses, the mayor urged shoppers.",
        "Support local journalism, the senator urged.",
        "Donations to the hospital rose 8 percent.",
        "Make a decision today, the judge told the jury.",
        "Back pay for the nurses was approved on Tuesday.",
    ],
)
def test_thanks_and_support_in_a_story_are_not_appeals(sentence: str) -> None:
    assert sentence_boilerplate_reason(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "You might also like: The best winter walks in the Kell range.",
        "You may also enjoy: Ten ferry routes to try this summer",
        "You'll also like: Our guide to spring markets",
        "In case you missed it: The council's budget vote",
        "ICYMI: Tolls on the Kell bridge rise in May",
    ],
)
def test_links_to_other_stories_for_the_reader_are_navigation(sentence: str) -> None:
    assert sentence_boilerplate_reason(sentence) == "navigation link"


@pytest.mark.parametrize(
    "sentence",
    [
        "You might also like the new bus timetable, the mayor joked.",
        "You may also be interested in the results, the minister said.",
        "In case you missed it, the bridge reopened on Monday.",
        "You will like it: the pool reopens on Friday, the council said.",
    ],
)
def test_you_might_like_in_a_sentence_is_kept(sentence: str) -> None:
    assert sentence_boilerplate_reason(sentence) is None


def test_closing_lines_of_a_page_leave_the_story_whole() -> None:
    text = (
        "The Kell ferry will resume sailings on Monday, its operator said.\n\n"
        "Thank you for reading.\n\n"
        "Support local journalism: become a member today.\n\n"
        "You might also like: Ten walks along the Kell shore\n"
    )
    assert [claim.text for claim in extract_claims(text)] == [
        "The Kell ferry will resume sailings on Monday."
    ]
