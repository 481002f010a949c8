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

# Each fuzz target for 30s; seeds live under each package's testdata/fuzz/.
fuzz:
	$(GO) test -run='^$$' -fuzz=FuzzParseMarkdown -fuzztime=30s ./corpus/
	$(GO) test -run='^$$' -fuzz=FuzzParseHTML -fuzztime=30s ./corpus/
	$(GO) test -run='^$$' -fuzz=FuzzSplit -fuzztime=30s ./corpus/

run:
	$(GO) run ./cmd/detente ask "Quan hệ Nga – Mỹ hiện nay ra sao?"
