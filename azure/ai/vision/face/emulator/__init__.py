"""A local, stateful emulator of the Azure AI Face service (think "Azurite for Face").

The emulator is a real HTTP server (standard library only) that speaks the Face
REST contract, so the ``azure-ai-vision-face`` SDK - or plain HTTP - can talk to
it unchanged.  It is meant for tests, samples and benchmarks that must run
offline and deterministically.

Quick start::

    from azure.core.credentials import AzureKeyCredential
    from azure.ai.vision.face.emulator import run_emulator
    from azure.ai.vision.face.emulator.images import FaceSpec, make_face_image

    with run_emulator() as emu:                      # free loopback port
        image = make_face_image([FaceSpec("alice")])  # a PNG "containing" alice
        # point any client at emu.endpoint with key emu.key, e.g.
        # FaceClient(emu.endpoint, AzureKeyCredential(emu.key))

From a shell::

    python -m azure.ai.vision.face.emulator --port 5000 --key my-key

API surface
-----------
* ``FaceEmulator(host="127.0.0.1", port=0, key="emulator-key", *, bearer_tokens=(),
  training_seconds=0.2, face_id_ttl_default=86400, rate_limit_per_minute=None,
  data_dir=None, engine=None, landmark_model="68", log_requests=False, max_face_ids=100000,
  max_connections=128, idle_timeout=30.0, request_timeout=30.0, tls_cert=None, tls_key=None)``
  - ``start()``, ``stop()``, ``close()``, ``endpoint``,
  ``key``; usable as a context manager.
* ``run_emulator(**kwargs)`` - context manager yielding a started emulator.
* Test knobs: ``fail_next(count, status, *, method, path, code, message,
  retry_after, drop_connection)``, ``set_rate_limit(n)``, ``reset()``,
  ``requests`` (last 1000 ``(method, path_with_query, headers, body)``),
  ``submit_liveness_attempt(session_id, *, decision, verify_match, image, error)``,
  ``put_blob(name, data) -> url``.  HTTP equivalents live under ``/_emulator/``
  (see :mod:`azure.ai.vision.face.emulator._routes_control`).

Behaviour
---------
* Base paths ``/face/v1.2`` (the GA contract: its liveness routes ``/detectLiveness-sessions``,
  ``/detectLivenessWithVerify-sessions``, ``/sessionImages/{id}``; no session lists, audit entries
  or ``/operations``), ``/face/v1.2-preview.1`` (the preview liveness routes and ``/operations``),
  ``/face/v1.1-preview.1`` (no session images) and ``/face/v1.0`` (no liveness).  Anything else
  answers 404 like the service and is logged as not emulated.
* Auth: header ``Ocp-Apim-Subscription-Key`` equal to ``key``, or
  ``Authorization: Bearer <t>`` with ``t`` in ``bearer_tokens``; otherwise 401.
  ``tls_cert``/``tls_key`` (PEM files) serve https.
* Faces come from the engine chosen by ``engine=`` (CLI ``--engine``):
  ``"annotations"`` reads the JSON annotation embedded by
  :func:`~azure.ai.vision.face.emulator.images.make_face_image` (format documented
  in :mod:`azure.ai.vision.face.emulator.images`); ``"real"`` analyses the pixels
  (:class:`RealFaceEngine`, needs ``pip install "azure-ai-vision-face[engine]"``);
  ``"auto"`` (default) uses the annotation when the image has one, otherwise the real
  engine when installed, otherwise finds no face and logs a one-line hint.  Annotated
  faces with the same identity match (confidence about 0.95), others do not; real
  faces compare by embedding distance ``d`` with confidence ``1/(1+exp(10(d-0.6)))``.
  Pass any :class:`FaceEngine` instance as ``engine=`` to plug in your own.
* Image URLs: ``data:`` URLs, ``http(s)`` URLs on loopback hosts, and the
  emulator's own blob store (``emu.put_blob`` / ``PUT /_emulator/blobs/{name}``).
  Anything else fails with 400 ``InvalidURL``.
* Training takes ``training_seconds`` (status ``notStarted`` -> ``running`` ->
  ``succeeded``).  To make training fail deterministically, put
  ``emulator:fail-training`` in the group's or list's ``userData``.
* Liveness sessions stay ``NotStarted`` until ``submit_liveness_attempt`` plays
  the front end (rules in :mod:`azure.ai.vision.face.emulator._liveness`): a session
  image only with ``enableSessionImage``, no attempt after the token expired or after
  3 attempts.
* ``data_dir`` persists the state in SQLite (one row per entity, WAL) so it survives a restart, or a
  ``kill -9``; one emulator per directory.  Limits: see the emulator's README, "Limits and durability".
* For pytest users the package registers the ``face_emulator`` fixture
  (:mod:`azure.ai.vision.face.emulator.pytest_plugin`).
"""

from __future__ import annotations

import contextlib
from typing import Any, Iterator

from ._engine import AnnotationFaceEngine, DetectedFace, FaceEngine
from ._errors import FaceServiceError, error_document
from ._real_engine import AutoFaceEngine, EngineUnavailableError, RealFaceEngine
from ._server import FaceEmulator

__all__ = [
    "FaceEmulator",
    "run_emulator",
    "FaceEngine",
    "AnnotationFaceEngine",
    "RealFaceEngine",
    "AutoFaceEngine",
    "EngineUnavailableError",
    "DetectedFace",
    "FaceServiceError",
    "error_document",
]


@contextlib.contextmanager
def run_emulator(**kwargs: Any) -> Iterator[FaceEmulator]:
    """Start a :class:`FaceEmulator` (default: free port on 127.0.0.1) for a ``with`` block."""
    kwargs.setdefault("host", "127.0.0.1")
    kwargs.setdefault("port", 0)
    emulator = FaceEmulator(**kwargs)
    emulator.start()
    try:
        yield emulator
    finally:
        emulator.close()
