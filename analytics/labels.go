package analytics

import (
	"hash/fnv"
	"strings"
)

// actionOrder lists the agreement actions in reading order; each has its own colour.
var actionOrder = []string{"thank", "congratulate", "take_note", "approve", "agree", "request", "recommend",
	"entrust", "commit", "offer", "other", "none"}

// actionColors gives every action one fixed colour, the same on every chart and filter.
var actionColors = map[string]string{
	"thank": "#66c2a5", "congratulate": "#1b9e77", "take_note": "#8da0cb", "approve": "#7570b3",
	"agree": "#e7298a", "request": "#fc8d62", "recommend": "#e6ab02", "entrust": "#a6761d",
	"commit": "#d95f02", "offer": "#b2df8a", "other": "#bdbdbd", "none": "#636363",
}

// statusOrder lists commitment statuses in a fixed order.
var statusOrder = []string{"fulfilled", "overdue", "pending", "not assessable"}

// statusColors gives commitment statuses and attendance fixed colours.
var statusColors = map[string]string{"fulfilled": "#2e7d32", "overdue": "#c62828", "pending": "#9e9e9e",
	"not assessable": "#d7ccc8", "attended": "#1565c0", "not attended": "#ef9a9a", "named": "#1565c0", "not named": "#cfd8dc"}

// bodyColors gives the bodies of data/bodies.csv fixed colours; others get one from bodyPalette.
var bodyColors = map[string]string{
	"vmm": "#12355b", "rcgm": "#2a7ab0", "rlcp": "#5aae61", "rltp": "#9970ab", "lon_cp": "#5aae61", "lon_tip": "#9970ab",
	"rcm_wg_children": "#f1a340", "rcm_wg_labour": "#b35806", "rcm_wg_extraregional": "#d6604d", "rcm_wg_extracontinental": "#e08214",
	"rcm_wg_return": "#8c510a", "csm": "#01665e", "bali_tfpp": "#c51b7d", "bali_ministerial": "#8e0152",
}

// bodyPalette colours a body not in bodyColors, by a hash of its id so it never changes.
var bodyPalette = []string{"#1b7837", "#762a83", "#e08214", "#35978f", "#bf812d", "#4d9221", "#de77ae", "#4393c3"}

// seriesColor returns the fixed colour of an action, status or body key, or "".
func seriesColor(kind, key string) string {
	switch kind {
	case "action":
		return actionColors[key]
	case "status":
		return statusColors[key]
	case "body":
		if c, ok := bodyColors[key]; ok {
			return c
		}
		h := fnv.New32a()
		h.Write([]byte(key))
		return bodyPalette[h.Sum32()%uint32(len(bodyPalette))]
	}
	return ""
}

// humanLabel turns a code such as take_note or member_states into words.
func humanLabel(code string) string {
	switch code {
	case "none":
		return "no action"
	case "":
		return "unknown"
	}
	return strings.ReplaceAll(code, "_", " ")
}

// rank returns where key sits in order, or len(order) when it is not there.
func rank(order []string, key string) int {
	for i, k := range order {
		if k == key {
			return i
		}
	}
	return len(order)
}
