package extract

import (
	"actas"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
)

// TestHeadersAfterPages checks that the running header after each page
// number, or after a form feed where the number was taken out, is page
// furniture in a line whose breaks were lost, and so is the same header
// where it opens the text.
func TestHeadersAfterPages(t *testing.T) {
	const header = "ABU DHABI DIALOGUE • Senior Officials' Meeting • Dubai, 17–18 February 2016"
	tests := []struct{ name, text string }{
		{"dash page numbers", header + " Introduction The meeting was held. – 1 – " + header + " Outcomes The Senior Officials: (a) Welcomed the report; – 2 – " + header + " end of the text here"},
		{"form feeds", header + " Introduction The meeting was held. \f" + header + " Outcomes The Senior Officials: (a) Welcomed the report; \f" + header + " end of the text here"},
	}
	for _, tc := range tests {
		var got []string
		for _, sp := range pageFurniture(tc.text) {
			got = append(got, strings.Trim(tc.text[sp[0]:sp[1]], "\f"))
		}
		n := 0
		for _, g := range got {
			if g == header {
				n++
			}
		}
		if n != 3 {
			t.Errorf("%s: furniture %q, want the header three times", tc.name, got)
		}
	}
}

// TestRuledFooterInLine checks that a footer set off by a long rule and
// ending with its page count is furniture from the rule on, in a line whose
// breaks were lost, and a footer line of its own past its rule.
func TestRuledFooterInLine(t *testing.T) {
	rule := strings.Repeat("-", 80)
	for _, footer := range []string{
		rule + " XXIV RCM – Declaration of Guatemala City                           Page 2 of 3",
		rule + " IGAD/RCP/2015/COM.1                                                  Page 1 of 2", // a document symbol with a stop inside
	} {
		text := "We instruct the Technical Secretariat to prepare a proposal on labour migration, for consideration by the RCGM. " + footer + " We endorse the 2020 Work Plan."
		var got []string
		for _, sp := range pageFurniture(text) {
			got = append(got, text[sp[0]:sp[1]])
		}
		if len(got) != 1 || got[0] != footer {
			t.Errorf("furniture %q, want %q", got, footer)
		}
	}
	if footer := rule + " XXIV RCM – Declaration of Guatemala City   Page 2 of 3"; !stampLine(footer) {
		t.Errorf("stampLine(%q) = false, want true", footer)
	}
}

// TestDateIsNoPageNumber checks that a place repeated before two dates is
// no running header before its page numbers in a line whose breaks were
// lost ("San Salvador, El Salvador, 4 y 5 de mayo ... Salvador, El
// Salvador, 5 de mayo de 2006").
func TestDateIsNoPageNumber(t *testing.T) {
	text := `XI CONFERENCIA REGIONAL SOBRE MIGRACIÓN COMUNICADO CONJUNTO "Hacia una gestión integral de las migraciones en la región" San Salvador, El Salvador, 4 y 5 de mayo de 2006 Los Viceministros se reunieron en la ciudad de San Salvador. Acordaron solicitar a la OIM un informe. San Salvador, El Salvador, 5 de mayo de 2006.`
	for _, sp := range pageFurniture(text) {
		t.Errorf("furniture %q, want none", text[sp[0]:sp[1]])
	}
}

// TestIsPageNumber checks the page number lines, also a dashed number whose
// first dash a restyling turned into a bullet, and lines that are no page
// numbers.
func TestIsPageNumber(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"- 3 -", true},
		{"Página 2 de 5", true},
		{"page 1/3", true},
		{"• 2 -", true},
		{"• 12", false},
		{"• 2017 Annual report", false},
		{"3. To thank Honduras.", false},
	}
	for _, tc := range tests {
		if got := isPageNumber(tc.line); got != tc.want {
			t.Errorf("isPageNumber(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// TestHeaderInCutWord checks that a running header repeated between the two
// halves of a word cut by its hyphen, its page number taken out, is
// furniture, as it is inside a sentence cut between words.
func TestHeaderInCutWord(t *testing.T) {
	const header = "Informe de la Red – Santo Domingo, noviembre de 2011"
	title := "CONFERENCIA REGIONAL SOBRE MIGRACIÓN\nRed de Funcionarios de Enlace\nInforme de la reunión\nSanto Domingo\n10 de noviembre de 2011\n\n"
	text := title + "Texto de la primera página que sigue en la\n\n" + header + "\n\nsegunda página y termina.\n\n" +
		"Encomendar a la ST la compilación de los protocolos y su distribu-\n\n" + header + "\n\nción entre los funcionarios de enlace.\n"
	lines := splitLines(text)
	furniture := furnitureLines(text, lines)
	n := 0
	for i, ln := range lines {
		if furniture[i] && strings.TrimSpace(text[ln.start:ln.end]) == header {
			n++
		}
	}
	if n != 2 {
		t.Errorf("header furniture %d times, want 2", n)
	}
}

// FuzzFurnitureLines holds furnitureLines1, which counts the repeated lines
// only where a page number, a stamp or a cut line asks, to
// furnitureLinesRef, which counted them first.
func FuzzFurnitureLines(f *testing.F) {
	files, _ := filepath.Glob("testdata/*/*.txt")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("Informe de la Red 2011\nuno\ndos\ntres\ncuatro\nsigue en la\n\nInforme de la Red 2012\n\nsegunda página.\n- 2 -\nInforme de la Red 2013\nx")
	f.Fuzz(func(t *testing.T, s string) {
		lines := splitLines(s)
		got, want := furnitureLines1(s, lines), furnitureLinesRef(s, lines)
		if len(got) != len(want) {
			t.Fatalf("furnitureLines = %v, want %v", got, want)
		}
		for i := range want {
			if !got[i] {
				t.Fatalf("furnitureLines = %v, want %v", got, want)
			}
		}
	})
}

// furnitureLinesRef is furnitureLines as it was before the tenth speed
// pass, counting every line's repeat key before reading the lines.
func furnitureLinesRef(text string, lines []line) map[int]bool {
	count := lineRepeats(text, lines)
	return furnitureLinesCounted(text, lines, func() *repeatCount { return count })
}

// FuzzRepeatedFurniture holds repeatedFurniture, which first counts the
// fields that may be page numbers (pageFields), to repeatedFurniture1.
func FuzzRepeatedFurniture(f *testing.F) {
	seedReportParagraphs(f)
	const header = "ABU DHABI DIALOGUE • Senior Officials' Meeting • Dubai, 17–18 February 2016"
	f.Add(header + " Introduction The meeting was held. – 1 – " + header + " Outcomes The Senior Officials: (a) Welcomed the report; – 2 – " + header + " end")
	f.Add(header + " Introduction The meeting was held. \f" + header + " Outcomes (a) Welcomed the report; \f" + header + " end")
	f.Add("... informe financiero del primer Conferencia Regional sobre Migración - GRCM 2022 2 semestre antes ... internacional. Conferencia Regional sobre Migración - GRCM 2022 3 4. Panamá ...")
	f.Fuzz(func(t *testing.T, s string) {
		got, want := repeatedFurniture(s), repeatedFurniture1(s)
		if len(got) != len(want) || len(got) > 0 && !reflect.DeepEqual(got, want) {
			t.Fatalf("repeatedFurniture(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestFurnitureMemo checks that furnitureLines with its memo answers as
// furnitureLines1 does, for each test report and its perturbations cut into
// lines and into topic lines, asked in turn and again, from four goroutines
// at once.
func TestFurnitureMemo(t *testing.T) {
	texts := reportsAndVariants(t)
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, s := range texts {
				lines := splitLines(s)
				cuts := [][]line{lines, splitTopics(s, lines), lines[:len(lines)/2]}
				for range 2 {
					for _, ls := range cuts {
						if got, want := furnitureLines(s, ls), furnitureLines1(s, ls); !maps.Equal(got, want) {
							t.Errorf("furnitureLines(%.60q, %d lines) = %v, want %v", s, len(ls), got, want)
							return
						}
					}
				}
			}
		}()
	}
	wg.Wait()
}

// TestFooterBeforeFormFeed checks that a footer repeated on each page of a
// text file is furniture where the form feed after it is all that marks
// the page break (pages.Clean took the page number out) and it stands
// between a lead-in and its bullets.
func TestFooterBeforeFormFeed(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "ALMATY PROCESS\nMinisterial Conference\nAstana, Kazakhstan, 5 June 2019\n\nWe commit to:\n" +
		"1. Improving the recognition of skills\n   through:\n\n      Almaty Process - Astana Declaration\n\n\f6th Ministerial Conference, Astana 2019\n\n" +
		"   • a regional qualifications framework;\n   • mutual recognition arrangements;\n" +
		"2. Reducing the cost of remittances.\n3. Sharing data on labour migration\n   with IOM.\n\n      Almaty Process - Astana Declaration\n\n\f6th Ministerial Conference, Astana 2019\n\n" +
		"4. Holding the next conference in 2021.\n"
	rep, err := x.Extract(&actas.Document{Pages: []actas.Page{{Number: 1, Text: text}}})
	if err != nil {
		t.Fatal(err)
	}
	want := "1 none | 1.1 commit member_states | 1.2 commit member_states | 2 commit member_states | 3 commit member_states | 4 commit member_states"
	if got := strings.Join(pointSummaries(rep), " | "); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestRuledFooterBeforeHeader checks that a footer under a rule, its parts
// set apart with middle dots, is furniture where it closes a page right
// before the next page's header (pages.Clean took "Página 3 de 6" out), so
// its dots open no bullets and the sentence it cuts goes on.
func TestRuledFooterBeforeHeader(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	page := "____________________________________________________________________\n" +
		"Conferencia Regional sobre Migración · Secretaría Técnica · San José, Costa Rica\n" +
		"\fGRCM – Ciudad de Guatemala, 2 y 3 de diciembre de 2008\n"
	text := "REUNIÓN DEL GRUPO REGIONAL DE CONSULTA SOBRE MIGRACIÓN\nCiudad de Guatemala, 2 y 3 de diciembre de 2008\n\n" +
		"El GRCM llegó a las siguientes conclusiones:\n\n1.Dar por recibido el Informe de la ST.\n" +
		"2.Solicitar a la OIM que incorpore la información aportada por Panamá, an-\n" + page +
		"tes del 31 de enero de 2009.\n3.Tomar nota de la propuesta de la RROCM.\n" +
		"4.Agradecer al ACNUR su presentación y alentar a la CE-\n" + page + "PAL a continuar el proyecto SIEMCA.\n"
	rep, err := x.Extract(&actas.Document{Pages: []actas.Page{{Number: 1, Text: text}}})
	if err != nil {
		t.Fatal(err)
	}
	want := "1 take_note | 2 request IOM | 3 take_note | 4 thank ECLAC"
	if got := strings.Join(pointSummaries(rep), " | "); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestFooterPrintedOnce checks that a footer printed once, its page number
// set far right, is furniture where it cuts a sentence: the deadline the
// page cut is read whole.
func TestFooterPrintedOnce(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "XII REUNIÓN VICEMINISTERIAL\nTegucigalpa, 20 de junio de 2007\n\nLos Viceministros se reunieron en Tegucigalpa.\n\nACUERDAN:\n\n" +
		"1. Aprobar el informe de la Presidencia Pro Tempore.\n\n" +
		"2. Solicitar a la OIM que presente un informe de avance al GRCM en su reunión de\n\n" +
		"XII Reunión Viceministerial - CRM - Tegucigalpa 2007                       3\n\n" +
		"noviembre de 2007.\n\n3. Agradecer al Gobierno de Honduras su hospitalidad.\n"
	rep, err := x.Extract(&actas.Document{Pages: []actas.Page{{Number: 1, Text: text}}})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(dueSummaries(rep), " | "); got != "2 IOM 2007-11-30" {
		t.Errorf("got %q, want %q", got, "2 IOM 2007-11-30")
	}
}
