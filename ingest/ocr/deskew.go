package ocr

import (
	"image"
	"math"
)

// Skew search, in degrees: scans are rarely tilted more than a few degrees,
// and a smaller tilt than minSkew does not bother tesseract.
const (
	maxSkew  = 5.0
	minSkew  = 0.1
	fine     = 0.02
	skewStep = 4 // the estimate reads one pixel in skewStep x skewStep
)

// Skew estimates the tilt of the text lines of img in degrees: Rotate(img,
// -Skew(img)) levels them. It maximises the sharpness of the horizontal
// projection profile of the dark pixels over candidate angles, coarse to
// fine; a page without text gives 0.
func Skew(img *image.Gray) float64 {
	pts := darkPoints(img)
	if len(pts) < 200 {
		return 0
	}
	h := img.Bounds().Dy()/skewStep + 1
	w := float64(img.Bounds().Dx()/skewStep + 1)
	best, bestScore := 0.0, profileScore(pts, 0, w, h)
	centre, span := 0.0, maxSkew
	for _, step := range []float64{0.5, 0.1, fine} {
		for a := centre - span; a <= centre+span+1e-9; a += step {
			if s := profileScore(pts, a, w, h); s > bestScore {
				best, bestScore = a, s
			}
		}
		centre, span = best, step
	}
	return best
}

// point is a dark pixel of the reduced image.
type point struct{ x, y float64 }

// darkPoints returns the pixels of a reduced copy of img darker than the
// midpoint between its darkest and lightest tone.
func darkPoints(img *image.Gray) []point {
	b := img.Bounds()
	lo, hi := uint8(255), uint8(0)
	for y := b.Min.Y; y < b.Max.Y; y += skewStep {
		for x := b.Min.X; x < b.Max.X; x += skewStep {
			v := img.GrayAt(x, y).Y
			lo, hi = min(lo, v), max(hi, v)
		}
	}
	if hi-lo < 64 {
		return nil
	}
	cut := lo + (hi-lo)/2
	var pts []point
	for y := b.Min.Y; y < b.Max.Y; y += skewStep {
		for x := b.Min.X; x < b.Max.X; x += skewStep {
			if img.GrayAt(x, y).Y < cut {
				pts = append(pts, point{float64(x-b.Min.X) / skewStep, float64(y-b.Min.Y) / skewStep})
			}
		}
	}
	return pts
}

// profileScore is the sum of squared row counts of pts projected along
// lines tilted by deg: highest when the lines follow the text. w is the
// width of the reduced image and h its height.
func profileScore(pts []point, deg, w float64, h int) float64 {
	t := math.Tan(deg * math.Pi / 180)
	off := w * math.Abs(t)
	rows := make([]float64, h+int(off)+2)
	for _, p := range pts {
		r := int(p.y - p.x*t + off)
		if r >= 0 && r < len(rows) {
			rows[r]++
		}
	}
	s := 0.0
	for _, v := range rows {
		s += v * v
	}
	return s
}

// Rotate turns img by deg degrees about its centre (positive is clockwise
// on screen: rows tilted down to the right by deg come out level after
// Rotate(img, -deg)), filling uncovered corners with white. Each output
// pixel is interpolated between the four source pixels around it.
func Rotate(img *image.Gray, deg float64) *image.Gray {
	b := img.Bounds()
	w, h := b.Dx(), b.Dy()
	src := image.NewGray(image.Rect(0, 0, w, h))
	for y := range h {
		copy(src.Pix[y*w:(y+1)*w], img.Pix[img.PixOffset(b.Min.X, b.Min.Y+y):])
	}
	out := image.NewGray(image.Rect(0, 0, w, h))
	sin, cos := math.Sincos(deg * math.Pi / 180)
	cx, cy := float64(w-1)/2, float64(h-1)/2
	for y := range h {
		dy := float64(y) - cy
		// The source of an output pixel is its position turned back by deg;
		// along a row it moves by (cos, -sin) per pixel.
		sx, sy := -cos*cx+sin*dy+cx, sin*cx+cos*dy+cy
		row := out.Pix[y*w : (y+1)*w]
		for x := range row {
			row[x] = sample(src.Pix, w, h, sx, sy)
			sx += cos
			sy -= sin
		}
	}
	return out
}

// sample interpolates the w x h grey pixels pix at a fractional position,
// white outside them.
func sample(pix []uint8, w, h int, x, y float64) uint8 {
	if x < 0 || y < 0 {
		return 255
	}
	x0, y0 := int(x), int(y)
	if x0+1 >= w || y0+1 >= h {
		return 255
	}
	fx, fy := x-float64(x0), y-float64(y0)
	i := y0*w + x0
	p00, p01 := float64(pix[i]), float64(pix[i+1])
	p10, p11 := float64(pix[i+w]), float64(pix[i+w+1])
	top := p00 + (p01-p00)*fx
	bot := p10 + (p11-p10)*fx
	return uint8(top + (bot-top)*fy + 0.5)
}

// deskew levels the text lines of img when they are tilted by at least
// minSkew and returns the image and the correction applied in degrees.
func deskew(img *image.Gray) (*image.Gray, float64) {
	s := Skew(img)
	if math.Abs(s) < minSkew {
		return img, 0
	}
	return level(img, s), -s
}

// level turns img by -deg degrees with two shears, as leptonica does for
// small angles: columns move up or down by whole pixels, then rows left or
// right. It moves bytes only, many times faster than interpolating, and
// the one-pixel steps it leaves are finer than a stroke at 300 dpi.
func level(img *image.Gray, deg float64) *image.Gray {
	t := math.Tan(deg * math.Pi / 180)
	b := img.Bounds()
	w, h := b.Dx(), b.Dy()
	cx, cy := float64(w)/2, float64(h)/2
	mid := image.NewGray(image.Rect(0, 0, w, h))
	fillWhite(mid.Pix)
	// Vertical shear: column x reads from row y + (x-cx)*t.
	for x0 := 0; x0 < w; {
		shift := int(math.Round((float64(x0) - cx) * t))
		x1 := x0 + 1
		for x1 < w && int(math.Round((float64(x1)-cx)*t)) == shift {
			x1++
		}
		for y := max(0, -shift); y < h && y+shift < h; y++ {
			src := img.PixOffset(b.Min.X+x0, b.Min.Y+y+shift)
			copy(mid.Pix[y*w+x0:y*w+x1], img.Pix[src:src+x1-x0])
		}
		x0 = x1
	}
	// Horizontal shear: row y reads from column x - (y-cy)*t.
	out := image.NewGray(image.Rect(0, 0, w, h))
	fillWhite(out.Pix)
	for y := range h {
		shift := -int(math.Round((float64(y) - cy) * t))
		row, src := out.Pix[y*w:(y+1)*w], mid.Pix[y*w:(y+1)*w]
		if shift >= 0 {
			copy(row[:max(0, w-shift)], src[min(shift, w):])
		} else {
			copy(row[min(-shift, w):], src)
		}
	}
	return out
}

// fillWhite sets every pixel to white.
func fillWhite(pix []uint8) {
	for i := range pix {
		pix[i] = 255
	}
}
