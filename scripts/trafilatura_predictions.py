"""Run trafilatura over corpus pages; print one JSONL prediction per page.

Usage: trafilatura_predictions.py CORPUS_DIR... > trafilatura.jsonl

Each line is {"corpus", "id", <newsgrab article fields>} so `newsgrab eval
--predictions` scores it with the same code as newsgrab's own output.
"""
import json
import pathlib
import sys
import warnings

import trafilatura


def predict(html: bytes, url: str | None) -> dict:
    document = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    if document is None:
        return {"error": "trafilatura returned nothing"}
    if not isinstance(document, dict):
        document = document.as_dict()
    authors = document.get("author") or ""
    image = document.get("image")
    return {
        "headline": document.get("title"),
        "body": document.get("text") or "",
        # trafilatura joins several authors with "; ".
        "authors": [name.strip() for name in authors.split(";") if name.strip()],
        "publishedAt": document.get("date"),
        "source": {"name": document.get("sitename")},
        "language": document.get("language"),
        "leadImage": {"url": image} if image else None,
        "description": document.get("description"),
    }


def main() -> None:
    warnings.simplefilter("ignore")  # dateutil timezone chatter on stderr
    for directory in sys.argv[1:]:
        root = pathlib.Path(directory)
        corpus = root.resolve().name
        with open(root / "truth.jsonl", encoding="utf-8") as truth_file:
            for line in truth_file:
                if not line.strip():
                    continue
                truth = json.loads(line)
                record = {"corpus": corpus, "id": truth["id"]}
                try:
                    html = (root / truth.get("html", f"pages/{truth['id']}.html")).read_bytes()
                    record.update(predict(html, truth.get("url")))
                except Exception as error:  # one bad page must not stop the run
                    record["error"] = f"{type(error).__name__}: {error}"
                print(json.dumps(record, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
