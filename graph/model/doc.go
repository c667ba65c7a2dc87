// Package model holds GraphQL-only types that gqlgen generates (models_gen.go)
// for schema types not bound to ent or domain types. Most types bind to
// those, so this package is often nearly empty.
package model
