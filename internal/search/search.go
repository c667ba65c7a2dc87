// Package search finds organisations, networks and areas by name in any
// language. Matching uses the folded search_text column the ent schema keeps
// current, so case folding of ä, ö and å is the same on SQLite and PostgreSQL.
package search

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"entgo.io/ent/dialect/sql"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/schema/searchtext"
	"github.com/verkosto/verkosto/internal/fault"
)

// MaxResults caps how many results one search returns.
const MaxResults = 100

// ErrEmptyQuery is returned for a query with nothing to search for.
var ErrEmptyQuery = fault.New(fault.Invalid, "query must contain at least one letter or digit")

// Rank orders matches: an exact name beats a name that starts with the
// query, which beats a name that merely contains it.
type Rank int

const (
	Exact Rank = iota
	Prefix
	Substring
)

// Hit is one result.
type Hit struct {
	Node ent.Noder
	Rank Rank
	Name string // the Finnish name, for tie-breaking
}

// Search returns up to first results, best first: by rank, then shorter
// names (closer matches), then alphabetically. It runs one query per type.
func Search(ctx context.Context, client *ent.Client, query string, first int) ([]Hit, error) {
	q := searchtext.Fold(query)
	if q == "" {
		return nil, ErrEmptyQuery
	}
	first = min(max(first, 1), MaxResults)
	var hits []Hit

	orgs, err := client.Organization.Query().Where(Matches(q)).Modify(rankOrder(q)).Limit(first).All(ctx)
	if err != nil {
		return nil, err
	}
	for _, o := range orgs {
		hits = append(hits, Hit{Node: o, Rank: rankOf(o.SearchText, q), Name: o.NameFi})
	}
	nets, err := client.Network.Query().Where(Matches(q)).Modify(rankOrder(q)).Limit(first).All(ctx)
	if err != nil {
		return nil, err
	}
	for _, n := range nets {
		hits = append(hits, Hit{Node: n, Rank: rankOf(n.SearchText, q), Name: n.NameFi})
	}
	as, err := client.Area.Query().Where(Matches(q)).Modify(rankOrder(q)).Limit(first).All(ctx)
	if err != nil {
		return nil, err
	}
	for _, a := range as {
		hits = append(hits, Hit{Node: a, Rank: rankOf(a.SearchText, q), Name: a.NameFi})
	}
	slices.SortStableFunc(hits, func(a, b Hit) int {
		return cmp.Or(cmp.Compare(a.Rank, b.Rank), cmp.Compare(len(a.Name), len(b.Name)), cmp.Compare(a.Name, b.Name))
	})
	if len(hits) > first {
		hits = hits[:first]
	}
	return hits, nil
}

// Matches is a predicate for any type with a search_text column: true when
// any name contains the folded query q. Callers fold q with searchtext.Fold.
func Matches(q string) func(*sql.Selector) {
	return func(s *sql.Selector) {
		s.Where(sql.P(func(b *sql.Builder) {
			b.Ident(s.C("search_text")).WriteString(" LIKE ").Arg("%" + searchtext.EscapeLike(q) + "%").WriteString(` ESCAPE '\'`)
		}))
	}
}

// rankOrder sorts rows in SQL by the same rank rankOf computes, so that LIMIT
// keeps the best matches.
func rankOrder(q string) func(*sql.Selector) {
	esc := searchtext.EscapeLike(q)
	return func(s *sql.Selector) {
		col := s.C("search_text")
		s.OrderExpr(sql.ExprFunc(func(b *sql.Builder) {
			b.WriteString("CASE WHEN ").Ident(col).WriteString(" LIKE ").Arg("%" + searchtext.Sep + esc + searchtext.Sep + "%").WriteString(` ESCAPE '\' THEN 0`)
			b.WriteString(" WHEN ").Ident(col).WriteString(" LIKE ").Arg("%" + searchtext.Sep + esc + "%").WriteString(` ESCAPE '\' THEN 1`)
			b.WriteString(" ELSE 2 END")
		}), sql.ExprFunc(func(b *sql.Builder) {
			b.WriteString("LENGTH(").Ident(s.C("name_fi")).WriteString(")")
		}))
		s.OrderBy(s.C("name_fi"), s.C("id"))
	}
}

func rankOf(key, q string) Rank {
	switch {
	case strings.Contains(key, searchtext.Sep+q+searchtext.Sep):
		return Exact
	case strings.Contains(key, searchtext.Sep+q):
		return Prefix
	default:
		return Substring
	}
}
