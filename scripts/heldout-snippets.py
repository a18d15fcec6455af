#!/usr/bin/env python3
"""Score newsgrab on other projects' own metadata test snippets, as a check
on pages nobody here tuned for.

Usage: python3 scripts/heldout-snippets.py [--newsgrab BIN] [--show] [--cache DIR]

Downloads five source distributions from PyPI once (into --cache, default
.build/heldout): htmldate 1.11.0, trafilatura 2.3.1, date_guesser 2.1.4,
dateparser 1.5.0 and newspaper4k 0.9.6.
Their unit tests hold small HTML documents with the value each tool must
find. Nothing of them is copied into this repository: the cases are read
from the downloaded tests at run time and written to the cache only.

- htmldate `find_date(html) == "YYYY-MM-DD"` (and `is None`) cases, without
  options that change what is asked (`outputformat`, `min_date`, `max_date`,
  `original_date=False`). A case is right when `publishedAt` has the day, or
  when htmldate's default (the newest date) asks for a day newsgrab reports
  as `modifiedAt` with no publication.
- trafilatura `extract_metadata(html).<field> == value` for title, author,
  date and sitename (authors joined with "; " as trafilatura writes them).
- date_guesser's list of the markup real sites keep dates in, each form
  filled with one date and placed in a small article page.
- dateparser's date strings in many languages, each with a whole day (day,
  month and a year from 1995 to 2026): its parser tests (`param(string,
  datetime(...))`, the page language from the test's "# French dates"
  heading) and its translation tests (`param(lang, string, english)`, the
  day read from the English). Each string stands alone under the headline
  of a page declaring that language, with Latin filler text.
- newspaper4k's list of addresses marked as news stories or not
  (tests/data/test_urls.txt), each the one link of a "Related stories"
  list under a story, with a headline as its text: right when newsgrab
  keeps it as a teaser exactly when it is marked a story.

Each project follows its own conventions (trafilatura keeps a publisher as
an author, htmldate falls back to a copyright year): the misses are for a
human to read (--show), not a target.
"""

import argparse
import ast
import json
import pathlib
import re
import subprocess
import sys
import tarfile
import types

SOURCES = {
    "htmldate": "htmldate==1.11.0",
    "trafilatura": "trafilatura==2.3.1",
    "date_guesser": "date_guesser==2.1.4",
    "dateparser": "dateparser==1.5.0",
    "newspaper4k": "newspaper4k==0.9.6",
}


def fetch(cache: pathlib.Path) -> dict:
    cache.mkdir(parents=True, exist_ok=True)
    roots = {}
    for name, requirement in SOURCES.items():
        found = [p for p in cache.glob(f"{name.replace('-', '_')}-*.tar.gz")]
        if not found:
            subprocess.run(
                [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
                 "--dest", str(cache), requirement],
                check=True,
            )
            found = list(cache.glob(f"{name.replace('-', '_')}-*.tar.gz"))
        archive = found[0]
        root = cache / archive.name[: -len(".tar.gz")]
        if not root.exists():
            with tarfile.open(archive) as tar:
                try:
                    tar.extractall(cache, filter="data")
                except TypeError:  # Python before 3.11.4 has no extraction filters
                    tar.extractall(cache)
        roots[name] = root
    return roots


def literal(node):
    try:
        return ast.literal_eval(node)
    except Exception:
        return ...


def htmldate_cases(root: pathlib.Path) -> list:
    """(html, expected day or None) from `assert find_date(...) == …`."""
    tree = ast.parse((root / "tests" / "unit_tests.py").read_text(encoding="utf-8"))
    cases = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Assert) and isinstance(node.test, ast.Compare)):
            continue
        call = node.test.left
        if not (isinstance(call, ast.Call) and getattr(call.func, "id", None) == "find_date" and len(call.args) == 1):
            continue
        html = literal(call.args[0])
        if not isinstance(html, str) or "<" not in html:
            continue
        options = {k.arg: literal(k.value) for k in call.keywords}
        if any(k not in ("original_date", "extensive_search") for k in options) or options.get("original_date") is False:
            continue
        operator, right = node.test.ops[0], node.test.comparators[0]
        if isinstance(operator, ast.Is):
            expected = None
        elif isinstance(operator, ast.Eq):
            expected = literal(right)
            if not (isinstance(expected, str) and len(expected) == 10):
                continue
        else:
            continue
        cases.append((html, expected, bool(options.get("original_date"))))
    return cases


def trafilatura_cases(root: pathlib.Path) -> list:
    """(html, field, expected) recorded by running trafilatura's metadata
    tests against a stand-in `extract_metadata` that notes each comparison."""
    tree = ast.parse((root / "tests" / "metadata_tests.py").read_text(encoding="utf-8"))

    class IsToEq(ast.NodeTransformer):
        def visit_Compare(self, node):
            self.generic_visit(node)
            node.ops = [ast.Eq() if isinstance(o, ast.Is) else ast.NotEq() if isinstance(o, ast.IsNot) else o
                        for o in node.ops]
            return node

    tree = ast.fix_missing_locations(IsToEq().visit(tree))
    tree.body = [b for b in tree.body if not isinstance(b, (ast.Import, ast.ImportFrom))]
    noted = []

    class Field:
        def __init__(self, html, name):
            self.html, self.name = html, name

        def __eq__(self, other):
            noted.append((self.html, self.name, other))
            return True

        def __ne__(self, other):
            return False

        __hash__ = object.__hash__

    class Metadata:
        def __init__(self, html):
            self.html = html

        def __getattr__(self, name):
            return Field(self.html, name)

    class Anything:
        def __call__(self, *a, **k):
            return Anything()

        def __getattr__(self, name):
            return Anything()

        def __eq__(self, other):
            return True

        def __iter__(self):
            return iter([])

        __hash__ = object.__hash__

    def extract_metadata(html, *args, **kwargs):
        if args or kwargs.get("author_blacklist") or kwargs.get("extensive") is False:
            return Anything()
        return Metadata(html if isinstance(html, str) else "")

    # `@pytest.mark.parametrize(...)` and its kin leave the test as it is.
    class Marks:
        def __getattr__(self, name):
            return lambda *args, **kwargs: (lambda test: test)

    scope = {"extract_metadata": extract_metadata, "sys": sys, "pytest": types.SimpleNamespace(mark=Marks())}
    for name in ("normalize_authors", "normalize_json", "check_authors", "extract_metainfo", "extract_url",
                 "normalize_tags", "html", "XPath", "logging"):
        scope[name] = Anything()
    exec(compile(tree, "metadata_tests", "exec"), scope)
    # 2.3 split the author tests in two.
    for test in ("test_titles", "test_authors", "test_author_from_meta", "test_author_from_markup", "test_dates",
                 "test_sitename"):
        try:
            scope[test]()
        except Exception:
            pass
    return [(h, f, e) for h, f, e in noted if f in ("title", "author", "date", "sitename") and h]


def date_guesser_cases(root: pathlib.Path) -> list:
    """Each markup form of date_guesser's tag list, filled with one date."""
    text = (root / "test" / "test_html.py").read_text(encoding="utf-8")
    block = text[text.index("test_cases = '''") + len("test_cases = '''"): text.index("'''.split")]
    article = "<h1>Harbour plans</h1>" + "".join(
        "<p>The council said on Tuesday that the harbour plans would be reviewed again next month.</p>"
        for _ in range(4))
    cases = []
    for line in (line.strip() for line in block.splitlines()):
        if not line:
            continue
        unix = "unix" in line
        value = "1460367000" if unix else "2016-04-11T09:30:00Z"
        form = re.sub(r"'?expected_date_\d+'?", f"'{value}'" if "=" in line.split("expected_date")[0][-2:] else value,
                      line)
        head, body = (form, "") if form.startswith("<meta") else ("", form)
        html = (f"<html><head><title>Harbour plans</title>{head}</head>"
                f"<body><article>{body}{article}</article></body></html>")
        modified = any(word in line.lower() for word in ("modified", "updated"))
        cases.append((html, "2016-04-11", modified))
    return cases


MONTHS = "january february march april may june july august september october november december".split()
LANGUAGES = {
    "english": "en", "french": "fr", "spanish": "es", "dutch": "nl", "italian": "it", "portuguese": "pt",
    "russian": "ru", "turkish": "tr", "romanian": "ro", "german": "de", "czech": "cs", "thai": "th",
    "vietnamese": "vi", "belarusian": "be", "ukrainian": "uk", "tagalog": "tl", "japanese": "ja",
    "chinese": "zh", "korean": "ko", "bulgarian": "bg", "bangla": "bn", "hindi": "hi", "georgian": "ka",
    "finnish": "fi", "croatian": "hr", "polish": "pl", "swedish": "sv", "norwegian": "nb", "danish": "da",
    "greek": "el", "hebrew": "he", "arabic": "ar", "persian": "fa", "indonesian": "id", "malay": "ms",
    "hungarian": "hu", "catalan": "ca", "serbian": "sr", "slovak": "sk", "slovenian": "sl",
}


def dateparser_cases(root: pathlib.Path) -> list:
    """(language or None, date string, "YYYY-MM-DD") with a whole day in 1995–2026."""
    cases = []

    def plausible(year):
        return 1995 <= year <= 2026

    # Parser tests: param("string", datetime(y, m, d, ...)) under "# <Language> dates" headings.
    # Only the plain parsing test's own list: other tests' strings come with
    # settings (a date order, a time zone to convert to, a relative base).
    lines = (root / "tests" / "test_date_parser.py").read_text(encoding="utf-8").splitlines()
    language, waiting = None, []
    for line in lines:
        heading = re.match(r"\s*#\s*(\w+)( dates)?\s*$", line)
        if heading:
            language = LANGUAGES.get(heading.group(1).lower())
            continue
        test = re.match(r"\s*def (\w+)", line)
        if test:
            if test.group(1) == "test_dates_parsing":
                cases += waiting
            language, waiting = None, []
        found = re.match(r'\s*param\(\s*("(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'),\s*datetime\((\d+),\s*(\d+),\s*(\d+)', line)
        if not found:
            continue
        text = literal_text(found.group(1))
        year, month, mday = (int(found.group(i)) for i in (2, 3, 4))
        numbers = re.findall(r"\d+", re.sub(r"\d+[:h]\d+", " ", text or ""))
        if text is None or not plausible(year) or not (str(year) in numbers or str(year)[2:] in numbers):
            continue
        waiting.append((language, text, f"{year:04d}-{month:02d}-{mday:02d}"))

    # Translation tests: param(lang, string, english) whose English names one whole day.
    tree = ast.parse((root / "tests" / "test_languages.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "param" and len(node.args) >= 3):
            continue
        values = [literal(a) for a in node.args[:3]]
        if not all(isinstance(v, str) for v in values):
            continue
        tag, text, english = values
        english = english.lower()
        if "ago" in english or re.search(r"\bin \d", english):
            continue
        iso = re.search(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", english)
        if iso:
            year, month, mday = (int(g) for g in iso.groups())
        else:
            years = re.findall(r"\b(\d{4})\b", english)
            months = [i + 1 for i, name in enumerate(MONTHS) if re.search(rf"\b{name}\b", english)]
            days = [int(d) for d in re.findall(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", re.sub(r"\d+:\d+(:\d+)?", "", english))]
            days = [d for d in days if 1 <= d <= 31]
            if len(years) != 1 or len(months) != 1 or len(days) != 1:
                continue
            year, month, mday = int(years[0]), months[0], days[0]
        if not plausible(year):
            continue
        cases.append((tag, text, f"{year:04d}-{month:02d}-{mday:02d}"))
    unique = []
    for case in cases:
        if case not in unique:
            unique.append(case)
    return unique


def literal_text(source):
    try:
        value = ast.literal_eval(source)
    except (ValueError, SyntaxError):
        return None
    return value if isinstance(value, str) else None


# Latin filler under the headline: text of no language the pages declare.
FILLER = "".join(
    "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore "
    "et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris.</p>"
    for _ in range(4))


def dateparser_page(language, text) -> str:
    lang = f' lang="{language}"' if language else ""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;")
    return (f"<html{lang}><head><meta charset=\"utf-8\"><title>Lorem ipsum dolor</title></head>"
            f"<body><article><h1>Lorem ipsum dolor</h1><div class=\"meta\"><span class=\"date\">{escaped}</span></div>"
            f"{FILLER}</article></body></html>")


def story_url_cases(root: pathlib.Path) -> list:
    """(address, is a story) from newspaper4k's labelled address list."""
    cases = []
    for line in (root / "tests" / "data" / "test_urls.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] in ("0", "1"):
            cases.append((parts[1], parts[0] == "1"))
    return cases


def story_url_page(address) -> str:
    href = address.replace("&", "&amp;").replace('"', "&quot;")
    return ("<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Lorem ipsum dolor</title></head>"
            f"<body><article><h1>Lorem ipsum dolor</h1>{FILLER}<div class=\"related\"><h2>Related stories</h2>"
            f"<ul><li><a href=\"{href}\">Lorem ipsum dolor sit amet consectetur</a></li></ul></div>"
            "</article></body></html>")


def parse(binary: str, work: pathlib.Path, pages: list) -> list:
    work.mkdir(parents=True, exist_ok=True)
    results = []
    for i, html in enumerate(pages):
        path = work / f"{i:04d}.html"
        path.write_text(html, encoding="utf-8")
        done = subprocess.run([binary, "parse", "--format", "json", str(path)], capture_output=True, text=True)
        results.append(json.loads(done.stdout) if done.returncode == 0 else {})
    return results


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    options.add_argument("--newsgrab", default=".build/release/newsgrab")
    options.add_argument("--cache", default=".build/heldout")
    options.add_argument("--show", action="store_true", help="list every miss")
    args = options.parse_args()
    cache = pathlib.Path(args.cache)
    roots = fetch(cache)

    def day(value):
        return (value or "")[:10] or None

    # htmldate
    cases = htmldate_cases(roots["htmldate"])
    articles = parse(args.newsgrab, cache / "pages-htmldate", [c[0] for c in cases])
    right = 0
    for (html, expected, original), article in zip(cases, articles):
        published, modified = day(article.get("publishedAt")), day(article.get("modifiedAt"))
        ok = published == expected or (
            expected is not None and published is None and modified == expected and not original)
        right += ok
        if not ok and args.show:
            print(f"htmldate   want {expected} got {published} (modified {modified}) | {html[:160]}")
    print(f"htmldate find_date snippets: {right}/{len(cases)} right")

    # trafilatura
    cases = trafilatura_cases(roots["trafilatura"])
    articles = parse(args.newsgrab, cache / "pages-trafilatura", [c[0] for c in cases])
    tally = {}
    for (html, field, expected), article in zip(cases, articles):
        if field == "title":
            got = article.get("headline")
        elif field == "author":
            got = "; ".join(article.get("authors") or []) or None
        elif field == "date":
            got = day(article.get("publishedAt"))
        else:
            got = (article.get("source") or {}).get("name")
        ok = got == expected
        count = tally.setdefault(field, [0, 0])
        count[0] += ok
        count[1] += 1
        if not ok and args.show:
            print(f"trafilatura {field}: want {expected!r} got {got!r} | {html[:160]}")
    print("trafilatura metadata snippets: " + ", ".join(f"{f} {r}/{n}" for f, (r, n) in tally.items()))

    # date_guesser
    cases = date_guesser_cases(roots["date_guesser"])
    articles = parse(args.newsgrab, cache / "pages-date_guesser", [c[0] for c in cases])
    right = 0
    for (html, expected, modified), article in zip(cases, articles):
        got = day(article.get("modifiedAt" if modified else "publishedAt"))
        right += got == expected
        if got != expected and args.show:
            print(f"date_guesser want {expected} got {got} | {html[:160]}")
    print(f"date_guesser markup forms: {right}/{len(cases)} right (modified forms read as modifiedAt)")

    # dateparser
    cases = dateparser_cases(roots["dateparser"])
    articles = parse(args.newsgrab, cache / "pages-dateparser", [dateparser_page(l, t) for l, t, _ in cases])
    right, common = 0, [0, 0]
    for (language, text, expected), article in zip(cases, articles):
        got = day(article.get("publishedAt"))
        right += got == expected
        if language is None or language.split("-")[0] in LANGUAGES.values():
            common[0] += got == expected
            common[1] += 1
        if got != expected and args.show:
            print(f"dateparser want {expected} got {got} | {language or '-'} | {text}")
    print(f"dateparser date strings: {right}/{len(cases)} right; {common[0]}/{common[1]} in the "
          f"{len(LANGUAGES)} web languages listed here or undeclared")

    # newspaper4k
    cases = story_url_cases(roots["newspaper4k"])
    articles = parse(args.newsgrab, cache / "pages-newspaper4k", [story_url_page(a) for a, _ in cases])
    right = 0
    for (address, story), article in zip(cases, articles):
        kept = any(r.get("url") == address for r in article.get("related") or [])
        right += kept == story
        if kept != story and args.show:
            print(f"newspaper4k {'story dropped' if story else 'non-story kept'} | {address}")
    print(f"newspaper4k story addresses in a related list: {right}/{len(cases)} right")


if __name__ == "__main__":
    main()
