package analytics

import (
	"context"
	"database/sql"
	"sort"
)

// Chart kinds.
const (
	kindStacked = "stacked-bar"
	kindLine    = "line"
	kindHeatmap = "heatmap"
)

// ChartData is one chart's data as served under /api/: categories on x and
// one named series of values per stack, line or heatmap row. A null value is
// a missing cell (a year with no decided commitment, a country absent).
type ChartData struct {
	Key    string   `json:"key"`
	Title  string   `json:"title"`
	Kind   string   `json:"kind"`
	Unit   string   `json:"unit,omitempty"`
	X      []string `json:"x"`
	Series []Series `json:"series"`
}

// Series is one named row of values, aligned with ChartData.X.
type Series struct {
	Name string     `json:"name"`
	Data []*float64 `json:"data"`
}

// chartDef says how to build one chart from one query returning (x, s, v).
type chartDef struct {
	key, title, kind, unit, query string
}

// overviewCharts are the charts of the / page, in page order.
var overviewCharts = []chartDef{
	{"meetings-per-year", "Meetings per year by body", kindStacked, "meetings", "meetings_per_year"},
	{"participation", "Participation: share of the year's meetings each country attended", kindHeatmap, "share", "participation"},
	{"agreements-by-action", "Agreements per year by primary action", kindStacked, "agreements", "agreements_by_action"},
	{"follow-through", "Follow-through rate per year: fulfilled ÷ (fulfilled + overdue)", kindLine, "rate", "follow_through"},
	{"commitments-by-responsible", "Commitments by responsible party and status", kindStacked, "commitments", "commitments_by_responsible"},
}

// entityCharts are the charts of a country's or organisation's page.
var entityCharts = []chartDef{
	{"participation", "Meetings attended per year", kindStacked, "meetings", "entity_participation"},
	{"commitments", "What they were asked to do, per year and status", kindStacked, "commitments", "entity_commitments_chart"},
	{"mentions", "Agreements naming them, per year and primary action", kindStacked, "agreements", "entity_mentions_chart"},
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

// statusOrder puts commitment statuses in a fixed order before other series.
var statusOrder = map[string]int{"fulfilled": 1, "overdue": 2, "pending": 3}

// loadChart runs the chart's query and pivots its (x, s, v) rows.
func loadChart(ctx context.Context, db *sql.DB, d chartDef, p params) (ChartData, error) {
	var cells []triple
	err := rows(ctx, db, d.query, p, func(r *sql.Rows) error {
		var c triple
		if err := r.Scan(&c.x, &c.s, &c.v); err != nil {
			return err
		}
		cells = append(cells, c)
		return nil
	})
	if err != nil {
		return ChartData{}, err
	}
	return pivot(d, cells), nil
}

// triple is one (x, series, value) row of a chart query.
type triple struct {
	x, s string
	v    sql.NullFloat64
}

// pivot turns (x, series, value) rows into a ChartData; stacked bars get 0
// for a missing cell, lines and heatmaps null.
func pivot(d chartDef, cells []triple) ChartData {
	cd := ChartData{Key: d.key, Title: d.title, Kind: d.kind, Unit: d.unit, X: []string{}, Series: []Series{}}
	xi := map[string]int{}
	si := map[string]int{}
	var names []string
	for _, c := range cells {
		if _, ok := xi[c.x]; !ok {
			xi[c.x] = len(cd.X)
			cd.X = append(cd.X, c.x)
		}
		if _, ok := si[c.s]; !ok {
			si[c.s] = len(names)
			names = append(names, c.s)
		}
	}
	sort.SliceStable(names, func(i, j int) bool {
		oi, oj := statusOrder[names[i]], statusOrder[names[j]]
		if oi != oj {
			if oi == 0 || oj == 0 {
				return oi != 0
			}
			return oi < oj
		}
		return names[i] < names[j]
	})
	for i, n := range names {
		si[n] = i
		data := make([]*float64, len(cd.X))
		if d.kind == kindStacked {
			for j := range data {
				data[j] = new(float64)
			}
		}
		cd.Series = append(cd.Series, Series{Name: n, Data: data})
	}
	for _, c := range cells {
		if c.v.Valid {
			v := c.v.Float64
			cd.Series[si[c.s]].Data[xi[c.x]] = &v
		}
	}
	return cd
}
