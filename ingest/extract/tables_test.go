package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"actas"
)

// TestFindTables checks the rows read from agreements tables drawn with
// bars, tabs and aligned spaces, with rows wrapped onto continuation lines.
func TestFindTables(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, text, want string }{
		{"bars wrapped", "No. | Acuerdo | Responsable | Plazo\n----|----|----|----\n1 | Elaborar un estudio | OIM | 30 de junio\n  | regional. |  |\n2 | Aprobar el plan. | |\n",
			"1: Elaborar un estudio regional. [OIM] [30 de junio] / 2: Aprobar el plan. [] []"},
		{"framed bars", "| No. | Agreement | Responsible | Deadline |\n| 1 | Share data with the | IOM | 30 June |\n|   | Member States. | | |\n",
			"1: Share data with the Member States. [IOM] [30 June]"},
		{"tabs", "Nº\tAcuerdo\tResponsable\tPlazo\n1\tActualizar el directorio.\tST\t31 de julio\n2\tSolicitar apoyo\tOIM\t\n\ttécnico.\t\t\n",
			"1: Actualizar el directorio. [ST] [31 de julio] / 2: Solicitar apoyo técnico. [OIM] []"},
		{"spaces no numbers", "Agreement                 Responsible   Deadline\nPrepare a mapping of      Georgia       June 2017\nlabour flows.\nThank the Chair.\n",
			"1: Prepare a mapping of labour flows. [Georgia] [June 2017] / 2: Thank the Chair. [] []"},
		{"spaces no numbers, cells wrapped", "Activity                        Responsible        Time frame\nStudy on migration in Central   ECLAC              Before the Fourth Conference\nAmerica                                            (San Salvador, January 1999)\nWorkshop on return              Honduras, with     Second half of 1998\n                                the support of IOM\nDesignation of points for the   All participating  April 30, 1998\nPlan of Action                  Governments\nSeminar on smuggling            Mexico             First half of 1998\n",
			"1: Study on migration in Central America [ECLAC] [Before the Fourth Conference,(San Salvador, January 1999)] / 2: Workshop on return [Honduras, with,the support of IOM] [Second half of 1998] / 3: Designation of points for the Plan of Action [All participating,Governments] [April 30, 1998] / 4: Seminar on smuggling [Mexico] [First half of 1998]"},
		{"marker in the agreement cell", "Acuerdo | Responsable\n1. Enviar el informe. | ST\n2. Circular la guía. | OIM\n",
			"1: Enviar el informe. [ST] [] / 2: Circular la guía. [OIM] []"},
		{"ends at a blank line", "Acuerdo | Plazo\nEnviar el informe. | mayo\n\nLa próxima reunión será en junio.\n",
			"1: Enviar el informe. [] [mayo]"},
		{"bars re-wrapped", "CUADRO DE ACUERDOS\n\nNo. | Acuerdo | Responsable | Plazo\n1 | Enviar el informe. | | 2 |\nElaborar un estudio | OIM | 30 de junio | regional. | | 3 | Circular la\nguía. | ST | mayo\n\nFin.\n",
			"1: Enviar el informe. [] [] / 2: Elaborar un estudio regional. [OIM] [30 de junio] / 3: Circular la guía. [ST] [mayo]"},
		{"bars on one line", "Acordaron lo siguiente. No. | Acuerdo | Responsable | Plazo ----|----|----|---- 1 | Enviar el informe. | ST | junio 2 | Elaborar un estudio | OIM | julio | regional. | | 3 | Circular la guía. | | La próxima reunión será en mayo.\n",
			"1: Enviar el informe. [ST] [junio] / 2: Elaborar un estudio regional. [OIM] [julio] / 3: Circular la guía. [] [La próxima reunión será en mayo.]"}, // the last cell runs on to the end of the text
		{"framed on one line", "They agreed: | No. | Agreement | Responsible | Deadline | | 1 | Share data. | IOM | June | |   | More text. | | | | 2 | Thank Peru. | | | Done.",
			"1: Share data. More text. [IOM] [June] / 2: Thank Peru. [] []"},
		{"tabs on one line", "Acordaron: Nº\tAcuerdo\tResponsable\tPlazo 1\tActualizar el directorio.\tST\t31 de julio 2\tSolicitar apoyo técnico.\tOIM\tjunio 3\tAprobar el plan.\t\t",
			"1: Actualizar el directorio. [ST] [31 de julio] / 2: Solicitar apoyo técnico. [OIM] [junio] / 3: Aprobar el plan. [] []"},
		{"framed, letters in the margin", "+---+-----------------------+-------------+\n|   | ACUERDO               | RESPONSABLE |\n+---+-----------------------+-------------+\n| A | Aprobar el informe de |             |\n|   | la ST.                |             |\n+---+-----------------------+-------------+\n| B | Instar a los Países   | Países      |\n|   | Miembros a pagar.     | Miembros    |\n+---+-----------------------+-------------+\n",
			"A: Aprobar el informe de la ST. [] [] / B: Instar a los Países Miembros a pagar. [Países,Miembros] []"},
		{"framed with rules", "+====+=============+======+\n| No | Agreement   | Lead |\n+====+=============+======+\n| 1  | Share data  | IOM  |\n|    | by June.    |      |\n+----+-------------+------+\n| 2  | Thank Peru. |      |\n+----+-------------+------+\n\nNotes:\n- none.\n",
			"1: Share data by June. [IOM] [] / 2: Thank Peru. [] []"},
		{"framed rules across a page", "| No | Agreement   | Lead |\n+----+-------------+------+\n| 1  | Share data. | IOM  |\n+----+-------------+------+\n\nPage 2\nREGIONAL CONSULTATION GROUP\n\n+----+-------------+------+\n| 2  | Thank Peru. |      |\n+----+-------------+------+\n",
			"1: Share data. [IOM] [] / 2: Thank Peru. [] []"},
		{"no agreement column", "País | Nombre | Cargo\nBelice | John Smith | Cónsul\n", ""},
		{"prose with spaces", "The delegates  agreed  to meet again.\nResponsible  parties  will report.\n", ""},
	}
	for _, tt := range tests {
		var got []string
		for _, tb := range x.findTables(tt.text) {
			for k, r := range tb.rows {
				num := r.number
				if num == "" {
					num = string(rune('1' + k))
				}
				got = append(got, num+": "+cleanText(tt.text, r.agreement)+" ["+strings.Join(r.responsible, ",")+"] ["+strings.Join(r.deadline, ",")+"]")
			}
		}
		if g := strings.Join(got, " / "); g != tt.want {
			t.Errorf("%s:\n got  %s\n want %s", tt.name, g, tt.want)
		}
	}
}

// TestAnnexReports scores the short reports written for agreements tables,
// participant labels and annexes, hyphenated and list-only country names,
// demonyms and deadlines at the next meeting: testdata/annex/dev was used
// while the rules were written, testdata/annex/heldout and heldout2 were
// not (heldout2 was written after the first rules landed). A senior
// officials' meeting is a body of its own (docs/reference-data.md).
func TestAnnexReports(t *testing.T) {
	for _, tc := range []struct {
		dir string
		bar float64
	}{{"testdata/annex/dev", 1.0}, {"testdata/annex/heldout", 0.95}, {"testdata/annex/heldout2", 0.95}} {
		sc, misses := corpusScores(t, tc.dir)
		for _, m := range misses {
			t.Log(tc.dir, m)
		}
		atBar(t, tc.dir, sc, func(string) float64 { return tc.bar })
	}
}

// FuzzTables reads tables from the annex test reports, from tables aligned
// by spaces that lost their line breaks (flattables.go) and from mangled
// lines: every row span lies in the text and extraction never degrades.
func FuzzTables(f *testing.F) {
	files, _ := filepath.Glob("testdata/annex/*/*.txt")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	for _, p := range []string{"testdata/layouts/table-rule-lines.es.txt", "testdata/layouts/table-two-pages.es.txt", "testdata/layouts/table-cell-lines.en.txt"} {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(oneline(string(b)))
		}
	}
	f.Add(flatLines([4]string{"1", "a", "b", "c"}, [4]string{"2", "d", "", ""}))
	f.Add("No.\nAgreement\nResponsible\nDeadline\n1\nTo approve\nN/A\nN/A\n2\nx\n\n3\n")
	for _, s := range []string{"No. | Acuerdo | Responsable | Plazo\n1 | x | OIM | junio\n  |  | |\n", "| Agreement | Deadline |\n|\n| |", "Acuerdo\tPlazo\n\t\t\t\n1\t", "Agreement    Responsible\n    x", "Acuerdo | Responsable\n1. | ST"} {
		f.Add(s)
	}
	x, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		for _, tb := range x.findTables(s) {
			for _, r := range tb.rows {
				for _, sp := range r.agreement {
					if sp.start < 0 || sp.start > sp.end || sp.end > len(s) {
						t.Fatalf("bad span %v in %q", sp, s)
					}
				}
			}
		}
		doc := &actas.Document{Pages: splitPages(s)}
		if _, err := x.Extract(doc); err == nil {
			for _, w := range doc.Warnings {
				if strings.Contains(w, "degraded") {
					t.Fatal(w)
				}
			}
		}
	})
}
