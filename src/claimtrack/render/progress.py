"""Progress on stderr for people at a terminal, fed by the library's progress callback.

The library only calls ``progress(stage, done, total)``; drawing is done here, and only when
stderr is a terminal, --quiet is off, and there are more than a handful of articles (a
progress bar that flashes for a tenth of a second is noise).
"""

from __future__ import annotations

from types import TracebackType

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn

#: Articles at or under which no progress is shown.
HANDFUL = 5
STAGE_LABELS = {
    "read": "reading files",
    "parse": "splitting claims",
    "normalize": "normalising",
    "candidates": "finding candidate pairs",
    "score": "scoring pairs",
    "judge": "judging clusters",
}


class ProgressDisplay:
    """A callable for ``build_report(progress=...)``; a context manager that clears itself."""

    def __init__(self, console: Console, handful: int = HANDFUL) -> None:
        self.console = console
        self.handful = handful
        self._progress: Progress | None = None
        self._tasks: dict[str, TaskID] = {}

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self._progress is None:
            # Parsing is the first stage that knows how many articles there are.
            if stage != "parse" or total <= self.handful:
                return
            self._progress = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                console=self.console,
                transient=True,
            )
            self._progress.start()
        if stage not in self._tasks:
            # Stages run one after the other: a new one means the earlier ones are done, even
            # when the library only reported their start.
            for task in self._tasks.values():
                self._progress.update(task, completed=self._progress.tasks[task].total)
            label = STAGE_LABELS.get(stage, stage)
            self._tasks[stage] = self._progress.add_task(label, total=total)
        self._progress.update(self._tasks[stage], completed=done, total=total)

    def __enter__(self) -> ProgressDisplay:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._progress is not None:
            self._progress.stop()
