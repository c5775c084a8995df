package extract

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"actas"
)

// gold is a hand-made extraction in the format of ANNOTATION.md.
type gold struct {
	Document string `json:"document"`
	Meeting  struct {
		BodyEN      string `json:"body_en"`
		StartDate   string `json:"start_date"`
		EndDate     string `json:"end_date"`
		CountryISO3 string `json:"country_iso3"`
		Language    string `json:"language"`
	} `json:"meeting"`
	Participants []string `json:"participants"`
	Agreements   []struct {
		Number   string   `json:"number"`
		Action   string   `json:"action"`
		Actions  []string `json:"actions"`
		Mentions []string `json:"mentions"`
	} `json:"agreements"`
	Commitments []struct {
		Number      string `json:"number"`
		Responsible string `json:"responsible"`
		DueEnd      string `json:"due_end"`
		Index       *int   `json:"index"`
	} `json:"commitments"`
}

// score counts matches of one aspect.
type score struct{ tp, fp, fn int }

func (s *score) add(g, p []string) {
	gc, pc := map[string]int{}, map[string]int{}
	for _, x := range g {
		gc[x]++
	}
	for _, x := range p {
		pc[x]++
	}
	for k, n := range pc {
		m := min(n, gc[k])
		s.tp += m
		s.fp += n - m
	}
	for k, n := range gc {
		s.fn += n - min(n, pc[k])
	}
}

func (s score) f1() float64 {
	if s.tp == 0 {
		return 0
	}
	p := float64(s.tp) / float64(s.tp+s.fp)
	r := float64(s.tp) / float64(s.tp+s.fn)
	return 2 * p * r / (p + r)
}

// corpusScores extracts every report of dir, mangled by each of mangle
// when given, and scores it against its gold file.
func corpusScores(t *testing.T, dir string, mangle ...func(string) string) (map[string]*score, []string) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	golds, _ := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	sc := map[string]*score{}
	for _, k := range []string{"agreements", "participants", "actions", "mentions", "commitments", "action", "due", "meeting"} {
		sc[k] = &score{}
	}
	var misses []string
	for _, gf := range golds {
		b, err := os.ReadFile(gf)
		if err != nil {
			t.Fatal(err)
		}
		var g gold
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatal(gf, err)
		}
		src, err := os.ReadFile(filepath.Join(dir, g.Document))
		if err != nil {
			t.Fatal(err)
		}
		text := string(src)
		for _, f := range mangle {
			text = f(text)
		}
		doc := &actas.Document{FileName: g.Document, Pages: splitPages(text)}
		rep, err := x.Extract(doc)
		if err != nil {
			t.Errorf("%s: %v", g.Document, err)
			continue
		}
		miss := func(f string, a ...any) { misses = append(misses, g.Document+": "+fmt.Sprintf(f, a...)) }
		m := rep.Meeting
		for _, c := range []struct{ name, got, want string }{
			{"body", m.BodyEN, g.Meeting.BodyEN},
			{"start", m.StartDate.Format("2006-01-02"), g.Meeting.StartDate},
			{"country", m.CountryISO3, g.Meeting.CountryISO3},
			{"language", m.Language, g.Meeting.Language},
		} {
			ok := strings.EqualFold(c.got, c.want)
			sc["meeting"].add([]string{c.name + "=" + c.want}, []string{c.name + "=" + c.got})
			if !ok {
				miss("meeting %s = %q, want %q", c.name, c.got, c.want)
			}
		}
		parts := countryIDs(rep.Participants)
		sc["participants"].add(g.Participants, parts)
		if d := diff(g.Participants, parts); d != "" {
			miss("participants %s", d)
		}
		var gn, pn []string
		for _, a := range g.Agreements {
			gn = append(gn, a.Number)
		}
		for _, a := range rep.Agreements {
			pn = append(pn, a.Number)
		}
		sc["agreements"].add(gn, pn)
		if strings.Join(gn, " ") != strings.Join(pn, " ") {
			miss("numbers\n   got  %v\n   want %v", pn, gn)
		}
		pairs := lcs(gn, pn)
		for _, pr := range pairs {
			ga, pa := g.Agreements[pr[0]], rep.Agreements[pr[1]]
			key := fmt.Sprintf("%s#%d", ga.Number, pr[0])
			sc["action"].add([]string{key + ga.Action}, []string{key + string(pa.Action)})
			if ga.Action != string(pa.Action) {
				miss("%s action %s, want %s | %s", ga.Number, pa.Action, ga.Action, cut(pa.Text))
			}
			var pacts, pm []string
			for _, c := range pa.Clauses {
				pacts = append(pacts, string(c.Action))
			}
			sc["actions"].add(uniq(ga.Actions), uniq(pacts))
			if d := diff(uniq(ga.Actions), uniq(pacts)); d != "" {
				miss("%s actions %s | %s", ga.Number, d, cut(pa.Text))
			}
			for _, e := range pa.Mentions {
				if e.Type == actas.EntityCountry || e.Type == actas.EntityOrganisation {
					pm = append(pm, e.ID)
				}
			}
			sc["mentions"].add(ga.Mentions, pm)
			if d := diff(ga.Mentions, pm); d != "" {
				miss("%s mentions %s", ga.Number, d)
			}
			var gc, pc []string
			gdue := map[string]string{}
			for _, c := range g.Commitments {
				idx := indexOf(gn, c.Number)
				if c.Index != nil {
					idx = *c.Index
				}
				if idx == pr[0] {
					gc = append(gc, c.Responsible)
					gdue[c.Responsible] = c.DueEnd
				}
			}
			for _, c := range pa.Commitments {
				id := c.Responsible.ID
				pc = append(pc, id)
				if want, ok := gdue[id]; ok && want != "" {
					got := ""
					if !c.DueEnd.IsZero() {
						got = c.DueEnd.Format("2006-01-02")
					}
					sc["due"].add([]string{want}, []string{got})
					if got != want {
						miss("%s due of %s = %q, want %q (%q)", ga.Number, id, got, want, c.DueText)
					}
				}
			}
			sc["commitments"].add(gc, pc)
			if d := diff(gc, pc); d != "" {
				miss("%s commitments %s | %s", ga.Number, d, cut(pa.Text))
			}
		}
	}
	return sc, misses
}

func indexOf(xs []string, x string) int {
	for i, y := range xs {
		if y == x {
			return i
		}
	}
	return -1
}

func cut(s string) string {
	if len(s) > 110 {
		return s[:110]
	}
	return s
}

func uniq(xs []string) []string {
	m := map[string]bool{}
	var out []string
	for _, x := range xs {
		if !m[x] {
			m[x] = true
			out = append(out, x)
		}
	}
	sort.Strings(out)
	return out
}

// diff describes what is missed and extra in got against want.
func diff(want, got []string) string {
	w, g := map[string]int{}, map[string]int{}
	for _, x := range want {
		w[x]++
	}
	for _, x := range got {
		g[x]++
	}
	var miss, extra []string
	for k, n := range w {
		if g[k] < n {
			miss = append(miss, k)
		}
	}
	for k, n := range g {
		if w[k] < n {
			extra = append(extra, k)
		}
	}
	sort.Strings(miss)
	sort.Strings(extra)
	if len(miss)+len(extra) == 0 {
		return ""
	}
	return fmt.Sprintf("missed %v extra %v", miss, extra)
}

// lcs aligns two sequences and returns the index pairs of their longest
// common subsequence.
func lcs(a, b []string) [][2]int {
	n, m := len(a), len(b)
	t := make([][]int, n+1)
	for i := range t {
		t[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				t[i][j] = t[i+1][j+1] + 1
			} else {
				t[i][j] = max(t[i+1][j], t[i][j+1])
			}
		}
	}
	var out [][2]int
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case a[i] == b[j]:
			out = append(out, [2]int{i, j})
			i++
			j++
		case t[i+1][j] >= t[i][j+1]:
			i++
		default:
			j++
		}
	}
	return out
}

// atBar fails t for each aspect of sc that has counts and an F1 below
// bar(aspect); an aspect whose bar is negative is not checked.
func atBar(t *testing.T, label string, sc map[string]*score, bar func(aspect string) float64) {
	t.Helper()
	keys := make([]string, 0, len(sc))
	for k := range sc {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		s, b := sc[k], bar(k)
		if s.tp+s.fp+s.fn == 0 || b < 0 {
			continue
		}
		if f := s.f1(); f < b {
			t.Errorf("%s: %s f1 %.3f below %.2f", label, k, f, b)
		}
	}
}

// TestCorpus scores extraction on the reports in testdata/corpus against the
// issue's quality bars.
func TestCorpus(t *testing.T) {
	sc, misses := corpusScores(t, "testdata/corpus")
	for _, m := range misses {
		t.Log(m)
	}
	bars := map[string]float64{"agreements": 0.98, "participants": 0.99, "action": 0.95, "actions": 0.93, "mentions": 0.93, "commitments": 0.90, "due": 0.90, "meeting": 0.95}
	keys := make([]string, 0, len(bars))
	for k := range bars {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		s := sc[k]
		f := s.f1()
		t.Logf("%-13s f1=%.3f tp=%d fp=%d fn=%d", k, f, s.tp, s.fp, s.fn)
		if f < bars[k] {
			t.Errorf("%s: f1 %.3f below %.2f", k, f, bars[k])
		}
	}
}
