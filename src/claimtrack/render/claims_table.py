"""The ``claimtrack claims`` table: one row per claim with its attributes."""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table
from rich.text import Text

from claimtrack.models import Claim
from claimtrack.render import RenderOptions


def render(claims: list[Claim], options: RenderOptions) -> str:
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=options.width,
        force_terminal=options.color,
        no_color=not options.color,
        highlight=False,
        emoji=False,
    )
    table = Table(show_lines=True, expand=True)
    for name, ratio in (("Line", 0), ("Claim", 5), ("Kind", 1), ("Attributes", 2)):
        table.add_column(name, ratio=ratio or None, no_wrap=not ratio)
    for claim in claims:
        table.add_row(
            str(claim.line),
            Text(claim.text),
            claim.dropped or str(claim.kind),
            Text(attributes(claim)),
        )
    console.print(table)
    return buffer.getvalue()


def attributes(claim: Claim) -> str:
    parts = []
    if claim.attribution:
        parts.append(f"said by: {claim.attribution}")
    if claim.certainty.value != "asserted":
        parts.append(f"{claim.certainty} ({claim.certainty_cue})")
    if claim.negated:
        parts.append(f"negated ({claim.negation_cue})")
    if claim.reason:
        parts.append(f"reason: {claim.reason}")
    # a tally ("7-2") as written, named so a reader does not take it for a range
    parts += [f"{'tally' if n.tally else 'number'}: {n.text}" for n in claim.numbers]
    parts += [f"date: {d.text}" + (f" = {d.earliest}" if d.earliest else "") for d in claim.dates]
    return "\n".join(parts)
