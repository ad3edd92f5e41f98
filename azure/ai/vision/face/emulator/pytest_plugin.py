"""A pytest plugin that gives your tests a local Face service: the ``face_emulator`` fixture.

Installed with the package (entry point ``pytest11`` named ``azure_face``), pytest loads it by itself; nothing else
imports it.  One emulator serves the whole test session, and its state (collections, faces, sessions, faults, rate
limit, request log) is reset before every test that uses the fixture, so tests never see each other's data::

    def test_my_app(face_emulator):
        client = FaceClient(face_emulator.endpoint, face_emulator.credential)

``face_emulator`` is synchronous and works in ``async`` tests too (pytest-asyncio): the emulator runs in its own
thread.  Opt out with ``pytest -p no:azure_face``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator, List, Union

import pytest

if TYPE_CHECKING:  # pragma: no cover
    from azure.core.credentials import AzureKeyCredential

    from ._server import FaceEmulator
    from .images import FaceSpec

__all__ = ["FaceEmulatorFixture", "face_emulator"]

_TRAINING_SECONDS = 0.05


class FaceEmulatorFixture:
    """What the ``face_emulator`` fixture gives a test: where the emulator listens and how to make faces.

    :ivar endpoint: the emulator's endpoint, e.g. ``http://127.0.0.1:53211``.
    :ivar key: the subscription key it accepts.
    :ivar credential: an :class:`~azure.core.credentials.AzureKeyCredential` holding ``key``.
    :ivar emulator: the running :class:`~azure.ai.vision.face.emulator.FaceEmulator` itself, for its test knobs
        (``fail_next``, ``set_rate_limit``, ``submit_liveness_attempt``, ``put_blob``, ``requests``).
    """

    def __init__(self, emulator: "FaceEmulator") -> None:
        from azure.core.credentials import AzureKeyCredential

        self.emulator = emulator
        self.endpoint: str = emulator.endpoint
        self.key: str = emulator.key
        self.credential: "AzureKeyCredential" = AzureKeyCredential(emulator.key)

    def make_face_image(
        self,
        *faces: Union[str, "FaceSpec"],
        width: int = 640,
        height: int = 480,
        format: str = "png",  # noqa: A002 - same keyword as images.make_face_image
    ) -> bytes:
        """An image in which the emulator detects the given faces.

        :param faces: identities (``"alice"``) or :class:`~azure.ai.vision.face.emulator.images.FaceSpec` objects;
            faces with the same identity are the same person. Identities given as strings are laid out side by
            side. No face gives an image without faces.
        :keyword width: image width in pixels.
        :keyword height: image height in pixels.
        :keyword format: ``"png"``, ``"jpeg"``, ``"gif"`` or ``"bmp"``.
        :return: the image bytes.
        :raises ValueError: for an unknown format or a size out of range.
        """
        from .images import FaceSpec, make_face_image

        specs: List[FaceSpec] = []
        for index, face in enumerate(faces):
            if isinstance(face, str):
                specs.append(FaceSpec(face, top=40, left=40 + index * 140, width=120, height=120))
            else:
                specs.append(face)
        return make_face_image(specs, width=width, height=height, format=format)

    def __repr__(self) -> str:
        return f"FaceEmulatorFixture(endpoint={self.endpoint!r})"


@pytest.fixture(scope="session")
def _azure_face_emulator_server() -> Iterator["FaceEmulator"]:
    """The session's one emulator (loopback, free port, short training)."""
    from ._server import FaceEmulator

    with FaceEmulator(training_seconds=_TRAINING_SECONDS) as emulator:
        yield emulator


@pytest.fixture
def face_emulator(_azure_face_emulator_server: "FaceEmulator") -> Iterator[FaceEmulatorFixture]:
    """A running Face emulator with no state left over from other tests.

    :return: a :class:`FaceEmulatorFixture` (``endpoint``, ``key``, ``credential``, ``make_face_image(...)``).
    """
    server = _azure_face_emulator_server
    server.reset()
    server.set_rate_limit(None)
    server.training_seconds = _TRAINING_SECONDS
    yield FaceEmulatorFixture(_azure_face_emulator_server)

