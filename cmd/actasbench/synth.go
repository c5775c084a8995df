package main

import (
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"actas/data"
)

// template is one sample report the synthetic archive varies.
type template struct {
	name string // file name without the language and extension
	lang string // "en" or "es"
	text string
}

// Archive is a generated synthetic archive: its folders and sizes.
type Archive struct {
	Dir              string
	TextDir, PDFDir  string
	Texts, PDFs      int
	TextBytes, Bytes int64
	PDFPages         int
}

// loadTemplates reads the sample text reports embedded in package data.
func loadTemplates() ([]template, error) {
	names, err := fs.Glob(data.FS, "reports/*.txt")
	if err != nil || len(names) == 0 {
		return nil, fmt.Errorf("no sample reports in data/reports: %v", err)
	}
	sort.Strings(names)
	var out []template
	for _, n := range names {
		b, err := fs.ReadFile(data.FS, n)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", n, err)
		}
		base := strings.TrimSuffix(filepath.Base(n), ".txt")
		lang := "en"
		if strings.HasSuffix(base, ".es") {
			lang = "es"
		}
		out = append(out, template{name: strings.TrimSuffix(strings.TrimSuffix(base, ".es"), ".en"), lang: lang, text: string(b)})
	}
	return out, nil
}

// hosts are host cities with their country, as written in each language.
var hosts = [][2]string{
	{"Managua, Nicaragua", "Managua, Nicaragua"},
	{"Tegucigalpa, Honduras", "Tegucigalpa, Honduras"},
	{"Panama City, Panama", "Ciudad de Panamá, Panamá"},
	{"San José, Costa Rica", "San José, Costa Rica"},
	{"Guatemala City, Guatemala", "Ciudad de Guatemala, Guatemala"},
	{"Santo Domingo, Dominican Republic", "Santo Domingo, República Dominicana"},
	{"Belmopan, Belize", "Belmopán, Belice"},
	{"Ottawa, Canada", "Ottawa, Canadá"},
	{"Mexico City, Mexico", "Ciudad de México, México"},
	{"San Salvador, El Salvador", "San Salvador, El Salvador"},
}

// partySwaps are pairs of member countries exchanged in a report, by language.
var partySwaps = [][2][2]string{
	{{"Belize", "Panama"}, {"Belice", "Panamá"}},
	{{"Honduras", "Costa Rica"}, {"Honduras", "Costa Rica"}},
	{{"Guatemala", "Nicaragua"}, {"Guatemala", "Nicaragua"}},
	{{"Canada", "Mexico"}, {"Canadá", "México"}},
	{{"IOM", "UNHCR"}, {"OIM", "ACNUR"}},
}

// yearRe matches a year from 1990 to 2029.
var yearRe = regexp.MustCompile(`\b(199\d|20[0-2]\d)\b`)

// varied returns report i of the archive: a template with its years shifted
// and its months rotated (so that copies of a sample are other meetings), its host city moved, two parties exchanged, one participant dropped and a
// reference line that makes its content unique.
func varied(tpls []template, i int, seed uint64) (template, string) {
	r := rand.New(rand.NewPCG(seed, uint64(i)))
	t := tpls[i%len(tpls)]
	li := 0
	if t.lang == "es" {
		li = 1
	}
	s := t.text
	shift := r.IntN(41) - 20
	s = yearRe.ReplaceAllStringFunc(s, func(y string) string {
		n, _ := strconv.Atoi(y)
		return strconv.Itoa(1990 + ((n-1990+shift)%40+40)%40)
	})
	s = rotateMonths(s, 1+r.IntN(11))
	host := hosts[r.IntN(len(hosts))][li]
	var pairs []string
	for _, h := range hosts {
		if h[li] != host {
			pairs = append(pairs, h[li], host)
		}
	}
	s = strings.NewReplacer(pairs...).Replace(s)
	sw := partySwaps[r.IntN(len(partySwaps))][li]
	s = strings.NewReplacer(sw[0], sw[1], sw[1], sw[0]).Replace(s)
	if r.IntN(3) == 0 {
		s = strings.Replace(s, "Costa Rica, ", "", 1)
	}
	ref := "Ref.: synthetic report"
	if li == 1 {
		ref = "Ref.: informe sintético"
	}
	s += fmt.Sprintf("\n\n%s %06d\n", ref, i)
	return t, s
}

// generate writes n reports under dir: a share pdfShare of them as PDF in
// dir/pdf, the rest as UTF-8 text in dir/txt, 1,000 files per folder.
func generate(dir string, n int, pdfShare float64, seed uint64) (Archive, error) {
	tpls, err := loadTemplates()
	if err != nil {
		return Archive{}, err
	}
	a := Archive{Dir: dir, TextDir: filepath.Join(dir, "txt"), PDFDir: filepath.Join(dir, "pdf")}
	everyPDF := 0
	if pdfShare > 0 {
		everyPDF = max(1, int(1/pdfShare+0.5))
	}
	for i := range n {
		t, text := varied(tpls, i, seed)
		isPDF := everyPDF > 0 && i%everyPDF == everyPDF-1
		root, ext := a.TextDir, ".txt"
		if isPDF {
			root, ext = a.PDFDir, ".pdf"
		}
		sub := filepath.Join(root, fmt.Sprintf("%03d", i/1000))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			return a, fmt.Errorf("generate: %w", err)
		}
		b := []byte(text)
		if isPDF {
			var pages int
			b, pages = textPDF(text)
			a.PDFs++
			a.PDFPages += pages
		} else {
			a.Texts++
			a.TextBytes += int64(len(b))
		}
		a.Bytes += int64(len(b))
		name := filepath.Join(sub, fmt.Sprintf("%06d-%s.%s%s", i, t.name, t.lang, ext))
		if err := os.WriteFile(name, b, 0o644); err != nil {
			return a, fmt.Errorf("generate: %w", err)
		}
	}
	return a, nil
}

// months are the month names in English, then in Spanish.
var months = [2][12]string{
	{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"},
	{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
}

// monthRe matches a month name in either language, as a word.
var monthRe = regexp.MustCompile(`(?i)\b(` + strings.Join(months[0][:], "|") + "|" + strings.Join(months[1][:], "|") + `)\b`)

// rotateMonths moves every month name k months on, keeping its case; an
// English name in lower case ("may", "march") is a word, not a month.
func rotateMonths(s string, k int) string {
	return monthRe.ReplaceAllStringFunc(s, func(m string) string {
		low := strings.ToLower(m)
		for lang, names := range months {
			i := slices.Index(names[:], low)
			if i < 0 || (lang == 0 && m == low) {
				continue
			}
			out := names[(i+k)%12]
			switch {
			case m == strings.ToUpper(m):
				return strings.ToUpper(out)
			case m != low:
				return strings.ToUpper(out[:1]) + out[1:]
			}
			return out
		}
		return m
	})
}
