package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// PasswordReset is a one-time link an administrator makes for an account
// whose password is forgotten: whoever opens it sets a new password, once,
// before it expires. Only a hash of the link's token is stored, as for
// sessions.
type PasswordReset struct{ ent.Schema }

func (PasswordReset) Fields() []ent.Field {
	return []ent.Field{
		field.String("token_hash").
			Unique().
			Immutable().
			Sensitive().
			Comment("SHA-256 of the link's token, hex-encoded."),
		field.Int("account_id").
			Immutable().
			Comment("The account whose password the link sets."),
		field.Time("created_at").
			Default(time.Now).
			Immutable().
			Comment("When the link was made."),
		field.Time("expires_at").
			Comment("When the link stops working."),
		field.Time("used_at").
			Optional().
			Nillable().
			Comment("When the link was used; a used link never works again."),
	}
}

func (PasswordReset) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("account", Account.Type).
			Ref("password_resets").
			Field("account_id").
			Unique().
			Required().
			Immutable(),
	}
}

func (PasswordReset) Indexes() []ent.Index {
	return []ent.Index{index.Fields("account_id"), index.Fields("expires_at")}
}

func (PasswordReset) Policy() ent.Policy { return systemOnlyPolicy() }

func (PasswordReset) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("A one-time link to set an account's password; never exposed through the API."),
		entgql.Skip(entgql.SkipAll),
	}
}
