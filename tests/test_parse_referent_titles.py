"""A pronoun resolved through a surname named before ("Ruiz sounded calm. '...,' she
said") takes the whole name: past a title that stands alone ("Port Director Ana Ruiz" ->
"Ana Ruiz"), but with a title that names what it is the title of ("Secretary of Ports Ana
Ruiz"), whose end is unknown, rather than cut ("of Ports Ana Ruiz"). An office ("Prime
Minister of Norland") gives no surname, and two names joined by "and" no one "he" means.

Sentences are written for these tests; the rule has several wordings and cases where it
must not fire."""

from __future__ import annotations

import pytest

from parse_helpers import facts

_QUOTED = '"The seals held and the papers are dry," {pronoun} said.'


@pytest.mark.parametrize(
    ("named", "pronoun", "speaker"),
    [
        # a title with what it is the title of: kept whole
        ("Secretary of Ports Ana Ruiz", "she", "Secretary of Ports Ana Ruiz"),
        ("Chief of Police Tom Berg", "he", "Chief of Police Tom Berg"),
        # a title alone: the name past it, as before
        ("Port Director Ana Ruiz", "she", "Ana Ruiz"),
        ("Police Chief Tom Berg", "he", "Tom Berg"),
    ],
)
def test_a_pronoun_takes_the_whole_name_of_a_titled_person(
    named: str, pronoun: str, speaker: str
) -> None:
    surname = named.split()[-1]
    text = (
        f"Workers found the box on Monday. {named} was at the dock when it opened. "
        f"{surname} sounded calm. " + _QUOTED.format(pronoun=pronoun)
    )
    assert facts(text)[-1] == ("The seals held and the papers are dry.", speaker)


@pytest.mark.parametrize(
    "text",
    [
        # "Norland" is no surname of "Prime Minister of Norland"
        "Leo Diaz was named Prime Minister of Norland in 2001. Norland stayed neutral in the "
        "war. He has lived abroad since he stepped down.",
        "Ana Ruiz became Minister for Vesta last year. Vesta sent two boats on Friday. She "
        "said the talks would go on.",
        # two names joined by "and": no one "he" may mean
        "Ships from Norland and Vesta met off the coast. Vesta sent two more boats on "
        "Friday. He said the talks would go on.",
    ],
)
def test_no_office_or_pair_of_names_stands_for_a_pronoun(text: str) -> None:
    for claim_text, speaker in facts(text):
        for office in ("Of ", "For ", "Prime Minister of", "Minister for", "Norland and"):
            assert not claim_text.startswith(office), claim_text
            assert speaker is None or not speaker.lower().startswith(office.lower()), speaker
