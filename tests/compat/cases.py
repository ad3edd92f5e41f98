"""The fixed list of calls that the compat recorder runs against the published package and the suite replays on ours.

Standard library only: ``record.py`` imports this module in a virtual environment where the *published*
``azure-ai-vision-face`` is installed, and the suite imports it with ours. A case names the client, the operation
and its arguments; arguments that depend on ids made by the recorder's setup (``ctx``) or on the models module
(``m``) are written as ``V(lambda ctx, m: ...)`` and resolved when the case runs.

``capture`` turns what a call returned or raised into plain JSON, the same way for both packages.
"""
import base64
import io
import json
from collections.abc import Mapping
from enum import Enum
from typing import Any, Callable, Dict, List, Optional, Tuple

API = "/face/v1.2-preview.1"


class V:
    """An argument computed when the case runs, from the setup ids and the models module."""

    def __init__(self, make: Callable[[Dict[str, Any], Any], Any]) -> None:
        self.make = make


class Case:
    """One scripted call.

    ``_mode``: ``call`` (plain), ``stream`` (``stream=True``, body read), ``cls`` (a recording ``cls=``), ``train``
    (``begin_train(...).result()``), ``continue`` (a poller rebuilt from another's continuation token),
    ``send_request`` (``args[0]`` gives method and URL). ``_canned``: a response the recording server answers with
    instead of the emulator (status, headers, body), for statuses the emulator has no natural way to produce.
    """

    def __init__(self, case_id: str, client: str, op: str, /, *args: Any, **kwargs: Any) -> None:
        self.name = case_id
        self.client = client
        self.op = op
        self.args = args
        self.mode: str = kwargs.pop("_mode", "call")
        self.canned: Optional[Dict[str, Any]] = kwargs.pop("_canned", None)
        self.key: Optional[str] = kwargs.pop("_key", None)
        self.kwargs = kwargs

    def resolve(self, ctx: Dict[str, Any], models: Any) -> Tuple[List[Any], Dict[str, Any]]:
        def value(item: Any) -> Any:
            return item.make(ctx, models) if isinstance(item, V) else item

        return [value(a) for a in self.args], {k: value(v) for k, v in self.kwargs.items()}


def img(name: str) -> V:
    """The bytes of a setup image."""
    return V(lambda ctx, m: base64.b64decode(ctx["images"][name]))


def img_io(name: str) -> V:
    return V(lambda ctx, m: io.BytesIO(base64.b64decode(ctx["images"][name])))


def c(key: str) -> V:
    """A setup id."""
    return V(lambda ctx, m: ctx[key])


def json_io(make: Callable[[Dict[str, Any]], Any]) -> V:
    """A JSON body given as a binary stream."""
    return V(lambda ctx, m: io.BytesIO(json.dumps(make(ctx)).encode()))


def p(suffix: str) -> V:
    """A container id unique to this flavour (sync/async) and case."""
    return V(lambda ctx, m: "{}-{}".format(ctx["prefix"], suffix))


DETECT = dict(detection_model="detection_03", recognition_model="recognition_04", return_face_id=True)
NOT_MODIFIED = {"status": 304, "headers": {}, "body": ""}
ERR_BODY = json.dumps({"error": {"code": "Throttled", "message": "Slow down."}})

F, S, L, G = "face", "session", "admin.large_face_list", "admin.large_person_group"  # client[.group]


def _cases() -> List[Case]:
    cases = [
        # ---------------------------------------------------------------- FaceClient: detection
        Case("detect-basic", F, "detect", img("alice"), **DETECT),
        Case("detect-all-options", F, "detect", img("alice"), detection_model="detection_01",
             recognition_model="recognition_04", return_face_id=False,
             return_face_attributes=["headPose", "glasses", "occlusion", "accessories", "blur", "exposure", "noise",
                                     "qualityForRecognition"],
             return_face_landmarks=True, return_recognition_model=True, face_id_time_to_live=120),
        Case("detect-enum-attrs", F, "detect", img("alice"), detection_model="detection_03",
             recognition_model="recognition_04", return_face_id=True,
             return_face_attributes=V(lambda ctx, m: [m.FaceAttributeTypeDetection03.HEAD_POSE,
                                                      m.FaceAttributeTypeDetection03.MASK]),
             ),
        Case("detect-empty-attrs", F, "detect", img("alice"), return_face_attributes=[], **DETECT),
        Case("detect-io", F, "detect", img_io("alice"), **DETECT),
        Case("detect-no-face", F, "detect", img("nobody"), **DETECT),
        Case("detect-ttl-low", F, "detect", img("alice"), face_id_time_to_live=10, **DETECT),
        Case("detect-ttl-high", F, "detect", img("alice"), face_id_time_to_live=100000, **DETECT),
        Case("detect-empty-image", F, "detect", b"", **DETECT),
        Case("detect-garbage-image", F, "detect", b"not an image at all", **DETECT),
        Case("detect-bad-model", F, "detect", img("alice"), detection_model="detection_99",
             recognition_model="recognition_04", return_face_id=True),
        Case("detect-cls", F, "detect", img("alice"), _mode="cls", **DETECT),
        Case("detect-stream", F, "detect", img("alice"), _mode="stream", **DETECT),
        Case("detect-params-headers", F, "detect", img("alice"), params={"extraParam": "x y"},
             headers={"x-compat-header": "yes"}, **DETECT),
        Case("detect-caller-content-type", F, "detect", img("alice"), headers={"Content-Type": "image/jpeg"}, **DETECT),
        Case("detect-content-type-kw", F, "detect", img("alice"), content_type="image/jpeg", **DETECT),
        Case("detect-params-override", F, "detect", img("alice"), params={"returnFaceId": "false"}, **DETECT),
        Case("detect-bad-key", F, "detect", img("alice"), _key="wrong-key", **DETECT),
        Case("detect-url-kw", F, "detect_from_url", url=c("alice_url"), **DETECT),
        Case("detect-url-json", F, "detect_from_url", V(lambda ctx, m: {"url": ctx["alice_url"]}), **DETECT),
        Case("detect-url-io", F, "detect_from_url", json_io(lambda ctx: {"url": ctx["alice_url"]}), **DETECT),
        Case("detect-url-body-wins", F, "detect_from_url", V(lambda ctx, m: {"url": ctx["alice_url"]}),
             url="http://127.0.0.1:9/ignored.jpg", **DETECT),
        Case("detect-url-bad", F, "detect_from_url", url="https://example.invalid/x.jpg", **DETECT),
        Case("detect-url-empty-attrs", F, "detect_from_url", url=c("alice_url"), return_face_attributes=[],
             **DETECT),
        # ---------------------------------------------------------------- find similar / group / identify / verify
        Case("findsimilar-kw", F, "find_similar", face_id=c("alice1"), face_ids=V(lambda ctx, m: [ctx["alice2"], ctx["bob"]]),
             max_num_of_candidates_returned=2, mode="matchFace"),
        Case("findsimilar-enum-mode", F, "find_similar", face_id=c("alice1"), face_ids=V(lambda ctx, m: [ctx["alice2"]]),
             mode=V(lambda ctx, m: m.FindSimilarMatchMode.MATCH_PERSON)),
        Case("findsimilar-json", F, "find_similar", V(lambda ctx, m: {"faceId": ctx["alice1"], "faceIds": [ctx["alice2"]]})),
        Case("findsimilar-io", F, "find_similar", json_io(lambda ctx: {"faceId": ctx["alice1"], "faceIds": [ctx["alice2"]]})),
        Case("findsimilar-empty-ids", F, "find_similar", face_id=c("alice1"), face_ids=[]),
        Case("findsimilar-max-zero", F, "find_similar", face_id=c("alice1"), face_ids=V(lambda ctx, m: [ctx["alice2"]]),
             max_num_of_candidates_returned=0),
        Case("findsimilar-unknown-face", F, "find_similar", face_id="00000000-0000-0000-0000-000000000000",
             face_ids=V(lambda ctx, m: [ctx["alice2"]])),
        Case("findsimilar-lfl-kw", F, "find_similar_from_large_face_list", face_id=c("alice1"),
             large_face_list_id=c("lfl"), max_num_of_candidates_returned=3),
        Case("findsimilar-lfl-json", F, "find_similar_from_large_face_list",
             V(lambda ctx, m: {"faceId": ctx["alice1"], "largeFaceListId": ctx["lfl"]})),
        Case("findsimilar-lfl-io", F, "find_similar_from_large_face_list",
             json_io(lambda ctx: {"faceId": ctx["alice1"], "largeFaceListId": ctx["lfl"]})),
        Case("findsimilar-lfl-missing", F, "find_similar_from_large_face_list", face_id=c("alice1"),
             large_face_list_id="no-such-list"),
        Case("group-kw", F, "group", face_ids=V(lambda ctx, m: [ctx["alice1"], ctx["alice2"], ctx["bob"]])),
        Case("group-json", F, "group", V(lambda ctx, m: {"faceIds": [ctx["alice1"], ctx["bob"]]})),
        Case("group-io", F, "group", json_io(lambda ctx: {"faceIds": [ctx["alice1"], ctx["bob"]]})),
        Case("group-bytes", F, "group", V(lambda ctx, m: json.dumps({"faceIds": [ctx["alice1"], ctx["bob"]]}).encode())),
        Case("group-empty", F, "group", face_ids=[]),
        Case("group-cls", F, "group", face_ids=V(lambda ctx, m: [ctx["alice1"], ctx["bob"]]), _mode="cls"),
        Case("group-stream", F, "group", face_ids=V(lambda ctx, m: [ctx["alice1"], ctx["bob"]]), _mode="stream"),
        Case("identify-kw", F, "identify_from_large_person_group", face_ids=V(lambda ctx, m: [ctx["alice1"]]),
             large_person_group_id=c("lpg"), max_num_of_candidates_returned=2, confidence_threshold=0.5),
        Case("identify-json", F, "identify_from_large_person_group",
             V(lambda ctx, m: {"faceIds": [ctx["alice1"]], "largePersonGroupId": ctx["lpg"]})),
        Case("identify-io", F, "identify_from_large_person_group",
             json_io(lambda ctx: {"faceIds": [ctx["alice1"]], "largePersonGroupId": ctx["lpg"]})),
        Case("identify-threshold-high", F, "identify_from_large_person_group", face_ids=V(lambda ctx, m: [ctx["alice1"]]),
             large_person_group_id=c("lpg"), confidence_threshold=1.5),
        Case("identify-too-many", F, "identify_from_large_person_group",
             face_ids=V(lambda ctx, m: [ctx["alice1"]] * 11), large_person_group_id=c("lpg")),
        Case("identify-untrained", F, "identify_from_large_person_group", face_ids=V(lambda ctx, m: [ctx["alice1"]]),
             large_person_group_id=c("lpg_untrained")),
        Case("verify-kw", F, "verify_face_to_face", face_id1=c("alice1"), face_id2=c("alice2")),
        Case("verify-json", F, "verify_face_to_face", V(lambda ctx, m: {"faceId1": ctx["alice1"], "faceId2": ctx["bob"]})),
        Case("verify-io", F, "verify_face_to_face", json_io(lambda ctx: {"faceId1": ctx["alice1"], "faceId2": ctx["bob"]})),
        Case("verify-bad-id", F, "verify_face_to_face", face_id1="not-a-guid", face_id2=c("alice2")),
        Case("verify-lpg-kw", F, "verify_from_large_person_group", face_id=c("alice1"), large_person_group_id=c("lpg"),
             person_id=c("person")),
        Case("verify-lpg-json", F, "verify_from_large_person_group",
             V(lambda ctx, m: {"faceId": ctx["alice1"], "largePersonGroupId": ctx["lpg"], "personId": ctx["person"]})),
        Case("verify-lpg-io", F, "verify_from_large_person_group",
             json_io(lambda ctx: {"faceId": ctx["alice1"], "largePersonGroupId": ctx["lpg"], "personId": ctx["person"]})),
        Case("verify-lpg-unknown-person", F, "verify_from_large_person_group", face_id=c("alice1"),
             large_person_group_id=c("lpg"), person_id="00000000-0000-0000-0000-000000000000"),
        Case("verify-304", F, "verify_face_to_face", face_id1=c("alice1"), face_id2=c("alice2"), _canned=NOT_MODIFIED),
        Case("verify-429-canned", F, "verify_face_to_face", face_id1=c("alice1"), face_id2=c("alice2"),
             _canned={"status": 429, "headers": {"Content-Type": "application/json"}, "body": ERR_BODY}),
        Case("verify-500-html", F, "verify_face_to_face", face_id1=c("alice1"), face_id2=c("alice2"),
             _canned={"status": 500, "headers": {"Content-Type": "text/html"}, "body": "<html>oops</html>"}),
        # ---------------------------------------------------------------- FaceSessionClient
        Case("liveness-create-model", S, "create_liveness_session",
             V(lambda ctx, m: m.CreateLivenessSessionContent(liveness_operation_mode="Passive", device_correlation_id="dev-1"))),
        Case("liveness-create-json", S, "create_liveness_session",
             {"livenessOperationMode": "Passive", "sendResultsToClient": True, "authTokenTimeToLiveInSeconds": 120,
              "deviceCorrelationId": "dev-json"}),
        Case("liveness-create-io", S, "create_liveness_session", json_io(lambda ctx: {"livenessOperationMode": "Passive",
                                                                             "deviceCorrelationId": "dev-io"})),
        Case("liveness-create-bad-ttl", S, "create_liveness_session",
             {"livenessOperationMode": "Passive", "authTokenTimeToLiveInSeconds": 5, "deviceCorrelationId": "d"}),
        Case("liveness-get", S, "get_liveness_session_result", c("session")),
        Case("liveness-get-missing", S, "get_liveness_session_result", "no-such-session"),
        Case("liveness-list", S, "get_liveness_sessions"),
        Case("liveness-list-paged", S, "get_liveness_sessions", start="a b", top=2),
        Case("liveness-list-top-zero", S, "get_liveness_sessions", top=0),
        Case("liveness-audit", S, "get_liveness_session_audit_entries", c("session")),
        Case("liveness-audit-paged", S, "get_liveness_session_audit_entries", c("session"), start="0", top=1),
        Case("liveness-delete", S, "delete_liveness_session", c("session_del")),
        Case("liveness-delete-missing", S, "delete_liveness_session", "no-such-session"),
        Case("liveness-delete-cls", S, "delete_liveness_session", c("session_del2"), _mode="cls"),
        Case("verifysession-create-json", S, "create_liveness_with_verify_session",
             {"livenessOperationMode": "Passive", "deviceCorrelationId": "dev-2"}, verify_image=None),
        Case("verifysession-create-model", S, "create_liveness_with_verify_session",
             V(lambda ctx, m: m.CreateLivenessWithVerifySessionContent(liveness_operation_mode="Passive",
                                                                       device_correlation_id="dev-m")), verify_image=None),
        Case("verifysession-create-image", S, "create_liveness_with_verify_session",
             V(lambda ctx, m: m.CreateLivenessWithVerifySessionContent(liveness_operation_mode="Passive",
                                                                       device_correlation_id="dev-i")),
             verify_image=img("alice")),
        Case("verifysession-create-image-io", S, "create_liveness_with_verify_session",
             V(lambda ctx, m: m.CreateLivenessWithVerifySessionContent(liveness_operation_mode="Passive",
                                                                       device_correlation_id="dev-iio")),
             verify_image=img_io("alice")),
        Case("verifysession-create-snake-image", S, "create_liveness_with_verify_session",
             {"liveness_operation_mode": "Passive", "device_correlation_id": "dev-s"}, verify_image=img("alice")),
        Case("verifysession-create-snake-json", S, "create_liveness_with_verify_session",
             {"liveness_operation_mode": "Passive", "device_correlation_id": "dev-sj"}, verify_image=None),
        Case("verifysession-create-json-image", S, "create_liveness_with_verify_session",
             {"livenessOperationMode": "Passive", "deviceCorrelationId": "dev-3"}, verify_image=img("alice")),
        Case("verifysession-create-io", S, "create_liveness_with_verify_session",
             json_io(lambda ctx: {"livenessOperationMode": "Passive", "deviceCorrelationId": "dev-io"}), verify_image=None),
        Case("verifysession-get", S, "get_liveness_with_verify_session_result", c("vsession")),
        Case("verifysession-list", S, "get_liveness_with_verify_sessions", top=5),
        Case("verifysession-audit", S, "get_liveness_with_verify_session_audit_entries", c("vsession")),
        Case("verifysession-audit-paged", S, "get_liveness_with_verify_session_audit_entries", c("vsession"), top=1),
        Case("verifysession-delete", S, "delete_liveness_with_verify_session", c("vsession_del")),
        Case("verifysession-get-missing", S, "get_liveness_with_verify_session_result", "no-such-session"),
        Case("session-image", S, "get_session_image", c("session_image")),
        Case("session-image-cls", S, "get_session_image", c("session_image"), _mode="cls"),
        Case("session-image-missing", S, "get_session_image", "no-such-image"),
        Case("session-detect-kw", S, "detect_from_session_image", session_image_id=c("session_image"), **DETECT),
        Case("session-detect-json", S, "detect_from_session_image",
             V(lambda ctx, m: {"sessionImageId": ctx["session_image"]}), **DETECT),
        Case("session-detect-io", S, "detect_from_session_image",
             json_io(lambda ctx: {"sessionImageId": ctx["session_image"]}), **DETECT),
        Case("session-detect-missing", S, "detect_from_session_image", session_image_id="no-such-image", **DETECT),
        # ---------------------------------------------------------------- large face lists
        Case("lfl-create-kw", L, "create", p("lfl-kw"), name="list one", user_data="left profile",
             recognition_model="recognition_04"),
        Case("lfl-create-json", L, "create", p("lfl-json"), {"name": "list two", "recognitionModel": "recognition_03"}),
        Case("lfl-create-io", L, "create", p("lfl-io"), json_io(lambda ctx: {"name": "list three"})),
        Case("lfl-create-body-wins", L, "create", p("lfl-bw"), {"name": "from body"}, name="from keyword"),
        Case("lfl-create-exists", L, "create", c("lfl"), name="again"),
        Case("lfl-create-bad-id", L, "create", "Bad Id!", name="bad"),
        Case("lfl-create-long-name", L, "create", p("lfl-long"), name="n" * 200),
        Case("lfl-create-cls", L, "create", p("lfl-cls"), name="cls", _mode="cls"),
        Case("lfl-get", L, "get", c("lfl")),
        Case("lfl-get-rm", L, "get", c("lfl"), return_recognition_model=True),
        Case("lfl-get-missing", L, "get", "no-such-list"),
        Case("lfl-get-cls", L, "get", c("lfl"), _mode="cls"),
        Case("lfl-get-stream", L, "get", c("lfl"), _mode="stream"),
        Case("lfl-get-caller-accept", L, "get", c("lfl"), headers={"Accept": "text/plain"}),
        Case("lfl-update-caller-content-type", L, "update", c("lfl"), {"userData": "ct"},
             headers={"Content-Type": "text/plain"}),
        Case("lfl-get-error-map", L, "get", "no-such-list",
             error_map=V(lambda ctx, m: {404: __import__("azure.core.exceptions", fromlist=["x"]).ResourceExistsError})),
        Case("lfl-update-kw", L, "update", c("lfl"), name="renamed", user_data="left profile"),
        Case("lfl-update-json", L, "update", c("lfl"), {"userData": "x"}),
        Case("lfl-update-io", L, "update", c("lfl"), json_io(lambda ctx: {"userData": "io"})),
        Case("lfl-update-missing", L, "update", "no-such-list", name="x"),
        Case("lfl-list", L, "get_large_face_lists"),
        Case("lfl-list-paged", L, "get_large_face_lists", start="compat", top=2, return_recognition_model=True),
        Case("lfl-list-top-big", L, "get_large_face_lists", top=5000),
        Case("lfl-list-params", L, "get_large_face_lists", top=2, params={"extraParam": "x"}),
        Case("lfl-training-status", L, "get_training_status", c("lfl")),
        Case("lfl-training-status-missing", L, "get_training_status", "no-such-list"),
        Case("lfl-add-face", L, "add_face", c("lfl"), img("alice"), target_face=[40, 40, 120, 120],
             detection_model="detection_03", user_data="a b&c"),
        Case("lfl-add-face-plain", L, "add_face", c("lfl"), img("bob")),
        Case("lfl-add-face-io", L, "add_face", c("lfl"), img_io("bob"), user_data="io"),
        Case("lfl-add-face-noface", L, "add_face", c("lfl"), img("nobody")),
        Case("lfl-add-face-bad-target", L, "add_face", c("lfl"), img("alice"), target_face=[1, 2, 3]),
        Case("lfl-add-face-url-kw", L, "add_face_from_url", c("lfl"), url=c("alice_url"), user_data="u"),
        Case("lfl-add-face-url-json", L, "add_face_from_url", c("lfl"), V(lambda ctx, m: {"url": ctx["alice_url"]}),
             detection_model="detection_01"),
        Case("lfl-add-face-url-io", L, "add_face_from_url", c("lfl"), json_io(lambda ctx: {"url": ctx["alice_url"]})),
        Case("lfl-get-face", L, "get_face", c("lfl"), c("lfl_face")),
        Case("lfl-get-face-missing", L, "get_face", c("lfl"), "00000000-0000-0000-0000-000000000000"),
        Case("lfl-get-faces", L, "get_faces", c("lfl"), top=1),
        Case("lfl-update-face", L, "update_face", c("lfl"), c("lfl_face"), user_data="new data"),
        Case("lfl-update-face-json", L, "update_face", c("lfl"), c("lfl_face"), {"userData": "json data"}),
        Case("lfl-update-face-io", L, "update_face", c("lfl"), c("lfl_face"), json_io(lambda ctx: {"userData": "io"})),
        Case("lfl-delete-face", L, "delete_face", c("lfl"), c("lfl_face_del")),
        Case("lfl-delete", L, "delete", c("lfl_del")),
        Case("lfl-delete-missing", L, "delete", "no-such-list"),
        Case("lfl-delete-missing-stream", L, "delete", "no-such-list", _mode="stream"),
        Case("lfl-train", L, "begin_train", c("lfl"), _mode="train"),
        Case("lfl-train-empty", L, "begin_train", c("lfl_empty"), _mode="train"),
        Case("lfl-train-missing", L, "begin_train", "no-such-list", _mode="train"),
        # ---------------------------------------------------------------- large person groups
        Case("lpg-create-kw", G, "create", p("lpg-kw"), name="group one", user_data="u d",
             recognition_model="recognition_04"),
        Case("lpg-create-json", G, "create", p("lpg-json"), {"name": "group two"}),
        Case("lpg-create-io", G, "create", p("lpg-io"), json_io(lambda ctx: {"name": "group three"})),
        Case("lpg-create-exists", G, "create", c("lpg"), name="again"),
        Case("lpg-create-empty-name", G, "create", p("lpg-noname"), name=""),
        Case("lpg-get", G, "get", c("lpg"), return_recognition_model=False),
        Case("lpg-get-missing", G, "get", "no-such-group"),
        Case("lpg-update", G, "update", c("lpg"), name="renamed group"),
        Case("lpg-update-json", G, "update", c("lpg"), {"userData": "json"}),
        Case("lpg-update-io", G, "update", c("lpg"), json_io(lambda ctx: {"name": "io group"})),
        Case("lpg-list", G, "get_large_person_groups", top=3),
        Case("lpg-training-status", G, "get_training_status", c("lpg")),
        Case("lpg-training-status-stream", G, "get_training_status", c("lpg"), _mode="stream"),
        Case("lpg-person-create-kw", G, "create_person", c("lpg"), name="carol", user_data="x"),
        Case("lpg-person-create-json", G, "create_person", c("lpg"), {"name": "dave"}),
        Case("lpg-person-create-io", G, "create_person", c("lpg"), json_io(lambda ctx: {"name": "erin"})),
        Case("lpg-person-create-missing", G, "create_person", "no-such-group", name="x"),
        Case("lpg-person-get", G, "get_person", c("lpg"), c("person")),
        Case("lpg-person-get-missing", G, "get_person", c("lpg"), "00000000-0000-0000-0000-000000000000"),
        Case("lpg-person-update", G, "update_person", c("lpg"), c("person"), user_data="updated"),
        Case("lpg-person-update-json", G, "update_person", c("lpg"), c("person"), {"name": "alice j"}),
        Case("lpg-person-update-io", G, "update_person", c("lpg"), c("person"), json_io(lambda ctx: {"userData": "io"})),
        Case("lpg-persons", G, "get_persons", c("lpg"), top=10),
        Case("lpg-persons-start", G, "get_persons", c("lpg"), start="00000000-0000-0000-0000-000000000000"),
        Case("lpg-person-delete", G, "delete_person", c("lpg"), c("person_del")),
        Case("lpg-face-add", G, "add_face", c("lpg"), c("person"), img("alice"), user_data="face data"),
        Case("lpg-face-add-io", G, "add_face", c("lpg"), c("person"), img_io("alice")),
        Case("lpg-face-add-url", G, "add_face_from_url", c("lpg"), c("person"), url=c("alice_url"),
             target_face=[40, 40, 120, 120]),
        Case("lpg-face-add-url-json", G, "add_face_from_url", c("lpg"), c("person"),
             V(lambda ctx, m: {"url": ctx["alice_url"]}), user_data="j"),
        Case("lpg-face-add-url-io", G, "add_face_from_url", c("lpg"), c("person"),
             json_io(lambda ctx: {"url": ctx["alice_url"]})),
        Case("lpg-face-get", G, "get_face", c("lpg"), c("person"), c("person_face")),
        Case("lpg-face-update", G, "update_face", c("lpg"), c("person"), c("person_face"), user_data="changed"),
        Case("lpg-face-update-json", G, "update_face", c("lpg"), c("person"), c("person_face"), {"userData": "json"}),
        Case("lpg-face-update-io", G, "update_face", c("lpg"), c("person"), c("person_face"),
             json_io(lambda ctx: {"userData": "io"})),
        Case("lpg-face-delete", G, "delete_face", c("lpg"), c("person"), c("person_face_del")),
        Case("lpg-delete", G, "delete", c("lpg_del")),
        Case("lpg-delete-cls", G, "delete", c("lpg_del2"), _mode="cls"),
        Case("lpg-train", G, "begin_train", c("lpg"), _mode="train"),
        Case("lpg-train-cls", G, "begin_train", c("lpg"), _mode="train",
             cls=V(lambda ctx, m: lambda response, data, headers: {"cls": [data, dict(headers)]})),
        Case("lpg-train-empty", G, "begin_train", c("lpg_empty"), _mode="train"),
        Case("lpg-train-fail", G, "begin_train", c("lpg_fail"), _mode="train"),
        Case("lpg-train-continue", G, "begin_train", c("lpg"), _mode="continue"),
        Case("lpg-train-304", G, "begin_train", c("lpg"), _mode="train", _canned=NOT_MODIFIED),
        # ---------------------------------------------------------------- raw requests
        Case("send-request-relative", "admin", "send_request", ("GET", "/largepersongroups?top=1")),
        Case("send-request-missing", "admin", "send_request", ("GET", "/largepersongroups/no-such-group")),
        Case("send-request-face", F, "send_request", ("POST", "/group"),
             json=V(lambda ctx, m: {"faceIds": [ctx["alice1"], ctx["bob"]]})),
    ]
    for case in cases:
        if case.op == "send_request":
            case.mode = "send_request"
    return cases


CASES = _cases()


# --------------------------------------------------------------------------- outcomes as JSON


def plain(value: Any) -> Any:
    """A result as plain JSON: models (mappings) by wire keys, enums by value, bytes as base64."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, (bytes, bytearray)):
        return {"bytes": base64.b64encode(bytes(value)).decode()}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return {"object": type(value).__name__}


def error_outcome(exc: BaseException) -> Dict[str, Any]:
    error = getattr(exc, "error", None)
    out: Dict[str, Any] = {"raises": type(exc).__name__, "str": str(exc)}
    if hasattr(exc, "status_code"):
        out["status"] = getattr(exc, "status_code", None)
        out["code"] = getattr(error, "code", None)
        out["message"] = getattr(error, "message", None)
    return out


def _target(clients: Any, case: Case) -> Any:
    client = clients(case.client.split(".")[0], case.key)
    target = client
    for part in case.client.split(".")[1:]:
        target = getattr(target, part)
    return target


def run_sync(clients: Callable[[str, Optional[str]], Any], case: Case, ctx: Dict[str, Any], models: Any,
             request_type: Any) -> Dict[str, Any]:
    """Run ``case`` with a synchronous client from ``clients(kind, key)``; the outcome as plain JSON."""
    args, kwargs = case.resolve(ctx, models)
    target = _target(clients, case)
    try:
        if case.mode == "send_request":
            method, url = args[0]
            response = target.send_request(request_type(method, url, **kwargs))
            return {"response": {"status": response.status_code, "body": response.text()}}
        op = getattr(target, case.op)
        if case.mode == "cls":
            seen: List[Any] = []
            result = op(*args, cls=lambda *triple: seen.append(triple) or "from-cls", **kwargs)
            response, data, headers = seen[0]
            if data is not None and not isinstance(data, (list, Mapping)) and hasattr(data, "__iter__"):
                data = b"".join(data)
            return {"result": plain(result), "cls": _cls_view(response, data, headers)}
        if case.mode == "stream":
            return {"result": plain(b"".join(op(*args, stream=True, **kwargs)))}
        if case.mode == "train":
            return {"result": plain(op(*args, **kwargs).result())}
        if case.mode == "continue":
            first = op(*args, **kwargs)
            token = first.continuation_token()
            first.result()
            return {"result": plain(op(args[0], continuation_token=token, **kwargs).result())}
        result = op(*args, **kwargs)
        if result is not None and not isinstance(result, (list, Mapping)) and hasattr(result, "__iter__"):
            result = b"".join(result)
        return {"result": plain(result)}
    except Exception as exc:  # the outcome of the call is what is recorded
        return error_outcome(exc)


async def run_async(clients: Callable[[str, Optional[str]], Any], case: Case, ctx: Dict[str, Any], models: Any,
                    request_type: Any) -> Dict[str, Any]:
    """Run ``case`` with an asynchronous client; the same outcome shape as :func:`run_sync`."""
    args, kwargs = case.resolve(ctx, models)
    target = _target(clients, case)

    async def join(stream: Any) -> bytes:
        return b"".join([chunk async for chunk in stream])

    try:
        if case.mode == "send_request":
            method, url = args[0]
            response = await target.send_request(request_type(method, url, **kwargs))
            return {"response": {"status": response.status_code, "body": response.text()}}
        op = getattr(target, case.op)
        if case.mode == "cls":
            seen: List[Any] = []
            result = await op(*args, cls=lambda *triple: seen.append(triple) or "from-cls", **kwargs)
            response, data, headers = seen[0]
            if data is not None and hasattr(data, "__aiter__"):
                data = await join(data)
            return {"result": plain(result), "cls": _cls_view(response, data, headers)}
        if case.mode == "stream":
            return {"result": plain(await join(await op(*args, stream=True, **kwargs)))}
        if case.mode == "train":
            return {"result": plain(await (await op(*args, **kwargs)).result())}
        if case.mode == "continue":
            first = await op(*args, **kwargs)
            token = first.continuation_token()
            await first.result()
            return {"result": plain(await (await op(args[0], continuation_token=token, **kwargs)).result())}
        result = await op(*args, **kwargs)
        if result is not None and hasattr(result, "__aiter__"):
            result = await join(result)
        return {"result": plain(result)}
    except Exception as exc:  # the outcome of the call is what is recorded
        return error_outcome(exc)


def _cls_view(response: Any, data: Any, headers: Any) -> Dict[str, Any]:
    return {"response": type(response).__name__, "deserialized": plain(data),
            "headers": {str(k).lower(): str(v) for k, v in dict(headers).items()}}
