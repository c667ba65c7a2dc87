package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"

	"github.com/verkosto/verkosto/ent/schema/enum"
	"github.com/verkosto/verkosto/ent/schema/expect"
	"github.com/verkosto/verkosto/internal/dataversion"
)

// CoverageTemplate is a named set of expectations for one kind of area and
// some themes: what national guidance expects to exist in, say, a wellbeing
// services county working against domestic violence. Stored as data so that
// administrators can adapt it; the defaults are seeded at every start.
type CoverageTemplate struct{ ent.Schema }

func (CoverageTemplate) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, AuditMixin{}} }

func (CoverageTemplate) Fields() []ent.Field {
	return []ent.Field{
		field.String("key").
			Unique().
			NotEmpty().
			MaxLen(100).
			Comment("Stable identifier, e.g. county-violence."),
		field.String("name_fi").NotEmpty().MaxLen(300).Comment("Name in Finnish."),
		field.String("name_sv").Optional().MaxLen(300).Comment("Name in Swedish."),
		field.String("name_en").Optional().MaxLen(300).Comment("Name in English."),
		field.Enum("area_kind").
			Values("COUNTRY", "WELLBEING_COUNTY", "REGION", "MUNICIPALITY").
			Comment("The kind of area the template applies to.").
			Annotations(entgql.Skip(entgql.SkipType)),
		field.JSON("themes", []enum.Theme{}).
			Comment("The themes the template covers.").
			Annotations(entgql.Type("[Theme!]")),
		field.JSON("expectations", []expect.Expectation{}).
			Comment("What should exist, in order.").
			Annotations(entgql.Skip(entgql.SkipType)),
	}
}

func (CoverageTemplate) Policy() ent.Policy { return coverageTemplatePolicy() }

func (CoverageTemplate) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("A named set of coverage expectations for a kind of area and some themes."),
		dataversion.Tracked(),
		entgql.Skip(entgql.SkipWhereInput),
	}
}
