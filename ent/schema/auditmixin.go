package schema

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"entgo.io/ent"
	"entgo.io/ent/schema/mixin"

	gen "github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/change"
	"github.com/verkosto/verkosto/ent/privacy"
	"github.com/verkosto/verkosto/ent/schema/audit"
	"github.com/verkosto/verkosto/ent/schema/validate"
	"github.com/verkosto/verkosto/internal/viewer"
)

// AuditMixin writes a Change for every create, update and delete an
// account makes, through the mutation's own client: inside the same
// transaction, so a change and its audit record commit or fail together.
// The server's own writes (reference data, demo data, the generator, sign-in
// bookkeeping) are not audited.
type AuditMixin struct{ mixin.Schema }

func (AuditMixin) Hooks() []ent.Hook { return []ent.Hook{auditHook} }

// unaudited fields change as a side effect of every write.
var unaudited = []string{"search_text", "updated_at", "created_at", "version", "idempotency_key",
	"failed_logins", "locked_until", "last_login_at"}

// secret fields are recorded as changed, never with their value.
var secret = []string{"password_hash"}

func auditHook(next ent.Mutator) ent.Mutator {
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		v := viewer.FromContext(ctx)
		if !v.SignedIn() {
			return next.Mutate(ctx, m)
		}
		var op change.Operation
		switch {
		case m.Op().Is(ent.OpCreate):
			op = change.OperationCREATE
		case m.Op().Is(ent.OpUpdateOne):
			op = change.OperationUPDATE
		case m.Op().Is(ent.OpDeleteOne):
			op = change.OperationDELETE
		default:
			// A bulk change could not be attributed entry by entry.
			return nil, errors.New("bulk changes by an account are not supported: change entries one at a time")
		}
		var diff []audit.FieldChange
		fields := slices.Concat(m.Fields(), m.ClearedFields())
		for _, f := range fields {
			if slices.Contains(unaudited, f) {
				continue
			}
			fc := audit.FieldChange{Field: audit.GraphQLName(f), Before: "null", After: "null"}
			if op == change.OperationUPDATE {
				old, err := m.OldField(ctx, f)
				if err != nil {
					return nil, err
				}
				fc.Before = encode(old)
			}
			if v, ok := m.Field(f); ok {
				fc.After = encode(v)
			}
			if slices.Contains(secret, f) {
				fc.Before, fc.After = `"(hidden)"`, `"(changed)"`
			}
			if fc.Before != fc.After {
				diff = append(diff, fc)
			}
		}
		for _, e := range slices.Concat(m.AddedEdges(), m.RemovedEdges()) {
			if m.EdgeCleared(e) || slices.ContainsFunc(diff, func(fc audit.FieldChange) bool { return fc.Field == audit.GraphQLName(e) }) {
				continue
			}
			// For an edge, Before lists the IDs removed and After the IDs added.
			diff = append(diff, audit.FieldChange{Field: audit.GraphQLName(e),
				Before: encodeIDs(m.RemovedIDs(e)), After: encodeIDs(m.AddedIDs(e))})
		}
		var id int
		if op != change.OperationCREATE {
			id, _ = m.(interface{ ID() (int, bool) }).ID()
		}
		value, err := next.Mutate(ctx, m)
		if err != nil {
			return nil, err
		}
		if op == change.OperationCREATE {
			id, _ = m.(interface{ ID() (int, bool) }).ID()
		}
		client := m.(interface{ Client() *gen.Client }).Client()
		err = client.Change.Create().
			SetActorID(v.AccountID).
			SetActorRole(v.Role).
			SetEntityID(id).
			SetEntityType(m.Type()).
			SetOperation(op).
			SetDiff(diff).
			SetLabel(audit.Label(ctx)).
			Exec(privacy.DecisionContext(ctx, privacy.Allow))
		if err != nil {
			return nil, fmt.Errorf("writing the audit record: %w", err)
		}
		return value, nil
	})
}

func encode(v any) string {
	if t, ok := v.(time.Time); ok && t.IsZero() {
		return "null"
	}
	b, err := json.Marshal(v)
	if err != nil {
		return "null"
	}
	return string(b)
}

func encodeIDs(ids []ent.Value) string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		out = append(out, fmt.Sprint(id))
	}
	return encode(out)
}

// datesInOrder refuses an end date before the start date, on create and on
// update (where one of the two may come from the stored row).
func datesInOrder(startField, endField, endName string) ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if !m.Op().Is(ent.OpCreate | ent.OpUpdateOne) {
				return next.Mutate(ctx, m)
			}
			start, err := dateValue(ctx, m, startField)
			if err != nil {
				return nil, err
			}
			end, err := dateValue(ctx, m, endField)
			if err != nil {
				return nil, err
			}
			if start != nil && end != nil && end.Before(*start) {
				return nil, &validate.FieldError{Field: endName, Err: errors.New("must not be before the start date")}
			}
			return next.Mutate(ctx, m)
		})
	}
}

func dateValue(ctx context.Context, m ent.Mutation, f string) (*time.Time, error) {
	if v, ok := m.Field(f); ok {
		t := v.(time.Time)
		return &t, nil
	}
	if m.FieldCleared(f) || m.Op().Is(ent.OpCreate) {
		return nil, nil
	}
	old, err := m.OldField(ctx, f)
	if err != nil {
		return nil, err
	}
	if t, ok := old.(*time.Time); ok {
		return t, nil
	}
	return nil, nil
}
