package pdftext

import (
	"context"
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
)

// Walker limits.
const (
	maxFormDepth = 8   // nesting of Form XObjects
	maxSaveDepth = 256 // q without Q
	checkEvery   = 512 // operators between ctx checks
)

// errOutputCap stops a walk whose text exceeds Options.MaxOutput.
var errOutputCap = errors.New("text output cap reached")

// gstate is the part of the graphics state the walker tracks.
type gstate struct {
	ctm            matrix
	tc, tw, th, tl float64
	tfs            float64
	font           *fontInfo
}

// scope is a resource dictionary with its resolved fonts.
type scope struct {
	res   pdf.Value
	fonts map[string]*fontInfo
	doc   map[string]*fontInfo // the document's fonts by dictionary text
}

// walker interprets content streams and collects positioned text runs.
type walker struct {
	ctx      context.Context
	runs     []run
	bytes    int
	maxBytes int
	ops      int
	images   bool // the page draws an image
	gs       gstate
	stack    []gstate
	tm, tlm  matrix
	forms    int // Form XObjects entered, against runaway documents
	docFonts map[string]*fontInfo
}

// newWalker returns a walker that stops at ctx's end or after maxBytes of
// text; fonts caches parsed fonts across the pages of a document.
func newWalker(ctx context.Context, maxBytes int, fonts map[string]*fontInfo) *walker {
	return &walker{ctx: ctx, maxBytes: maxBytes, docFonts: fonts}
}

// walkPage collects the text runs of page p.
func (w *walker) walkPage(p pageRef) {
	w.gs = gstate{ctm: identity, th: 1}
	w.tm, w.tlm = identity, identity
	w.content(p.v.Key("Contents"), &scope{res: p.res, fonts: map[string]*fontInfo{}, doc: w.docFonts}, 0)
}

// content interprets one content stream (or array of streams) in scope sc.
func (w *walker) content(strm pdf.Value, sc *scope, depth int) {
	if strm.Kind() != pdf.Stream && strm.Kind() != pdf.Array {
		return
	}
	pdf.Interpret(strm, func(stk *pdf.Stack, op string) {
		args := popArgs(stk)
		w.ops++
		if w.ops%checkEvery == 0 {
			if err := w.ctx.Err(); err != nil {
				panic(err)
			}
		}
		w.op(op, args, sc, depth)
	})
}

// popArgs pops every operand, bottom of the stack first.
func popArgs(stk *pdf.Stack) []pdf.Value {
	n := stk.Len()
	args := make([]pdf.Value, n)
	for i := n - 1; i >= 0; i-- {
		args[i] = stk.Pop()
	}
	return args
}

// num returns operand i counted from the end (0 is the last) as a number.
func num(args []pdf.Value, fromEnd int) float64 {
	i := len(args) - 1 - fromEnd
	if i < 0 {
		return 0
	}
	return args[i].Float64()
}

// mat reads the last six operands as a matrix.
func mat(args []pdf.Value) (matrix, bool) {
	if len(args) < 6 {
		return identity, false
	}
	var m matrix
	for i := range 6 {
		m[i] = num(args, 5-i)
	}
	return m, m.finite()
}

// op executes one content-stream operator.
func (w *walker) op(op string, args []pdf.Value, sc *scope, depth int) {
	switch op {
	case "q":
		if len(w.stack) < maxSaveDepth {
			w.stack = append(w.stack, w.gs)
		}
	case "Q":
		if n := len(w.stack); n > 0 {
			w.gs = w.stack[n-1]
			w.stack = w.stack[:n-1]
		}
	case "cm":
		if m, ok := mat(args); ok {
			w.gs.ctm = m.mul(w.gs.ctm)
		}
	case "BT":
		w.tm, w.tlm = identity, identity
	case "Tf":
		if len(args) >= 2 {
			w.gs.font = sc.font(args[len(args)-2].Name())
			w.gs.tfs = num(args, 0)
		}
	case "Tc":
		w.gs.tc = num(args, 0)
	case "Tw":
		w.gs.tw = num(args, 0)
	case "Tz":
		w.gs.th = num(args, 0) / 100
	case "TL":
		w.gs.tl = num(args, 0)
	case "Td":
		w.moveLine(num(args, 1), num(args, 0))
	case "TD":
		w.gs.tl = -num(args, 0)
		w.moveLine(num(args, 1), num(args, 0))
	case "Tm":
		if m, ok := mat(args); ok {
			w.tm, w.tlm = m, m
		}
	case "T*":
		w.moveLine(0, -w.gs.tl)
	case "Tj":
		if len(args) > 0 {
			w.show(args[len(args)-1].RawString())
		}
	case "'":
		w.moveLine(0, -w.gs.tl)
		if len(args) > 0 {
			w.show(args[len(args)-1].RawString())
		}
	case "\"":
		if len(args) >= 3 {
			w.gs.tw, w.gs.tc = num(args, 2), num(args, 1)
		}
		w.moveLine(0, -w.gs.tl)
		if len(args) > 0 {
			w.show(args[len(args)-1].RawString())
		}
	case "TJ":
		if len(args) > 0 {
			w.showArray(args[len(args)-1])
		}
	case "Do":
		if len(args) > 0 {
			w.xobject(args[len(args)-1].Name(), sc, depth)
		}
	case "BI":
		w.images = true
	}
}

// moveLine starts a new line offset by (tx, ty) from the current line start.
func (w *walker) moveLine(tx, ty float64) {
	w.tlm = translate(tx, ty).mul(w.tlm)
	if !w.tlm.finite() {
		w.tlm = identity
	}
	w.tm = w.tlm
}

// showArray shows a TJ array: strings, and numbers that move the pen.
func (w *walker) showArray(a pdf.Value) {
	for i := range a.Len() {
		v := a.Index(i)
		if v.Kind() == pdf.String {
			w.show(v.RawString())
			continue
		}
		tx := -v.Float64() / 1000 * w.gs.tfs * w.gs.th
		w.tm = translate(tx, 0).mul(w.tm)
	}
}

// show decodes raw with the current font, records a run and advances the pen.
func (w *walker) show(raw string) {
	fi := w.gs.font
	if fi == nil {
		fi = defaultFont()
	}
	trm := matrix{w.gs.tfs * w.gs.th, 0, 0, w.gs.tfs, 0, 0}.mul(w.tm).mul(w.gs.ctm)
	var adv float64
	for _, c := range fi.codes(raw) {
		tx := fi.width(c)*fi.scale*w.gs.tfs + w.gs.tc
		if c == 32 && !fi.twoByte {
			tx += w.gs.tw
		}
		adv += tx * w.gs.th
	}
	w.tm = translate(adv, 0).mul(w.tm)
	if !w.tm.finite() || !trm.finite() {
		w.tm = w.tlm
		return
	}
	end := w.tm.mul(w.gs.ctm)
	text := clean(fi.enc.Decode(raw))
	if strings.Contains(text, "  ") || strings.TrimSpace(text) == "" {
		// also a run of its own with no text: a bullet drawn as .notdef at
		// the end of a line, before the point on the next ("ofrecimiento. •")
		text = blankGlyphs(fi, raw, text)
	}
	if text == "" {
		return
	}
	w.bytes += len(text)
	if w.bytes > w.maxBytes {
		panic(errOutputCap)
	}
	w.runs = append(w.runs, orient(trm, end[4], end[5], text))
}

// xobject draws the XObject name: recurses into forms, notes images.
func (w *walker) xobject(name string, sc *scope, depth int) {
	x := sc.res.Key("XObject").Key(name)
	switch x.Key("Subtype").Name() {
	case "Image":
		w.images = true
	case "Form":
		if depth >= maxFormDepth || w.forms >= 10000 {
			return
		}
		w.forms++
		saved, savedTm, savedTlm := w.gs, w.tm, w.tlm
		if m, ok := mat(matrixArgs(x.Key("Matrix"))); ok {
			w.gs.ctm = m.mul(w.gs.ctm)
		}
		inner := sc
		if res := x.Key("Resources"); res.Kind() == pdf.Dict {
			inner = &scope{res: res, fonts: map[string]*fontInfo{}, doc: sc.doc}
		}
		w.content(x, inner, depth+1)
		w.gs, w.tm, w.tlm = saved, savedTm, savedTlm
	}
}

// matrixArgs returns the elements of a matrix array as operands.
func matrixArgs(a pdf.Value) []pdf.Value {
	if a.Len() != 6 {
		return nil
	}
	out := make([]pdf.Value, 6)
	for i := range 6 {
		out[i] = a.Index(i)
	}
	return out
}

// font returns the font named in this scope's resources, cached.
func (sc *scope) font(name string) *fontInfo {
	if fi, ok := sc.fonts[name]; ok {
		return fi
	}
	v := sc.res.Key("Font").Key(name)
	fi := defaultFont()
	if v.Kind() == pdf.Dict {
		// Value has no object identity; a font dictionary's text (with its
		// references) identifies it across pages of merged documents too.
		key := v.String()
		if cached, ok := sc.doc[key]; ok && sc.doc != nil {
			fi = cached
		} else {
			fi = newFontInfo(v)
			if sc.doc != nil && len(sc.doc) < 4096 {
				sc.doc[key] = fi
			}
		}
	}
	sc.fonts[name] = fi
	return fi
}

// defaultFont is used when a font is missing: PDFDocEncoding, 500 units wide.
func defaultFont() *fontInfo {
	f := &pdf.Font{}
	return &fontInfo{enc: f.Encoder(), scale: 0.001, dw: 500}
}

// ligatures expands the Latin ligature characters, as pdftotext does.
var ligatures = map[rune]string{
	'\ufb00': "ff", '\ufb01': "fi", '\ufb02': "fl", '\ufb03': "ffi", '\ufb04': "ffl", '\ufb05': "st", '\ufb06': "st",
}

// needsClean reports whether r is changed or dropped by clean.
func needsClean(r rune) bool {
	return r < 0x20 || r == 0x7f || r == '\u00a0' || r == utf8.RuneError || r == '\ufeff' ||
		(r >= 0x80 && r < 0xa0) || (r >= '\ufb00' && r <= '\ufb06')
}

// clean makes decoded text valid UTF-8 without control characters, with
// ligatures expanded and no-break spaces as spaces.
func clean(s string) string {
	if !strings.ContainsFunc(s, needsClean) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == utf8.RuneError, r == '\ufeff':
		case r == '\u00a0', r == '\t':
			b.WriteByte(' ')
		case ligatures[r] != "":
			b.WriteString(ligatures[r])
		case unicode.IsControl(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// bulletWidth is the least advance, in font sizes, of a glyph without
// text that stands for a bullet.
const bulletWidth = 0.5

// blankGlyphs writes "•" for each glyph of raw that has no text but is
// drawn as wide as a letter, alone between spaces: a bullet whose symbol
// the font lacked (a private-use glyph a browser drew as .notdef), so that
// the list reads "Seminarios • Seminario sobre ..." and not as one run of
// prose. It returns text unchanged when there is none.
func blankGlyphs(fi *fontInfo, raw, text string) string {
	codes := fi.codes(raw)
	step := 1
	if fi.twoByte {
		step = 2
	}
	pieces := make([]string, len(codes))
	for i := range codes {
		pieces[i] = clean(fi.enc.Decode(raw[i*step : i*step+step]))
	}
	spaceAt := func(i int) bool { return i < 0 || i >= len(pieces) || pieces[i] == " " }
	var b strings.Builder
	found := false
	for i, c := range codes {
		if pieces[i] == "" && fi.width(c)*fi.scale >= bulletWidth && spaceAt(i-1) && spaceAt(i+1) {
			b.WriteString("•")
			found = true
			continue
		}
		b.WriteString(pieces[i])
	}
	if !found {
		return text
	}
	return b.String()
}
