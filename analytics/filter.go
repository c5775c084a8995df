package analytics

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
)

// DefaultFamily is the conference family pages show when no body is chosen.
const DefaultFamily = "RCM"

// Filter narrows pages and exports to a body or conference family, a year
// range, a language, a country or organisation, an action, a status and a
// text; it lives in the URL query so a view can be shared.
type Filter struct {
	Body    string `json:"body,omitempty"` // "" (the RCM family), "all", "family:CSM" or a body_id
	From    int    `json:"from,omitempty"`
	To      int    `json:"to,omitempty"`
	Lang    string `json:"lang,omitempty"`
	Country string `json:"country,omitempty"` // iso3: meetings it took part in, agreements naming it, commitments it owes
	Org     string `json:"org,omitempty"`     // org_id, likewise
	Group   string `json:"group,omitempty"`   // group_id of a responsible group (member_states)
	Absent  string `json:"absent,omitempty"`  // type:id of a party: meetings it did not take part in
	Action  string `json:"action,omitempty"`  // primary action of an agreement, action of a commitment
	Status  string `json:"status,omitempty"`  // commitment status
	Q       string `json:"q,omitempty"`       // words of an agreement's text, a meeting's title or city
}

// ParseFilter reads a Filter from URL query values, ignoring values that are
// not years.
func ParseFilter(v url.Values) Filter {
	get := func(k string) string { return strings.TrimSpace(v.Get(k)) }
	return Filter{Body: get("body"), From: year(get("from")), To: year(get("to")), Lang: get("lang"),
		Country: strings.ToUpper(get("country")), Org: get("org"), Group: get("group"), Absent: get("absent"), Action: get("action"), Status: get("status"), Q: get("q")}
}

// Check says what is wrong with the filter, or nil.
func (f Filter) Check() error {
	if f.From != 0 && f.To != 0 && f.From > f.To {
		return fmt.Errorf("the year range is reversed: from %d is after to %d", f.From, f.To)
	}
	return nil
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
	set := func(k, s string) {
		if s != "" {
			v.Set(k, s)
		}
	}
	set("body", f.Body)
	if f.From != 0 {
		v.Set("from", strconv.Itoa(f.From))
	}
	if f.To != 0 {
		v.Set("to", strconv.Itoa(f.To))
	}
	set("lang", f.Lang)
	set("country", f.Country)
	set("org", f.Org)
	set("group", f.Group)
	set("absent", f.Absent)
	set("action", f.Action)
	set("status", f.Status)
	set("q", f.Q)
	return v
}

// Scope returns the family and the body the filter keeps ("" for any).
func (f Filter) Scope() (family, body string) {
	switch {
	case f.Body == "":
		return DefaultFamily, ""
	case f.Body == "all":
		return "", ""
	case strings.HasPrefix(f.Body, "family:"):
		return strings.ToUpper(strings.TrimPrefix(f.Body, "family:")), ""
	}
	return "", f.Body
}

// ScopeLabel names what the filter counts, e.g. "RCM" or "all conferences'".
func (f Filter) ScopeLabel() string {
	fam, body := f.Scope()
	switch {
	case body != "":
		return "the body's"
	case fam != "":
		return fam
	}
	return "all conferences'"
}

// params returns the filter as query parameters.
func (f Filter) params() params {
	fam, body := f.Scope()
	return params{"family": fam, "body": body, "from": f.From, "to": f.To, "lang": f.Lang, "country": f.Country,
		"org": f.Org, "group": f.Group, "absent": f.Absent, "action": f.Action, "status": f.Status, "q": f.Q}
}

// with returns a copy of the filter with the named fields set from kv pairs.
func (f Filter) with(kv ...string) Filter {
	for i := 0; i+1 < len(kv); i += 2 {
		k, s := kv[i], kv[i+1]
		switch k {
		case "body":
			f.Body = s
		case "year":
			f.From, f.To = year(s), year(s)
		case "country":
			f.Country = s
		case "org":
			f.Org = s
		case "group":
			f.Group = s
		case "action":
			f.Action = s
		case "status":
			f.Status = s
		case "q":
			f.Q = s
		}
	}
	return f
}

// URL returns path with the filter as its query.
func (f Filter) URL(path string) string {
	return withQuery(path, f.Query().Encode())
}
