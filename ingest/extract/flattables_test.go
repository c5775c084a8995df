package extract

import (
	"fmt"
	"strings"
	"testing"
)

// flatLines lays out a table's lines in columns of 5, 41 and 18
// characters under its header and rule, and runs them onto one line after
// a long paragraph, as a text that lost its line breaks has them.
func flatLines(rows ...[4]string) string {
	rule := fmt.Sprintf("%-5s%-41s%-18s%s", "---", strings.Repeat("-", 39), strings.Repeat("-", 16), strings.Repeat("-", 16))
	return ruledLines(rule, rows...)
}

// ruledLines lays out a table as flatLines does, under the rule given
// (none where it is empty); a row numbered "head" repeats the header.
func ruledLines(rule string, rows ...[4]string) string {
	lines := []string{strings.Repeat("Texto de la reunión. ", 20), "La Red acordó lo siguiente:"}
	head := func() {
		lines = append(lines, fmt.Sprintf("%-5s%-41s%-18s%s", "No.", "Acuerdo", "Responsable", "Plazo"))
		if rule != "" {
			lines = append(lines, rule)
		}
	}
	head()
	for _, r := range rows {
		if r[0] == "head" {
			head()
			continue
		}
		lines = append(lines, strings.TrimRight(fmt.Sprintf("%-5s%-41s%-18s%s", r[0], r[1], r[2], r[3]), " "))
	}
	return oneline(strings.Join(lines, "\n"))
}

// TestFlatTables reads the rows of tables aligned by spaces whose line
// breaks were lost: cells wrapped in every column, placeholders, a row
// number run on after its row's text, a page's footer after the last row.
func TestFlatTables(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, text, want string }{
		{"placeholders, then a row number after the text", flatLines(
			[4]string{"1", "Agradecer al Gobierno de Honduras la", "--", "--"},
			[4]string{"", "organización de la reunión.", "", ""},
			[4]string{"2", "Solicitar a la ST que actualice el", "ST", "30 de junio de"},
			[4]string{"", "directorio de puntos focales.", "", "2017"}),
			"1 | Agradecer al Gobierno de Honduras la organización de la reunión. |  |  ; 2 | Solicitar a la ST que actualice el directorio de puntos focales. | ST | 30 de junio de 2017"},
		{"a deadline cut by a hyphen, then the page's footer", flatLines(
			[4]string{"1", "Remitir las matrices com-", "ST", "Al finalizar ene-"},
			[4]string{"", "parativas actualizadas.", "", "ro de 2019"},
			[4]string{"2", "Organizar un taller regional.", "OIM", "Primer semestre"},
			[4]string{"", "", "", ""},
			[4]string{"Informe de la Red", "", "", "Página 1 de 3"}),
			"1 | Remitir las matrices com- parativas actualizadas. | ST | Al finalizar ene- ro de 2019 ; 2 | Organizar un taller regional. | OIM | Primer semestre"},
		{"labels alone give the columns; a row cut by the page goes on after the header", ruledLines("",
			[4]string{"1", "Solicitar a la OIM que elabore una", "OIM", "31/01/2014"},
			[4]string{"", "propuesta de curso virtual.", "", ""},
			[4]string{"2", "Encomendar a la ST la", "ST", "Antes de"},
			[4]string{"", "actualización del directorio", "", "finalizar 2013"},
			[4]string{"", "", "", "Página 1 de 2"},
			[4]string{"Informe de la Red", "", "", ""},
			[4]string{"head", "", "", ""},
			[4]string{"", "de puntos focales.", "", ""},
			[4]string{"3", "Agradecer a la OIM su apoyo.", "—", "—"}),
			"1 | Solicitar a la OIM que elabore una propuesta de curso virtual. | OIM | 31/01/2014 ; 2 | Encomendar a la ST la actualización del directorio de puntos focales. | ST | Antes de finalizar 2013 ; 3 | Agradecer a la OIM su apoyo. | — | —"},
		{"a rule of one run across the page", ruledLines(strings.Repeat("-", 90),
			[4]string{"1", "Tomar nota de los informes nacionales", "—", "—"},
			[4]string{"", "presentados.", "", ""},
			[4]string{"2", "Guatemala se ofrece como sede del", "Guatemala", "—"},
			[4]string{"", "taller.", "", ""}),
			"1 | Tomar nota de los informes nacionales presentados. | — | — ; 2 | Guatemala se ofrece como sede del taller. | Guatemala | —"},
		{"a rule on a line of its own is findTables' to read", "No.  Acuerdo  Responsable  Plazo\n---  -------  -----------  -----\n1    Aprobar  ST           2019\n", ""},
	}
	for _, tt := range tests {
		var rows []string
		for _, tb := range x.flatTables(tt.text) {
			for _, r := range tb.rows {
				rows = append(rows, strings.Join([]string{r.number, spansText(tt.text, r.agreement), strings.Join(r.responsible, " "), strings.Join(r.deadline, " ")}, " | "))
			}
		}
		if got := strings.Join(rows, " ; "); got != tt.want {
			t.Errorf("%s:\n got  %s\n want %s", tt.name, got, tt.want)
		}
	}
}
