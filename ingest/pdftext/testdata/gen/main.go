// Command gen writes the synthetic PDF fixtures of package pdftext:
// furniture.pdf (running header, "Página N de 2" footer, words positioned
// without spaces, the ' and " operators, a Form XObject, and a font name
// that means different fonts on the two pages) and, from a PNG given as
// the first argument, scan.pdf (one image-only page).
//
//	go run ./testdata/gen [page.png]
package main

import (
	"bytes"
	"compress/zlib"
	"fmt"

	"image/png"
	"log"
	"os"
	"strings"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

// pdfFile accumulates numbered objects and writes them with an xref table.
type pdfFile struct {
	objs []string
}

// add appends an object and returns its number.
func (p *pdfFile) add(body string) int {
	p.objs = append(p.objs, body)
	return len(p.objs)
}

// set replaces object n.
func (p *pdfFile) set(n int, body string) { p.objs[n-1] = body }

// stream returns a stream object body.
func stream(dict, data string) string {
	return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data)
}

// bytes serialises the file with catalog root.
func (p *pdfFile) bytes(root int) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	offs := make([]int, len(p.objs))
	for i, o := range p.objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	x := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(p.objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(p.objs)+1, root, x)
	return b.Bytes()
}

// widths is a Widths array of 500 units, 278 for the space, codes 32..255.
func widths() string {
	w := make([]string, 224)
	for i := range w {
		w[i] = "500"
	}
	w[0] = "278"
	return "[" + strings.Join(w, " ") + "]"
}

// winAnsi encodes s in WinAnsiEncoding (Latin-1 letters suffice here).
func winAnsi(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '(' || r == ')' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x80:
			b.WriteRune(r)
		default:
			fmt.Fprintf(&b, "\\%03o", r)
		}
	}
	return b.String()
}

// words draws s at (x, y) word by word with TJ moves and no space characters.
func words(s string) string {
	var parts []string
	for _, w := range strings.Fields(s) {
		parts = append(parts, "("+winAnsi(w)+")")
	}
	return "[" + strings.Join(parts, " -350 ") + "] TJ"
}

// furniture returns the two-page fixture; dict1 goes into page 1's content
// stream dictionary (a bad /Filter there makes a broken page).
func furniture(dict1 string) []byte {
	var p pdfFile
	catalog := p.add("")
	pages := p.add("")
	font1 := p.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 255 /Widths " + widths() + " >>")
	font2 := p.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [65 /H /o /l /a] >> /FirstChar 32 /LastChar 255 /Widths " + widths() + " >>")
	form := p.add(stream("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Matrix [1 0 0 1 0 -400] /Resources << /Font << /FX "+fmt.Sprint(font1)+" 0 R >> >>",
		"BT /FX 11 Tf 72 500 Td (Texto dentro de un formulario incrustado.) Tj ET"))
	header := func(f string) string {
		return "BT /" + f + " 9 Tf 72 750 Td (" + winAnsi("CONFERENCIA REGIONAL SOBRE MIGRACIÓN - Reunión Viceministerial") + ") Tj ET\n"
	}
	footer := func(f string, n int) string {
		return fmt.Sprintf("BT /%s 9 Tf 280 40 Td (%s) Tj ET\n", f, winAnsi(fmt.Sprintf("Página %d de 2", n)))
	}
	body1 := header("F1") +
		"BT /F1 11 Tf 14 TL 72 700 Td " + words("ACUERDOS ADOPTADOS") + "\n" +
		"0 -28 Td " + words("1. Solicitar a la OIM que apoye a la Secretaría Técnica.") + "\n" +
		"(" + winAnsi("2. Encomendar al GRCM la preparación de lineamientos") + ") '\n" +
		"0 0 (" + winAnsi("regionales para el retorno digno de migrantes.") + ") \"\n" +
		"T* T* (" + winAnsi("3. Agradecer al Gobierno de Guatemala su hospitalidad.") + ") Tj ET\n" +
		"q 1 0 0 1 0 0 cm /X1 Do Q\n" + footer("F1", 1)
	body2 := header("F2") +
		"BT /F1 11 Tf 72 700 Td (ABCD) Tj 0 -14 Td (" + winAnsi("ABCD es un saludo escrito con otra codificación.") + ") Tj ET\n" +
		"BT /F2 11 Tf 72 672 Td (" + winAnsi("4. Tomar nota del informe del Grupo Regional de Consulta.") + ") Tj ET\n" + footer("F2", 2)
	c1 := p.add(stream(dict1, body1))
	c2 := p.add(stream("", body2))
	page1 := p.add(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R /Resources << /Font << /F1 %d 0 R >> /XObject << /X1 %d 0 R >> >> >>", pages, c1, font1, form))
	page2 := p.add(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>", pages, c2, font2, font1))
	p.set(catalog, fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pages))
	p.set(pages, fmt.Sprintf("<< /Type /Pages /Kids [%d 0 R %d 0 R] /Count 2 >>", page1, page2))
	return p.bytes(catalog)
}

// rotated returns a landscape page (/Rotate 90) whose lines run upwards
// in user space, and one upright line.
func rotated() []byte {
	var p pdfFile
	catalog := p.add("")
	pages := p.add("")
	font := p.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 255 /Widths " + widths() + " >>")
	lines := []string{
		"ANEXO: Cuadro de seguimiento de acuerdos",
		"1. Solicitar a la OIM el informe regional. Responsable: OIM.",
		"2. Encomendar al GRCM los lineamientos de retorno. Responsable: GRCM.",
		"3. Canadá se compromete a entregar el estudio. Responsable: Canadá.",
	}
	var c strings.Builder
	for i, l := range lines {
		fmt.Fprintf(&c, "BT /F1 11 Tf 0 1 -1 0 %d 72 Tm (%s) Tj ET\n", 100+18*i, winAnsi(l))
	}
	c.WriteString("BT /F1 9 Tf 500 700 Td (" + winAnsi("Sello de recepción") + ") Tj ET\n")
	content := p.add(stream("", c.String()))
	page := p.add(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Rotate 90 /Contents %d 0 R /Resources << /Font << /F1 %d 0 R >> >> >>", pages, content, font))
	p.set(catalog, fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pages))
	p.set(pages, fmt.Sprintf("<< /Type /Pages /Kids [%d 0 R] /Count 1 >>", page))
	return p.bytes(catalog)
}

// scan wraps a PNG as a one-page PDF with no text layer.
func scan(pngPath string) ([]byte, error) {
	f, err := os.Open(pngPath)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", pngPath, err)
	}
	b := img.Bounds()
	var raw bytes.Buffer
	zw := zlib.NewWriter(&raw)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			zw.Write([]byte{byte((r*299 + g*587 + bl*114) / 1000 >> 8)})
		}
	}
	zw.Close()
	var p pdfFile
	catalog := p.add("")
	pages := p.add("")
	im := p.add(fmt.Sprintf("<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream",
		b.Dx(), b.Dy(), raw.Len(), raw.String()))
	c := p.add(stream("", "q 612 0 0 792 0 0 cm /Im0 Do Q"))
	page := p.add(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R /Resources << /XObject << /Im0 %d 0 R >> >> >>", pages, c, im))
	p.set(catalog, fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pages))
	p.set(pages, fmt.Sprintf("<< /Type /Pages /Kids [%d 0 R] /Count 1 >>", page))
	return p.bytes(catalog), nil
}

// damaged returns variants of a good PDF that ledongthuc/pdf cannot read
// but pdfcpu repairs: a 2.0 header, junk after %%EOF, a shifted xref, and
// AES-256 encryption with an empty and with a non-empty user password.
func damaged(good []byte) (map[string][]byte, error) {
	out := map[string][]byte{
		"pdf20.pdf":    bytes.Replace(good, []byte("%PDF-1.4"), []byte("%PDF-2.0"), 1),
		"junk-eof.pdf": append(append([]byte{}, good...), bytes.Repeat([]byte("junk after the end \x00\n"), 20)...),
		"bad-page.pdf": furniture("/Filter /NoSuchDecode"),
		"bad-xref.pdf": bytes.Replace(good, []byte("%PDF-1.4\n"), []byte("%PDF-1.4\n% shifted by this comment line\n"), 1),
	}
	for name, pw := range map[string]string{"aes256-nopass.pdf": "", "aes256-userpass.pdf": "secreto"} {
		conf := model.NewAESConfiguration(pw, "propietario", 256)
		var buf bytes.Buffer
		if err := api.Encrypt(bytes.NewReader(good), &buf, conf); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		out[name] = buf.Bytes()
	}
	return out, nil
}

func main() {
	api.DisableConfigDir()
	good := furniture("")
	if err := os.WriteFile("testdata/synthetic/furniture.pdf", good, 0o644); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("testdata/synthetic/rotated.pdf", rotated(), 0o644); err != nil {
		log.Fatal(err)
	}
	bad, err := damaged(good)
	if err != nil {
		log.Fatal(err)
	}
	for name, data := range bad {
		if err := os.WriteFile("testdata/damaged/"+name, data, 0o644); err != nil {
			log.Fatal(err)
		}
	}
	if len(os.Args) > 1 {
		data, err := scan(os.Args[1])
		if err != nil {
			log.Fatal(err)
		}
		if err := os.WriteFile("testdata/synthetic/scan.pdf", data, 0o644); err != nil {
			log.Fatal(err)
		}
	}
}
