# Verkosto: `make run` starts the server with demo data, `make test` runs every test.
GO        ?= go
BIN       := bin/verkosto
PGURL     ?= postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable
export VERKOSTO_TEST_POSTGRES ?= $(PGURL)

.PHONY: run build test test-go test-frontend test-browser frontend-deps generate check-generated lint bench postgres clean

## run: build and start the server on SQLite with reference and demo data at http://localhost:8080
run: build
	./$(BIN) serve --demo

## build: the single binary (the web app is embedded from frontend/dist)
build:
	$(GO) build -o $(BIN) .

## test: every test (Go on SQLite and PostgreSQL, frontend unit, browser), then check generated code is current
test: postgres lint test-go test-frontend test-browser check-generated

test-go:
	$(GO) test -count=1 ./...

test-frontend: frontend-deps
	cd frontend && npx vitest run

## test-browser: the real binary with demo data, driven through Debian's Chromium
test-browser: build frontend-deps
	@scripts/ensure-chromium.sh
	cd frontend && VERKOSTO_BIN=../$(BIN) node --test tests/

frontend-deps: frontend/node_modules/.package-lock.json

frontend/node_modules/.package-lock.json: frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund

## generate: ent, GraphQL and migrations from the ent schema, then the web app (frontend/dist)
generate: postgres frontend-deps
	$(GO) run -mod=mod ./ent/entc.go
	$(GO) tool gqlgen generate
	$(GO) run ./ent/migrate/gen -postgres '$(PGURL)'
	cd frontend && npm run build

GENERATED := ent graph frontend/dist frontend/src/gql
gen-hash = find $(GENERATED) -type f -not -path '*/node_modules/*' | LC_ALL=C sort | xargs sha256sum

## check-generated: make generate must change nothing (works with uncommitted edits too)
check-generated:
	@$(gen-hash) > /tmp/verkosto-gen-before.$$$$; \
	$(MAKE) --no-print-directory generate >/tmp/verkosto-gen-log.$$$$ 2>&1 || { cat /tmp/verkosto-gen-log.$$$$; exit 1; }; \
	rm -f /tmp/verkosto-gen-log.$$$$; \
	$(gen-hash) | diff -u /tmp/verkosto-gen-before.$$$$ - >/dev/null; status=$$?; \
	rm -f /tmp/verkosto-gen-before.$$$$; \
	if [ $$status -ne 0 ]; then echo "generated code was out of date: 'make generate' changed it; review and commit"; git status --short $(GENERATED); exit 1; fi; \
	echo "generated code is current"

## lint: gofmt, go vet and staticcheck; ESLint (typescript-eslint, react-hooks, jsx-a11y) on the web app
lint: frontend-deps
	@unformatted=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$unformatted" ]; then echo "not gofmt'ed: $$unformatted"; exit 1; fi
	$(GO) vet ./...
	$(GO) tool staticcheck ./...
	cd frontend && npx eslint --max-warnings 0 .

## bench: national-scale measurements into bench/RESULTS.md, and Go micro-benchmarks (not part of make test)
bench: postgres build frontend-deps
	$(GO) run ./bench -scale M -postgres '$(PGURL)'
	scripts/bench-browser.sh
	$(GO) test -run '^$$' -bench . -benchmem ./...

## postgres: start the local PostgreSQL when it is not running
postgres:
	@scripts/ensure-postgres.sh '$(PGURL)'

clean:
	rm -rf bin
