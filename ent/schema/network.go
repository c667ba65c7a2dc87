package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/verkosto/verkosto/ent/schema/enum"
	"github.com/verkosto/verkosto/ent/schema/validate"
	"github.com/verkosto/verkosto/internal/dataversion"
)

// Network is a cross-sector group that organisations belong to: a
// coordination group, a working group, a MARAK or Ankkuri team, a project…
type Network struct{ ent.Schema }

func (Network) Mixin() []ent.Mixin {
	return []ent.Mixin{NamesMixin{ShortName: true}, EditableMixin{}, TimeMixin{}, AuditMixin{}}
}

func (Network) Fields() []ent.Field {
	return []ent.Field{
		field.Text("description").
			Optional().
			MaxLen(5000).
			Comment("What the network does, in a few sentences."),
		field.Enum("kind").
			Values("COORDINATION_GROUP", "WORKING_GROUP", "STEERING_GROUP", "MARAK", "ANKKURI",
				"SERVICE_NETWORK", "PROJECT", "FORUM", "OTHER").
			Comment("What kind of network this is.").
			Annotations(entgql.Type("NetworkKind"), entgql.OrderField("KIND")),
		field.JSON("themes", []enum.Theme{}).
			Optional().
			Comment("What the network works on.").
			Annotations(entgql.Type("[Theme!]")),
		field.Enum("level").
			Values("MUNICIPAL", "SUBREGIONAL", "WELLBEING_COUNTY", "MULTI_COUNTY", "NATIONAL").
			Comment("The geographic level the network works at.").
			Annotations(entgql.Type("NetworkLevel"), entgql.OrderField("LEVEL")),
		field.Int("coordinator_id").
			Optional().
			Nillable().
			Comment("The organisation that coordinates the network.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Int("parent_id").
			Optional().
			Nillable().
			Comment("The network this one works under.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Int("meetings_per_year").
			Optional().
			Nillable().
			Range(0, 366).
			Comment("How many times a year the network meets."),
		field.Time("started_on").
			Optional().
			Nillable().
			Comment("When the network started.").
			Annotations(entgql.Type("Date"), entgql.OrderField("STARTED_ON")),
		field.Time("ended_on").
			Optional().
			Nillable().
			Comment("When the network ended.").
			Annotations(entgql.Type("Date")),
		field.Enum("status").
			Values("ACTIVE", "DORMANT", "ENDED").
			Default("ACTIVE").
			Comment("Whether the network is active, dormant or ended.").
			Annotations(entgql.Type("NetworkStatus"), entgql.OrderField("STATUS")),
		field.String("website").
			Optional().
			MaxLen(500).
			Validate(validate.URL).
			Comment("Website address."),
		idempotencyKeyField(),
	}
}

func (Network) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("areas", Area.Type).
			Comment("Areas the network covers."),
		edge.To("coordinator", Organization.Type).
			Field("coordinator_id").
			Unique().
			Comment("The organisation that coordinates the network."),
		edge.To("subgroups", Network.Type).
			Comment("Networks working under this one (working groups under a coordination group).").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)).
			From("parent").
			Field("parent_id").
			Unique().
			Comment("The network this one works under."),
		edge.From("memberships", Membership.Type).
			Ref("network").
			Comment("The network's memberships, past and present.").
			Annotations(entgql.RelayConnection(), entgql.OrderField("MEMBERSHIPS_COUNT"),
				entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.From("coordinator_accounts", Account.Type).
			Ref("networks").
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

func (Network) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("kind"),
		index.Fields("name_fi"),
		index.Fields("coordinator_id"),
		index.Fields("parent_id"),
	}
}

func (Network) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("A cross-sector group organisations belong to: a coordination group, working group, MARAK or Ankkuri team, project…"),
		dataversion.Tracked(),
		entgql.RelayConnection(),
		entgql.QueryField("networks").Description("Networks, filtered and ordered."),
		entgql.MultiOrder(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}

func (Network) Hooks() []ent.Hook {
	return []ent.Hook{datesInOrder("started_on", "ended_on", "endedOn")}
}

func (Network) Policy() ent.Policy { return networkPolicy() }
