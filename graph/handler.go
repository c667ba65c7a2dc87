// Package graph is Verkosto's GraphQL API: the schema (ent.graphqls
// generated from the ent schema, the other *.graphqls one per domain, each
// with its *.resolvers.go), thin resolvers over ent and the domain
// packages, the error presenter (codes by fault.Kind) and the query limits.
package graph

import (
	"context"
	"fmt"
	"net/http"
	"runtime/debug"
	"sync"

	"entgo.io/contrib/entgql"
	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/graph/generated"
	"github.com/verkosto/verkosto/internal/auth"
	"github.com/verkosto/verkosto/internal/coverage"
	"github.com/verkosto/verkosto/internal/fault"
	"github.com/verkosto/verkosto/internal/insight"
	"github.com/verkosto/verkosto/internal/netmap"
)

// NewHandler returns the GraphQL endpoint: POST with JSON for everything,
// GET for queries only (no multipart, no websockets), with limits on every
// request and errors mapped to codes.
func NewHandler(client *ent.Client, maps *netmap.Service, sessions *auth.Service, cover *coverage.Service, ins *insight.Service) *handler.Server {
	srv := handler.New(NewSchema(client, maps, sessions, cover, ins))
	srv.AddTransport(httpTransport{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	// A backstop for the parser; Limits refuses long queries earlier, with a clearer error.
	srv.SetParserTokenLimit(DefaultLimits.MaxTokens + 1)
	srv.Use(DefaultLimits)
	srv.Use(whereLimits{})
	srv.Use(extension.Introspection{})
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](100)})
	// Each mutation runs in one transaction; resolvers reach it via ent.FromContext.
	srv.Use(transactioner{entgql.Transactioner{TxOpener: client}})
	srv.AroundFields(markFaults)
	srv.AroundFields(oneAtATimeInTx)
	srv.SetErrorPresenter(presentError)
	srv.SetRecoverFunc(func(ctx context.Context, p any) error {
		// Presented as INTERNAL and logged there, with the stack.
		return &resolverError{fmt.Errorf("panic: %v\n%s", p, debug.Stack())}
	})
	return srv
}

// NewSchema returns the executable schema. The services are the server's,
// shared with its plain endpoints (/map.json, /insight/scores.json), so
// both answer from one cache.
func NewSchema(client *ent.Client, maps *netmap.Service, sessions *auth.Service, cover *coverage.Service, ins *insight.Service) graphql.ExecutableSchema {
	return generated.NewExecutableSchema(generated.Config{
		Resolvers: &Resolver{client: client, maps: maps, auth: sessions, cover: cover, trees: newTreeCache(),
			insight: ins},
		Directives: generated.DirectiveRoot{ReadRule: applyReadRule},
	})
}

var _ http.Handler = (*handler.Server)(nil)

// transactioner is entgql's, guarded for responses that have no operation
// (a request body that is not JSON): entgql's would panic looking for one.
// It also refuses, before anything runs, a mutation that mixes signing in
// or out with other fields (see sessionFields).
type transactioner struct{ entgql.Transactioner }

var _ graphql.OperationContextMutator = transactioner{}

// InterceptResponse is entgql's, except that a failed begin or commit (the
// database gone, full, read-only) is presented like any other fault: coded,
// logged, and without the driver's text. Signing in and out run outside any
// transaction (see MutateOperationContext).
func (t transactioner) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	if !graphql.HasOperationContext(ctx) {
		return next(ctx)
	}
	oc := graphql.GetOperationContext(ctx)
	if oc.Operation == nil || oc.Operation.Operation != ast.Mutation || sessionFields(oc) > 0 {
		return next(ctx)
	}
	txCtx, tx, err := t.OpenTx(ctx)
	if err != nil {
		return txFailed(ctx, fmt.Errorf("cannot begin a transaction: %w", err))
	}
	defer func() {
		if r := recover(); r != nil {
			_ = tx.Rollback()
			panic(r)
		}
	}()
	rsp := next(context.WithValue(txCtx, txLockKey{}, new(sync.Mutex)))
	if len(rsp.Errors) > 0 {
		_ = tx.Rollback()
		return &graphql.Response{Errors: rsp.Errors}
	}
	if err := tx.Commit(); err != nil {
		return txFailed(ctx, fmt.Errorf("cannot commit a transaction: %w", err))
	}
	return rsp
}

// txLockKey holds a mutation's lock on its transaction (see oneAtATimeInTx).
type txLockKey struct{}

// oneAtATimeInTx runs a mutation's resolvers one at a time. gqlgen resolves
// the fields of an answer side by side, and a mutation's answer is read in
// its transaction, which is one database connection: on PostgreSQL (lib/pq)
// two queries on it at once break the protocol ("unexpected Parse
// response"), so an answer with two edges (an account's organisation and
// networks) failed. A resolver reads its rows whole before it returns, so
// the lock is never held while another waits on it.
func oneAtATimeInTx(ctx context.Context, next graphql.Resolver) (any, error) {
	if mu, ok := ctx.Value(txLockKey{}).(*sync.Mutex); ok {
		if fc := graphql.GetFieldContext(ctx); fc != nil && (fc.IsResolver || fc.IsMethod) {
			mu.Lock()
			defer mu.Unlock()
		}
	}
	return next(ctx)
}

func txFailed(ctx context.Context, err error) *graphql.Response {
	return &graphql.Response{Errors: gqlerror.List{presentError(ctx, &resolverError{err})}}
}

// MutateOperationContext refuses a mutation in which login or logout shares
// the request with another field (or with a second login or logout).
// Signing in and out run outside any transaction: a failed sign-in must
// count against the throttle, which a rolled-back transaction would undo.
// Next to a field that runs in the request's transaction, the sign-in's
// own writes would wait on that transaction's lock (on SQLite, for the
// whole busy timeout) while it waits for them.
func (transactioner) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if n := sessionFields(oc); n > 1 || n == 1 && len(executedFields(oc)) > 1 {
		return codedError(fault.Invalid.Code(), "", "login, logout and refreshSession must be sent alone")
	}
	return nil
}

// sessionFields counts the login, logout and refreshSession fields a
// mutation would run (all write the session outside the transaction).
func sessionFields(oc *graphql.OperationContext) int {
	if oc.Operation == nil || oc.Operation.Operation != ast.Mutation {
		return 0
	}
	n := 0
	for _, f := range executedFields(oc) {
		if f.Name == "login" || f.Name == "logout" || f.Name == "refreshSession" {
			n++
		}
	}
	return n
}

// executedFields are the operation's top-level fields as they will run:
// fragments expanded, @skip and @include applied, __typename left out.
func executedFields(oc *graphql.OperationContext) []graphql.CollectedField {
	var out []graphql.CollectedField
	for _, f := range graphql.CollectFields(oc, oc.Operation.SelectionSet, nil) {
		if f.Name != "__typename" {
			out = append(out, f)
		}
	}
	return out
}
