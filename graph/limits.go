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
)

// Limits bound the work one request may ask for. gqlgen has none by default.
type Limits struct {
	MaxTokens     int // lexical tokens in the query text, checked before parsing
	MaxDepth      int // nesting of fields (introspection gets IntrospectionDepth)
	MaxComplexity int // fields in the query with fragments expanded
	MaxAliases    int // aliased fields with fragments expanded
	MaxPage       int // largest first/last
}

// DefaultLimits are the limits the server runs with.
var DefaultLimits = Limits{MaxTokens: 5000, MaxDepth: 10, MaxComplexity: 1000, MaxAliases: 30, MaxPage: MaxPage}

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
// variables: page sizes wherever a connection appears.
func (l Limits) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	op := oc.Doc.Operations.ForName(oc.OperationName)
	if op == nil {
		return nil
	}
	w := walker{limits: l, doc: oc.Doc, vars: oc.Variables, memo: map[string]cost{}, pages: true}
	w.selections(op.SelectionSet, map[string]bool{})
	return w.err
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
			w.err = codedError(CodeBadUserInput, name, fmt.Sprintf("%s must be between 0 and %d", name, w.limits.MaxPage))
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
