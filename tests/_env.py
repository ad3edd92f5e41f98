"""The environment of a test's Python subprocess: it must import the same ``azure.ai.vision.face`` as the test."""
import os
import pathlib
from typing import Dict

import azure.ai.vision.face


def package_env(**extra: str) -> Dict[str, str]:
    """``os.environ`` with the folder this package was imported from put first on ``PYTHONPATH``.

    That folder is the repository root in a development run, site-packages in a run against the installed wheel.
    """
    home = str(pathlib.Path(azure.ai.vision.face.__file__).resolve().parents[4])
    env = dict(os.environ, **extra)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [home, os.environ.get("PYTHONPATH")]))
    return env
