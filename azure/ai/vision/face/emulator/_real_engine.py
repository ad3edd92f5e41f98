"""The real face engine: finds, measures and recognises faces in real photos.

Optional: it needs the ``engine`` extra (``pip install "azure-ai-vision-face[engine]"``:
dlib-bin, face-recognition-models, numpy, pillow).  Nothing here imports those packages
until the first image is analysed, and the model files are loaded once per process.

Pipeline (per image)
--------------------
1. Decode with Pillow (JPEG, PNG, GIF first frame, BMP) to RGB.
2. Detect with dlib's HOG frontal-face detector on a grey-level copy resized so its
   longer side is at most 960 px.  Settings per ``detectionModel`` (:data:`DETECTION_SETTINGS`):

   ============  ==========  ==========================================  ===========
   model         max side    upsampling steps                            min. score
   ============  ==========  ==========================================  ===========
   detection_01  960 px      1                                           0.0
   detection_02  960 px      1                                           -0.3 (more recall, more false positives)
   detection_03  960 px      1, or 2 when the image is at most 400 px    0.0 (finds smaller faces)
   ============  ==========  ==========================================  ===========

   Detections scoring below the minimum are dropped; faces are ordered by size, largest
   first, at most 100.
3. Landmarks on the full-resolution image: the 68-point model gives all 27 Azure
   landmarks.  That model's licence (iBUG 300-W data) forbids commercial use; pass
   ``landmark_model="5"`` (CLI ``--landmarks 5``) to use the 5-point model (eye corners
   and nose base) plus a template for the other landmarks instead.
4. A 128-d embedding from dlib's ResNet model (aligned on the 5-point landmarks), stored
   as the face's identity (see :mod:`azure.ai.vision.face.emulator._embedding`).
5. Attributes: ``headPose`` from landmarks (roll from the eye line, yaw from the nose's
   sideways offset; pitch from its vertical offset, approximate and clamped to
   +/-30 degrees), ``blur``/``exposure``/``noise`` from statistics of the face crop, and
   ``qualityForRecognition`` from face size, blur and pose.  Every other attribute keeps
   the emulator's deterministic defaults.

Conventions: "left" landmarks are on the left of the picture, as in Azure's output.
``roll`` is positive when the line from the left to the right eye slopes down;
``yaw`` is positive when the nose points to the right of the picture; ``pitch`` is
positive when the face looks up.
"""

from __future__ import annotations

import importlib
import importlib.util
import io
import logging
import math
import os
import threading
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Sequence, Tuple

from ._embedding import encode_embedding
from ._engine import AnnotationFaceEngine, DetectedFace, FaceEngine
from .images import _LANDMARK_LAYOUT, default_attributes, read_annotation

__all__ = [
    "ENGINE_CHOICES",
    "LANDMARK_MODELS",
    "INSTALL_HINT",
    "DETECTION_SETTINGS",
    "DetectionSettings",
    "EngineUnavailableError",
    "RealFaceEngine",
    "AutoFaceEngine",
    "make_engine",
    "missing_requirements",
    "models_directory",
]

ENGINE_CHOICES = ("auto", "real", "annotations")
LANDMARK_MODELS = ("68", "5")
INSTALL_HINT = 'pip install "azure-ai-vision-face[engine]"'
NO_ENGINE_HINT = (
    "Face emulator: an image without an emulator annotation has no faces because the real face engine "
    f"is not installed; {INSTALL_HINT} to detect faces in real photos."
)
MAX_FACES = 100
MIN_FACE_SIDE = 8  # pixels of a detection inside the picture, below which it is dropped
SMALL_IMAGE_SIDE = 400

_LOG = logging.getLogger("azure.ai.vision.face.emulator")
_MODEL_FILES = {
    "recognition": "dlib_face_recognition_resnet_model_v1.dat",
    "68": "shape_predictor_68_face_landmarks.dat",
    "5": "shape_predictor_5_face_landmarks.dat",
}


@dataclass(frozen=True)
class DetectionSettings:
    """How the HOG detector runs for one ``detectionModel``."""

    max_side: int
    upsample: int
    small_image_upsample: int
    min_score: float


DETECTION_SETTINGS: Dict[str, DetectionSettings] = {
    "detection_01": DetectionSettings(960, 1, 1, 0.0),
    "detection_02": DetectionSettings(960, 1, 1, -0.3),
    "detection_03": DetectionSettings(960, 1, 2, 0.0),
}


class EngineUnavailableError(RuntimeError):
    """The real engine was requested but the ``engine`` extra is not installed."""


def models_directory() -> Optional[str]:
    """Folder holding the model files of ``face_recognition_models``, found without importing it."""
    spec = importlib.util.find_spec("face_recognition_models")
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        folder = os.path.join(location, "models")
        if all(os.path.isfile(os.path.join(folder, name)) for name in _MODEL_FILES.values()):
            return folder
    return None


def missing_requirements() -> List[str]:
    """Distribution names of the ``engine`` extra that are not importable (empty when ready)."""
    missing = [dist for module, dist in (("dlib", "dlib-bin"), ("numpy", "numpy"), ("PIL", "pillow"))
               if importlib.util.find_spec(module) is None]
    if models_directory() is None:
        missing.append("face-recognition-models")
    return missing


class _Models:
    """dlib models, loaded once per process and landmark model."""

    _instances: Dict[str, "_Models"] = {}
    _instances_lock = threading.Lock()

    def __init__(self, landmark_model: str) -> None:
        folder = models_directory()
        if folder is None:  # pragma: no cover - guarded by RealFaceEngine
            raise EngineUnavailableError(f"face-recognition-models is not installed; {INSTALL_HINT}")
        self.dlib: Any = importlib.import_module("dlib")
        self.np: Any = importlib.import_module("numpy")
        self.pil: Any = importlib.import_module("PIL.Image")
        self.shape5: Any = self.dlib.shape_predictor(os.path.join(folder, _MODEL_FILES["5"]))
        self.shape68: Any = (
            self.dlib.shape_predictor(os.path.join(folder, _MODEL_FILES["68"])) if landmark_model == "68" else None
        )
        self.recognizer: Any = self.dlib.face_recognition_model_v1(os.path.join(folder, _MODEL_FILES["recognition"]))
        # dlib's detector and networks are not safe for concurrent use: one detector per
        # thread (cheap), and one lock around the landmark and embedding models.
        self._local = threading.local()
        self.model_lock = threading.Lock()

    @classmethod
    def get(cls, landmark_model: str) -> "_Models":
        with cls._instances_lock:
            models = cls._instances.get(landmark_model)
            if models is None:
                models = cls._instances[landmark_model] = cls(landmark_model)
            return models

    @property
    def detector(self) -> Any:
        detector = getattr(self._local, "detector", None)
        if detector is None:
            detector = self._local.detector = self.dlib.get_frontal_face_detector()
        return detector


Point = Tuple[float, float]


def _mid(a: Point, b: Point) -> Point:
    return ((a[0] + b[0]) / 2.0, (a[1] + b[1]) / 2.0)


def _mix(a: Point, b: Point, t: float) -> Point:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def _wire(points: Dict[str, Point]) -> Dict[str, Dict[str, float]]:
    return {name: {"x": round(p[0], 1), "y": round(p[1], 1)} for name, p in points.items()}


def landmarks_from_68(p: Sequence[Point]) -> Dict[str, Point]:
    """The 27 Azure landmarks from the 68 iBUG points (0-based indices)."""
    return {
        "pupilLeft": _mid(_mid(p[37], p[38]), _mid(p[40], p[41])),
        "pupilRight": _mid(_mid(p[43], p[44]), _mid(p[46], p[47])),
        "noseTip": p[30],
        "mouthLeft": p[48],
        "mouthRight": p[54],
        "eyebrowLeftOuter": p[17],
        "eyebrowLeftInner": p[21],
        "eyeLeftOuter": p[36],
        "eyeLeftTop": _mid(p[37], p[38]),
        "eyeLeftBottom": _mid(p[40], p[41]),
        "eyeLeftInner": p[39],
        "eyebrowRightInner": p[22],
        "eyebrowRightOuter": p[26],
        "eyeRightInner": p[42],
        "eyeRightTop": _mid(p[43], p[44]),
        "eyeRightBottom": _mid(p[46], p[47]),
        "eyeRightOuter": p[45],
        "noseRootLeft": _mix(p[27], p[39], 0.35),
        "noseRootRight": _mix(p[27], p[42], 0.35),
        "noseLeftAlarTop": _mix(p[31], p[29], 0.5),
        "noseRightAlarTop": _mix(p[35], p[29], 0.5),
        "noseLeftAlarOutTip": p[31],
        "noseRightAlarOutTip": p[35],
        "upperLipTop": p[51],
        "upperLipBottom": p[62],
        "underLipTop": p[66],
        "underLipBottom": p[57],
    }


_TEMPLATE = {name: (fx, fy) for name, fx, fy in _LANDMARK_LAYOUT}
_TEMPLATE_NOSE_BASE = _mid(_TEMPLATE["noseLeftAlarOutTip"], _TEMPLATE["noseRightAlarOutTip"])


def _similarity(src: Sequence[Point], dst: Sequence[Point]) -> Tuple[float, float, float, float]:
    """Least-squares similarity (a, b, tx, ty) mapping src to dst: x' = a x - b y + tx, y' = b x + a y + ty."""
    n = float(len(src))
    sx = sum(p[0] for p in src) / n
    sy = sum(p[1] for p in src) / n
    dx = sum(p[0] for p in dst) / n
    dy = sum(p[1] for p in dst) / n
    num_a = num_b = den = 0.0
    for (x, y), (u, v) in zip(src, dst):
        x, y, u, v = x - sx, y - sy, u - dx, v - dy
        num_a += x * u + y * v
        num_b += x * v - y * u
        den += x * x + y * y
    a = num_a / den if den else 1.0
    b = num_b / den if den else 0.0
    return a, b, dx - (a * sx - b * sy), dy - (b * sx + a * sy)


def landmarks_from_5(p: Sequence[Point]) -> Dict[str, Point]:
    """The 27 Azure landmarks from the 5-point model: measured eye corners, the rest from a template."""
    left_eye = sorted((p[2], p[3]))  # the eye on the left of the picture: (outer, inner)
    right_eye = sorted((p[0], p[1]))  # the eye on the right of the picture: (inner, outer)
    measured = {
        "eyeLeftOuter": left_eye[0],
        "eyeLeftInner": left_eye[1],
        "eyeRightInner": right_eye[0],
        "eyeRightOuter": right_eye[1],
    }
    src = [_TEMPLATE[name] for name in measured] + [_TEMPLATE_NOSE_BASE]
    dst = list(measured.values()) + [p[4]]
    a, b, tx, ty = _similarity(src, dst)
    points = {name: (a * x - b * y + tx, b * x + a * y + ty) for name, (x, y) in _TEMPLATE.items()}
    points.update(measured)
    points["pupilLeft"] = _mid(left_eye[0], left_eye[1])
    points["pupilRight"] = _mid(right_eye[0], right_eye[1])
    return {name: points[name] for name, _, _ in _LANDMARK_LAYOUT}


# Typical vertical offset of the nose point below the eye line, in inter-ocular distances,
# for a frontal face (nose tip for 68 points, nose base for 5 points).
_FRONTAL_NOSE_DROP = {"68": 0.53, "5": 0.71}


def head_pose(left_eye: Point, right_eye: Point, nose: Point, landmark_model: str) -> Dict[str, float]:
    """Approximate head pose in degrees from the eye centres and the nose point."""
    roll = math.degrees(math.atan2(right_eye[1] - left_eye[1], right_eye[0] - left_eye[0]))
    mx, my = _mid(left_eye, right_eye)
    iod = math.hypot(right_eye[0] - left_eye[0], right_eye[1] - left_eye[1]) or 1.0
    c, s = math.cos(math.radians(-roll)), math.sin(math.radians(-roll))
    nx, ny = nose[0] - mx, nose[1] - my
    ox = (c * nx - s * ny) / iod
    oy = (s * nx + c * ny) / iod

    def angle(ratio: float) -> float:
        return math.degrees(math.asin(max(-1.0, min(1.0, ratio))))

    yaw = angle(ox / 0.6)
    pitch = max(-30.0, min(30.0, angle((_FRONTAL_NOSE_DROP[landmark_model] - oy) / 0.6)))
    return {"pitch": round(pitch, 1), "roll": round(roll, 1), "yaw": round(yaw, 1)}


def _level(value: float, low: float, high: float, names: Tuple[str, str, str]) -> str:
    return names[0] if value < low else names[1] if value < high else names[2]


QUALITY_CROP_SIDE = 64


def image_quality(np: Any, crop: Any, normalised: Any) -> Dict[str, Dict[str, Any]]:
    """``blur``, ``exposure`` and ``noise`` of a face crop (2-D float arrays of grey levels 0-255).

    :param crop: the face at its own resolution (at least 3 px each side), for noise.
    :param normalised: the face resized to 64 x 64 px, for blur and exposure.

    * blur: ``50 / (50 + v)`` with ``v`` the variance of the Laplacian of the 64 px face
      (low < 0.25 <= medium < 0.75 <= high);
    * exposure: mean brightness / 255 (under < 0.25 <= good < 0.75 <= over);
    * noise: ``(sigma - 3) / 15`` clamped to [0, 1], with ``sigma`` Immerkaer's fast noise
      estimate (grey levels) on the crop (low < 0.3 <= medium < 0.7 <= high).
    """
    g = normalised
    lap = g[:-2, 1:-1] + g[2:, 1:-1] + g[1:-1, :-2] + g[1:-1, 2:] - 4.0 * g[1:-1, 1:-1]
    blur = 50.0 / (50.0 + float(lap.var()))
    exposure = float(g.mean()) / 255.0
    c = crop
    mask = (
        c[:-2, :-2] - 2.0 * c[:-2, 1:-1] + c[:-2, 2:]
        - 2.0 * c[1:-1, :-2] + 4.0 * c[1:-1, 1:-1] - 2.0 * c[1:-1, 2:]
        + c[2:, :-2] - 2.0 * c[2:, 1:-1] + c[2:, 2:]
    )
    sigma = math.sqrt(math.pi / 2.0) * float(np.abs(mask).mean()) / 6.0
    noise = max(0.0, min(1.0, (sigma - 3.0) / 15.0))
    return {
        "blur": {"blurLevel": _level(blur, 0.25, 0.75, ("low", "medium", "high")), "value": round(blur, 2)},
        "exposure": {
            "exposureLevel": _level(exposure, 0.25, 0.75, ("underExposure", "goodExposure", "overExposure")),
            "value": round(exposure, 2),
        },
        "noise": {"noiseLevel": _level(noise, 0.3, 0.7, ("low", "medium", "high")), "value": round(noise, 2)},
    }


def quality_for_recognition(face_size: int, blur_level: str, pose: Dict[str, float]) -> str:
    """``high`` for sharp frontal faces of 100 px or more, ``medium`` down to 50 px, else ``low``."""
    turn = max(abs(pose["yaw"]), abs(pose["pitch"]))
    if face_size >= 100 and blur_level == "low" and turn <= 20 and abs(pose["roll"]) <= 30:
        return "high"
    if face_size >= 50 and blur_level != "high" and turn <= 40:
        return "medium"
    return "low"


class RealFaceEngine(FaceEngine):
    """Faces from pixels (dlib): see the module docstring for what is measured and how.

    :param landmark_model: ``"68"`` (default; all 27 landmarks measured, non-commercial
        licence) or ``"5"`` (eye corners and nose measured, the rest from a template).
    :raises EngineUnavailableError: if the ``engine`` extra is not installed.
    :raises ValueError: for an unknown ``landmark_model``.
    """

    def __init__(self, landmark_model: str = "68") -> None:
        super().__init__()
        if landmark_model not in LANDMARK_MODELS:
            raise ValueError(f"landmark_model must be one of {', '.join(LANDMARK_MODELS)}, not {landmark_model!r}")
        missing = missing_requirements()
        if missing:
            raise EngineUnavailableError(
                f"the real face engine needs {', '.join(missing)}; {INSTALL_HINT}"
            )
        self.landmark_model = landmark_model

    @property
    def models(self) -> _Models:
        """The loaded models (loads them on first use)."""
        return _Models.get(self.landmark_model)

    def detect(self, image: bytes) -> List[DetectedFace]:
        return self.detect_for_model(image, "detection_01")

    def _decode(self, image: bytes) -> Any:
        pil = self.models.pil
        try:
            with pil.open(io.BytesIO(image)) as picture:
                picture.seek(0)
                return picture.convert("RGB")
        except (OSError, ValueError, SyntaxError, EOFError, pil.DecompressionBombError) as exc:
            _LOG.info("Face emulator: cannot decode the image (%s); no faces.", exc)
            return None

    def detect_for_model(self, image: bytes, detection_model: str) -> List[DetectedFace]:
        models = self.models
        np, dlib = models.np, models.dlib
        picture = self._decode(image)
        if picture is None:
            return []
        settings = DETECTION_SETTINGS.get(detection_model, DETECTION_SETTINGS["detection_01"])
        width, height = picture.size
        scale = min(1.0, settings.max_side / float(max(width, height)))
        gray = picture.convert("L")  # HOG on grey levels: about twice as fast as on RGB, same faces
        small = gray if scale >= 1.0 else gray.resize(
            (max(1, round(width * scale)), max(1, round(height * scale))), models.pil.BILINEAR
        )
        full = np.asarray(picture)
        upsample = settings.small_image_upsample if max(small.size) <= SMALL_IMAGE_SIDE else settings.upsample
        rects, scores, _ = models.detector.run(np.asarray(small), upsample, settings.min_score)
        faces: List[DetectedFace] = []
        for rect, score in zip(rects, scores):
            if score < settings.min_score:
                continue
            left = max(0, int(round(rect.left() / scale)))
            top = max(0, int(round(rect.top() / scale)))
            right = min(width, int(round((rect.right() + 1) / scale)))
            bottom = min(height, int(round((rect.bottom() + 1) / scale)))
            if min(right - left, bottom - top) < MIN_FACE_SIDE:  # mostly outside the picture
                continue
            box = dlib.rectangle(left, top, right - 1, bottom - 1)
            with models.model_lock:
                shape5 = models.shape5(full, box)
                embedding = models.recognizer.compute_face_descriptor(full, shape5)
                shape68 = models.shape68(full, box) if models.shape68 is not None else None
            if shape68 is not None:
                points = landmarks_from_68([(float(q.x), float(q.y)) for q in shape68.parts()])
                nose = points["noseTip"]
            else:
                five = [(float(q.x), float(q.y)) for q in shape5.parts()]
                points = landmarks_from_5(five)
                nose = five[4]
            pose = head_pose(points["pupilLeft"], points["pupilRight"], nose, self.landmark_model)
            face_grey = gray.crop((left, top, right, bottom))
            side = (QUALITY_CROP_SIDE, QUALITY_CROP_SIDE)
            stats = image_quality(
                np,
                np.asarray(face_grey, dtype=np.float32),
                np.asarray(face_grey.resize(side, models.pil.BILINEAR), dtype=np.float32),
            )
            face_size = min(right - left, bottom - top)
            quality = quality_for_recognition(face_size, stats["blur"]["blurLevel"], pose)
            identity = encode_embedding([float(v) for v in embedding])
            attributes = default_attributes(identity, quality)
            attributes.update(stats)
            attributes["headPose"] = pose
            faces.append(
                DetectedFace(
                    identity=identity,
                    face_rectangle={"top": top, "left": left, "width": right - left, "height": bottom - top},
                    landmarks=_wire(points),
                    attributes=attributes,
                    quality=quality,
                )
            )
        faces.sort(key=lambda f: f.area, reverse=True)
        return faces[:MAX_FACES]


class AutoFaceEngine(FaceEngine):
    """``--engine auto``: annotated images use the annotation; other images use the real
    engine when it is installed, and otherwise have no faces (with a one-time log hint).

    :param landmark_model: passed to :class:`RealFaceEngine`.
    """

    def __init__(self, landmark_model: str = "68") -> None:
        super().__init__()
        self.annotations = AnnotationFaceEngine()
        self.landmark_model = landmark_model
        self._real: Optional[RealFaceEngine] = None
        self._real_checked = False
        self._hinted = False
        self._state_lock = threading.Lock()

    @property
    def real(self) -> Optional[RealFaceEngine]:
        """The real engine, or ``None`` when the extra is not installed."""
        with self._state_lock:
            if not self._real_checked:
                self._real_checked = True
                if not missing_requirements():
                    self._real = RealFaceEngine(self.landmark_model)
            return self._real

    def detect(self, image: bytes) -> List[DetectedFace]:
        return self.detect_for_model(image, "detection_01")

    def detect_for_model(self, image: bytes, detection_model: str) -> List[DetectedFace]:
        if read_annotation(image):
            return self.annotations.detect(image)
        real = self.real
        if real is None:
            with self._state_lock:
                hint, self._hinted = not self._hinted, True
            if hint:
                _LOG.warning(NO_ENGINE_HINT)
            return []
        return real.detect_for_model(image, detection_model)


def make_engine(name: str = "auto", *, landmark_model: str = "68") -> FaceEngine:
    """The engine selected by ``--engine``/``engine=``: ``auto``, ``real`` or ``annotations``.

    :param name: one of :data:`ENGINE_CHOICES`.
    :keyword landmark_model: ``"68"`` or ``"5"`` (real engine only).
    :return: a new engine.
    :raises ValueError: for an unknown name or landmark model.
    :raises EngineUnavailableError: for ``real`` without the ``engine`` extra.
    """
    if landmark_model not in LANDMARK_MODELS:
        raise ValueError(f"landmark_model must be one of {', '.join(LANDMARK_MODELS)}, not {landmark_model!r}")
    if name == "auto":
        return AutoFaceEngine(landmark_model)
    if name == "real":
        return RealFaceEngine(landmark_model)
    if name == "annotations":
        return AnnotationFaceEngine()
    raise ValueError(f"engine must be one of {', '.join(ENGINE_CHOICES)}, not {name!r}")
