package analytics

import (
	"net/url"
	"strconv"
	"strings"
)

// Filter narrows chart pages to one body, a year range and a language; it
// lives in the URL query so a view can be shared.
type Filter struct {
	Body string `json:"body,omitempty"`
	From int    `json:"from,omitempty"`
	To   int    `json:"to,omitempty"`
	Lang string `json:"lang,omitempty"`
}

// ParseFilter reads a Filter from URL query values, ignoring values that are
// not years.
func ParseFilter(v url.Values) Filter {
	f := Filter{Body: strings.TrimSpace(v.Get("body")), Lang: strings.TrimSpace(v.Get("lang"))}
	f.From = year(v.Get("from"))
	f.To = year(v.Get("to"))
	return f
}

// year parses a plausible year, or returns 0.
func year(s string) int {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < 1000 || n > 9999 {
		return 0
	}
	return n
}

// Query encodes the filter as URL query values (empty fields left out).
func (f Filter) Query() url.Values {
	v := url.Values{}
	if f.Body != "" {
		v.Set("body", f.Body)
	}
	if f.From != 0 {
		v.Set("from", strconv.Itoa(f.From))
	}
	if f.To != 0 {
		v.Set("to", strconv.Itoa(f.To))
	}
	if f.Lang != "" {
		v.Set("lang", f.Lang)
	}
	return v
}

// params returns the filter as query parameters.
func (f Filter) params() params {
	return params{"body": f.Body, "from": f.From, "to": f.To, "lang": f.Lang}
}
