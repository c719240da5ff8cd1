"""Write a realistic, synthetic folder of news articles for benchmarks, deterministically.

    python bench/generate_corpus.py 10000 /tmp/corpus-10k --seed 7

Many stories, several outlets per story. Outlets report the same facts in different words and
with different attribution and certainty; numbers and dates sometimes conflict, a claim is
sometimes negated; some articles are republished copies of another outlet's; every article
carries background sentences, opinion paragraphs and boilerplate, and runs 300-1,500 words.

Names of people, places, organisations and outlets are built from syllables, so the vocabulary
grows with the corpus the way real news does (blocking on rare tokens then behaves as it would
on an archive, not on a toy with forty words). Every sentence template here was written for
this script. The same size and seed always give byte-identical files: all randomness comes from
one ``random.Random(seed)``, and nothing iterates over a set.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

# --- vocabulary, built combinatorially --------------------------------------------------

ONSETS = "b br c ch d dr f g gr h j k kr l m n p pr r s sh st t tr v w z".split()
VOWELS = "a e i o u ai ea ie ou".split()
CODAS = "n r l s th nd rk m x v".split()
PLACE_ENDS = "ton ford bury vale mouth dale wick stead port field gate holm".split()
ORG_KINDS = (
    "Ministry of {noun}",
    "{place} {noun} Authority",
    "{surname} {industry}",
    "{place} Council",
    "National {noun} Agency",
    "{place} {industry} Group",
    "{surname} Foundation",
    "Union of {place} {worker}",
)
OUTLET_KINDS = (
    "The {place} {paper}",
    "{place} {paper}",
    "{surname} {wire}",
    "The Daily {noun2}",
    "{place} Public Radio",
    "{noun2} Network",
)
PAPERS = "Herald Courier Gazette Chronicle Times Post Observer Standard Tribune Ledger".split()
WIRES = "News Service,Press Agency,Wire,Media".split(",")
NOUNS = (
    "Transport Health Energy Water Finance Defence Agriculture Housing Labour Trade "
    "Education Fisheries Mining Aviation Justice Environment Culture Tourism"
).split()
NOUNS2 = "Beacon Lantern Compass Signal Harbour Meridian Anchor Summit Dispatch Current".split()
INDUSTRIES = "Holdings Energy Logistics Shipping Mining Textiles Pharma Motors Telecom".split()
WORKERS = "Dockers Miners Teachers Nurses Drivers Farmers Builders Pilots".split()
ROLES = (
    "spokesperson", "chief executive", "director", "deputy minister", "minister",
    "mayor", "police chief", "head of operations", "chair", "senior adviser",
)  # fmt: skip
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTHS = (
    "January February March April May June July August September October November December"
).split()


def word(rng: random.Random, syllables: int) -> str:
    parts = [rng.choice(ONSETS) + rng.choice(VOWELS) for _ in range(syllables)]
    return ("".join(parts) + rng.choice(CODAS)).capitalize()


@dataclass
class Vocabulary:
    first_names: list[str]
    surnames: list[str]
    places: list[str]
    organisations: list[str]
    outlets: list[str]

    @classmethod
    def build(cls, rng: random.Random, size: int) -> Vocabulary:
        # Pools grow with the corpus (like an archive's vocabulary), with floors for small runs.
        scale = max(1.0, size / 1000)
        first = _unique(rng, int(400 * scale**0.6), lambda: word(rng, rng.randint(1, 2)))
        last = _unique(rng, int(1500 * scale**0.6), lambda: word(rng, rng.randint(2, 3)))
        places = _unique(
            rng,
            int(600 * scale**0.6),
            lambda: word(rng, rng.randint(1, 2)) + rng.choice(PLACE_ENDS),
        )
        orgs = _unique(rng, int(500 * scale**0.6), lambda: _organisation(rng, places, last))
        outlets = _unique(rng, int(60 * scale**0.5), lambda: _outlet(rng, places, last))
        return cls(first, last, places, orgs, outlets)

    def person(self, rng: random.Random) -> str:
        return f"{rng.choice(self.first_names)} {rng.choice(self.surnames)}"


def _unique(rng: random.Random, count: int, make: Callable[[], str]) -> list[str]:
    seen: dict[str, None] = {}
    attempts = 0
    while len(seen) < count and attempts < count * 20:
        seen[make()] = None
        attempts += 1
    return list(seen)


def _organisation(rng: random.Random, places: list[str], surnames: list[str]) -> str:
    return rng.choice(ORG_KINDS).format(
        noun=rng.choice(NOUNS),
        place=rng.choice(places),
        surname=rng.choice(surnames),
        industry=rng.choice(INDUSTRIES),
        worker=rng.choice(WORKERS),
    )


def _outlet(rng: random.Random, places: list[str], surnames: list[str]) -> str:
    return rng.choice(OUTLET_KINDS).format(
        place=rng.choice(places),
        paper=rng.choice(PAPERS),
        surname=rng.choice(surnames),
        wire=rng.choice(WIRES),
        noun2=rng.choice(NOUNS2),
    )


# --- stories and the facts outlets report about them ------------------------------------

EVENTS = (
    ("flood", "the floods", "hit"),
    ("earthquake", "the earthquake", "struck"),
    ("factory fire", "the fire", "broke out in"),
    ("train derailment", "the derailment", "happened near"),
    ("bridge collapse", "the collapse", "happened in"),
    ("storm", "the storm", "swept through"),
    ("landslide", "the landslide", "buried part of"),
    ("chemical spill", "the spill", "contaminated"),
    ("explosion", "the blast", "rocked"),
    ("heatwave", "the heatwave", "gripped"),
)
REASONS = (
    "in protest over the new tariffs",
    "citing security concerns",
    "for logistical reasons",
    "because of a dispute over funding",
    "after a row over fishing rights",
    "amid a disagreement about the timetable",
    "in response to the arrest of two officials",
    "over concerns about the safety of the delegation",
)
ATTRIBUTIONS = (
    "{who} said",
    "according to {who}",
    "{who} told reporters",
    "{who} confirmed",
    "{who} said in a statement",
)
HEDGES = ("reportedly ", "apparently ", "possibly ", "")


@dataclass
class Story:
    number: int
    kind: str
    event: str
    verb: str
    place: str
    region: str
    date: dt.date
    dead: int
    injured: int
    evacuated: int
    arrested: int
    aid: int
    official: str
    role: str
    org: str
    country: str
    partner: str
    reason: str
    summit_city: str
    summit_date: dt.date
    visitor: str
    outlets: list[str] = field(default_factory=list)


def make_story(rng: random.Random, vocab: Vocabulary, number: int) -> Story:
    kind, event, verb = rng.choice(EVENTS)
    date = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(900))
    dead = rng.choice((rng.randint(2, 40), rng.randint(40, 400), rng.randint(400, 3000)))
    return Story(
        number=number,
        kind=kind,
        event=event,
        verb=verb,
        place=rng.choice(vocab.places),
        region=rng.choice(vocab.places) + " province",
        date=date,
        dead=dead,
        injured=dead * rng.randint(2, 6) + rng.randint(0, 50),
        evacuated=rng.randint(5, 400) * 100,
        arrested=rng.randint(2, 30),
        aid=rng.randint(2, 900),
        official=vocab.person(rng),
        role=rng.choice(ROLES),
        org=rng.choice(vocab.organisations),
        country=rng.choice(vocab.places),
        partner=rng.choice(vocab.places),
        reason=rng.choice(REASONS),
        summit_city=rng.choice(vocab.places),
        summit_date=date + dt.timedelta(days=rng.randint(3, 40)),
        visitor=vocab.person(rng),
    )


def fmt_date(rng: random.Random, day: dt.date) -> str:
    style = rng.randrange(4)
    if style == 0:
        return f"on {MONTHS[day.month - 1]} {day.day}"
    if style == 1:
        return f"on {day.day} {MONTHS[day.month - 1]} {day.year}"
    if style == 2:
        return f"on {WEEKDAYS[day.weekday()]}"
    return f"on {WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}"


def fmt_number(rng: random.Random, n: int) -> str:
    if n < 10 and rng.random() < 0.5:
        return "two three four five six seven eight nine".split()[n - 2] if n >= 2 else str(n)
    return f"{n:,}" if rng.random() < 0.7 else str(n)


def skew(rng: random.Random, n: int, conflict: bool) -> int:
    """The outlet's figure: usually the story's, sometimes a different count."""
    if not conflict:
        return n
    return max(1, n + rng.choice((-1, 1)) * max(1, round(n * rng.uniform(0.1, 0.6))))


def fact_sentences(rng: random.Random, story: Story, outlet_bias: float) -> list[tuple[int, str]]:
    """(fact slot, sentence): the story's facts as this outlet words them, in the order the
    outlet tells them; a few figures and dates disagree. Sentences of one story with the same
    slot state the same fact (the planted pairs the matcher should find)."""

    def conflict() -> bool:
        return rng.random() < outlet_bias

    day = story.date + dt.timedelta(days=rng.choice((-1, 1)) if conflict() else 0)
    when = fmt_date(rng, day)
    dead = fmt_number(rng, skew(rng, story.dead, conflict()))
    injured = fmt_number(rng, skew(rng, story.injured, conflict()))
    evacuated = fmt_number(rng, skew(rng, story.evacuated, conflict()))
    arrested = fmt_number(rng, skew(rng, story.arrested, conflict()))
    aid = skew(rng, story.aid, conflict())
    who = rng.choice(
        (
            f"{story.official}, the {story.role} of the {story.org},",
            f"the {story.org}",
            "local officials",
            "a police spokesperson",
            f"{story.official}",
        )
    )
    said = rng.choice(ATTRIBUTIONS).format(who=who.rstrip(","))
    hedge = rng.choice(HEDGES)
    reason = story.reason if not conflict() else rng.choice(REASONS)
    attends = "will attend" if not conflict() else "will not attend"
    facts = [
        rng.choice(
            (
                f"At least {dead} people were killed when {story.event} {story.verb} "
                f"{story.place} {when}, {said}.",
                f"The {story.kind} in {story.place} {when} left {dead} people dead, {said}.",
                f"{story.event.capitalize()} {hedge}killed {dead} people in {story.place} {when}.",
                f"The death toll from the {story.kind} in {story.place} rose to {dead}, {said}.",
            )
        ),
        rng.choice(
            (
                f"A further {injured} people were injured in {story.place}.",
                f"Hospitals in the {story.region} treated {injured} injured people.",
                f"{injured} people were hurt in the {story.kind}, {said}.",
            )
        ),
        rng.choice(
            (
                f"About {evacuated} residents were evacuated from {story.place} and "
                f"nearby villages.",
                f"Authorities moved roughly {evacuated} people out of the {story.region}.",
                f"Some {evacuated} people had to leave their homes in {story.place}.",
            )
        ),
        rng.choice(
            (
                f"Police arrested {arrested} people in connection with {story.event}.",
                f"{arrested} suspects were detained after {story.event}, {said}.",
                f"Investigators have {hedge}taken {arrested} people into custody.",
            )
        ),
        rng.choice(
            (
                f"The government pledged {aid} million dollars in emergency aid.",
                f"{story.country} promised ${aid} million to rebuild {story.place}.",
                f"Emergency funding of {aid} million dollars was approved {when}.",
            )
        ),
        rng.choice(
            (
                f"{story.country} suspended talks with {story.partner} {reason}.",
                f"{story.country} has {hedge}broken off negotiations with {story.partner} "
                f"{reason}.",
                f"Talks between {story.country} and {story.partner} were halted {reason}, {said}.",
            )
        ),
        rng.choice(
            (
                f"{story.visitor} {attends} the summit in {story.summit_city} "
                f"{fmt_date(rng, story.summit_date)}.",
                f"{story.visitor} {attends} the {story.summit_city} summit, {said}.",
            )
        ),
        rng.choice(
            (
                f"The {story.org} said it would open an inquiry into {story.event}.",
                f"An inquiry into {story.event} will be led by the {story.org}.",
                f"The {story.org} {rng.choice(('will', 'will not'))} investigate the cause "
                f"of {story.event}.",
            )
        ),
        rng.choice(
            (
                f'"We are doing everything we can to help the people of {story.place}," '
                f"{story.official} said.",
                f"{story.official} said the authorities were doing all they could for "
                f"{story.place}.",
                f'"Every family in {story.place} will get help," {story.official} promised.',
            )
        ),
    ]
    slots = list(enumerate(facts))
    rng.shuffle(slots)
    return slots[: rng.randint(4, len(slots))]


BACKGROUND = (
    "{person}, who has worked for the {org} since {year}, described the mood in {place} as {mood}.",
    "The {org} opened an office in {place} in {year} after a long campaign by residents.",
    "{place} lies about {km} kilometres from {place2} and is home to some {pop} people.",
    "Last year {person} led a review of {topic} in {place2} that ran to {pages} pages.",
    "In {year}, {place2} hosted talks on {topic} between the {org} and the {org2}.",
    "{person} said the {org2} had warned about {topic} as early as {year}.",
    "Shops in {place2} stayed closed on {weekday} while crews {chore}.",
    "The {org} employs about {staff} people across the {place2} area.",
    "A report by the {org2} found that {pct} percent of households in {place2} lacked {topic}.",
    "{person}, a {role} at the {org}, travelled to {place2} on {weekday} to {errand}.",
    "Volunteers from {place2} brought {supplies} to the {place} {venue}.",
    "The last comparable disaster in the {place2} area happened in {year}.",
)
# A small grammar on top of the fixed templates, so background text rarely repeats itself.
CLAUSE_SUBJECTS = (
    "{person}", "the {org}", "residents of {place2}", "the {role} of the {org}",
    "a group of {place2} {workers}", "{person}, a local {job},", "the {place2} branch of the {org}",
)  # fmt: skip
CLAUSE_VERBS = (
    "has criticised", "has defended", "is reviewing", "has promised to improve",
    "asked for an audit of", "published figures on", "had long campaigned for",
    "was accused of neglecting", "set aside money for", "commissioned a study of",
    "questioned the cost of", "welcomed plans for", "filed a complaint about",
    "organised a petition on", "raised doubts about", "lobbied the {org2} over",
    "hired consultants to examine", "cut spending on", "proposed a levy to fund",
    "held hearings on", "sued the {org2} over", "drafted new rules for",
    "postponed a vote on", "asked volunteers to help with", "leaked a memo about",
)  # fmt: skip
CLAUSE_TAILS = (
    "in {place2} since {year}", "during the {year} budget talks", "after the {year} floods",
    "at a meeting in {place2} on {weekday}", "in a letter to the {org2}",
    "despite objections from the {org2}", "for the {place2} district", "",
    "twice in the past {n} years", "with support from {person}", "ahead of the {year} election",
    "in a {n}-page report", "on behalf of {n} families", "without consulting {place2}",
)  # fmt: skip
ADJECTIVES = (
    "ageing", "municipal", "regional", "rural", "coastal", "private", "disputed", "temporary",
    "underfunded", "new", "planned", "flooded", "neglected", "shared", "overcrowded",
)  # fmt: skip
THINGS = (
    "sewers", "bus routes", "clinics", "bridges", "schools", "reservoirs", "power lines",
    "ferry services", "housing estates", "landfills", "markets", "pensions", "harbours",
    "wind farms", "tram lines", "libraries", "orchards", "quarries", "shelters", "dams",
    "tunnels", "warehouses", "canals", "courthouses", "nurseries", "airstrips",
)  # fmt: skip
JOBS = ("farmer", "teacher", "shopkeeper", "nurse", "engineer", "fisherman", "pastor", "baker")
MOODS = "tense,calm,grim,angry,hopeful,subdued,defiant".split(",")
CHORES = (
    "cleared the roads", "repaired power lines", "pumped water out of cellars",
    "checked damaged buildings", "removed fallen trees",
)  # fmt: skip
ERRANDS = (
    "meet families", "inspect the damage", "visit a shelter", "talk to survivors",
    "open a relief centre",
)  # fmt: skip
SUPPLIES = ("food and blankets", "bottled water", "medicine", "tents", "warm clothes")
VENUES = ("sports hall", "town hall", "school gym", "church hall", "community centre")
TOPICS = (
    "flood defences", "clean drinking water", "rail maintenance", "building standards",
    "emergency shelters", "power supply", "mobile coverage", "school safety",
    "road repairs", "hospital capacity", "fire inspections", "early warning systems",
)  # fmt: skip
OPINION = (
    "In our view, the {org} has failed the people of {place} for far too long.",
    "It is frankly a disgrace that warnings about {topic} were ignored.",
    "We believe {person} should resign if the inquiry confirms these failures.",
    "Surely nobody can pretend this came as a surprise.",
    "Readers deserve honest answers, not more excuses from the {org}.",
    "I think the response so far has been slow, confused and badly led.",
    "This newspaper has long argued that {topic} needs far more money.",
)
BOILERPLATE = (
    "Subscribe to our morning briefing for the latest updates.",
    "ADVERTISEMENT",
    "Share this story: Facebook | X | Email | Copy link",
    "Read more: {place2} residents count the cost",
    "Sign up for breaking news alerts on our app.",
    "© {year} {outlet}. All rights reserved.",
    "CLICK HERE TO SEE TODAY'S DEALS",
    "Photo: {person} / {outlet}",
)


def background(rng: random.Random, vocab: Vocabulary, story: Story, outlet: str) -> str:
    # Fixed templates rarely: repeated a thousand times across an archive, one skeleton with
    # new names would be a near-duplicate of itself everywhere, which real news is not.
    if rng.random() < 0.1:
        return fill(rng, vocab, rng.choice(BACKGROUND), story, outlet)
    topic = rng.choice(("{topic}", f"{rng.choice(ADJECTIVES)} {rng.choice(THINGS)}"))
    clause = " ".join(
        (rng.choice(CLAUSE_SUBJECTS), rng.choice(CLAUSE_VERBS), topic, rng.choice(CLAUSE_TAILS))
    )
    text = fill(rng, vocab, clause.strip(), story, outlet)
    return text[0].upper() + text[1:] + "."


def fill(rng: random.Random, vocab: Vocabulary, template: str, story: Story, outlet: str) -> str:
    return template.format(
        person=vocab.person(rng),
        org=story.org if rng.random() < 0.2 else rng.choice(vocab.organisations),
        org2=rng.choice(vocab.organisations),
        # Mostly elsewhere: real background text ranges wider than the story's one town, and
        # a town named in every sentence would make every background sentence a near-twin.
        place=story.place if rng.random() < 0.3 else rng.choice(vocab.places),
        place2=rng.choice(vocab.places),
        year=rng.randint(1990, 2022),
        km=rng.randint(5, 400),
        pop=f"{rng.randint(2, 900) * 1000:,}",
        topic=rng.choice(TOPICS)
        if rng.random() < 0.3
        else f"{rng.choice(ADJECTIVES)} {rng.choice(THINGS)}",
        pages=rng.randint(20, 600),
        weekday=rng.choice(WEEKDAYS),
        staff=rng.randint(20, 9000),
        pct=rng.randint(3, 70),
        role=rng.choice(ROLES),
        outlet=outlet,
        mood=rng.choice(MOODS),
        chore=rng.choice(CHORES),
        errand=rng.choice(ERRANDS),
        supplies=rng.choice(SUPPLIES),
        venue=rng.choice(VENUES),
        workers=rng.choice(WORKERS).lower(),
        job=rng.choice(JOBS),
        n=rng.randint(2, 40),
    )


def write_article(
    rng: random.Random, vocab: Vocabulary, story: Story, outlet: str
) -> tuple[str, list[tuple[int, str]]]:
    """One outlet's article on ``story`` (facts, background, opinion, boilerplate) and the
    (fact slot, sentence) pairs it tells."""
    target_words = int(rng.triangular(300, 1500, 600))
    bias = rng.choice((0.0, 0.05, 0.1, 0.25))
    told = fact_sentences(rng, story, bias)
    facts = [sentence for _, sentence in told]
    paragraphs = [" ".join(facts[:2])]
    facts = facts[2:]
    words = len(paragraphs[0].split())
    while words < target_words:
        roll = rng.random()
        if facts and roll < 0.25:
            paragraph = [facts.pop()]
        elif roll < 0.32:
            paragraph = [fill(rng, vocab, rng.choice(OPINION), story, outlet)]
        elif roll < 0.36:
            paragraph = [fill(rng, vocab, rng.choice(BOILERPLATE), story, outlet)]
        else:
            count = rng.randint(1, 4)
            paragraph = [background(rng, vocab, story, outlet) for _ in range(count)]
        text = " ".join(paragraph)
        paragraphs.append(text)
        words += len(text.split())
    paragraphs.extend(facts)
    paragraphs.append(fill(rng, vocab, rng.choice(BOILERPLATE), story, outlet))
    return "\n\n".join(paragraphs), told


def front_matter(title: str, outlet: str, day: dt.date) -> str:
    return f'---\ntitle: "{title}"\nsource: "{outlet}"\ndate: {day.isoformat()}\n---\n\n'


def generate(size: int, out: Path, seed: int) -> dict[str, int]:
    """Write ``size`` articles under ``out``; returns counts for the summary line."""
    rng = random.Random(seed)
    vocab = Vocabulary.build(rng, size)
    written: list[tuple[Path, str, str, dt.date]] = []  # path, outlet, body, date
    # path -> (story whose facts it tells, its (slot, sentence) facts): a copy tells its
    # original's facts, whatever story folder it sits in
    gold: dict[str, tuple[int, list[tuple[int, str]]]] = {}
    counts = {"articles": 0, "stories": 0, "republished": 0, "bytes": 0}
    story_number = 0
    while counts["articles"] < size:
        story_number += 1
        story = make_story(rng, vocab, story_number)
        folder = out / f"story-{story_number:05d}"
        outlets = rng.sample(vocab.outlets, k=min(len(vocab.outlets), rng.randint(3, 14)))
        for outlet in outlets:
            if counts["articles"] >= size:
                break
            counts["articles"] += 1
            day = story.date + dt.timedelta(days=rng.randint(0, 2))
            if written and rng.random() < 0.06:
                # A republished copy: another outlet's article under this outlet's name.
                source_path, original, body, day = rng.choice(written[-50:])
                body = f"This article first appeared in {original}.\n\n{body}"
                told = gold[source_path.relative_to(out).as_posix()]
                counts["republished"] += 1
            else:
                body, facts = write_article(rng, vocab, story, outlet)
                told = (story.number, facts)
            slug = "".join(c if c.isalnum() else "-" for c in outlet.lower()).strip("-")
            number = counts["articles"]
            if rng.random() < 0.8:
                title = f"{story.kind.capitalize()} in {story.place}: latest"
                path = folder / f"{number:06d}-{slug}.md"
                text = front_matter(title, outlet, day) + body + "\n"
            else:
                path = folder / f"{number:06d}-{slug}.txt"
                text = f"Source: {outlet}\n\n{body}\n"
            written.append((path, outlet, body, day))
            gold[path.relative_to(out).as_posix()] = told
            path.parent.mkdir(parents=True, exist_ok=True)
            data = text.encode("utf-8")
            path.write_bytes(data)
            counts["bytes"] += len(data)
    counts["stories"] = story_number
    write_gold(out / GOLD, gold)
    return counts


#: Hidden (claimtrack skips it): which planted fact each fact sentence states, one JSON line
#: per article, for measuring how many planted pairs blocking and matching find.
GOLD = ".facts.jsonl"


def write_gold(path: Path, gold: dict[str, tuple[int, list[tuple[int, str]]]]) -> None:
    lines = [
        json.dumps({"path": name, "story": story, "facts": facts})
        for name, (story, facts) in gold.items()
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


#: Hidden (so claimtrack skips it); lets a re-run replace only a folder this script wrote.
MARKER = ".claimtrack-bench-corpus"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "size", type=int, help="number of articles, e.g. 1000 2000 5000 10000 50000"
    )
    parser.add_argument("out", type=Path, help="folder to write (replaced if it exists)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    if args.out.exists():
        if not (args.out / MARKER).exists():
            parser.error(f"{args.out} exists and was not written by this script: pick a new folder")
        shutil.rmtree(args.out)
    args.out.mkdir(parents=True)
    (args.out / MARKER).write_text("written by bench/generate_corpus.py\n", encoding="utf-8")
    counts = generate(args.size, args.out, args.seed)
    print(
        f"wrote {counts['articles']:,} articles ({counts['bytes'] / 1e6:.1f} MB) on "
        f"{counts['stories']:,} stories, {counts['republished']:,} republished copies, "
        f"to {args.out}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
