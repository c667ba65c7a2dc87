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

// Area is a place: the country, a wellbeing services county (or the City of
// Helsinki), the Åland region or a municipality. Areas form a tree:
// municipality → county → country. They are reference data shipped in the binary.
type Area struct{ ent.Schema }

func (Area) Mixin() []ent.Mixin { return []ent.Mixin{NamesMixin{}} }

func (Area) Fields() []ent.Field {
	return []ent.Field{
		field.String("code").
			NotEmpty().
			MaxLen(16).
			Comment("Official code: Statistics Finland's municipality or wellbeing services county code, FI for the country.").
			Annotations(entgql.OrderField("CODE")),
		field.Enum("kind").
			Values("COUNTRY", "WELLBEING_COUNTY", "REGION", "MUNICIPALITY").
			Comment("What kind of area this is.").
			Annotations(entgql.Type("AreaKind"), entgql.OrderField("KIND")),
		field.Int("parent_id").
			Optional().
			Nillable().
			Comment("The area this one belongs to.").
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

func (Area) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("children", Area.Type).
			Comment("Areas directly inside this one (a county's municipalities).").
			Annotations(entgql.RelayConnection()).
			From("parent").
			Field("parent_id").
			Unique().
			Comment("The area this one belongs to (a municipality's county)."),
		edge.From("home_organizations", Organization.Type).
			Ref("home_area").
			Comment("Organisations whose home is this area.").
			Annotations(entgql.RelayConnection()),
		edge.From("operating_organizations", Organization.Type).
			Ref("operating_areas").
			Comment("Organisations that operate in this area.").
			Annotations(entgql.RelayConnection()),
		edge.From("networks", Network.Type).
			Ref("areas").
			Comment("Networks that cover this area.").
			Annotations(entgql.RelayConnection()),
	}
}

func (Area) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("kind", "code").Unique(),
		index.Fields("name_fi"),
		index.Fields("parent_id"),
	}
}

func (Area) Policy() ent.Policy { return areaPolicy() }

func (Area) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("A place: the country, a wellbeing services county (or the City of Helsinki), the Åland region or a municipality."),
		dataversion.Tracked(),
		entgql.RelayConnection(),
		entgql.QueryField("areas").Description("Areas: the country, the wellbeing services counties and the municipalities."),
		entgql.MultiOrder(),
	}
}
