"""Write environment.yml from requirements.lock, so conda users get the same versions.

pip cannot install an editable project (`-e .`) in hash-checking mode, so the conda file lists
the exact pins of the lock file without their hashes, then `-e .`. tests/test_environment.py
checks that the two files agree; run `make lock` to regenerate both.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def pins(lock_text: str) -> list[str]:
    return re.findall(r"^([A-Za-z0-9][A-Za-z0-9._-]*==[^\s\\;]+)", lock_text, flags=re.M)


def render(lock_text: str) -> str:
    lines = [
        "# Generated from requirements.lock by tools/environment.py (make lock): do not edit by hand.",
        "# conda env create -f environment.yml && conda activate dossier",
        "# The same exact versions as the Makefile's hash-checked install; pip cannot check hashes",
        "# and install the project editable (-e .) in one step, so the pins here carry no hashes.",
        "name: dossier",
        "channels:",
        "  - conda-forge",
        "dependencies:",
        "  - python=3.11",
        "  - pip",
        "  - pip:",
    ]
    lines += [f"      - {p}" for p in pins(lock_text)]
    lines += ["      - -e ."]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    out = ROOT / "environment.yml"
    out.write_text(render((ROOT / "requirements.lock").read_text()))
    print(f"wrote {out.relative_to(ROOT)}")
