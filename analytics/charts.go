package analytics

import (
	"fmt"
	"html/template"
	"math"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/go-echarts/go-echarts/v2/render"
)

// assetsHost is where pages load echarts.min.js from: actas itself.
const assetsHost = "/assets/"

// ChartView is a chart ready for a page: go-echarts' element and script, and
// the URL of its data as JSON.
type ChartView struct {
	ID      string
	Title   string
	API     string
	Empty   bool
	Element template.HTML
	Script  template.HTML
}

// statusColors gives commitment statuses fixed colours.
var statusColors = map[string]string{"fulfilled": "#2e7d32", "overdue": "#c62828", "pending": "#9e9e9e",
	"attended": "#1565c0", "not attended": "#cfd8dc"}

// chartView renders cd with go-echarts; every report-derived string goes
// through chartText first, since go-echarts writes it unescaped into a script.
func chartView(cd ChartData, api string) ChartView {
	id := "chart_" + strings.ReplaceAll(cd.Key, "-", "_")
	v := ChartView{ID: id, Title: cd.Title, API: api, Empty: len(cd.X) == 0 || len(cd.Series) == 0}
	init := opts.Initialization{ChartID: id, Width: "100%", Height: "340px", AssetsHost: assetsHost}
	x := make([]string, len(cd.X))
	for i, s := range cd.X {
		x[i] = chartText(s)
	}
	var r render.Renderer
	switch cd.Kind {
	case kindHeatmap:
		r = heatmap(cd, init, x)
	case kindLine:
		r = line(cd, init, x)
	default:
		r = stackedBar(cd, init, x)
	}
	sn := r.RenderSnippet()
	v.Element = template.HTML(sn.Element)
	v.Script = template.HTML(sn.Script)
	return v
}

// common returns the options every chart shares.
func common(init opts.Initialization) []charts.GlobalOpts {
	return []charts.GlobalOpts{
		charts.WithInitializationOpts(init),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis"}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Type: "scroll", Top: "0"}),
		charts.WithGridOpts(opts.Grid{Left: "3%", Right: "4%", Bottom: "3%", Top: "70", ContainLabel: opts.Bool(true)}),
	}
}

// stackedBar draws one stacked bar per x with a stack per series.
func stackedBar(cd ChartData, init opts.Initialization, x []string) *charts.Bar {
	b := charts.NewBar()
	b.SetGlobalOptions(common(init)...)
	b.SetGlobalOptions(charts.WithXAxisOpts(opts.XAxis{Type: "category", AxisLabel: &opts.AxisLabel{Rotate: rotation(x)}}),
		charts.WithYAxisOpts(opts.YAxis{Type: "value", Name: chartText(cd.Unit), MinInterval: 1}))
	b.SetXAxis(x)
	for _, s := range cd.Series {
		data := make([]opts.BarData, len(s.Data))
		for i, v := range s.Data {
			data[i] = opts.BarData{Value: value(v, 1)}
		}
		so := []charts.SeriesOpts{charts.WithBarChartOpts(opts.BarChart{Stack: "total"})}
		if c, ok := statusColors[s.Name]; ok {
			so = append(so, charts.WithItemStyleOpts(opts.ItemStyle{Color: c}))
		}
		b.AddSeries(chartText(s.Name), data, so...)
	}
	return b
}

// line draws rates as percentages, one line per series, with gaps for nulls.
func line(cd ChartData, init opts.Initialization, x []string) *charts.Line {
	l := charts.NewLine()
	l.SetGlobalOptions(common(init)...)
	l.SetGlobalOptions(charts.WithXAxisOpts(opts.XAxis{Type: "category"}),
		charts.WithYAxisOpts(opts.YAxis{Type: "value", Name: "%", Min: 0, Max: 100}))
	l.SetXAxis(x)
	for _, s := range cd.Series {
		data := make([]opts.LineData, len(s.Data))
		for i, v := range s.Data {
			data[i] = opts.LineData{Value: value(v, 100)}
		}
		l.AddSeries(chartText(s.Name), data, charts.WithLineChartOpts(opts.LineChart{ConnectNulls: opts.Bool(true)}))
	}
	return l
}

// heatmap draws series as rows (countries) against x (years), values as percentages.
func heatmap(cd ChartData, init opts.Initialization, x []string) *charts.HeatMap {
	y := make([]string, len(cd.Series))
	var cells []opts.HeatMapData
	for j, s := range cd.Series {
		y[j] = chartText(s.Name)
		for i, v := range s.Data {
			if v != nil {
				cells = append(cells, opts.HeatMapData{Value: [3]any{i, j, math.Round(*v * 100)}})
			}
		}
	}
	init.Height = fmt.Sprintf("%dpx", max(300, 22*len(y)+110))
	h := charts.NewHeatMap()
	h.SetGlobalOptions(charts.WithInitializationOpts(init),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "item"}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(false)}),
		charts.WithGridOpts(opts.Grid{Left: "3%", Right: "4%", Bottom: "60", Top: "10", ContainLabel: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{Type: "category", Data: x, SplitArea: &opts.SplitArea{Show: opts.Bool(true)}}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Data: y, SplitArea: &opts.SplitArea{Show: opts.Bool(true)}}),
		charts.WithVisualMapOpts(opts.VisualMap{Calculable: opts.Bool(true), Min: 0, Max: 100, Orient: "horizontal",
			Left: "center", Bottom: "0", Text: []string{"100%", "0%"},
			InRange: &opts.VisualMapInRange{Color: []string{"#f7fbff", "#08519c"}}}))
	h.SetXAxis(x)
	h.AddSeries("attendance %", cells)
	return h
}

// value scales a nullable value for a chart; ECharts draws "-" as no data.
func value(v *float64, scale float64) any {
	if v == nil || math.IsNaN(*v) || math.IsInf(*v, 0) {
		return "-"
	}
	return math.Round(*v*scale*10) / 10
}

// rotation tilts x labels when there are many or long ones.
func rotation(x []string) float64 {
	long := 0
	for _, s := range x {
		long = max(long, len(s))
	}
	if long > 8 && len(x) > 3 {
		return 30
	}
	return 0
}
