package graph

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/schema/visible"
	"github.com/verkosto/verkosto/internal/fault"
	"github.com/verkosto/verkosto/internal/viewer"
)

// Where filters are the one door through which a client writes SQL of its
// own shape: entgql turns a has…With filter into a subquery on another
// table, past that table's privacy policy, and lets filters nest freely.
// This file keeps that door in check, in two steps:
//
//   - before anything runs, whereLimits bounds every where argument in the
//     operation (nested connections included): how many edges a filter
//     crosses, how many conditions it has, how long its texts are; and the
//     length of the search text;
//   - while arguments are decoded, the @readRule directive ANDs the caller's
//     read rule (package visible) into every filter on an entity that hides
//     rows, wherever that filter sits: a connection's where, or a has…With
//     nested in another filter, or a nested connection ent loads eagerly.
//
// whereTargets lists every entity a where filter can reach; a test walks
// the generated filters and fails on an edge to an entity missing here.

// Bounds on where filters and search texts. They are part of the API
// (README, "Limits").
const (
	MaxWhereHops       = 2   // has…With nested in has…With: how many edges one filter may cross
	MaxWherePredicates = 50  // conditions in one where argument: each field, and each object in and/or/not/has…With
	MaxFilterText      = 200 // characters in any text of a filter, and in search(query:)
)

// readRule says how an entity's read rule reaches filters on it.
type readRule int

const (
	// public: every reader may read every row (the query itself is
	// refused to those who may not read at all), so a filter needs nothing.
	public readRule = iota
	// rowRule: some rows are hidden from some readers. The entity's
	// WhereInput carries @readRule and applyReadRule knows its type.
	rowRule
)

// whereTargets are the entities a where filter can reach. Account,
// Session and Change have no filter (their where inputs are skipped in the
// ent schema); one added there must come with a rule here.
var whereTargets = map[string]readRule{
	"Area":         public,
	"Organization": public,
	"Network":      public,
	"Membership":   rowRule,
}

// applyReadRule implements @readRule: it runs after gqlgen has decoded one
// filter object and ANDs into it the rows the caller may read.
func applyReadRule(ctx context.Context, _ any, next graphql.Resolver) (any, error) {
	in, err := next(ctx)
	if err != nil {
		return nil, err
	}
	v := viewer.FromContext(ctx)
	switch w := in.(type) {
	case ent.MembershipWhereInput:
		if p := visible.Memberships(v).Predicate(); p != nil {
			w.AddPredicates(p)
		}
		return w, nil
	}
	// Unreachable while the test over whereTargets passes; refuse rather
	// than filter without the rule.
	return nil, errors.New("this filter cannot be used")
}

// cappedArguments are text arguments outside where filters that have the
// same length cap: field name on Query → argument.
var cappedArguments = map[string]string{"search": "query"}

// whereLimits is the gqlgen extension that checks every where argument of
// the validated operation before it executes.
type whereLimits struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = whereLimits{}

func (whereLimits) ExtensionName() string                   { return "VerkostoWhereLimits" }
func (whereLimits) Validate(graphql.ExecutableSchema) error { return nil }

func (whereLimits) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	op := oc.Doc.Operations.ForName(oc.OperationName)
	if op == nil {
		return nil
	}
	c := filterCheck{doc: oc.Doc, vars: oc.Variables, seen: map[string]bool{}}
	c.selections(op.SelectionSet)
	return c.err
}

type filterCheck struct {
	doc  *ast.QueryDocument
	vars map[string]any
	seen map[string]bool // fragments already checked
	err  *gqlerror.Error
}

func (c *filterCheck) selections(set ast.SelectionSet) {
	for _, sel := range set {
		if c.err != nil {
			return
		}
		switch sel := sel.(type) {
		case *ast.Field:
			c.field(sel)
			c.selections(sel.SelectionSet)
		case *ast.InlineFragment:
			c.selections(sel.SelectionSet)
		case *ast.FragmentSpread:
			if c.seen[sel.Name] {
				continue
			}
			c.seen[sel.Name] = true
			if def := c.doc.Fragments.ForName(sel.Name); def != nil {
				c.selections(def.SelectionSet)
			}
		}
	}
}

func (c *filterCheck) field(f *ast.Field) {
	if f.Definition == nil {
		return
	}
	for _, arg := range f.Arguments {
		def := f.Definition.Arguments.ForName(arg.Name)
		if def == nil || arg.Value == nil {
			continue
		}
		value, err := arg.Value.Value(c.vars)
		if err != nil {
			continue // validation has refused it already
		}
		switch {
		case strings.HasSuffix(def.Type.Name(), "WhereInput"):
			n := 0
			c.where(arg.Name, value, 0, &n)
			if c.err == nil && n > MaxWherePredicates {
				c.err = codedError(CodeQueryTooComplex, arg.Name, fmt.Sprintf(
					"%s: the filter has %d conditions; at most %d are allowed", arg.Name, n, MaxWherePredicates))
			}
		case f.ObjectDefinition != nil && f.ObjectDefinition.Name == "Query" && cappedArguments[f.Name] == arg.Name:
			c.text(arg.Name, value)
		case def.Type.Name() == "Cursor" && value != nil:
			// Checked here, before anything runs: ent's eager loading of a
			// nested connection takes its cursor as decoded, and a cursor
			// that does not decode reached it as text (a panic, INTERNAL).
			if (&ent.Cursor{}).UnmarshalGQL(value) != nil {
				c.err = codedError(fault.Invalid.Code(), arg.Name, "not a valid cursor: use a cursor from pageInfo or an edge")
			}
		}
		if c.err != nil {
			c.err.Path = ast.Path{ast.PathName(f.Alias)}
			return
		}
	}
}

// where walks one filter object (decoded JSON-like values) at hops edges
// from the connection, counting its conditions into n.
func (c *filterCheck) where(path string, value any, hops int, n *int) {
	m, ok := value.(map[string]any)
	if !ok {
		return
	}
	// Sorted, so that the same request always gets the same error.
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		if c.err != nil {
			return
		}
		v, p := m[k], path+"."+k
		*n++
		switch {
		case k == "and" || k == "or" || k == "not":
			for _, e := range asList(v) {
				*n++ // an empty object is still work for the database
				c.where(p, e, hops, n)
			}
		case strings.HasPrefix(k, "has") && strings.HasSuffix(k, "With"):
			if hops+1 > MaxWhereHops {
				c.err = codedError(CodeQueryTooComplex, "where", fmt.Sprintf(
					"%s: a filter may cross at most %d edges (has…With inside has…With)", p, MaxWhereHops))
				return
			}
			for _, e := range asList(v) {
				*n++
				c.where(p, e, hops+1, n)
			}
		default:
			c.text(p, v)
		}
	}
}

// text refuses a text (or a list of texts) longer than MaxFilterText.
func (c *filterCheck) text(path string, value any) {
	for _, v := range asList(value) {
		if s, ok := v.(string); ok && utf8.RuneCountInString(s) > MaxFilterText {
			c.err = codedError(fault.Invalid.Code(), path, fmt.Sprintf(
				"%s: at most %d characters (got %d)", path, MaxFilterText, utf8.RuneCountInString(s)))
			return
		}
	}
}

// asList returns a list value's items; GraphQL also accepts a single item
// where a list is expected. Lists from the query text are []any, those
// from variables typed slices ([]map[string]any, []string).
func asList(v any) []any {
	if l, ok := v.([]any); ok {
		return l
	}
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.Slice {
		l := make([]any, rv.Len())
		for i := range l {
			l[i] = rv.Index(i).Interface()
		}
		return l
	}
	return []any{v}
}
