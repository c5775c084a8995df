package extract

import (
	"testing"

	"actas"
)

// TestOfferDeadlines checks that an offer is due only where a deadline cue
// says by when the party must act, not where a time says when the offered
// event happens.
func TestOfferDeadlines(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	head := "Regional Consultation Group on Migration\nOttawa, February 9, 2005\n\nThe Group agreed to:\n\n"
	tests := []struct {
		name, point, want string // want: the offer's due_end, "" for none
	}{
		{"within", "1. Mexico volunteered to draft terms of reference and to circulate them within two months.\n", "2005-04-09"},
		{"by a date", "1. Panama offered to prepare a directory of shelters by March 31, 2005.\n", "2005-03-31"},
		{"an event's month", "1. Honduras offered to host the next meeting of the Group in May 2005.\n", ""},
		{"Spanish, a más tardar", "1. Guatemala se ofrece a elaborar la guía a más tardar el 30 de junio de 2005.\n", "2005-06-30"},
		{"Spanish, an event's semester", "1. Costa Rica se ofrece como sede del taller regional durante el segundo semestre de 2005.\n", ""},
	}
	for _, tt := range tests {
		rep, err := x.Extract(&actas.Document{Pages: splitPages(head + tt.point)})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var got []string
		for _, ag := range rep.Agreements {
			for _, c := range ag.Commitments {
				due := ""
				if !c.DueEnd.IsZero() {
					due = c.DueEnd.Format("2006-01-02")
				}
				got = append(got, string(c.Action)+" "+due)
			}
		}
		if len(got) != 1 || got[0] != "offer "+tt.want {
			t.Errorf("%s: got %q, want one offer due %q", tt.name, got, tt.want)
		}
	}
}
