# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Named scenarios observed in both packages (datetimes, JSON of special values, verify_image bytes)."""
import datetime
import json
from typing import Any, Callable, Dict

_PLUS2 = datetime.timezone(datetime.timedelta(hours=2))
WRITES = {
    "aware_plus2": datetime.datetime(2024, 1, 1, 12, 0, tzinfo=_PLUS2),
    "aware_utc_micro": datetime.datetime(2024, 1, 1, 12, 0, 0, 123456, tzinfo=datetime.timezone.utc),
    "naive": datetime.datetime(2024, 1, 1, 12, 0),
    "date": datetime.date(2024, 1, 1),
}
READS = ["2024-03-05T11:07:58Z", "2024-03-05T11:07:58.371+01:00", "2024-03-05T11:07:58-0530",
         "2024-03-05T11:07:58", "2024-03-05 11:07:58Z", "2024-03-05", "2024-13-05T11:07:58Z", "yesterday", 5]


def run(models: Any, model_base: Any, attempt: Callable[[Callable[[], Any]], Any]) -> Dict[str, Any]:
    """Return ``{scenario id: encoded outcome}``."""
    out: Dict[str, Any] = {}
    cls = models.FaceTrainingResult
    for name, value in WRITES.items():
        def by_attr() -> Any:
            model = cls()
            model.created_date_time = value
            return [model["createdDateTime"], model.created_date_time, model.as_dict()]

        out["datetime/write_attr/" + name] = attempt(by_attr)
        out["datetime/write_kwarg/" + name] = attempt(lambda: cls(created_date_time=value).as_dict())
        out["datetime/write_item/" + name] = attempt(lambda: (lambda m: (m.__setitem__("createdDateTime", value),
                                                                          m.as_dict())[1])(cls()))
        out["datetime/write_json/" + name] = attempt(
            lambda: json.loads(json.dumps(cls(created_date_time=value), cls=model_base.SdkJSONEncoder)))
        out["datetime/encoder/" + name] = attempt(lambda: json.loads(json.dumps(value, cls=model_base.SdkJSONEncoder)))
    for index, raw in enumerate(READS):
        out["datetime/read/{}".format(index)] = attempt(lambda: cls({"createdDateTime": raw}).created_date_time)
    content = models.CreateLivenessWithVerifySessionMultipartContent
    out["verify_image/bytes"] = attempt(lambda: content(verify_image=b"\x89PNG").verify_image)
    out["verify_image/item"] = attempt(lambda: type(content(verify_image=b"\x89PNG")["VerifyImage"]).__name__)
    out["encoder/bytes"] = attempt(lambda: json.loads(json.dumps(b"\x89PNG", cls=model_base.SdkJSONEncoder)))
    out["encoder/enum"] = attempt(
        lambda: json.loads(json.dumps([models.FaceDetectionModel.DETECTION03], cls=model_base.SdkJSONEncoder)))
    face = models.FaceDetectionResult
    out["nested/set_then_read"] = attempt(
        lambda: (lambda f: (setattr(f, "face_rectangle", models.FaceRectangle(top=1, left=2, width=3, height=4)),
                            f.face_rectangle)[1])(face({"faceId": "x"})))
    out["positional/bad"] = attempt(lambda: models.FaceRectangle([1, 2, 3, 4]))
    out["kwargs/merge"] = attempt(lambda: models.FaceRectangle({"top": 1, "left": 2}, left=5, width=3).as_dict())
    return out
