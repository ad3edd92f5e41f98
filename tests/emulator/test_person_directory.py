"""The emulator's person directory over raw HTTP: operation states by the store clock, effects applied on success,
the spec's limits and error codes, persistence with data_dir, and its absence from the GA API."""

from __future__ import annotations

import pytest

from azure.ai.vision.face.emulator import FaceEmulator
from azure.ai.vision.face.emulator._store import Rows
from azure.ai.vision.face.emulator.images import FaceSpec, make_face_image

from tests.emulator._http import Http

BILL = make_face_image([FaceSpec("bill")])
NOBODY = make_face_image([])
FAIL = "emulator:fail-operation"


def _faces(pid: str, model: str = "recognition_04") -> str:
    return f"/persons/{pid}/recognitionModels/{model}/persistedfaces"


def _done(http: Http, resp) -> dict:
    assert resp.status == 202, resp.body
    return http.wait_operation(resp.header("operation-Location"))


def _person(http: Http, name: str = "bill", **body) -> str:
    resp = http.post("/persons", {"name": name, **body})
    assert _done(http, resp)["status"] == "succeeded"
    return resp.json()["personId"]


def test_an_operation_moves_through_its_states_by_the_store_clock(emulated_time):
    with FaceEmulator(training_seconds=1.0) as emu:
        http = Http(emu)
        created = http.post("/persons", {"name": "bill"})
        assert created.status == 202 and created.header("Location") == created.header("operation-Location")
        pid, location = created.json()["personId"], created.header("operation-Location")
        status = http.get(location).json()
        assert (status["status"], status["finishedTime"]) == ("notStarted", None)
        assert http.get(f"/persons/{pid}").error_code == "PersonNotFound"  # not made before the operation is done
        emulated_time.advance(0.2)
        assert http.get(location).json()["status"] == "running"
        assert http.get(f"/persons/{pid}").status == 404
        emulated_time.advance(0.8)
        status = http.get(location).json()
        assert status["status"] == "succeeded" and status["finishedTime"] is not None
        assert status["resourceLocation"].endswith(f"/face/v1.2-preview.1/persons/{pid}")
        assert http.get(f"/persons/{pid}").json() == {"personId": pid, "name": "bill", "userData": None}


def test_an_unfinished_operation_says_when_to_ask_again(emulated_time):
    with FaceEmulator(training_seconds=3.0) as emu:
        http = Http(emu)
        created = http.post("/persons", {"name": "bill"})
        assert created.header("Retry-After") == "3"
        emulated_time.advance(2.5)
        assert http.get(created.header("operation-Location")).header("retry-after-ms") == "510"


def test_an_operation_marked_to_fail_fails_and_changes_nothing(http):
    created = http.post("/persons", {"name": "bill", "userData": FAIL})
    status = _done(http, created)
    assert status["status"] == "failed" and FAIL in status["message"] and "resourceLocation" not in status
    assert http.get(f"/persons/{created.json()['personId']}").status == 404
    pid = _person(http)
    failed_face = http.post(_faces(pid) + "?userData=" + FAIL, data=BILL)
    assert _done(http, failed_face)["status"] == "failed"
    assert http.get(_faces(pid)).json() == {"personId": pid, "persistedFaceIds": []}


def test_faces_are_kept_per_recognition_model(http):
    pid = _person(http)
    added = http.post(_faces(pid) + "?userData=u&detectionModel=detection_03", data=BILL)
    status = _done(http, added)
    fid = added.json()["persistedFaceId"]
    assert status["resourceLocation"].endswith(_faces(pid) + "/" + fid)
    assert http.get(_faces(pid)).json() == {"personId": pid, "persistedFaceIds": [fid]}
    assert http.get(_faces(pid, "recognition_03")).json()["persistedFaceIds"] == []
    assert http.get(_faces(pid, "recognition_03") + "/" + fid).error_code == "PersistedFaceNotFound"
    assert http.patch(_faces(pid) + "/" + fid, {"userData": "v"}).status == 200
    assert http.get(_faces(pid) + "/" + fid).json() == {"persistedFaceId": fid, "userData": "v"}
    assert _done(http, http.delete(_faces(pid) + "/" + fid))["status"] == "succeeded"
    assert http.get(_faces(pid)).json()["persistedFaceIds"] == []


def test_a_deleted_person_leaves_its_groups(http):
    pid, other = _person(http), _person(http, "clare")
    assert _done(http, http.put("/dynamicpersongroups/fam", {"name": "fam", "addPersonIds": [pid, other]}))["status"] == "succeeded"
    assert http.get(f"/persons/{pid}/dynamicPersonGroupReferences").json() == {"dynamicPersonGroupIds": ["fam"]}
    assert _done(http, http.delete(f"/persons/{pid}"))["status"] == "succeeded"
    assert http.get("/dynamicpersongroups/fam/persons").json() == {"personIds": [other]}
    assert http.get(f"/persons/{pid}").status == 404


def test_group_changes_add_remove_and_rename(http):
    a, b = _person(http, "a"), _person(http, "b")
    assert http.put("/dynamicpersongroups/g", {"name": "g"}).status == 200  # no persons: at once
    assert http.get("/dynamicpersongroups/g").json() == {"dynamicPersonGroupId": "g", "name": "g", "userData": None}
    change = http.patch("/dynamicpersongroups/g", {"name": "h", "addPersonIds": [a, b]})
    assert _done(http, change)["resourceLocation"].endswith("/dynamicpersongroups/g")
    assert http.get("/dynamicpersongroups/g").json()["name"] == "h"
    assert _done(http, http.patch("/dynamicpersongroups/g", {"removePersonIds": [a]}))["status"] == "succeeded"
    assert http.get("/dynamicpersongroups/g/persons").json() == {"personIds": [b]}
    assert http.patch("/dynamicpersongroups/g", {"userData": "x"}).status == 200  # no person changes: at once
    assert http.get("/dynamicpersongroups/g").json()["userData"] == "x"
    assert _done(http, http.delete("/dynamicpersongroups/g"))["status"] == "succeeded"
    assert http.get("/dynamicpersongroups/g").error_code == "DynamicPersonGroupNotFound"


@pytest.mark.parametrize("method, path, body, status, code", [
    ("POST", "/persons", {"userData": "no name"}, 400, "BadArgument"),
    ("POST", "/persons", {"name": "x" * 129}, 400, "BadArgument"),
    ("GET", "/persons/not-a-guid", None, 400, "BadArgument"),
    ("GET", "/persons/00000000-0000-0000-0000-000000000000", None, 404, "PersonNotFound"),
    ("DELETE", "/persons/00000000-0000-0000-0000-000000000000", None, 404, "PersonNotFound"),
    ("GET", "/persons?top=1001", None, 400, "BadArgument"),
    ("PUT", "/dynamicpersongroups/Bad-Id", {"name": "g"}, 400, "BadArgument"),
    ("PUT", "/dynamicpersongroups/g2", {"name": "g", "addPersonIds": []}, 400, "BadArgument"),
    ("PUT", "/dynamicpersongroups/g2", {"name": "g", "addPersonIds": ["00000000-0000-0000-0000-000000000000"]}, 404,
     "PersonNotFound"),
    ("GET", "/dynamicpersongroups/none", None, 404, "DynamicPersonGroupNotFound"),
    ("DELETE", "/dynamicpersongroups/none", None, 404, "DynamicPersonGroupNotFound"),
])
def test_requests_the_service_refuses(http, method, path, body, status, code):
    resp = http.call(method, path, json=body)
    assert (resp.status, resp.error_code) == (status, code), resp.body


def test_limits_and_errors_of_faces_and_groups(http):
    pid = _person(http)
    assert http.post(_faces(pid, "recognition_09"), data=BILL).error_code == "BadArgument"
    assert http.post(_faces(pid), data=NOBODY).error_code == "InvalidImage"
    assert http.post(_faces("00000000-0000-0000-0000-000000000000"), data=BILL).error_code == "PersonNotFound"
    assert http.put("/dynamicpersongroups/dup", {"name": "d"}).status == 200
    again = http.put("/dynamicpersongroups/dup", {"name": "d"})
    assert (again.status, again.error_code) == (409, "DynamicPersonGroupExists")
    face = http.face_id(BILL)
    too_many = http.post("/identify", {"faceIds": [face], "personIds": [pid] * 31})
    assert (too_many.status, too_many.error_code) == (400, "BadArgument")
    both = http.post("/identify", {"faceIds": [face], "personIds": [pid], "dynamicPersonGroupId": "dup"})
    assert both.status == 400 and "Exactly one" in both.json()["error"]["message"]


def test_identify_and_verify_use_the_faces_of_the_query_model(http):
    pid, other = _person(http), _person(http, "clare")
    _done(http, http.post(_faces(pid), data=BILL))
    _done(http, http.post(_faces(other, "recognition_03"), data=make_face_image([FaceSpec("clare")])))
    _done(http, http.put("/dynamicpersongroups/fam", {"name": "fam", "addPersonIds": [pid, other]}))
    face = http.face_id(BILL, "recognition_04")
    by_persons = http.post("/identify", {"faceIds": [face], "personIds": [pid, other]}).json()
    by_group = http.post("/identify", {"faceIds": [face], "dynamicPersonGroupId": "fam"}).json()
    assert by_persons == by_group and [c["personId"] for c in by_group[0]["candidates"]] == [pid]
    assert http.post("/verify", {"faceId": face, "personId": pid}).json()["isIdentical"] is True
    assert http.post("/verify", {"faceId": face, "personId": other}).json() == {"isIdentical": False, "confidence": 0.0}
    old_model = http.face_id(BILL, "recognition_03")  # bill has no recognition_03 face
    assert http.post("/identify", {"faceIds": [old_model], "personIds": [pid]}).json()[0]["candidates"] == []


def test_the_ga_api_has_no_person_directory_routes_but_identifies_and_verifies_against_it(http):
    pid = _person(http)
    _done(http, http.post(_faces(pid), data=BILL))
    for path in ("/persons", f"/persons/{pid}", "/dynamicpersongroups", _faces(pid)):
        resp = http.get(path, version="v1.2")
        assert (resp.status, resp.error_code) == (404, "404"), path
    assert http.post("/persons", {"name": "x"}, version="v1.2").status == 404
    face = http.face_id(BILL)
    identified = http.post("/identify", {"faceIds": [face], "personIds": [pid]}, version="v1.2")
    assert identified.status == 200 and identified.json()[0]["candidates"][0]["personId"] == pid
    verified = http.post("/verify", {"faceId": face, "personId": pid}, version="v1.2")
    assert verified.json()["isIdentical"] is True


def test_the_directory_persists_in_rows_and_unfinished_operations_finish_after_a_restart(tmp_path, emulated_time):
    data_dir = str(tmp_path / "data")
    with FaceEmulator(data_dir=data_dir, training_seconds=0) as emu:
        http = Http(emu)
        for rows in (emu.store.directory_persons, emu.store.directory_faces, emu.store.dynamic_groups):
            assert isinstance(rows, Rows)
        pid = _person(http, "bill", userData="u")
        fid = http.post(_faces(pid), data=BILL).json()["persistedFaceId"]
        assert http.put("/dynamicpersongroups/fam", {"name": "fam", "addPersonIds": [pid]}).status == 202
        assert http.patch(f"/persons/{pid}", {"name": "William"}).status == 200
    with FaceEmulator(data_dir=data_dir, training_seconds=5.0) as emu:
        http = Http(emu)
        assert http.get(f"/persons/{pid}").json() == {"personId": pid, "name": "William", "userData": "u"}
        assert http.get(_faces(pid)).json()["persistedFaceIds"] == [fid]
        assert http.get("/dynamicpersongroups/fam/persons").json() == {"personIds": [pid]}
        pending = http.post("/persons", {"name": "late"})
    with FaceEmulator(data_dir=data_dir) as emu:
        http = Http(emu)
        late = pending.json()["personId"]
        assert http.get(pending.header("operation-Location")).json()["status"] == "notStarted"
        assert http.get(f"/persons/{late}").status == 404
        emulated_time.advance(5.0)
        assert http.get(pending.header("operation-Location")).json()["status"] == "succeeded"
        assert http.get(f"/persons/{late}").json()["name"] == "late"


def test_operations_that_end_together_apply_in_the_order_they_end(emulated_time):
    with FaceEmulator(training_seconds=1.0) as emu:
        http = Http(emu)
        emulated_time.advance(1.0)
        pid = http.post("/persons", {"name": "bill"}).json()["personId"]
        emulated_time.advance(1.0)  # the person exists now
        faces = [http.post(_faces(pid), data=BILL) for _ in range(3)]
        emulated_time.advance(0.1)
        removal = http.delete(f"/persons/{pid}")  # ends after the faces were added
        emulated_time.advance(5.0)  # everything ends before the next request looks
        assert [http.get(r.header("operation-Location")).json()["status"] for r in faces + [removal]] == \
            ["succeeded"] * 4
        assert http.get(f"/persons/{pid}").status == 404 and len(emu.store.directory_faces) == 0
