# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Record the published package's model behaviour as fixtures (needs the PUBLISHED package; never imported).

The published ``azure-ai-vision-face==1.0.0b2`` is observed strictly as a black box, from a throwaway
environment that does not see this repository::

    python -m venv /tmp/pub && /tmp/pub/bin/pip install azure-ai-vision-face==1.0.0b2
    /tmp/pub/bin/python tests/models/record.py      # writes tests/models/fixtures/published.json

It replays ``observe.observe`` on the payloads of ``fixtures/samples.json`` and a few datetime scenarios.
"""
import datetime
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if pathlib.Path(p or ".").resolve() not in (HERE, HERE.parent.parent)]
sys.path.insert(0, str(HERE))

import observe  # noqa: E402  pylint: disable=wrong-import-position
import scenarios  # noqa: E402  pylint: disable=wrong-import-position
from azure.ai.vision.face import _model_base, models  # noqa: E402  pylint: disable=wrong-import-position


def main() -> None:
    assert "site-packages" in models.__file__, "run this with the published package, not the repository"
    samples = json.loads((HERE / "fixtures" / "samples.json").read_text())
    result = observe.observe(models, _model_base, samples)
    result.update(scenarios.run(models, _model_base, observe.attempt))
    (HERE / "fixtures" / "published.json").write_text(json.dumps(result, indent=0, sort_keys=True) + "\n")
    print(len(result), "observations")


if __name__ == "__main__":
    main()
