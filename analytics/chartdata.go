package analytics

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strconv"
)

// Chart kinds.
const (
	kindStacked = "stacked-bar"
	kindBars    = "bars" // horizontal stacked bars, categories sorted by total
	kindLine    = "line"
	kindHeatmap = "heatmap"
)

// ChartData is one chart's data as served under /api/: categories on x
// (with their keys) and one named series of values per stack, line or
// heatmap row. A null value is a missing cell (a year with no meeting in
// scope, no assessable commitment). Of, when present, holds each value's
// denominator (meetings in scope that year).
type ChartData struct {
	Key    string   `json:"key"`
	Title  string   `json:"title"`
	Note   string   `json:"note,omitempty"`
	Kind   string   `json:"kind"`
	Unit   string   `json:"unit,omitempty"`
	X      []string `json:"x"`
	XKeys  []string `json:"x_keys"`
	Series []Series `json:"series"`
}

// Series is one named row of values, aligned with ChartData.X.
type Series struct {
	Name  string     `json:"name"`
	Key   string     `json:"key"`
	Color string     `json:"color,omitempty"`
	Data  []*float64 `json:"data"`
	Of    []*float64 `json:"of,omitempty"`
}

// chartDef says how to build one chart from one query returning (x, x key,
// series, series key, value, denominator), and which rows each mark stands for.
type chartDef struct {
	key, title, kind, unit, query string
	years                         bool   // x is a year: the axis runs without gaps
	colors                        string // action, status or body: fixed series colours and order
	top                           int    // keep the top categories by total (0: all)
	page                          string // list a mark links to: /meetings, /agreements or /commitments
	xParam, sParam                string // filter fields a mark's x and series key set
	perMeeting                    bool   // draw value ÷ meetings of the year
}

// overviewCharts are the charts of the / page, in page order.
var overviewCharts = []chartDef{
	{key: "meetings-per-year", title: "Meetings per year by body", kind: kindStacked, unit: "meetings", query: "meetings_per_year",
		years: true, colors: "body", page: "/meetings", xParam: "year", sParam: "body"},
	{key: "participation", title: "Participation: share of the year's meetings in scope each country attended", kind: kindHeatmap,
		unit: "share", query: "participation", years: true, page: "/meetings", xParam: "year", sParam: "country"},
	{key: "agreements-by-action", title: "Agreements per meeting, by year and primary action", kind: kindStacked,
		unit: "per meeting", query: "agreements_by_action", years: true, colors: "action", page: "/agreements",
		xParam: "year", sParam: "action", perMeeting: true},
	{key: "follow-through", title: "Follow-through rate per year of the commitment: fulfilled ÷ assessable", kind: kindLine,
		unit: "rate", query: "follow_through", years: true, page: "/commitments", xParam: "year"},
	{key: "commitments-by-responsible", title: "Commitments by responsible party and status", kind: kindBars, unit: "commitments",
		query: "commitments_by_responsible", colors: "status", top: 15, page: "/commitments", xParam: "party", sParam: "status"},
}

// entityCharts are the charts of a country's or organisation's page.
var entityCharts = []chartDef{
	{key: "participation", title: "Meetings in scope per year, attended or not", kind: kindStacked, unit: "meetings",
		query: "entity_participation", years: true, colors: "status", page: "/meetings", xParam: "year", sParam: "presence"},
	{key: "commitments", title: "What they were asked to do, per year and status", kind: kindStacked, unit: "commitments",
		query: "entity_commitments_chart", years: true, colors: "status", page: "/commitments", xParam: "year", sParam: "status"},
	{key: "mentions", title: "Agreements naming them, per year and primary action", kind: kindStacked, unit: "agreements",
		query: "entity_mentions_chart", years: true, colors: "action", page: "/agreements", xParam: "year", sParam: "action"},
}

// findChart returns the chart of defs with the given key.
func findChart(defs []chartDef, key string) (chartDef, bool) {
	for _, d := range defs {
		if d.key == key {
			return d, true
		}
	}
	return chartDef{}, false
}

// cell is one (x, series, value, denominator) row of a chart query.
type cell struct {
	x, xk, s, sk string
	v, n         sql.NullFloat64
}

// loadChart runs the chart's query and pivots its rows; from and to (or
// span_from and span_to, the years of the meetings in scope) widen a year axis.
func loadChart(ctx context.Context, rd reader, d chartDef, p params) (ChartData, error) {
	var cells []cell
	err := rows(ctx, rd, d.query, p, func(r *sql.Rows) error {
		var c cell
		if err := r.Scan(&c.x, &c.xk, &c.s, &c.sk, &c.v, &c.n); err != nil {
			return err
		}
		cells = append(cells, c)
		return nil
	})
	if err != nil {
		return ChartData{}, err
	}
	from, _ := p["from"].(int)
	to, _ := p["to"].(int)
	if f, ok := p["span_from"].(int); ok && from == 0 {
		from = f
	}
	if t, ok := p["span_to"].(int); ok && to == 0 {
		to = t
	}
	return pivot(d, cells, from, to), nil
}

// pivot turns chart rows into a ChartData: a year axis runs from its first
// to its last year without gaps, categories are sorted by total when the
// chart keeps only the top ones, series follow the fixed order of their
// kind. Stacked bars get 0 for a missing cell, lines and heatmaps null.
func pivot(d chartDef, cells []cell, from, to int) ChartData {
	cd := ChartData{Key: d.key, Title: d.title, Kind: d.kind, Unit: d.unit, X: []string{}, XKeys: []string{}, Series: []Series{}}
	xs := map[string]string{} // key -> label
	ss := map[string]string{}
	var xorder, sorder []string
	for _, c := range cells {
		if _, ok := xs[c.xk]; !ok {
			xs[c.xk] = c.x
			xorder = append(xorder, c.xk)
		}
		if _, ok := ss[c.sk]; !ok {
			ss[c.sk] = c.s
			sorder = append(sorder, c.sk)
		}
	}
	if d.years {
		xorder = yearAxis(xorder, from, to)
		for _, y := range xorder {
			if _, ok := xs[y]; !ok {
				xs[y] = y
			}
		}
	}
	if d.top > 0 {
		total := map[string]float64{}
		for _, c := range cells {
			total[c.xk] += c.v.Float64
		}
		sort.SliceStable(xorder, func(i, j int) bool {
			if ti, tj := total[xorder[i]], total[xorder[j]]; ti != tj {
				return ti > tj
			}
			return xs[xorder[i]] < xs[xorder[j]]
		})
		if n := len(xorder); n > d.top {
			cd.Note = fmt.Sprintf("top %d of %d", d.top, n)
			xorder = xorder[:d.top]
		}
	}
	order := map[string][]string{"action": actionOrder, "status": statusOrder}[d.colors]
	sort.SliceStable(sorder, func(i, j int) bool {
		ri, rj := rank(order, sorder[i]), rank(order, sorder[j])
		if ri != rj {
			return ri < rj
		}
		return ss[sorder[i]] < ss[sorder[j]]
	})
	xi := map[string]int{}
	for i, k := range xorder {
		xi[k] = i
		cd.X = append(cd.X, xs[k])
		cd.XKeys = append(cd.XKeys, k)
	}
	si := map[string]int{}
	for i, k := range sorder {
		si[k] = i
		name := ss[k]
		if d.colors == "action" {
			name = humanLabel(k)
		}
		s := Series{Name: name, Key: k, Color: seriesColor(d.colors, k), Data: make([]*float64, len(xorder))}
		if d.kind == kindStacked || d.kind == kindBars {
			for j := range s.Data {
				s.Data[j] = new(float64)
			}
		}
		cd.Series = append(cd.Series, s)
	}
	for _, c := range cells {
		j, ok := xi[c.xk]
		if !ok {
			continue
		}
		s := &cd.Series[si[c.sk]]
		if c.v.Valid {
			v := c.v.Float64
			s.Data[j] = &v
		}
		if c.n.Valid {
			if s.Of == nil {
				s.Of = make([]*float64, len(xorder))
			}
			n := c.n.Float64
			s.Of[j] = &n
		}
	}
	return cd
}

// yearAxis returns every year from the first to the last of keys, widened
// to from and to when they are set and the axis has any year.
func yearAxis(keys []string, from, to int) []string {
	lo, hi := 0, 0
	for _, k := range keys {
		y, err := strconv.Atoi(k)
		if err != nil {
			continue
		}
		if lo == 0 || y < lo {
			lo = y
		}
		if y > hi {
			hi = y
		}
	}
	if lo == 0 {
		return keys
	}
	if from != 0 && from < lo && lo-from < 200 {
		lo = from
	}
	if to != 0 && to > hi && to-hi < 200 {
		hi = to
	}
	out := make([]string, 0, hi-lo+1)
	for y := lo; y <= hi; y++ {
		out = append(out, strconv.Itoa(y))
	}
	return out
}
