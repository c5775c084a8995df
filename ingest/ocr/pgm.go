package ocr

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"image"
	"io"
	"strconv"
)

// maxPixels bounds a decoded page image (a 17 x 22 inch page at 300 dpi).
const maxPixels = 5100 * 6600

// DecodePGM reads a binary greyscale PNM (P5, 8 bits), the format pdftoppm
// writes with -gray; the standard library has no decoder for it.
func DecodePGM(data []byte) (*image.Gray, error) {
	r := bufio.NewReader(bytes.NewReader(data))
	var head [4]int
	magic, err := pnmToken(r)
	if err != nil || magic != "P5" {
		return nil, errors.New("pgm: not a binary greyscale image")
	}
	for i := 1; i < 4; i++ {
		tok, err := pnmToken(r)
		if err != nil {
			return nil, fmt.Errorf("pgm: header: %w", err)
		}
		if head[i], err = strconv.Atoi(tok); err != nil || head[i] <= 0 {
			return nil, fmt.Errorf("pgm: bad header value %q", tok)
		}
	}
	w, h, maxv := head[1], head[2], head[3]
	if maxv != 255 {
		return nil, fmt.Errorf("pgm: %d levels, want 256", maxv+1)
	}
	if w*h > maxPixels || w > maxPixels || h > maxPixels {
		return nil, fmt.Errorf("pgm: %dx%d pixels, limit %d", w, h, maxPixels)
	}
	img := image.NewGray(image.Rect(0, 0, w, h))
	if _, err := io.ReadFull(r, img.Pix); err != nil {
		return nil, fmt.Errorf("pgm: pixels: %w", err)
	}
	return img, nil
}

// pnmToken reads one whitespace-separated header token, skipping comments,
// and the single whitespace byte after it.
func pnmToken(r *bufio.Reader) (string, error) {
	var tok []byte
	for {
		c, err := r.ReadByte()
		if err != nil {
			return "", err
		}
		switch {
		case c == '#' && len(tok) == 0:
			if _, err := r.ReadBytes('\n'); err != nil {
				return "", err
			}
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			if len(tok) > 0 {
				return string(tok), nil
			}
		default:
			if len(tok) > 16 {
				return "", errors.New("token too long")
			}
			tok = append(tok, c)
		}
	}
}

// encodePGM writes img as a binary PGM, the cheapest image tesseract reads.
func encodePGM(img *image.Gray) []byte {
	b := img.Bounds()
	head := fmt.Sprintf("P5\n%d %d\n255\n", b.Dx(), b.Dy())
	out := make([]byte, 0, len(head)+b.Dx()*b.Dy())
	out = append(out, head...)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		i := img.PixOffset(b.Min.X, y)
		out = append(out, img.Pix[i:i+b.Dx()]...)
	}
	return out
}
