# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""What every sample needs besides the SDK calls it demonstrates.

* :func:`face_service` decides where the samples talk to.  With ``FACE_ENDPOINT``
  and ``FACE_APIKEY`` set it is your Azure Face resource, or a Face emulator that
  is already running there (``python -m azure.ai.vision.face.emulator``: it answers
  ``/_emulator/health``; ``FACE_SAMPLE_TARGET=azure`` skips that check); with
  neither set, the local Face emulator shipped with this package is started
  in-process for the duration of the sample (nothing to install, no subscription
  needed).  With an emulator either way, the samples use synthetic pictures and
  let the emulator play the liveness front end.
* :meth:`FaceService.image` returns the picture a sample asks for by name.  The
  emulator gets images generated on the fly
  (:func:`azure.ai.vision.face.emulator.images.make_face_image`); Azure needs real
  photos, read from the folder named by ``FACE_SAMPLE_IMAGES`` (see ``IMAGES``
  for the file names and what each photo should show).
* A few printers turn results into short readable lines.

This module is not part of the SDK; it only keeps the samples free of plumbing.
"""
import asyncio
import contextlib
import json
import os
import pathlib
import sys
import urllib.error
import urllib.request
import uuid
from typing import Any, Callable, Coroutine, Dict, Iterable, Iterator, List, NamedTuple, Optional, Sequence

from azure.core.credentials import AzureKeyCredential

from azure.ai.vision.face.models import FaceDetectionModel, FaceRecognitionModel

ENDPOINT_VARIABLE = "FACE_ENDPOINT"
KEY_VARIABLE = "FACE_APIKEY"
IMAGES_VARIABLE = "FACE_SAMPLE_IMAGES"
IMAGE_URL_VARIABLE = "FACE_SAMPLE_IMAGE_URL"
TARGET_VARIABLE = "FACE_SAMPLE_TARGET"
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".bmp", ".gif")


class ImageRecipe(NamedTuple):
    """What a named sample picture shows, and how the emulator's version of it is drawn."""

    description: str
    faces: Sequence[Dict[str, Any]]


def _face(identity: str, left: int, top: int = 120, size: int = 130) -> Dict[str, Any]:
    return {"identity": identity, "left": left, "top": top, "width": size, "height": size}


# Bill, Clare and Ron are a family; Dave is somebody nobody enrolled.
IMAGES: Dict[str, ImageRecipe] = {
    "detection": ImageRecipe("any photo with one or more faces", [_face("bill", 60, 80, 180), _face("clare", 380)]),
    "dad1": ImageRecipe("a portrait of person A (Bill)", [_face("bill", 250)]),
    "dad2": ImageRecipe("another portrait of person A (Bill)", [_face("bill", 150, 60, 200)]),
    "mom1": ImageRecipe("a portrait of person B (Clare)", [_face("clare", 250)]),
    "mom2": ImageRecipe("another portrait of person B (Clare)", [_face("clare", 300, 200, 140)]),
    "son1": ImageRecipe("a portrait of person C (Ron)", [_face("ron", 250)]),
    "family": ImageRecipe(
        "a group photo of Bill, Clare and one person who is not enrolled anywhere",
        [_face("bill", 30), _face("clare", 250), _face("dave", 470)],
    ),
}

# Who the recognition samples enroll: person name -> (user data, the images of their face).
FAMILY: Dict[str, Any] = {
    "Bill": ("Dad", ["dad1", "dad2"]),
    "Clare": ("Mom", ["mom1", "mom2"]),
    "Ron": ("Son", ["son1"]),
}


# How the recognition samples detect faces. Face ids are only comparable when they come from the same recognition
# model, which must also be the model of any face list or person group they are compared with.
DETECT_FOR_RECOGNITION: Dict[str, Any] = {
    "detection_model": FaceDetectionModel.DETECTION03,
    "recognition_model": FaceRecognitionModel.RECOGNITION04,
    "return_face_id": True,
}


def unique_id(prefix: str) -> str:
    """An id for a face list or person group that will not collide with earlier runs (lowercase, digits, '-')."""
    return "{}-{}".format(prefix, uuid.uuid4().hex[:12])


class FaceService:
    """Where a sample's requests go: an Azure Face resource or the in-process emulator.

    :ivar str endpoint: The endpoint to give to the clients.
    :ivar str key: The API key to wrap in an ``AzureKeyCredential``.
    :ivar emulator: The running emulator, or None against Azure.
    """

    def __init__(self, endpoint: str, key: str, emulator: Any = None) -> None:
        self.endpoint = endpoint
        self.key = key
        self.emulator = emulator

    @property
    def credential(self) -> AzureKeyCredential:
        """A fresh key credential for the service."""
        return AzureKeyCredential(self.key)

    @property
    def is_emulator(self) -> bool:
        """True when the sample runs against the local emulator."""
        return self.emulator is not None

    @property
    def polling_interval(self) -> float:
        """Seconds between two checks of a training operation: the emulator trains in a blink, Azure takes longer."""
        return 0.05 if self.is_emulator else 2.0

    def image(self, name: str, path: Optional[str] = None) -> bytes:
        """The bytes of the sample picture called ``name`` (a key of ``IMAGES``), or of the file ``path`` if given."""
        if path:
            return pathlib.Path(path).read_bytes()
        if self.is_emulator:
            from azure.ai.vision.face.emulator.images import FaceSpec, make_face_image

            picture: bytes = make_face_image([FaceSpec(**face) for face in IMAGES[name].faces])
            return picture
        folder = os.environ.get(IMAGES_VARIABLE)
        if folder:
            for suffix in IMAGE_SUFFIXES:
                candidate = pathlib.Path(folder, name + suffix)
                if candidate.is_file():
                    return candidate.read_bytes()
        sys.exit(
            "Against Azure this sample needs real photos. Set {} to a folder holding {}.jpg: {}.\n"
            "The files the samples use:\n{}".format(IMAGES_VARIABLE, name, IMAGES[name].description, _image_table())
        )

    def image_url(self, name: str) -> Optional[str]:
        """A URL the service can download the sample picture ``name`` from, or None if there is none.

        The emulator serves its own copy; against Azure the URL comes from ``FACE_SAMPLE_IMAGE_URL``.
        """
        if self.is_emulator:
            url: str = self.emulator.put_blob(name + ".png", self.image(name))
            return url
        return os.environ.get(IMAGE_URL_VARIABLE)

    def play_liveness_front_end(self, session_id: str, auth_token: str, *, same_person: bool = True) -> None:
        """Stand in for the device that performs the liveness check of a session.

        In production a mobile or web application receives ``auth_token`` and runs the liveness UI with the Azure
        Vision Face client SDK; this package only covers the app-server side. The emulator can simulate that
        attempt; against Azure the sample only says where the front end would act.
        """
        if self.is_emulator:
            print("Front end (simulated by the emulator): a live person performs the check.")
            self.emulator.submit_liveness_attempt(session_id, decision="realface", verify_match=same_person)
        else:
            print("Front end: hand the auth token ({}...) to your client application now; until it performs the "
                  "liveness check the session stays 'NotStarted'.".format(auth_token[:8]))


class RunningEmulator:
    """The test knobs the samples use, for an emulator running in another process (through its control routes).

    :ivar str endpoint: The emulator's endpoint.
    :ivar str key: Its key (the control routes want the same key header as the API).
    """

    def __init__(self, endpoint: str, key: str) -> None:
        self.endpoint = endpoint.rstrip("/")
        self.key = key

    def _call(self, path: str, body: bytes, content_type: str, method: str = "POST") -> Any:
        request = urllib.request.Request(
            self.endpoint + "/_emulator" + path,
            data=body,
            method=method,
            headers={"Ocp-Apim-Subscription-Key": self.key, "Content-Type": content_type},
        )
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - the configured endpoint
            return response.headers, response.read()

    def put_blob(self, name: str, data: bytes) -> str:
        """Store ``data`` in the emulator's blob store; returns the URL the emulator serves it from."""
        headers, _ = self._call("/blobs/" + name, data, "application/octet-stream", method="PUT")
        location: str = headers.get("Location") or "{}/_emulator/blobs/{}".format(self.endpoint, name)
        return location

    def submit_liveness_attempt(self, session_id: str, *, decision: str = "realface", verify_match: bool = True) -> Any:
        """Play the liveness front end for ``session_id``; returns what the emulator recorded."""
        body = json.dumps({"decision": decision, "verifyMatch": verify_match}).encode("utf-8")
        _, answer = self._call("/liveness/{}/attempt".format(session_id), body, "application/json")
        return json.loads(answer.decode("utf-8"))


def is_running_emulator(endpoint: str, key: str) -> bool:
    """Whether ``endpoint`` is a Face emulator (its health route answers); False for Azure or when unreachable."""
    request = urllib.request.Request(
        endpoint.rstrip("/") + "/_emulator/health", headers={"Ocp-Apim-Subscription-Key": key}
    )
    try:
        with urllib.request.urlopen(request, timeout=5) as response:  # noqa: S310 - the configured endpoint
            return bool(json.loads(response.read().decode("utf-8")).get("status") == "ok")
    except (urllib.error.URLError, OSError, ValueError, AttributeError):
        return False


def run_async(main: Callable[[FaceService], Coroutine[Any, Any, None]]) -> None:
    """Run an asynchronous sample's ``main(service)`` on the service chosen by :func:`face_service`.

    The asynchronous clients need aiohttp as their transport; without it the sample stops with a hint.
    """
    try:
        import aiohttp  # noqa: F401  pylint: disable=unused-import,import-outside-toplevel
    except ImportError:
        sys.exit('The asynchronous clients need aiohttp: pip install ".[aio]" (or pip install aiohttp).')
    with face_service() as service:
        asyncio.run(main(service))


def _image_table() -> str:
    return "\n".join("  {}.jpg - {}".format(name, recipe.description) for name, recipe in IMAGES.items())


@contextlib.contextmanager
def face_service(**emulator_options: Any) -> Iterator[FaceService]:
    """Yield the Face service to use: what ``FACE_ENDPOINT``/``FACE_APIKEY`` name (Azure, or an emulator already
    running there), else a fresh in-process emulator.

    :keyword emulator_options: Passed to :func:`azure.ai.vision.face.emulator.run_emulator` (for example
        ``bearer_tokens``) when the emulator is used.
    """
    endpoint = os.environ.get(ENDPOINT_VARIABLE)
    key = os.environ.get(KEY_VARIABLE)
    if endpoint and key:
        if os.environ.get(TARGET_VARIABLE, "").lower() != "azure" and is_running_emulator(endpoint, key):
            print("Using the Face emulator already running at {} (from {}).".format(endpoint, ENDPOINT_VARIABLE))
            if emulator_options.get("bearer_tokens"):
                print("  (token authentication needs that emulator to accept the token: start it with {})".format(
                    " ".join("--bearer-token " + token for token in emulator_options["bearer_tokens"])))
            yield FaceService(endpoint, key, RunningEmulator(endpoint, key))
            return
        print("Using the Face service at {} (from {}).".format(endpoint, ENDPOINT_VARIABLE))
        yield FaceService(endpoint, key)
        return
    if endpoint or key:
        sys.exit("Set both {} and {} to use Azure, or neither to use the local emulator.".format(
            ENDPOINT_VARIABLE, KEY_VARIABLE))
    from azure.ai.vision.face.emulator import run_emulator

    emulator_options.setdefault("training_seconds", 0.05)
    with run_emulator(**emulator_options) as emulator:
        print("{} and {} are not set: using the local Face emulator started at {}.".format(
            ENDPOINT_VARIABLE, KEY_VARIABLE, emulator.endpoint))
        yield FaceService(emulator.endpoint, emulator.key, emulator)


def text(value: Any) -> str:
    """An enum member shown by its service value (``realface``), anything else as usual."""
    return str(getattr(value, "value", value))


def describe_face(face: Any) -> str:
    """One line about a detected face: where it is, its id and the attributes that came back."""
    rect = face.face_rectangle
    parts = ["at (left={}, top={}) {}x{}".format(rect.left, rect.top, rect.width, rect.height)]
    if face.get("faceId"):
        parts.append("faceId {}".format(face.face_id))
    attributes = face.get("faceAttributes") or {}
    for wire_name, value in attributes.items():
        parts.append("{}={}".format(wire_name, value))
    if face.get("faceLandmarks"):
        nose = face.face_landmarks.nose_tip
        parts.append("{} landmarks (nose tip at {:.0f},{:.0f})".format(len(face.face_landmarks), nose.x, nose.y))
    return ", ".join(parts)


def print_faces(faces: Sequence[Any], title: str = "Detected faces") -> None:
    """Print one line per detected face."""
    print("{}: {}".format(title, len(faces)))
    for number, face in enumerate(faces, start=1):
        print("  #{} {}".format(number, describe_face(face)))


def print_verification(label: str, result: Any) -> None:
    """Print a verification outcome."""
    verdict = "the same person" if result.is_identical else "different people"
    print("  {}: {} (confidence {:.2f})".format(label, verdict, result.confidence))


def print_identification(results: Iterable[Any], names: Dict[str, str]) -> None:
    """Print who each face was identified as; ``names`` maps person ids to person names."""
    for result in results:
        if not result.candidates:
            print("  face {}: nobody in the group".format(result.face_id))
        for candidate in result.candidates:
            print("  face {}: {} (confidence {:.2f})".format(
                result.face_id, names.get(candidate.person_id, candidate.person_id), candidate.confidence))


def print_liveness(session: Any) -> None:
    """Print the state of a liveness (or liveness-with-verify) session and, once attempted, its outcome."""
    print("Session {}: status {}, expired {}".format(session.id, text(session.status), session.session_expired))
    entry = session.result
    if entry is None:
        print("  no attempt yet")
        return
    body = entry.response.body
    print("  attempt #{}: liveness decision {}".format(entry.id, text(body.liveness_decision)))
    verify = body.get("verifyResult")
    if verify is not None:
        print("  face verification: identical={} (match confidence {:.2f})".format(
            body.verify_result.is_identical, body.verify_result.match_confidence))
    if entry.session_image_id:
        print("  session image id: {}".format(entry.session_image_id))


def first_face_ids(detections: Iterable[List[Any]]) -> List[str]:
    """The faceId of the first (largest) face of each detection result."""
    return [faces[0].face_id for faces in detections]
