package extract

import (
	"strings"
	"testing"
)

// TestAnnexesOpenParagraphs checks that a numbered annex in capitals opens
// a paragraph of its own in text that lost its line breaks, wherever it
// stands, so that an agenda's numbers are no points and the list of
// participants after it is read as one.
func TestAnnexesOpenParagraphs(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "REGIONAL CONFERENCE ON MIGRATION Regional Consultation Group on Migration Tegucigalpa, 6-7 March 2024 " +
		"Outcomes 1) To approve the work plan of the Technical Secretariat for 2024, as presented by the Technical Secretariat at the meeting. " +
		"2) To request IOM to present a study on return by the next meeting of the RCGM in November 2024. 3) To thank Honduras for hosting the meeting. " +
		"RCGM | Tegucigalpa | March 2024 ANNEX I – AGENDA 1. Opening of the meeting 2. Report of the Technical Secretariat 3. Other business " +
		"ANNEX II – LIST OF PARTICIPANTS Belize — Ms. Ana Lopez, Director of Immigration Guatemala — Mr. Luis Paz, Deputy Director\n"
	got := opensLines(t, x, text, "\nANNEX I – AGENDA", "\nANNEX II – LIST OF PARTICIPANTS")
	if ps := x.annexParticipants(got, map[string]bool{}); len(ps) != 2 {
		t.Errorf("annexed participants %v, want Belize and Guatemala", ps)
	}
}

// TestAnnexOfMembersOpensParagraph checks that an annex listing the
// members and observers represented ends the last point where the line
// breaks were lost.
func TestAnnexOfMembersOpensParagraph(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "THE BALI PROCESS Working Group on Trafficking in Persons Manila, 13-14 November 2018 " +
		"1. Members took note of the report of the Co-Chairs on the activities of the Working Group in 2018, as presented at the meeting. " +
		"2. Members agreed that the Working Group would hold its next meeting in Bangkok, Thailand, on 4-5 June 2019. " +
		"Annex A: List of members and observers represented Members Observers Australia (Co-Chair) Canada Bangladesh Fiji Indonesia (Co-Chair) Japan\n"
	opensLines(t, x, text, "\nAnnex A: List of members and observers")
	// an unnumbered annex in capitals after a signature block, with no stop before it
	signed := "1. We commit to strengthen the exchange of information between our consular networks on migrants stranded at borders. " +
		"2. We thank the Government and people of Honduras for their warm hospitality and for the excellent organization of the meeting. " +
		"For Belize For Canada For Panama For the United States of America ANNEX LIST OF DELEGATIONS Member Countries Belize - Ministry of Immigration Canada - Immigration, Refugees and Citizenship Canada\n"
	opensLines(t, x, signed, "\nANNEX LIST OF DELEGATIONS")
}

// TestChapterBeforeAcronym checks that a numbered chapter title in
// capitals whose text opens with an acronym ("V. PRESENTATIONS BY OBSERVER
// ORGANIZATIONS IOM presented ...") is cut before the acronym, "V." read as
// a roman five, where the line breaks were lost.
func TestChapterBeforeAcronym(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "4.3 To urge the Member Countries that have not yet paid their contributions to do so before the end of 2012. " +
		"4.4 The United States of America will make its contribution to the Technical Secretariat in January 2013. " +
		"V. PRESENTATIONS BY OBSERVER ORGANIZATIONS AND CIVIL SOCIETY IOM presented the results of its regional study on extra-regional flows. " +
		"VI. OTHER BUSINESS 6.1 To thank the Government of Panama for its hospitality.\n"
	opensLines(t, x, text, "\nV. PRESENTATIONS BY OBSERVER ORGANIZATIONS AND CIVIL SOCIETY", "\nIOM presented")
}

// opensLines checks that each of wants stands in text once its line breaks
// are put back (a "\n" first: it opens a line), and returns that text.
func opensLines(t *testing.T, x *Extractor, text string, wants ...string) string {
	t.Helper()
	got := relineate(text, x.rules).text
	for _, want := range wants {
		if !strings.Contains(got, want) {
			t.Errorf("%q does not open a line in\n%s", want, got)
		}
	}
	return got
}

// TestStopBeforeNoteMark checks that a footnote's mark after a stop
// ("... December 2018.(1) We commit ...", "... 2018.¹ We ...") still ends the
// sentence, so the next paragraph of a declaration opens a line where the
// line breaks were lost.
func TestStopBeforeNoteMark(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	const open = "The Vice-Ministers of the Regional Conference on Migration, meeting in Guatemala City on 7 and 8 November 2019, declare: "
	opensLines(t, x, open+"We take note of the adoption of the Global Compact at the Conference held in Marrakech in December 2018.(1) We commit to strengthen cooperation with the countries of origin of extra-regional migrants. We thank Guatemala for its hospitality.\n", "\nWe commit to strengthen")
	opensLines(t, x, open+"We take note of the adoption of the Global Compact at the Conference held in Marrakech in December 2018.¹ We commit to strengthen cooperation with the countries of origin of extra-regional migrants. We thank Guatemala for its hospitality.\n", "\nWe commit to strengthen")
}

// TestMarkersAfterTitles reads a numbered paragraph as opening a line where
// the line breaks were lost, after a footnote's mark on the sentence before
// it ("... any other business.¹ 4. Following ...") and after a session's
// heading ("Session 2: Forced labour in the fishing sector 5. The Working
// Group ...").
func TestMarkersAfterTitles(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text  string
		wants []string
	}{
		{"THE PRAGUE PROCESS SENIOR OFFICIALS' MEETING Warsaw, 11-12 March 2014 CONCLUSIONS OF THE CHAIR 1. The Senior Officials' Meeting of the Prague Process was held in Warsaw on 11 and 12 March 2014 at the invitation of the Ministry of the Interior of Poland. 2. The meeting was attended by delegations of Armenia, Austria, Georgia and Poland, as well as representatives of the European Commission and ICMPD. 3. The agenda comprised (i) the review of the implementation of the Action Plan, (ii) the results of the pilot projects and (iii) any other business.¹ 4. Following the discussions, the Senior Officials: a. took note of the Implementation Report presented by ICMPD; b. invited the participating states to nominate national contact points by 30 April 2014; c. thanked the Polish authorities for their hospitality.\n", []string{"\n4. Following"}},
		{"THE BALI PROCESS WORKING GROUP ON TRAFFICKING IN PERSONS Manila, 13-14 September 2018 CO-CHAIRS' SUMMARY Opening 1. The fourth meeting of the Working Group was held in Manila on 13-14 September 2018, hosted by the Government of the Philippines. 2. The International Organization for Migration attended as an observer. Session 1: Implementation of the 2018 Ministerial Declaration 3. The Working Group recalled the Declaration adopted by Ministers in August 2018. 4. Members shared recent legislative developments. Session 2: Forced labour in the fishing sector 5. The Working Group took note of the presentation by ILO. 6. Members thanked the Government of the Philippines for its hospitality.\n", []string{"\n3. The Working Group", "\n5. The Working Group"}},
	} {
		opensLines(t, x, tc.text, tc.wants...)
	}
}
