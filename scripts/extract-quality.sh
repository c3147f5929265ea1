#!/usr/bin/env bash
# Token precision, recall and F1 of `heraut-cli extract` on Mozilla Readability's test pages
# (source.html against expected.html), per page with -v and as the mean over pages.
# usage: scripts/extract-quality.sh [-v] [CORPUS_DIR] [HERAUT_CLI]
#   CORPUS_DIR defaults to ../shared/readability-test-pages (beside the repository);
#   HERAUT_CLI defaults to build-rel/src/cli/heraut-cli, else build/src/cli/heraut-cli.
# Skips (exit 0) when the corpus is absent: it is other people's pages, never part of the project.
set -euo pipefail
cd "$(dirname "$0")/.."
verbose=0
if [ "${1:-}" = "-v" ]; then verbose=1; shift; fi
corpus=${1:-../shared/readability-test-pages}
cli=${2:-}
if [ -z "$cli" ]; then
  for c in build-rel/src/cli/heraut-cli build/src/cli/heraut-cli; do
    [ -x "$c" ] && { cli=$c; break; }
  done
fi
if [ ! -d "$corpus" ]; then
  echo "no corpus at $corpus: nothing to measure" >&2
  exit 0
fi
[ -x "$cli" ] || { echo "no heraut-cli built (give its path as the second argument)" >&2; exit 2; }
exec python3 - "$corpus" "$cli" "$verbose" <<'PY'
import collections, html.parser, json, os, re, subprocess, sys

corpus, cli, verbose = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
# Readability's tests load every page as this URL.
URL = "http://fakehost/test/page.html"

class TextOf(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0
    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"): self.skip += 1
        self.parts.append(" ")
    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip: self.skip -= 1
        self.parts.append(" ")
    def handle_data(self, data):
        if not self.skip: self.parts.append(data)

def tokens(text):
    return collections.Counter(re.findall(r"\w+", text.lower()))

def score(got, want):
    common = sum((got & want).values())
    p = common / sum(got.values()) if got else 0.0
    r = common / sum(want.values()) if want else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)

rows = []
for name in sorted(os.listdir(corpus)):
    folder = os.path.join(corpus, name)
    source = os.path.join(folder, "source.html")
    if not os.path.isfile(source): continue
    meta_path = os.path.join(folder, "expected-metadata.json")
    meta = json.load(open(meta_path)) if os.path.isfile(meta_path) else {}
    url = meta.get("url") or URL
    parser = TextOf()
    parser.feed(open(os.path.join(folder, "expected.html"), encoding="utf-8", errors="replace").read())
    want = tokens("".join(parser.parts))
    run = subprocess.run([cli, "extract", source, "--url", url], capture_output=True)
    found = run.returncode == 0
    got = tokens(json.loads(run.stdout)["text"]) if found else collections.Counter()
    p, r, f = score(got, want)
    rows.append((name, meta.get("readerable", True), found, p, r, f))
    if verbose:
        print(f"{name:45s} {'ok ' if found else 'NO '} P {p:.3f} R {r:.3f} F1 {f:.3f}")

def mean(values):
    values = list(values)
    return sum(values) / len(values) if values else 0.0

def report(label, subset):
    print(f"{label}: {len(subset)} pages, precision {mean(x[3] for x in subset):.3f}, "
          f"recall {mean(x[4] for x in subset):.3f}, F1 {mean(x[5] for x in subset):.3f}")

report("all pages (no article counts as F1 0)", rows)
report("readerable pages (expected-metadata.json)", [x for x in rows if x[1]])
print(f"no article: {sum(1 for x in rows if not x[2])} pages "
      f"({sum(1 for x in rows if not x[2] and not x[1])} of them marked not readerable, "
      f"of {sum(1 for x in rows if not x[1])} such pages)")
PY
