import subprocess
import sys

from sosialisasi import __version__
from sosialisasi.cli import main


def test_version(capsys):
    try:
        main(["--version"])
    except SystemExit as exit_:
        assert exit_.code == 0
    assert capsys.readouterr().out.strip() == f"sosialisasi {__version__}"


def test_help_is_the_installed_console_command():
    result = subprocess.run(
        [sys.executable, "-m", "sosialisasi.cli", "--help"], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert "usage: sosialisasi" in result.stdout
