"""Emulator state: collections, transient faces, operations, liveness sessions.

State lives in plain dictionaries guarded by one re-entrant lock (the HTTP layer
holds it while a request is handled).  With ``data_dir`` the state is mirrored
into an SQLite database (stdlib :mod:`sqlite3`) after every mutating request,
and loaded back on start, so it survives restarts.

Training is evaluated lazily: :meth:`Store.advance` (called before every
request) moves operations from ``notStarted`` to ``running`` to their final
state according to the wall clock, so no timer threads are needed.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from typing import Any, Dict, Iterator, List, Optional, Tuple

from ._util import new_id, now

# Collection kinds (also the URL segment names).
LARGE_PERSON_GROUPS = "largepersongroups"
PERSON_GROUPS = "persongroups"
LARGE_FACE_LISTS = "largefacelists"
FACE_LISTS = "facelists"
COLLECTION_KINDS = (LARGE_PERSON_GROUPS, PERSON_GROUPS, LARGE_FACE_LISTS, FACE_LISTS)

# Liveness session kinds.
LIVENESS = "detectLiveness"
LIVENESS_WITH_VERIFY = "detectLivenessWithVerify"
SESSION_KINDS = (LIVENESS, LIVENESS_WITH_VERIFY)

FAIL_TRAINING_MARKER = "emulator:fail-training"

_JSON_NAMESPACES = ("collection", "face", "operation", "session", "meta")
_BINARY_NAMESPACES = ("session_image", "blob")


class Store:
    def __init__(self, data_dir: Optional[str] = None) -> None:
        self.lock = threading.RLock()
        self._db: Optional[sqlite3.Connection] = None
        self._saved: Dict[Tuple[str, str], str] = {}
        self._last_purge = 0.0
        self.clear()
        if data_dir:
            os.makedirs(data_dir, exist_ok=True)
            self._db = sqlite3.connect(os.path.join(data_dir, "face-emulator.sqlite3"), check_same_thread=False)
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS kv (ns TEXT NOT NULL, key TEXT NOT NULL, value BLOB, PRIMARY KEY (ns, key))"
            )
            self._db.commit()
            self._load()

    # ------------------------------------------------------------------ lifecycle

    def clear(self) -> None:
        with self.lock:
            self.collections: Dict[str, Dict[str, Dict[str, Any]]] = {k: {} for k in COLLECTION_KINDS}
            self.faces: Dict[str, Dict[str, Any]] = {}
            self.operations: Dict[str, Dict[str, Any]] = {}
            self.sessions: Dict[str, Dict[str, Dict[str, Any]]] = {k: {} for k in SESSION_KINDS}
            self.session_images: Dict[str, bytes] = {}
            self.blobs: Dict[str, bytes] = {}
            self.meta: Dict[str, Any] = {"auditCounter": 0}

    def reset(self) -> None:
        with self.lock:
            self.clear()
            if self._db is not None:
                self._db.execute("DELETE FROM kv")
                self._db.commit()
                self._saved.clear()

    def close(self) -> None:
        with self.lock:
            if self._db is not None:
                self.save()
                self._db.close()
                self._db = None

    # ------------------------------------------------------------------ persistence

    def _rows(self) -> Iterator[Tuple[str, str, Any]]:
        for kind, items in self.collections.items():
            for cid, rec in items.items():
                yield "collection", f"{kind}/{cid}", rec
        for fid, rec in self.faces.items():
            yield "face", fid, rec
        for oid, rec in self.operations.items():
            yield "operation", oid, rec
        for kind, items in self.sessions.items():
            for sid, rec in items.items():
                yield "session", f"{kind}/{sid}", rec
        yield "meta", "meta", self.meta
        for iid, data in self.session_images.items():
            yield "session_image", iid, data
        for name, data in self.blobs.items():
            yield "blob", name, data

    def save(self) -> None:
        """Write changed rows to SQLite (no-op without ``data_dir``)."""
        if self._db is None:
            return
        with self.lock:
            current: Dict[Tuple[str, str], str] = {}
            writes: List[Tuple[str, str, Any]] = []
            for ns, key, value in self._rows():
                if ns in _BINARY_NAMESPACES:
                    # Stored images never change in place: only presence matters.
                    current[(ns, key)] = "binary"
                    if (ns, key) not in self._saved:
                        writes.append((ns, key, sqlite3.Binary(value)))
                else:
                    text = json.dumps(value, sort_keys=True, separators=(",", ":"))
                    current[(ns, key)] = text
                    if self._saved.get((ns, key)) != text:
                        writes.append((ns, key, text))
            deletes = [k for k in self._saved if k not in current]
            if writes:
                self._db.executemany("INSERT OR REPLACE INTO kv (ns, key, value) VALUES (?, ?, ?)", writes)
            if deletes:
                self._db.executemany("DELETE FROM kv WHERE ns = ? AND key = ?", deletes)
            if writes or deletes:
                self._db.commit()
            self._saved = current

    def _load(self) -> None:
        assert self._db is not None
        with self.lock:
            for ns, key, value in self._db.execute("SELECT ns, key, value FROM kv"):
                if ns == "collection":
                    kind, _, cid = key.partition("/")
                    self.collections.setdefault(kind, {})[cid] = json.loads(value)
                elif ns == "face":
                    self.faces[key] = json.loads(value)
                elif ns == "operation":
                    self.operations[key] = json.loads(value)
                elif ns == "session":
                    kind, _, sid = key.partition("/")
                    self.sessions.setdefault(kind, {})[sid] = json.loads(value)
                elif ns == "meta":
                    self.meta.update(json.loads(value))
                elif ns == "session_image":
                    self.session_images[key] = bytes(value)
                elif ns == "blob":
                    self.blobs[key] = bytes(value)
            self._saved = {}
            self.save()

    # ------------------------------------------------------------------ clock

    def advance(self, t: Optional[float] = None) -> None:
        """Progress training operations and purge expired faceIds."""
        t = now() if t is None else t
        with self.lock:
            for op in self.operations.values():
                if op["status"] in ("succeeded", "failed"):
                    continue
                if t >= op["_deadline"]:
                    self._finish_training(op, op["_deadline"])
                elif t >= op["_start"] + op["_warmup"] and op["status"] == "notStarted":
                    op["status"] = "running"
                    op["lastActionTime"] = t
                    rec = self._training_target(op)
                    if rec is not None and rec.get("training", {}).get("operationId") == op["operationId"]:
                        rec["training"]["status"] = "running"
                        rec["training"]["lastActionDateTime"] = t
            if t - self._last_purge > 30:
                self._last_purge = t
                for fid in [f for f, rec in self.faces.items() if rec["expires"] < t]:
                    del self.faces[fid]

    # ------------------------------------------------------------------ training

    def _training_target(self, op: Dict[str, Any]) -> Optional[Dict[str, Any]]:
        kind, cid = op.get("_target", (None, None))
        return self.collections.get(kind or "", {}).get(cid or "")

    def start_training(self, kind: str, cid: str, duration: float) -> Dict[str, Any]:
        """Begin training a collection; returns the operation record."""
        t = now()
        rec = self.collections[kind][cid]
        if kind in (LARGE_PERSON_GROUPS, PERSON_GROUPS):
            snapshot: Any = {
                pid: [rec["faces"][f]["identity"] for f in person["persistedFaceIds"] if f in rec["faces"]]
                for pid, person in rec["persons"].items()
            }
        else:
            snapshot = {fid: face["identity"] for fid, face in rec["faces"].items()}
        fail = FAIL_TRAINING_MARKER in (rec.get("userData") or "")
        op_id = new_id()
        op = {
            "operationId": op_id,
            "status": "notStarted",
            "createdTime": t,
            "lastActionTime": t,
            "finishedTime": None,
            "message": None,
            "_start": t,
            "_warmup": duration * 0.2,
            "_deadline": t + duration,
            "_target": [kind, cid],
            "_fail": fail,
        }
        self.operations[op_id] = op
        previous = rec.get("training") or {}
        rec["training"] = {
            "status": "notStarted",
            "createdDateTime": t,
            "lastActionDateTime": t,
            "lastSuccessfulTrainingDateTime": previous.get("lastSuccessfulTrainingDateTime"),
            "message": None,
            "operationId": op_id,
        }
        rec["_pendingSnapshot"] = snapshot
        if duration <= 0:
            self._finish_training(op, t)
        return op

    def _finish_training(self, op: Dict[str, Any], t: float) -> None:
        rec = self._training_target(op)
        if op["_fail"]:
            op["status"] = "failed"
            op["message"] = (
                f"Training failed (emulated): the collection's userData contains '{FAIL_TRAINING_MARKER}'."
            )
        else:
            op["status"] = "succeeded"
        op["lastActionTime"] = t
        op["finishedTime"] = t
        if rec is None or rec.get("training", {}).get("operationId") != op["operationId"]:
            return
        training = rec["training"]
        training["status"] = op["status"]
        training["lastActionDateTime"] = t
        training["message"] = op["message"]
        if op["status"] == "succeeded":
            training["lastSuccessfulTrainingDateTime"] = t
            rec["trained"] = rec.pop("_pendingSnapshot", {})
        else:
            rec.pop("_pendingSnapshot", None)
