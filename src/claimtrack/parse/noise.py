"""Text that is not a claim: adverts, prompts, credits, bylines, repeated lines, headings,
post signatures; and the labels, datelines and hashtags around a real sentence.

Every pattern here is either anchored with bounded repetition or applied only to short
lines, so a megabyte of hostile input costs linear time.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import NamedTuple

from claimtrack.parse import tables

#: Boilerplate patterns are only tried on lines this short: adverts and credits are short,
#: and a ``.*x.*y`` pattern must never meet a megabyte-long line.
MAX_BOILERPLATE_LINE = 300


class PostSignature(NamedTuple):
    """ "— Name (@handle) May 1, 2026": who posted and when, as the text says."""

    handle: str
    name: str | None
    date: dt.date | None
    start: int
    end: int


_SIGNATURE = re.compile(
    r"^[ \t]*[—–-]{1,2}(?P<name>[^\n@]{0,60})@(?P<handle>\w{1,30})\)?"
    r"[ \t]+(?P<date>[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4})[ \t]*$",
    re.MULTILINE,
)
_MARKDOWN_HEADING = re.compile(r"#{1,6}[ \t]+")
# Markdown emphasis around a sentence ("*Draft for the desk.*") is layout, not words.
_EMPHASIS_OPEN = re.compile(r"(?:\*{1,3}|_{1,3})(?=[^\s*_])")
_LABEL = re.compile(
    r"(?:[A-Z][\w.'’ -]{0,40}:[ \t]+)?"
    r"(?:BREAKING(?: NEWS)?|JUST IN|UPDATE|UPDATED|EXCLUSIVE|DEVELOPING|WATCH|ALERT"
    r"|LIVE(?: UPDATES)?|Live(?: updates)?)"
    r"[ \t]*[:|—–-][ \t]*"
)
# "PARIS (AFP) —", "PARIS —", or the agency's credit alone: "(Labour Wire) —"; scraped copy
# may set the dash off with no-break spaces.
#: A place in Title Case is a dateline only before a wire agency's credit: "Lima (Reuters) -".
_TITLE_CASE_DATELINE = (
    r"[A-Z][a-z][\w.'’-]{1,20}(?:[ \t][A-Z][a-z][\w.'’-]{1,20}){0,2}"
    r"(?:,[ \t]*[A-Z][\w.]{1,12}(?:[ \t]+\d{1,2})?)?"
    rf"[ \t]*\((?:{'|'.join(map(re.escape, tables.data_lines('wire_agencies.txt')))})\)"
)
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'’/-]{1,20}(?:[ \t][A-Z][A-Z.'’/-]{1,20}){0,3}"
    # a country or state, then the date: "AMBERFOLD, England, Oct 11 (HPA) -"
    r"(?:[ \t]?,[ \t]*[A-Z][\w.]{1,12}(?:[ \t]+[A-Z][\w.]{1,12})?(?:[ \t]+\d{1,2})?){0,2}"
    r"(?:[ \t]*\([\w .&/-]{1,40}\))?|\([A-Z][\w .&/-]{1,40}\)"
    rf"|{_TITLE_CASE_DATELINE})[ \t\u00a0]*[—–-]{{1,2}}[ \t\u00a0]+"
)
# A wire story's byline run into its dateline ("By Ana Ruiz and Tom Berg OSLO/BERGEN, May 1
# (Agency) -"): who wrote it, no word of what it says. Only before a dateline: "By Friday,
# ..." and "By Ana's count, ..." open sentences.
_BYLINE_LEAD = re.compile(
    r"By[ \t]+(?:(?:[A-Z][a-z][\w'’-]*|[A-Z]\.)[ \t]+(?:and[ \t]+)?){1,6}(?="
    + _DATELINE.pattern
    + ")"
)
# A live blog's time stamp before an entry ("4:05 p.m. —", "16:20 GMT -"): when the entry
# was posted, not a word of what it says.
# A clock time with a colon and no dash opens an entry too ("07:05 Picket lines form",
# "**09:40** Hospital statement"), when a capitalised word follows: "At 07:05 the first
# train left" opens with its preposition.
_CLOCK = r"(?:\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?|\d{1,2}[ \t]*[ap]\.?m\.?)"
_TIME_STAMP = re.compile(
    rf"{_CLOCK}(?:[ \t]+[A-Z]{{2,4}})?[ \t]*[—–-]{{1,2}}[ \t]+"
    r"|(?:[01]?\d|2[0-3]):[0-5]\d(?:\*{1,3})?[ \t]+(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)
_CLOCK_TIME = re.compile(_CLOCK, re.IGNORECASE)
# A post's time label before its words ("Update 5.10pm: the search goes on", "UPDATE
# 16:20 GMT - ..."): when the post was added to, not a word of what it says.
_TIME_LABEL = re.compile(
    rf"(?:Update|UPDATE|Updated|UPDATED)[ \t]+(?:at[ \t]+)?{_CLOCK}(?:[ \t]+[A-Z]{{2,4}})?"
    r"[ \t]*[:—–-][ \t]*"
)
# Emoji, pictographs and regional-indicator flags before the words start.
_SYMBOLS = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D ]+")
_HASHTAG_TAIL = re.compile(r"(?<![ \t])[ \t]+#\w{1,60}[ \t]*$")
# A link pasted after a post's words ("... tonight. pic.twitter.com/x1Y2 …"): an address,
# not words of the claim, and it would make two outlets' copies of a post look different.
# One inside brackets ("(photo from www.example.org)") belongs to the words around it.
_LINK_TAIL = re.compile(
    r"(?<![ \t])[ \t]+(?:https?://|pic\.twitter\.com/|www\.)[^\s()]{1,300}(?:[ \t]*…)?[ \t]*$",
    re.IGNORECASE,
)
_TERMINAL = ".!?…\"”’'):"
_BYLINE = re.compile(r"(?:By|BY)[ \t]+[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){0,3}(?:,.{0,60})?")
#: A byline under a label ("Words: Ana Ruiz · City desk · Updated 9.14am", "Reporter: Tom
#: Berg • 3 hours ago") or a desk's credit ("Staff report | Updated 12:35 PM"): the name
#: (one to four capitalised words), then at most four short parts after a dot, bullet or
#: bar. A label before a sentence ("Reporter: The mayor said ...") has more words than a
#: name and no such mark.
_LABELLED_BYLINE = re.compile(
    r"(?:(?:Words|Text|Reporter|Reporting|Writer|Written|Author|Byline)"
    r"(?:[ \t]+by)?[ \t]*:[ \t]*[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){0,3}"
    r"|(?:Staff|Wire|Agency|Newsdesk)[ \t]+(?:report|reports|writer|reporter|staff))"
    r"(?:(?<![ \t])[ \t]*[·•|][ \t]*[^·•|\n]{1,40}){0,4}"
)
#: The first words of ``_LABELLED_BYLINE``: a prefix test before the pattern.
_BYLINE_LABELS = (
    *"Words Text Reporter Reporting Writer Written Author Byline".split(),
    *"Staff Wire Agency Newsdesk".split(),
)

#: A count on a page's counter ("1,204", "2.3K") and what readers did that it counts.
_COUNT = r"\d[\d,.]{0,12}[kKmM]?"
_COUNTED = r"(?:likes?|shares?|comments?|views?|retweets?|reposts?|reactions?|replies|reply|votes?)"
#: One part of a page's meta line, between its dots, bullets or bars: when it was posted
#: ("2 hours ago", "Posted 2 hours ago", "Updated 16:40"), how long it takes to read ("4 min
#: read") or who wrote it ("By Newsroom staff", "Posted by Ana Ruiz").
_META_PART = re.compile(
    r"(?:(?:posted|published|updated|last[ \t]+updated?|first[ \t]+published)[ \t]+\S.{0,40}"
    r"|\S.{0,30}[ \t]ago"
    r"|\d{1,3}[ \t]*(?:min|mins|minute|minutes)(?:[ \t]+read)?"
    r"|(?:(?:posted|written)[ \t]+)?by[ \t]+[A-Za-z].{0,40}"
    # a reader count or prompt ("64 comments", "Sign in to comment", "Sort: Most liked")
    rf"|{_COUNT}[ \t]+{_COUNTED}"
    r"|(?:sign|log)[ \t]?in(?:[ \t]+\w{1,12}){0,4}"
    r"|sort(?:ed)?(?:[ \t]+by)?[ \t]*:.{1,30}"
    # a post's age ("2h", "3 hrs"), a weather widget's reading ("14°C Orrick"), a wire
    # desk's slug ("KNA/bl/tr"), a credit ("Site plan by Ana Dufresne")
    r"|\d{1,2}[ \t]?(?:h|hr|hrs|d|w|min|mins)"
    r"|-?\d{1,2}[ \t]?°[CF]?(?:[ \t]+(?-i:[A-Z])[\w'’-]*){0,3}"
    r"|(?-i:[A-Z]{2,6}|[a-z]{2,3})(?:/(?-i:[a-z]{2,3})){1,3}"
    r"|(?:[01]\d|2[0-3])[0-5]\d[ \t]+(?-i:GMT|BST|UTC|CET|CEST|EST|EDT)"
    r"|(?:[a-z]{2,12}[ \t]+){1,3}by[ \t]+(?-i:[A-Z])[\w.'’-]*(?:[ \t]+(?-i:[A-Z])[\w.'’-]*){0,3})",
    re.IGNORECASE,
)
#: A dot, bullet or bar between parts: a middle dot before a lower-case letter with no
#: space around it is part of a word ("Paral·lel", "Vall·llosera"), not a separator.
_META_SEPARATOR = re.compile(r"(?<![ \t])(?:[ \t]*[·•|](?:[ \t]+|(?![a-z]))|[ \t]+[·•|])")
#: Parts of a meta line, and the words of one part: a sentence is longer.
MAX_META_PARTS = 6
MAX_META_PART_WORDS = 7
#: What opens a player's line on a page ("▶ Watch: ...").
_PLAY_SYMBOLS = "▶►▷⏵⏯"
#: A media line after its label: a count of what the gallery holds ("8 photos"), or a
#: running time at its end ("... (1:12)", "(1:02:30)").
_MEDIA_COUNT = re.compile(r"\d{1,4}[ \t]+([A-Za-z]{3,12})[ \t.]*")
_DURATION_TAIL = re.compile(
    r"\((?:(?:\d{1,2}:)?\d{1,2}:\d{2}|\d{1,3}[ \t]*(?:min|mins|minutes)"
    r"|\d{1,2}[ \t]*(?:hr|hrs|hour|hours)(?:[ \t]+\d{1,2}[ \t]*(?:min|mins))?)\)[ \t.]*$"
)
_MEDIA_LABEL = re.compile(r"([A-Za-z]{2,12}(?:[ \t][A-Za-z]{2,12})?)[ \t]*:[ \t]*")
#: A page's marker line: a participle, then a thing on the page ("Pinned post", "Embedded
#: tweet:", "Sponsored content").
MAX_MARKER_LENGTH = 32
_PAGE_MARKER = re.compile(r"[A-Z][a-z]{2,15}ed[ \t]+([A-Za-z]{3,12})[ \t]*[:.]?")


def _page_item(word: str) -> bool:
    """Whether ``word`` names a thing a page shows (data/page_items.txt), singular or plural."""
    items = tables.words("page_items.txt")
    lower = word.lower()
    return lower in items or (lower.endswith("s") and lower[:-1] in items)


def _meta_line(line: str) -> bool:
    """A page's meta line ("Posted 2 hours ago · Courts · By Newsroom staff", "Community
    News | Posted by Ana Ruiz | 4 min read"): a few short parts between dots, bullets or
    bars, one of them when it was posted, how long it reads or who wrote it."""
    parts = _META_SEPARATOR.split(line.rstrip(". \t"))
    if not 2 <= len(parts) <= MAX_META_PARTS:
        return False
    if any(not part or len(part.split()) > MAX_META_PART_WORDS for part in parts):
        return False
    words = [_bare_part(part) for part in parts]
    return any(_META_PART.fullmatch(part) for part in words if part) or _counter_bar(words)


def _bare_part(part: str) -> str:
    """A part of a meta line without the symbols around it ("😢 204" -> "204", "🌐" -> "")."""
    start, end = 0, len(part)
    while start < end and not part[start].isalnum():
        start += 1
    while end > start and not part[end - 1].isalnum() and part[end - 1] != ")":
        end -= 1
    return part[start:end]


#: A count on a reaction bar, with or without what it counts ("318", "97 shares").
_COUNTER_PART = re.compile(rf"(?i){_COUNT}(?:[ \t]+{_COUNTED})?")


def _counter_bar(parts: list[str]) -> bool:
    """A bar of reaction counts ("318 · 😢 204 · 😡 57", "1,842 · 403 comments"): every part
    a count, with at most its emoji and what it counts; a row of a table has words."""
    return all(_COUNTER_PART.fullmatch(part) for part in parts if part) and any(parts)


#: A site's navigation bar: four or more parts between spaced dots, bullets or bars, each of
#: one to three capitalised words ("THE X LOOP · News · What's On · Sport · Puzzles").
MIN_NAVIGATION_PARTS = 4
_SPACED_SEPARATOR = re.compile(r"(?<![ \t])[ \t]+[·•|][ \t]+")
_NAVIGATION_PART = re.compile(
    r"(?:[A-Z][\w'’&-]*|&|and|of|the)(?:[ \t]+(?:[A-Z][\w'’&-]*|&|and|of|the)){0,2}"
)


def _navigation_bar(line: str) -> bool:
    """Whether ``line`` is a site's menu: no digit and no sentence, only section names."""
    parts = _SPACED_SEPARATOR.split(line.rstrip(". \t"))
    if not MIN_NAVIGATION_PARTS <= len(parts) <= 2 * MAX_META_PARTS:
        return False
    return not any(char.isdigit() for char in line) and all(
        _NAVIGATION_PART.fullmatch(part) and part[:1].isupper() for part in parts
    )


def _media_line(line: str) -> str | None:
    """Why a line points at a player or a gallery ("▶ Watch: ... (1:12)", "Gallery: 8
    photos", "Listen: The week in review (24:05)"), or None. A label alone ("Watch: Police
    arrest a man") heads a post's sentence, which stays."""
    if line[0] in _PLAY_SYMBOLS:
        return "video / audio link"
    # an emoji before the label ("🎧 Listen: ...") is the player's icon
    icon = _SYMBOLS.match(line)
    label = _MEDIA_LABEL.match(line, icon.end() if icon else 0)
    if label is None or label.group(1).lower() not in tables.words("media_labels.txt"):
        return None
    rest = line[label.end() :]
    count = _MEDIA_COUNT.fullmatch(rest)
    if count is not None and _page_item(count.group(1)):
        return "gallery link"
    if _DURATION_TAIL.search(rest, max(0, len(rest) - 16)):
        return "video / audio link"
    return None


def _page_marker(line: str) -> bool:
    """A page's marker line ("Pinned post", "Embedded tweet:", "Sponsored content"): a
    participle and a thing the page shows, nothing more. "Shots fired" and "Troops
    deployed" name no such thing."""
    found = _PAGE_MARKER.fullmatch(line)
    return found is not None and _page_item(found.group(1))


def in_recirculation_list(text: str, line_start: int) -> bool:
    """Whether the line at ``line_start`` is an item of a list under a heading of the page's
    other stories ("Most read", "Related stories": data/recirculation_headings.txt): the
    items are other stories' headlines, not claims of the article. The item and those
    before it up to the heading are list lines ("1. ...", "- ...", "▸ ...", "› ..."), with
    no blank line between them."""
    if not _LIST_ITEM.match(text, line_start):
        return False  # most lines: no list mark
    end = line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not line.strip():
            return False
        if not _LIST_ITEM.match(line):
            heading = line.strip().strip("#*_ \t").rstrip(":").strip().lower()
            return heading in tables.words("recirculation_headings.txt")
        end = start - 1
    return False


#: Reasons of ``sentence_boilerplate_reason`` that appeal to the reader for money or support.
_APPEALS = frozenset({"appeal to the reader", "membership appeal"})
_APPEAL_LINE_SPLIT = re.compile(r"(?<=[.!?])[ \t]+(?=\S)")


def outlet_beside_its_appeal(sentence: str, line: str, source: str | None) -> bool:
    """Whether ``sentence`` speaks of the outlet itself ("The Hub is run by volunteers.",
    "We are funded by readers.") on a line that appeals to the reader for money or support
    ("If you value local news, donate £5 today."): the appeal's reason, not the story's
    news. The sentence opens with "We" or "Our", or with "The" and a word of the outlet's
    name (``source``); off such a line, "The Hub opened in 2019." stays a fact."""
    words = sentence.split(None, 2)
    if len(words) < 2:
        return False
    if words[0] not in ("We", "Our") and not (
        words[0] == "The" and source and words[1] in source.split()[1:]
    ):
        return False
    return any(
        part != sentence and sentence_boilerplate_reason(part) in _APPEALS
        for part in _APPEAL_LINE_SPLIT.split(line.strip())
    )


#: A list line: a number ("1.", "2)") or a bullet before its words.
_LIST_ITEM = re.compile(r"[ \t]{0,3}(?:\d{1,2}[.)]|[-*•▸▹►›»→])[ \t]+\S")


_LETTERS = re.compile(r"[a-z©]+")
_PUNCTUATION = re.compile(r"[^\w\s]")  # compiled once: normalized_line runs per sentence
# Every boilerplate pattern contains one of these words; a line without any is skipped
# cheaply (most lines of an article).
_TRIGGER_WORDS = frozenset(
    "shop buy order click advertisement sponsored promoted ad subscribe sign newsletter follow "
    "advertising paid partner apply book register enrol download shared reposted "
    "share like read related see watch listen more recommended by written reporting edited "
    "photo photos photograph image images picture pictures video illustration ap afp reuters "
    "getty epa credit source "
    "copyright rights © tags tag topics filed scroll swipe posted min minute minutes comment "
    "comments shares tweet email print save facebook twitter whatsapp linkedin reddit "
    "pinterest".split()
)


@lru_cache(maxsize=1)
def _boilerplate() -> tables.GatedTable:
    return tables.GatedTable(
        tuple(
            (tables.GatedPattern(pattern, re.I), reason)
            for pattern, reason in tables.pairs("boilerplate.txt")
        )
    )


def find_post_signature(text: str) -> PostSignature | None:
    """The first social-media post signature in ``text`` ("— @handle May 1, 2026"), if any.

    The reader may use it to fill ``Article.source_handle`` and ``published``.
    """
    if "@" not in text:
        return None  # every signature has its handle: one substring test on most articles
    match = _SIGNATURE.search(text)
    if match is None:
        return None
    name = (match.group("name") or "").strip(" \t(") or None
    return PostSignature(
        handle="@" + match.group("handle"),
        name=name,
        date=_signature_date(match.group("date")),
        start=match.start(),
        end=match.end(),
    )


def _signature_date(text: str) -> dt.date | None:
    from dateutil import parser as dateparser

    try:
        return dateparser.parse(text).date()
    except (ValueError, OverflowError):
        return None


#: How a line of a page's markup or script opens ("<!-- google_ad_client = ...").
_MARKUP_OPENERS = ("<!--", "<script", "<iframe", "<style", "<noscript")


#: What script code has and prose does not: "function(", "var x =", a call on a dotted name
#: ("OO.Player.create(", "d.getElementById("), ");", "})", "new Object(". A name starts
#: after no word character, so a run of letters is read once, not from each of its letters.
_CODE_TOKEN = re.compile(
    r"\bfunction[ \t]*\(|\bvar[ \t]+[\w$]+[ \t]*="
    r"|(?<![\w$.])[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+[ \t]*\("
    r"|\)[ \t]*;|\}[ \t]*\)|\bnew[ \t]+[A-Z]\w*[ \t]*\("
)
#: How many of ``_CODE_TOKEN`` make a line code: one may be prose ("the site (see below);").
_CODE_TOKENS = 3
#: How far into the text the first of them may stand: the text opens as code. Prose that the
#: sentence splitter ran into a script before it ("... after the storm. var args = ...")
#: is kept, script and all, rather than lost.
_CODE_OPENING = 12


def _looks_like_code(line: str) -> bool:
    """A page's script pasted as a line or sentence of text ('OO.ready(function() { ... })',
    'var args = new Object(); args.version = 2;'): parentheses with braces or semicolons,
    three or more of ``_CODE_TOKEN``, the first near the start."""
    if "(" not in line or ("{" not in line and ";" not in line):
        return False
    first = _CODE_TOKEN.search(line, 0, _CODE_OPENING + 40)
    if first is None or first.start() > _CODE_OPENING:
        return False
    return len(_CODE_TOKEN.findall(line)) >= _CODE_TOKENS


def boilerplate_reason(line: str) -> str | None:
    """Why a whole line is boilerplate (advert, prompt, credit, byline...), or None."""
    stripped = line.strip()
    if stripped.startswith(_MARKUP_OPENERS) or _looks_like_code(stripped):
        return "markup / code"  # a page's script or comment pasted with its words
    if not stripped or len(stripped) > MAX_BOILERPLATE_LINE:
        return None
    if _SIGNATURE.fullmatch(stripped):
        signature = find_post_signature(stripped)
        assert signature is not None
        when = f", {signature.date.isoformat()}" if signature.date else ""
        return f"post signature: {signature.handle}{when}"
    # The first characters decide most lines before any word list or pattern is built.
    if stripped[0] in "#@" and all(word[:1] in "#@" for word in stripped.split()):
        return "hashtags"
    if stripped[:2] in ("By", "BY") and _BYLINE.fullmatch(stripped) and len(stripped.split()) <= 12:
        return "byline"
    if stripped.startswith(_BYLINE_LABELS) and _LABELLED_BYLINE.fullmatch(stripped.rstrip(".")):
        return "byline"
    if not _TRIGGER_WORDS.isdisjoint(_letter_runs(stripped)):
        reason = _boilerplate().first_label(stripped, tables.fold_safe_lower(stripped))
        if reason is not None:
            return reason
        if _shouting_advert(stripped):
            return "advert / call to action"
    return _page_furniture(stripped)


def _page_furniture(line: str) -> str | None:
    """Why a line is a page's furniture by its form, not its words: a meta line of parts
    between dots or bars, a player's or a gallery's line, a marker such as "Pinned post", a
    site's menu, and the forms of ``furniture_form_reason``."""
    if line[0].isdigit() or line[:1].isupper():
        if _ENGAGEMENT_COUNT.fullmatch(line):
            return "engagement count"
        if _POSTED_AT.fullmatch(line):
            return "byline / date line"
    if ("·" in line or "•" in line or "|" in line) and _meta_line(line):
        return "byline / date line"
    media = _media_line(line) if ":" in line or line[0] in _PLAY_SYMBOLS else None
    if media is not None:
        return media
    if line[-1] != "." and len(line) < MAX_MARKER_LENGTH and _page_marker(line):
        return "page marker"
    if ("·" in line or "•" in line or "|" in line) and _navigation_bar(line):
        return "navigation bar"
    return furniture_form_reason(line)


#: A capitalised name or place of one to four words ("Ana Ruiz", "Jo O'Neill", "Calloway
#: Road"); a particle such as "de" or "van" may stand inside it.
_CAPITALISED = r"[A-Z][\w.'’-]*(?:[ \t]+(?:de|van|von|da|del|di|le|la|[A-Z][\w.'’-]*)){0,3}"
_CREDIT_ROLES = "|".join(
    sorted(map(re.escape, tables.data_lines("credit_roles.txt")), key=len, reverse=True)
)
#: One credit: what was done (data/credit_roles.txt), where from, and by whom ("Reported by
#: Ana Ruiz and Tom Berg", "Filed from Calloway Road by Li Wei", "Sent in by Jo Platt").
_CREDIT = (
    rf"(?i:{_CREDIT_ROLES})(?:[ \t]+(?:from|in|at)[ \t]+{_CAPITALISED})?[ \t]+by[ \t]+"
    rf"{_CAPITALISED}(?:(?:,|[ \t]+and|[ \t]*&)[ \t]+{_CAPITALISED}){{0,3}}"
    rf"(?:[ \t]+in[ \t]+{_CAPITALISED})?"
)
#: When a credited post went up, after a dash: a date ("4 March 2026, 10:22 am", "May 4")
#: or a clock time ("10:22").
_POST_TIME = (
    r"(?:\d{1,2}(?:[ \t]+[A-Z][a-z]{2,8}|[:.]\d{2})|[A-Z][a-z]{2,8}[ \t]+\d{1,2})[\w ,.:]{0,30}"
)
#: A credit line: one or more credits, perhaps after a wire reporter's name and place ("Ana
#: Ruiz in Oslo; additional reporting by Tom Berg."), in brackets or not. Nothing after the
#: last name: "Reported by Reuters, the deal ..." and "Research by Jo Platt found ..." go on.
_CREDIT_LINE = re.compile(
    rf"[(\[]?(?:{_CAPITALISED}[ \t]+in[ \t]+{_CAPITALISED}[ \t]*[;,][ \t]*)?{_CREDIT}"
    rf"(?:[ \t]*[,;]?[ \t]*(?:and[ \t]+|with[ \t]+){{0,2}}{_CREDIT}){{0,3}}"
    # the writer's title and the time of the post: ", Transport Reporter — 4 March, 10:22 am"
    rf"(?:,[ \t]+{_CAPITALISED})?(?:[ \t]+[—–-][ \t]+{_POST_TIME})?[ \t]*[.)\]]{{0,2}}"
)
#: A page's links to the stories before and after it ("Previous: A | Next: B").
_STEP_LABEL = (
    r"(?:Previous|Prev|Next|Older|Newer)(?:[ \t]+(?:article|story|post|page|item))?[ \t]*:[ \t]*"
)
_PREVIOUS_NEXT = re.compile(
    rf"(?:{_STEP_LABEL})?[^|\n]{{1,160}}[ \t]\|[ \t]+{_STEP_LABEL}[^|\n]{{1,160}}"
)
#: A masthead: the outlet's name, a dash or bar, and its slogan of "Your ..." words ("The X
#: Dispatch — Your town. Your news."); "Your vote counts." has a verb and is not one.
_MASTHEAD = re.compile(
    rf"(?:The[ \t]+)?{_CAPITALISED}[ \t]*[—–|:-][ \t]*"
    r"(?:[Yy]our(?:[ \t]+local)?[ \t]+[a-z]{2,15}[.,!;]?[ \t]*){1,4}"
)
#: A company's registration line in an imprint ("Registered in England No. 0918273.",
#: "Registered charity number 1234567"): a number, not a fact of the story.
_REGISTERED = re.compile(
    r"(?:Company[ \t]+)?Registered(?:[ \t]+(?:in|at)[ \t]+[A-Z][a-z]+"
    r"(?:[ \t]+(?:and[ \t]+)?[A-Z][a-z]+){0,2})?[ \t]*[,.]?[ \t]*"
    r"(?:(?:company|charity|registration|in)[ \t]+)?(?:No\.?|no\.?|Number|number)[ \t]*:?"
    r"[ \t]*[A-Z]{0,2}[ \t]?\d[\d \t]{3,11}\.?"
)
_STREETS = "|".join(word.capitalize() for word in tables.data_lines("street_words.txt"))
#: An imprint's postal address with no verb ("The X Lamp, 14 Bridewell Yard, Orrick."): a
#: name, a number and a street (data/street_words.txt), a town or two, a postcode.
_ADDRESS = re.compile(
    rf"{_CAPITALISED},[ \t]+\d{{1,4}}[A-Za-z]?[ \t]+(?:[A-Z][\w'’-]*[ \t]+){{1,3}}(?:{_STREETS})"
    rf"(?:,[ \t]+{_CAPITALISED}){{1,2}}(?:,?[ \t]+[A-Z]{{1,2}}\d[A-Z\d]?[ \t]+\d[A-Z]{{2}})?\.?"
)
#: A wire desk's slug and time ("-- PNW-BIZ 1107 GMT --", "HPA nd/sc 11 Oct 2026 1255 (...)",
#: "TPA mw/jh."): the agency's code and initials, never words.
_WIRE_SLUG = re.compile(
    r"-{0,2}[ \t]*[A-Z]{2,6}(?:-[A-Z]{2,6}){0,2}[ \t]+(?:[01]\d|2[0-3])[0-5]\d[ \t]+"
    r"(?:GMT|BST|UTC|CET|CEST|ET|EST|EDT|PT|PST|PDT)[ \t]*-{0,2}\.?"
    r"|[A-Z]{2,6}[ \t-][a-z]{2,3}/[a-z]{2,3}(?:/[a-z]{2,3})?(?:[ \t]+[\d(][^\n]{0,120})?\.?"
)
#: A reader's meter of free stories ("You've read 4 of your 6 free stories this month.").
_PAYWALL_METER = re.compile(
    r"You(?:'ve|’ve|[ \t]+have)[ \t]+(?:read|viewed|opened|used)[ \t]+\w{1,6}[ \t]+of[ \t]+"
    r"(?:your|the|\w{1,6})[ \t]+(?:\w{1,6}[ \t]+)?(?:free[ \t]+)?"
    r"(?:stories|articles|pieces|pages)\b[^\n]{0,60}"
    r"|You[ \t]+have[ \t]+\w{1,6}[ \t]+free[ \t]+(?:stories|articles|pieces|pages)[ \t]+"
    r"(?:left|remaining)\b[^\n]{0,60}"
)


def furniture_form_reason(sentence: str) -> str | None:
    """Why a sentence is a page's furniture by its form, wherever it stands: a credit line,
    links to the previous and next stories, a masthead, an imprint's address or registration,
    a wire desk's slug, a free-story meter. Cheap tests of a word or a character first."""
    if " by " in sentence and _CREDIT_LINE.fullmatch(sentence):
        return "byline"
    if "|" in sentence and _PREVIOUS_NEXT.fullmatch(sentence):
        return "navigation link"
    if ("our " in sentence or "Our " in sentence) and _MASTHEAD.fullmatch(sentence):
        return "masthead"
    if sentence[:1] in "CR" and _REGISTERED.fullmatch(sentence):
        return "imprint"
    if sentence.count(",") >= 2 and _ADDRESS.fullmatch(sentence):
        return "imprint"
    if (sentence[:2].isupper() or sentence[:1] == "-") and _WIRE_SLUG.fullmatch(sentence):
        return "wire slug"
    if sentence.startswith("You") and _PAYWALL_METER.fullmatch(sentence):
        return "paywall meter"
    return None


#: A count of the readers' reactions, alone on its line or before more of the page's
#: furniture: "1,204 likes.", "2.3K views", "Comments (23) · Sort by: Newest".
_ENGAGEMENT_COUNT = re.compile(
    r"(?i)(?:\d[\d,.]{0,12}[km]?[ \t]+(?:likes?|shares?|comments?|views?|retweets?|reposts?"
    r"|reactions?|replies|reply)"
    r"|(?:comments?|replies|reactions|shares|likes)[ \t]*\(\d[\d,]{0,12}\))"
    r"(?:[ \t]*[·•|][^\n]{0,80})?\.?"
)
#: A live page's stamp alone on its line: "Posted at 1.47am.", "Updated 14:05 GMT".
_POSTED_AT = re.compile(
    r"(?i)(?:posted|updated|published|filed|last[ \t]+updated)(?:[ \t]+(?:at|on))?[ \t]+"
    r"\d{1,2}[.:]\d{2}[ \t]*(?:am|pm|a\.m\.|p\.m\.)?(?:[ \t]+[A-Z]{2,4})?\.?"
)


#: ``_LETTERS`` of a lower-cased ASCII line as an ``ascii_runs`` table (capitals lowered).
_ASCII_LETTERS = bytes(
    code + 32 if 65 <= code <= 90 else byte
    for code, byte in enumerate(tables.ascii_run_table(_LETTERS))
)


def _letter_runs(line: str) -> list[str]:
    """``_LETTERS.findall(line.lower())``, for ASCII lines at bytes speed."""
    if line.isascii():
        return tables.ascii_runs(line, _ASCII_LETTERS)
    return _LETTERS.findall(line.lower())


def _shouting_advert(line: str) -> bool:
    """An all-capitals line that tells the reader to do something is an advert."""
    if line.upper() != line:
        return False
    letters = [c for c in line if c.isalpha()]
    if len(letters) < 8 or sum(c.isupper() for c in letters) < 0.9 * len(letters):
        return False
    return bool(re.search(r"\b(?:SHOP|BUY|CLICK|ORDER|SUBSCRIBE|DOWNLOAD|SALE|DEAL)\b", line))


@lru_cache(maxsize=1)
def _sentence_boilerplate() -> tables.GatedTable:
    return tables.GatedTable(
        tuple(
            (tables.GatedPattern(pattern, re.I), reason)
            for pattern, reason in tables.pairs("boilerplate_sentences.txt")
        )
    )


_NOTE_WORDS = frozenset(
    "story article updated update updates adds developing editor's correction copyright © "
    "published reproduced broadcast redistributed reserved email e-mail contact write "
    "reach tips follow like reporting writing editing compiled edited sign get receive "
    "cancel unsubscribe subscribe thread stay views columnist writer editor fellow "
    "correspondent contributor agency service recasts corrects changes rewrites refiles "
    "read click clicking getty corrected comments comment touch facebook download alerts "
    "notifications ranked rated reviewed tested donation contribution".split()
)
# Words that open a note only as its first word ("Via ...", "Photo: ...", "(H/T ...)",
# "Last updated ...", "Thanks for reading.", "Support local journalism: ...", "You may also
# like: ..."): common elsewhere in a sentence ("last year", "see", "photo"), so
# they open the patterns only there, bare or after a bracket ("(with" only so). A prefix
# test in C: "Leaders ..." opening a sentence costs a wasted look at the patterns, never
# a missed note.
_NOTE_OPENERS = (
    *(
        f"{bracket}{word}"
        for word in "last see related via h/ photo image picture top main lead file header "
        "above below editors corrections warning content more also story don must up now check "
        "find tap ap afp epa thank support fund back become please consider donat make you "
        "icymi give pledge contribut".split()
        for bracket in ("", "(", "[")
    ),
    "(with ",
    "in case you",
    "if you ",  # an appeal after the reader's reason: "If you value ..., donate ..."
    # a recirculation line, a newsletter or membership prompt, a sign-off ("Readers also
    # viewed: ...", "Join 9,000 readers who ...", "Chip in ...", "That's all for now.")
    *"readers|people also|others also|visitors|subscribers|most read|most viewed|most "
    "popular|most shared|most watched|trending|popular now|what others|what readers|what "
    "people are|continue|join|chip in|we rely|we depend|we count on|that's all|that’s all|"
    "that's it|that’s it|that is all|that is it|forward|pass it|pass this|send it|send "
    "this|share it|share this|enjoy|did you enjoy|is this|was this|did you find this|want|"
    "looking for|hungry for".split("|"),
)


def sentence_boilerplate_reason(sentence: str) -> str | None:
    """Why a sentence inside a paragraph is a newsroom note (copyright, "this story will be
    updated", a contact address), or None. Cheap when no trigger word occurs."""
    stripped = sentence.strip()
    if _looks_like_code(stripped):
        return "markup / code"  # a script run into a paragraph of a scraped page
    if stripped[:1] in "*_":  # Markdown emphasis around the note: "**Updated 4:12 p.m.**"
        stripped = stripped.strip("*_ \t")
    if len(stripped) > MAX_BOILERPLATE_LINE:
        return None
    if stripped[:1] == "(" and "/" in stripped and _SLASH_CREDIT.fullmatch(stripped):
        return "photo credit"
    if stripped:
        form = furniture_form_reason(stripped)
        if form is not None:
            return form
    read = tables.text_words(stripped)
    if (
        _NOTE_WORDS.isdisjoint(read.words)
        and "@" not in stripped
        and "©" not in stripped
        and not read.lower.startswith(_NOTE_OPENERS)
    ):
        return None
    return _sentence_boilerplate().first_label(stripped, tables.fold_safe_lower(stripped))


#: What a writer does for an outlet, right after the writer's name ("Greta Sollen writes on
#: business for ...", "Mara Quist covers health for ...", "Sanne Koval is the ...'s chief
#: reporter").
#: A picture's credit in brackets, its outlet and its photographer or agency apart by a
#: slash: "(Dunlow Today / Sian Roberts)", "(Getty / Ana Ruiz)". Each side is one to five
#: capitalised words.
_CREDIT_SIDE = r"[A-Z][\w.'’&-]{0,30}(?:[ \t]+[A-Z&][\w.'’&-]{0,30}){0,4}"
_SLASH_CREDIT = re.compile(
    rf"\([ \t]*{_CREDIT_SIDE}(?:[ \t]*/[ \t]*{_CREDIT_SIDE}){{1,2}}[ \t]*\)[ \t.]*"
)

_AUTHOR_VERBS = frozenset({"writes", "reports", "covers", "is", "edits", "has"})
#: Words in an author note: past this, a line is the story's, whoever it names.
MAX_AUTHOR_NOTE_WORDS = 20


def own_author_note(line: str, source: str | None) -> bool:
    """A short line that names a writer (two or three capitalised words, then what the
    writer does) and the article's own outlet ``source`` ("Greta Sollen writes on business
    for the Halden Post."): the paper's note on its writer, not a claim of the story. The
    outlet's own name is what tells it from a story's sentence about someone ("Tom Berg is
    the mayor's chief of staff")."""
    words = line.split()
    if not source or len(source) < 4 or len(words) > MAX_AUTHOR_NOTE_WORDS:
        return False
    if source.lower() not in line.lower():
        return False
    return any(
        len(words) > size
        and all(word[:1].isupper() for word in words[:size])
        and words[size] in _AUTHOR_VERBS
        for size in (2, 3)
    )


#: The first sentence of a line, past an emphasis mark ("*Ana Ruiz covers ... Post. She").
_FIRST_SENTENCE = re.compile(r"[*_ \t]*(?P<sentence>[^*_\s][^*_\n]*?[.!?])(?=[ \t*_]|$)")


def first_sentence_of_line(line: str) -> str | None:
    """The first sentence of ``line`` without the emphasis marks around it, or None."""
    found = _FIRST_SENTENCE.match(line)
    return None if found is None else found.group("sentence")


def normalized_line(line: str) -> str:
    """A line folded for spotting repeats: case, spacing and punctuation ignored."""
    if line.isascii():
        # Most lines: one C pass over bytes instead of a Unicode regex, same result.
        return b" ".join(line.encode("ascii").translate(_ASCII_FOLD).split()).decode("ascii")
    return " ".join(_PUNCTUATION.sub(" ", line.lower()).split())


def _ascii_fold() -> bytes:
    """Byte table: ASCII letters lower-cased, word characters kept, anything else (what
    ``_PUNCTUATION`` replaces, and blanks) a space; ``bytes.split`` then splits as
    ``str.split`` does on ASCII (0x1c-0x1f, blanks to ``str.split``, become spaces too)."""
    table = bytearray(range(256))
    for code in range(128):
        char = chr(code)
        table[code] = ord(char.lower()) if re.fullmatch(r"\w", char) else ord(" ")
    return bytes(table)


_ASCII_FOLD = _ascii_fold()


#: A sentence of at most this many words and no verb ("The proof.", "Thank you.", "From
#: the wires.") states nothing a reader could check on its own.
MAX_FRAGMENT_WORDS = 3


def may_be_fragment(sentence: str) -> bool:
    """The cheap half of a fragment test (no verb check): a few words, no question, and no
    contraction, whose verb the verb test does not see ("It's over.")."""
    stripped = sentence.strip()
    return (
        bool(stripped)
        # (split no further than one word past the limit: most sentences are long)
        and len(stripped.split(None, MAX_FRAGMENT_WORDS)) <= MAX_FRAGMENT_WORDS
        and not stripped.endswith("?")
        and "'" not in stripped
        and "’" not in stripped
    )


def may_be_heading(sentence: str) -> bool:
    """The cheap half of ``is_heading`` (no verb check): short, no final punctuation."""
    stripped = sentence.strip()
    return bool(stripped) and stripped[-1] not in _TERMINAL and len(stripped) <= 120


def is_heading(sentence: str, has_verb: bool) -> bool:
    """A short line without final punctuation and without a verb: a section heading."""
    stripped = sentence.strip()
    if not stripped or stripped[-1] in _TERMINAL or len(stripped) > 120:
        return False
    words = stripped.split()
    return len(words) <= 12 and not has_verb


#: A gallery's counter before a caption ("Image 1 of 5 ‹ › Fans on the pitch", "Photo 2/8:
#: ..."): which picture of how many, not a word of the caption. Only before a capital, a
#: quotation mark or after arrows: "Image 1 of 5 shows the crowd" keeps its words.
_GALLERY_COUNTER = re.compile(
    r"(?:Image|Photo|Picture|Slide|Photograph)[ \t]+\d{1,3}[ \t]*(?:of|/)[ \t]*\d{1,3}"
    r"(?:[ \t]*[‹›<>←→❮❯|:—–-]){0,4}[ \t]+(?=[A-Z\"“‘'])"
)
#: What ``content_start`` skips, in order; after a capital letter only the last five
#: can match (the symbols only once something was skipped).
_CAPITAL_OPENERS: tuple[re.Pattern[str], ...] = (
    _GALLERY_COUNTER,
    _LABEL,
    _TIME_LABEL,
    _BYLINE_LEAD,
    _DATELINE,
    _SYMBOLS,
)
_OPENERS = (_MARKDOWN_HEADING, _EMPHASIS_OPEN, _TIME_STAMP, _SYMBOLS, *_CAPITAL_OPENERS)


def content_start(text: str, start: int, end: int) -> int:
    """Skip a poster label ("Name: BREAKING:"), a dateline ("PARIS (AFP) —"), emoji and a
    live blog's time stamp ("4:05 p.m. —")."""
    position = start
    patterns = _OPENERS
    first = text[start : start + 1]
    if first.isascii() and first.isalnum():
        # Most sentences open with a letter or a digit: no heading mark, emphasis or
        # symbol stands there, and a label or a dateline opens with a capital.
        if not "A" <= first <= "Z":
            return _after_time_stamp(text, start, end) if first.isdigit() else start
        patterns = _CAPITAL_OPENERS
    for pattern in patterns:
        match = pattern.match(text, position, end)
        if match and match.end() < end:
            position = match.end()
    return position


#: A picture caption's label before its colon: one to four words, the first capitalised
#: and the rest lower-case ("Tragic:", "Her choice:", "FACT:"), or two to four words in
#: capitals (a tabloid's kicker, "TEARFUL FAREWELL:"), then a sentence that opens with a
#: capital. Not before a quotation: 'Babić: "We ...' names who speaks, and "The amendment
#: reads: "..." is a clause.
_CAPTION_LABEL = re.compile(
    r"(?<![\w’'-])(?:[A-Z][\w’'-]*(?:[ \t][a-z][\w’'-]*){0,3}"
    r"|[A-Z][A-Z’'-]+(?:[ \t][A-Z][A-Z’'-]+){1,3}):[ \t]+(?=[A-Z])"
)


class CaptionLabel(NamedTuple):
    """The words of a caption's label ("Her choice") and where the sentence after it starts."""

    words: str
    content_start: int


def caption_label(text: str, start: int, end: int) -> CaptionLabel | None:
    """The label that opens a picture caption ("Tragic: The crew ..."), if the text between
    ``start`` and ``end`` opens with one. Whether it is a label and not a speaker's name or a
    clause ("Ruiz said: ...") is the caller's to judge."""
    if not "A" <= text[start : start + 1] <= "Z" or text.find(":", start, start + 60) < 0:
        return None  # most sentences: no colon near their start
    match = _CAPTION_LABEL.match(text, start, end)
    if match is None or match.end() >= end:
        return None
    return CaptionLabel(text[start : text.index(":", start)], match.end())


def time_stamped(text: str, start: int, content: int) -> bool:
    """Whether what ``content_start`` skipped between ``start`` and ``content`` holds a
    live blog's time stamp ("07:05 ", "**09:40** "): the line is an entry's title or text."""
    return content > start and _CLOCK_TIME.search(text, start, content) is not None


def _after_time_stamp(text: str, start: int, end: int) -> int:
    match = _TIME_STAMP.match(text, start, end)
    return match.end() if match and match.end() < end else start


def content_end(text: str, start: int, end: int) -> int:
    """Drop trailing hashtags and links ("... again. #breaking pic.twitter.com/x1") and
    closing emphasis marks."""
    closing = end
    while closing > start and end - closing < 3 and text[closing - 1] in "*_":
        closing -= 1
    if closing < end and closing > start and not text[closing - 1].isspace():
        end = closing
    while True:
        tail = _tag_or_link_tail(text, start, end)
        if tail is None or tail <= start:
            return end
        end = tail


def _follows_a_function_word(text: str, start: int, at: int) -> bool:
    """Whether the word before ``at`` is one a sentence cannot end on ("signs of #Ebola",
    "flooding in #Leeds"): the hashtag after it is a word of the sentence, not a tag."""
    before = text[max(start, at - 20) : at].split()
    return bool(before) and before[-1].lower() in tables.function_words()


def _tag_or_link_tail(text: str, start: int, end: int) -> int | None:
    """Where a trailing hashtag or link starts, if the text between ``start`` and ``end``
    ends with one. Substring tests first: most sentences hold neither."""
    if text.find("#", max(start, end - 70), end) >= 0:
        match = _HASHTAG_TAIL.search(text, max(start, end - 70), end)
        if match is not None and not _follows_a_function_word(text, start, match.start()):
            return match.start()
    window = max(start, end - 320)
    if (
        text.find("://", window, end) >= 0
        or text.find("pic.twitter.com/", window, end) >= 0
        or text.find("www.", window, end) >= 0
    ):
        match = _LINK_TAIL.search(text, window, end)
        if match is not None:
            return match.start()
    return None
