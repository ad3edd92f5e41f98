"""The published README's "Face Recognition from LargePersonGroup" snippet runs unchanged against the emulator."""
import re

from azure.ai.vision.face.emulator import run_emulator
from azure.ai.vision.face.emulator.images import FaceSpec, make_face_image

from tests._data import seed

IMAGES = {"Family1-Dad1.jpg": "bill", "Family1-Mom1.jpg": "clare", "identification1.jpg": "bill"}


def _snippet():
    text = seed("000_").read_text(encoding="utf-8")
    section = text.split("### Face Recognition from LargePersonGroup", 1)[1].split("\n### ", 1)[0]
    return "\n".join(re.findall(r"```python\n(.*?)```", section, flags=re.S))


def test_readme_large_person_group_snippet_runs_unchanged(tmp_path, monkeypatch, capsys):
    code = _snippet()
    images = tmp_path / "samples" / "images"
    images.mkdir(parents=True)
    for name, identity in IMAGES.items():
        (images / name).write_bytes(make_face_image([FaceSpec(identity)], format="jpeg"))
    monkeypatch.chdir(tmp_path)
    # Training finishes at once here: the snippet's clients poll at the SDK's default interval (30 s).
    with run_emulator(training_seconds=0) as emulator:
        code = code.replace("<your endpoint>", emulator.endpoint).replace("<your api key>", emulator.key)
        namespace = {"__name__": "readme"}
        exec(compile(code, "README.md", "exec"), namespace)  # noqa: S102 - the published snippet, run as documented
    assert namespace["training_result"] is None
    assert namespace["result"][0].candidates[0].person_id == namespace["bill_person_id"]
    out = capsys.readouterr().out
    assert "Identification result: #1" in out and "Delete the large person group: lpg_family" in out
