package analytics

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"slices"
	"strconv"
	"strings"
)

//go:embed templates/*.html
var templateFiles embed.FS

//go:embed console_examples.sql
var consoleExamples string

// noDataMessage starts what every page says before the first snapshot is published.
const noDataMessage = "no data yet"

// pages renders the HTML templates.
type pages struct {
	t        *template.Template
	examples []Example
}

// Example is one example query of the SQL console.
type Example struct {
	Title, SQL string
}

// newPages parses the templates and the console's example queries.
func newPages() (*pages, error) {
	t, err := template.New("").Funcs(template.FuncMap{
		"yearStr": func(y int) string {
			if y == 0 {
				return ""
			}
			return strconv.Itoa(y)
		},
		"pct": func(r *float64) string {
			if r == nil {
				return "–"
			}
			return fmt.Sprintf("%.0f%%", *r*100)
		},
		"label":       humanLabel,
		"withQuery":   withQuery,
		"list":        func(s ...string) []string { return s },
		"actionColor": func(a string) string { return actionColors[a] },
		"statusColor": func(s string) string { return statusColors[s] },
	}).ParseFS(templateFiles, "templates/*.html")
	if err != nil {
		return nil, fmt.Errorf("templates: %w", err)
	}
	return &pages{t: t, examples: parseExamples(consoleExamples)}, nil
}

// parseExamples splits blank-line separated statements, each under a "-- title" line.
func parseExamples(src string) []Example {
	var out []Example
	for _, block := range strings.Split(strings.TrimSpace(src), "\n\n") {
		title, body, ok := strings.Cut(strings.TrimSpace(block), "\n")
		if !ok || !strings.HasPrefix(title, "--") {
			continue
		}
		out = append(out, Example{Title: strings.TrimSpace(strings.TrimPrefix(title, "--")), SQL: strings.TrimSpace(body)})
	}
	return out
}

// page is what every template gets.
type page struct {
	Title       string
	Nav         string
	Path        string // the page's path, which the filter form submits to
	Filter      Filter
	FilterQuery string
	FilterError string // why the filter cannot be used (from after to)
	Options     FilterOptions
	Search      string // label of the text search, "" for none
	Charts      []ChartView
	NoData      bool
	Message     string
	HasVerdict  bool     // documents carry an extraction verdict: the Documents page exists
	Fields      []string // the filter fields the page uses beyond body, years and language; nil: all
}

// scopeName names the meetings the page counts: "RCM family", a family's or a body's name, or "all conferences".
func (p page) scopeName() string {
	fam, body := p.Filter.Scope()
	for _, o := range append(p.Options.Families, p.Options.Bodies...) {
		if body != "" && o.Value == body {
			return o.Label
		}
		if body == "" && fam != "" && (o.Value == "family:"+fam || (fam == DefaultFamily && o.Value == "" && o.Group == fam)) {
			return strings.TrimSuffix(o.Label, " (all its bodies)")
		}
	}
	if fam != "" {
		return fam
	}
	return "all conferences"
}

// Show tells whether the page's filter form offers the named field.
func (p page) Show(field string) bool {
	return p.Fields == nil || slices.Contains(p.Fields, field)
}

// render writes the named template with status; a template error is a 500.
func (p *pages) render(w http.ResponseWriter, status int, name string, data any) {
	var buf bytes.Buffer
	if err := p.t.ExecuteTemplate(&buf, name, data); err != nil {
		http.Error(w, "template "+name+": "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	buf.WriteTo(w)
}

// message renders a page that only says something: no data yet, not found, an error.
func (p *pages) message(w http.ResponseWriter, status int, title, msg string) {
	p.render(w, status, "message.html", page{Title: title, Message: msg, NoData: strings.HasPrefix(msg, noDataMessage)})
}

// fail renders err as the page's answer, 404 for something not found.
func (p *pages) fail(w http.ResponseWriter, what string, err error) {
	if errors.Is(err, errNotFound) {
		p.message(w, http.StatusNotFound, "Not found", what+" not found")
		return
	}
	p.message(w, http.StatusInternalServerError, "Error", what+": "+err.Error())
}
