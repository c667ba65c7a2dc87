package importer

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
)

// Reason is one of the preview's explanations (a cell's error, a row's
// note, a column's note, why a candidate is offered) in a form every
// client can say in its own language: a code and its parameters (the
// value, a row, a field…), with the English text for the command line and
// API users. The web app has the same codes in fi/sv/en
// (frontend/src/i18n/importMessages.ts); a code is never renamed.
type Reason struct {
	Code    string            `json:"code"`
	Params  map[string]string `json:"params,omitempty"`
	Message string            `json:"message"`
}

// reasonTexts are the English texts; {name} is a parameter.
var reasonTexts = map[string]string{
	// cells
	"tooLong":               "longer than {max} characters",
	"badBusinessId":         "{value}: {problem}",
	"organizationMissing":   "the organisation is missing",
	"unknownSector":         "unknown sector {value} (e.g. Kunta, Poliisi, Järjestö, Seurakunta)",
	"unknownMunicipality":   "no municipality is called {value}",
	"unknownRole":           "unknown role {value} (Puheenjohtaja, Varapuheenjohtaja, Koordinaattori, Sihteeri, Jäsen, Asiantuntija, Tarkkailija)",
	"personalMobile":        "looks like a personal mobile number: record the representative's role title only",
	"personalEmail":         "contains an e-mail address: record the representative's role title only",
	"personalName":          "looks like a person's name: record the representative's role title (e.g. \"ehkäisevän työn koordinaattori\"), never a name",
	"badDate":               "{value} is not a date: write it as 31.1.2024 or 2024-01-31",
	"endBeforeStart":        "the end date is before the start date",
	"unknownStatus":         "unknown status {value} (Aktiivinen, Päättynyt, Odottaa)",
	"declinedNotImported":   "a declined request is not imported",
	"endedNeedsEnd":         "an ended membership needs its end date",
	"endedNeedsStart":       "an ended membership needs its start date",
	"networkMismatch":       "the row names {value} but the import goes into {network}",
	"networkMissing":        "the network is missing",
	"unknownNetwork":        "no network is called {value}",
	"ambiguousNetwork":      "several networks are called {value}: use the network's ID",
	"networkLookupFailed":   "the network cannot be looked up",
	"notCoordinator":        "you do not coordinate {network}: only its coordinators and administrators import into it",
	"badChoice":             "the choice {value} is neither an organisation's ID, new nor skip",
	"chosenMissing":         "the chosen organisation (ID {value}) does not exist",
	"noBusinessIdMatch":     "no organisation has business ID {value}: give its name to create it",
	"newNeedsSector":        "a new organisation needs its sector (no organisation is called {value})",
	"needSectorColumn":      "no organisation is called {value}: to create it, the file needs a Sektori column",
	"duplicateRow":          "the same organisation and network as row {row}: keep one row for them",
	"businessIdTaken":       "another organisation has business ID {value}",
	"editorsAdminOnly":      "the organisation has its own editors: only an administrator records its past memberships",
	"unknownValue":          "unknown {field} {value} (the roster's codes, e.g. {example})",
	"unknownArea":           "no area is called {value}",
	"notANumber":            "{value} is not a whole number from {min} to {max}",
	"notYesNo":              "{value}: write kyllä or leave the cell empty",
	"badEmail":              "{value} is not an e-mail address",
	"badWebsite":            "{value}: the website must be an http:// or https:// address",
	"nameMissing":           "the name is missing",
	"idMissing":             "the row has no ID: the rows of the other sheets refer to it by its ID",
	"duplicateID":           "ID {value} is also on row {row}",
	"unknownOrganizationID": "no row of the {sheet} sheet has ID {value}",
	"unknownNetworkID":      "no row of the {sheet} sheet has ID {value}",
	"ambiguousOrganization": "several organisations are called {value}: give the business ID",
	"ambiguousName":         "several networks are called {value}: rename one of them first",
	"rowHasErrors":          "row {row} of the {sheet} sheet has errors",
	"mayNotEditNetwork":     "you do not coordinate {network}: its details stay as they are",
	"mayNotPlaceNetwork":    "you may place a network only under a network you coordinate",
	"parentCycle":           "the parents come back to this row: a unit cannot be its own parent",
	"unknownCoordinator":    "no row of the {sheet} sheet is called {value}",
	"sameAsRow":             "the same as row {row}: keep one row for it",
	"newNetworkNeeds":       "a new network needs its {field} (no network is called {value})",
	"wholeRoster":           "a whole roster says its networks itself: leave the network unchosen",
	// notes
	"createdByRow":       "the organisation is created by row {row}",
	"adminOnlyField":     "{field}: stored {before}, the file says {after}; only administrators change an organisation's {field}, so it stays as it is",
	"pendingCannotEnd":   "the membership is still pending: it cannot be ended, only answered",
	"awaitsOrganization": "the membership awaits the organisation's answer to the network's invitation",
	"statusLeft":         "the membership is {status}; the file says {fileStatus}: left as it is",
	"hasEditors":         "the organisation has its own editors: it gets an invitation to accept or decline, not a membership",
	"endedNeedsAdmin":    "an ended membership of an organisation with editors cannot be recorded by the network alone",
	// columns
	"personColumn":          "a person's details: not imported",
	"leftOut":               "left out",
	"unknownColumn":         "unknown column: not imported (map it to a field to use it)",
	"rosterOnly":            "read with the roster's other sheets: not used on its own",
	"organizationSheetOnly": "the organisation's details are read from an Organisaatiot sheet",
	// candidates
	"sameName":        "same name",
	"sameNameOtherId": "same name, but business ID {businessId} (the file says {value})",
	"nameContains":    "the name contains the file's",
	"similarName":     "a similar name",
}

var reasonParam = regexp.MustCompile(`\{(\w+)\}`)

// reason builds a Reason from its code and parameters given as name, value pairs.
func reason(code string, kv ...any) Reason {
	text, ok := reasonTexts[code]
	if !ok {
		panic("importer: no text for reason " + code)
	}
	r := Reason{Code: code}
	if len(kv) > 0 {
		r.Params = map[string]string{}
		for i := 0; i+1 < len(kv); i += 2 {
			r.Params[fmt.Sprint(kv[i])] = fmt.Sprint(kv[i+1])
		}
	}
	r.Message = reasonParam.ReplaceAllStringFunc(text, func(m string) string {
		name := m[1 : len(m)-1]
		v, ok := r.Params[name]
		if !ok {
			return m
		}
		if name == "value" || name == "before" || name == "after" {
			return fmt.Sprintf("%q", v)
		}
		return v
	})
	return r
}

// ReasonCodes lists every code, for the test that the web app knows them all.
func ReasonCodes() []string { return slices.Sorted(maps.Keys(reasonTexts)) }
