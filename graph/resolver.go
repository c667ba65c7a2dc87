package graph

import (
	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/internal/areas"
	"github.com/verkosto/verkosto/internal/auth"
	"github.com/verkosto/verkosto/internal/coverage"
	"github.com/verkosto/verkosto/internal/dataversion"
	"github.com/verkosto/verkosto/internal/insight"
	"github.com/verkosto/verkosto/internal/netmap"
)

// Resolver carries the dependencies resolvers need. It is built once by
// NewSchema; resolvers stay thin and call into ent or a domain package.
type Resolver struct {
	client  *ent.Client
	maps    *netmap.Service
	auth    *auth.Service
	cover   *coverage.Service
	trees   *dataversion.Cache[*areas.Tree]
	insight *insight.Service
}
