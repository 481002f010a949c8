package answer_test

import "testing"

// TestEndToEndGovernmentBodies asks, across languages, about reports that
// name a government body of one side by its own name or abbreviation:
// Rosaviatsia (Russian, asked in English and Vietnamese), the US Commerce
// Department (English, asked as "Минторг США" and "Bộ Thương mại Mỹ"),
// the FSB (Vietnamese, asked by its English and Russian names) and the FAA
// (English, asked in Russian and Vietnamese). Each has a near-miss twin
// that names another body in the same place (the FAA for Rosaviatsia, the
// Treasury for Commerce, the FSO for the FSB, the NTSB for the FAA), which
// must still be refused.
func TestEndToEndGovernmentBodies(t *testing.T) {
	sets := []freshSet{{"testdata/agencies/*.md", []freshQuestion{
		{"Until when did the Federal Air Transport Agency extend the closure of southern Russian airports?", []string{"ag-ru-rosaviatsiya"}},
		{"Cục Hàng không Nga gia hạn đóng cửa các sân bay miền nam đến ngày nào?", []string{"ag-ru-rosaviatsiya"}},
		{"Until when did the FAA extend the closure of southern Russian airports?", nil},
		{"Сколько российских компаний Минторг США внёс в свой чёрный список?", []string{"ag-en-commerce"}},
		{"Bộ Thương mại Mỹ đã đưa bao nhiêu công ty Nga vào danh sách đen?", []string{"ag-en-commerce"}},
		{"Сколько российских компаний Минфин США внёс в свой чёрный список?", nil},
		{"How many people did the Federal Security Service detain in Kaliningrad?", []string{"ag-vi-fsb"}},
		{"Сколько человек задержала Федеральная служба безопасности в Калининграде?", []string{"ag-vi-fsb"}},
		{"How many people did the Federal Protective Service detain in Kaliningrad?", nil},
		{"До какого срока Федеральное управление гражданской авиации США продлило запрет на полёты над Россией?", []string{"ag-en-faa"}},
		{"Cục Hàng không Liên bang Mỹ (FAA) gia hạn lệnh cấm bay qua Nga đến khi nào?", []string{"ag-en-faa"}},
		{"Until when did the National Transportation Safety Board extend the ban on flights over Russia?", nil},
	}}}
	good, total := askFreshSets(t, sets, nil)
	t.Logf("%d of %d government-body questions behave", good, total)
}
