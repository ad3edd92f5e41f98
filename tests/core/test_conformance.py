"""Guard rails: the public surface matches the published package, the generated sync code is current, types check."""
import json
import pathlib
import subprocess
import sys

import pytest

from tests._data import CONFORMANCE
from tests._env import package_env

ROOT = pathlib.Path(__file__).resolve().parents[2]
# These two check the source tree. CI also runs the suite against the installed wheel, from a copy of the repository
# without azure/ (so the installed package is the one imported): there they skip, and CI runs both on the source.
needs_source = pytest.mark.skipif(not (ROOT / "azure" / "ai" / "vision" / "face").is_dir(),
                                  reason="checks the source tree; this run tests the installed package")


@needs_source
def test_generated_sync_code_is_up_to_date():
    result = subprocess.run([sys.executable, str(ROOT / "tests" / "unasync.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_public_surface_matches_the_published_package(tmp_path):
    reference = json.loads((CONFORMANCE / "surface-1.0.0b2.json").read_text(encoding="utf-8"))
    recorded_on = reference["meta"]["python"]
    if "%d.%d" % sys.version_info[:2] != recorded_on:
        # overload introspection (typing.get_overloads) and enum str() differ between Python versions
        pytest.skip("the reference surface was recorded on Python {}".format(recorded_on))
    ours = tmp_path / "ours.json"
    subprocess.run([sys.executable, str(CONFORMANCE / "extract.py"), "-o", str(ours)], check=True,
                   capture_output=True, cwd=str(tmp_path), env=package_env())
    result = subprocess.run(
        [sys.executable, str(CONFORMANCE / "diff.py"), str(CONFORMANCE / "surface-1.0.0b2.json"), str(ours),
         "--min", "100", "--quiet"],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout[-4000:]


@needs_source
def test_package_is_mypy_strict_clean(tmp_path):
    pytest.importorskip("mypy")
    result = subprocess.run([sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path)], capture_output=True,
                            text=True, cwd=str(ROOT))
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
