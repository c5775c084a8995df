package ocr

import (
	"image"
	"math"
	"math/rand/v2"
	"testing"
)

// fakePage draws rows of dark "words" of random length on white, like a
// page of text seen from afar.
func fakePage(w, h int) *image.Gray {
	img := image.NewGray(image.Rect(0, 0, w, h))
	for i := range img.Pix {
		img.Pix[i] = 255
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for y := 150; y+30 < h-150; y += 60 {
		for x := 150; x < w-150; {
			n := 40 + rng.IntN(120)
			for yy := y; yy < y+30; yy++ {
				for xx := x; xx < min(x+n, w-150); xx++ {
					img.Pix[yy*w+xx] = 20
				}
			}
			x += n + 25
		}
	}
	return img
}

func TestSkew(t *testing.T) {
	page := fakePage(1200, 1600)
	for _, tilt := range []float64{-3, -0.8, 0, 0.5, 1.2, 4} {
		got := Skew(Rotate(page, tilt))
		if math.Abs(got-tilt) > 0.1 {
			t.Errorf("Skew of a page turned by %.2f° = %.3f°", tilt, got)
		}
	}
}

func TestDeskewLevels(t *testing.T) {
	page := fakePage(1200, 1600)
	out, applied := deskew(Rotate(page, 1.5))
	if math.Abs(applied+1.5) > 0.1 {
		t.Errorf("deskew applied %.3f°, want -1.5°", applied)
	}
	if rest := Skew(out); math.Abs(rest) > 0.1 {
		t.Errorf("the levelled page is still tilted by %.3f°", rest)
	}
	if _, applied := deskew(page); applied != 0 {
		t.Errorf("a level page was turned by %.3f°", applied)
	}
}

func TestSkewBlankPage(t *testing.T) {
	img := image.NewGray(image.Rect(0, 0, 300, 300))
	if s := Skew(img); s != 0 {
		t.Errorf("Skew of a blank page = %v", s)
	}
}

// TestLevelUndoesRotate: levelling a page turned by a small angle gives
// back the page, pixel for pixel except at the edges of strokes.
func TestLevelUndoesRotate(t *testing.T) {
	page := fakePage(1200, 1600)
	for _, tilt := range []float64{-2, 0.7, 1.5} {
		turned := Rotate(page, tilt)
		before, after := meanDiff(page, turned), meanDiff(page, level(turned, tilt))
		if after > before/4 {
			t.Errorf("tilt %.1f°: mean difference %.2f before levelling, %.2f after", tilt, before, after)
		}
		if s := Skew(level(turned, tilt)); math.Abs(s) > 0.1 {
			t.Errorf("tilt %.1f°: levelled page still tilted by %.3f°", tilt, s)
		}
	}
}

// meanDiff is the mean absolute difference of two images' pixels away
// from their borders.
func meanDiff(a, b *image.Gray) float64 {
	var sum, n float64
	r := a.Bounds().Inset(100)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			sum += math.Abs(float64(a.GrayAt(x, y).Y) - float64(b.GrayAt(x, y).Y))
			n++
		}
	}
	return sum / n
}
