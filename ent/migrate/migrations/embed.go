// Package migrations embeds the versioned SQL migrations, one directory per
// dialect, generated from the ent schema by ent/migrate/gen (make generate)
// and applied with goose by `verkosto migrate` and at server start.
package migrations

import "embed"

// FS holds sqlite/*.sql and postgres/*.sql.
//
//go:embed sqlite/*.sql postgres/*.sql
var FS embed.FS
