"""Checks of emulator responses against an OpenAPI 2.0 document (schemas) and its examples (shapes)."""

from __future__ import annotations

from typing import Any, Dict, Iterator, Tuple


def resolve(spec: Dict[str, Any], schema: Dict[str, Any]) -> Dict[str, Any]:
    while "$ref" in schema:
        schema = spec["definitions"][schema["$ref"].split("/")[-1]]
    return schema


def check_schema(spec: Dict[str, Any], schema: Dict[str, Any], value: Any, where: str = "$") -> None:
    """Assert that ``value`` fits ``schema``: types, required and undeclared properties, enums, ranges."""
    schema = resolve(spec, schema)
    if value is None:
        return  # the emulator (like the service) may use null for unset optional values
    if "enum" in schema:
        assert value in schema["enum"], f"{where}: {value!r} not in {schema['enum']}"
    kind = schema.get("type")
    if kind == "array" or "items" in schema:
        assert isinstance(value, list), where
        for i, item in enumerate(value):
            check_schema(spec, schema["items"], item, f"{where}[{i}]")
    elif kind == "object" or "properties" in schema:
        assert isinstance(value, dict), where
        props = schema.get("properties", {})
        for req in schema.get("required", []):
            assert req in value, f"{where}: required property '{req}' missing"
        for key, item in value.items():
            assert key in props, f"{where}: undeclared property '{key}'"
            check_schema(spec, props[key], item, f"{where}.{key}")
    elif kind == "string":
        assert isinstance(value, str), where
    elif kind == "boolean":
        assert isinstance(value, bool), where
    elif kind in ("integer", "number"):
        assert isinstance(value, (int, float)) and not isinstance(value, bool), where
        if kind == "integer":
            assert isinstance(value, int), where
        if "minimum" in schema:
            assert value >= schema["minimum"], where
        if "maximum" in schema:
            assert value <= schema["maximum"], where


def check_shape(example: Any, actual: Any, where: str = "$", ignore: Tuple[str, ...] = ()) -> None:
    """Assert that ``actual`` has every key of ``example`` (recursively) with a value of the same JSON type."""
    if example is None:
        return
    if isinstance(example, dict):
        assert isinstance(actual, dict), f"{where}: expected object"
        for key, value in example.items():
            if key in ignore:
                continue
            assert key in actual, f"{where}: missing '{key}'"
            check_shape(value, actual[key], f"{where}.{key}", ignore)
    elif isinstance(example, list):
        assert isinstance(actual, list), f"{where}: expected array"
        if example and actual:
            check_shape(example[0], actual[0], f"{where}[0]", ignore)
    elif isinstance(example, bool):
        assert isinstance(actual, bool), where
    elif isinstance(example, (int, float)):
        assert isinstance(actual, (int, float)) and not isinstance(actual, bool), where
    elif isinstance(example, str):
        assert isinstance(actual, str), f"{where}: expected string, got {actual!r}"


def operations(spec: Dict[str, Any]) -> Iterator[Tuple[str, str, Dict[str, Any]]]:
    """(method, path, operation) of every operation, ``x-ms-paths`` overloads included."""
    for section in ("paths", "x-ms-paths"):
        for path, ops in spec.get(section, {}).items():
            for method, op in ops.items():
                if method != "parameters":
                    yield method.upper(), path, op
