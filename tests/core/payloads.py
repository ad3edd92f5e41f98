"""Deterministic service-shaped payloads for unit tests."""
from typing import Any, Dict, List

from azure.ai.vision.face.emulator.images import default_landmarks

LANDMARKS = list(default_landmarks({"top": 0, "left": 0, "width": 100, "height": 100}))


def detect_payload(count: int) -> List[Dict[str, Any]]:
    """``count`` detected faces with landmarks and every attribute, as the service would send them."""
    faces = []
    for i in range(count):
        faces.append(
            {
                "faceId": "00000000-0000-0000-0000-%012d" % i,
                "recognitionModel": "recognition_04",
                "faceRectangle": {"top": 10 + i, "left": 20 + i, "width": 80, "height": 90},
                "faceLandmarks": {name: {"x": 1.5 * j + i, "y": 2.5 * j} for j, name in enumerate(LANDMARKS)},
                "faceAttributes": {
                    "age": 30.0 + i,
                    "smile": 0.5,
                    "facialHair": {"moustache": 0.1, "beard": 0.2, "sideburns": 0.3},
                    "glasses": "noGlasses",
                    "headPose": {"pitch": 1.0, "roll": 2.0, "yaw": 3.0},
                    "hair": {"bald": 0.1, "invisible": False,
                             "hairColor": [{"color": "brown", "confidence": 0.9}, {"color": "black", "confidence": 0.1}]},
                    "occlusion": {"foreheadOccluded": False, "eyeOccluded": False, "mouthOccluded": True},
                    "accessories": [{"type": "headwear", "confidence": 0.99}, {"type": "glasses", "confidence": 1.0}],
                    "blur": {"blurLevel": "medium", "value": 0.51},
                    "exposure": {"exposureLevel": "goodExposure", "value": 0.55},
                    "noise": {"noiseLevel": "low", "value": 0.12},
                    "mask": {"noseAndMouthCovered": False, "type": "noMask"},
                    "qualityForRecognition": "high",
                },
            }
        )
    return faces
