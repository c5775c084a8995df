package followup

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// synthetic builds an archive of meetings × perMeeting commitments about
// products with made-up names, with a thank-you for about a third of them a
// few meetings later and unrelated points in between.
func synthetic(meetings, perMeeting int) series {
	rng := rand.New(rand.NewPCG(1, 2))
	parties := []fxMention{{"organisation", "IOM", "OIM"}, {"organisation", "UNHCR", "ACNUR"}, {"organisation", "UNICEF", "UNICEF"},
		{"organisation", "UNODC", "UNODC"}, {"organisation", "TS", "ST"}, {"country", "GTM", "Guatemala"}, {"country", "HND", "Honduras"},
		{"country", "MEX", "México"}, {"country", "PAN", "Panamá"}, {"country", "CRI", "Costa Rica"}, {"country", "SLV", "El Salvador"}}
	products := []string{"el estudio", "la guía", "el curso virtual", "el taller regional", "el directorio", "el protocolo", "el mapeo", "el informe"}
	topics := []string{"trata de personas", "niñez migrante no acompañada", "protección consular", "retorno asistido", "albergues",
		"tráfico ilícito de migrantes", "personas desaparecidas", "trabajadores migrantes", "protección internacional", "reintegración"}
	syllables := []string{"ka", "lu", "me", "ta", "ro", "si", "pa", "ne", "do", "vi", "gu", "se", "mo", "ri", "za", "te", "no", "fa", "li", "bo"}
	title := func() string {
		w := ""
		for range 3 {
			w += syllables[rng.IntN(len(syllables))]
		}
		return "Programa " + strings.ToUpper(w[:1]) + w[1:]
	}
	var s series
	s.Name = "synthetic"
	start := time.Date(2000, 1, 10, 0, 0, 0, 0, time.UTC)
	type pending struct {
		party   fxMention
		product string
		topic   string
		at      int
	}
	var todo []pending
	for m := range meetings {
		mid := fmt.Sprintf("m%03d", m)
		s.Meetings = append(s.Meetings, fxMeeting{ID: mid, Body: "rcgm", Start: start.AddDate(0, 0, 45*m).Format(time.DateOnly), Lang: "es"})
		seq := 0
		add := func(action, text string, ms ...fxMention) string {
			seq++
			id := fmt.Sprintf("%s-%03d", mid, seq)
			s.Agreements = append(s.Agreements, fxAgree{ID: id, Meeting: mid, Seq: seq, Number: fmt.Sprint(seq), Action: action,
				Text: text, Clauses: []fxClause{{Action: action, Text: text}}, Mentions: ms})
			return id
		}
		var keep []pending
		for _, p := range todo {
			if p.at == m {
				add("thank", fmt.Sprintf("Agradecer a %s por haber compartido con los Puntos Focales %s sobre %s.", p.party.Surface, p.product, p.topic), p.party)
			} else {
				keep = append(keep, p)
			}
		}
		todo = keep
		for range 5 {
			p := parties[rng.IntN(len(parties))]
			add("thank", fmt.Sprintf("Agradecer a %s por su presentación sobre %s.", p.Surface, topics[rng.IntN(len(topics))]), p)
		}
		for n := range perMeeting {
			p, prod := parties[rng.IntN(len(parties))], products[rng.IntN(len(products))]
			topic := topics[rng.IntN(len(topics))] + " del " + title()
			id := add("commit", fmt.Sprintf("%s se compromete a socializar %s sobre %s.", p.Surface, prod, topic), p)
			s.Commits = append(s.Commits, fxCommit{ID: id + "-1", Agreement: id, Clause: 1, Action: "commit",
				Type: p.Type, Resp: p.ID, DueEnd: start.AddDate(0, 0, 45*m+30*(n%4)).Format(time.DateOnly)})
			if rng.IntN(3) == 0 {
				todo = append(todo, pending{p, prod, topic, m + 1 + rng.IntN(3)})
			}
		}
	}
	return s
}

// BenchmarkRun links 2,000 synthetic commitments over 200 meetings.
func BenchmarkRun(b *testing.B) {
	s := synthetic(200, 10)
	db := openDB(b)
	s.load(b, db)
	b.ResetTimer()
	for b.Loop() {
		if err := Run(context.Background(), db); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	var linked int
	if err := db.QueryRow(`SELECT count(fulfilled_by_agreement_id) FROM commitment_followups`).Scan(&linked); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(len(s.Commits)), "commitments")
	b.ReportMetric(float64(linked), "linked")
}
