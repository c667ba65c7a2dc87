package export

import (
	"context"
	"io"
	"strings"
)

// Format is one export format: its name on the command line, its file name
// under /export/, and its writer.
type Format struct {
	Name        string // verkosto export --format NAME
	File        string // /export/FILE
	ContentType string
	Write       func(ctx context.Context, s *Source, w io.Writer) error
}

// Formats lists every export format.
var Formats = []Format{
	{"gexf", "network.gexf", "application/gexf+xml", WriteGEXF},
	{"graphml", "network.graphml", "application/graphml+xml", WriteGraphML},
	{"csv", "csv.zip", "application/zip", WriteCSVZip},
	{"xlsx", "roster.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", WriteXLSX},
	{"json", "graph.json", "application/json", WriteGraphology},
	{"popolo", "popolo.json", "application/json", WritePopolo},
	{"hsds", "hsds.json", "application/json", WriteHSDS},
	{"comembership-gexf", "comembership.gexf", "application/gexf+xml", WriteCoMembershipGEXF},
	{"comembership-csv", "comembership.csv", "text/csv; charset=utf-8", WriteCoMembershipCSV},
}

// ByName returns the format named on the command line.
func ByName(name string) (Format, bool) {
	for _, f := range Formats {
		if f.Name == name {
			return f, true
		}
	}
	return Format{}, false
}

// ByFile returns the format served at /export/file.
func ByFile(file string) (Format, bool) {
	for _, f := range Formats {
		if f.File == file {
			return f, true
		}
	}
	return Format{}, false
}

// Names lists the formats' names, for usage texts.
func Names() string {
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = f.Name
	}
	return strings.Join(names, "|")
}
