package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/verkosto/verkosto/internal/dataversion"
)

// Membership says that an organisation belongs (belonged, asks to belong) to
// a network, in a role, for a period. It is an entity of its own rather than
// an ent edge schema because an organisation may leave and re-join the same
// network: each stint is its own row with its own dates.
type Membership struct{ ent.Schema }

func (Membership) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, AuditMixin{}} }

func (Membership) Fields() []ent.Field {
	return []ent.Field{
		field.Int("organization_id").
			Immutable().
			Comment("The member organisation.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Int("network_id").
			Immutable().
			Comment("The network.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Enum("role").
			Values("CHAIR", "VICE_CHAIR", "COORDINATOR", "SECRETARY", "MEMBER", "EXPERT", "OBSERVER").
			Default("MEMBER").
			Comment("The organisation's role in the network.").
			Annotations(entgql.Type("MembershipRole"), entgql.OrderField("ROLE")),
		field.String("representative").
			Optional().
			MaxLen(200).
			Comment("The representative's role title (never a personal name), e.g. 'ehkäisevän työn koordinaattori'."),
		field.Time("start_date").
			Optional().
			Nillable().
			Comment("When the membership started.").
			Annotations(entgql.Type("Date"), entgql.OrderField("START_DATE")),
		field.Time("end_date").
			Optional().
			Nillable().
			Comment("When the membership ended.").
			Annotations(entgql.Type("Date"), entgql.OrderField("END_DATE")),
		field.Enum("status").
			Values("PENDING", "ACTIVE", "DECLINED", "ENDED").
			Default("PENDING").
			Comment("PENDING (asked to join), ACTIVE, DECLINED or ENDED.").
			Annotations(entgql.Type("MembershipStatus"), entgql.OrderField("STATUS")),
		field.String("source").
			Optional().
			MaxLen(500).
			Comment("Where the fact comes from: a document's title and publisher, or who reported it."),
		field.Bool("illustrative").
			Default(false).
			Comment("True when the membership is an illustrative example, not a documented fact (demo data)."),
		field.String("decline_reason").
			Optional().
			MaxLen(1000).
			Comment("Why a request to join was declined."),
		field.Time("organization_confirmed_at").
			Optional().
			Nillable().
			Comment("When the member organisation last confirmed the membership."),
		field.Time("network_confirmed_at").
			Optional().
			Nillable().
			Comment("When the network's coordinator last confirmed the membership."),
		field.Int("version").
			Default(1).
			NonNegative().
			Comment("Optimistic-lock version.").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)),
		idempotencyKeyField(),
		field.Enum("requested_by").
			Values("ORGANIZATION", "NETWORK").
			Default("ORGANIZATION").
			Immutable().
			Comment("Which side asked for the membership: ORGANIZATION when the organisation's editor asked to join " +
				"(and for memberships recorded from documents or before invitations existed), NETWORK when the network's " +
				"coordinator invited the organisation. A pending membership is approved or declined by the other side or an " +
				"administrator; an invitation to an organisation that has no editors, by the network's coordinator too.").
			Annotations(entgql.Type("MembershipSide")),
	}
}

func (Membership) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("organization", Organization.Type).
			Field("organization_id").
			Unique().
			Required().
			Immutable().
			Comment("The member organisation."),
		edge.To("network", Network.Type).
			Field("network_id").
			Unique().
			Required().
			Immutable().
			Comment("The network."),
	}
}

func (Membership) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("organization_id", "network_id"),
		index.Fields("network_id", "status"),
		index.Fields("status"),
	}
}

func (Membership) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("An organisation's membership in a network: role, representative's role title, dates, status and source."),
		dataversion.Tracked(),
		entgql.RelayConnection(),
		entgql.QueryField("memberships").Description("Memberships, filtered and ordered."),
		entgql.MultiOrder(),
	}
}

func (Membership) Hooks() []ent.Hook {
	return []ent.Hook{datesInOrder("start_date", "end_date", "endDate")}
}

func (Membership) Policy() ent.Policy { return membershipPolicy() }
