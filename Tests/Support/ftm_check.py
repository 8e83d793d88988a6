#!/usr/bin/env python3
"""Checks FtM JSON lines with the followthemoney library itself.

Usage: ftm_check.py FILE

Every line is loaded with model.get_proxy(data, cleaned=False); then each entity must
have a unique id and a schema that exists and is not abstract, every property must exist
on its schema, every date must be a valid FtM date, and every entity-valued property must
name an entity in the file whose schema fits the property's range. Problems are printed,
one a line, and the exit status is 1 when there are any (3 when followthemoney is missing).
"""

import json
import sys

try:
    from followthemoney import model, registry
except ImportError:
    print("the followthemoney package is missing: pip install followthemoney")
    sys.exit(3)


def check(path):
    problems = []
    entities = {}
    references = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                problems.append(f"line {number}: empty line")
                continue
            try:
                data = json.loads(line)
            except ValueError as error:
                problems.append(f"line {number}: not JSON: {error}")
                continue
            where = f"line {number} ({data.get('id')!r})"
            schema = model.get(data.get("schema"))
            if schema is None:
                problems.append(f"{where}: no schema {data.get('schema')!r}")
                continue
            if schema.abstract:
                problems.append(f"{where}: schema {schema.name} is abstract")
            for name, values in (data.get("properties") or {}).items():
                prop = schema.get(name)
                if prop is None:
                    problems.append(f"{where}: {schema.name} has no property {name!r}")
                    continue
                if not isinstance(values, list) or not values:
                    problems.append(f"{where}: {name} is not a list of values")
                    continue
                for value in values:
                    if not isinstance(value, str) or not value:
                        problems.append(f"{where}: {name} value {value!r} is not a string")
                    elif prop.type == registry.date and not registry.date.validate(value):
                        problems.append(f"{where}: {name} value {value!r} is not a date")
                    elif prop.type == registry.entity:
                        references.append((where, prop, value))
            try:
                proxy = model.get_proxy(data, cleaned=False)
            except Exception as error:  # followthemoney says what it rejects
                problems.append(f"{where}: followthemoney rejects it: {error}")
                continue
            if not proxy.id:
                problems.append(f"{where}: no id")
            elif proxy.id in entities:
                problems.append(f"{where}: id {proxy.id!r} used twice")
            else:
                entities[proxy.id] = proxy
    for where, prop, value in references:
        target = entities.get(value)
        if target is None:
            problems.append(f"{where}: {prop.name} names no entity in the file: {value!r}")
        elif prop.range is not None and not target.schema.is_a(prop.range):
            problems.append(
                f"{where}: {prop.name} points to a {target.schema.name}, "
                f"not a {prop.range.name}"
            )
    return len(entities), problems


def main():
    if len(sys.argv) != 2:
        print("usage: ftm_check.py FILE", file=sys.stderr)
        return 2
    count, problems = check(sys.argv[1])
    for problem in problems:
        print(problem)
    print(f"{count} entities, {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
