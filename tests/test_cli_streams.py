"""What the command line writes besides the files: nothing on stderr for a good export, and a closed
stdout (``… | head -3``) ends it quietly."""

from __future__ import annotations

import subprocess
import sys

from .conftest import REPO_DIR
from .test_export_cli import _cli


def test_a_good_comparison_export_writes_nothing_on_stderr(tmp_path):
    out = tmp_path / "vergleich.png"
    result = _cli("--sample", "--variant", "comparison", "--out", str(out), "--dpi", "40")
    assert result.returncode == 0, result.stderr
    # PROJ complained about the empty CRS of a project without one while the layout was loaded.
    assert result.stderr == "", result.stderr
    assert result.stdout.strip() == str(out)


def test_a_closed_stdout_ends_the_profiles_quietly(tmp_path):
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "aktionsraeume_plugin",
            "profiles",
            "--sample",
            "--separate",
            "--out",
            str(tmp_path / "p.pdf"),
        ],
        cwd=REPO_DIR,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    process.stdout.close()  # the reader is gone before the first file name is printed
    stderr = process.stderr.read()
    process.stderr.close()
    assert process.wait(timeout=300) == 141  # as a tool ended by SIGPIPE
    assert stderr == "", stderr
    assert len(list(tmp_path.glob("p_*.pdf"))) == 15  # every profile was written
