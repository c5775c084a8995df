package pages

import (
	"strings"
	"testing"

	"actas"
)

// TestC1Escapes checks that the octal escapes a plain-text printer writes
// for Windows-1252 punctuation come back as characters, after the print's
// fixed columns have rejoined the words they cut, and that other
// backslashes stay.
func TestC1Escapes(t *testing.T) {
	tests := []struct{ in, want string }{
		{`\225 To adopt the Plan`, "• To adopt the Plan"},
		{`the governments\222 will`, "the governments’ will"},
		{`\223quoted\224 \227 dash`, "“quoted” — dash"},
		{`C:\200x`, "C:€x"},
		{`a path C:\temp\301 and \12 and \`, `a path C:\temp\301 and \12 and \`},
	}
	for _, tt := range tests {
		if got := c1Escapes(tt.in); got != tt.want {
			t.Errorf("c1Escapes(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// a fixed-column print: the escape counts four columns in the print
	var lines []string
	for range 6 {
		lines = append(lines, `\225 The report of the Presidency Pro Tempore on the Plan of Actio`, `n, and the report of the Regional Consultation Group in San Salvad`)
	}
	text := ""
	for _, l := range lines {
		text += l + "\n"
	}
	out := Clean([]actas.Page{{Number: 1, Text: text, Method: "pdf"}})
	want := "• The report of the Presidency Pro Tempore on the Plan of Action, and the report"
	if got := out[0].Text; len(got) < len(want) || got[:len(want)] != want {
		t.Errorf("Clean: got %q, want it to start with %q", got[:min(len(got), 120)], want)
	}
}

// TestUnwrapGoesOn joins a full line of a print cut at a column to the next
// where the sentence goes on (also when the cut left the space on the next
// line), and keeps the break before a point, a printed bullet and a new
// sentence after a stop.
func TestUnwrapGoesOn(t *testing.T) {
	paras := []string{
		"The Network met in Belmopan and agreed the following on the work of the liaison officers of the member countries:",
		"  1. To approve the work plan for the next period and to circulate it among the members of the Network before the end of the month.",
		"  \\225 To thank the Government of Belize.",
		"The officers conveyed their solidarity to Honduras after the floods of that month and offered the help of their services.",
		"They thanked the Technical Secretariat for its support during the whole of 2016 and for the reports it prepared.",
	}
	text := ""
	for _, p := range paras {
		for len(p) > 42 {
			text += strings.TrimRight(p[:42], " ") + "\n" // a line printer cuts at column 42
			p = p[42:]
		}
		text += p + "\n"
	}
	out := Clean([]actas.Page{{Number: 1, Text: text, Method: "pdf"}})[0].Text
	for _, want := range []string{
		"agreed the following on the work of the liaison officers of the member countries:\n  1. To approve",
		"for the next period and to circulate it among the members of the Network before the end of the month.\n",
		"\n  • To thank the Government of Belize.\nThe officers conveyed their solidarity to Honduras",
		"help of their services.\nThey thanked the Technical Secretariat for its support",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("%q missing in\n%s", want, out)
		}
	}
}

// TestUnwrapOneShort recognises a print cut at a column where many full
// lines are one short, the cut having dropped the space at their end.
func TestUnwrapOneShort(t *testing.T) {
	// three lines of 50 characters, two of 49 (a space dropped at the cut)
	text := "" +
		"La Red de Funcionarios de Enlace celebró su reunió\n" +
		"n ordinaria el día 27 de noviembre de 2017, en San\n" +
		"Salvador, El Salvador, previo a la reunión del Gru\n" +
		"po Regional de Consulta sobre Migración, y con la\n" +
		"participación de los representantes de los siguie\n" +
		"ntes países: Canadá, Costa Rica, El Salvador y\n" +
		"Honduras.\n" +
		"Acordaron:\n" +
		"1. Agradecer a las delegaciones.\n" +
		"2. Solicitar a la OIM un estudio.\n"
	out := Clean([]actas.Page{{Number: 1, Text: text, Method: "pdf"}})[0].Text
	for _, want := range []string{"celebró su reunión ordinaria", "reunión del Grupo Regional", "y con la participación", "de los siguientes países"} {
		if !strings.Contains(out, want) {
			t.Errorf("%q missing in\n%s", want, out)
		}
	}
}

// TestUnwrapOneOver finds the width of a print as the length most lines
// reach, where one line runs one over it (a character drawn wider).
func TestUnwrapOneOver(t *testing.T) {
	text := "" +
		"The Conference met in Sucre and the delegations of\n" + // 50
		" Argentina, Bolivia, Brazil, Chile and Colombia t\n" + // 49
		"ook part, with the Organization of American State\n" + // 49
		"s as an observer and the International Organization\n" + // 51
		" for Migration as the Technical Secretariat of th\n" + // 49
		"e South American Conference, which thanked the hos\n" + // 50
		"t.\n" +
		"Acordaron:\n" +
		"1. Agradecer.\n" +
		"2. Solicitar a la OIM.\n" +
		"3. Felicitar.\n"
	out := Clean([]actas.Page{{Number: 1, Text: text, Method: "pdf"}})[0].Text
	for _, want := range []string{"delegations of Argentina", "Colombia took part", "American States as an observer", "Secretariat of the South", "thanked the host."} {
		if !strings.Contains(out, want) {
			t.Errorf("%q missing in\n%s", want, out)
		}
	}
}

// TestUnwrapKeepsGridTables keeps the lines of a table drawn with bars and
// rules apart in a print cut at the table's width: its rows are no wrapped
// sentences.
func TestUnwrapKeepsGridTables(t *testing.T) {
	row := "| 1  | Prepare a mapping of return programmes     | ICMPD  |"
	rule := "+----+--------------------------------------------+--------+"
	var text string
	for i := 0; i < 6; i++ {
		text += row + "\n" + "|    | in the Horn of Africa and in the Sahel.    |        |" + "\n" + rule + "\n"
	}
	out := Clean([]actas.Page{{Number: 1, Text: text, Method: "pdf"}})[0].Text
	if !strings.Contains(out, row+"\n|    | in the Horn") || !strings.Contains(out, "Sahel.    |        |\n"+rule) {
		t.Errorf("table lines joined:\n%s", out)
	}
}
