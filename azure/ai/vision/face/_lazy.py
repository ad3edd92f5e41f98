# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
"""Packages whose public classes load on first use (PEP 562), so an import costs only what is used.

A package lists its names once, in an ``if TYPE_CHECKING:`` import block that type checkers read. At run time
``lazy_classes`` serves each public class from the first of the package's modules that defines it, and
computes ``__all__`` from those modules when it is asked for (``import *``, ``dir()``).
"""
import importlib
from typing import Any, Callable, Dict, List, Sequence, Tuple


def lazy_classes(
    namespace: Dict[str, Any], modules: Sequence[str]
) -> Tuple[Callable[[str], Any], Callable[[], List[str]]]:
    """Return a package's ``__getattr__`` and ``__dir__`` serving the public classes defined in ``modules``.

    :param namespace: The package's ``globals()``; each loaded name is stored there, so later reads are plain.
    :param modules: Relative names of the modules that define the public classes, searched in this order.
    :return: The ``__getattr__`` and ``__dir__`` functions to assign in the package.
    """
    package = namespace["__name__"]

    def classes_of(module_name: str) -> Dict[str, type]:
        module = importlib.import_module(module_name, package)
        return {name: value for name, value in vars(module).items()
                if isinstance(value, type) and value.__module__ == module.__name__ and not name.startswith("_")}

    def __getattr__(name: str) -> Any:
        if name == "__all__":
            namespace[name] = sorted(name for module in modules for name in classes_of(module))
            return namespace[name]
        for module in modules if not name.startswith("_") else ():
            value = classes_of(module).get(name)
            if value is not None:
                namespace[name] = value
                return value
        raise AttributeError("module {!r} has no attribute {!r}".format(package, name))

    def __dir__() -> List[str]:
        return sorted(set(namespace) | set(__getattr__("__all__")))

    return __getattr__, __dir__
