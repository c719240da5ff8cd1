"""bench/eval_archive.py: grouping figures against a generated corpus' planted facts."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


def _bench_module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


eval_archive = _bench_module("eval_archive")
generate_corpus = _bench_module("generate_corpus")

SHARED = "The Harbour Council closed the Wexmouth bridge to lorries on Tuesday."


def _article(folder: Path, name: str, body: str) -> str:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'---\ntitle: "Bridge"\nsource: "{name}"\n---\n\n{body}\n', encoding="utf-8")
    return name


def test_generated_corpus_figures_add_up(tmp_path: Path) -> None:
    generate_corpus.generate(20, tmp_path, seed=7)
    result = eval_archive.evaluate(tmp_path, with_funnel=True)
    assert result.claims > 0
    assert 0 < result.clusters < result.claims
    # Twenty articles on a handful of stories plant many same-fact pairs, and some are found.
    assert 0 < result.planted_pairs_grouped <= result.planted_pairs
    assert 0.0 < result.recall <= 1.0
    assert result.grouped_pairs == result.grouped_pairs_same_story + (
        result.grouped_pairs_cross_story
    )
    assert result.grouped_pairs_same_story > 0
    assert 0.0 <= result.junk_rate < 1.0
    assert result.grouped_pairs_cross_folder <= result.grouped_pairs
    assert result.largest_cluster >= 2
    assert result.grouped_pairs >= _pairs(result.largest_cluster)
    # Every pair judged one fact was a candidate first, and blocking finds some planted pairs.
    assert result.planted_pairs_candidates is not None
    assert result.planted_pairs_same_fact is not None
    assert 0 < result.planted_pairs_same_fact <= result.planted_pairs_candidates
    assert result.planted_pairs_candidates <= result.planted_pairs


def test_planted_pair_found_and_cross_story_pairs_counted(tmp_path: Path) -> None:
    """Two articles of story 1 state the same planted fact; an article of story 2 states the
    same sentence too (as its own fact): one cluster of three, one planted pair found, and
    two of its three pairs cross stories."""
    gold = [
        ("story-1/a.md", 1, f"{SHARED} Traffic was light in the town centre."),
        ("story-1/b.md", 1, f"Shops on the quay stayed open. {SHARED}"),
        ("story-2/c.md", 2, f"{SHARED} Farmers at the market complained about the price of feed."),
    ]
    lines = []
    for name, story, body in gold:
        _article(tmp_path, name, body)
        lines.append(json.dumps({"path": name, "story": story, "facts": [[0, SHARED]]}))
    (tmp_path / eval_archive.GOLD).write_text("\n".join(lines) + "\n", encoding="utf-8")

    result = eval_archive.evaluate(tmp_path, with_funnel=True)

    assert (result.planted_pairs, result.planted_pairs_grouped) == (1, 1)
    assert (result.planted_pairs_candidates, result.planted_pairs_same_fact) == (1, 1)
    assert result.recall == 1.0
    shared = [c for c in _clusters(tmp_path) if len(c) == 3]
    assert len(shared) == 1
    assert result.largest_cluster == 3
    assert result.grouped_pairs_same_story >= 1
    assert result.grouped_pairs_cross_story >= 2
    assert result.grouped_pairs_cross_folder == result.grouped_pairs_cross_story
    assert result.grouped_pairs == result.grouped_pairs_same_story + (
        result.grouped_pairs_cross_story
    )


def _pairs(members: int) -> int:
    return members * (members - 1) // 2


def _clusters(corpus: Path) -> list[tuple[str, ...]]:
    report = eval_archive.build_report([corpus], eval_archive.Options())
    return [c.claim_ids for c in report.clusters]


def test_folder_without_gold_names_the_generator(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _article(tmp_path, "a.md", SHARED)
    assert eval_archive.main([str(tmp_path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert ".facts.jsonl" in captured.err
    assert "bench/generate_corpus.py" in captured.err


def test_json_output_carries_the_figures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    generate_corpus.generate(5, tmp_path, seed=3)
    assert eval_archive.main([str(tmp_path), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["planted_pairs_grouped"] <= figures["planted_pairs"]
    assert figures["recall"] == pytest.approx(
        figures["planted_pairs_grouped"] / figures["planted_pairs"]
    )
    assert figures["grouped_pairs"] == (
        figures["grouped_pairs_same_story"] + figures["grouped_pairs_cross_story"]
    )
