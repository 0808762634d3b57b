#!/usr/bin/env python3
"""Validate LiveDNA commons documents against the JSON Schemas in docs/schema/.

Usage: check-schemas.py [--json] [--schemas DIR] [--schema KIND] FILE... [--schema KIND FILE...]

Each FILE is checked against the schema its "format" field names (livedna-commons/...,
livedna-bricks/..., livedna-org/...), or against KIND (index, bricks, organisation) when a
--schema option comes before it. The schemas themselves are first checked against the
draft 2020-12 meta-schema. Exit status: 0 all valid, 1 some document invalid, 2 usage or
setup error (no jsonschema module, unreadable schema).

With --json, one JSON object per file is printed on its own line:
{"file": ..., "valid": true|false, "errors": [{"pointer": "/a/0", "message": ...}]}.
The JSON Schemas state the structure; rules a schema cannot express (uniqueness,
references between documents, hashes) are checked by `livedna-cli validate`.
"""
import json
import os
import sys

KINDS = {
    "index": ("index.schema.json", "livedna-commons/"),
    "bricks": ("bricks.schema.json", "livedna-bricks/"),
    "organisation": ("organisation.schema.json", "livedna-org/"),
}


def pointer(path):
    parts = [str(p).replace("~", "~0").replace("/", "~1") for p in path]
    return "".join("/" + p for p in parts)


def main(argv):
    try:
        import jsonschema
    except ImportError:
        print("check-schemas: the python3 jsonschema module is missing "
              "(Debian: apt-get install python3-jsonschema)", file=sys.stderr)
        return 2

    as_json = False
    schema_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "schema")
    jobs = []  # (kind or None, file)
    kind = None
    args = list(argv)
    while args:
        a = args.pop(0)
        if a == "--json":
            as_json = True
        elif a == "--schemas" and args:
            schema_dir = args.pop(0)
        elif a == "--schema" and args:
            kind = args.pop(0)
            if kind not in KINDS:
                print("check-schemas: unknown schema kind %r (index, bricks, organisation)" % kind,
                      file=sys.stderr)
                return 2
        elif a in ("-h", "--help"):
            print(__doc__)
            return 0
        elif a.startswith("--"):
            print("check-schemas: unknown option %s" % a, file=sys.stderr)
            return 2
        else:
            jobs.append((kind, a))
    if not jobs:
        print(__doc__, file=sys.stderr)
        return 2

    validators = {}
    for name, (filename, _) in KINDS.items():
        path = os.path.join(schema_dir, filename)
        try:
            with open(path, encoding="utf-8") as f:
                schema = json.load(f)
            jsonschema.Draft202012Validator.check_schema(schema)
        except (OSError, ValueError, jsonschema.exceptions.SchemaError) as e:
            print("check-schemas: %s: %s" % (path, e), file=sys.stderr)
            return 2
        # No format checker: whether "date-time" is asserted would depend on optional Python
        # packages; the schemas' patterns state the RFC 3339 shape on every installation.
        validators[name] = jsonschema.Draft202012Validator(schema)

    all_valid = True
    for forced, path in jobs:
        errors = []
        try:
            with open(path, "rb") as f:
                document = json.loads(f.read().decode("utf-8"))
        except (OSError, ValueError) as e:
            errors.append({"pointer": "", "message": "cannot be read as JSON: %s" % e})
            document = None
        if document is not None:
            name = forced
            if name is None:
                fmt = document.get("format") if isinstance(document, dict) else None
                for candidate, (_, prefix) in KINDS.items():
                    if isinstance(fmt, str) and fmt.startswith(prefix):
                        name = candidate
                if name is None:
                    errors.append({"pointer": "/format",
                                   "message": "unknown format %r; use --schema KIND" % (fmt,)})
            if name is not None:
                for e in sorted(validators[name].iter_errors(document), key=lambda e: list(e.absolute_path)):
                    errors.append({"pointer": pointer(e.absolute_path), "message": e.message})
        valid = not errors
        all_valid &= valid
        if as_json:
            print(json.dumps({"file": path, "valid": valid, "errors": errors}, ensure_ascii=False))
        else:
            if valid:
                print("%s: valid" % path)
            for e in errors:
                print("%s: %s: %s" % (path, e["pointer"] or "/", e["message"]))
    return 0 if all_valid else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
