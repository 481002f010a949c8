package retrieval

import "testing"

// TestGateNumberWithUnit: a number with its unit ("10 ngày", "3 tháng")
// is a piece of evidence where a number alone is not. Vietnamese units
// are stop words, so a short Vietnamese question whose other words are
// syllables ("Nếu sửa chữa không xong trong 10 ngày thì sao?") had one
// unit of evidence and found no passage, with or without diacritics.
// The unit does not stand alone: without the repair, or with another
// count, the passage still does not bear on it.
func TestGateNumberWithUnit(t *testing.T) {
	checkGate(t, []gateCase{
		{"Nếu sửa chữa không xong trong 10 ngày thì sao?", "Nếu sửa chữa cây cầu không xong trong 10 ngày, tàu sẽ đi qua cảng Oslo.", true},
		{"Neu sua chua khong xong trong 10 ngay thi sao?", "Nếu sửa chữa cây cầu không xong trong 10 ngày, tàu sẽ đi qua cảng Oslo.", true},
		{"Nếu sửa chữa không xong trong 10 ngày thì sao?", "Các kỹ sư sẽ tiếp tục sửa chữa cây cầu gần Oslo.", false},
		{"Nếu sửa chữa không xong trong 10 ngày thì sao?", "Các kỹ sư sẽ tiếp tục sửa chữa cây cầu gần Oslo trong 3 tháng.", false},
		{"Nếu sửa chữa không xong trong 10 ngày thì sao?", "Tàu sẽ cập cảng Oslo sau 10 ngày trên biển.", false},
	})
}
