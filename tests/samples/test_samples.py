"""Every sample runs offline, and every Python code block of the documentation runs against the emulator.

* Each ``samples/sample_*.py`` runs as a subprocess with ``FACE_ENDPOINT``/``FACE_APIKEY`` unset, so it starts its
  own in-process emulator; it must exit 0 and say that it uses the emulator.
* The ```` ```python ```` blocks of ``README.md`` and of the published documentation kept in
  ``tests/data/seeds`` (000: the package README, 003: the quickstart) run as subprocesses against the session's
  emulator, with their placeholders (endpoint, key, image files) filled in. A block whose first statement is not
  an import (or a module docstring) continues the blocks before it and runs concatenated with them.
  The few edits beyond placeholders are listed, with their reason, in ``DOC_FIXES``.
"""
import os
import pathlib
import re
import subprocess
import sys
import uuid
from typing import Dict, List, NamedTuple, Tuple

import pytest

from tests._data import seed
from tests._env import face_plugin_installed

ROOT = pathlib.Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "samples").glob("sample_*.py"))
README = ROOT / "README.md"
TIMEOUT = 90
ASYNC_NEEDS = "aiohttp"
# Drop-in in both directions: with FACE_DOCS_PYTHON set to an interpreter that has the published
# azure-ai-vision-face installed, the samples (against the session emulator) and the documentation blocks run on
# THAT package: this checkout stays off their PYTHONPATH, and what needs this package's emulator in-process is
# skipped. Not set (the default), everything runs on this checkout.
DOCS_PYTHON = os.environ.get("FACE_DOCS_PYTHON")
PYTHON = DOCS_PYTHON or sys.executable
# Samples and documentation blocks of operations the published package lacks (face lists, person groups, ...) say
# so with this phrase; with FACE_DOCS_PYTHON set they are skipped, as the published package cannot run them.
BEYOND_PUBLISHED = "not in the published 1.0.0b2 package"

# Edits to documentation code beyond filling placeholders: (document prefix, old, new, why).
DOC_FIXES: List[Tuple[str, str, str, str]] = [
    ("003_", "FaceAttributeTypeDetection01.HEAD_PODE", "FaceAttributeTypeDetection01.HEAD_POSE",
     "typo in the quickstart: the enum member is HEAD_POSE"),
    ("000_", 'large_person_group_id = "lpg_family"', 'large_person_group_id = "lpg-family-{uid}"',
     "a unique group id keeps the test re-runnable and parallel-safe against the shared emulator"),
    ("000_", "begin_train(large_person_group_id)", "begin_train(large_person_group_id, polling_interval=0.05)",
     "the default 30 s between training polls would only make the test slow (the emulator trains in 50 ms)"),
]

# Blocks that cannot run as written: (document prefix, text identifying the block, reason).
DOC_SKIPS: List[Tuple[str, str, str]] = [
    ("000_", "face.detect(..., logging_enable=True)",
     "illustration only: 'face' is undefined and '...' stands for the detect arguments"),
]


class Snippet(NamedTuple):
    document: pathlib.Path
    line: int
    code: str

    @property
    def name(self) -> str:
        return "{}:{}".format(self.document.name, self.line)


def _clean_env() -> Dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FACE_ENDPOINT", "FACE_APIKEY", "FACE_SAMPLE"))}
    if DOCS_PYTHON:
        env.pop("PYTHONPATH", None)
    else:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _run(args: List[str], cwd: pathlib.Path, **extra_env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        args, cwd=str(cwd), env=dict(_clean_env(), **extra_env), stdin=subprocess.DEVNULL, capture_output=True, text=True,
        timeout=TIMEOUT, check=False,
    )


def _explain(proc: subprocess.CompletedProcess) -> str:
    return "exit {}\n--- stdout ---\n{}\n--- stderr ---\n{}".format(proc.returncode, proc.stdout, proc.stderr)


# ---------------------------------------------------------------------------------------------------- samples


@pytest.mark.parametrize("sample", SAMPLES, ids=[path.stem for path in SAMPLES])
def test_sample_runs_offline(sample: pathlib.Path) -> None:
    if sample.stem.endswith("_async"):
        pytest.importorskip(ASYNC_NEEDS)
    if DOCS_PYTHON:
        pytest.skip("offline mode starts this package's emulator in-process")
    proc = _run([sys.executable, str(sample)], ROOT)
    assert proc.returncode == 0, _explain(proc)
    assert "using the local Face emulator" in proc.stdout.splitlines()[0], _explain(proc)
    assert "Traceback" not in proc.stderr, _explain(proc)


def test_ga_liveness_sample_shows_attempts_verification_and_the_refusal() -> None:
    if DOCS_PYTHON:
        pytest.skip("offline mode starts this package's emulator in-process")
    proc = _run([sys.executable, str(ROOT / "samples" / "sample_face_liveness_ga.py")], ROOT)
    assert proc.returncode == 0, _explain(proc)
    assert "attempt #1 Succeeded: liveness decision realface" in proc.stdout, _explain(proc)
    assert "same person as the reference: True" in proc.stdout, _explain(proc)
    assert re.search(r"session image \S+: [1-9][0-9]* bytes", proc.stdout), _explain(proc)
    assert "get_liveness_sessions is not available in API version 'v1.2'" in proc.stdout, _explain(proc)


@pytest.fixture(scope="module")
def photo_folder(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    """The folder a user would point FACE_SAMPLE_IMAGES at, here with annotated pictures the emulator understands."""
    sys.path.insert(0, str(ROOT / "samples"))
    try:
        from _shared import IMAGES
    finally:
        sys.path.remove(str(ROOT / "samples"))
        sys.modules.pop("_shared", None)
    from azure.ai.vision.face.emulator.images import FaceSpec, make_face_image

    folder = tmp_path_factory.mktemp("photos")
    for name, recipe in IMAGES.items():
        (folder / (name + ".jpg")).write_bytes(make_face_image([FaceSpec(**f) for f in recipe.faces], format="jpeg"))
    return folder


# Against a configured service the token half of the authentication sample uses DefaultAzureCredential, which
# needs Microsoft Entra ID and https; the stand-in service here is the session's plain-http emulator.
CONFIGURED = [path for path in SAMPLES if path.stem != "sample_authentication"]


@pytest.mark.parametrize("sample", CONFIGURED, ids=[path.stem for path in CONFIGURED])
def test_sample_runs_against_a_configured_service(sample: pathlib.Path, emulator, photo_folder) -> None:
    """With FACE_ENDPOINT/FACE_APIKEY set (the session emulator standing in for Azure) and photos in a folder."""
    if sample.stem.endswith("_async"):
        pytest.importorskip(ASYNC_NEEDS)
    if DOCS_PYTHON and BEYOND_PUBLISHED in sample.read_text(encoding="utf-8"):
        pytest.skip("an operation the published package does not have")
    from azure.ai.vision.face.emulator.images import FaceSpec, make_face_image

    url = emulator.put_blob("photo-{}.png".format(uuid.uuid4().hex), make_face_image([FaceSpec("someone")]))
    proc = _run([PYTHON, str(sample)], ROOT, FACE_ENDPOINT=emulator.endpoint, FACE_APIKEY=emulator.key,
                FACE_SAMPLE_IMAGES=str(photo_folder), FACE_SAMPLE_IMAGE_URL=url, FACE_SAMPLE_TARGET="azure")
    assert proc.returncode == 0, _explain(proc)
    assert proc.stdout.startswith("Using the Face service at {}".format(emulator.endpoint)), _explain(proc)


def test_sample_without_photos_explains_what_azure_needs(emulator) -> None:
    proc = _run([PYTHON, str(ROOT / "samples" / "sample_verify.py")], ROOT,
                FACE_ENDPOINT=emulator.endpoint, FACE_APIKEY=emulator.key, FACE_SAMPLE_TARGET="azure")
    assert proc.returncode == 1, _explain(proc)
    assert "Set FACE_SAMPLE_IMAGES to a folder holding dad1.jpg" in proc.stderr, _explain(proc)
    assert "family.jpg" in proc.stderr, _explain(proc)


# Samples using the emulator's knobs from another process: the liveness front end, blobs for URLs, tokens.
ON_A_RUNNING_EMULATOR = ["sample_face_liveness_detection", "sample_face_detection_from_url", "sample_authentication"]


@pytest.fixture(scope="module")
def running_emulator():
    """An emulator in its own process, as a user starts it, accepting the authentication sample's token."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "azure.ai.vision.face.emulator", "--key", "k", "--training-seconds", "0.05",
         "--bearer-token", "sample-token-accepted-by-the-emulator"],
        cwd=str(ROOT), env=_clean_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("Face emulator listening on "), line
        yield line.split()[4]
    finally:
        proc.terminate()
        proc.communicate(timeout=10)


@pytest.mark.parametrize("name", ON_A_RUNNING_EMULATOR)
def test_sample_runs_against_an_emulator_already_running(name: str, running_emulator: str) -> None:
    if name.endswith("_async"):
        pytest.importorskip(ASYNC_NEEDS)
    proc = _run([PYTHON, str(ROOT / "samples" / (name + ".py"))], ROOT, FACE_ENDPOINT=running_emulator,
                FACE_APIKEY="k")
    assert proc.returncode == 0, _explain(proc)
    assert proc.stdout.startswith("Using the Face emulator already running at {}".format(running_emulator)), _explain(proc)


def test_half_configured_service_is_refused() -> None:
    proc = _run([PYTHON, str(ROOT / "samples" / "sample_face_detection.py")], ROOT,
                FACE_ENDPOINT="https://example.invalid/")
    assert proc.returncode == 1, _explain(proc)
    assert "Set both FACE_ENDPOINT and FACE_APIKEY" in proc.stderr, _explain(proc)


def test_every_published_scenario_has_a_sample() -> None:
    names = {path.stem for path in SAMPLES}
    for scenario in [
        "sample_face_detection", "sample_face_detection_async", "sample_face_detection_from_url",
        "sample_find_similar", "sample_find_similar_from_large_face_list", "sample_group",
        "sample_identify_from_large_person_group", "sample_identify_from_large_person_group_async", "sample_verify",
        "sample_large_face_list", "sample_large_person_group", "sample_face_liveness_detection",
        "sample_face_liveness_detection_async", "sample_face_liveness_detection_with_verification",
        "sample_authentication",
    ]:
        assert scenario in names


# ---------------------------------------------------------------------------------------------------- documents

_BLOCK = re.compile(r"^```python[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
_PLACEHOLDER = re.compile(r"[\"']<[^\"'<>]+>[\"']|YOUR_RESOURCE_KEY")


def _starts_fresh(code: str) -> bool:
    first = code.lstrip()
    return first.startswith(("import ", "from ", '"""', "'''"))


def snippets(document: pathlib.Path) -> List[Snippet]:
    """The runnable units of a document: its Python blocks, continuation blocks joined to the ones before."""
    text = document.read_text(encoding="utf-8")
    units: List[Snippet] = []
    for match in _BLOCK.finditer(text):
        code = match.group(1)
        line = text.count("\n", 0, match.start()) + 1
        if units and not _starts_fresh(code):
            previous = units.pop()
            units.append(Snippet(document, previous.line, previous.code.rstrip("\n") + "\n" + code))
        else:
            units.append(Snippet(document, line, code))
    return units


def _documents() -> List[pathlib.Path]:
    return [README, seed("000_"), seed("003_")]


def _all_snippets() -> List[Snippet]:
    return [snippet for document in _documents() if document.is_file() for snippet in snippets(document)]


@pytest.fixture(scope="module")
def doc_images(tmp_path_factory: pytest.TempPathFactory) -> Dict[str, pathlib.Path]:
    from azure.ai.vision.face.emulator.images import FaceSpec, make_face_image

    folder = tmp_path_factory.mktemp("doc-images")
    recipes = {
        "two-people.jpg": [FaceSpec("bill", left=60), FaceSpec("clare", left=360)],
        "bill.jpg": [FaceSpec("bill", left=200, top=100, width=160, height=160)],
        "clare.jpg": [FaceSpec("clare", left=240)],
        "family.jpg": [FaceSpec("bill", left=20), FaceSpec("clare", left=240), FaceSpec("dave", left=460)],
    }
    paths = {}
    for name, faces in recipes.items():
        paths[name] = folder / name
        paths[name].write_bytes(make_face_image(faces, format="jpeg"))
    return paths


# The package's pytest plugin (face_emulator fixture) loads through its entry point once the package is installed;
# from a source checkout the documentation's tests name it explicitly, as an installed package would load it.
_FACE_PLUGIN = [] if face_plugin_installed() else [
    "-p", "azure.ai.vision.face.emulator.pytest_plugin"]


def _fill(snippet: Snippet, emulator, images: Dict[str, pathlib.Path]) -> str:
    values = {
        "<your endpoint>": emulator.endpoint,
        "<YOUR_RESOURCE_ENDPOINT>": emulator.endpoint,
        "https://<my-custom-subdomain>.cognitiveservices.azure.com/": emulator.endpoint,
        "<your api key>": emulator.key,
        "<api_key>": emulator.key,
        "YOUR_RESOURCE_KEY": emulator.key,
        "<your image file>": str(images["two-people.jpg"]),
        "<IMAGE_FILEPATH>": str(images["two-people.jpg"]),
        "<your verify image file>": str(images["bill.jpg"]),
        "./samples/images/Family1-Dad1.jpg": str(images["bill.jpg"]),
        "./samples/images/Family1-Mom1.jpg": str(images["clare.jpg"]),
        "./samples/images/identification1.jpg": str(images["family.jpg"]),
    }
    code = snippet.code
    for prefix, old, new, _why in DOC_FIXES:
        if snippet.document.name.startswith(prefix):
            code = code.replace(old, new.format(uid=uuid.uuid4().hex[:12]))
    for placeholder, value in values.items():
        code = code.replace(placeholder, value.replace("\\", "\\\\"))
    return code


@pytest.mark.parametrize("snippet", _all_snippets(), ids=lambda snippet: snippet.name)
def test_documentation_code_runs(snippet: Snippet, emulator, doc_images, tmp_path: pathlib.Path) -> None:
    for prefix, marker, reason in DOC_SKIPS:
        if snippet.document.name.startswith(prefix) and marker in snippet.code:
            pytest.skip(reason)
    if DOCS_PYTHON and BEYOND_PUBLISHED in snippet.code:
        pytest.skip("an operation the published package does not have")
    if "azure.identity" in snippet.code:
        pytest.importorskip("azure.identity")
    if "azure.ai.vision.face.aio" in snippet.code:
        pytest.importorskip(ASYNC_NEEDS)
    code = _fill(snippet, emulator, doc_images)
    leftover = _PLACEHOLDER.findall(code)
    assert not leftover, "unfilled placeholders in {}: {}".format(snippet.name, leftover)
    script = tmp_path / "test_snippet.py"
    script.write_text(code, encoding="utf-8")
    if re.search(r"^def test_", code, re.MULTILINE):  # a test module: let pytest run its tests
        if DOCS_PYTHON:
            pytest.skip("a test module of this package's emulator")
        proc = _run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *_FACE_PLUGIN, str(script)], tmp_path)
    else:
        if DOCS_PYTHON and "face.emulator" in code:
            pytest.skip("uses this package's emulator in-process")
        proc = _run([PYTHON, str(script)], tmp_path)
    assert proc.returncode == 0, "{}\n{}".format(snippet.name, _explain(proc))


def test_readme_has_python_blocks_and_starts_with_the_two_commands() -> None:
    assert len(snippets(README)) >= 5
    head = README.read_text(encoding="utf-8").splitlines()[:12]
    assert any("pip install . && python samples/sample_face_detection.py" in line for line in head)
    assert any('pip install -e ".[dev]" && python -m pytest' in line for line in head)


def test_seed_fixes_still_apply() -> None:
    """Each documented substitution still finds its text, so none silently stops being needed or applied."""
    for prefix, old, _new, why in DOC_FIXES:
        assert old in seed(prefix).read_text(encoding="utf-8"), "fix no longer applies ({}): {}".format(why, old)
