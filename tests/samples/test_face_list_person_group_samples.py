"""The face list and person group samples do what they say: their output names the right matches (run offline)."""
import sys

import pytest

from tests.samples.test_samples import DOCS_PYTHON, ROOT, _explain, _run


def _run_sample(name: str) -> str:
    if DOCS_PYTHON:
        pytest.skip("offline mode starts this package's emulator in-process")
    proc = _run([sys.executable, str(ROOT / "samples" / name)], ROOT)
    assert proc.returncode == 0, _explain(proc)
    return str(proc.stdout)


def test_face_list_sample_finds_bill_without_training() -> None:
    out = _run_sample("sample_face_list_find_similar.py")
    assert "('Family faces', recognition_04) holds 4 faces: dad2, mom1, mom2, son1." in out
    person_mode = out.split("(matchPerson):\n")[1].split("Faces similar")[0].splitlines()
    assert [line.split()[0] for line in person_mode] == ["dad2"]
    assert "Removed son1's face; 3 faces are left." in out
    assert "Listed among all face lists as ['Family faces']." in out


def test_person_group_sample_identifies_the_family_and_verifies_bill() -> None:
    out = _run_sample("sample_person_group_identify.py")
    assert "Training succeeded." in out
    identified = [line.split(": ", 1)[1] for line in out.splitlines() if line.startswith("  face ") and "vs" not in line]
    assert [who.split(" (")[0] for who in identified] == ["Bill", "Clare", "nobody in the group"]
    assert "face 1 vs Bill: the same person" in out
