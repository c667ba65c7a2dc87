# Verkosto: `make run` starts the server with demo data, `make test` runs every test.
GO        ?= go
BIN       := bin/verkosto
PGURL     ?= postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable
export VERKOSTO_TEST_POSTGRES ?= $(PGURL)

.PHONY: run build test test-go generate check-generated lint bench postgres clean

## run: build and start the server on SQLite with reference and demo data at http://localhost:8080
run: build
	./$(BIN) serve --demo

## build: the single binary (the web app is embedded from frontend/dist)
build:
	$(GO) build -o $(BIN) .

## test: every test (Go on SQLite and PostgreSQL), then check generated code is current
test: postgres lint test-go check-generated

test-go:
	$(GO) test -count=1 ./...

## generate: ent, GraphQL and migrations from the ent schema
generate: postgres
	$(GO) run -mod=mod ./ent/entc.go
	$(GO) tool gqlgen generate
	$(GO) run ./ent/migrate/gen -postgres '$(PGURL)'

## check-generated: make generate must leave no difference
check-generated: generate
	@git add -N . && git diff --exit-code --stat || \
		(echo "generated code is out of date: run 'make generate' and commit the result" && exit 1)

## lint: go vet and staticcheck
lint:
	$(GO) vet ./...
	$(GO) tool staticcheck ./...

## bench: benchmarks (not part of make test)
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

## postgres: start the local PostgreSQL when it is not running
postgres:
	@scripts/ensure-postgres.sh '$(PGURL)'

clean:
	rm -rf bin
