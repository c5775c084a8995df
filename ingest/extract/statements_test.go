package extract

import (
	"strings"
	"testing"
)

// TestHabitStatements checks chair's statements whose numbered paragraphs
// open with the officials who met ("Officials welcomed ..."), English verbs
// that look like Spanish forms ("convene", "convenir") and verbs outside
// ANNOTATION.md's action table ("establish"), which take the lead-in's action.
func TestHabitStatements(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		want       []string // per agreement: number action parties
	}{
		{"officials as the subject", "Bali Process Ad Hoc Group\nSenior Officials' Meeting\nBangkok, Thailand, 9 March 2017\n\nCo-Chairs' Statement\n\n" +
			"1. The meeting was held in Bangkok under the Co-Chairs.\n\n2. Officials welcomed the report of the Regional Support Office.\n\n" +
			"3. Senior Officials agreed to establish a task force on labour migration.\n\n4. Officials requested UNHCR to prepare a guide by the end of 2017.\n\n" +
			"5. Officials encouraged members to share their data.\n",
			[]string{"1 none", "2 take_note", "3 agree", "4 request UNHCR", "5 request member_states"}},
		{"an English verb is no Spanish form", "Colombo Process\nSenior Officials' Meeting\nDhaka, 14 May 2019\n\nRECOMMENDATIONS\n\nThe officials recommended the following:\n\n" +
			"1) That Sri Lanka, as Chair, convene a meeting of the working group on skills.\n2) That member states share their curricula.\n",
			[]string{"1 recommend LKA", "2 recommend member_states"}},
		{"a verb outside the action table takes the lead-in's action", "IGAD Regional Consultative Process on Migration\nNairobi, 1 March 2023\n\nHaving deliberated, the RCP recommends that:\n\n" +
			"1) Member States establish national coordination mechanisms within 90 days of this meeting;\n2) IOM be invited to share its guidelines.\n",
			[]string{"1 recommend member_states", "2 request IOM"}},
	}
	for _, tt := range tests {
		if got := pointSummaries(t, x, tt.name, tt.text); strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}
