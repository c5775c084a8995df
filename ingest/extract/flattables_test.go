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
	lines := []string{strings.Repeat("Texto de la reunión. ", 20), "La Red acordó lo siguiente:",
		fmt.Sprintf("%-5s%-41s%-18s%s", "No.", "Acuerdo", "Responsable", "Plazo"),
		fmt.Sprintf("%-5s%-41s%-18s%s", "---", strings.Repeat("-", 39), strings.Repeat("-", 16), strings.Repeat("-", 16))}
	for _, r := range rows {
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
