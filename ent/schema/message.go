package schema

import (
	"context"
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	gen "github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/privacy"
	"github.com/verkosto/verkosto/ent/schema/visible"
	"github.com/verkosto/verkosto/internal/viewer"
)

// Message is the transactional outbox: one message to one account about one
// event, written in the same transaction as the change that causes it and
// delivered later by the server's sender (e-mail, or the in-app list and
// the log when no mail server is configured). Its key makes an event's
// message unique: writing it twice keeps the first.
type Message struct{ ent.Schema }

func (Message) Fields() []ent.Field {
	return []ent.Field{
		field.String("key").
			NotEmpty().
			MaxLen(300).
			Unique().
			Immutable().
			Comment("The event and the recipient, e.g. join-request:12:7: one message per event and recipient."),
		field.Enum("kind").
			Values("JOIN_REQUEST", "INVITATION", "STALE_ENTRY", "STALE_DIGEST", "JOIN_REQUEST_DIGEST").
			Immutable().
			Comment("What the message is about; each account may turn each kind off."),
		field.Int("account_id").
			Immutable().
			Comment("The recipient."),
		field.String("subject").
			MaxLen(300).
			Immutable().
			Comment("The subject line, in the recipient's language."),
		field.Text("body").
			MaxLen(20000).
			Immutable().
			Comment("The plain-text body, in the recipient's language."),
		field.String("link").
			Optional().
			MaxLen(500).
			Immutable().
			Comment("The web app's path the message points to (opened after sign-in)."),
		field.Enum("status").
			Values("PENDING", "SENT", "FAILED", "HELD").
			Default("PENDING").
			Comment("PENDING until delivered, SENT once delivered, FAILED after the last attempt; HELD: in the app now, mailed in the account's daily digest."),
		field.Int("attempts").
			Default(0).
			NonNegative().
			Comment("Delivery attempts so far."),
		field.Time("next_attempt_at").
			Default(time.Now).
			Comment("When the sender may try next (backoff)."),
		field.Time("claimed_until").
			Optional().
			Nillable().
			Comment("A sender is delivering it until then; no other sender takes it meanwhile."),
		field.String("last_error").
			Optional().
			MaxLen(500).
			Comment("Why the last attempt failed (for operators; never shown in the API)."),
		field.Time("sent_at").
			Optional().
			Nillable().
			Comment("When it was delivered."),
		field.Time("read_at").
			Optional().
			Nillable().
			Comment("When the recipient marked it read in the app."),
		field.Time("created_at").
			Default(time.Now).
			Immutable().
			Comment("When the event happened."),
	}
}

func (Message) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("account", Account.Type).
			Ref("messages").
			Field("account_id").
			Unique().
			Required().
			Immutable(),
	}
}

func (Message) Indexes() []ent.Index {
	return []ent.Index{index.Fields("status", "next_attempt_at"), index.Fields("account_id", "created_at")}
}

func (Message) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			allowSystem(),
			privacy.MessageQueryRuleFunc(func(ctx context.Context, q *gen.MessageQuery) error {
				v := viewer.FromContext(ctx)
				if !v.SignedIn() {
					return denyAnonymous(ctx)
				}
				q.Where(visible.Messages(v))
				return privacy.Allow
			}),
			privacy.AlwaysDenyRule(),
		},
		// Written by the outbox as the system; read marks by the resolver
		// after it has read the message as its recipient.
		Mutation: privacy.MutationPolicy{allowSystem(), privacy.AlwaysDenyRule()},
	}
}

func (Message) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("A message to an account: the outbox of e-mails and in-app notifications."),
		entgql.Skip(entgql.SkipAll),
	}
}

// Lease says which server does a job that only one may do at a time (the
// mail sender): the holder renews it before it expires; when it lapses,
// another server takes over.
type Lease struct{ ent.Schema }

func (Lease) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(100).Unique().Immutable().Comment("The job."),
		field.String("holder").MaxLen(200).Comment("The server holding the job."),
		field.Time("expires_at").Comment("When the lease lapses unless renewed."),
	}
}

func (Lease) Policy() ent.Policy { return systemOnlyPolicy() }

func (Lease) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("Which server does a one-at-a-time job; never exposed through the API."),
		entgql.Skip(entgql.SkipAll),
	}
}
