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

// Organization is an actor that takes part in networks: a municipality, a
// wellbeing services county, a police department, an NGO, a parish… or a unit
// of one (an Ankkuri team belongs to its police department).
type Organization struct{ ent.Schema }

func (Organization) Mixin() []ent.Mixin {
	return []ent.Mixin{NamesMixin{ShortName: true}, EditableMixin{}, TimeMixin{}, AuditMixin{}}
}

func (Organization) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("sector").
			GoType(enum.Sector("")).
			Comment("Which sector the organisation belongs to.").
			Annotations(entgql.Type("Sector"), entgql.OrderField("SECTOR")),
		field.JSON("services", []enum.Service{}).
			Optional().
			Comment("What the organisation provides (shelter, victim support, mediation…).").
			Annotations(entgql.Type("[Service!]")),
		field.String("business_id").
			Optional().
			Nillable().
			Unique().
			Validate(validate.BusinessID).
			Comment("Finnish business ID (Y-tunnus), e.g. 0245437-2; checksum-validated and unique.").
			Annotations(entgql.OrderField("BUSINESS_ID")),
		field.Int("home_area_id").
			Optional().
			Nillable().
			Comment("The area where the organisation is based.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Int("parent_id").
			Optional().
			Nillable().
			Comment("The organisation this one is a unit of.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("email").
			Optional().
			MaxLen(254).
			Validate(validate.Email).
			Comment("Generic contact email of the organisation (never a person's)."),
		field.String("phone").
			Optional().
			MaxLen(40).
			Comment("Generic phone number of the organisation (switchboard, never a person's)."),
		field.String("website").
			Optional().
			MaxLen(500).
			Validate(validate.URL).
			Comment("Website address."),
		field.String("address").
			// Never a where-filter either: a filter would reveal a confidential
			// address one guess at a time.
			Annotations(entgql.Skip(entgql.SkipType, entgql.SkipWhereInput, entgql.SkipOrderField)).
			Optional().
			MaxLen(300).
			Comment("Visiting address. Hidden when addressConfidential is set."),
		field.Bool("address_confidential").
			Default(false).
			Comment("True when the address must not be shown to the public (shelters)."),
		field.Text("description").
			Optional().
			MaxLen(5000).
			Comment("What the organisation does, in a few sentences."),
		idempotencyKeyField(),
	}
}

func (Organization) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("home_area", Area.Type).
			Field("home_area_id").
			Unique().
			Comment("The area where the organisation is based."),
		edge.To("operating_areas", Area.Type).
			Comment("Areas where the organisation operates."),
		edge.To("units", Organization.Type).
			Comment("Units of this organisation.").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)).
			From("parent").
			Field("parent_id").
			Unique().
			Comment("The organisation this one is a unit of."),
		edge.From("memberships", Membership.Type).
			Ref("organization").
			Comment("The organisation's memberships in networks, past and present.").
			Annotations(entgql.RelayConnection(), entgql.OrderField("MEMBERSHIPS_COUNT"),
				entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.From("coordinated_networks", Network.Type).
			Ref("coordinator").
			Comment("Networks this organisation coordinates.").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.From("editors", Account.Type).
			Ref("organization").
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

func (Organization) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("sector"),
		index.Fields("name_fi"),
		index.Fields("home_area_id"),
		index.Fields("parent_id"),
	}
}

func (Organization) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("An actor that takes part in networks: a municipality, wellbeing services county, police department, NGO, parish… or a unit of one."),
		dataversion.Tracked(),
		entgql.RelayConnection(),
		entgql.QueryField("organizations").Description("Organisations, filtered and ordered."),
		entgql.MultiOrder(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}

func (Organization) Policy() ent.Policy { return organizationPolicy() }
