# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Module attributes that load on first use (PEP 562), so importing a package costs only what is used."""
import importlib
from typing import Any, Callable, Dict, List, Mapping, Tuple


def lazy_attributes(
    namespace: Dict[str, Any], sources: Mapping[str, str]
) -> Tuple[Callable[[str], Any], Callable[[], List[str]]]:
    """Return a module's ``__getattr__`` and ``__dir__`` serving each name of ``sources`` from its module.

    :param namespace: The package's ``globals()``; a loaded name is stored there, so later reads are plain lookups.
    :param sources: Maps each public name to the absolute name of the module that defines it.
    :return: The ``__getattr__`` and ``__dir__`` functions to assign in the package.
    """
    package = namespace["__name__"]

    def __getattr__(name: str) -> Any:
        source = sources.get(name)
        if source is None:
            raise AttributeError("module {!r} has no attribute {!r}".format(package, name))
        value = getattr(importlib.import_module(source), name)
        namespace[name] = value
        return value

    def __dir__() -> List[str]:
        return sorted(set(namespace) | set(sources))

    return __getattr__, __dir__
