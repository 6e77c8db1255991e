#!/usr/bin/env python3
"""yml2json.py - convert a twitter-text conformance YAML file to JSON so the C
conformance runner can read it with jansson.

Rerun from the top of the tree after updating extract.yml:
    python3 tools/yml2json.py tests/conformance/twitter-text/extract.yml \
        > tests/conformance/twitter-text/extract.json
"""
import json
import sys
import yaml


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: yml2json.py FILE.yml > FILE.json\n")
        return 2
    with open(argv[1], encoding="utf-8") as f:
        data = yaml.safe_load(f)
    json.dump(data, sys.stdout, ensure_ascii=False, indent=1, sort_keys=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
