// Command gen writes the hostile PDF fixtures of package worker into
// testdata/hostile. The large ones (arrays nested ten million deep, a flate
// bomb) are made at test time by the tests instead.
//
//	go run ./testdata/gen
package main

import (
	"bytes"
	"fmt"
	"log"
	"math/rand"
	"os"
	"path/filepath"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

const body = "BT /F1 12 Tf 72 700 Td (Solicitar a la OIM un informe.) Tj ET"

// page returns a one-page PDF; pages is the page-tree node, length the
// content stream's /Length ("" for the true length).
func page(content, pages, length string) []byte {
	if length == "" {
		length = fmt.Sprint(len(content))
	}
	return write([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		pages,
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		"<< /Length " + length + " >>\nstream\n" + content + "\nendstream",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
	})
}

const okPages = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"

// write serialises objects 1..n with a correct xref table.
func write(objs []string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	x := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, x)
	return b.Bytes()
}

// extendsLoop returns a PDF with a cross-reference stream whose page tree
// lives in an object stream that does not hold it and /Extends itself.
func extendsLoop() []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.5\n")
	off1 := b.Len()
	b.WriteString("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n")
	off3 := b.Len()
	objstm := "9 0 << /Type /Pages /Kids [] /Count 0 >>"
	fmt.Fprintf(&b, "3 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Extends 3 0 R /Length %d >>\nstream\n%s\nendstream\nendobj\n", len(objstm), objstm)
	x := b.Len()
	// entries: 0 free, 1 at off1, 2 in stream 3 index 0, 3 at off3; W [1 4 2]
	var rows bytes.Buffer
	row := func(t byte, f2 uint32, f3 uint16) {
		rows.Write([]byte{t, byte(f2 >> 24), byte(f2 >> 16), byte(f2 >> 8), byte(f2), byte(f3 >> 8), byte(f3)})
	}
	row(0, 0, 65535)
	row(1, uint32(off1), 0)
	row(2, 3, 0)
	row(1, uint32(off3), 0)
	row(1, uint32(x), 0)
	fmt.Fprintf(&b, "4 0 obj\n<< /Type /XRef /Size 5 /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n", rows.Len())
	b.Write(rows.Bytes())
	fmt.Fprintf(&b, "\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", x)
	return b.Bytes()
}

func main() {
	good := page(body, okPages, "")
	flipped := append([]byte{}, good...)
	for i := 50; i < len(flipped); i += 37 {
		flipped[i] ^= 0x5a
	}
	junk := make([]byte, 4096)
	rand.New(rand.NewSource(7)).Read(junk)
	files := map[string][]byte{
		"truncated.pdf":      good[:len(good)/2],
		"bitflip.pdf":        flipped,
		"length-long.pdf":    page(body, okPages, "99999"),
		"length-short.pdf":   page(body, okPages, "7"),
		"tree-cycle.pdf":     page(body, "<< /Type /Pages /Kids [2 0 R 3 0 R 2 0 R] /Count 3 >>", ""),
		"count-huge.pdf":     page(body, "<< /Type /Pages /Kids [3 0 R] /Count 2000000000 >>", ""),
		"objstm-extends.pdf": extendsLoop(),
		"unbalanced-q.pdf":   page("Q Q Q "+body+" Q Q", okPages, ""),
		"no-operands.pdf":    page("Tf Td TD Tm Tj TJ ' \" cm Do BT ET T* Tc Tw Tz TL q Q "+body, okPages, ""),
		"empty.pdf":          {},
		"junk.pdf":           junk,
		"html.pdf":           []byte("<!DOCTYPE html>\n<html><body><h1>Acta</h1><p>No es un PDF.</p></body></html>\n"),
		"encrypted-user.pdf": nil,
	}
	api.DisableConfigDir()
	var enc bytes.Buffer
	if err := api.Encrypt(bytes.NewReader(good), &enc, model.NewAESConfiguration("clave", "propietario", 256)); err != nil {
		log.Fatal(err)
	}
	files["encrypted-user.pdf"] = enc.Bytes()
	for name, data := range files {
		if err := os.WriteFile(filepath.Join("testdata/hostile", name), data, 0o644); err != nil {
			log.Fatal(err)
		}
	}
}
