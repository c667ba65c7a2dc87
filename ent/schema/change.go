package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/verkosto/verkosto/ent/schema/audit"
	"github.com/verkosto/verkosto/internal/viewer"
)

// Change is one audited change: who changed which entry, when, and each
// field's value before and after. Written by AuditMixin's hook in the same
// transaction as the change itself; append-only.
type Change struct{ ent.Schema }

func (Change) Fields() []ent.Field {
	return []ent.Field{
		field.Time("at").
			Default(time.Now).
			Immutable().
			Comment("When the change was made.").
			Annotations(entgql.OrderField("AT")),
		field.Int("actor_id").
			Optional().
			Nillable().
			Immutable().
			Comment("The account that made the change.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Enum("actor_role").
			GoType(viewer.Role("")).
			Immutable().
			Comment("The actor's role when the change was made.").
			Annotations(entgql.Type("AccountRole")),
		field.Int("entity_id").
			Immutable().
			Comment("The ID of the changed entry.").
			Annotations(entgql.Type("ID")),
		field.String("entity_type").
			Immutable().
			Comment("The changed entry's type: Organization, Network, Membership or Account."),
		field.Enum("operation").
			Values("CREATE", "UPDATE", "DELETE").
			Immutable().
			Comment("What was done to the entry.").
			Annotations(entgql.Type("ChangeOperation")),
		field.JSON("diff", []audit.FieldChange{}).
			Immutable().
			Comment("Each changed field's value before and after.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("label").
			Optional().
			Immutable().
			MaxLen(audit.MaxLabelLen).
			Comment("What the change was part of, when it came with others: an import names itself and its file."),
	}
}

func (Change) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("actor", Account.Type).
			Ref("changes").
			Field("actor_id").
			Unique().
			Immutable().
			Comment("The account that made the change (visible to administrators and to the account itself)."),
	}
}

func (Change) Indexes() []ent.Index {
	return []ent.Index{index.Fields("entity_id", "at"), index.Fields("at"), index.Fields("actor_id")}
}

func (Change) Policy() ent.Policy { return changePolicy() }

func (Change) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("An audited change to an organisation, network, membership or account."),
		entgql.RelayConnection(),
		entgql.Skip(entgql.SkipWhereInput),
	}
}
