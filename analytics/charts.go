package analytics

import (
	"encoding/json"
	"fmt"
	"html/template"
	"math"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// ChartView is a chart ready for a page: its element, the script that draws
// it with its links, its legend, and the URL of its data as JSON.
type ChartView struct {
	ID      string
	Title   string
	Note    string
	API     string
	Empty   bool
	Legend  []LegendItem
	Element template.HTML
	Script  template.HTML
}

// LegendItem is one series of a chart's legend, drawn as HTML under it so it is never cut.
type LegendItem struct {
	Name, Color string
}

// chartLink tells the page's script which list a mark opens: base is the
// list under the page's filter, X and S the filter fields a mark's category
// and series set, from XKeys and SKeys.
type chartLink struct {
	Base  string   `json:"base"`
	X     string   `json:"x,omitempty"`
	XKeys []string `json:"xk,omitempty"`
	S     string   `json:"s,omitempty"`
	SKeys []string `json:"sk,omitempty"`
}

// heatPieces are the participation classes: no meeting, 0% and shares of attendance.
var heatPieces = []map[string]any{
	{"value": -1, "label": "no meeting in scope", "color": "#eceff1"},
	{"value": 0, "label": "0%", "color": "#fdae6b"},
	{"gt": 0, "lt": 50, "label": "1–49%", "color": "#c6dbef"},
	{"gte": 50, "lt": 100, "label": "50–99%", "color": "#6baed6"},
	{"value": 100, "label": "100%", "color": "#08519c"},
}

// chartView renders cd: go-echarts builds the option, which is written as
// HTML-escaped JSON into the page's script, so report-derived names can
// neither close the script nor become code; base is the filtered list a mark links to.
func chartView(d chartDef, cd ChartData, api string, f Filter) ChartView {
	id := "chart_" + strings.ReplaceAll(cd.Key, "-", "_")
	v := ChartView{ID: id, Title: cd.Title, Note: cd.Note, API: api, Empty: len(cd.X) == 0 || len(cd.Series) == 0}
	height := 340
	var option map[string]any
	switch cd.Kind {
	case kindHeatmap:
		option = heatmap(cd)
		height = max(260, 22*len(cd.Series)+120)
		for _, p := range heatPieces {
			v.Legend = append(v.Legend, LegendItem{Name: p["label"].(string), Color: p["color"].(string)})
		}
	case kindLine:
		option = line(cd)
	case kindBars:
		option = bars(cd)
		height = max(200, 26*len(cd.X)+80)
	default:
		option = stackedBar(cd, d.perMeeting)
	}
	if cd.Kind != kindHeatmap && cd.Kind != kindLine {
		for _, s := range cd.Series {
			v.Legend = append(v.Legend, LegendItem{Name: s.Name, Color: s.Color})
		}
	}
	link := chartLink{Base: f.URL(d.page), X: d.xParam, XKeys: cd.XKeys, S: d.sParam}
	if d.sParam == "presence" {
		link.Base, link.SKeys = presenceLinks(f, cd.Series)
	} else if d.sParam != "" {
		for _, s := range cd.Series {
			link.SKeys = append(link.SKeys, s.Key)
		}
	}
	opt, _ := json.Marshal(option) // HTML-escaped: <, > and & become \u003c, \u003e, \u0026
	lnk, _ := json.Marshal(link)
	kind, _ := json.Marshal(cd.Kind)
	v.Element = template.HTML(fmt.Sprintf(`<div class="chart-canvas" id="%s" style="height:%dpx"></div>`, id, height))
	v.Script = template.HTML(fmt.Sprintf(`<script>actasChart(%q, %s, %s, %s);</script>`, id, opt, lnk, kind))
	return v
}

// presenceLinks links a party's attended meetings to the list of those it
// attended and its missed ones to those it did not: the base is f without
// the party, each series key a query fragment (country=GTM, absent=country:GTM).
func presenceLinks(f Filter, series []Series) (string, []string) {
	typ, id, param := "country", f.Country, "country="+f.Country
	if id == "" {
		typ, id, param = "organisation", f.Org, "org="+f.Org
	}
	f.Country, f.Org = "", ""
	keys := make([]string, len(series))
	for i, s := range series {
		keys[i] = param
		if strings.HasPrefix(s.Key, "not ") {
			keys[i] = "absent=" + typ + ":" + id
		}
	}
	return f.URL("/meetings"), keys
}

// optionOf turns a go-echarts chart into a plain option map the page's
// script can extend; axis names start at their axis, so none is cut off.
func optionOf(c interface{ JSON() map[string]any }) map[string]any {
	b, err := json.Marshal(c.JSON())
	if err != nil {
		return map[string]any{}
	}
	var m map[string]any
	json.Unmarshal(b, &m)
	m["animation"] = false // drawn at once: a half-revealed line reads as missing data
	for _, key := range []string{"xAxis", "yAxis"} {
		axes, _ := m[key].([]any)
		for _, a := range axes {
			if a, ok := a.(map[string]any); ok && a["name"] != nil {
				a["nameTextStyle"] = map[string]any{"align": map[string]string{"xAxis": "right", "yAxis": "left"}[key]}
			}
		}
	}
	return m
}

// common returns the options every chart shares: the legend is drawn as HTML, not on the canvas.
func common() []charts.GlobalOpts {
	return []charts.GlobalOpts{
		charts.WithInitializationOpts(opts.Initialization{AssetsHost: "/assets/"}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis"}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(false)}),
		charts.WithGridOpts(opts.Grid{Left: "8", Right: "16", Bottom: "8", Top: "36", ContainLabel: opts.Bool(true)}),
	}
}

// stackedBar draws one stacked bar per x with a stack per series; perMeeting divides by the year's meetings.
func stackedBar(cd ChartData, perMeeting bool) map[string]any {
	b := charts.NewBar()
	b.SetGlobalOptions(common()...)
	y := opts.YAxis{Type: "value", Name: cd.Unit}
	if !perMeeting {
		y.MinInterval = 1
	}
	b.SetGlobalOptions(charts.WithXAxisOpts(opts.XAxis{Type: "category"}), charts.WithYAxisOpts(y))
	b.SetXAxis(cd.X)
	for _, s := range cd.Series {
		data := make([]opts.BarData, len(s.Data))
		for i, v := range s.Data {
			val := value(v, 1)
			if perMeeting {
				val = value(ratio(v, at(s.Of, i)), 1)
			}
			data[i] = opts.BarData{Value: val}
		}
		so := []charts.SeriesOpts{charts.WithBarChartOpts(opts.BarChart{Stack: "total"})}
		if s.Color != "" {
			so = append(so, charts.WithItemStyleOpts(opts.ItemStyle{Color: s.Color}))
		}
		b.AddSeries(s.Name, data, so...)
	}
	b.Validate()
	m := optionOf(b)
	if ss, ok := m["series"].([]any); ok {
		for _, s := range ss {
			if s, ok := s.(map[string]any); ok {
				s["barMaxWidth"] = 48 // a lone year is a bar, not a wall
			}
		}
	}
	return m
}

// bars draws horizontal stacked bars, the first category on top.
func bars(cd ChartData) map[string]any {
	b := charts.NewBar()
	b.SetGlobalOptions(common()...)
	b.SetGlobalOptions(charts.WithXAxisOpts(opts.XAxis{Type: "value", Name: cd.Unit, MinInterval: 1}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Inverse: opts.Bool(true)}))
	b.SetXAxis(cd.X).XYReversal()
	for _, s := range cd.Series {
		data := make([]opts.BarData, len(s.Data))
		for i, v := range s.Data {
			data[i] = opts.BarData{Value: value(v, 1)}
		}
		so := []charts.SeriesOpts{charts.WithBarChartOpts(opts.BarChart{Stack: "total"})}
		if s.Color != "" {
			so = append(so, charts.WithItemStyleOpts(opts.ItemStyle{Color: s.Color}))
		}
		b.AddSeries(s.Name, data, so...)
	}
	b.Validate()
	m := optionOf(b)
	if ys, ok := m["yAxis"].([]any); ok && len(ys) > 0 {
		if y, ok := ys[0].(map[string]any); ok {
			y["axisLabel"] = map[string]any{"width": 130, "overflow": "truncate"}
		}
	}
	return m
}

// line draws rates as percentages, one line per series, with gaps for nulls.
func line(cd ChartData) map[string]any {
	l := charts.NewLine()
	l.SetGlobalOptions(common()...)
	l.SetGlobalOptions(charts.WithXAxisOpts(opts.XAxis{Type: "category"}),
		charts.WithYAxisOpts(opts.YAxis{Type: "value", Name: "%", Max: 100}))
	l.SetXAxis(cd.X)
	for _, s := range cd.Series {
		data := make([]opts.LineData, len(s.Data))
		for i, v := range s.Data {
			data[i] = opts.LineData{Value: value(v, 100)}
		}
		l.AddSeries(s.Name, data, charts.WithLineChartOpts(opts.LineChart{ConnectNulls: opts.Bool(false), ShowSymbol: opts.Bool(true)}),
			charts.WithItemStyleOpts(opts.ItemStyle{Color: "#12355b"}))
	}
	l.Validate()
	m := optionOf(l)
	if ys, ok := m["yAxis"].([]any); ok && len(ys) > 0 {
		if y, ok := ys[0].(map[string]any); ok {
			y["min"] = 0
		}
	}
	if ss, ok := m["series"].([]any); ok {
		for _, s := range ss {
			if s, ok := s.(map[string]any); ok {
				s["showAllSymbol"], s["symbolSize"] = true, 8 // a year between two gaps is a point
			}
		}
	}
	return m
}

// heatmap draws series (countries) as rows against x (years): each cell is
// [x, y, share %, attended, meetings], -1 where the year had no meeting in scope.
func heatmap(cd ChartData) map[string]any {
	y := make([]string, len(cd.Series))
	var cells []opts.HeatMapData
	for j, s := range cd.Series {
		y[j] = s.Name
		for i := range cd.X {
			n := at(s.Of, i)
			if n == nil || *n == 0 {
				cells = append(cells, opts.HeatMapData{Value: []any{i, j, -1, 0, 0}})
				continue
			}
			a := at(s.Data, i)
			share := ratio(a, n)
			cells = append(cells, opts.HeatMapData{Value: []any{i, j, math.Round(*share * 100), *a, *n}})
		}
	}
	h := charts.NewHeatMap()
	h.SetGlobalOptions(charts.WithInitializationOpts(opts.Initialization{AssetsHost: "/assets/"}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "item"}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(false)}),
		charts.WithGridOpts(opts.Grid{Left: "8", Right: "16", Bottom: "8", Top: "8", ContainLabel: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{Type: "category", Data: cd.X}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Data: y, Inverse: opts.Bool(true)}))
	h.SetXAxis(cd.X)
	h.AddSeries("attendance", cells, charts.WithItemStyleOpts(opts.ItemStyle{BorderColor: "#fff", BorderWidth: 1}))
	h.Validate()
	m := optionOf(h)
	if ys, ok := m["yAxis"].([]any); ok && len(ys) > 0 {
		if y, ok := ys[0].(map[string]any); ok {
			y["axisLabel"] = map[string]any{"width": 170, "overflow": "truncate"}
		}
	}
	m["visualMap"] = []any{map[string]any{"type": "piecewise", "show": false, "dimension": 2, "pieces": heatPieces}}
	return m
}

// at returns vs[i], or nil when vs is short.
func at(vs []*float64, i int) *float64 {
	if i < len(vs) {
		return vs[i]
	}
	return nil
}

// ratio returns a ÷ n, or nil when either is missing or n is 0.
func ratio(a, n *float64) *float64 {
	if a == nil || n == nil || *n == 0 {
		return nil
	}
	r := *a / *n
	return &r
}

// value scales a nullable value for a chart; ECharts draws "-" as no data.
func value(v *float64, scale float64) any {
	if v == nil || math.IsNaN(*v) || math.IsInf(*v, 0) {
		return "-"
	}
	return math.Round(*v*scale*10) / 10
}
