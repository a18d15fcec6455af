# newsgrab — every target is one line; see README.md.
SWIFT ?= swift
# ../shared beside the clone, or beside the folder holding a git worktree (wt/<name>).
CORPORA ?= $(firstword $(wildcard ../shared/corpora ../../shared/corpora) ../shared/corpora)
DB ?= $(CURDIR)/.build/demo.sqlite
RELEASE_BIN := $(CURDIR)/.build/release/newsgrab

.PHONY: deps build release test lint bench eval eval-bare compare heldout demo fuzz sanitize clean mutants

deps: ; @bash scripts/install-deps.sh
build: deps ; $(SWIFT) build
release: deps ; $(SWIFT) build -c release --product newsgrab
# Unit, fixture and CLI tests in debug; corpus-wide floors run the release binary; the
# archive suite runs on SQLite and on a throwaway PostgreSQL cluster (scripts/with-postgres.sh).
test: release ; NEWSGRAB_RELEASE_BINARY=$(RELEASE_BIN) NEWSGRAB_CORPORA=$(CORPORA) bash scripts/with-postgres.sh $(SWIFT) test
lint: ; $(SWIFT) format lint --strict --recursive Sources Tests && python3 scripts/check-third-party-text.py $(CORPORA)
demo: release ; rm -f $(DB) $(DB)-wal $(DB)-shm && $(RELEASE_BIN) import fixtures --db $(DB) && $(RELEASE_BIN) search --db $(DB) election
eval: release ; $(RELEASE_BIN) eval $(CORPORA)/*/
eval-bare: release ; rm -rf .build/bare && python3 scripts/strip-metadata.py $(CORPORA) .build/bare && $(RELEASE_BIN) eval .build/bare/*/
compare: release ; CORPORA=$(CORPORA) bash scripts/compare.sh
# Other projects' own metadata test snippets (htmldate, trafilatura, date_guesser; fetched from PyPI once).
heldout: release ; python3 scripts/heldout-snippets.py --newsgrab $(RELEASE_BIN)
bench: release ; bash scripts/bench.sh && bash scripts/serve-bench.sh && CORPORA=$(CORPORA) bash scripts/pg-bench.sh
fuzz: deps ; bash scripts/fuzz.sh
sanitize: deps ; bash scripts/sanitize.sh
# One-line mutations of the guards; each must fail its tests (slow: a rebuild per mutant; README, "Tests").
mutants: ; bash scripts/with-postgres.sh bash scripts/mutants.sh
clean: ; rm -rf .build
