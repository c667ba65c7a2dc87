package server

import (
	"encoding/csv"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/area"
	"github.com/verkosto/verkosto/ent/organization"
	"github.com/verkosto/verkosto/ent/schema/enum"
	"github.com/verkosto/verkosto/internal/coverage"
	"github.com/verkosto/verkosto/internal/database"
	"github.com/verkosto/verkosto/internal/export"
	"github.com/verkosto/verkosto/internal/fault"
	"github.com/verkosto/verkosto/internal/reference"
	"github.com/verkosto/verkosto/internal/reqlog"
	"github.com/verkosto/verkosto/internal/viewer"
)

// exportCoverage serves the gap list of an area (and its sub-areas) as CSV:
// /export/coverage.csv?area=ID[&theme=THEME][&asOf=YYYY-MM-DD]. UTF-8 with
// a byte-order mark, so that Excel opens ä and ö correctly.
func (a *App) exportCoverage(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	if !viewer.FromContext(ctx).CanRead() {
		writeText(w, http.StatusUnauthorized, "sign in to see this")
		return
	}
	q := r.URL.Query()
	areaID, err := strconv.Atoi(q.Get("area"))
	if err != nil {
		writeText(w, http.StatusBadRequest, "area: give the area's ID, e.g. /export/coverage.csv?area=12")
		return
	}
	var theme *enum.Theme
	if t := q.Get("theme"); t != "" {
		th := enum.Theme(t)
		if !th.Valid() {
			writeText(w, http.StatusBadRequest, "theme: unknown theme")
			return
		}
		theme = &th
	}
	var asOf time.Time
	if d := q.Get("asOf"); d != "" {
		if asOf, err = time.Parse(time.DateOnly, d); err != nil {
			writeText(w, http.StatusBadRequest, "asOf: give a date like 2024-01-31")
			return
		}
	}
	report, err := a.Coverage.Evaluate(ctx, areaID, theme, asOf)
	var rows [][]string
	header := []string{"area_code", "area", "expectation", "description", "status", "guidance", "suggestions"}
	name := "verkosto-coverage-" + strconv.Itoa(areaID) + ".csv"
	switch {
	case err == nil && q.Get("layout") == "matrix":
		// The national view: each expectation's status in each sub-area.
		header, rows, err = a.matrixRows(r, report)
		name = "verkosto-coverage-matrix-" + strconv.Itoa(areaID) + ".csv"
	case err == nil:
		rows, err = a.gapRows(r, report)
	}
	if err != nil {
		exportFailed(w, r, "area", err)
		return
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="`+name+`"`)
	w.Header().Set("Cache-Control", "no-store")
	w.Write([]byte("\uFEFF"))
	cw := csv.NewWriter(w)
	cw.Write(header)
	for _, row := range rows {
		for i := range row {
			row[i] = defuse(row[i])
		}
		cw.Write(row)
	}
	cw.Flush()
}

// matrixRows is the report's expectations (rows) by its sub-areas
// (columns: the code and short name of each), each cell the status there.
func (a *App) matrixRows(r *http.Request, report *coverage.Report) ([]string, [][]string, error) {
	ids := make([]int, len(report.Children))
	for i, c := range report.Children {
		ids[i] = c.AreaID
	}
	areas, err := a.DB.Client.Area.Query().Where(area.IDIn(ids...)).All(r.Context())
	if err != nil {
		return nil, nil, err
	}
	byID := map[int]*ent.Area{}
	for _, ar := range areas {
		byID[ar.ID] = ar
	}
	header := []string{"expectation", "description"}
	for _, c := range report.Children {
		ar := byID[c.AreaID]
		name := reference.ShortName(ar.Code, "fi")
		if name == "" {
			name = ar.NameFi
		}
		header = append(header, ar.Code+" "+name)
	}
	var rows [][]string
	row := map[string]int{}
	for _, c := range report.Children {
		for _, res := range c.Results {
			if _, ok := row[res.Expectation.Key]; !ok {
				row[res.Expectation.Key] = len(rows)
				rows = append(rows, append([]string{res.Expectation.Key, res.Expectation.DescriptionFi}, make([]string, len(report.Children))...))
			}
		}
	}
	for j, c := range report.Children {
		for _, res := range c.Results {
			rows[row[res.Expectation.Key]][2+j] = string(res.Status)
		}
	}
	return header, rows, nil
}

// gapRows lists every expectation that is not met, in the report and its
// children, with the names of the suggested organisations.
func (a *App) gapRows(r *http.Request, report *coverage.Report) ([][]string, error) {
	ctx := r.Context()
	var areaIDs, orgIDs []int
	report.Walk(func(rep *coverage.Report) {
		areaIDs = append(areaIDs, rep.AreaID)
		for _, res := range rep.Results {
			orgIDs = append(orgIDs, res.Suggestions...)
		}
	})
	areas, err := a.DB.Client.Area.Query().Where(area.IDIn(areaIDs...)).All(ctx)
	if err != nil {
		return nil, err
	}
	areaByID := map[int]*ent.Area{}
	for _, ar := range areas {
		areaByID[ar.ID] = ar
	}
	// Names only, read through the viewer's privacy rules.
	orgs, err := a.DB.Client.Organization.Query().Where(organization.IDIn(orgIDs...)).Select(organization.FieldID, organization.FieldNameFi).All(ctx)
	if err != nil {
		return nil, err
	}
	orgName := map[int]string{}
	for _, o := range orgs {
		orgName[o.ID] = o.NameFi
	}
	var rows [][]string
	report.Walk(func(rep *coverage.Report) {
		ar := areaByID[rep.AreaID]
		for _, res := range rep.Results {
			if res.Status == coverage.Met {
				continue
			}
			var names []string
			for _, id := range res.Suggestions {
				if n, ok := orgName[id]; ok {
					names = append(names, n)
				}
			}
			code, name := "", ""
			if ar != nil {
				code, name = ar.Code, ar.NameFi
			}
			rows = append(rows, []string{code, name, res.Expectation.Key, res.Expectation.DescriptionFi, string(res.Status),
				res.Expectation.Guidance, strings.Join(names, "; ")})
		}
	})
	return rows, nil
}

// defuse keeps a spreadsheet from reading a cell as a formula (CSV injection).
func defuse(s string) string { return export.Defuse(s) }

// exportData serves /export/FILE (network.gexf, csv.zip, roster.xlsx…, see
// export.Formats) with the map's filters in the query string, as the caller
// may read it. The file streams: a failure after the first byte can only
// be logged, and the download ends short.
func (a *App) exportData(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	format, ok := export.ByFile(r.PathValue("file"))
	if !ok {
		http.NotFound(w, r)
		return
	}
	if !viewer.FromContext(ctx).CanRead() {
		writeText(w, http.StatusUnauthorized, "sign in to see this")
		return
	}
	filter, err := export.ParseFilter(r.URL.Query())
	var src *export.Source
	if err == nil {
		src, err = export.NewSource(ctx, a.DB.Client, filter)
	}
	if err != nil {
		exportFailed(w, r, "", err)
		return
	}
	w.Header().Set("Content-Type", format.ContentType)
	w.Header().Set("Content-Disposition", `attachment; filename="verkosto-`+format.File+`"`)
	w.Header().Set("Cache-Control", "no-store")
	if err := format.Write(ctx, src, w); err != nil {
		reqlog.From(ctx).Error("export", "format", format.Name, "err", err)
	}
}

// exportFailed answers an export that could not start, in plain text: the
// caller's mistake with its kind's status, naming the parameter (field, for
// an error that does not name one itself); anything else as an internal
// error, logged.
func exportFailed(w http.ResponseWriter, r *http.Request, field string, err error) {
	switch kind := database.KindOf(err); kind {
	case fault.Invalid, fault.NotFound:
		msg := err.Error()
		if fault.FieldOf(err) == "" && field != "" {
			msg = field + ": " + msg
		}
		writeText(w, kind.Status(), msg)
	default:
		ctx := r.Context()
		reqlog.From(ctx).Error("export", "path", r.URL.Path, "err", err)
		writeText(w, fault.Internal.Status(), "internal error; quote request id "+reqlog.ID(ctx))
	}
}
