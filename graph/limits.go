package graph

import (
	"context"
	"fmt"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/lexer"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/verkosto/verkosto/internal/coverage"
	"github.com/verkosto/verkosto/internal/fault"
)

// Limits bound the work one request may ask for. gqlgen has none by default.
type Limits struct {
	MaxTokens     int // lexical tokens in the query text, checked before parsing
	MaxDepth      int // nesting of fields (introspection gets IntrospectionDepth)
	MaxComplexity int // fields in the query with fragments expanded
	MaxAliases    int // aliased fields with fragments expanded
	MaxPage       int // largest first/last
	MaxCost       int // values the query may return, estimated from page sizes (see estimator)
}

// MaxCost is the default budget of values one request may return, as the
// estimator counts them. The web app's largest query (a county's coverage
// with its municipalities) is estimated at about 23,000, a table of 100 rows
// at about 1,100 and the map at 10,000; a hundred networks with a hundred
// memberships each and five fields a membership is over.
const MaxCost = 50_000

// DefaultLimits are the limits the server runs with.
var DefaultLimits = Limits{MaxTokens: 5000, MaxDepth: 10, MaxComplexity: 1000, MaxAliases: 30, MaxPage: MaxPage, MaxCost: MaxCost}

// introspectionDepth allows the standard introspection query, whose type
// references nest ofType eight levels deep, while still bounding it.
const introspectionDepth = 16

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
	graphql.OperationContextMutator
} = Limits{}

// ExtensionName names the extension for gqlgen.
func (Limits) ExtensionName() string { return "VerkostoLimits" }

// Validate is called by gqlgen when the extension is added.
func (Limits) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationParameters refuses an expensive query before gqlgen parses
// and validates it. Validation is not cheap for hostile input (comparing
// every pair of same-named fields is quadratic), so the shape is checked
// first: a lexer pass for the token count, then a parse of our own.
func (l Limits) MutateOperationParameters(_ context.Context, p *graphql.RawParams) *gqlerror.Error {
	lex := lexer.New(&ast.Source{Input: p.Query})
	for n := 0; ; n++ {
		tok, err := lex.ReadToken()
		if err != nil {
			return nil // the parser reports lexical errors properly
		}
		if tok.Kind == lexer.EOF {
			break
		}
		if n >= l.MaxTokens {
			return tooComplex("the query has more than %d tokens", l.MaxTokens)
		}
	}
	doc, err := parser.ParseQuery(&ast.Source{Input: p.Query})
	if err != nil {
		return nil // gqlgen reports syntax errors with their locations
	}
	if len(doc.Fragments) > maxFragments {
		return tooComplex("the query defines %d fragments; at most %d are allowed", len(doc.Fragments), maxFragments)
	}
	for _, op := range doc.Operations {
		w := walker{limits: l, doc: doc, memo: map[string]cost{}}
		c := w.selections(op.SelectionSet, map[string]bool{})
		switch {
		case c.depth > l.MaxDepth:
			return tooComplex("the query is nested %d levels deep; at most %d are allowed", c.depth, l.MaxDepth)
		case c.fields > l.MaxComplexity:
			return tooComplex("the query asks for %d fields; at most %d are allowed", c.fields, l.MaxComplexity)
		case c.aliases > l.MaxAliases:
			return tooComplex("the query uses %d aliases; at most %d are allowed", c.aliases, l.MaxAliases)
		case c.repeats > maxRepeats:
			return tooComplex("a field is selected %d times in one place; at most %d are allowed", c.repeats, maxRepeats)
		}
	}
	return nil
}

// maxRepeats bounds how often one response key appears in a selection set
// (fragments included). Validation compares each such pair, so without it a
// few thousand tokens buy seconds of CPU and megabytes of error messages.
const maxRepeats = 10

// maxFragments bounds fragment definitions: validating long chains of
// fragments costs far more than the few tokens they take.
const maxFragments = 50

// MutateOperationContext checks what needs the validated operation and its
// variables: page sizes wherever a connection appears, then the estimated
// size of the answer. Both run before any resolver, so a refusal costs no
// database work.
func (l Limits) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	op := oc.Doc.Operations.ForName(oc.OperationName)
	if op == nil {
		return nil
	}
	w := walker{limits: l, doc: oc.Doc, vars: oc.Variables, memo: map[string]cost{}, pages: true}
	w.selections(op.SelectionSet, map[string]bool{})
	if w.err != nil {
		return w.err
	}
	if n := Estimate(oc.Doc, op, oc.Variables, l.MaxPage); n > l.MaxCost {
		err := tooComplex("the query could return about %d values (each field times the page sizes around it, %d when first/last is absent); at most %d are allowed: ask for smaller pages or fewer nested lists",
			n, l.MaxPage, l.MaxCost)
		err.Extensions["estimate"] = n
		err.Extensions["budget"] = l.MaxCost
		return err
	}
	return nil
}

func tooComplex(format string, args ...any) *gqlerror.Error {
	return codedError(CodeQueryTooComplex, "", fmt.Sprintf(format, args...))
}

// cost is what a selection set asks for. Counts saturate so that a fragment
// that spreads another twice, a hundred levels down, cannot overflow.
type cost struct {
	depth, fields, aliases int
	repeats                int            // most times one response key appears in one selection set
	keys                   map[string]int // response keys at this level, fragments flattened
}

const saturate = 1 << 30

func add(a, b int) int { return min(a+b, saturate) }

type walker struct {
	limits Limits
	doc    *ast.QueryDocument
	vars   map[string]any
	memo   map[string]cost // per fragment: each is costed once however often it is spread
	pages  bool            // check first/last (needs a validated document)
	err    *gqlerror.Error
}

func (w *walker) selections(set ast.SelectionSet, visiting map[string]bool) cost {
	c := cost{keys: map[string]int{}}
	for _, sel := range set {
		var s cost
		switch sel := sel.(type) {
		case *ast.Field:
			if w.pages {
				w.checkPage(sel)
			}
			s = w.selections(sel.SelectionSet, visiting)
			if strings.HasPrefix(sel.Name, "__") && s.depth+1 <= introspectionDepth {
				s.depth = 0 // introspection: bounded separately above
			}
			s.depth++
			s.fields = add(s.fields, 1)
			key := sel.Alias
			if key == "" {
				key = sel.Name
			}
			if key != sel.Name {
				s.aliases = add(s.aliases, 1)
			}
			c.keys[key] = add(c.keys[key], 1)
			c.repeats = max(c.repeats, c.keys[key])
		case *ast.InlineFragment:
			s = w.selections(sel.SelectionSet, visiting)
		case *ast.FragmentSpread:
			s = w.fragment(sel.Name, visiting)
		}
		if _, isField := sel.(*ast.Field); !isField {
			// A fragment's fields land in this selection set.
			for k, n := range s.keys {
				c.keys[k] = add(c.keys[k], n)
				c.repeats = max(c.repeats, c.keys[k])
			}
		}
		c.depth = max(c.depth, s.depth)
		c.fields = add(c.fields, s.fields)
		c.aliases = add(c.aliases, s.aliases)
		c.repeats = max(c.repeats, s.repeats)
	}
	return c
}

func (w *walker) fragment(name string, visiting map[string]bool) cost {
	if c, ok := w.memo[name]; ok {
		return c
	}
	def := w.doc.Fragments.ForName(name)
	if def == nil || visiting[name] { // validation rejects both; stay safe anyway
		return cost{}
	}
	visiting[name] = true
	c := w.selections(def.SelectionSet, visiting)
	delete(visiting, name)
	w.memo[name] = c
	return c
}

// checkPage enforces 0 ≤ first/last ≤ MaxPage wherever a connection appears,
// nested ones included (ent loads those eagerly, outside any resolver).
func (w *walker) checkPage(f *ast.Field) {
	if w.err != nil || f.Definition == nil {
		return
	}
	args := f.ArgumentMap(w.vars)
	for _, name := range []string{"first", "last"} {
		v, ok := args[name]
		if !ok || v == nil {
			continue
		}
		n, ok := toInt(v)
		if !ok || n < 0 || n > int64(w.limits.MaxPage) {
			w.err = codedError(fault.Invalid.Code(), name, fmt.Sprintf("%s must be between 0 and %d", name, w.limits.MaxPage))
			w.err.Path = ast.Path{ast.PathName(f.Alias)}
			return
		}
	}
}

func toInt(v any) (int64, bool) {
	switch n := v.(type) {
	case int64:
		return n, true
	case int:
		return int64(n), true
	case float64:
		return int64(n), float64(int64(n)) == n
	case interface{ Int64() (int64, error) }: // json.Number from variables
		i, err := n.Int64()
		return i, err == nil
	}
	return 0, false
}

// Estimate returns how many values (objects and scalars) a validated
// operation can return at most: each field counts once for every element of
// every list around it. A connection's edges count as its first/last, or
// maxPage when neither is given; a list with a page argument (search) as
// that argument or its default; nodes(ids:) as the number of IDs; other
// lists as listSizes says. Fragments are costed once per page size around
// them and the result multiplied, so hostile nesting stays cheap to refuse.
func Estimate(doc *ast.QueryDocument, op *ast.OperationDefinition, vars map[string]any, maxPage int) int {
	e := estimator{doc: doc, vars: vars, maxPage: maxPage, memo: map[fragmentAt]int{}}
	return e.set(op.SelectionSet, 0, map[string]bool{})
}

// fixedCosts are fields whose answer does not grow with the query below
// them. The map is one pre-encoded blob, built once per filter and data
// version but megabytes at national scale: a few per request at most. The
// schema's introspection is a fixed size too (GraphiQL asks for it once).
var fixedCosts = map[string]int{
	"Query.networkMap": 10_000,
	"Query.__schema":   10_000,
	"Query.__type":     500,
}

// listSizes are the sizes assumed for lists that take no page size and no
// IDs; defaultListSize is assumed for the others (an organisation's units
// or operating areas, a network's areas or subgroups, an expectation's
// organisations): they are bounded by the data, not by the query.
var listSizes = map[string]int{
	"CoverageReport.children":       30, // the country's 22 counties; a county's municipalities (27 at most)
	"CoverageReport.expectations":   20, // a template's expectations (16 in the largest default)
	"CoverageTemplate.expectations": 20,
	"ExpectationResult.suggestions": coverage.MaxSuggestions,
	// A possible duplicate's members: networks of a county have a few dozen.
	"NetworkOverlap.shared":  50,
	"NetworkOverlap.onlyInA": 50,
	"NetworkOverlap.onlyInB": 50,
}

const defaultListSize = 10

type fragmentAt struct {
	name string
	page int
}

type estimator struct {
	doc     *ast.QueryDocument
	vars    map[string]any
	maxPage int
	memo    map[fragmentAt]int
}

// set estimates a selection set; page is the size of the lists directly in
// it when it is a connection's (its edges), 0 elsewhere.
func (e *estimator) set(set ast.SelectionSet, page int, visiting map[string]bool) int {
	total := 0
	for _, sel := range set {
		switch sel := sel.(type) {
		case *ast.Field:
			total = add(total, e.field(sel, page, visiting))
		case *ast.InlineFragment:
			total = add(total, e.set(sel.SelectionSet, page, visiting))
		case *ast.FragmentSpread:
			key := fragmentAt{sel.Name, page}
			c, ok := e.memo[key]
			if !ok {
				def := e.doc.Fragments.ForName(sel.Name)
				if def == nil || visiting[sel.Name] { // validation rejects both
					continue
				}
				visiting[sel.Name] = true
				c = e.set(def.SelectionSet, page, visiting)
				delete(visiting, sel.Name)
				e.memo[key] = c
			}
			total = add(total, c)
		}
	}
	return total
}

func (e *estimator) field(f *ast.Field, page int, visiting map[string]bool) int {
	def := f.Definition
	if def == nil || f.ObjectDefinition == nil {
		return 1
	}
	qualified := f.ObjectDefinition.Name + "." + f.Name
	if c, ok := fixedCosts[qualified]; ok {
		return c
	}
	args := f.ArgumentMap(e.vars)
	n, inner := 1, 0
	switch {
	case def.Type.Elem != nil:
		n = e.listSize(qualified, def, args, page)
	case def.Arguments.ForName("first") != nil: // a connection: its edges are the page
		inner = e.pageSize(def, args)
	}
	return mul(n, add(1, e.set(f.SelectionSet, inner, visiting)))
}

func (e *estimator) listSize(qualified string, def *ast.FieldDefinition, args map[string]any, page int) int {
	if def.Arguments.ForName("first") != nil {
		return e.pageSize(def, args)
	}
	if page > 0 {
		return page
	}
	if ids, ok := args["ids"].([]any); ok {
		return len(ids)
	}
	if n, ok := listSizes[qualified]; ok {
		return n
	}
	return defaultListSize
}

// pageSize is the smaller of first and last, the argument's default when
// neither is given, or maxPage. checkPage has already bounded both.
func (e *estimator) pageSize(def *ast.FieldDefinition, args map[string]any) int {
	size := -1
	for _, name := range []string{"first", "last"} {
		if n, ok := toInt(args[name]); ok && n >= 0 && (size < 0 || int(n) < size) {
			size = int(n)
		}
	}
	if size >= 0 {
		return size
	}
	if arg := def.Arguments.ForName("first"); arg != nil && arg.DefaultValue != nil {
		if v, err := arg.DefaultValue.Value(nil); err == nil {
			if n, ok := toInt(v); ok && n >= 0 {
				return int(min(n, int64(e.maxPage)))
			}
		}
	}
	return e.maxPage
}

func mul(a, b int) int {
	if a != 0 && b > saturate/a {
		return saturate
	}
	return a * b
}
