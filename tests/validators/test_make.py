"""`make test` installs what these tests run: the npm validators and the ProperDocs venv."""

from __future__ import annotations

import subprocess

from tests.helpers import REPO


def test_make_test_installs_the_validators_and_properdocs_first():
    # -n: print the commands only; -B: as on a fresh clone, where nothing is installed yet.
    result = subprocess.run(
        ["make", "-n", "-B", "test"], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    commands = result.stdout.splitlines()
    assert "bash scripts/validators/setup.sh" in commands
    assert "python3 -m venv .venv-properdocs" in commands
    assert any("-m pip install --quiet -e '.[properdocs]'" in c for c in commands)
    last = commands.index(next(c for c in commands if c.endswith("-m pytest")))
    assert last > commands.index("bash scripts/validators/setup.sh")
