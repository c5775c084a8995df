package docx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"hash/crc32"
	"strings"
	"testing"
)

const wNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`

// build writes a DOCX in memory from its parts; document is the body's
// inner XML.
func build(t testing.TB, body, numbering, styles string) []byte {
	t.Helper()
	parts := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
		"word/document.xml":   `<?xml version="1.0" encoding="UTF-8"?><w:document ` + wNS + `><w:body>` + body + `</w:body></w:document>`,
	}
	if numbering != "" {
		parts["word/numbering.xml"] = `<?xml version="1.0"?><w:numbering ` + wNS + `>` + numbering + `</w:numbering>`
	}
	if styles != "" {
		parts["word/styles.xml"] = `<?xml version="1.0"?><w:styles ` + wNS + `>` + styles + `</w:styles>`
	}
	return zipOf(t, parts)
}

// zipOf writes a zip with the given entries, deflated.
func zipOf(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range []string{"[Content_Types].xml", "word/styles.xml", "word/numbering.xml", "word/document.xml"} {
		if s, ok := parts[name]; ok {
			writeEntry(t, zw, name, s)
		}
	}
	for name, s := range parts {
		if !strings.HasPrefix(name, "word/") && name != "[Content_Types].xml" {
			writeEntry(t, zw, name, s)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func writeEntry(t testing.TB, zw *zip.Writer, name, s string) {
	w, err := zw.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
}

// p is a paragraph with optional style and list reference (numID "" for none).
func p(text, style, numID, lvl string) string {
	var pr string
	if style != "" {
		pr += `<w:pStyle w:val="` + style + `"/>`
	}
	if numID != "" || lvl != "" {
		pr += `<w:numPr>`
		if lvl != "" {
			pr += `<w:ilvl w:val="` + lvl + `"/>`
		}
		if numID != "" {
			pr += `<w:numId w:val="` + numID + `"/>`
		}
		pr += `</w:numPr>`
	}
	if pr != "" {
		pr = `<w:pPr>` + pr + `</w:pPr>`
	}
	return `<w:p>` + pr + `<w:r><w:t xml:space="preserve">` + text + `</w:t></w:r></w:p>`
}

// lvl is one numbering level definition; restart "" leaves lvlRestart out.
func lvl(i, start, fmt, text, restart string) string {
	s := `<w:lvl w:ilvl="` + i + `"><w:start w:val="` + start + `"/><w:numFmt w:val="` + fmt + `"/>`
	if restart != "" {
		s += `<w:lvlRestart w:val="` + restart + `"/>`
	}
	return s + `<w:lvlText w:val="` + text + `"/></w:lvl>`
}

func abstract(id string, levels ...string) string {
	return `<w:abstractNum w:abstractNumId="` + id + `">` + strings.Join(levels, "") + `</w:abstractNum>`
}

func numRef(id, abs, overrides string) string {
	return `<w:num w:numId="` + id + `"><w:abstractNumId w:val="` + abs + `"/>` + overrides + `</w:num>`
}

// rawZip writes one deflated entry whose header claims size bytes, so tests
// can make bombs and lying headers cheaply.
func rawZip(t testing.TB, name, content string, size uint64) []byte {
	t.Helper()
	var comp bytes.Buffer
	fw, _ := flate.NewWriter(&comp, flate.BestCompression)
	fw.Write([]byte(content))
	fw.Close()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: name, Method: zip.Deflate,
		CRC32: crc32.ChecksumIEEE([]byte(content)), CompressedSize64: uint64(comp.Len()), UncompressedSize64: size})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(comp.Bytes())
	zw.Close()
	return buf.Bytes()
}
