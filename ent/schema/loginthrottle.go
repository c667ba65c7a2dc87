package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// LoginThrottle counts failed sign-ins for an email that has no account.
// It lives in the database, next to the account's own counter, so that
// every server behind a load balancer locks an unknown email exactly as it
// locks an account: a lock seen on one server and not on another would tell
// which emails exist. Only a hash of the folded email is stored, so the
// table is not a list of addresses people tried.
type LoginThrottle struct{ ent.Schema }

func (LoginThrottle) Fields() []ent.Field {
	return []ent.Field{
		field.String("email_hash").
			Unique().
			Immutable().
			Comment("SHA-256 of the folded email, hex-encoded."),
		field.Int("failed_logins").
			Default(0).
			NonNegative().
			Comment("Failed sign-in attempts, counted as for an account."),
		field.Time("locked_until").
			Comment("Sign-in is refused until then; the count is forgotten a while after it."),
	}
}

func (LoginThrottle) Indexes() []ent.Index {
	return []ent.Index{index.Fields("locked_until")}
}

func (LoginThrottle) Policy() ent.Policy { return systemOnlyPolicy() }

func (LoginThrottle) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("Failed sign-ins of an email without an account; never exposed through the API."),
		entgql.Skip(entgql.SkipAll),
	}
}
