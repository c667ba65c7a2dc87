// Package model holds the GraphQL types bound to no ent or domain type: the
// inputs gqlgen generates (models_gen.go) and the coverage report's view
// over package coverage's results (coverage.go).
package model
