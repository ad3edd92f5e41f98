"""Where the suite's reference data lives: ``tests/data`` inside the repository, so a fresh clone runs every test.

* ``spec/<api-version>/``: the Face REST API contract (``Face.json``) and its examples, as published.
* ``conformance/``: the recorded public surface of the published package 1.0.0b2 and the tools that extract and
  compare a surface.
* ``seeds/``: the published documentation whose code the suite runs (000: the package README, 003: the quickstart).
"""
import pathlib

DATA = pathlib.Path(__file__).resolve().parent / "data"
SEEDS = DATA / "seeds"
CONFORMANCE = DATA / "conformance"


def spec_dir(api_version: str) -> pathlib.Path:
    """The folder holding ``Face.json`` and ``examples/`` of ``api_version`` (for example ``v1.2-preview.1``)."""
    return DATA / "spec" / api_version


def seed(prefix: str) -> pathlib.Path:
    """The one seed document whose name starts with ``prefix`` (``"000_"``, ``"003_"``)."""
    found = sorted(SEEDS.glob(prefix + "*.txt"))
    assert len(found) == 1, "expected one seed {}* in {}, found {}".format(prefix, SEEDS, found)
    return found[0]
