package extract

import (
	"strings"
	"testing"
)

// TestSignatories reads the countries of a signature block as participants,
// in columns or run together, and nothing from prose or a lone signature.
func TestSignatories(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	body := strings.Repeat("The meeting reviewed the plan of action and the budget. ", 8) + "\n\n"
	tests := []struct{ name, text, want string }{
		{"a block of lines", body + "SIGNED at Victoria Falls on 9 July 2015.\n\nFor the Republic of Angola          ..........\nFor the Kingdom of Lesotho          ..........\nFor the Republic of Zambia          ..........\n", "AGO LSO ZMB"},
		{"two columns", body + "________________          ________________\nPor la Delegación de Argentina            Por la Delegación de Brasil\n\nPOR BELICE                POR CANADA (FDO.) ILEGIBLE\n", "ARG BRA BLZ CAN"},
		{"run together", body + "For the Republic of Angola .......... For the Republic of Botswana .......... For the Republic of Namibia ..........\n", "AGO BWA NAM"},
		{"prose", body + "For Mexico, the priority is the protection of children. For Canada, the main issue is labour mobility.\n", ""},
		{"one signature", body + "For the Republic of Angola          ..........\n", ""},
	}
	for _, tt := range tests {
		if got := strings.Join(countryIDs(x.signatories(tt.text, nil)), " "); got != tt.want {
			t.Errorf("%s: signatories = %q, want %q", tt.name, got, tt.want)
		}
	}
}
