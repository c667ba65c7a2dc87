package importer

import (
	"archive/zip"
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func mustRead(t *testing.T, data []byte, sheet string) *Table {
	t.Helper()
	tb, err := Read(data, sheet)
	if err != nil {
		t.Fatal(err)
	}
	return tb
}

func wantFileError(t *testing.T, data []byte, words ...string) {
	t.Helper()
	_, err := Read(data, "")
	var fe *FileError
	if !errors.As(err, &fe) {
		t.Fatalf("want a FileError, got %v", err)
	}
	for _, w := range words {
		if !strings.Contains(fe.Msg, w) {
			t.Errorf("error %q does not say %q", fe.Msg, w)
		}
	}
}

func TestCSVAsFinnishExcelWritesIt(t *testing.T) {
	cases := map[string]string{
		"BOM, semicolons, CRLF, quotes": "\uFEFFOrganisaatio;Y-tunnus;Edustajan nimike\r\n" +
			"\"Kotkan kaupunki; sivistystoimi\";0245437-2;\"ehkäisevän työn \"\"koordinaattori\"\"\"\r\n" +
			"Lyömätön Linja;;\"rivi\r\nkaksi\"\r\n",
		"no BOM, commas, LF": "Organisaatio,Y-tunnus,Edustajan nimike\n" +
			"\"Kotkan kaupunki; sivistystoimi\",0245437-2,\"ehkäisevän työn \"\"koordinaattori\"\"\"\n" +
			"Lyömätön Linja,,\"rivi\r\nkaksi\"\n",
	}
	for name, text := range cases {
		t.Run(name, func(t *testing.T) {
			tb := mustRead(t, []byte(text), "")
			if tb.Format != "csv" || len(tb.Header) != 3 || tb.Header[0] != "Organisaatio" {
				t.Fatalf("header %q (format %s)", tb.Header, tb.Format)
			}
			if len(tb.Rows) != 2 {
				t.Fatalf("rows %v", tb.Rows)
			}
			r := tb.Rows[0]
			if r.Number != 2 || r.Cells[0] != "Kotkan kaupunki; sivistystoimi" || r.Cells[2] != `ehkäisevän työn "koordinaattori"` {
				t.Errorf("row 2: %q", r.Cells)
			}
			if tb.Rows[1].Number != 3 || !strings.HasPrefix(tb.Rows[1].Cells[2], "rivi") {
				t.Errorf("row 3: %q", tb.Rows[1].Cells)
			}
		})
	}
}

func TestBadTextFiles(t *testing.T) {
	latin1 := []byte("Organisaatio;Rooli\r\nLy\xf6m\xe4t\xf6n Linja;J\xe4sen\r\n")
	wantFileError(t, latin1, "not UTF-8", "line 2", "CSV UTF-8")
	mixed := []byte("Organisaatio;Rooli\r\nLyömätön Linja;Jäsen\r\nKotkan seurakuntayhtym\xe4;J\xe4sen\r\n")
	wantFileError(t, mixed, "mixes encodings", "line 3")
	wantFileError(t, []byte("\xff\xfeO\x00r\x00g\x00"), "UTF-16")
	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), bytes.Repeat([]byte{0, 1, 2, 3}, 100)...)
	wantFileError(t, png, "not text")
	wantFileError(t, []byte(""), "empty")
	wantFileError(t, []byte("\uFEFF\r\n;;\r\n"), "empty")
	wantFileError(t, bytes.Repeat([]byte("a"), MaxFileBytes+1), "larger than 5 MB")
	var many strings.Builder
	many.WriteString("Organisaatio\n")
	for range MaxRows + 1 {
		many.WriteString("x\n")
	}
	wantFileError(t, []byte(many.String()), "more than 10000 rows")
	wantFileError(t, []byte("Organisaatio;Rooli\n\"auki;Jäsen\n"), "line")
}

func workbook(t *testing.T, build func(f *excelize.File)) []byte {
	t.Helper()
	f := excelize.NewFile()
	build(f)
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestXLSX(t *testing.T) {
	data := workbook(t, func(f *excelize.File) {
		f.SetSheetName("Sheet1", "Ohje")
		f.SetSheetRow("Ohje", "A1", &[]any{"Täytä jäsenet-välilehti"})
		f.NewSheet("Jäsenet")
		f.SetSheetRow("Jäsenet", "A1", &[]any{"Organisaatio", "Verkosto", "Alkaen", "Rooli"})
		f.SetSheetRow("Jäsenet", "A2", &[]any{"Lyömätön Linja", "MARAK Kotka", 45292, "Jäsen"})
		f.SetCellFormula("Jäsenet", "A3", `CONCATENATE("Kotkan ","kaupunki")`)
		f.SetCellValue("Jäsenet", "B3", "MARAK Kotka")
		style, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
		f.SetCellStyle("Jäsenet", "C2", "C2", style)
	})
	tb := mustRead(t, data, "")
	if tb.Format != "xlsx" || tb.Sheet != "Jäsenet" || len(tb.Sheets) != 2 {
		t.Fatalf("picked sheet %q of %q (%s)", tb.Sheet, tb.Sheets, tb.Format)
	}
	if len(tb.Rows) != 2 || tb.Rows[1].Cells[0] != "Kotkan kaupunki" {
		t.Fatalf("the formula cell is not read as its value: %v", tb.Rows)
	}
	d, err := tb.dateValue(0, tb.Rows[0], 2)
	if err != nil || d == nil || d.Format("2006-01-02") != "2024-01-01" {
		t.Errorf("date cell: %v %v", d, err)
	}
	if tb := mustRead(t, data, "Ohje"); tb.Sheet != "Ohje" {
		t.Errorf("asked sheet not read: %s", tb.Sheet)
	}
	if _, err := Read(data, "Puuttuu"); err == nil || !strings.Contains(err.Error(), "Jäsenet") {
		t.Errorf("a missing sheet should list the sheets: %v", err)
	}
}

func TestBadWorkbooks(t *testing.T) {
	good := workbook(t, func(f *excelize.File) {
		f.SetSheetRow("Sheet1", "A1", &[]any{"Organisaatio"})
	})
	t.Run("encrypted", func(t *testing.T) {
		f, err := excelize.OpenReader(bytes.NewReader(good))
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := f.Write(&buf, excelize.Options{Password: "salasana"}); err != nil {
			t.Fatal(err)
		}
		wantFileError(t, buf.Bytes(), "password")
	})
	t.Run("corrupt", func(t *testing.T) {
		wantFileError(t, good[:len(good)/2], "not a readable .xlsx")
	})
	t.Run("zip bomb", func(t *testing.T) {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		w, _ := zw.Create("xl/worksheets/sheet1.xml")
		zeros := make([]byte, 1<<20)
		for range 100 {
			w.Write(zeros)
		}
		zw.Close()
		if buf.Len() > MaxFileBytes {
			t.Fatalf("the bomb is too big to test the unzip limit: %d", buf.Len())
		}
		wantFileError(t, buf.Bytes(), "unzips to more than")
	})
	t.Run("renamed binary", func(t *testing.T) {
		wantFileError(t, []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00>\x00"), "not text")
	})
}

func TestColumns(t *testing.T) {
	header := []string{"ORGANISAATIO", "FO-nummer", "Sektor", "Network", "Roll", "Representative's title",
		"Från", "Päättyen", "Kommun", "Tila", "Yhteyshenkilö", "Puhelin", "Namn", "Contact person", "Sähköposti", "Jäsenmaksu"}
	cols, err := columns(header, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []Field{FieldOrganization, FieldBusinessID, FieldSector, FieldNetwork, FieldRole, FieldRepresentative,
		FieldStartDate, FieldEndDate, FieldMunicipality, FieldStatus, "", "", "", "", "", ""}
	for i, c := range cols {
		if c.Field != want[i] {
			t.Errorf("%s: %q, want %q", c.Header, c.Field, want[i])
		}
		if person := i >= 10 && i <= 14; c.Person != person {
			t.Errorf("%s: person %v", c.Header, c.Person)
		}
	}
	if cols[15].Note == nil || cols[15].Note.Code != "unknownColumn" || !strings.Contains(cols[15].Note.Message, "unknown") {
		t.Errorf("unknown column not listed: %+v", cols[15])
	}
	// By hand: an unknown column mapped; a person's column stays out even when mapped.
	cols, err = columns(header, map[string]Field{"jäsenmaksu": FieldRole, "Roll": FieldIgnore, "Yhteyshenkilö": FieldRepresentative})
	if err != nil {
		t.Fatal(err)
	}
	if cols[15].Field != FieldRole || !cols[15].Mapped || cols[4].Field != "" || cols[10].Field != "" {
		t.Errorf("mapping not applied: %+v %+v %+v", cols[15], cols[4], cols[10])
	}
	if _, err := columns(header, map[string]Field{"Jäsenmaksu": FieldOrganization}); err == nil {
		t.Error("two organisation columns accepted")
	}
	if _, err := ParseField("Puhelin"); err == nil {
		t.Error("a person's field accepted in a mapping")
	}
}

func TestPersonalValues(t *testing.T) {
	refused := []string{"Matti Virtanen", "Anna-Liisa Korhonen", "Maria Elisabet Lindqvist", "040 123 4567",
		"koordinaattori, p. 050-1234567", "+358 40 765 4321", "+358401234567", "matti.virtanen@kotka.fi"}
	for _, s := range refused {
		if personalValue(s) == "" {
			t.Errorf("%q accepted", s)
		}
	}
	allowed := []string{"ehkäisevän työn koordinaattori", "Rikoskomisario", "Johtava Sosiaalityöntekijä",
		"Vastaava Ohjaaja", "kirkkoherra", "Head of Unit", "koordinaattori (vaihde 05 234 5000)", "samordnare"}
	for _, s := range allowed {
		if why := personalValue(s); why != "" {
			t.Errorf("%q refused: %s", s, why)
		}
	}
}
