package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/verkosto/verkosto/ent/schema/validate"
	"github.com/verkosto/verkosto/internal/viewer"
)

// Account is someone who signs in: an administrator, a network's
// coordinator, an organisation's editor or a reader. It holds no personal
// name; the email is the only identifier.
type Account struct{ ent.Schema }

func (Account) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, AuditMixin{}} }

func (Account) Fields() []ent.Field {
	return []ent.Field{
		field.String("email").
			NotEmpty().
			MaxLen(254).
			Unique().
			Validate(validate.Email).
			Comment("Sign-in email, stored in lower case.").
			Annotations(entgql.OrderField("EMAIL")),
		field.String("password_hash").
			Sensitive().
			NotEmpty().
			Comment("argon2id hash in PHC string format.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Enum("role").
			GoType(viewer.Role("")).
			Default(string(viewer.RoleViewer)).
			Comment("ADMIN: everything; COORDINATOR: its networks; EDITOR: its organisation; VIEWER: reads.").
			Annotations(entgql.Type("AccountRole"), entgql.OrderField("ROLE")),
		field.Bool("disabled").
			Default(false).
			Comment("A disabled account cannot sign in and its sessions stop working at once."),
		field.Int("organization_id").
			Optional().
			Nillable().
			Comment("The organisation an editor edits.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Int("failed_logins").
			Default(0).
			NonNegative().
			Comment("Failed sign-in attempts since the last success (throttling).").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Time("locked_until").
			Optional().
			Nillable().
			Comment("Sign-in is refused until then after repeated failures.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Time("last_login_at").
			Optional().
			Nillable().
			Comment("When the account last signed in.").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Enum("language").
			Values("fi", "sv", "en").
			Default("fi").
			Comment("The language of the messages the account gets.").
			Annotations(entgql.Type("Language")),
		field.Bool("join_request_digest").
			Default(false).
			Comment("Join requests come in one daily digest instead of one message each (in the app at once either way).").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput, entgql.SkipOrderField)),
		field.JSON("notifications_off", []string{}).
			Optional().
			Comment("The kinds of message the account has turned off.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		idempotencyKeyField(),
	}
}

func (Account) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("organization", Organization.Type).
			Field("organization_id").
			Unique().
			Comment("The organisation an editor edits."),
		edge.To("networks", Network.Type).
			Comment("The networks a coordinator coordinates."),
		edge.To("sessions", Session.Type).
			Annotations(entgql.Skip(entgql.SkipAll)),
		edge.To("password_resets", PasswordReset.Type).
			Annotations(entgql.Skip(entgql.SkipAll)),
		edge.To("messages", Message.Type).
			Annotations(entgql.Skip(entgql.SkipAll)),
		edge.To("changes", Change.Type).
			Comment("Changes made by this account.").
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

func (Account) Indexes() []ent.Index {
	return []ent.Index{index.Fields("organization_id")}
}

func (Account) Policy() ent.Policy { return accountPolicy() }

func (Account) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("Someone who signs in. Administrators see every account; others see only their own."),
		entgql.RelayConnection(),
		entgql.QueryField("accounts").Description("Accounts: every account for administrators, your own for others."),
		entgql.Skip(entgql.SkipWhereInput),
	}
}

// idempotencyKeyField lets a create mutation be retried safely: the key
// (prefixed with the account's ID) is stored with the entity it created.
func idempotencyKeyField() ent.Field {
	return field.String("idempotency_key").
		Optional().
		Nillable().
		Unique().
		MaxLen(150).
		Comment("The idempotency key of the request that created the entry.").
		Annotations(entgql.Skip(entgql.SkipAll))
}
