"""Helpers of the FaceAdministrationClient tests, shared by the sync and async runs of each scenario."""
import base64
import uuid

from azure.ai.vision.face.emulator.images import FaceSpec, make_face_image
from tests._flavours import run  # noqa: F401  (re-exported for the tests of this folder)

DETECT = dict(detection_model="detection_03", recognition_model="recognition_04", return_face_id=True)
FAIL_TRAINING = "emulator:fail-training"  # the emulator's documented marker: training of such a container fails




def new_id(label="t"):
    """A unique, service-valid container id (lower-case letters, digits, '-')."""
    return "{}-{}".format(label, uuid.uuid4().hex[:12])


def image(identity, **spec):
    """PNG bytes holding one face of ``identity``."""
    return make_face_image([FaceSpec(identity, **spec)])


def data_url(content):
    return "data:image/png;base64," + base64.b64encode(content).decode()


def sent(emulator, fragment):
    """The requests the emulator received whose path (with query) contains ``fragment``."""
    return [r for r in emulator.requests if fragment in r[1]]


async def face_id(face_client, identity):
    faces = await run(face_client.detect(image(identity), **DETECT))
    assert len(faces) == 1
    return faces[0].face_id
