// Package scanpdf makes scanned renderings of PDFs for tests and
// benchmarks: each page is rasterised in grey, tilted, speckled, saved as
// JPEG and wrapped in an image-only PDF, as an office scanner does.
package scanpdf

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/jpeg"
	"math/rand/v2"
	"os/exec"
	"strconv"

	"actas/ingest/ocr"
)

// Options describe the scanner.
type Options struct {
	DPI     int     // default 200
	Tilt    float64 // degrees, clockwise; e.g. 0.8
	Noise   int     // grey levels of random noise added to each pixel, e.g. 12
	Quality int     // JPEG quality; default 60
	Seed    uint64  // of the noise
}

// Scan renders the PDF at path through pdftoppm and returns the scanned PDF.
func Scan(ctx context.Context, path string, opt Options) ([]byte, error) {
	if opt.DPI <= 0 {
		opt.DPI = 200
	}
	if opt.Quality <= 0 {
		opt.Quality = 60
	}
	out, err := exec.CommandContext(ctx, "pdfinfo", path).Output()
	if err != nil {
		return nil, fmt.Errorf("scan %s: pdfinfo: %w", path, err)
	}
	n := pageCount(out)
	if n == 0 {
		return nil, fmt.Errorf("scan %s: no pages", path)
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 1))
	var pages [][]byte
	var sizes []image.Point
	for p := 1; p <= n; p++ {
		ps := strconv.Itoa(p)
		raw, err := exec.CommandContext(ctx, "pdftoppm", "-r", strconv.Itoa(opt.DPI), "-gray",
			"-f", ps, "-l", ps, "-singlefile", path).Output()
		if err != nil {
			return nil, fmt.Errorf("scan %s: pdftoppm page %d: %w", path, p, err)
		}
		img, err := ocr.DecodePGM(raw)
		if err != nil {
			return nil, fmt.Errorf("scan %s: page %d: %w", path, p, err)
		}
		if opt.Tilt != 0 {
			img = ocr.Rotate(img, opt.Tilt)
		}
		speckle(img, opt.Noise, rng)
		var b bytes.Buffer
		if err := jpeg.Encode(&b, img, &jpeg.Options{Quality: opt.Quality}); err != nil {
			return nil, fmt.Errorf("scan %s: page %d: %w", path, p, err)
		}
		pages = append(pages, b.Bytes())
		sizes = append(sizes, img.Bounds().Size())
	}
	return imagePDF(pages, sizes, opt.DPI), nil
}

// pageCount reads "Pages: N" from pdfinfo's output.
func pageCount(info []byte) int {
	for _, l := range bytes.Split(info, []byte("\n")) {
		if v, ok := bytes.CutPrefix(l, []byte("Pages:")); ok {
			n, _ := strconv.Atoi(string(bytes.TrimSpace(v)))
			return n
		}
	}
	return 0
}

// speckle adds uniform noise of the given amplitude to every pixel.
func speckle(img *image.Gray, amp int, rng *rand.Rand) {
	if amp <= 0 {
		return
	}
	for i, v := range img.Pix {
		img.Pix[i] = uint8(min(255, max(0, int(v)+rng.IntN(2*amp+1)-amp)))
	}
}

// imagePDF writes a PDF with one grey DCT image filling each page.
func imagePDF(jpegs [][]byte, sizes []image.Point, dpi int) []byte {
	var b bytes.Buffer
	var offs []int
	obj := func(body string, stream []byte) {
		offs = append(offs, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s", len(offs), body)
		if stream != nil {
			b.WriteString("\nstream\n")
			b.Write(stream)
			b.WriteString("\nendstream")
		}
		b.WriteString("\nendobj\n")
	}
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	n := len(jpegs)
	kids := ""
	for i := range n {
		kids += fmt.Sprintf("%d 0 R ", 3+3*i)
	}
	obj("<< /Type /Catalog /Pages 2 0 R >>", nil)
	obj(fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", kids, n), nil)
	for i, j := range jpegs {
		w := float64(sizes[i].X) * 72 / float64(dpi)
		h := float64(sizes[i].Y) * 72 / float64(dpi)
		img, content := 4+3*i, 5+3*i
		obj(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im%d %d 0 R >> >> /Contents %d 0 R >>",
			w, h, i, img, content), nil)
		obj(fmt.Sprintf("<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length %d >>",
			sizes[i].X, sizes[i].Y, len(j)), j)
		cs := fmt.Sprintf("q %.2f 0 0 %.2f 0 0 cm /Im%d Do Q", w, h, i)
		obj(fmt.Sprintf("<< /Length %d >>", len(cs)), []byte(cs))
	}
	x := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offs)+1, x)
	return b.Bytes()
}
