# Boring build: see README.md.
GO ?= go

.PHONY: build test lint bench fuzz run

build:
	CGO_ENABLED=0 $(GO) build -trimpath -o bin/detente ./cmd/detente

test:
	$(GO) test -race -count=1 ./...

lint:
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || (gofmt -l $$(git ls-files '*.go'); exit 1)
	$(GO) vet ./...

bench:
	scripts/bench.sh

# Every fuzz target for FUZZTIME; seeds live under each package's testdata/fuzz/.
FUZZTIME ?= 30s
fuzz:
	@for f in $$(grep -rl --include='*_test.go' '^func Fuzz' . | xargs -n1 dirname | sort -u); do \
	  for t in $$(grep -h '^func Fuzz' $$f/*_test.go | sed 's/func \(Fuzz[A-Za-z0-9_]*\).*/\1/'); do \
	    echo "== $$f $$t"; $(GO) test -run='^$$' -fuzz="^$$t\$$" -fuzztime=$(FUZZTIME) $$f || exit 1; \
	  done; \
	done

run:
	$(GO) run ./cmd/detente ask "Quan hệ Nga – Mỹ hiện nay ra sao?"
