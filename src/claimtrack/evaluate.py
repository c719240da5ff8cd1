"""Score a claimtrack run against hand-made gold (the sample stories and real_dev events).

The gold format is real_dev's ``expected.json`` (``agree``, ``conflict``, ``single`` lists of
``{file, start, end, quote}`` spans), optionally extended, as in ``samples/gold/``, with
``claims`` (every expected factual claim) and ``clusters`` (spans about the same fact). The
rules are real_dev/README's "Scoring a run":

- a produced claim *covers* a gold span when both are in the same file and they overlap by at
  least half of the shorter of the two;
- a gold pair is *found* when claims covering its two spans share a cluster (agree, cluster
  pairs) or are linked by a reported conflict (conflicts);
- a single-source span is *found* when it is covered and every claim covering it sits in a
  ``single_source`` cluster.

Scores are counts (``hits`` of ``total``), so stories add up exactly into the overall figure.
Run ``python -m claimtrack.evaluate STORY...`` for a table; the library part never prints.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

from claimtrack.errors import InputError
from claimtrack.models import Claim, ConflictType, Kind, Report, Verdict
from claimtrack.options import Options

GOLD_FILE = "expected.json"
CONFLICT_TYPES = tuple(t.value for t in ConflictType)


class GoldError(InputError):
    """A gold file that is missing, malformed, or whose quotes do not fit the articles."""


# --- gold ------------------------------------------------------------------------------


class Span(BaseModel):
    """A character range of one article's text, with the text it should hold."""

    model_config = ConfigDict(frozen=True)

    file: str
    start: int
    end: int
    quote: str = ""


class GoldConflict(BaseModel):
    model_config = ConfigDict(frozen=True)

    a: Span
    b: Span
    type: str


class Gold(BaseModel):
    """One story's gold. ``claims`` and ``clusters`` are None when the gold has no such list."""

    model_config = ConfigDict(frozen=True)

    event: str
    agree: tuple[tuple[Span, Span], ...] = ()
    conflict: tuple[GoldConflict, ...] = ()
    single: tuple[Span, ...] = ()
    claims: tuple[Span, ...] | None = None
    clusters: tuple[tuple[Span, ...], ...] | None = None


def gold_path(story: str | Path) -> Path:
    """Where the gold of a story folder lives.

    ``<story>/expected.json`` when the folder holds one (real_dev), else
    ``<parent>/gold/<story>.json`` (samples/, where a JSON file inside the story folder would
    be read as an article).
    """
    story = Path(story)
    inside = story / GOLD_FILE
    if inside.is_file():
        return inside
    return story.parent / "gold" / f"{story.name}.json"


def load_gold(path: str | Path) -> Gold:
    """Read a gold file (real_dev ``expected.json`` or a sample story's gold)."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise GoldError(f"no gold file at {path}", hint="pass a story folder with gold") from exc
    except (OSError, json.JSONDecodeError) as exc:
        raise GoldError(f"{path} is not a readable JSON gold file ({exc})") from exc
    return parse_gold(data, default_event=path.parent.name)


def parse_gold(data: dict[str, Any], default_event: str = "story") -> Gold:
    """A ``Gold`` from the decoded JSON of a gold file."""
    try:
        return Gold(
            event=data.get("event", default_event),
            agree=tuple((Span(**p["a"]), Span(**p["b"])) for p in data.get("agree", [])),
            conflict=tuple(
                GoldConflict(a=Span(**c["a"]), b=Span(**c["b"]), type=c["type"])
                for c in data.get("conflict", [])
            ),
            single=tuple(Span(**s["a"]) for s in data.get("single", [])),
            claims=(tuple(Span(**s) for s in data["claims"]) if "claims" in data else None),
            clusters=(
                tuple(tuple(Span(**s) for s in c["spans"]) for c in data["clusters"])
                if "clusters" in data
                else None
            ),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise GoldError(f"gold file does not have the expected.json layout ({exc!r})") from exc


def story_files(story: str | Path) -> list[Path]:
    """The article files of a story folder, leaving out the gold file real_dev keeps there."""
    from claimtrack.sources import ARTICLE_SUFFIXES

    story = Path(story)
    return sorted(
        p
        for p in story.iterdir()
        if p.is_file()
        and p.suffix.lower() in ARTICLE_SUFFIXES
        and p.name != GOLD_FILE
        and not p.name.startswith(".")
    )


def article_texts(story: str | Path) -> dict[str, str]:
    """The reader's text of every article of a story folder, by file name (the gold's ``file``)."""
    from claimtrack.sources import read_sources

    read = read_sources(story_files(story))
    if read.skipped:
        raise GoldError(f"unreadable articles: {', '.join(s.path for s in read.skipped)}")
    return {Path(a.path).name: a.text for a in read.articles}


def place(span: dict[str, Any], texts: dict[str, str]) -> dict[str, Any]:
    """``span`` with ``start``/``end`` found from its quote, which must occur exactly once."""
    file, quote = span["file"], span["quote"]
    if file not in texts:
        raise GoldError(f"gold names an article that is not there: {file!r}")
    text = texts[file]
    start = text.find(quote)
    if start < 0:
        raise GoldError(f"{file}: quote not found: {quote!r}")
    if text.find(quote, start + 1) >= 0:
        raise GoldError(f"{file}: quote occurs more than once: {quote!r}")
    return {"file": file, "start": start, "end": start + len(quote), "quote": quote}


def fill_gold(data: dict[str, Any], texts: dict[str, str]) -> dict[str, Any]:
    """Hand-written gold (spans as ``{file, quote}``) with offsets placed and lists derived.

    ``agree`` is every pair of spans from different files in one cluster that is not listed
    as a conflict (a gold cluster, like a claimtrack cluster, holds conflicting values too);
    every span used anywhere is also a gold claim. Idempotent.
    """

    def key(span: dict[str, Any]) -> tuple[str, str]:
        return span["file"], span["quote"]

    clusters = [
        {**c, "spans": [place(s, texts) for s in c["spans"]]} for c in data.get("clusters", [])
    ]
    conflicts = [
        {**c, "a": place(c["a"], texts), "b": place(c["b"], texts)}
        for c in data.get("conflict", [])
    ]
    singles = [{**s, "a": place(s["a"], texts)} for s in data.get("single", [])]
    conflict_pairs = {frozenset((key(c["a"]), key(c["b"]))) for c in conflicts}
    agree = [
        {"a": a, "b": b, "note": cluster.get("note", cluster["id"])}
        for cluster in clusters
        for a, b in itertools.combinations(cluster["spans"], 2)
        if a["file"] != b["file"] and frozenset((key(a), key(b))) not in conflict_pairs
    ]
    claims: dict[tuple[str, str], dict[str, Any]] = {}
    used = [s for c in clusters for s in c["spans"]] + [s["a"] for s in singles]
    for span in [place(s, texts) for s in data.get("claims", [])] + used:
        claims.setdefault(key(span), span)
    derived = ("claims", "clusters", "agree", "conflict", "single")
    return {
        **{k: v for k, v in data.items() if k not in derived},
        "claims": sorted(claims.values(), key=lambda s: (s["file"], s["start"])),
        "clusters": clusters,
        "agree": agree,
        "conflict": conflicts,
        "single": singles,
    }


# --- scores ----------------------------------------------------------------------------


class Ratio(BaseModel):
    """``hits`` of ``total``; ``value`` is None when there is nothing to count."""

    model_config = ConfigDict(frozen=True)

    hits: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(hits=self.hits + other.hits, total=self.total + other.total)

    def __str__(self) -> str:
        value = self.value
        return "-" if value is None else f"{value:.2f} ({self.hits}/{self.total})"


def _ratio(flags: Iterable[bool]) -> Ratio:
    flags = list(flags)
    return Ratio(hits=sum(flags), total=len(flags))


class StoryScore(BaseModel):
    """Every figure for one story (or, summed, for several)."""

    model_config = ConfigDict(frozen=True)

    event: str
    articles: int = 0
    claims_produced: int = 0
    claim_precision: Ratio = Ratio()
    claim_recall: Ratio = Ratio()
    pair_precision: Ratio = Ratio()
    pair_recall: Ratio = Ratio()
    agree_found: Ratio = Ratio()
    conflict_found: Ratio = Ratio()
    conflict_precision: Ratio = Ratio()
    conflict_type_agreement: Ratio = Ratio()
    conflict_found_by_type: dict[str, Ratio] = {}
    conflict_precision_by_type: dict[str, Ratio] = {}
    single_found: Ratio = Ratio()
    conflicts_emitted: int = 0

    def __add__(self, other: StoryScore) -> StoryScore:
        summed: dict[str, Any] = {"event": "overall"}
        for name, value in self:
            theirs = getattr(other, name)
            if isinstance(value, (Ratio, int)) and name != "event":
                summed[name] = value + theirs
            elif isinstance(value, dict):
                keys = sorted(set(value) | set(theirs))
                summed[name] = {k: value.get(k, Ratio()) + theirs.get(k, Ratio()) for k in keys}
        return StoryScore(**summed)


def covers(claim: tuple[int, int], span: tuple[int, int]) -> bool:
    """real_dev's cover rule on two [start, end) ranges of the same file."""
    overlap = min(claim[1], span[1]) - max(claim[0], span[0])
    shorter = min(claim[1] - claim[0], span[1] - span[0])
    return overlap > 0 and overlap >= 0.5 * shorter


class _Run:
    """A report's claims indexed for cover look-ups, with each claim's cluster."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.cluster_of: dict[str, str] = {}
        self.verdict_of: dict[str, Verdict] = {}
        for cluster in report.clusters:
            for claim_id in cluster.claim_ids:
                self.cluster_of[claim_id] = cluster.id
                self.verdict_of[claim_id] = cluster.verdict
        # Only clustered claims take part in verdicts ("each claim belongs to one cluster").
        self.by_file: dict[str, list[Claim]] = {}
        for claim in report.claims:
            if claim.id in self.cluster_of:
                self.by_file.setdefault(claim.article_id, []).append(claim)
        self.conflict_links = _conflict_links(report)

    def covering(self, span: Span) -> list[Claim]:
        return [
            c
            for c in self.by_file.get(span.file, [])
            if covers((c.start, c.end), (span.start, span.end))
        ]

    def same_cluster(self, a: Span, b: Span) -> bool:
        clusters_a = {self.cluster_of[c.id] for c in self.covering(a)}
        return any(self.cluster_of[c.id] in clusters_a for c in self.covering(b))

    def conflict_types(self, a: Span, b: Span) -> set[str]:
        """Types of the reported conflicts linking a claim covering ``a`` and one covering ``b``."""
        ids_a = {c.id for c in self.covering(a)}
        ids_b = {c.id for c in self.covering(b)}
        return {
            kind
            for (x, y), kinds in self.conflict_links.items()
            if (x in ids_a and y in ids_b) or (x in ids_b and y in ids_a)
            for kind in kinds
        }


def _conflict_links(report: Report) -> dict[tuple[str, str], set[str]]:
    """Every reported conflict as an unordered claim pair, with the types reported for it."""
    links: dict[tuple[str, str], set[str]] = {}
    for cluster in report.clusters:
        for conflict in cluster.conflicts:
            for x, y in itertools.combinations(conflict.claim_ids, 2):
                pair = (min(x, y), max(x, y))
                links.setdefault(pair, set()).add(conflict.type.value)
    return links


def score_report(report: Report, gold: Gold) -> StoryScore:
    """Score one run against one story's gold."""
    run = _Run(report)
    fact_claims = [c for c in report.claims if c.kind is Kind.FACT]
    scores: dict[str, Any] = {
        "event": gold.event,
        "articles": len(report.articles),
        "claims_produced": len(fact_claims),
        "agree_found": _ratio(run.same_cluster(a, b) for a, b in gold.agree),
        "single_found": _ratio(_single_found(run, span) for span in gold.single),
        "conflicts_emitted": sum(len(c.conflicts) for c in report.clusters),
    }
    scores.update(_conflict_scores(run, gold))
    if gold.claims is not None:
        scores.update(_claim_scores(fact_claims, gold.claims))
    if gold.clusters is not None:
        scores.update(_pair_scores(run, gold.clusters, gold.single))
    return StoryScore(**scores)


class MissedAgreement(BaseModel):
    """A gold agree pair the run did not find, with the clustered claims covering each side
    (their ids, in report order; empty when no clustered claim covers that side)."""

    model_config = ConfigDict(frozen=True)

    a: Span
    b: Span
    covering_a: tuple[str, ...]
    covering_b: tuple[str, ...]


def missed_agreements(report: Report, gold: Gold) -> list[MissedAgreement]:
    """The gold agree pairs ``score_report`` does not count as found, in gold order: what a
    developer reads to see why two tellings of one fact stayed apart."""
    run = _Run(report)
    return [
        MissedAgreement(
            a=a,
            b=b,
            covering_a=tuple(c.id for c in run.covering(a)),
            covering_b=tuple(c.id for c in run.covering(b)),
        )
        for a, b in gold.agree
        if not run.same_cluster(a, b)
    ]


def _single_found(run: _Run, span: Span) -> bool:
    covering = run.covering(span)
    return bool(covering) and all(run.verdict_of[c.id] is Verdict.SINGLE_SOURCE for c in covering)


def _claim_scores(produced: Sequence[Claim], gold_claims: Sequence[Span]) -> dict[str, Ratio]:
    def hits(claim: Claim) -> bool:
        return any(
            s.file == claim.article_id and covers((claim.start, claim.end), (s.start, s.end))
            for s in gold_claims
        )

    def found(span: Span) -> bool:
        return any(
            c.article_id == span.file and covers((c.start, c.end), (span.start, span.end))
            for c in produced
        )

    return {
        "claim_precision": _ratio(hits(c) for c in produced),
        "claim_recall": _ratio(found(s) for s in gold_claims),
    }


def _pair_scores(
    run: _Run, clusters: Sequence[Sequence[Span]], singles: Sequence[Span]
) -> dict[str, Ratio]:
    """Cluster pairs: gold pairs from different files vs produced pairs mapped through cover.

    A gold single-source claim is a cluster of its own: pairing it with anything is wrong.
    """
    gold_pairs = [
        (a, b)
        for spans in clusters
        for a, b in itertools.combinations(spans, 2)
        if a.file != b.file
    ]
    cluster_ids_of: dict[str, set[int]] = {}
    for number, spans in enumerate([*clusters, *([s] for s in singles)]):
        for span in spans:
            for claim in run.covering(span):
                cluster_ids_of.setdefault(claim.id, set()).add(number)
    produced = [
        (x, y)
        for cluster in run.report.clusters
        for x, y in itertools.combinations(cluster.claim_ids, 2)
        if _article_of(x, run) != _article_of(y, run)
    ]
    # A produced pair is judged only when both claims map onto clustered or single-source gold
    # claims. Claims the gold does not place (a headline restating several facts, or no gold
    # claim at all) are left to claim precision.
    mapped = [(x, y) for x, y in produced if x in cluster_ids_of and y in cluster_ids_of]
    return {
        "pair_recall": _ratio(run.same_cluster(a, b) for a, b in gold_pairs),
        "pair_precision": _ratio(bool(cluster_ids_of[x] & cluster_ids_of[y]) for x, y in mapped),
    }


def _article_of(claim_id: str, run: _Run) -> str:
    return run.report.claim(claim_id).article_id


def _conflict_scores(run: _Run, gold: Gold) -> dict[str, Any]:
    found_types = [run.conflict_types(c.a, c.b) for c in gold.conflict]
    typed = list(zip(found_types, gold.conflict, strict=True))
    by_type = {kind: _ratio(bool(t) for t, c in typed if c.type == kind) for kind in CONFLICT_TYPES}
    reported = _reported_conflicts(run, gold)
    precision_by_type = {
        kind: _ratio(ok for k, ok in reported if k == kind) for kind in CONFLICT_TYPES
    }
    return {
        "conflict_found": _ratio(bool(t) for t in found_types),
        "conflict_type_agreement": _ratio(c.type in t for t, c in typed if t),
        "conflict_found_by_type": {k: v for k, v in by_type.items() if v.total},
        "conflict_precision": _ratio(ok for _, ok in reported),
        "conflict_precision_by_type": {k: v for k, v in precision_by_type.items() if v.total},
    }


def _reported_conflicts(run: _Run, gold: Gold) -> list[tuple[str, bool]]:
    """(type, matches a gold conflict) for every reported conflict pair and type.

    With gold clusters (samples/), the gold lists each conflict once per pair of outlets, with
    one representative sentence from each (real_dev/README): a reported conflict between
    restatements of the two sides (same file and gold cluster as each side, such as the
    second mention of a fact) is right too. As for cluster-pair precision, a conflict that
    involves a claim the gold places in no cluster (a headline summing up several facts) is
    left to claim precision rather than judged here.
    """
    claims = {c.id: c for c in run.report.claims}
    places = _Places(run, gold) if gold.clusters is not None else None
    judged: list[tuple[str, bool]] = []
    for (x, y), kinds in sorted(run.conflict_links.items()):
        cx, cy = claims.get(x), claims.get(y)
        if places is not None and not (places.of_claim.get(x) and places.of_claim.get(y)):
            continue
        ok = (
            cx is not None
            and cy is not None
            and any(
                _links(cx, cy, g.a, g.b, places) or _links(cy, cx, g.a, g.b, places)
                for g in gold.conflict
            )
        )
        judged.extend((kind, ok) for kind in sorted(kinds))
    return judged


class _Places:
    """Gold clusters (single-source spans are clusters of their own) of claims and spans."""

    def __init__(self, run: _Run, gold: Gold) -> None:
        self.of_claim: dict[str, set[int]] = {}
        self.of_span: dict[tuple[str, int, int], set[int]] = {}
        for number, spans in enumerate([*(gold.clusters or ()), *([s] for s in gold.single)]):
            for span in spans:
                self.of_span.setdefault((span.file, span.start, span.end), set()).add(number)
                for claim in run.covering(span):
                    self.of_claim.setdefault(claim.id, set()).add(number)

    def restates(self, claim: Claim, span: Span) -> bool:
        """Same file and same gold cluster as the span: another mention of its fact."""
        if claim.article_id != span.file:
            return False
        clusters = self.of_span.get((span.file, span.start, span.end), set())
        return bool(self.of_claim.get(claim.id, set()) & clusters)


def _links(x: Claim, y: Claim, a: Span, b: Span, places: _Places | None = None) -> bool:
    return _side(x, a, places) and _side(y, b, places)


def _side(claim: Claim, span: Span, places: _Places | None) -> bool:
    return _claim_covers(claim, span) or (places is not None and places.restates(claim, span))


def _claim_covers(claim: Claim, span: Span) -> bool:
    return claim.article_id == span.file and covers(
        (claim.start, claim.end), (span.start, span.end)
    )


# --- fact-check drafts -----------------------------------------------------------------


class DraftScore(BaseModel):
    """How many draft claims ``check_draft`` gives the status the gold expects."""

    model_config = ConfigDict(frozen=True)

    draft: str
    status_right: Ratio
    by_status: dict[str, Ratio]
    wrong: tuple[str, ...] = ()


def score_drafts(gold_file: str | Path, options: Options | None = None) -> list[DraftScore]:
    """Run ``check_draft`` on every draft a drafts gold file lists and compare statuses.

    The gold (``samples/gold/drafts.json``) names each draft and its sources relative to the
    gold folder's parent; a finding answers for an expected claim when it starts on the line
    holding the claim's quote.
    """
    from claimtrack.check import check_draft

    gold_file = Path(gold_file)
    try:
        data = json.loads(gold_file.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GoldError(f"{gold_file} is not a readable drafts gold file ({exc})") from exc
    root = gold_file.parent.parent
    scores = []
    for entry in data["drafts"]:
        draft = root / "drafts" / entry["draft"]
        result = check_draft(draft, [root / entry["sources"]], options)
        text = draft.read_text(encoding="utf-8")
        status_at = {f.line: f.status.value for f in result.findings}
        rows = []
        for expected in entry["findings"]:
            line = text[: text.index(expected["quote"])].count("\n") + 1
            got = status_at.get(line, "missing")
            rows.append((expected["status"], got == expected["status"], expected["quote"], got))
        scores.append(
            DraftScore(
                draft=entry["draft"],
                status_right=_ratio(ok for _, ok, _, _ in rows),
                by_status={
                    s: _ratio(ok for status, ok, _, _ in rows if status == s)
                    for s in sorted({r[0] for r in rows})
                },
                wrong=tuple(f"{q} -> {got}" for _, ok, q, got in rows if not ok),
            )
        )
    return scores


# --- running and printing --------------------------------------------------------------


def evaluate_story(story: str | Path, options: Options | None = None) -> StoryScore:
    """Run ``build_report`` on a story folder and score it against the story's gold."""
    from claimtrack.pipeline import build_report

    story = Path(story)
    gold = load_gold(gold_path(story))
    report = build_report(story_files(story), options)
    return score_report(report, gold).model_copy(update={"event": story.name})


def overall(scores: Sequence[StoryScore]) -> StoryScore:
    total = StoryScore(event="overall")
    for score in scores:
        total = total + score
    return total


ROWS: tuple[tuple[str, str], ...] = (
    ("claim_precision", "claims precision"),
    ("claim_recall", "claims recall"),
    ("pair_precision", "cluster-pair precision"),
    ("pair_recall", "cluster-pair recall"),
    ("agree_found", "agree pairs found"),
    ("conflict_precision", "conflict precision"),
    ("conflict_found", "conflict recall"),
    ("conflict_type_agreement", "conflict type agreement"),
    ("single_found", "single-source found"),
)


def table_rows(score: StoryScore) -> list[tuple[str, str]]:
    """(label, figure) rows for one story, per-type conflict figures included."""
    rows = [("articles", str(score.articles)), ("fact claims produced", str(score.claims_produced))]
    rows += [(label, str(getattr(score, name))) for name, label in ROWS]
    for kind in CONFLICT_TYPES:
        recall = score.conflict_found_by_type.get(kind)
        precision = score.conflict_precision_by_type.get(kind)
        if recall or precision:
            rows.append((f"  {kind} recall", str(recall or Ratio())))
            rows.append((f"  {kind} precision", str(precision or Ratio())))
    rows.append(("conflicts emitted", str(score.conflicts_emitted)))
    return rows


def render_table(scores: Sequence[StoryScore]) -> str:
    """A plain-text table: one column per story, plus the overall column."""
    columns = [*scores, overall(scores)] if len(scores) > 1 else list(scores)
    rendered = [dict(table_rows(s)) for s in columns]
    labels = list(dict.fromkeys(label for r in rendered for label in r))
    header = ["figure", *(s.event for s in columns)]
    body = [[label, *(r.get(label, "-") for r in rendered)] for label in labels]
    widths = [max(len(row[i]) for row in [header, *body]) for i in range(len(header))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in body
    ]
    head = "  ".join(cell.ljust(w) for cell, w in zip(header, widths, strict=True)).rstrip()
    return "\n".join([head, "-" * len(head), *lines])


def to_json(scores: Sequence[StoryScore]) -> str:
    def plain(score: StoryScore) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for name, value in score:
            if isinstance(value, Ratio):
                data[name] = {"hits": value.hits, "total": value.total, "value": value.value}
            elif isinstance(value, dict):
                data[name] = {
                    k: {"hits": v.hits, "total": v.total, "value": v.value}
                    for k, v in value.items()
                }
            else:
                data[name] = value
        return data

    payload = {"stories": [plain(s) for s in scores], "overall": plain(overall(scores))}
    return json.dumps(payload, indent=2, sort_keys=True)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m claimtrack.evaluate STORY...``: score each story folder against its gold."""
    parser = argparse.ArgumentParser(
        prog="python -m claimtrack.evaluate",
        description="Score claimtrack runs against gold files (samples/gold/<story>.json or "
        "<story>/expected.json).",
        epilog="example: python -m claimtrack.evaluate samples/iran-talks samples/factory-fire",
    )
    parser.add_argument("stories", nargs="+", type=Path, help="story folders with gold")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument(
        "--drafts",
        type=Path,
        metavar="GOLD",
        help="also score `claimtrack check` on the drafts a gold file lists "
        "(samples/gold/drafts.json)",
    )
    args = parser.parse_args(argv)
    try:
        scores = [evaluate_story(story) for story in args.stories]
        drafts = score_drafts(args.drafts) if args.drafts else []
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    if args.json:
        payload = json.loads(to_json(scores))
        payload["drafts"] = [d.model_dump(mode="json") for d in drafts]
        print(json.dumps(payload, indent=2, sort_keys=True))
    else:
        print(render_table(scores))
        for draft in drafts:
            print(f"\ndraft {draft.draft}: status right {draft.status_right}")
            for status, ratio in draft.by_status.items():
                print(f"  {status}: {ratio}")
            for wrong in draft.wrong:
                print(f"  wrong: {wrong}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
