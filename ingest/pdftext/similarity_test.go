package pdftext

import "strings"

// wordSimilarity returns 2·LCS/(len a + len b) over the words of a and b,
// like Python's difflib ratio on word lists.
func wordSimilarity(a, b string) float64 {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa)+len(wb) == 0 {
		return 1
	}
	prev := make([]int, len(wb)+1)
	cur := make([]int, len(wb)+1)
	for i := 1; i <= len(wa); i++ {
		for j := 1; j <= len(wb); j++ {
			switch {
			case wa[i-1] == wb[j-1]:
				cur[j] = prev[j-1] + 1
			case prev[j] >= cur[j-1]:
				cur[j] = prev[j]
			default:
				cur[j] = cur[j-1]
			}
		}
		prev, cur = cur, prev
	}
	return 2 * float64(prev[len(wb)]) / float64(len(wa)+len(wb))
}
