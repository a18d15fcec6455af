"""Raise fixtures/floors.json to the scores of a `newsgrab eval --json` report.

Usage: python3 scripts/raise-floors.py SCORES.json [FLOORS.json]

A floor only ever goes up (to the score rounded down to 3 decimals); fields
scored for the first time get a floor. Review the diff before committing.
"""
import json
import math
import pathlib
import sys


def main() -> None:
    report = json.loads(pathlib.Path(sys.argv[1]).read_text(encoding="utf-8"))
    path = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else "fixtures/floors.json")
    document = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    document.setdefault(
        "comment",
        "Lowest accepted newsgrab eval score per corpus and field (QualityFloorTests allows 0.005 below). "
        "Raise with scripts/raise-floors.py; never lower a floor to pass.",
    )
    floors = document.setdefault("floors", {})
    for score in report["scores"]:
        if score["system"] != "newsgrab":
            continue
        values = {field["field"]: field["score"] for field in score["fields"]}
        values["coverage"] = score["coverage"]
        corpus = floors.setdefault(score["corpus"], {})
        for field, value in values.items():
            new = math.floor(value * 1000 + 1e-9) / 1000
            old = corpus.get(field)
            if old is None or new > old:
                print(f"{score['corpus']} {field}: {old} -> {new}", file=sys.stderr)
                corpus[field] = new
    path.write_text(json.dumps(document, indent=2, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
