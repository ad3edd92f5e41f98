"""Emulator state: collections, persons, persisted faces, transient faceIds, operations, liveness sessions.

State lives in dictionaries guarded by one re-entrant lock, held only while a request reads or changes state.
Every entity map is a :class:`Rows` dictionary that notes which entries a request wrote, deleted or (while
the request may write) looked up.  With ``data_dir`` the store mirrors each entity into one row of an SQLite
database in WAL mode, and :meth:`Store.commit` (called once per request, before the response leaves) writes
exactly the rows the request touched, so a write costs the same whatever else is stored.  Each row holds the
entity's whole record as JSON, so fields added to a record elsewhere (an engine's embedding, say) persist
too.  A lock file keeps a second emulator off the same ``data_dir``.

Training is evaluated lazily: :meth:`Store.advance` (called before every request) moves unfinished operations
from ``notStarted`` to ``running`` to their final state by the wall clock, so no timer threads are needed.
"""

from __future__ import annotations

import heapq
import json
import os
import sqlite3
import threading
import sys
from typing import Any, Callable, Dict, Generic, List, Optional, Set, Tuple, TypeVar, Union, overload

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

DEFAULT_MAX_FACE_IDS = 100_000

DB_FILE = "face-emulator.sqlite3"
LOCK_FILE = "face-emulator.lock"

# Parts of a collection record kept in rows of their own (they grow with the collection).
_NESTED = ("persons", "faces")
_SNAPSHOTS = ("trained", "_pendingSnapshot")
_BINARY = ("session_image", "blob")

RowKey = Tuple[str, str]
V = TypeVar("V")
T = TypeVar("T")


class DataDirInUse(RuntimeError):
    """Another emulator process already serves the ``data_dir``."""


class Rows(Dict[str, V], Generic[V]):
    """A dict of entities that tells its :class:`Store` which rows a request changed.

    Writes and deletes are always noted; look-ups (``[]``, ``get``) are noted while the store tracks reads,
    i.e. during requests that may change the record they looked up in place.
    """

    __slots__ = ("_store", "_ns", "_prefix", "_reads")

    def __init__(self, store: "Store", ns: str, prefix: str = "") -> None:
        super().__init__()
        self._store: Store = store
        self._ns = ns
        self._prefix = prefix
        # Records changed in place after a look-up; faceIds, operations and images never are (operations
        # change only in this module, which notes them itself).
        self._reads = ns in ("collection", "person", "pface", "session")

    def _row(self, key: str) -> RowKey:
        return (self._ns, self._prefix + key)

    def __getitem__(self, key: str) -> V:
        value: V = dict.__getitem__(self, key)
        if self._reads and self._store.tracking_reads:
            self._store._dirty[self._row(key)] = (self, key)
        return value

    @overload
    def get(self, key: str, default: None = None, /) -> Optional[V]: ...

    @overload
    def get(self, key: str, default: V, /) -> V: ...

    @overload
    def get(self, key: str, default: T, /) -> Union[V, T]: ...

    def get(self, key: str, default: Any = None, /) -> Any:
        if key not in self:
            return default
        return self[key]

    def __setitem__(self, key: str, value: V) -> None:
        if self._ns == "collection" and isinstance(value, dict):
            self._store._adopt(self._prefix + key, value)
        dict.__setitem__(self, key, value)
        self._store._dirty[self._row(key)] = (self, key)

    def __delitem__(self, key: str) -> None:
        dict.__delitem__(self, key)
        self._store._dirty[self._row(key)] = None

    def pop(self, key: str, *default: Any) -> Any:
        if key in self:
            value = dict.__getitem__(self, key)
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def setdefault(self, key: str, default: Any = None, /) -> Any:
        if key not in self:
            self[key] = default
        return self[key]

    def load(self, key: str, value: V) -> None:
        """Put a record read from the database (not a change)."""
        dict.__setitem__(self, key, value)


class _Meta(Dict[str, Any]):
    """Small store-wide counters, persisted as one row."""

    def __init__(self, store: "Store") -> None:
        super().__init__()
        self._store = store

    def __setitem__(self, key: str, value: Any) -> None:
        dict.__setitem__(self, key, value)
        self._store._dirty[("meta", "meta")] = (None, "meta")


class Store:
    """The emulator's state and its optional SQLite mirror (see the module docstring)."""

    def __init__(self, data_dir: Optional[str] = None, *, max_face_ids: int = DEFAULT_MAX_FACE_IDS) -> None:
        if max_face_ids < 1:
            raise ValueError("max_face_ids must be at least 1")
        self.lock = threading.RLock()
        #: The clock training runs by (seconds since the epoch); tests may replace it to step through states.
        self.clock: Callable[[], float] = now
        self.max_face_ids = int(max_face_ids)
        self.tracking_reads = False
        self._dirty: Dict[RowKey, Optional[Tuple[Optional[Rows[Any]], str]]] = {}
        self._db: Optional[sqlite3.Connection] = None
        self._lock_fd: Optional[int] = None
        self.clear()
        if data_dir:
            os.makedirs(data_dir, exist_ok=True)
            self._lock_fd = _lock_data_dir(os.path.join(data_dir, LOCK_FILE))
            try:
                self._db = sqlite3.connect(os.path.join(data_dir, DB_FILE), check_same_thread=False)
                self._db.execute("PRAGMA journal_mode=WAL")
                # WAL + NORMAL: a committed write survives the process being killed (not a power cut).
                self._db.execute("PRAGMA synchronous=NORMAL")
                self._db.execute(
                    "CREATE TABLE IF NOT EXISTS kv (ns TEXT NOT NULL, key TEXT NOT NULL, value BLOB, "
                    "PRIMARY KEY (ns, key))"
                )
                self._db.commit()
                self._load()
            except BaseException:
                self.close()
                raise

    # ------------------------------------------------------------------ lifecycle

    def clear(self) -> None:
        """Forget all state in memory (the database is untouched; see :meth:`reset`)."""
        with self.lock:
            self.collections: Dict[str, Rows[Dict[str, Any]]] = {
                k: Rows(self, "collection", k + "/") for k in COLLECTION_KINDS
            }
            self.faces: Rows[Dict[str, Any]] = Rows(self, "face")
            self.operations: Rows[Dict[str, Any]] = Rows(self, "operation")
            self.sessions: Dict[str, Rows[Dict[str, Any]]] = {
                k: Rows(self, "session", k + "/") for k in SESSION_KINDS
            }
            self.session_images: Rows[bytes] = Rows(self, "session_image")
            self.blobs: Rows[bytes] = Rows(self, "blob")
            self.meta: Dict[str, Any] = _Meta(self)
            dict.__setitem__(self.meta, "auditCounter", 0)
            self._face_expiry: List[Tuple[float, str]] = []
            self._unfinished: Set[str] = set()
            self._snapshots_saved: Dict[str, Tuple[Any, Any]] = {}
            self._dirty.clear()

    def reset(self) -> None:
        """Drop all state, in memory and in the database."""
        with self.lock:
            self.clear()
            if self._db is not None:
                self._db.execute("DELETE FROM kv")
                self._db.commit()

    def close(self) -> None:
        """Write what is pending and release the database and the ``data_dir`` lock."""
        with self.lock:
            if self._db is not None:
                self.commit()
                self._db.close()
                self._db = None
            if self._lock_fd is not None:
                os.close(self._lock_fd)  # closing the descriptor drops the lock
                self._lock_fd = None

    # ------------------------------------------------------------------ faceIds

    def add_face_id(self, face_id: str, record: Dict[str, Any]) -> None:
        """Keep a detected face until it expires; beyond ``max_face_ids`` the soonest to expire go first."""
        self.faces[face_id] = record
        heapq.heappush(self._face_expiry, (float(record["expires"]), face_id))
        while len(self.faces) > self.max_face_ids and self._face_expiry:
            _, oldest = heapq.heappop(self._face_expiry)
            if oldest in self.faces:
                del self.faces[oldest]

    def _purge_face_ids(self, t: float) -> None:
        heap = self._face_expiry
        while heap and heap[0][0] < t:
            _, fid = heapq.heappop(heap)
            rec = dict.get(self.faces, fid)
            if rec is not None and rec["expires"] < t:
                del self.faces[fid]

    # ------------------------------------------------------------------ persistence

    def _adopt(self, row_prefix: str, record: Dict[str, Any]) -> None:
        """Give a new collection record row-tracked maps for its persons and faces."""
        for field in _NESTED:
            inner = record.get(field)
            if isinstance(inner, dict) and not isinstance(inner, Rows):
                rows: Rows[Dict[str, Any]] = Rows(self, "person" if field == "persons" else "pface", row_prefix + "/")
                for k, v in inner.items():
                    rows[k] = v
                record[field] = rows

    def begin(self, *, track_reads: bool) -> None:
        """Start a request (under :attr:`lock`): note look-ups too when the request may change records."""
        self.tracking_reads = track_reads

    def commit(self) -> None:
        """Write the rows the current request touched in one transaction (no-op without ``data_dir``)."""
        self.tracking_reads = False
        dirty, self._dirty = self._dirty, {}
        if self._db is None or not dirty:
            return
        writes: List[Tuple[str, str, Any]] = []
        deletes: List[RowKey] = []
        dropped_collections: List[str] = []
        for (ns, key), where in dirty.items():
            if where is None:
                deletes.append((ns, key))
                if ns == "collection":
                    dropped_collections.append(key)
                continue
            container, item = where
            if ns == "meta":
                writes.append(("meta", "meta", _dumps(dict(self.meta))))
                continue
            assert container is not None
            if not dict.__contains__(container, item):
                deletes.append((ns, key))
                continue
            value = dict.__getitem__(container, item)
            if ns in _BINARY:
                writes.append((ns, key, sqlite3.Binary(value)))
            elif ns == "collection":
                writes.append((ns, key, _dumps({k: v for k, v in value.items() if k not in _NESTED + _SNAPSHOTS})))
                snapshots = (value.get("trained"), value.get("_pendingSnapshot"))
                saved = self._snapshots_saved.get(key)
                if saved is None or saved[0] is not snapshots[0] or saved[1] is not snapshots[1]:
                    self._snapshots_saved[key] = snapshots
                    writes.append(("snapshot", key, _dumps({"trained": snapshots[0], "pending": snapshots[1]})))
            else:
                writes.append((ns, key, _dumps(value)))
        db = self._db
        with db:  # one transaction
            if deletes:
                db.executemany("DELETE FROM kv WHERE ns = ? AND key = ?", deletes)
            for key in dropped_collections:
                self._snapshots_saved.pop(key, None)
                db.execute("DELETE FROM kv WHERE ns = 'snapshot' AND key = ?", (key,))
                # persons and faces of the collection: keys "kind/cid/..." ('0' follows '/').
                db.execute(
                    "DELETE FROM kv WHERE ns IN ('person', 'pface') AND key >= ? AND key < ?",
                    (key + "/", key + "0"),
                )
            if writes:
                db.executemany("INSERT OR REPLACE INTO kv (ns, key, value) VALUES (?, ?, ?)", writes)

    def _load(self) -> None:
        assert self._db is not None
        with self.lock:
            nested: List[Tuple[str, str, Any]] = []
            snapshots: Dict[str, Any] = {}
            for ns, key, value in self._db.execute("SELECT ns, key, value FROM kv ORDER BY ns, key"):
                if ns == "collection":
                    kind, _, cid = key.partition("/")
                    rec = json.loads(value)
                    rows = self.collections.get(kind)
                    if rows is None:
                        continue
                    old_format = "trained" in rec or any(f in rec for f in _NESTED)
                    legacy = {f: rec.pop(f, None) or {} for f in _NESTED}
                    for f in _NESTED:
                        rec[f] = {}
                    rec.setdefault("trained", None)
                    rows.load(cid, rec)
                    self._adopt(key, rec)
                    if old_format:
                        # a database from before one row per entity: rewrite it that way
                        self._dirty[("collection", key)] = (rows, cid)
                        for field, items in legacy.items():
                            for k, v in (items or {}).items():
                                rec[field][k] = v
                elif ns in ("person", "pface"):
                    nested.append((ns, key, json.loads(value)))
                elif ns == "snapshot":
                    snapshots[key] = json.loads(value)
                elif ns == "face":
                    self.faces.load(key, json.loads(value))
                elif ns == "operation":
                    self.operations.load(key, json.loads(value))
                elif ns == "session":
                    kind, _, sid = key.partition("/")
                    if kind in self.sessions:
                        self.sessions[kind].load(sid, json.loads(value))
                elif ns == "meta":
                    for k, v in json.loads(value).items():
                        dict.__setitem__(self.meta, k, v)
                elif ns == "session_image":
                    self.session_images.load(key, bytes(value))
                elif ns == "blob":
                    self.blobs.load(key, bytes(value))
            for ns, key, rec in nested:
                kind, _, rest = key.partition("/")
                cid, _, item = rest.partition("/")
                coll = dict.get(self.collections.get(kind, {}), cid)
                if coll is not None:
                    coll["persons" if ns == "person" else "faces"].load(item, rec)
            for key, snap in snapshots.items():
                kind, _, cid = key.partition("/")
                coll = dict.get(self.collections.get(kind, {}), cid)
                if coll is not None:
                    coll["trained"] = snap.get("trained")
                    if snap.get("pending") is not None:
                        coll["_pendingSnapshot"] = snap["pending"]
                    self._snapshots_saved[key] = (coll.get("trained"), coll.get("_pendingSnapshot"))
            self._face_expiry = [(float(rec["expires"]), fid) for fid, rec in self.faces.items()]
            heapq.heapify(self._face_expiry)
            self._unfinished = {
                oid for oid, op in self.operations.items() if op["status"] not in ("succeeded", "failed")
            }
            self.commit()  # rewrites legacy rows, if any, one per entity

    # ------------------------------------------------------------------ clock

    def advance(self, t: Optional[float] = None) -> None:
        """Progress unfinished training operations and drop expired faceIds."""
        t = self.clock() if t is None else t
        with self.lock:
            for op_id in list(self._unfinished):
                op = dict.get(self.operations, op_id)
                if op is None or op["status"] in ("succeeded", "failed"):
                    self._unfinished.discard(op_id)
                    continue
                if t >= op["_deadline"]:
                    self._finish_training(op, op["_deadline"])
                    self._unfinished.discard(op_id)
                elif t >= op["_start"] + op["_warmup"] and op["status"] == "notStarted":
                    op["status"] = "running"
                    op["lastActionTime"] = t
                    rec = self._training_target(op)
                    if rec is not None and rec.get("training", {}).get("operationId") == op["operationId"]:
                        rec["training"]["status"] = "running"
                        rec["training"]["lastActionDateTime"] = t
                else:
                    continue
                self._touch_training(op)
            self._purge_face_ids(t)

    def _touch_training(self, op: Dict[str, Any]) -> None:
        """Note an operation and its collection as changed (they were changed in place)."""
        self._dirty[("operation", op["operationId"])] = (self.operations, op["operationId"])
        kind, cid = op.get("_target", (None, None))
        rows = self.collections.get(kind or "")
        if rows is not None and cid in rows:
            self._dirty[("collection", f"{kind}/{cid}")] = (rows, cid)

    # ------------------------------------------------------------------ training

    def _training_target(self, op: Dict[str, Any]) -> Optional[Dict[str, Any]]:
        kind, cid = op.get("_target", (None, None))
        rows = self.collections.get(kind or "")
        return None if rows is None else dict.get(rows, cid or "")

    def start_training(self, kind: str, cid: str, duration: float) -> Dict[str, Any]:
        """Begin training a collection; returns the operation record."""
        t = self.clock()
        rec = self.collections[kind][cid]
        if kind in (LARGE_PERSON_GROUPS, PERSON_GROUPS):
            faces = rec["faces"]
            snapshot: Any = {
                pid: [dict.__getitem__(faces, f)["identity"] for f in person["persistedFaceIds"] if f in faces]
                for pid, person in dict.items(rec["persons"])
            }
        else:
            snapshot = {fid: face["identity"] for fid, face in dict.items(rec["faces"])}
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
        self._unfinished.add(op_id)
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
        self._touch_training(op)
        if duration <= 0:
            self._finish_training(op, t)
            self._unfinished.discard(op_id)
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
        self._touch_training(op)
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


def _dumps(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def _lock_data_dir(path: str) -> int:
    """Take an exclusive lock on ``path`` for this process's lifetime; :class:`DataDirInUse` if held."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        holder = ""
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            holder = os.read(fd, 32).decode("ascii", "replace").strip()
        except OSError:  # pragma: no cover - Windows refuses to read a locked byte
            pass
        finally:
            os.close(fd)
        owner = f" (process {holder})" if holder.isdigit() else ""
        raise DataDirInUse(
            f"The data directory '{os.path.dirname(path)}' is in use by another emulator{owner}; "
            "stop it or choose another --data-dir."
        ) from None
    if os.name != "nt":
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, str(os.getpid()).encode("ascii"))
    return fd

