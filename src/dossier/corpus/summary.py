"""The run's summary: what was read, rejected, analysed and written; printed by the command
and the notebooks, and kept as ``summary.json`` in the output folder."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field


@dataclass
class Summary:
    n_files: int = 0
    accepted: int = 0
    rejected: int = 0
    warnings: int = 0
    skipped: int = 0
    analysed: int = 0
    cached: int = 0
    seconds: float = 0.0
    rows: dict[str, int] = field(default_factory=dict)
    rejected_files: list[tuple[str, str]] = field(default_factory=list)
    out_dir: str = ""
    notes: list[str] = field(default_factory=list)  # recovered interrupted runs, replaced cache entries
    inputs: dict[str, str] = field(default_factory=dict)  # file -> sha256 of what was read

    def text(self, volatile: bool = True) -> str:
        """The run's summary. ``volatile=False`` leaves out what differs between identical runs
        (seconds, and how many documents came from the cache), for notebooks."""
        cache = f": {self.analysed} analysed, {self.cached} from cache" if volatile else ""
        lines = [f"{self.accepted} documents from {self.n_files} files{cache}; {self.rejected} rejected, "
                 f"{self.warnings} with warnings, {self.skipped} skipped (see ingest_log)"]
        for f, reason in self.rejected_files[:20]:
            lines.append(f"  rejected {f}: {reason}")
        if len(self.rejected_files) > 20:
            lines.append(f"  ... and {len(self.rejected_files) - 20} more")
        lines.extend(f"  note: {n}" for n in self.notes)
        lines.append("tables: " + ", ".join(f"{k} {v}" for k, v in self.rows.items()) + f" -> {self.out_dir}")
        if volatile:
            rate = self.accepted / self.seconds if self.seconds else 0.0
            lines.append(f"{self.seconds:.1f} s, {rate:.1f} documents/s")
        return "\n".join(lines)


def summary_json(s: Summary) -> dict:
    return {"files": s.n_files, "documents": s.accepted, "rejected": s.rejected, "warnings": s.warnings,
            "skipped": s.skipped, "rows": s.rows, "tables": sorted(s.rows), "inputs": s.inputs}


class _NoBar:
    def update(self, n=1):
        pass

    def close(self):
        pass


def progress_bar(total: int, enabled: bool):
    if not enabled:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", file=sys.stderr, mininterval=0.5, leave=False)
