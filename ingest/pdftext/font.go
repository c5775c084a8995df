package pdftext

import (
	"strings"

	"github.com/ledongthuc/pdf"
)

// fontInfo is what the walker needs of a font: a decoder and glyph widths.
type fontInfo struct {
	enc     pdf.TextEncoding
	twoByte bool            // Type0: two bytes per character code
	first   int             // simple fonts: first code of widths
	widths  []float64       // simple fonts: widths in glyph units
	cidW    map[int]float64 // Type0: widths by CID from W
	dw      float64         // default width in glyph units
	scale   float64         // glyph units to text space (1/1000, or Type3 FontMatrix)
}

// maxWidthEntries caps the width tables read from a font.
const maxWidthEntries = 1 << 16

// newFontInfo reads the encoder and widths of font dictionary v.
func newFontInfo(v pdf.Value) *fontInfo {
	f := &pdf.Font{V: v}
	fi := &fontInfo{enc: f.Encoder(), scale: 0.001, dw: 500}
	switch v.Key("Subtype").Name() {
	case "Type0":
		fi.twoByte = true
		fi.dw = 1000
		d := v.Key("DescendantFonts").Index(0)
		if w := d.Key("DW"); w.Kind() == pdf.Integer || w.Kind() == pdf.Real {
			fi.dw = w.Float64()
		}
		fi.cidW = readCIDWidths(d.Key("W"))
		return fi
	case "Type3":
		if m := v.Key("FontMatrix"); m.Len() >= 1 && m.Index(0).Float64() != 0 {
			fi.scale = m.Index(0).Float64()
		}
	}
	if strings.Contains(v.Key("BaseFont").Name(), "Courier") {
		fi.dw = 600
	}
	if mw := v.Key("FontDescriptor").Key("MissingWidth"); mw.Float64() > 0 {
		fi.dw = mw.Float64()
	}
	fi.first = int(v.Key("FirstChar").Int64())
	w := v.Key("Widths")
	n := min(w.Len(), maxWidthEntries)
	fi.widths = make([]float64, n)
	for i := range n {
		fi.widths[i] = w.Index(i).Float64()
	}
	return fi
}

// readCIDWidths reads a CIDFont W array: "c [w1 w2 ...]" and "cfirst clast w".
func readCIDWidths(w pdf.Value) map[int]float64 {
	out := map[int]float64{}
	n := w.Len()
	for i := 0; i < n && len(out) < maxWidthEntries; {
		c := int(w.Index(i).Int64())
		next := w.Index(i + 1)
		if next.Kind() == pdf.Array {
			for j := range min(next.Len(), maxWidthEntries) {
				out[c+j] = next.Index(j).Float64()
			}
			i += 2
			continue
		}
		if i+2 >= n {
			break
		}
		last := int(next.Int64())
		wd := w.Index(i + 2).Float64()
		for c2 := c; c2 <= last && c2-c < maxWidthEntries; c2++ {
			out[c2] = wd
		}
		i += 3
	}
	return out
}

// width returns the advance of character code c in glyph units.
func (fi *fontInfo) width(c int) float64 {
	if fi.twoByte {
		if w, ok := fi.cidW[c]; ok {
			return w
		}
		return fi.dw
	}
	if i := c - fi.first; i >= 0 && i < len(fi.widths) && fi.widths[i] > 0 {
		return fi.widths[i]
	}
	return fi.dw
}

// codes splits a shown string into character codes.
func (fi *fontInfo) codes(raw string) []int {
	if !fi.twoByte {
		out := make([]int, len(raw))
		for i := range len(raw) {
			out[i] = int(raw[i])
		}
		return out
	}
	out := make([]int, 0, len(raw)/2+1)
	for i := 0; i+1 < len(raw); i += 2 {
		out = append(out, int(raw[i])<<8|int(raw[i+1]))
	}
	return out
}
