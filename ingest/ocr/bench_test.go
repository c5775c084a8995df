package ocr

import (
	"testing"
)

// BenchmarkLevel times what the OCR adds to a page between pdftoppm and
// tesseract: decoding, estimating the tilt, turning and encoding a
// letter-size page at 300 dpi.
func BenchmarkLevel(b *testing.B) {
	page := Rotate(fakePage(2550, 3300), 0.8)
	raw := encodePGM(page)
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		img, err := DecodePGM(raw)
		if err != nil {
			b.Fatal(err)
		}
		img, _ = deskew(img)
		_ = encodePGM(img)
	}
}
