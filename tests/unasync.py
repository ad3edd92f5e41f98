"""Write the synchronous client and operation modules from their asynchronous sources.

The ``aio`` modules are the only hand-written source of the operations; the sync twins are produced by plain
token substitution, so the two cannot drift apart. Run ``python tests/unasync.py`` after editing an ``aio``
module; ``python tests/unasync.py --check`` (run by the test suite) fails when a generated file is stale or a
rule no longer matches anything.
"""
import argparse
import pathlib
import re
import sys
from typing import Dict, List, Tuple

ROOT = pathlib.Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "azure" / "ai" / "vision" / "face"

# (async source, sync target), relative to the package folder
SOURCES: List[Tuple[str, str]] = [
    ("aio/_client.py", "_client.py"),
    ("aio/operations/__init__.py", "operations/__init__.py"),
    ("aio/operations/_base.py", "operations/_base.py"),
    ("aio/operations/_face.py", "operations/_face.py"),
    ("aio/operations/_session.py", "operations/_session.py"),
    ("aio/operations/_large_face_list.py", "operations/_large_face_list.py"),
    ("aio/operations/_large_person_group.py", "operations/_large_person_group.py"),
    ("aio/operations/_face_list.py", "operations/_face_list.py"),
    ("aio/operations/_person_group.py", "operations/_person_group.py"),
]

# Applied in order. Each must match somewhere across the sources, or --check reports it as dead.
RULES: List[Tuple[str, str]] = [
    (r"Awaitable, ", ""),
    (r"Awaitable\[AsyncHttpResponse\]", "HttpResponse"),
    (r"\basync def\b", "def"),
    (r"\bawait ", ""),
    (r"__aenter__", "__enter__"),
    (r"__aexit__", "__exit__"),
    (r"\basync_base_polling\b", "base_polling"),
    (r"\bcredentials_async\b", "credentials"),
    (r"(?<![A-Za-z0-9])Async(?=[A-Z])", ""),
    (r"\bface\.aio\b", "face"),
    (r"\basynchronous\b", "synchronous"),
    (r"\bis_async=True\b", "is_async=False"),
    # The published package names a different options model in the first overload of
    # create_liveness_with_verify_session: CreateLivenessSessionContent in the async client,
    # CreateLivenessWithVerifySessionContent in the sync one (both are accepted by both). The aio source carries the
    # async name; this rule writes the sync one, and only in that overload (the parameter is followed by verify_image).
    (r"body: _models\.CreateLivenessSessionContent(?=,\s*\*,\s*verify_image)",
     "body: _models.CreateLivenessWithVerifySessionContent"),
]


def convert(text: str, used: Dict[str, int]) -> str:
    for pattern, replacement in RULES:
        text, count = re.subn(pattern, replacement, text)
        used[pattern] = used.get(pattern, 0) + count
    return text


def render(source: str, target: str, used: Dict[str, int]) -> str:
    text = (PACKAGE / source).read_text(encoding="utf-8")
    header = "# GENERATED from azure/ai/vision/face/{} by tests/unasync.py: edit that file, then rerun.\n".format(source)
    return header + convert(text, used)


def main(argv: List[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if a generated file is out of date")
    args = parser.parse_args(argv)
    used: Dict[str, int] = {}
    stale = []
    for source, target in SOURCES:
        expected = render(source, target, used)
        path = PACKAGE / target
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current != expected:
            stale.append(target)
            if not args.check:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(expected, encoding="utf-8")
    dead = [pattern for pattern, _ in RULES if not used.get(pattern)]
    if args.check:
        for target in stale:
            print("stale: azure/ai/vision/face/{} (run python tests/unasync.py)".format(target))
        for pattern in dead:
            print("unused rule: {!r}".format(pattern))
        return 1 if stale or dead else 0
    for target in stale:
        print("wrote azure/ai/vision/face/{}".format(target))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
