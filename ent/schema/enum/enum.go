// Package enum holds Verkosto's controlled vocabularies. They live apart from
// the generated ent packages because several entities and domain packages
// share them (a network's themes, an organisation's services, coverage rules),
// and because list-valued fields (services, themes) are JSON columns that ent
// cannot turn into enums itself.
package enum

import (
	"fmt"
	"io"
	"slices"
	"strconv"
)

// Sector is the kind of actor an organisation is.
type Sector string

const (
	SectorMunicipality    Sector = "MUNICIPALITY"
	SectorWellbeingCounty Sector = "WELLBEING_COUNTY"
	SectorPolice          Sector = "POLICE"
	SectorProbation       Sector = "PROBATION"
	SectorOtherState      Sector = "OTHER_STATE"
	SectorParish          Sector = "PARISH"
	SectorNGO             Sector = "NGO"
	SectorEducation       Sector = "EDUCATION"
	SectorBusiness        Sector = "BUSINESS"
	SectorOther           Sector = "OTHER"
)

// Service is something an organisation provides.
type Service string

const (
	ServiceShelter                 Service = "SHELTER"
	ServiceVictimSupport           Service = "VICTIM_SUPPORT"
	ServiceMediation               Service = "MEDIATION"
	ServiceReleasedPrisonerSupport Service = "RELEASED_PRISONER_SUPPORT"
	ServicePerpetratorSupport      Service = "PERPETRATOR_SUPPORT"
	ServiceFamilySupport           Service = "FAMILY_SUPPORT"
	ServiceYouthWork               Service = "YOUTH_WORK"
	ServiceSubstanceAbuse          Service = "SUBSTANCE_ABUSE"
	ServiceMentalHealth            Service = "MENTAL_HEALTH"
	ServiceChildProtection         Service = "CHILD_PROTECTION"
	ServiceHousing                 Service = "HOUSING"
	ServiceEducationServices       Service = "EDUCATION_SERVICES"
	ServiceSocialServices          Service = "SOCIAL_SERVICES"
	ServiceHealthServices          Service = "HEALTH_SERVICES"
	ServiceDiaconalWork            Service = "DIACONAL_WORK"
	ServiceCrimePrevention         Service = "CRIME_PREVENTION"
	ServiceResearch                Service = "RESEARCH"
)

// Theme is a subject a network works on.
type Theme string

const (
	ThemeViolencePrevention Theme = "VIOLENCE_PREVENTION"
	ThemeDomesticViolence   Theme = "DOMESTIC_VIOLENCE"
	ThemeCrimePrevention    Theme = "CRIME_PREVENTION"
	ThemeYouth              Theme = "YOUTH"
	ThemeReleasedPrisoners  Theme = "RELEASED_PRISONERS"
	ThemeTrafficSafety      Theme = "TRAFFIC_SAFETY"
	ThemeSubstanceAbuse     Theme = "SUBSTANCE_ABUSE"
	ThemeFamilySupport      Theme = "FAMILY_SUPPORT"
	ThemeMentalHealth       Theme = "MENTAL_HEALTH"
)

var (
	sectors = []string{"MUNICIPALITY", "WELLBEING_COUNTY", "POLICE", "PROBATION", "OTHER_STATE",
		"PARISH", "NGO", "EDUCATION", "BUSINESS", "OTHER"}
	services = []string{"SHELTER", "VICTIM_SUPPORT", "MEDIATION", "RELEASED_PRISONER_SUPPORT",
		"PERPETRATOR_SUPPORT", "FAMILY_SUPPORT", "YOUTH_WORK", "SUBSTANCE_ABUSE", "MENTAL_HEALTH",
		"CHILD_PROTECTION", "HOUSING", "EDUCATION_SERVICES", "SOCIAL_SERVICES", "HEALTH_SERVICES",
		"DIACONAL_WORK", "CRIME_PREVENTION", "RESEARCH"}
	themes = []string{"VIOLENCE_PREVENTION", "DOMESTIC_VIOLENCE", "CRIME_PREVENTION", "YOUTH",
		"RELEASED_PRISONERS", "TRAFFIC_SAFETY", "SUBSTANCE_ABUSE", "FAMILY_SUPPORT", "MENTAL_HEALTH"}
)

// Values lists the valid sectors (ent uses it to build the column's enum).
func (Sector) Values() []string { return sectors }

// Values lists the valid services.
func (Service) Values() []string { return services }

// Values lists the valid themes.
func (Theme) Values() []string { return themes }

// Valid reports whether s is a known sector.
func (s Sector) Valid() bool { return slices.Contains(sectors, string(s)) }

// Valid reports whether s is a known service.
func (s Service) Valid() bool { return slices.Contains(services, string(s)) }

// Valid reports whether t is a known theme.
func (t Theme) Valid() bool { return slices.Contains(themes, string(t)) }

func (s Sector) MarshalGQL(w io.Writer)  { io.WriteString(w, strconv.Quote(string(s))) }
func (s Service) MarshalGQL(w io.Writer) { io.WriteString(w, strconv.Quote(string(s))) }
func (t Theme) MarshalGQL(w io.Writer)   { io.WriteString(w, strconv.Quote(string(t))) }

func (s *Sector) UnmarshalGQL(v any) error  { return unmarshal(v, "Sector", sectors, (*string)(s)) }
func (s *Service) UnmarshalGQL(v any) error { return unmarshal(v, "Service", services, (*string)(s)) }
func (t *Theme) UnmarshalGQL(v any) error   { return unmarshal(v, "Theme", themes, (*string)(t)) }

func unmarshal(v any, name string, valid []string, dst *string) error {
	str, ok := v.(string)
	if !ok || !slices.Contains(valid, str) {
		return fmt.Errorf("%v is not a valid %s", v, name)
	}
	*dst = str
	return nil
}

// ValidServices returns an error naming the first unknown service.
func ValidServices(list []Service) error {
	for _, s := range list {
		if !s.Valid() {
			return fmt.Errorf("unknown service %q", s)
		}
	}
	return nil
}

// ValidThemes returns an error naming the first unknown theme.
func ValidThemes(list []Theme) error {
	for _, t := range list {
		if !t.Valid() {
			return fmt.Errorf("unknown theme %q", t)
		}
	}
	return nil
}
