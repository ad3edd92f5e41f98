"""Issue 15, "Data": one SQLite row per entity, one emulator per data dir, nothing acknowledged lost to kill -9."""

from __future__ import annotations

import json
import os
import pathlib
import random
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from http.client import HTTPException
from typing import Dict, List, Set, Tuple

import pytest

from azure.ai.vision.face.emulator import FaceEmulator
from azure.ai.vision.face.emulator._store import DataDirInUse
from azure.ai.vision.face.emulator.images import FaceSpec, make_face_image

from tests.emulator._http import Http

REPO = pathlib.Path(__file__).resolve().parents[2]
IMAGE = make_face_image([FaceSpec("someone", 20, 20, 100, 100)])


def _changes(emu: FaceEmulator) -> int:
    db = emu.store._db
    assert db is not None
    return db.total_changes


def _rows_written_by_an_add_face(emu: FaceEmulator, http: Http, persons: int) -> Tuple[int, int]:
    http.put("/largepersongroups/g", {"name": "g"})
    pids = [http.post("/largepersongroups/g/persons", {"name": f"p{i}"}).json()["personId"] for i in range(persons)]
    for pid in pids[:: max(1, persons // 20)]:
        http.post(f"/largepersongroups/g/persons/{pid}/persistedfaces", data=IMAGE)
    before = _changes(emu)
    assert http.post(f"/largepersongroups/g/persons/{pids[0]}/persistedfaces", data=IMAGE).status == 200
    after_add = _changes(emu)
    assert http.detect(IMAGE).status == 200
    return after_add - before, _changes(emu) - after_add


def test_a_write_costs_the_same_rows_whatever_is_stored(tmp_path):
    costs = []
    for persons in (5, 400):
        with FaceEmulator(data_dir=str(tmp_path / str(persons))) as emu:
            costs.append(_rows_written_by_an_add_face(emu, Http(emu), persons))
    assert costs[0] == costs[1]
    add_face_rows, detect_rows = costs[0]
    assert add_face_rows <= 3  # the face, its person, the group record
    assert detect_rows == 1  # the faceId


def test_every_entity_is_its_own_row_and_extra_fields_survive(tmp_path):
    with FaceEmulator(data_dir=str(tmp_path)) as emu:
        http = Http(emu)
        http.put("/largepersongroups/g", {"name": "g"})
        pid = http.post("/largepersongroups/g/persons", {"name": "p"}).json()["personId"]
        fid = http.post(f"/largepersongroups/g/persons/{pid}/persistedfaces", data=IMAGE).json()["persistedFaceId"]
        # A field another part of the emulator adds to a face record (an engine's embedding, say) ...
        with emu.store.lock:
            dict.__getitem__(emu.store.collections["largepersongroups"]["g"]["faces"], fid)["embedding"] = [0.25, 0.5]
        # ... is written with the record the next time a request changes it.
        assert http.patch(f"/largepersongroups/g/persons/{pid}/persistedfaces/{fid}", {"userData": "u"}).status == 200
    rows = sqlite3.connect(str(tmp_path / "face-emulator.sqlite3")).execute("SELECT ns, key FROM kv").fetchall()
    assert ("person", f"largepersongroups/g/{pid}") in rows and ("pface", f"largepersongroups/g/{fid}") in rows
    with FaceEmulator(data_dir=str(tmp_path)) as emu:
        face = emu.store.collections["largepersongroups"]["g"]["faces"][fid]
        assert face["embedding"] == [0.25, 0.5] and face["userData"] == "u"
        assert Http(emu).get(f"/largepersongroups/g/persons/{pid}").json()["persistedFaceIds"] == [fid]


def test_deleting_a_group_deletes_its_rows(tmp_path):
    with FaceEmulator(data_dir=str(tmp_path), training_seconds=0) as emu:
        http = Http(emu)
        http.put("/largepersongroups/g", {"name": "g"})
        pid = http.post("/largepersongroups/g/persons", {"name": "p"}).json()["personId"]
        http.post(f"/largepersongroups/g/persons/{pid}/persistedfaces", data=IMAGE)
        assert http.post("/largepersongroups/g/train").status == 202
        assert http.get("/largepersongroups/g/training").json()["status"] == "succeeded"
        before = {ns for (ns,) in emu.store._db.execute("SELECT ns FROM kv")}  # type: ignore[union-attr]
        assert {"collection", "person", "pface", "snapshot"} <= before
        assert http.delete("/largepersongroups/g").status == 200
    rows = sqlite3.connect(str(tmp_path / "face-emulator.sqlite3")).execute("SELECT ns FROM kv").fetchall()
    assert sorted({ns for (ns,) in rows}) == ["operation"]  # operations outlive their group, as in the service


def test_a_second_emulator_on_the_same_data_dir_refuses_to_start(tmp_path):
    with FaceEmulator(data_dir=str(tmp_path)) as first:
        Http(first).put("/facelists/kept", {"name": "kept"})
        with pytest.raises(DataDirInUse, match="in use by another emulator"):
            FaceEmulator(data_dir=str(tmp_path))
        proc = subprocess.run(
            [sys.executable, "-m", "azure.ai.vision.face.emulator", "--data-dir", str(tmp_path)],
            cwd=REPO, capture_output=True, text=True, timeout=30,
        )
        assert proc.returncode == 2 and "in use by another emulator" in proc.stderr and proc.stdout == ""
        assert Http(first).get("/facelists").json()[0]["faceListId"] == "kept"
    with FaceEmulator(data_dir=str(tmp_path)) as again:  # free once the first has closed
        assert Http(again).get("/facelists").json()[0]["faceListId"] == "kept"


def test_a_database_from_before_one_row_per_entity_still_loads(tmp_path):
    db = sqlite3.connect(str(tmp_path / "face-emulator.sqlite3"))
    db.execute("CREATE TABLE kv (ns TEXT NOT NULL, key TEXT NOT NULL, value BLOB, PRIMARY KEY (ns, key))")
    pid, fid = "11111111-1111-1111-1111-111111111111", "22222222-2222-2222-2222-222222222222"
    record = {
        "id": "old", "name": "old", "userData": None, "recognitionModel": "recognition_01", "createdDateTime": 1.0,
        "persons": {pid: {"personId": pid, "name": "p", "userData": None, "persistedFaceIds": [fid]}},
        "faces": {fid: {"persistedFaceId": fid, "userData": None, "identity": "x", "personId": pid,
                        "faceRectangle": {"top": 1, "left": 1, "width": 50, "height": 50},
                        "detectionModel": "detection_01"}},
        "training": None, "trained": None,
    }
    db.execute("INSERT INTO kv VALUES ('collection', 'largepersongroups/old', ?)", (json.dumps(record),))
    db.commit()
    db.close()
    with FaceEmulator(data_dir=str(tmp_path)) as emu:
        assert Http(emu).get(f"/largepersongroups/old/persons/{pid}").json()["persistedFaceIds"] == [fid]
    rows = sqlite3.connect(str(tmp_path / "face-emulator.sqlite3")).execute("SELECT ns, key FROM kv").fetchall()
    assert ("pface", f"largepersongroups/old/{fid}") in rows and ("person", f"largepersongroups/old/{pid}") in rows


# --------------------------------------------------------------------------- kill -9 under concurrent writes


class _Ledger:
    """What the emulator acknowledged, per kind of write."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.faces: Dict[str, Set[str]] = {}  # personId -> acknowledged persistedFaceIds
        self.live_persons: Set[str] = set()  # created and not (acknowledged) deleted
        self.deleted_persons: Set[str] = set()
        self.blobs: Dict[str, bytes] = {}
        self.face_ids: List[str] = []


def _worker(http: Http, role: str, index: int, ledger: _Ledger, stop: threading.Event) -> None:
    rng = random.Random(index)
    n = 0
    while not stop.is_set():
        n += 1
        try:
            if role == "faces":
                pid = http.post("/largepersongroups/g/persons", {"name": f"w{index}-{n}"})
                if pid.status != 200:
                    continue
                person = pid.json()["personId"]
                with ledger.lock:
                    ledger.live_persons.add(person)
                for _ in range(3):
                    r = http.post(f"/largepersongroups/g/persons/{person}/persistedfaces", data=IMAGE)
                    if r.status == 200:
                        with ledger.lock:
                            ledger.faces.setdefault(person, set()).add(r.json()["persistedFaceId"])
            elif role == "churn":
                r = http.post("/largepersongroups/g/persons", {"name": f"c{index}-{n}"})
                if r.status == 200:
                    person = r.json()["personId"]
                    with ledger.lock:
                        ledger.live_persons.add(person)
                    if rng.random() < 0.5 and http.delete(f"/largepersongroups/g/persons/{person}").status == 200:
                        with ledger.lock:
                            ledger.live_persons.discard(person)
                            ledger.deleted_persons.add(person)
            elif role == "blobs":
                name, data = f"b{index}-{n}", os.urandom(rng.randint(10, 4000))
                r = http.call("PUT", f"/_emulator/blobs/{name}", data=data, absolute=True)
                if r.status == 201:
                    with ledger.lock:
                        ledger.blobs[name] = data
            else:
                r = http.detect(IMAGE)
                if r.status == 200:
                    with ledger.lock:
                        ledger.face_ids.append(r.json()[0]["faceId"])
        except (OSError, HTTPException, ValueError):
            return  # the emulator was killed mid-request: that request was never acknowledged


def test_kill_9_under_concurrent_writes_loses_nothing_acknowledged(tmp_path):
    proc = subprocess.Popen(
        [sys.executable, "-m", "azure.ai.vision.face.emulator", "--data-dir", str(tmp_path), "--key", "k"],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        match = re.search(r"http://127\.0\.0\.1:(\d+) ", line)
        assert match, line
        port = int(match.group(1))

        class _End:
            def __init__(self) -> None:
                self.port, self.key = port, "k"

        http = Http(_End())
        assert http.put("/largepersongroups/g", {"name": "g"}).status == 200
        ledger, stop = _Ledger(), threading.Event()
        roles = ["faces"] * 3 + ["churn"] * 2 + ["blobs"] * 1 + ["detect"] * 2
        threads = [threading.Thread(target=_worker, args=(http, role, i, ledger, stop), daemon=True)
                   for i, role in enumerate(roles)]
        for t in threads:
            t.start()
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:  # until enough was acknowledged (bounded in time, too)
            with ledger.lock:
                if sum(map(len, ledger.faces.values())) >= 40 and len(ledger.blobs) >= 10 and ledger.deleted_persons:
                    break
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)  # mid-flight: the workers are still writing
        proc.wait(10)
        stop.set()
        for t in threads:
            t.join(10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
        if proc.stdout:
            proc.stdout.close()
    assert sum(map(len, ledger.faces.values())) >= 40, "too little was written before the kill to prove anything"
    with FaceEmulator(data_dir=str(tmp_path)) as emu:
        group = emu.store.collections["largepersongroups"]["g"]
        persons, faces = dict(group["persons"]), dict(group["faces"])
        for person in ledger.live_persons:
            assert person in persons, "an acknowledged person was lost"
        for person in ledger.deleted_persons:
            assert person not in persons, "an acknowledged delete was lost"
        for person, fids in ledger.faces.items():
            for fid in fids:
                assert fid in faces and fid in persons[person]["persistedFaceIds"], "an acknowledged face was lost"
        for name, data in ledger.blobs.items():
            assert emu.store.blobs.get(name) == data, "an acknowledged blob was lost"
        for fid in ledger.face_ids:
            assert fid in emu.store.faces, "an acknowledged faceId was lost"
        # Nothing half-written either: every face belongs to a stored person that lists it.
        for fid, face in faces.items():
            assert fid in persons[face["personId"]]["persistedFaceIds"]
