package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// TestParagraphBreaks reads a PDF that Chromium printed from
// testdata/gen/paragraph-breaks.html: justified paragraphs set apart by a
// margin, some ending on an almost full line, must each stay a line of
// their own (the vertical gap tells them apart, not only the width left),
// and every private-use bullet, also one drawn at the end of a line, must
// come back as "•" before its point.
func TestParagraphBreaks(t *testing.T) {
	opt := DefaultOptions()
	opt.NoTools = true
	res, err := extractFile(t, "testdata/synthetic/paragraph-breaks.pdf", opt)
	if err != nil {
		t.Fatal(err)
	}
	text := dump(res)
	for n := 10; n < 50; n++ {
		p := fmt.Sprintf("Recomendaciones%02d Solicitar", n)
		i := strings.Index(text, p)
		if i < 0 {
			t.Fatalf("missing %q in\n%s", p, text)
		}
		if i > 0 && text[i-1] != '\n' {
			t.Errorf("paragraph %d joined to the one before: %q", n, text[max(0, i-60):i+len(p)])
		}
	}
	for n := 10; n < 50; n++ {
		if q := fmt.Sprintf("• Q%d ", n); !strings.Contains(text, q) {
			t.Errorf("bullet lost before point Q%d:\n%s", n, text)
		}
	}
}
