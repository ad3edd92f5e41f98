# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Authenticate a FaceClient with an API key, and with a Microsoft Entra ID token credential.

* ``AzureKeyCredential`` sends the resource key in the ``Ocp-Apim-Subscription-Key`` header. Simple; best kept for
  development and tests.
* A token credential such as ``azure.identity.DefaultAzureCredential`` sends ``Authorization: Bearer <token>``.
  Recommended in production. It needs ``pip install azure-identity``, a custom-subdomain endpoint
  (``https://<name>.cognitiveservices.azure.com/``; regional endpoints do not accept tokens) and the
  "Cognitive Services User" role for the identity (for a service principal: AZURE_CLIENT_ID, AZURE_TENANT_ID and
  AZURE_CLIENT_SECRET in the environment).

USAGE:
    python samples/sample_authentication.py

    Offline there is no Microsoft Entra ID to get a token from, so the token half uses a fixed token that the
    local Face emulator was told to accept: the same code path as DefaultAzureCredential minus the token
    acquisition. Against Azure set FACE_ENDPOINT and FACE_APIKEY (and FACE_SAMPLE_IMAGES); the token half then
    uses DefaultAzureCredential for real.
"""
import sys
import time
from typing import Any

from azure.core.credentials import AccessToken, AzureKeyCredential
from azure.core.exceptions import ClientAuthenticationError, ServiceRequestError

from azure.ai.vision.face import FaceClient

from _shared import FaceService, face_service

EMULATOR_TOKEN = "sample-token-accepted-by-the-emulator"


class FixedTokenCredential:
    """A token credential that always returns the same token (only sensible against the emulator)."""

    def __init__(self, token: str) -> None:
        self._token = token

    def get_token(self, *scopes: str, **kwargs: Any) -> AccessToken:
        return AccessToken(self._token, int(time.time()) + 3600)


def count_faces(face_client: FaceClient, image: bytes, **kwargs: Any) -> int:
    # Models can be given as enum members or as their string values.
    faces = face_client.detect(image, detection_model="detection_03", recognition_model="recognition_04",
                               return_face_id=False, **kwargs)
    return len(faces)


def with_key(service: FaceService, image: bytes) -> None:
    credential = AzureKeyCredential(service.key)
    with FaceClient(endpoint=service.endpoint, credential=credential) as face_client:
        print("AzureKeyCredential: detected {} face(s).".format(count_faces(face_client, image)))


def with_token(service: FaceService, image: bytes) -> None:
    if not service.is_emulator:
        try:
            from azure.identity import DefaultAzureCredential
        except ImportError:
            print("DefaultAzureCredential: skipped, run 'pip install azure-identity' first.")
            return
        with DefaultAzureCredential() as credential, FaceClient(service.endpoint, credential) as face_client:
            try:
                print("DefaultAzureCredential: detected {} face(s).".format(count_faces(face_client, image)))
            except (ClientAuthenticationError, ServiceRequestError) as error:
                sys.exit("DefaultAzureCredential failed: {}\nIt needs an https custom-subdomain endpoint, an identity "
                         "it can find (AZURE_CLIENT_ID/AZURE_TENANT_ID/AZURE_CLIENT_SECRET, a managed identity or "
                         "'az login') and the 'Cognitive Services User' role on the resource.".format(error))
        return
    print("Offline, DefaultAzureCredential has no Microsoft Entra ID to ask for a token, and the emulator listens on "
          "plain http. Using a fixed bearer token the emulator accepts instead.")
    with FaceClient(service.endpoint, FixedTokenCredential(EMULATOR_TOKEN)) as face_client:
        # azure-core refuses to send a bearer token over http unless told otherwise for the call. Only do this for
        # a loopback emulator: real endpoints are https and need no such flag.
        found = count_faces(face_client, image, enforce_https=False)
        print("Token credential: detected {} face(s).".format(found))


def main() -> None:
    with face_service(bearer_tokens=[EMULATOR_TOKEN]) as service:
        image = service.image("detection")
        with_key(service, image)
        with_token(service, image)


if __name__ == "__main__":
    main()
