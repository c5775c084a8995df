package analytics

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// chromiumPath finds Debian's chromium; without it the browser tests skip,
// except on CI, where they fail.
func chromiumPath(t *testing.T) string {
	for _, p := range []string{"/usr/bin/chromium", "/usr/bin/chromium-browser"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium not installed (apt-get install -y chromium)")
	}
	t.Skip("chromium not installed")
	return ""
}

// artifactsDir is where screenshots go: $ACTAS_ARTIFACTS or testdata/artifacts.
func artifactsDir(t *testing.T) string {
	dir := os.Getenv("ACTAS_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join("testdata", "artifacts")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// browserLog records every request and every console error of a tab.
type browserLog struct {
	mu       sync.Mutex
	requests []string
	errors   []string
}

func (l *browserLog) listen(ev any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	switch e := ev.(type) {
	case *network.EventRequestWillBeSent:
		l.requests = append(l.requests, e.Request.URL)
	case *runtime.EventConsoleAPICalled:
		if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeAssert {
			var parts []string
			for _, a := range e.Args {
				parts = append(parts, string(a.Value)+a.Description)
			}
			l.errors = append(l.errors, "console: "+strings.Join(parts, " "))
		}
	case *runtime.EventExceptionThrown:
		l.errors = append(l.errors, "exception: "+exceptionText(e.ExceptionDetails))
	case *log.EventEntryAdded:
		if e.Entry.Level == log.EntryLevelError {
			l.errors = append(l.errors, "log: "+e.Entry.Text+" "+e.Entry.URL)
		}
	}
}

// take returns and clears what was recorded.
func (l *browserLog) take() (requests, errs []string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	requests, errs = l.requests, l.errors
	l.requests, l.errors = nil, nil
	return requests, errs
}

// chartState is what the page says about one chart.
type chartState struct {
	ID       string `json:"id"`
	Instance bool   `json:"instance"`
	Painted  bool   `json:"painted"`
	Points   int    `json:"points"`
}

// chartsJS reports, for every chart element, whether ECharts drew on its canvas.
const chartsJS = `Array.from(document.querySelectorAll('div[id^="chart_"]')).map(el => {
  const inst = typeof echarts !== 'undefined' && echarts.getInstanceByDom(el);
  const c = el.querySelector('canvas');
  let painted = false;
  if (c && c.width > 0 && c.height > 0) {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    for (let i = 3; i < d.length; i += 4 * 7) { if (d[i] > 0) { painted = true; break; } }
  }
  let points = 0;
  if (inst) { (inst.getOption().series || []).forEach(s => { points += (s.data || []).length; }); }
  return {id: el.id, instance: !!inst, painted: painted, points: points};
})`

// overflowJS names the elements wider than the page, or "" when nothing overflows.
const overflowJS = `(() => {
  const d = document.documentElement;
  if (d.scrollWidth <= d.clientWidth) { return ""; }
  const wide = Array.from(document.querySelectorAll("body *")).filter(e => e.getBoundingClientRect().right > d.clientWidth + 1);
  return d.scrollWidth + " > " + d.clientWidth + ": " + wide.slice(-5).map(e => e.tagName + (e.id ? "#" + e.id : "") + "." + e.className).join(", ");
})()`

// browserPages are the pages the browser test opens at every width, with how many charts each draws.
var browserPages = []struct {
	name, path string
	charts     int
	status     int // the page's HTTP status when it is not 200, which the browser logs as an error
}{
	{"overview", "/", 5, 0},
	{"overview-filtered", "/?body=lon_tip&from=2015&to=2015&lang=en", 5, 0},
	{"overview-all", "/?body=all", 5, 0},
	{"meetings", "/meetings", 0, 0},
	{"meeting", "/meetings/a1b2c3d4e5f60003", 0, 0},
	{"meeting-untitled", "/meetings/a1b2c3d4e5f60007", 0, 0},
	{"meeting-planted", "/meetings/a1b2c3d4e5f600e5", 0, 0},
	{"source", "/meetings/a1b2c3d4e5f60003/source?agreement=a1b2c3d4e5f60003-005#hl", 0, 0},
	{"source-pdf", "/meetings/a1b2c3d4e5f6f003/source?agreement=a1b2c3d4e5f6f003-005#hl", 0, 0},
	{"agreements", "/agreements", 0, 0},
	{"agreements-search", "/agreements?q=refugiados", 0, 0},
	{"commitments", "/commitments?body=all", 0, 0},
	{"countries", "/countries", 0, 0},
	{"organisations", "/organisations", 0, 0},
	{"documents", "/documents", 0, 0},
	{"country", "/countries/GTM", 3, 0},
	{"country-planted", "/countries/ZZX", 3, 0},
	{"organisation", "/organisations/UNODC", 3, 0},
	{"organisation-planted", "/organisations/EVIL", 3, 0},
	{"reversed-years", "/?from=2017&to=2002", 0, 400},
	{"sql", "/sql", 0, 0},
}

// newBrowser starts headless Chromium with a listener recording its requests and errors.
func newBrowser(t *testing.T) (context.Context, *browserLog) {
	exe := chromiumPath(t)
	alloc, cancel := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(exe), chromedp.UserDataDir(t.TempDir()), chromedp.Headless, chromedp.NoSandbox,
		chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.WindowSize(1400, 1000))
	t.Cleanup(cancel)
	bl := &browserLog{}
	browser, cancel := chromedp.NewContext(alloc, chromedp.WithListener(bl.listen))
	t.Cleanup(cancel)
	if err := chromedp.Do(browser, chromedp.Navigate("about:blank")); err != nil {
		t.Fatal(err)
	}
	bl.take()
	ctx, cancel := context.WithTimeout(browser, 4*time.Minute)
	t.Cleanup(cancel)
	return ctx, bl
}

// open navigates to url at the given width and waits for the page and its charts.
func open(width int64, url string) chromedp.Action[chromedp.Void] {
	return chromedp.Steps(
		chromedp.EmulateViewport(width, 900),
		chromedp.Navigate(url),
		chromedp.WaitReady(chromedp.CSS("main")),
		chromedp.Sleep(400*time.Millisecond),
	)
}

// TestBrowser opens every page at 1400 and 420 px, checks that its charts
// are drawn, no planted script runs, nothing overflows, and writes screenshots.
func TestBrowser(t *testing.T) {
	_, ts := startServer(t, Options{})
	ctx, bl := newBrowser(t)
	shots := artifactsDir(t)
	for _, width := range []int64{1400, 420} {
		for _, p := range browserPages {
			t.Run(fmt.Sprintf("%s-%d", p.name, width), func(t *testing.T) {
				var charts []chartState
				var pwned, overflow string
				var shot []byte
				err := chromedp.Do(ctx,
					open(width, ts.URL+p.path),
					into(chromedp.Evaluate[[]chartState](chartsJS), &charts),
					into(chromedp.Evaluate[string](`typeof window.__pwned`), &pwned),
					into(chromedp.Evaluate[string](overflowJS), &overflow),
					into(chromedp.FullScreenshot(100), &shot),
				)
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(shots, fmt.Sprintf("%s-%d.png", p.name, width)), shot, 0o644); err != nil {
					t.Error(err)
				}
				if pwned != "undefined" {
					t.Errorf("planted script ran: window.__pwned is %s", pwned)
				}
				if overflow != "" {
					t.Errorf("page overflows at %d px: %s", width, overflow)
				}
				if len(charts) != p.charts {
					t.Errorf("%d charts, want %d", len(charts), p.charts)
				}
				for _, c := range charts {
					if !c.Instance || !c.Painted {
						t.Errorf("chart %s not drawn: %+v", c.ID, c)
					}
				}
				if p.status != 0 {
					bl.take()
					return
				}
				checkLog(t, bl, ts.URL)
			})
		}
	}

	t.Run("participation is the RCM share", func(t *testing.T) {
		// Guatemala attended one of the two RCM meetings of 2017; a Bali
		// Process meeting the same year is not in the denominator.
		const cell = `(() => {
  const c = echarts.getInstanceByDom(document.getElementById('chart_participation')).getOption();
  const x = c.xAxis[0].data.indexOf(YEAR), y = c.yAxis[0].data.indexOf('Guatemala');
  const v = c.series[0].data.map(d => d.value || d).find(d => d[0] === x && d[1] === y);
  return v ? v.slice(2).join(' ') : 'none';
})()`
		var y2017, y2004, y2010, all2017, attended string
		err := chromedp.Do(ctx,
			open(1400, ts.URL+"/"),
			into(chromedp.Evaluate[string](strings.ReplaceAll(cell, "YEAR", "'2017'")), &y2017),
			into(chromedp.Evaluate[string](strings.ReplaceAll(cell, "YEAR", "'2004'")), &y2004),
			into(chromedp.Evaluate[string](strings.ReplaceAll(cell, "YEAR", "'2010'")), &y2010),
			open(1400, ts.URL+"/?body=all"),
			into(chromedp.Evaluate[string](strings.ReplaceAll(cell, "YEAR", "'2017'")), &all2017),
			open(1400, ts.URL+"/countries/GTM"),
			into(chromedp.Evaluate[string](`document.getElementById('attended').innerText`), &attended),
		)
		if err != nil {
			t.Fatal(err)
		}
		if y2017 != "50 1 2" {
			t.Errorf("Guatemala 2017 = %q, want 50%% (1 of 2 RCM meetings)", y2017)
		}
		if y2004 != "-1 0 0" || y2010 != "-1 0 0" {
			t.Errorf("years with no RCM meeting: 2004 %q, 2010 %q, want no meeting (-1), not 0%%", y2004, y2010)
		}
		if all2017 != "33 1 3" {
			t.Errorf("Guatemala 2017 over all conferences = %q, want 33%% (1 of 3)", all2017)
		}
		if attended != "attended 5 of 6 RCM meetings (2002–2017)" {
			t.Errorf("country page says %q", attended)
		}
		checkLog(t, bl, ts.URL)
	})

	t.Run("untitled meeting has a clickable title", func(t *testing.T) {
		var text, h1, title, loc string
		var width float64
		const link = `#meetings a[href="/meetings/a1b2c3d4e5f60007"]`
		err := chromedp.Do(ctx,
			open(1400, ts.URL+"/meetings"),
			into(chromedp.Evaluate[string](`document.querySelector('`+link+`').innerText`), &text),
			into(chromedp.Evaluate[float64](`document.querySelector('`+link+`').getBoundingClientRect().width`), &width),
			chromedp.Click(chromedp.CSS(link), chromedp.NodeVisible),
			chromedp.WaitVisible(chromedp.ID("title")),
			into(chromedp.Location(), &loc),
			into(chromedp.Evaluate[string](`document.getElementById('title').innerText`), &h1),
			into(chromedp.Evaluate[string](`document.title`), &title),
		)
		if err != nil {
			t.Fatal(err)
		}
		want := "Vice-Ministerial Meeting, San José, June 2017"
		if text != want || width < 50 || h1 != want || title != want+" · actas" || !strings.HasSuffix(loc, "/meetings/a1b2c3d4e5f60007") {
			t.Errorf("link %q (%.0f px wide) led to %s: heading %q, tab %q", text, width, loc, h1, title)
		}
		checkLog(t, bl, ts.URL)
	})

	t.Run("filtered JSON export returns the filtered rows", func(t *testing.T) {
		var shown []string
		var exported string
		var allHref string
		err := chromedp.Do(ctx,
			open(1400, ts.URL+"/?body=lon_tip"),
			into(chromedp.Evaluate[string](`document.getElementById('all-meetings').getAttribute('href')`), &allHref),
			chromedp.Click(chromedp.ID("all-meetings"), chromedp.NodeVisible),
			chromedp.WaitVisible(chromedp.ID("export-json")),
			into(chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll('#meetings td:nth-child(2) a')).map(a => a.getAttribute('href').split('/').pop())`), &shown),
			chromedp.Click(chromedp.ID("export-json"), chromedp.NodeVisible),
			chromedp.Sleep(300*time.Millisecond),
			into(chromedp.Evaluate[string](`JSON.stringify(JSON.parse(document.body.innerText).map(m => m.meeting_id))`), &exported),
		)
		if err != nil {
			t.Fatal(err)
		}
		if allHref != "/meetings?body=lon_tip" {
			t.Errorf("all meetings link is %q", allHref)
		}
		want, _ := json.Marshal(shown)
		if len(shown) != 2 || exported != string(want) {
			t.Errorf("page shows %v, JSON export has %s", shown, exported)
		}
		bl.take()
	})

	t.Run("from a chart mark to the agreement's highlighted source", func(t *testing.T) {
		// The 'commit' stack of 2015 in the agreements chart.
		const mark = `(() => {
  const el = document.getElementById('chart_agreements_by_action');
  el.scrollIntoView({block: 'center'});
  const c = echarts.getInstanceByDom(el), o = c.getOption();
  const si = o.series.findIndex(s => s.name === 'commit'), xi = o.xAxis[0].data.indexOf('2015');
  const l = c.getModel().getSeriesByIndex(si).getData().getItemLayout(xi), r = el.getBoundingClientRect();
  return [r.left + l.x + l.width / 2, r.top + l.y + l.height / 2];
})()`
		var xy []float64
		var list, loc, marked string
		var rows int
		err := chromedp.Do(ctx,
			open(1400, ts.URL+"/"),
			into(chromedp.Evaluate[[]float64](mark), &xy),
		)
		if err != nil || len(xy) != 2 {
			t.Fatalf("no commit mark: %v %v", xy, err)
		}
		err = chromedp.Do(ctx,
			chromedp.MouseClickXY(xy[0], xy[1]),
			chromedp.WaitVisible(chromedp.ID("agreements")),
			into(chromedp.Location(), &list),
			into(chromedp.Evaluate[int](`document.querySelectorAll('#agreements a.source').length`), &rows),
			chromedp.Click(chromedp.CSS(`#agreements a.source`), chromedp.NodeVisible),
			chromedp.WaitVisible(chromedp.ID("hl")),
			into(chromedp.Location(), &loc),
			into(chromedp.Evaluate[string](`document.getElementById('hl').innerText`), &marked),
		)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(list, "/agreements?") || !strings.Contains(list, "action=commit") || !strings.Contains(list, "from=2015") || rows != 3 {
			t.Errorf("the mark opened %s with %d agreements, want the 3 commit agreements of 2015", list, rows)
		}
		if !strings.Contains(loc, "/meetings/a1b2c3d4e5f6f003/source?agreement=a1b2c3d4e5f6f003-") || !strings.HasPrefix(marked, "The TS will send") &&
			!strings.HasPrefix(marked, "UNODC undertakes") && !strings.HasPrefix(marked, "IOM will organize") {
			t.Errorf("source link opened %s highlighting %q, want the PDF copy's page", loc, marked)
		}
		checkLog(t, bl, ts.URL)
	})

	t.Run("every chart's marks open the rows behind them", func(t *testing.T) {
		// markJS finds the first mark of chart id that stands for rows and returns where it is on screen.
		const markJS = `((id) => {
  const el = document.getElementById(id);
  el.scrollIntoView({block: 'center'});
  const c = echarts.getInstanceByDom(el), o = c.getOption(), r = el.getBoundingClientRect();
  for (let si = 0; si < o.series.length; si++) {
    const s = o.series[si], data = c.getModel().getSeriesByIndex(si).getData();
    for (let i = 0; i < s.data.length; i++) {
      const d = s.data[i], v = (d && d.value !== undefined) ? d.value : d;
      if (s.type === 'heatmap') {
        if (v[3] > 0) { const p = c.convertToPixel({seriesIndex: si}, [v[0], v[1]]); return [r.left + p[0], r.top + p[1]]; }
      } else if (s.type === 'line') {
        if (typeof v === 'number') { const p = c.convertToPixel({seriesIndex: si}, [i, v]); return [r.left + p[0], r.top + p[1]]; }
      } else if (typeof v === 'number' && v > 0) {
        const l = data.getItemLayout(i); return [r.left + l.x + l.width / 2, r.top + l.y + l.height / 2];
      }
    }
  }
  return [];
})`
		for _, page := range []string{"/", "/countries/GTM", "/countries/MEX", "/organisations/IOM"} {
			var ids []string
			if err := chromedp.Do(ctx, open(1400, ts.URL+page),
				into(chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll('div[id^="chart_"]')).map(e => e.id)`), &ids)); err != nil {
				t.Fatal(err)
			}
			for _, id := range ids {
				var xy []float64
				var loc, section string
				var rows int
				err := chromedp.Do(ctx, open(1400, ts.URL+page), into(chromedp.Evaluate[[]float64](markJS+"('"+id+"')"), &xy),
					into(chromedp.Evaluate[string](`document.querySelector('[data-chart="`+id+`"]').innerText`), &section))
				if err == nil && len(xy) == 0 && strings.Contains(section, "no data for these filters") {
					continue
				}
				if err != nil || len(xy) != 2 {
					t.Errorf("%s %s: no mark (%v)", page, id, err)
					continue
				}
				err = chromedp.Do(ctx,
					chromedp.MouseClickXY(xy[0], xy[1]),
					chromedp.Sleep(300*time.Millisecond),
					chromedp.WaitReady(chromedp.CSS("table.rows")),
					into(chromedp.Location(), &loc),
					into(chromedp.Evaluate[int](`document.querySelectorAll('table.rows tr[id], table.rows td a[href^="/meetings/"]').length`), &rows),
				)
				if err != nil || rows == 0 || strings.HasSuffix(loc, page) {
					t.Errorf("%s %s: the mark at %v opened %s with %d rows (%v)", page, id, xy, loc, rows, err)
				}
			}
		}
		checkLog(t, bl, ts.URL)
	})

	t.Run("search finds an agreement by a word of its text", func(t *testing.T) {
		var found []string
		var loc string
		err := chromedp.Do(ctx,
			open(1400, ts.URL+"/agreements"),
			chromedp.SetValue(chromedp.ID("f-q"), "beneplacito"),
			chromedp.Click(chromedp.ID("f-apply")),
			chromedp.Sleep(400*time.Millisecond),
			chromedp.WaitVisible(chromedp.ID("agreements")),
			into(chromedp.Location(), &loc),
			into(chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll('#agreements tr[id]')).map(r => r.id)`), &found),
		)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(loc, "q=beneplacito") || len(found) != 1 || found[0] != "a1b2c3d4e5f60007-002" {
			t.Errorf("%s found %v, want the agreement saying 'beneplácito'", loc, found)
		}
		checkLog(t, bl, ts.URL)
	})

	t.Run("one colour per action, the same under every filter", func(t *testing.T) {
		const colours = `Object.fromEntries(echarts.getInstanceByDom(document.getElementById('chart_agreements_by_action')).getOption().series.map(s => [s.name, s.itemStyle.color]))`
		var all, filtered map[string]string
		err := chromedp.Do(ctx,
			open(1400, ts.URL+"/?body=all"),
			into(chromedp.Evaluate[map[string]string](colours), &all),
			open(1400, ts.URL+"/?body=lon_tip"),
			into(chromedp.Evaluate[map[string]string](colours), &filtered),
		)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]string{}
		for name, c := range all {
			if c == "" {
				t.Errorf("action %s has no fixed colour", name)
			}
			if other, dup := seen[c]; dup {
				t.Errorf("actions %s and %s share colour %s", name, other, c)
			}
			seen[c] = name
			if strings.Contains(name, "_") {
				t.Errorf("raw code %q in the legend", name)
			}
		}
		for name, c := range filtered {
			if all[name] != c {
				t.Errorf("action %s is %s unfiltered but %s filtered", name, all[name], c)
			}
		}
		if len(all) < 10 {
			t.Errorf("only %d actions drawn: %v", len(all), all)
		}
		checkLog(t, bl, ts.URL)
	})

	t.Run("reversed years are refused", func(t *testing.T) {
		var msg string
		err := chromedp.Do(ctx,
			open(1400, ts.URL+"/agreements?from=2017&to=2002"),
			into(chromedp.Evaluate[string](`document.getElementById('filter-error').innerText`), &msg),
		)
		if err != nil {
			t.Fatal(err)
		}
		if msg != "the year range is reversed: from 2017 is after to 2002" {
			t.Errorf("message %q", msg)
		}
		bl.take()
	})

	t.Run("filter changes data", func(t *testing.T) {
		const points = `echarts.getInstanceByDom(document.getElementById('chart_meetings_per_year')).getOption().series.map(s => s.name + ':' + s.data.map(d => d.value).join(',')).join(' | ')`
		var before, after, loc string
		err := chromedp.Do(ctx,
			open(1400, ts.URL+"/"),
			chromedp.WaitReady(chromedp.ID("f-apply")),
			into(chromedp.Evaluate[string](points), &before),
			chromedp.SetValue(chromedp.ID("f-body"), "lon_tip"),
			chromedp.Click(chromedp.ID("f-apply")),
			chromedp.Sleep(500*time.Millisecond),
			chromedp.WaitReady(chromedp.ID("chart_meetings_per_year")),
			into(chromedp.Location(), &loc),
			into(chromedp.Evaluate[string](points), &after),
		)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(loc, "body=lon_tip") {
			t.Errorf("filter not kept in the URL: %s", loc)
		}
		if before == after || strings.Contains(after, "Vice-Ministerial") {
			t.Errorf("filter did not change the chart:\nbefore %s\nafter  %s", before, after)
		}
		checkLog(t, bl, ts.URL)
	})

	t.Run("sql console", func(t *testing.T) {
		var n int
		err := chromedp.Do(ctx,
			open(1400, ts.URL+"/sql"),
			chromedp.WaitReady(chromedp.CSS("button.example")),
			chromedp.Click(chromedp.CSS("button.example"), chromedp.NodeVisible),
			chromedp.WaitVisible(chromedp.CSS("#result tr:nth-child(2)")),
			into(chromedp.Evaluate[int](`document.querySelectorAll('#result tr').length`), &n),
		)
		if err != nil {
			t.Fatal(err)
		}
		if n < 10 {
			t.Errorf("SHOW TABLES shows %d rows", n-1)
		}
		checkLog(t, bl, ts.URL)
	})
}

// checkLog fails on console errors and on any request not to the test server.
func checkLog(t *testing.T, bl *browserLog, base string) {
	t.Helper()
	requests, errs := bl.take()
	for _, e := range errs {
		t.Errorf("browser error: %s", e)
	}
	for _, u := range requests {
		if !strings.HasPrefix(u, base+"/") && !strings.HasPrefix(u, "data:") {
			t.Errorf("request left the test server: %s", u)
		}
	}
	if len(requests) == 0 {
		t.Error(fmt.Sprint("no requests recorded"))
	}
}

// exceptionText describes an uncaught exception.
func exceptionText(d *runtime.ExceptionDetails) string {
	if d == nil {
		return ""
	}
	s := d.Text
	if d.Exception != nil {
		s += " " + d.Exception.Description
	}
	return fmt.Sprintf("%s (%s:%d)", s, d.URL, d.LineNumber)
}

// into runs a and stores its value in dst, so it can be a step of chromedp.Do.
func into[T any](a chromedp.Action[T], dst *T) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		v, err := a(ctx, t)
		*dst = v
		return chromedp.Void{}, err
	}
}
