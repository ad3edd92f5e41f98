"""What tests need of their environment: a subprocess importing the same ``azure.ai.vision.face``, installed plugins."""
import os
import pathlib
from importlib.metadata import entry_points
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


def face_plugin_installed() -> bool:
    """Whether the package's pytest plugin (entry point ``azure_face`` of group ``pytest11``) is installed."""
    found = entry_points()
    group = found.select(group="pytest11") if hasattr(found, "select") else found.get("pytest11", ())  # Python 3.9
    return any(ep.name == "azure_face" for ep in group)
