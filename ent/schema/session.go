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

// Session is a signed-in browser. It lives in the database so that several
// app servers share it and signing out ends it everywhere. Only a hash of
// the cookie's token is stored: a leaked table does not leak sessions.
type Session struct{ ent.Schema }

func (Session) Fields() []ent.Field {
	return []ent.Field{
		field.String("token_hash").
			Unique().
			Immutable().
			Sensitive().
			Comment("SHA-256 of the session cookie's token, hex-encoded."),
		field.Int("account_id").
			Immutable().
			Comment("The signed-in account."),
		field.Time("created_at").
			Default(time.Now).
			Immutable().
			Comment("When the session started; it ends at the absolute expiry after this."),
		field.Time("last_seen_at").
			Default(time.Now).
			Comment("When the session was last used; it ends after the idle expiry."),
		field.Time("expires_at").
			Comment("When the session ends at the latest."),
	}
}

func (Session) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("account", Account.Type).
			Ref("sessions").
			Field("account_id").
			Unique().
			Required().
			Immutable(),
	}
}

func (Session) Indexes() []ent.Index {
	return []ent.Index{index.Fields("account_id"), index.Fields("expires_at")}
}

func (Session) Policy() ent.Policy { return systemOnlyPolicy() }

func (Session) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("A signed-in browser session; never exposed through the API."),
		entgql.Skip(entgql.SkipAll),
	}
}
