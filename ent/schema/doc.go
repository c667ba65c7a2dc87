// Package schema is the domain model, the source of truth the rest of ent/
// and graph/ent.graphqls are generated from: each entity's fields, edges
// and GraphQL annotations in its own file, the write policies and the read
// rules' hooks into ent privacy (policy.go, rules from package visible),
// and the audit hook that records every change (auditmixin.go).
package schema
