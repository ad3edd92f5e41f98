// Drives the Face emulator with the official JavaScript REST client (@azure-rest/ai-vision-face).
//
// Usage: node face_flows.mjs CONFIG.json [FLOW ...]   (all flows when none is named)
// CONFIG: {"endpoint", "key", "apiVersion", "images": {"alice1", "alice2", "bob"} (file paths)}
// Prints one JSON line: {"passed": [flow names], "failed": {flow name: message}}.
// Each flow checks what the client returns; an unexpected status or shape fails the flow.

import { readFileSync } from "node:fs";
import createClient, { getLongRunningPoller, isUnexpected } from "@azure-rest/ai-vision-face";
import { AzureKeyCredential } from "@azure/core-auth";

const config = JSON.parse(readFileSync(process.argv[2], "utf8"));
const client = createClient(config.endpoint, new AzureKeyCredential(config.key), {
  apiVersion: config.apiVersion,
  allowInsecureConnection: config.endpoint.startsWith("http:"),
  retryOptions: { maxRetries: 0 },
});
const images = Object.fromEntries(Object.entries(config.images).map(([k, p]) => [k, readFileSync(p)]));
const RECOGNITION = "recognition_04";

function check(condition, message) {
  if (!condition) throw new Error(message);
}

function ok(response, what) {
  if (isUnexpected(response)) {
    throw new Error(`${what}: HTTP ${response.status} ${JSON.stringify(response.body)}`);
  }
  return response;
}

async function detect(image) {
  const response = ok(
    await client.path("/detect").post({
      contentType: "application/octet-stream",
      queryParameters: { detectionModel: "detection_03", recognitionModel: RECOGNITION, returnFaceId: true },
      body: image,
    }),
    "detect",
  );
  return response.body;
}

async function faceId(image) {
  const faces = await detect(image);
  check(faces.length === 1, `expected one face, got ${faces.length}`);
  return faces[0].faceId;
}

// Training through the client's long-running poller (it follows operation-Location).
async function trainAndWait(initial, what) {
  ok(initial, what);
  check(initial.status === "202", `${what}: expected 202, got ${initial.status}`);
  const poller = await getLongRunningPoller(client, initial, { intervalInMs: 50 });
  const final = await poller.pollUntilDone();
  check(poller.isDone(), `${what}: poller not done`);
  return final;
}

// The emulator's test-control route plays the liveness front end (there is no real device here).
async function attempt(sessionId, body = {}) {
  const response = await fetch(`${config.endpoint}/_emulator/liveness/${sessionId}/attempt`, {
    method: "POST",
    headers: { "Ocp-Apim-Subscription-Key": config.key, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  check(response.status === 200, `attempt: HTTP ${response.status}`);
  return response.json();
}

const flows = {
  async detect() {
    const faces = await detect(images.alice1);
    check(faces.length === 1 && faces[0].faceId && faces[0].faceRectangle.width > 0, "detect shape");
    check(faces[0].recognitionModel === undefined || faces[0].recognitionModel === RECOGNITION, "recognition model");
  },

  async verify() {
    const [a1, a2, b] = [await faceId(images.alice1), await faceId(images.alice2), await faceId(images.bob)];
    const same = ok(await client.path("/verify").post({ body: { faceId1: a1, faceId2: a2 } }), "verify").body;
    const other = ok(await client.path("/verify").post({ body: { faceId1: a1, faceId2: b } }), "verify").body;
    check(same.isIdentical === true && other.isIdentical === false, "verify outcome");
  },

  async findSimilar() {
    const [a1, a2, b] = [await faceId(images.alice1), await faceId(images.alice2), await faceId(images.bob)];
    const similar = ok(
      await client.path("/findsimilars").post({ body: { faceId: a1, faceIds: [a2, b], mode: "matchFace" } }),
      "findsimilars",
    ).body;
    check(similar.length >= 1 && similar[0].faceId === a2, "find similar ranks alice first");
  },

  async group() {
    const ids = [await faceId(images.alice1), await faceId(images.alice2), await faceId(images.bob)];
    const grouped = ok(await client.path("/group").post({ body: { faceIds: ids } }), "group").body;
    check(grouped.groups.length === 1 && grouped.groups[0].length === 2, "alice's two faces grouped");
    check(grouped.messyGroup.length === 1 && grouped.messyGroup[0] === ids[2], "bob in the messy group");
  },

  async largePersonGroup() {
    const id = "js-lpg";
    ok(await client.path("/largepersongroups/{largePersonGroupId}", id).put({
      body: { name: "js", recognitionModel: RECOGNITION },
    }), "create lpg");
    const person = ok(await client.path("/largepersongroups/{largePersonGroupId}/persons", id).post({
      body: { name: "alice" },
    }), "create person").body;
    ok(await client.path("/largepersongroups/{largePersonGroupId}/persons/{personId}/persistedfaces", id, person.personId).post({
      contentType: "application/octet-stream",
      queryParameters: { detectionModel: "detection_03" },
      body: images.alice1,
    }), "add face");
    await trainAndWait(await client.path("/largepersongroups/{largePersonGroupId}/train", id).post(), "train lpg");
    const status = ok(await client.path("/largepersongroups/{largePersonGroupId}/training", id).get(), "training").body;
    check(status.status === "succeeded", `training status ${status.status}`);
    const identified = ok(await client.path("/identify").post({
      body: { faceIds: [await faceId(images.alice2)], largePersonGroupId: id },
    }), "identify").body;
    check(identified[0].candidates[0].personId === person.personId, "identify finds alice");
    const verified = ok(await client.path("/verify").post({
      body: { faceId: await faceId(images.alice2), personId: person.personId, largePersonGroupId: id },
    }), "verify lpg").body;
    check(verified.isIdentical === true, "verify against the large person group");
    ok(await client.path("/largepersongroups/{largePersonGroupId}", id).delete(), "delete lpg");
  },

  async largeFaceList() {
    const id = "js-lfl";
    ok(await client.path("/largefacelists/{largeFaceListId}", id).put({
      body: { name: "js", recognitionModel: RECOGNITION },
    }), "create lfl");
    const added = ok(await client.path("/largefacelists/{largeFaceListId}/persistedfaces", id).post({
      contentType: "application/octet-stream",
      queryParameters: { detectionModel: "detection_03", userData: "first" },
      body: images.alice1,
    }), "add face").body;
    await trainAndWait(await client.path("/largefacelists/{largeFaceListId}/train", id).post(), "train lfl");
    const similar = ok(await client.path("/findsimilars").post({
      body: { faceId: await faceId(images.alice2), largeFaceListId: id },
    }), "find similar").body;
    check(similar[0].persistedFaceId === added.persistedFaceId, "find similar in the large face list");
    const faces = ok(await client.path("/largefacelists/{largeFaceListId}/persistedfaces", id).get(), "list faces").body;
    check(faces.length === 1 && faces[0].userData === "first", "large face list faces");
    ok(await client.path("/largefacelists/{largeFaceListId}", id).delete(), "delete lfl");
  },

  async personGroup() {
    const id = "js-pg";
    ok(await client.path("/persongroups/{personGroupId}", id).put({
      body: { name: "js", recognitionModel: RECOGNITION },
    }), "create pg");
    const person = ok(await client.path("/persongroups/{personGroupId}/persons", id).post({
      body: { name: "alice" },
    }), "create person").body;
    ok(await client.path("/persongroups/{personGroupId}/persons/{personId}/persistedfaces", id, person.personId).post({
      contentType: "application/octet-stream",
      queryParameters: { detectionModel: "detection_03" },
      body: images.alice1,
    }), "add face");
    await trainAndWait(await client.path("/persongroups/{personGroupId}/train", id).post(), "train pg");
    const identified = ok(await client.path("/identify").post({
      body: { faceIds: [await faceId(images.alice2)], personGroupId: id },
    }), "identify").body;
    check(identified[0].candidates[0].personId === person.personId, "identify in the person group");
    ok(await client.path("/persongroups/{personGroupId}", id).delete(), "delete pg");
  },

  async faceList() {
    const id = "js-fl";
    ok(await client.path("/facelists/{faceListId}", id).put({
      body: { name: "js", recognitionModel: RECOGNITION },
    }), "create fl");
    const added = ok(await client.path("/facelists/{faceListId}/persistedfaces", id).post({
      contentType: "application/octet-stream",
      queryParameters: { detectionModel: "detection_03" },
      body: images.alice1,
    }), "add face").body;
    const similar = ok(await client.path("/findsimilars").post({
      body: { faceId: await faceId(images.alice2), faceListId: id },
    }), "find similar").body;
    check(similar[0].persistedFaceId === added.persistedFaceId, "find similar in the face list");
    const list = ok(await client.path("/facelists/{faceListId}", id).get(), "get fl").body;
    check(list.persistedFaces.length === 1, "face list faces");
    ok(await client.path("/facelists/{faceListId}", id).delete(), "delete fl");
  },

  async livenessSession() {
    const created = ok(await client.path("/detectLiveness-sessions").post({
      body: { livenessOperationMode: "PassiveActive", deviceCorrelationId: "js-device", enableSessionImage: true },
    }), "create session").body;
    check(created.status === "NotStarted" && created.authToken && created.results.attempts.length === 0, "created");
    const played = await attempt(created.sessionId, { decision: "realface" });
    const session = ok(await client.path("/detectLiveness-sessions/{sessionId}", created.sessionId).get(), "get").body;
    check(session.status === "Succeeded", `status ${session.status}`);
    const result = session.results.attempts[0].result;
    check(result.livenessDecision === "realface" && result.sessionImageId === played.result.sessionImageId, "result");
    const image = ok(await client.path("/sessionImages/{sessionImageId}", result.sessionImageId).get(), "session image");
    check(image.body.length > 0, "session image bytes");
    const fromImage = ok(await client.path("/detect").post({
      queryParameters: { detectionModel: "detection_03", recognitionModel: RECOGNITION, returnFaceId: true },
      body: { sessionImageId: result.sessionImageId },
    }), "detect from session image").body;
    check(fromImage.length === 1, "a face in the session image");
    const deleted = ok(await client.path("/detectLiveness-sessions/{sessionId}", created.sessionId).delete(), "delete");
    check(deleted.status === "204", `delete status ${deleted.status}`);
    const gone = await client.path("/detectLiveness-sessions/{sessionId}", created.sessionId).get();
    check(isUnexpected(gone) && gone.status === "404", "deleted session is gone");
  },

  async livenessWithVerifySession() {
    const created = ok(await client.path("/detectLivenessWithVerify-sessions").post({
      contentType: "multipart/form-data",
      body: [
        { name: "livenessOperationMode", body: "Passive" },
        { name: "deviceCorrelationId", body: "js-device" },
        { name: "returnVerifyImageHash", body: true },
        { name: "verifyConfidenceThreshold", body: 0.5 },
        { name: "verifyImage", body: images.alice1, filename: "alice.png", contentType: "application/octet-stream" },
      ],
    }), "create verify session").body;
    check(created.results.verifyReferences.length === 1, "verify reference");
    check(created.results.verifyReferences[0].qualityForRecognition === "high", "reference quality");
    await attempt(created.sessionId, { decision: "realface", verifyMatch: true });
    const session = ok(
      await client.path("/detectLivenessWithVerify-sessions/{sessionId}", created.sessionId).get(),
      "get verify session",
    ).body;
    const result = session.results.attempts[0].result;
    check(session.status === "Succeeded" && result.verifyResult.isIdentical === true, "verify outcome");
    check(typeof result.verifyImageHash === "string" && result.sessionImageId === undefined, "hash, no image");
    const deleted = ok(
      await client.path("/detectLivenessWithVerify-sessions/{sessionId}", created.sessionId).delete(),
      "delete verify session",
    );
    check(deleted.status === "204", `delete status ${deleted.status}`);
  },
};

const passed = [];
const failed = {};
const wanted = process.argv.slice(3);
for (const [name, flow] of Object.entries(flows)) {
  if (wanted.length && !wanted.includes(name)) continue;
  try {
    await flow();
    passed.push(name);
  } catch (error) {
    failed[name] = String(error && error.stack ? error.stack : error);
  }
}
console.log(JSON.stringify({ passed, failed }));
