// Package importer brings rosters kept in Excel into Verkosto: it reads an
// XLSX or CSV file, recognises its columns, matches each row to the
// organisations and networks already known, and says row by row what
// applying it would do (the preview); Apply then does exactly that in the
// caller's transaction. Who may do what is decided by the ent privacy
// policies and the membership workflow in internal/edit, as for any edit.
package importer

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/verkosto/verkosto/internal/fault"
	"github.com/xuri/excelize/v2"
)

// Limits on what is read. A roster is tens or hundreds of rows; these
// leave room for a county's whole register and keep one import's memory
// and time small.
const (
	MaxFileBytes = 5 << 20
	MaxRows      = 10_000
	// maxUnzipped caps what an XLSX may unzip to: a 5 MB file of ordinary
	// sheets unzips to a few tens of megabytes; a zip bomb to gigabytes.
	maxUnzipped = 64 << 20
	maxColumns  = 100
	maxCellLen  = 2000
)

// FileError is a file that cannot be read at all. Its message names the
// problem in words a spreadsheet user can act on.
type FileError struct{ Msg string }

func (e *FileError) Error() string     { return e.Msg }
func (e *FileError) Kind() fault.Kind  { return fault.Invalid }
func (e *FileError) FieldName() string { return "file" }

func fileErr(format string, args ...any) error { return &FileError{Msg: fmt.Sprintf(format, args...)} }

// Table is one sheet of a file: its header row and data rows, as text.
type Table struct {
	Format string   // "xlsx" or "csv"
	Sheets []string // every sheet of a workbook (one, unnamed, for CSV)
	Sheet  string   // the sheet read
	Header []string
	Rows   []Line
	// dateSerial marks cells holding an Excel date serial number (XLSX
	// stores dates as numbers), keyed by row and column index.
	dateSerial map[[2]int]bool
	date1904   bool
}

// Line is one data row with its number in the spreadsheet (1-based, the
// header being row 1 in the usual layout).
type Line struct {
	Number int
	Cells  []string
}

// Cell names a cell the way a spreadsheet does: column letters and row number ("C7").
func Cell(col, row int) string {
	name, err := excelize.CoordinatesToCellName(col+1, row)
	if err != nil {
		return fmt.Sprintf("column %d row %d", col+1, row)
	}
	return name
}

var (
	zipMagic = []byte("PK\x03\x04")
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
)

// Read reads a file's sheet (for a workbook, sheet "" picks the sheet that
// looks most like a roster). The format is told by the content, not the
// name: a workbook renamed .csv is still read as a workbook.
func Read(data []byte, sheet string) (*Table, error) {
	if len(data) > MaxFileBytes {
		return nil, fileErr("the file is larger than %d MB", MaxFileBytes>>20)
	}
	if len(data) == 0 {
		return nil, fileErr("the file is empty")
	}
	switch {
	case bytes.HasPrefix(data, zipMagic):
		return readXLSX(data, sheet)
	case bytes.HasPrefix(data, oleMagic):
		return nil, fileErr("the workbook is password-protected or in the old .xls format: save it in Excel as .xlsx without a password")
	}
	return readCSV(data)
}

func readXLSX(data []byte, sheet string) (*Table, error) {
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		RawCellValue:      true, // dates as serial numbers, not as a locale's text
		UnzipSizeLimit:    maxUnzipped,
		UnzipXMLSizeLimit: maxUnzipped,
	})
	if err != nil {
		if strings.Contains(err.Error(), "unzip size exceeds") {
			return nil, fileErr("the workbook unzips to more than %d MB: it is not an ordinary roster (or it is a zip bomb)", maxUnzipped>>20)
		}
		return nil, fileErr("the file is not a readable .xlsx workbook (it may be damaged): save it again in Excel")
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, fileErr("the workbook has no sheets")
	}
	read := func(name string) (*Table, error) {
		rows, err := f.GetRows(name, excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, fileErr("sheet %q cannot be read (the workbook may be damaged): save it again in Excel", name)
		}
		if len(rows) > MaxRows+1 {
			return nil, fileErr("sheet %q has more than %d rows", name, MaxRows)
		}
		t := &Table{Format: "xlsx", Sheets: sheets, Sheet: name, dateSerial: map[[2]int]bool{}}
		if props, err := f.GetWorkbookProps(); err == nil && props.Date1904 != nil && *props.Date1904 {
			t.date1904 = true
		}
		for i, r := range rows {
			for j := range r {
				cell := Cell(j, i+1)
				// A formula is read as its value: the cached one Excel
				// saved, or computed when the file carries none.
				if formula, _ := f.GetCellFormula(name, cell); formula != "" && r[j] == "" {
					if v, err := f.CalcCellValue(name, cell, excelize.Options{RawCellValue: true}); err == nil {
						r[j] = v
					}
				}
				if i > 0 && r[j] != "" && isDateStyled(f, name, cell) {
					t.dateSerial[[2]int{i - 1, j}] = true
				}
			}
		}
		if err := t.fill(rows); err != nil {
			return nil, err
		}
		return t, nil
	}
	if sheet != "" {
		idx, err := f.GetSheetIndex(sheet)
		if err != nil || idx < 0 {
			return nil, fileErr("the workbook has no sheet %q (it has: %s)", sheet, strings.Join(sheets, ", "))
		}
		return read(sheet)
	}
	// The sheet whose header names the most known columns; an exported
	// roster's memberships sheet (organisation and network both) wins.
	var best *Table
	bestScore := -1
	for _, name := range sheets {
		t, err := read(name)
		if err != nil {
			return nil, err
		}
		if s := rosterScore(t.Header); s > bestScore {
			best, bestScore = t, s
		}
	}
	return best, nil
}

// isDateStyled reports whether a numeric cell is formatted as a date, the
// only way a workbook says that a number is a date.
func isDateStyled(f *excelize.File, sheet, cell string) bool {
	style, err := f.GetCellStyle(sheet, cell)
	if err != nil || style == 0 {
		return false
	}
	s, err := f.GetStyle(style)
	if err != nil {
		return false
	}
	switch s.NumFmt {
	case 14, 15, 16, 17, 22, 27, 30, 36, 50, 57:
		return true
	}
	if s.CustomNumFmt != nil {
		fm := strings.ToLower(*s.CustomNumFmt)
		return strings.Contains(fm, "d") && strings.Contains(fm, "m") && strings.Contains(fm, "y")
	}
	return false
}

func readCSV(data []byte) (*Table, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return nil, fileErr("the file is UTF-16 text (Excel's \"Unicode text\"): save it as \"CSV UTF-8\"")
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if bytes.IndexByte(data, 0) >= 0 || controlBytes(data) {
		return nil, fileErr("the file is not text: it is neither an .xlsx workbook nor a CSV file")
	}
	if !utf8.Valid(data) {
		line := 1 + bytes.Count(data[:firstInvalid(data)], []byte("\n"))
		if hasMultibyteUTF8(data) {
			return nil, fileErr("the file mixes encodings: line %d is not UTF-8 while other lines are; save it as \"CSV UTF-8\"", line)
		}
		return nil, fileErr("the file is not UTF-8 (line %d looks like Latin-1 or Windows-1252, Excel's plain \"CSV\"): save it as \"CSV UTF-8\"", line)
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.Comma = sniffSeparator(data)
	r.FieldsPerRecord = -1
	var rows [][]string
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, fileErr("line %d of the CSV file cannot be read: %s", pe.Line, pe.Err)
			}
			return nil, fileErr("the CSV file cannot be read")
		}
		for i := range rec {
			rec[i] = undefuse(rec[i])
		}
		rows = append(rows, rec)
		if len(rows) > MaxRows+1 {
			return nil, fileErr("the file has more than %d rows", MaxRows)
		}
	}
	t := &Table{Format: "csv", Sheets: []string{""}}
	if err := t.fill(rows); err != nil {
		return nil, err
	}
	return t, nil
}

// controlBytes reports whether data holds control characters that text
// never has (a binary file passing as text).
func controlBytes(data []byte) bool {
	n := 0
	for _, b := range data[:min(len(data), 64<<10)] {
		if b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' {
			n++
		}
	}
	return n > 0
}

func firstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(data)
}

func hasMultibyteUTF8(data []byte) bool {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if size > 1 && r != utf8.RuneError {
			return true
		}
		i += max(size, 1)
	}
	return false
}

// sniffSeparator picks the separator of the header line: Finnish Excel
// writes ';' (the comma being the decimal mark), others ','; a tab for
// pasted text.
func sniffSeparator(data []byte) rune {
	data = bytes.TrimLeft(data, " \t\r\n")
	line := data
	inQuote := false
	for i, b := range data {
		if b == '"' {
			inQuote = !inQuote
		}
		if b == '\n' && !inQuote {
			line = data[:i]
			break
		}
	}
	best, bestN := ',', 0
	for _, sep := range []rune{';', ',', '\t'} {
		n := 0
		inQuote = false
		for _, b := range string(line) {
			if b == '"' {
				inQuote = !inQuote
			}
			if b == sep && !inQuote {
				n++
			}
		}
		if n > bestN {
			best, bestN = sep, n
		}
	}
	return best
}

// fill takes the first non-empty row as the header and the rest as data.
func (t *Table) fill(rows [][]string) error {
	start := 0
	for start < len(rows) && blank(rows[start]) {
		start++
	}
	if start == len(rows) {
		return fileErr("the sheet is empty: it needs a header row (e.g. Organisaatio;Y-tunnus;Rooli) and rows below it")
	}
	t.Header = trimAll(rows[start])
	if len(t.Header) > maxColumns {
		return fileErr("the sheet has more than %d columns", maxColumns)
	}
	// XLSX data indexes (dateSerial) count from the row after the header.
	shifted := map[[2]int]bool{}
	for k := range t.dateSerial {
		shifted[[2]int{k[0] - start, k[1]}] = true
	}
	t.dateSerial = shifted
	for i, r := range rows[start+1:] {
		if blank(r) {
			continue
		}
		for _, c := range r {
			if utf8.RuneCountInString(c) > maxCellLen {
				return fileErr("row %d has a cell longer than %d characters", start+2+i, maxCellLen)
			}
		}
		t.Rows = append(t.Rows, Line{Number: start + 2 + i, Cells: trimAll(r)})
	}
	return nil
}

// value returns the text of a data row's column, "" when the row is short.
func (t *Table) value(l Line, col int) string {
	if col < 0 || col >= len(l.Cells) {
		return ""
	}
	return l.Cells[col]
}

// dateValue returns a date cell as a date: an XLSX serial number, or text
// in the forms Finnish, Swedish and ISO users write.
func (t *Table) dateValue(rowIdx int, l Line, col int) (*time.Time, error) {
	s := t.value(l, col)
	if s == "" {
		return nil, nil
	}
	if n, err := strconv.ParseFloat(s, 64); err == nil && (t.dateSerial[[2]int{rowIdx, col}] || t.Format == "xlsx" && n > 1000 && n < 100000) {
		d, err := excelize.ExcelDateToTime(n, t.date1904)
		if err == nil {
			d = time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
			return &d, nil
		}
	}
	return parseDate(s)
}

func parseDate(s string) (*time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{"2006-01-02", "2.1.2006", "02.01.2006", "2.1.06", "2006-01-02T15:04:05Z07:00", "2006-01-02 15:04:05"} {
		if d, err := time.Parse(layout, s); err == nil {
			d = time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
			return &d, nil
		}
	}
	return nil, errors.New("not a date: write it as 31.1.2024 or 2024-01-31")
}

func blank(r []string) bool {
	for _, c := range r {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

func trimAll(r []string) []string {
	out := make([]string, len(r))
	for i, c := range r {
		out[i] = strings.TrimSpace(c)
	}
	return out
}
