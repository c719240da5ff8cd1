"""What a statement is: fact, opinion, question, meta (about the text itself) or boilerplate.

Cue lists live in ``data/opinion.txt`` and ``data/meta.txt``. The result carries a short
human reason for ``claims --all`` ("opinion: 'must'").
"""

from __future__ import annotations

import itertools
import re
import string
from collections.abc import Iterator
from functools import cache, lru_cache

from claimtrack.models import Kind
from claimtrack.parse import grammar, tables
from claimtrack.parse.lemmas import verb_lemma
from claimtrack.parse.predictions import predicts

# A whole word: each alternative starts with its word and looks behind for a word
# character, so ``re`` jumps between candidate first letters (about 2x faster than a
# leading look-behind, which is tried at every character).
# A letter of a dotted abbreviation ("F.B.I.", "C.I.A.", "I.R.S.") is no "I": one with a
# period before it, or a period and a letter after it, is left out.
_FIRST_PERSON = re.compile(
    "|".join(
        rf"{word}(?<![\w’'.]{word})(?![\w’']|\.\w)"
        for word in "I we We our Our us my My me".split()
    )
)
# A headline labelled as comment ("Opinion: ...", "Analysis: ...") is the writer's view.
_OPINION_LABEL = re.compile(
    r"(?:#{1,6}[ \t]+)?(Opinion|Analysis|Commentary|Editorial|Column|Op-[Ee]d|Viewpoint|"
    r"Perspective|OPINION|ANALYSIS|COMMENTARY|EDITORIAL)[ \t]*:"
)
# "Has it really been 19 years?!": a question, its surprise after it.
_QUESTION_END = re.compile(r"\?[!?]*[\"”’')\]]*$")
# "Above, the mayor at the pier", "Pictured: the new bridge", "Caption: the ferry at the
# pier", "Watch the video below": a caption or a pointer to the page's picture or video,
# not a statement about the world.
# ("Pictured is Sir Ian, who played Magneto" is left alone: its relative is a fact.)
_CAPTION = re.compile(
    r"(?:Above|Below|Inset|Pictured|Caption|CAPTION"
    r"|(?:Image|Photo|Picture|Video|IMAGE|PHOTO|PICTURE|VIDEO)[ \t]+(?:caption|CAPTION))[ \t]*[,:]"
    r"|Watch[ \t]+(?:the|this|our)[ \t]+(?:video|clip|footage)"
)
# "Please be patient", "Please send help": a request states nothing about the world; but
# "Please know that these feelings do not reflect ..." wraps a statement.
_REQUEST = re.compile(
    r"(?:[Pp]lease|PLEASE)[ \t]+"
    r"(?!(?:know|note|understand|remember|be[ \t]+assured)[ \t]+that\b)[a-z]"
)

# "Don't panic", "But do not believe it", "If you see one, don't touch it": a statement
# opens with its subject; an instruction with a bare "don't" tells the reader what to do.
# ("Never has the oath been ..." opens with an inversion, a statement: not read here.)
_PROHIBITION = re.compile(
    r"(?:(?:[Bb]ut|BUT|[Aa]nd|AND|[Ss]o|SO|[Jj]ust|JUST)[ \t]+"
    r"|(?:If|IF|When|WHEN)[ \t][^,;:.!?]{2,150},[ \t]+)?"
    r"(?:[Dd]on['’]t|DON['’]T|[Dd]o[ \t]+not|DO[ \t]+NOT)[ \t]+[A-Za-z]"
)
_PROHIBITION_OPENERS = frozenset("BbAaSsJjIWDd")
#: Where a statement may follow an instruction: "Don't worry, the bridge is safe".
_AFTER_INSTRUCTION = re.compile(r",[ \t]|[ \t]because[ \t]")


def _instruction(text: str) -> bool:
    """Whether ``text`` is an instruction to the reader (``_PROHIBITION``) and nothing more:
    "Don't worry, the bridge is safe" and "don't worry because the pier is open" go on to
    state a fact, which stays one."""
    found = _PROHIBITION.match(text)
    if found is None:
        return False
    more = _AFTER_INSTRUCTION.search(text, found.end())
    return more is None or not grammar.has_verb(text[more.end() :])


#: What opens the object of an instruction to the reader ("See the ...", "Follow us",
#: "Check out ...", "Read more"); a capitalised word (a name) does too.
_DIRECTIVE_OBJECT_OPENERS = frozenset(
    "the a an this these those our my your his her their its us me him them it you what how "
    "why who where out up more live full now here".split()
)


_RELATIVE_CLAUSE = re.compile(r"(?<![\w'’-])(?:that|which|who)(?![\w'’-])")


#: Words after an imperative's verb besides an object's opener: a particle ("Sound off",
#: "Go back") or an adjective of what to become ("Keep calm", "Get fit"). "by" is left out:
#: "Post by Ana Lind" labels a post.
_IMPERATIVE_PARTICLES = frozenset("off back down over away calm fit".split())
#: What shows a sentence speaks to its reader: "you", "your", or an exclamation mark at
#: its end. A verb's word before a preposition is more often a noun ("Fire in the hills",
#: "Protest at the embassy": a caption) unless the sentence says so.
_TO_THE_READER = re.compile(r"(?<![\w'’])(?:you|your|yours|yourself)(?![\w'’])|!\W*$", re.I)


def _imperative_opening(text: str, first: str, word: str) -> bool:
    """Whether ``first`` and the ``word`` after it open an imperative
    of any verb: the verb's plain form, capitalised but not a shouted headline word, then an
    object's opener ("Keep an eye on the page", "Protest the ruling") or, in a sentence to
    the reader, a preposition or a particle ("Talk about it with friends!", "Decide for
    yourself"). A statement's subject with a verb of its own is ruled out by the caller."""
    verb = first.lower()
    if first.isupper() or verb in ("be", "have") or not grammar.is_plain_verb(verb):
        return False
    if word in _DIRECTIVE_OBJECT_OPENERS:
        return True
    if word not in _IMPERATIVE_PARTICLES and (
        word == "by" or word not in tables.words("prepositions.txt")
    ):
        return False
    return _TO_THE_READER.search(text) is not None


def _reader_directive(text: str) -> str | None:
    """The verb of an instruction to the reader that opens ``text`` ("See an earlier story
    here", "Follow Ana Lind on Mastodon", "Download the app"), or None: a verb of
    data/reader_verbs.txt first, its object next, and no subject with a verb of its own
    ("Watch Collection models would cost ...": "Watch" is a noun there) nor a relative
    clause that states something ("Watch the footage that claims to show a bear")."""
    first, _, rest = text.partition(" ")
    verb = first.lower()
    if not rest:
        return None
    following = rest.lstrip()[:1]
    word = rest.split(None, 1)[0].lower() if following else ""
    if verb in tables.words("reader_verbs.txt"):
        if word not in _DIRECTIVE_OBJECT_OPENERS and not following.isupper():
            return None
    elif not _imperative_opening(text, first, word.rstrip(",.!")):
        return None
    if grammar.subject_end(text) > 0 or _RELATIVE_CLAUSE.search(text, len(first)):
        # "Watch the footage that claims to show a bear": the object carries a statement
        return None
    return verb


@lru_cache(maxsize=1)
def _opinion() -> tables.Phrases:
    return tables.phrase_pattern(tables.words("opinion.txt"))


@lru_cache(maxsize=1)
def _meta() -> tables.Phrases:
    return tables.phrase_pattern(tables.words("meta.txt"))


@lru_cache(maxsize=1)
def _key_words() -> frozenset[str]:
    return _meta().first_words | _opinion().first_words


def labels_the_kind(label: str) -> bool:
    """Whether a label before a colon ("Opinion", "Pictured") itself says what kind of text
    follows it, so it must stay with that text."""
    marked = f"{label}:"
    return bool(_OPINION_LABEL.fullmatch(marked) or _CAPTION.fullmatch(marked))


def classify(text: str, attributed: bool = False, ruling: bool = False) -> tuple[Kind, str | None]:
    """The kind of ``text`` and, unless it is a fact, why (a short reason with the cue).
    ``ruling``: the sentence's speaker is a court or a judge (``ruling_speaker``), whose
    "must" or "should" states what its ruling requires."""
    stripped = text.strip()
    if "?" in stripped and _QUESTION_END.search(stripped):
        return Kind.QUESTION, "question"
    label = _OPINION_LABEL.match(stripped) if ":" in stripped else None  # every label has it
    if label:
        return Kind.OPINION, f"opinion: labelled '{label.group(1).lower()}'"
    if stripped[:1] in "Pp" and _REQUEST.match(stripped):
        return Kind.OPINION, "opinion: a request ('please')"
    if stripped[:1] in _PROHIBITION_OPENERS and _instruction(stripped):
        return Kind.OPINION, "opinion: an instruction ('don't')"
    caption = _CAPTION.match(stripped) if stripped[:1] in "ABCIPVW" else None
    if caption:
        return Kind.META, f"about the page: '{caption.group(0).rstrip(' ,:')}'"
    if stripped[:1] in "TtM" and _THANKS.match(stripped) and not _QUOTE_GOES_ON.search(stripped):
        return Kind.META, "a thank-you: no statement"
    if stripped.endswith("!") and _shouted(stripped):
        return Kind.META, "a shouted exclamation"
    directive = _reader_directive(stripped) if stripped[:1].isupper() else None
    if directive:
        return Kind.OPINION, f"opinion: an instruction ('{directive}')"
    if stripped[:1] in "WHwh" and _section_label(stripped):
        return Kind.META, "about the page: a section label"
    lower, words = tables.text_words(stripped)
    # Neither list finds a cue without one of its key words: one set test for both.
    if not _key_words().isdisjoint(words):
        meta = _meta_cue(stripped, lower, words)
        if meta:
            return Kind.META, f"about the text: '{_plain(meta.group(0))}'"
        opinion = _opinion_cue(lower, words, stripped, attributed, ruling)
        if opinion:
            return Kind.OPINION, f"opinion: '{_plain(opinion.group(0))}'"
    if (
        not attributed
        and _may_be_first_person(stripped, words)
        and _first_person(stripped)
        and not _has_quote(stripped)
        and not _first_person_report(stripped)
    ):
        return Kind.OPINION, "opinion: first-person comment"
    return Kind.FACT, None


#: Thanks to the reader or to the people who helped ("Thank you for your patience.",
#: "Thank you to everyone who sent in sightings.", "Thanks for all your messages."): no
#: statement about the world. "Thanks to the rain, the fire died down" gives a cause, and
#: "Thanks to" is not read.
_THANKS = re.compile(
    r"(?:Thank[ \t]+you|THANK[ \t]+YOU|Many[ \t]+thanks|MANY[ \t]+THANKS"
    r"|(?:Thanks|THANKS)(?=[ \t]+(?:for|again|all|everyone|so|FOR|AGAIN|ALL)(?![\w'’])))"
    r"(?![\w'’])"
)
#: A quotation closed and the sentence going on ("Thank you,' his mother said through
#: tears"): the thanks are quoted in a sentence that states something.
_QUOTE_GOES_ON = re.compile(r"[,.!?][\"”’'][ \t]+\w")
#: Words of a shouted exclamation at most: longer lines in capitals are headlines.
MAX_SHOUT_WORDS = 5


def _shouted(text: str) -> bool:
    """A short exclamation in capitals ("SHE'S SAFE!", "WE DID IT!!"): a post's cry, not a
    statement to check. The letters are all capitals, there are two words or more, and at
    most ``MAX_SHOUT_WORDS``; "Go!" and "Ana Ruiz won!" are not shouted."""
    words = text.split()
    if not 2 <= len(words) <= MAX_SHOUT_WORDS:
        return False
    letters = [char for char in text if char.isalpha()]
    return len(letters) >= 4 and all(char.isupper() for char in letters)


#: A wh-word that opens a section label ("What police say.", "How the fire spread.").
_WH_OPENING = re.compile(r"(?:What|How|Why|Where|When|Who)[ \t]+")
#: Words a section label may have.
_LABEL_WORDS = 6


def _section_label(text: str) -> bool:
    """Whether ``text`` is a wh-clause standing alone as a section's label ("What police
    say.", "How the fire spread.", "What happens next."): a few words, no question mark, and
    no verb after the clause's own ("What happens next is unclear" is a statement)."""
    probe = text.capitalize() if text.isupper() else text
    opening = _WH_OPENING.match(probe)
    if opening is None or len(probe.split()) > _LABEL_WORDS or probe.endswith(("?", "!")):
        return False
    clause = probe[opening.end() :]
    # "What happens next": the wh-word is the clause's subject, its verb comes first
    verb_at = 0 if grammar.is_finite_start(clause) else grammar.subject_end(clause)
    if verb_at < 0:
        return False
    verb_end = verb_at + len(clause[verb_at:].split(None, 1)[0])
    return not grammar.has_verb(clause[verb_end:])


#: Words before a first-person subject that leave it the sentence's subject ("And then we
#: left"), and adverbs between it and its verb ("we finally reached the shore").
_BEFORE_SUBJECT = frozenset(
    "and but so then later finally yesterday today earlier first soon eventually".split()
)
_BEFORE_VERB = frozenset(
    "also then just later first finally all both even still already never only soon "
    "eventually immediately quickly actually".split()
)
_HAVE = frozenset(("had", "have"))
_FIRST_PERSON_SUBJECTS = frozenset(("i", "we"))


def _first_person_report(text: str) -> bool:
    """Whether ``text`` reports what "I" or "we" did: the subject opens the sentence (after
    "And", "Then", a time word or a leading phrase's comma) and its verb, and that of any
    other "I" or "we" in the sentence, is a past or a perfect ("we fought for an hour", "I
    have called the police", "we did not negotiate") of a verb that is no view
    (``data/first_person_views.txt``: "I thought", "we loved"). "I was", "I am", "we
    will": a state or a plan, still the writer's comment."""
    tokens = grammar.tokens(text)[:40]
    words = [word.lower() for word in tokens]
    if not _subject_positions(tokens, words):
        return False
    # every "I" or "we" of the sentence reports: "I have covered the talks for years, and I
    # cannot remember a worse pause" ends in a view
    views = tables.words("first_person_views.txt")
    for index, word in enumerate(words):
        if word in _FIRST_PERSON_SUBJECTS and index + 1 < len(words):
            verb = _verb_after_subject(words, index + 1)
            if verb is None or verb_lemma(verb) in views:
                return False
    return True


def _subject_positions(tokens: tuple[str, ...], words: list[str]) -> list[int]:
    """Where a first-person subject of the sentence's first clause may stand (``words``:
    the ``tokens`` in lower case)."""
    positions = []
    index = 0
    while index < len(words) and words[index] in _BEFORE_SUBJECT:
        index += 1
    positions.append(index)
    if "," in words[:12]:
        comma = words.index(",")
        if comma > 0 and not any(grammar.is_verb(tokens, at) for at in range(comma)):
            positions.append(comma + 1)  # "In May, we ..." (not "We lost, and I ...")
    return [at for at in positions if at < len(words) and words[at] in _FIRST_PERSON_SUBJECTS]


def _verb_after_subject(words: list[str], index: int) -> str | None:
    """The past or perfect verb right after a subject at ``index - 1``, or None."""
    while index < len(words) and words[index] in _BEFORE_VERB:
        index += 1
    if index >= len(words):
        return None
    word = words[index]
    following = words[index + 1 : index + 3]
    if word in _HAVE or word in ("did", "didn't"):
        rest = [w for w in following if w not in ("not", "never", "also", "just")]
        if not rest:
            return None
        if word in _HAVE and rest[0] == "been":
            # "we have been told" reports; "we have never been prouder" is a feeling
            been = words.index("been", index + 1)
            after = words[been + 1 : been + 2]
            return "been" if after and grammar.is_past_participle(after[0]) else None
        if word in _HAVE:
            return rest[0] if grammar.is_past_participle(rest[0]) else None
        return rest[0] if grammar.verb_form(rest[0]) == "base" else None
    return word if grammar.verb_form(word) == "past" else None


#: The first-person words as ``tables.word_set`` lists them (lower case).
_FIRST_PERSON_WORDS = frozenset("i we our us my me".split())
#: ASCII characters around which ``tables.word_set`` splits words just where
#: ``_FIRST_PERSON`` sets a word's edges: blanks and the word set's separators (the period
#: too: a word before one is a word of the set), and the characters inside words
#: (letters, digits, "_" and the apostrophe, which ``_FIRST_PERSON`` never has beside
#: its word).
_WORD_SET_EDGES = bytes(
    sorted(
        set(string.ascii_letters.encode() + string.digits.encode() + b"_'")
        | set(b" \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f")
        | set(b',.;:!?"()[]{}/')
    )
)


def _may_be_first_person(text: str, words: frozenset[str]) -> bool:
    """False only where ``_first_person(text)`` is False (``words``: ``word_set(text)``):
    no first-person word in the word set, and ``text`` is ASCII made of
    ``_WORD_SET_EDGES`` only, in which every match of ``_FIRST_PERSON`` is a whole word of
    the set. WHY: the pattern is tried at every "m", "o", "u", "w" and capital of a claim
    (~6 us a claim); one set test and one C pass settle about half of the claims."""
    if not _FIRST_PERSON_WORDS.isdisjoint(words) or not text.isascii():
        return True
    return bool(text.encode("ascii").translate(None, _WORD_SET_EDGES))


# Cached: ``classify`` asks for a text's cue and then whether it is a first-person comment.
@lru_cache(maxsize=1024)
def _first_person(text: str) -> bool:
    """A first-person word in ``text``, but not "our" before a noun that is everyone's
    (``data/everyones_nouns.txt``: "our planet", "our solar system")."""
    first = _FIRST_PERSON.search(text)
    if first is None or first.group(0) not in ("our", "Our"):
        return first is not None  # most texts: one search, as before "our" was read
    for found in _FIRST_PERSON.finditer(text, first.start()):
        if found.group(0) not in ("our", "Our"):
            return True
        following = _NEXT_WORD.match(text, found.end())
        if following is None or following.group(1).lower() not in tables.words(
            "everyones_nouns.txt"
        ):
            return True
    return False


#: The word after another (the look-behind: only from the blank run's first blank).
_NEXT_WORD = re.compile(r"(?<![ \t])[ \t]+([A-Za-z]+)")


def _meta_cue(text: str, lower: str, words: frozenset[str]) -> re.Match[str] | None:
    """The first cue of ``data/meta.txt`` that speaks of a text, not of a thing in the world:
    not one whose noun is capitalised, a name ("told the Post", "the Article V convention"),
    nor one followed by a word of ``data/meta_contexts.txt`` ("the text of the treaty",
    "the text messages")."""
    for cue in _meta().finditer(lower, words):
        if not _names_a_thing(text, lower, cue) and not _judges_a_report(lower, words, cue):
            return cue
    return None


def _judges_a_report(lower: str, words: frozenset[str], cue: re.Match[str]) -> bool:
    """Whether the cue is a report in the world whose truth the sentence judges or whose
    spread it tells ("Snopes said the article was fake", "the post was satire", "the post
    was shared 80,000 times"): a cue of ``data/meta_contexts.txt`` [judged reports] in a
    sentence with a word of ``data/refuting_cues.txt`` or of [report travels].

    WHY: an article that debunks a rumour calls it "the article" or "the post"; whether that
    report is true, and where it came from, is the very fact a checker wants from it, while
    "the article describes the scene" speaks of a text and checks nothing."""
    judged = tables.sections("meta_contexts.txt")["judged reports"]
    return _plain(cue.group(0)) in judged and _report_words().search(lower, words) is not None


@lru_cache(maxsize=1)
def _report_words() -> tables.Phrases:
    # the words by which a text calls a report false, as the judge and stance read them, and
    # those that tell where a report came from or how it spread
    travels = tables.sections("meta_contexts.txt")["report travels"]
    return tables.phrase_pattern(tables.words("refuting_cues.txt") | travels)


def _names_a_thing(text: str, lower: str, cue: re.Match[str]) -> bool:
    name = " ".join(cue.group(0).replace("’", "'").split())
    noun_at = cue.end() - len(name.split()[-1])
    # (``lower`` has ``text``'s offsets unless lower-casing changed a length: rare letters)
    if len(lower) == len(text) and text[noun_at : noun_at + 1].isupper():
        return True
    after = lower[cue.end() : cue.end() + 40].split()
    following = tables.sections("meta_contexts.txt").get(f"{name} after", frozenset())
    return bool(after) and after[0].strip(",;:.") in following


def _opinion_cue(
    lower: str, words: frozenset[str], text: str, attributed: bool = False, ruling: bool = False
) -> re.Match[str] | None:
    """The first opinion cue of ``lower`` that is not a plain noun ("a list of demands") nor,
    in a claim with no first person, an evaluative word before the noun of a claim that
    states something else (``_modifies_a_noun``: "ISIS posted the barbaric video"). With a
    first person the speaker's own reaction is the point ("we are appalled by the brutal
    murder", "we want them to face justice for this outrageous act"). ``attributed``: the
    sentence has a speaker tag, whose statement the claim becomes: its modal is then the
    speaker's view, not a report of it (``_in_reported_speech``). ``text``: the claim as
    written (``lower`` lower-cased), read for a first person only once a cue is found."""
    first = _opinion().search(lower, words)
    if first is None:
        return None  # most texts: no first-person search
    first_person = _first_person(text)
    if not _not_judging(lower, first, first_person, attributed, ruling):
        return first
    for cue in _opinion().finditer(lower, words)[1:]:
        if not _not_judging(lower, cue, first_person, attributed, ruling):
            return cue
    return None


def _not_judging(
    lower: str,
    cue: re.Match[str],
    first_person: bool,
    attributed: bool = False,
    ruling: bool = False,
) -> bool:
    return _is_noun_use(lower, cue) or (
        not first_person
        and (
            _in_indirect_question(lower, cue)
            or _modifies_a_noun(lower, cue)
            or _states_a_rule(lower, cue)
            or (ruling and _modal_cue(cue))
            or _reports_an_order(lower, cue)
            or _pending_step(lower, cue)
            or _foretells(lower, cue)
            or _necessity_as_reason(lower, cue)
            or (
                not attributed
                and (
                    _in_reported_speech(lower, cue)
                    or _reported_view(lower, cue)
                    or _quoted_word(lower, cue)
                )
            )
        )
    )


#: How far before a modal cue its "that" may stand, and its verb of saying before "that".
_THAT_REACH = 150
_VERB_BEFORE_THAT = 5
#: What ends the reported clause before the cue: a semicolon, a colon or a quotation
#: (not a full stop: a claim is one sentence, and "U.S." has its own).
_REPORT_BREAK = re.compile(r"[;:\"“”]")


def _in_reported_speech(lower: str, cue: re.Match[str]) -> bool:
    """Whether a modal cue (``data/indirect_questions.txt`` [cues]) stands in a clause that
    reports what the subject said or argued: a participle of
    ``data/reporting_participles.txt``, a few words, "that", then the cue.

    WHY: "The mayor stood firm, telling traders that they must pay" states what she did
    and told them, a checkable fact two outlets can agree on; the view is hers, and the
    writer only reports it.
    """
    if not _modal_cue(cue):
        return False
    before = lower[max(0, cue.start() - _THAT_REACH) : cue.start()]
    that = before.rfind(" that ")
    if that < 0 or _REPORT_BREAK.search(before, that) is not None:
        return False
    words = before[:that].split()[-_VERB_BEFORE_THAT:]
    return not tables.words("reporting_participles.txt").isdisjoint(words)


#: Words that end the reported clause a view verb may govern ("argued the plan failed and
#: the city must pay": the "must" is no longer the argument's).
_CLAUSE_JOINERS = frozenset("and but or because if when while so although though".split())
#: How many words may stand between a view verb and the modal without "that": the clause's
#: subject and an auxiliary ("convinced the minister he did not need to").
_VIEW_REACH = 6


def _clause_before(lower: str, cue: re.Match[str]) -> list[str]:
    """The words before a cue in its own stretch of the sentence (back to a semicolon, a
    colon or a quotation mark, ``_REPORT_BREAK``)."""
    before = lower[max(0, cue.start() - _THAT_REACH) : cue.start()]
    breaks = [found.end() for found in _REPORT_BREAK.finditer(before)]
    return before[breaks[-1] if breaks else 0 :].replace("’", "'").split()


def _reported_view(lower: str, cue: re.Match[str]) -> bool:
    """Whether a modal cue stands in a clause that a verb of arguing or convincing, or a
    noun of a view before "that", reports (``data/reported_modals.txt`` [verbs], [nouns]).

    WHY: "He tried to argue they should leave" and "The union holds the view that the
    council should pay" state that an argument was made or a view is held, a checkable
    fact; the "should" is the arguer's, reported. (A speaker tag, "He argued that ...",
    makes the clause the speaker's own view instead: ``attributed``.)"""
    if not _modal_cue(cue):
        return False
    frames = tables.sections("reported_modals.txt")
    words = _clause_before(lower, cue)
    for at, bare in _words_back(words):
        following = words[at + 1 :]
        if bare in frames["verbs"] and (
            following[:1] == ["that"] or 1 <= len(following) <= _VIEW_REACH
        ):
            return True
        if bare in frames["nouns"] and following[:1] == ["that"]:
            return True
    return False


def _words_back(words: list[str]) -> Iterator[tuple[int, str]]:
    """The last words of the clause before a cue, last first, each with its index in
    ``words`` and without its comma; up to where the cue's clause starts (a comma or a
    word of ``_CLAUSE_JOINERS``)."""
    for back in range(1, min(len(words), _VIEW_REACH + 2) + 1):
        word = words[-back]
        bare = word.strip(",")
        if word.endswith(",") or bare in _CLAUSE_JOINERS:
            return  # the cue's clause starts after this word
        yield len(words) - back, bare


#: "under" or "according to" before a rule ("Under the new law, ..."), at the sentence's or
#: a clause's start; "in" before a definite one ("In the charter, ...": ``_DEFINITE``).
_RULE_LEADS = ("under", "according", "in")
#: What must open the rule's phrase after "in": one rule, named ("In the new law", "In its
#: charter"), not any ("In any deal, Vardia must give up ..." is the writer's call).
_DEFINITE = frozenset("the its their this his her".split())
#: Words that may open the phrase of a rule before its lead ("But under the deal, ...").
_RULE_OPENERS = frozenset(("", "but", "and", "that", "yet", "now"))
#: How many words a rule's phrase may have ("under the terms of the 2015 deal,").
_RULE_PHRASE = 8
#: How many words may stand between "the law says" and its modal (the clause's subject).
_RULE_REACH = 8


def _states_a_rule(lower: str, cue: re.Match[str]) -> bool:
    """Whether a modal cue states what a law, a rule, a contract or a policy requires
    (``data/reported_modals.txt`` [rules]): in a clause after "Under <rule>," or "According
    to <rule>,", or after "<rule> says (that)" ([rule verbs]).

    WHY: "Under the new law, every landlord must register each flat" and "The regulation
    says operators must report leaks" tell what the rule is, a fact two outlets can agree
    on; only "The council must act now" is the writer's own call."""
    if not _modal_cue(cue):
        return False
    frames = tables.sections("reported_modals.txt")
    raw = _clause_before(lower, cue)
    words = [word.strip(",.()") for word in raw]
    return _after_rule_lead(raw, words, frames["rules"]) or _after_rule_verb(
        raw, words, frames["rules"], frames["rule verbs"]
    )


#: How many words a tag's speaker may have before its verb of ordering ("the federal
#: appeals court judge ordered"), and how many may follow it ("on Friday").
_ORDER_SPEAKER = 6
_ORDER_TAIL = 4
#: Words before a verb of ordering that make it no main verb of a clause that governs the
#: modal: a relative ("the man who ordered the raid must be tried"), a determiner ("an
#: ordered retreat"), a perfect participle ("having ordered ...").
_NOT_AN_ORDER = frozenset("who which that whom whoever a an the having".split())
#: Relative words after the verb: the modal is in a relative about its object ("ordered the
#: files which must ...").
_RELATIVES = frozenset("who which that whom".split())
#: Words in a tag's speaker that make the tag a clause of its own ("..., even though a
#: judge ordered", "..., as the court ruled"): the modal is then the writer's.
_ORDER_TAG_BREAKS = _CLAUSE_JOINERS | frozenset(
    "though although even as since unless until after before whether than who which".split()
)


def _reports_an_order(lower: str, cue: re.Match[str]) -> bool:
    """Whether a modal cue states what a court, a judge or an authority ordered or ruled
    (``data/reported_modals.txt`` [order verbs]): in the clause a verb of ordering governs
    ("The judge ordered that the firm must pay", "The court ruled the city must refund the
    fees"), or before a tag of one at the sentence's end ("The firm must pay for the
    clean-up, the judge ordered").

    WHY: what an order requires is a checkable fact two outlets can agree on; "The firm
    must pay for its sins" is the writer's view, and stays one."""
    if not _modal_cue(cue):
        return False
    frames = tables.sections("reported_modals.txt")
    return _order_before(lower, cue, frames) or _order_tag_after(lower, cue, frames)


def _order_before(lower: str, cue: re.Match[str], frames: dict[str, frozenset[str]]) -> bool:
    """ "<speaker> ordered (that) <subject> must ...": a verb of ordering a few words before
    the cue in its clause, with "that" or (a past form) its subject between."""
    words = _clause_before(lower, cue)
    for at, bare in _words_back(words):
        following = words[at + 1 :]
        past = bare in frames["order verbs"]
        if not past and bare not in frames["order verbs before that"]:
            continue
        if at == 0 or words[at - 1].strip(",") in _NOT_AN_ORDER or following[:1] == ["out"]:
            continue  # no subject of its own (a relative, a determiner); "ruled out"
        if following[:1] == ["that"]:
            return True
        if past and 1 <= len(following) <= _VIEW_REACH and _RELATIVES.isdisjoint(following):
            return True
    return False


def _order_tag_after(lower: str, cue: re.Match[str], frames: dict[str, frozenset[str]]) -> bool:
    """ "<clause with the cue>, the judge ordered (on Friday).": after the sentence's last
    comma, a short speaker, a past verb of ordering and at most a few words to the end."""
    comma = lower.rfind(",")
    if comma < cue.end() or _REPORT_BREAK.search(lower, cue.end(), comma) is not None:
        return False
    words = [word.strip(".!\"”’'") for word in lower[comma + 1 :].split()]
    for at, word in enumerate(words[: _ORDER_SPEAKER + 1]):
        if word in frames["order verbs"]:
            speaker = words[:at]
            return (
                bool(speaker)
                and _ORDER_TAG_BREAKS.isdisjoint(speaker)
                and len(words) - at - 1 <= _ORDER_TAIL
            )
    return False


def ruling_speaker(speaker: str) -> bool:
    """Whether ``speaker`` is a court, a judge or a ruling's text (``data/reported_modals.txt``
    [ruling speakers], [rules] in lower case): its last word ("the appeals court", "the
    ruling"), or "Judge" as a title before a name ("Judge Ana Lind")."""
    words = speaker.replace("’", "'").split()
    if not words:
        return False
    frames = tables.sections("reported_modals.txt")
    last = words[-1].lower()
    if last in frames["ruling speakers"] or (words[-1].islower() and last in frames["rules"]):
        return True  # a rule's noun in lower case: "the Evening Standard" is a paper
    return any(
        word == "Judge" and following[:1].isupper() for word, following in itertools.pairwise(words)
    )


#: Adverbs between a modal and a pending step ("must still approve"); the first three say
#: that the step is still to come.
_PENDING_ADVERBS = frozenset(("still", "yet", "first"))
_STEP_ADVERBS = _PENDING_ADVERBS | frozenset(("also", "now", "then", "formally"))
#: How many words before the modal a body's noun may stand ("the bank's board of directors").
_BODY_REACH = 6


def _pending_step(lower: str, cue: re.Match[str]) -> bool:
    """Whether a modal cue ("must", "need(s) to") tells a step of a procedure that is still
    to come (``data/pending_steps.txt``): a body's noun before it and a procedural verb
    after it ("Regulators must still approve the deal", "the board needs to sign off"), or
    a passive of such a verb ("the treaty must be ratified").

    WHY: what is left to do before a deal or a law takes effect is a checkable fact; only
    "The world must act" or "Regulators must reject this merger" is someone's call."""
    if _plain(cue.group(0)) not in _STEP_MODALS:
        return False
    steps = tables.sections("pending_steps.txt")
    after = [word.strip(",.;:") for word in lower[cue.end() : cue.end() + 60].split()]
    pending = False
    while after and after[0] in _STEP_ADVERBS:
        pending = pending or after[0] in _PENDING_ADVERBS
        after = after[1:]
    if not after:
        return False
    allowed = steps["steps"] | (steps["steps after still"] if pending else frozenset())
    if after[0] == "be" and len(after) > 1:
        return grammar.is_past_participle(after[1]) and verb_lemma(after[1]) in allowed
    if verb_lemma(after[0]) not in allowed and after[0] not in allowed:
        return False
    before = [word.strip(",.()").replace("’", "'") for word in _clause_before(lower, cue)]
    bodies = steps["bodies"]
    return any(
        _body_noun(word, bodies) for word in before[-_BODY_REACH:] if word not in ("", "the")
    )


#: The necessity modals: what a pending step or a stated reason may hold ("Regulators must
#: still approve", "because divers need to check the hull").
_STEP_MODALS = frozenset(("must", "need to", "needs to"))


#: "because" after a clause, and what ends its reach before the cue: a new sentence part.
_BECAUSE = re.compile(r"[ \t,]because[ \t]")
_REASON_BREAK = re.compile(r"[;:\"“”]|[ \t]but[ \t]")


def _necessity_as_reason(lower: str, cue: re.Match[str]) -> bool:
    """Whether a necessity modal stands in a "because" clause after the claim's own clause
    ("The ship will not be towed this weekend because divers first need to check the
    hull"): the necessity is the reason given for a fact, a fact itself, not the writer's
    prescription ("The council must act" is one)."""
    if _plain(cue.group(0)) not in _STEP_MODALS:
        return False
    because = None
    for found in _BECAUSE.finditer(lower, 0, cue.start()):
        because = found
    if because is None or because.start() < _REASON_LEAD:
        return False
    return _REASON_BREAK.search(lower, because.end(), cue.start()) is None


#: Characters of the claim's own clause before its "because": "X because Y" needs an X.
_REASON_LEAD = 12


def _foretells(lower: str, cue: re.Match[str]) -> bool:
    """Whether a "should" foretells an event by a time ahead (parse/predictions.py): "The
    bridge should reopen by Friday" is a hedged fact, "The government should resign" an
    opinion."""
    return cue.group(0) == "should" and predicts(lower, cue.end())


def _body_noun(word: str, bodies: frozenset[str]) -> bool:
    """Whether ``word`` is a body's noun of ``bodies``, perhaps plural or possessive."""
    bare = word.removesuffix("'s").removesuffix("'")
    return (
        bare in bodies
        or (bare.endswith("s") and bare[:-1] in bodies)
        or (bare.endswith("ies") and bare[:-3] + "y" in bodies)
    )


def _after_rule_lead(raw: list[str], words: list[str], rules: frozenset[str]) -> bool:
    """ "Under the new law, ...", "But according to the contract, ...": a lead at the
    clause's start (after a comma, "that" or an opener of ``_RULE_OPENERS``), a phrase with a
    rule's noun, then its comma."""
    for at, word in enumerate(words):
        if word not in _RULE_LEADS:
            continue
        previous = words[at - 1] if at else ""
        if previous not in _RULE_OPENERS and not raw[at - 1].endswith(","):
            continue  # "Firms trading under the old rules must ...": no lead of the clause
        start = at + 1
        if word == "according":
            if words[start : start + 1] != ["to"]:
                continue
            start += 1
        elif word == "in" and not _definite(words[start : start + 1]):
            continue
        ends = [
            i for i in range(start, min(len(raw), start + _RULE_PHRASE)) if raw[i].endswith(",")
        ]
        if ends and any(_rule_noun(noun, rules) for noun in words[start : ends[0] + 1]):
            return True
    return False


def _definite(first: list[str]) -> bool:
    """The one word opening a phrase after "in" names one thing: a definite determiner or a
    possessive ("the", "its", "the club's")."""
    return bool(first) and (first[0] in _DEFINITE or first[0].endswith(("'s", "’s")))


def _after_rule_verb(
    raw: list[str], words: list[str], rules: frozenset[str], verbs: frozenset[str]
) -> bool:
    """ "The regulation says (that) operators must ...": a rule's noun, perhaps one adverb,
    a verb of ``verbs``, and a few words without a comma to the cue."""
    for at in range(len(words) - 1, max(0, len(words) - _RULE_REACH - 2), -1):
        if words[at] not in verbs or any(word.endswith(",") for word in raw[at:]):
            continue
        subject = at - 1
        if subject > 0 and grammar.is_preverbal_adverb(words[subject]):
            subject -= 1  # "the law also requires"
        if subject > 0 and words[subject] in ("that", "which"):
            subject -= 1  # "a law that says every dog must ..."
        if subject >= 0 and _rule_noun(words[subject], rules):
            return True
    return False


def _rule_noun(word: str, rules: frozenset[str]) -> bool:
    return word.removesuffix("'s").removesuffix("'") in rules


#: How many words a quotation around a reported word may hold ("“shocking and outrageous”").
_QUOTED_WORDS = 6
#: How many words before the quotation its verb may stand ("condemned the shootings as").
_QUOTING_REACH = 5


def _quoted_word(lower: str, cue: re.Match[str]) -> bool:
    """Whether an evaluative cue (no modal) stands in a short quotation a few words after a
    verb of ``data/quoting_verbs.txt`` or ``data/attribution_verbs.txt``, in a claim with no
    speaker tag (with one, "X said the breach was “unacceptable”" is X's own view).

    WHY: "Obama condemned the shootings as “outrageous”" reports the word he used, a fact
    two outlets can agree on; the judgement is Obama's, quoted, not the writer's."""
    if _modal_cue(cue):
        return False
    before = lower[: cue.start()]
    straight = before.count('"') % 2 == 1
    opening = before.rfind('"') if straight else max(before.rfind("“"), before.rfind("‘"))
    if opening < 0 or (not straight and opening < max(before.rfind("”"), before.rfind("’"))):
        return False
    closing = _QUOTE_CLOSE.search(lower, cue.end())
    if closing is None:
        return False
    if len(lower[opening + 1 : closing.start()].split()) > _QUOTED_WORDS:
        return False
    words = [word.strip(",") for word in lower[:opening].split()[-_QUOTING_REACH:]]
    return not _quoting_verbs().isdisjoint(words)


@cache
def _quoting_verbs() -> frozenset[str]:
    """Verbs that may put a reported word in quotation marks: data/quoting_verbs.txt and
    data/attribution_verbs.txt."""
    return tables.words("quoting_verbs.txt") | tables.words("attribution_verbs.txt")


#: The mark that closes a quotation ("”", "’" before a blank or a mark, or '"').
_QUOTE_CLOSE = re.compile(r"[”\"]|’(?![a-z])")


def _in_indirect_question(lower: str, cue: re.Match[str]) -> bool:
    """Whether a modal cue (``data/indirect_questions.txt`` [cues]) stands in an indirect
    question of its own clause (``grammar.in_indirect_question``).

    WHY: "Aides were divided on how much she should cooperate" and "the panel asked
    whether he must testify" report what is in doubt, a checkable fact; only "she should
    cooperate" says what someone thinks is right.
    """
    return _modal_cue(cue) and grammar.in_indirect_question(lower, cue.start())


def _modal_cue(cue: re.Match[str]) -> bool:
    """Whether the opinion cue is a modal of ``data/indirect_questions.txt`` [cues]
    ("should", "must", "needs to"), which a question or a report may hold without
    judging."""
    return _plain(cue.group(0)) in tables.sections("indirect_questions.txt")["cues"]


def _modifies_a_noun(lower: str, cue: re.Match[str]) -> bool:
    """Whether an evaluative adjective (``data/attributive_opinion.txt``) stands before a
    noun, outside the predicate of a copula.

    WHY: "The group seized the city through brutal tactics" is a checkable claim (who seized
    what) in loaded words; another outlet's "The group seized the city" states the same
    fact. Only "The tactics were brutal" or "It was a brutal campaign", where the judgement
    is what the claim says, is the writer's view.
    """
    contexts = tables.sections("attributive_opinion.txt")
    if _plain(cue.group(0)) not in contexts["adjectives"]:
        return False
    after = lower[cue.end() : cue.end() + 30].split()
    if not after or not after[0][:1].isalpha() or after[0] in contexts["not nouns"]:
        return False  # "was brutal.", "brutal, and", "brutal and cruel"
    before = [w.replace("’", "'") for w in lower[max(0, cue.start() - 60) : cue.start()].split()]
    while before and before[-1] in contexts["intensifiers"]:
        before.pop()
    return not before or before[-1] not in contexts["copulas"]


def _is_noun_use(lower: str, cue: re.Match[str]) -> bool:
    """Whether a cue that doubles as a noun ("demands", "need to") is one here, or is
    used in another way that does not judge ("should" opening a condition).

    WHY: "X demands that Y" prescribes, but "their demands were met" reports; "they should
    leave" advises, but "a crisis should the talks fail" states a condition. The words
    around the cue (``data/opinion_nouns.txt``) tell them apart without a tagger.
    """
    contexts = tables.sections("opinion_nouns.txt")
    name = " ".join(cue.group(0).replace("’", "'").split())
    before_words = contexts.get(f"{name} before")
    after_words = contexts.get(f"{name} after")
    if before_words is None and after_words is None:
        return False  # not an ambiguous cue: always opinion
    before = lower[max(0, cue.start() - 40) : cue.start()].split()
    if before and before_words is not None:
        word = before[-1].replace("’", "'")
        if word in before_words:
            return True
        possessive = word.endswith(("'s", "s'")) and len(word) > 2
        if possessive and word not in contexts.get("not possessive", frozenset()):
            return True
    after = lower[cue.end() : cue.end() + 40].split()
    return bool(after) and after[0].strip(",;:.") in (after_words or frozenset())


def _plain(cue: str) -> str:
    return " ".join(cue.lower().replace("’", "'").split())


def _has_quote(text: str) -> bool:
    """Whether ``text`` quotes someone: double marks, or a first person only inside words
    quoted with single marks after the sentence's start ("was claiming that 'all four of
    our boats ...'"; not "don't", nor a sentence that opens inside a quotation)."""
    if any(mark in text for mark in '"“”'):
        return True
    if "'" not in text and "‘" not in text:
        return False
    outside = _SINGLE_QUOTED.sub(" ", text)
    return outside != text and _FIRST_PERSON.search(outside) is None


#: Words quoted with single marks, opened after a blank or a bracket inside the sentence
#: (not at its start) and closed before a blank, punctuation or the end.
_SINGLE_QUOTED = re.compile(r"(?<=[ \t(])['‘](?=[A-Za-z])[^'‘’\n]{1,300}['’](?![A-Za-z])")
