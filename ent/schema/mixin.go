package schema

import (
	"context"
	"errors"
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/mixin"

	"github.com/verkosto/verkosto/ent/schema/searchtext"
)

// TimeMixin records when a row was created and last updated.
type TimeMixin struct{ mixin.Schema }

func (TimeMixin) Fields() []ent.Field {
	return []ent.Field{
		field.Time("created_at").
			Default(time.Now).
			Immutable().
			Comment("When the entry was created.").
			Annotations(entgql.OrderField("CREATED_AT"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Time("updated_at").
			Default(time.Now).
			UpdateDefault(time.Now).
			Comment("When the entry was last changed.").
			Annotations(entgql.OrderField("UPDATED_AT"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// EditableMixin is shared by the entries people keep current: an optimistic
// lock version (a stale update is refused rather than silently overwriting
// someone else's edit) and the date someone last said "this is still accurate".
type EditableMixin struct{ mixin.Schema }

func (EditableMixin) Fields() []ent.Field {
	return []ent.Field{
		field.Int("version").
			Default(1).
			NonNegative().
			Comment("Optimistic-lock version; every update must name the version it read.").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)),
		field.Time("last_confirmed_at").
			Optional().
			Nillable().
			Comment("When someone responsible last confirmed the entry is still accurate.").
			Annotations(entgql.OrderField("LAST_CONFIRMED_AT"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// NamesMixin holds an entry's names in Finland's two official languages and
// English, optionally a short name, and the folded search key built from them.
type NamesMixin struct {
	mixin.Schema
	ShortName bool
}

func (m NamesMixin) names() []string {
	names := []string{"name_fi", "name_sv", "name_en"}
	if m.ShortName {
		names = append(names, "short_name")
	}
	return names
}

func (m NamesMixin) Fields() []ent.Field {
	fields := []ent.Field{
		field.String("name_fi").
			NotEmpty().
			MaxLen(300).
			Comment("Name in Finnish.").
			Annotations(entgql.OrderField("NAME_FI")),
		field.String("name_sv").
			Optional().
			MaxLen(300).
			Comment("Name in Swedish (empty when there is none).").
			Annotations(entgql.OrderField("NAME_SV")),
		field.String("name_en").
			Optional().
			MaxLen(300).
			Comment("Name in English (empty when there is none).").
			Annotations(entgql.OrderField("NAME_EN")),
		field.String("search_text").
			Optional().
			Comment("Folded names for case-insensitive search; kept current by a hook.").
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
	if m.ShortName {
		fields = append(fields, field.String("short_name").
			Optional().
			MaxLen(60).
			Comment("Abbreviation or short name, e.g. RIKU.").
			Annotations(entgql.OrderField("SHORT_NAME")))
	}
	return fields
}

// Hooks keeps search_text in step with the names.
func (m NamesMixin) Hooks() []ent.Hook {
	return []ent.Hook{searchTextHook(m.names())}
}

func searchTextHook(names []string) ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if !m.Op().Is(ent.OpCreate | ent.OpUpdate | ent.OpUpdateOne) {
				return next.Mutate(ctx, m)
			}
			changed := false
			for _, n := range names {
				if _, ok := m.Field(n); ok || m.FieldCleared(n) {
					changed = true
				}
			}
			if !changed {
				return next.Mutate(ctx, m)
			}
			if m.Op().Is(ent.OpUpdate) {
				return nil, errors.New("names can only be changed one entry at a time")
			}
			values := make([]string, len(names))
			for i, n := range names {
				switch v, ok := m.Field(n); {
				case ok:
					values[i], _ = v.(string)
				case m.FieldCleared(n) || m.Op().Is(ent.OpCreate):
				default:
					old, err := m.OldField(ctx, n)
					if err != nil {
						return nil, err
					}
					values[i], _ = old.(string)
				}
			}
			if err := m.SetField("search_text", searchtext.Key(values...)); err != nil {
				return nil, err
			}
			return next.Mutate(ctx, m)
		})
	}
}
