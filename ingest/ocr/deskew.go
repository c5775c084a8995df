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
	coarse   = 0.25
	fine     = 0.025
	skewStep = 4 // the estimate reads one pixel in skewStep x skewStep
)

// Skew estimates the tilt of the text lines of img in degrees: Rotate(img,
// -Skew(img)) levels them. It maximises the sharpness of the horizontal
// projection profile of the dark pixels over candidate angles; a page
// without text gives 0.
func Skew(img *image.Gray) float64 {
	pts := darkPoints(img)
	if len(pts) < 200 {
		return 0
	}
	h := img.Bounds().Dy()/skewStep + 1
	best, bestScore := 0.0, profileScore(pts, 0, h)
	for a := -maxSkew; a <= maxSkew+1e-9; a += coarse {
		if s := profileScore(pts, a, h); s > bestScore {
			best, bestScore = a, s
		}
	}
	centre := best
	for a := centre - coarse; a <= centre+coarse+1e-9; a += fine {
		if s := profileScore(pts, a, h); s > bestScore {
			best, bestScore = a, s
		}
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
// lines tilted by deg: highest when the lines follow the text.
func profileScore(pts []point, deg float64, h int) float64 {
	t := math.Tan(deg * math.Pi / 180)
	off := 0.0
	for _, p := range pts {
		off = math.Max(off, p.x*math.Abs(t))
	}
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
// Rotate(img, -deg)), filling uncovered corners with white.
func Rotate(img *image.Gray, deg float64) *image.Gray {
	b := img.Bounds()
	out := image.NewGray(image.Rect(0, 0, b.Dx(), b.Dy()))
	sin, cos := math.Sincos(deg * math.Pi / 180)
	cx, cy := float64(b.Dx()-1)/2, float64(b.Dy()-1)/2
	w, h := b.Dx(), b.Dy()
	for y := range h {
		dy := float64(y) - cy
		row := out.Pix[y*out.Stride : y*out.Stride+w]
		for x := range w {
			dx := float64(x) - cx
			// The source of an output pixel is its position turned back by deg.
			sx := cos*dx + sin*dy + cx
			sy := -sin*dx + cos*dy + cy
			row[x] = bilinear(img, sx, sy)
		}
	}
	return out
}

// bilinear samples img at a fractional position, white outside it.
func bilinear(img *image.Gray, x, y float64) uint8 {
	b := img.Bounds()
	x0, y0 := int(math.Floor(x)), int(math.Floor(y))
	if x0 < 0 || y0 < 0 || x0+1 >= b.Dx() || y0+1 >= b.Dy() {
		return 255
	}
	fx, fy := x-float64(x0), y-float64(y0)
	i := img.PixOffset(b.Min.X+x0, b.Min.Y+y0)
	p00, p01 := float64(img.Pix[i]), float64(img.Pix[i+1])
	p10, p11 := float64(img.Pix[i+img.Stride]), float64(img.Pix[i+img.Stride+1])
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
	return Rotate(img, -s), -s
}
