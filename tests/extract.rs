//! The extractor on real Vietnamese phrases: each row a text and exactly the entities it holds
//! (kind, text, value), grouped by form.

mod common;

use vnparse::extract::{extract, Field};

/// (kind, text, value) of every entity the default extractor finds in `text`.
fn found(text: &str) -> Vec<(String, String, String)> {
    common::found_by(&vnparse::Extractor::new(), text)
}

fn field(text: &str, index: usize, name: &str) -> Option<String> {
    let entity = extract(text).into_iter().nth(index)?;
    entity
        .fields()
        .into_iter()
        .find(|(n, _)| *n == name)
        .map(|(_, f)| match f {
            Field::Text(s) => s,
            Field::Int(n) => n.to_string(),
        })
}

/// A text and the (kind, text, value) of every entity in it.
type Row<'a> = (&'a str, &'a [(&'a str, &'a str, &'a str)]);

fn check(rows: &[Row<'_>]) {
    for (text, want) in rows {
        let want: Vec<(String, String, String)> = want
            .iter()
            .map(|(k, t, v)| (k.to_string(), t.to_string(), v.to_string()))
            .collect();
        assert_eq!(found(text), want, "in {text:?}");
    }
}

#[test]
fn money() {
    check(&[
        (
            "tổng số tiền 810 triệu đồng để chăm lo",
            &[("money", "810 triệu đồng", "810000000")],
        ),
        (
            "là trên 600 triệu đồng;",
            &[("money", "trên 600 triệu đồng", "600000000")],
        ),
        (
            "1.337 triệu đồng",
            &[("money", "1.337 triệu đồng", "1337000000")],
        ),
        (
            "dự kiến gần 1,5 tỷ đồng.",
            &[("money", "gần 1,5 tỷ đồng", "1500000000")],
        ),
        (
            "đạt 19,5 tỷ USD, tăng",
            &[("money", "19,5 tỷ USD", "19500000000")],
        ),
        (
            "cam kết 542 triệu euro vốn ODA",
            &[("money", "542 triệu euro", "542000000")],
        ),
        (
            "lên 360.000 đồng/tháng",
            &[("money", "360.000 đồng", "360000")],
        ),
        ("giá 500.000đ một suất", &[("money", "500.000đ", "500000")]),
        (
            "khoảng 1.000  tỷ đồng",
            &[("money", "khoảng 1.000  tỷ đồng", "1000000000000")],
        ),
        (
            "từ 5 đến 10 triệu đồng",
            &[("money", "từ 5 đến 10 triệu đồng", "5000000..10000000")],
        ),
        (
            "5-10 triệu đồng",
            &[("money", "5-10 triệu đồng", "5000000..10000000")],
        ),
        (
            "4,5 - 6 triệu đồng",
            &[("money", "4,5 - 6 triệu đồng", "4500000..6000000")],
        ),
        (
            "50.000 - 150.000 đồng",
            &[("money", "50.000 - 150.000 đồng", "50000..150000")],
        ),
        (
            "giá 11$ – 12,5$",
            &[("money", "11$", "11"), ("money", "12,5$", "12.5")],
        ),
        (
            "tăng từ 1 tỷ USD trở lên",
            &[("money", "từ 1 tỷ USD trở lên", "1000000000")],
        ),
        ("giá $5 mỗi cái", &[("money", "$5", "5")]),
        (
            "1 tỷ 200 triệu đồng",
            &[("money", "1 tỷ 200 triệu đồng", "1200000000")],
        ),
        (
            "hai triệu rưỡi đồng",
            &[("money", "hai triệu rưỡi đồng", "2500000")],
        ),
        ("100 VNĐ", &[("money", "100 VNĐ", "100")]),
        (
            "15 nghìn tỷ đồng",
            &[("money", "15 nghìn tỷ đồng", "15000000000000")],
        ),
        ("10 đô la Mỹ", &[("money", "10 đô la Mỹ", "10")]),
        ("30 nhân dân tệ", &[("money", "30 nhân dân tệ", "30")]),
        ("3 đồng chí được khen", &[("quantity", "3 đồng chí", "3")]),
    ]);
    assert_eq!(field("giá 11$", 0, "unit").as_deref(), Some("USD"));
    assert_eq!(field("30 nhân dân tệ", 0, "unit").as_deref(), Some("CNY"));
    assert_eq!(
        field("gần 1,5 tỷ đồng", 0, "approx").as_deref(),
        Some("nearly")
    );
    assert_eq!(
        field("ước đạt trên 5 tỷ đồng", 0, "approx").as_deref(),
        Some("over")
    );
    assert_eq!(
        field("từ 1 tỷ USD trở lên", 0, "approx").as_deref(),
        Some("at_least")
    );
    assert_eq!(
        field("tối đa 100 triệu đồng", 0, "approx").as_deref(),
        Some("at_most")
    );
}

#[test]
fn numbers_and_scales() {
    check(&[
        ("• Tất cả: 81737066", &[("number", "81737066", "81737066")]),
        ("đạt trên 27 tỉ", &[("number", "trên 27 tỉ", "27000000000")]),
        (
            "3 triệu/tháng 25m²",
            &[("number", "3 triệu", "3000000"), ("quantity", "25m²", "25")],
        ),
        (
            "khoảng 10 triệu nữa",
            &[("number", "khoảng 10 triệu", "10000000")],
        ),
        ("hai mươi mốt", &[("number", "hai mươi mốt", "21")]),
        ("con số hai mươi mốt", &[("number", "hai mươi mốt", "21")]),
        ("mã 500k", &[("number", "500k", "500000")]),
        ("nhóm 1 và 2", &[("number", "1", "1"), ("number", "2", "2")]),
        (
            "Điều 5, 6 Nghị định",
            &[("number", "5", "5"), ("number", "6", "6")],
        ),
        ("cùng kỳ 2023.", &[("number", "2023", "2023")]),
        ("âm 1.200.000", &[("number", "âm 1.200.000", "-1200000")]),
        ("dịch Covid-19 và HP22, VTV1", &[]),
        ("quốc lộ 1A", &[]),
        ("năm nay", &[]),
        ("một số người", &[]),
        ("một trong những", &[]),
        ("Ngã Năm và Bốn Xã", &[]),
    ]);
}

#[test]
fn percentages() {
    check(&[
        ("tỷ lệ 7,22%;", &[("percent", "7,22%", "7.22")]),
        ("đạt 100 %", &[("percent", "100 %", "100")]),
        ("bảy phần trăm", &[("percent", "bảy phần trăm", "7")]),
        ("từ 5-7%/năm", &[("percent", "từ 5-7%", "5..7")]),
        ("5,8-6%", &[("percent", "5,8-6%", "5.8..6")]),
        (
            "từ 61% đến 80%",
            &[("percent", "61%", "61"), ("percent", "80%", "80")],
        ),
        ("dưới 1,5% -", &[("percent", "dưới 1,5%", "1.5")]),
        ("12.5%/năm", &[("percent", "12.5%", "12.5")]),
        ("tăng 7,20%", &[("percent", "7,20%", "7.2")]),
    ]);
    assert_eq!(field("vượt 5%", 0, "approx"), None);
    assert_eq!(field("khoảng 38,7%", 0, "approx").as_deref(), Some("about"));
}

#[test]
fn quantities_and_ratios() {
    check(&[
        (
            "là 54.205 đối tượng",
            &[("quantity", "54.205 đối tượng", "54205")],
        ),
        ("4.018 hộ nghèo", &[("quantity", "4.018 hộ", "4018")]),
        (
            "06 tập thể và 08 cá nhân",
            &[
                ("quantity", "06 tập thể", "6"),
                ("quantity", "08 cá nhân", "8"),
            ],
        ),
        ("diện tích 74,8 ha", &[("quantity", "74,8 ha", "74.8")]),
        ("từ năm 16 tuổi", &[("quantity", "16 tuổi", "16")]),
        ("gấp 1,8 lần", &[("quantity", "1,8 lần", "1.8")]),
        ("ba lần", &[("quantity", "ba lần", "3")]),
        (
            "dưới năm tiêu chí",
            &[("quantity", "dưới năm tiêu chí", "5")],
        ),
        (
            "57 tỉnh, thành phố trực thuộc",
            &[("quantity", "57 tỉnh, thành phố", "57")],
        ),
        ("7 - 12 tuổi", &[("quantity", "7 - 12 tuổi", "7..12")]),
        ("30m2, view đẹp", &[("quantity", "30m2", "30")]),
        ("26,5 độ C", &[("quantity", "26,5 độ C", "26.5")]),
        ("1.328 /900 hộ", &[("ratio", "1.328 /900 hộ", "1328/900")]),
        ("10/10 phường", &[("ratio", "10/10 phường", "10/10")]),
        (
            "5.775/8.227 xã",
            &[("ratio", "5.775/8.227 xã", "5775/8227")],
        ),
        ("gần 1/4 cả nước", &[("ratio", "1/4", "1/4")]),
        ("tiếp nhận 24/24h", &[("ratio", "24/24h", "24/24")]),
        ("1,328 hộ", &[("quantity", "1,328 hộ", "1328")]),
        ("gần chục năm", &[("quantity", "gần chục năm", "10")]),
    ]);
    assert_eq!(field("4.018 hộ nghèo", 0, "unit").as_deref(), Some("hộ"));
    assert_eq!(
        field("65.000 hộ gia đình", 0, "unit").as_deref(),
        Some("hộ gia đình")
    );
    assert_eq!(
        field("24/35 công ty chứng khoán", 0, "unit").as_deref(),
        Some("công ty chứng khoán")
    );
}

#[test]
fn ordinals() {
    check(&[
        (
            "Đại hội Đảng bộ quận lần thứ IV,",
            &[("ordinal", "lần thứ IV", "4")],
        ),
        (
            "Ðại hội XIII của Ðảng",
            &[("ordinal", "Ðại hội XIII", "13")],
        ),
        ("Tỉnh ủy khóa XVII.", &[("ordinal", "khóa XVII", "17")]),
        (
            "Hội nghị lần thứ Nhất,",
            &[("ordinal", "lần thứ Nhất", "1")],
        ),
        ("cao thứ hai trong", &[("ordinal", "thứ hai", "2")]),
        (
            "luyện lần một và lần hai",
            &[("ordinal", "lần một", "1"), ("ordinal", "lần hai", "2")],
        ),
        ("thế kỷ XX", &[("ordinal", "thế kỷ XX", "20")]),
        ("lần thứ 22 diễn ra", &[("ordinal", "lần thứ 22", "22")]),
        ("vào thứ hai và thứ sáu", &[]),
    ]);
}

#[test]
fn phones() {
    check(&[
        (
            "Điện thoại: 0299.3822339 - Fax: 0299.3820473",
            &[
                ("phone", "0299.3822339", "+842993822339"),
                ("phone", "0299.3820473", "+842993820473"),
            ],
        ),
        (
            "Ban biên tập: 02993.626252 -",
            &[("phone", "02993.626252", "+842993626252")],
        ),
        (
            "(084.345.8484).",
            &[("phone", "084.345.8484", "+84843458484")],
        ),
        (
            "Hotline: 0915 836 555 | Hanoi: 024 6666 3066",
            &[
                ("phone", "0915 836 555", "+84915836555"),
                ("phone", "024 6666 3066", "+842466663066"),
            ],
        ),
        (
            "(08).38464877",
            &[("phone", "(08).38464877", "+84838464877")],
        ),
        (
            "(Ví dụ: + 84- 4-5564944).",
            &[("phone", "+ 84- 4-5564944", "+8445564944")],
        ),
        (
            "+84 912 345 678",
            &[("phone", "+84 912 345 678", "+84912345678")],
        ),
        ("số 0974094824", &[("phone", "0974094824", "+84974094824")]),
        ("Tổng đài 113", &[("number", "113", "113")]),
        ("số 0123", &[("number", "0123", "123")]),
    ]);
}

#[test]
fn document_numbers() {
    check(&[
        (
            "Giấy phép số 01/GP-STTTT do",
            &[("docnum", "01/GP-STTTT", "01/GP-STTTT")],
        ),
        (
            "Nghị định 20/2021/NĐ-CP quy định",
            &[("docnum", "20/2021/NĐ-CP", "20/2021/NĐ-CP")],
        ),
        (
            "Quyết định số 809/QĐ-BQL ngày",
            &[("docnum", "809/QĐ-BQL", "809/QĐ-BQL")],
        ),
        (
            "Luật số 86/2015/QH13 và",
            &[("docnum", "86/2015/QH13", "86/2015/QH13")],
        ),
        (
            "192 /2003/QĐ-BBCVT",
            &[("docnum", "192 /2003/QĐ-BBCVT", "192/2003/QĐ-BBCVT")],
        ),
        (
            "85/1998/QĐTTg",
            &[("docnum", "85/1998/QĐTTg", "85/1998/QĐTTG")],
        ),
        // A record's serial number, seven digits with its zeros.
        (
            "Biên bản số 0012345/BB-VPHC lập hồi",
            &[("docnum", "0012345/BB-VPHC", "0012345/BB-VPHC")],
        ),
        (
            "450/TTr-STTTT",
            &[("docnum", "450/TTr-STTTT", "450/TTR-STTTT")],
        ),
    ]);
}

#[test]
fn dates() {
    check(&[
        (
            "Thứ sáu, 10/03/2023",
            &[("date", "Thứ sáu, 10/03/2023", "2023-03-10")],
        ),
        (
            "Chiều ngày 06/01, Phó",
            &[("date", "Chiều ngày 06/01", "--01-06")],
        ),
        (
            "cấp ngày 22/9/2021.",
            &[("date", "ngày 22/9/2021", "2021-09-22")],
        ),
        (
            "Thứ 6, 25.09.2020 | 17:15:19",
            &[
                ("date", "Thứ 6, 25.09.2020", "2020-09-25"),
                ("time", "17:15:19", "17:15:19"),
            ],
        ),
        (
            "diễn ra vào chiều nay (25/9).",
            &[("date", "chiều nay (25/9)", "--09-25")],
        ),
        (
            "ngày 14 tháng 10 năm 2021",
            &[("date", "ngày 14 tháng 10 năm 2021", "2021-10-14")],
        ),
        (
            "ngày 25  tháng  02 năm 2019",
            &[("date", "ngày 25  tháng  02 năm 2019", "2019-02-25")],
        ),
        (
            "dịp Tết Canh Tý 2020",
            &[("date", "Tết Canh Tý 2020", "2020-01-25")],
        ),
        (
            "Tết Nguyên đán năm 2023",
            &[("date", "Tết Nguyên đán năm 2023", "2023-01-22")],
        ),
        (
            "Tết Nguyên đán Giáp Thìn 2024,",
            &[("date", "Tết Nguyên đán Giáp Thìn 2024", "2024-02-10")],
        ),
        (
            "dịp tết nguyên đán được",
            &[("date", "tết nguyên đán", "--01-01")],
        ),
        ("đón tết vui tươi", &[]),
        (
            "Rằm tháng Giêng còn gọi",
            &[("date", "Rằm tháng Giêng", "--01-15")],
        ),
        (
            "Ngày 20 tháng Giêng năm Kỷ Hợi",
            &[("date", "Ngày 20 tháng Giêng năm Kỷ Hợi", "--01-20")],
        ),
        (
            "ngày 15/8 âm lịch",
            &[("date", "ngày 15/8 âm lịch", "--08-15")],
        ),
        (
            "chiều 16 và sáng 17.10,",
            &[
                ("date", "chiều 16", "--10-16"),
                ("date", "sáng 17.10", "--10-17"),
            ],
        ),
        (
            "các ngày 21/8, 24/8, các",
            &[
                ("date", "ngày 21/8", "--08-21"),
                ("date", "24/8", "--08-24"),
            ],
        ),
        ("Hôm qua 2-10", &[("date", "Hôm qua 2-10", "--10-02")]),
        ("10/01/17", &[("date", "10/01/17", "2017-01-10")]),
        (
            "21 thg 5, 2008",
            &[("date", "21 thg 5, 2008", "2008-05-21")],
        ),
        (
            "Chiều ngày 15/ 9 đồng chí",
            &[("date", "Chiều ngày 15/ 9", "--09-15")],
        ),
        ("ngày 31/02/2023", &[]),
        ("32/1", &[]),
        ("mùng 6 Tết", &[("date", "mùng 6 Tết", "--01-06")]),
        (
            "30/4 và 1/5 năm 2018",
            &[
                ("date", "30/4", "--04-30"),
                ("date", "1/5 năm 2018", "2018-05-01"),
            ],
        ),
    ]);
    assert_eq!(
        field("Thứ sáu, 10/03/2023", 0, "weekday").as_deref(),
        Some("5")
    );
    assert_eq!(
        field("Chiều ngày 06/01", 0, "part").as_deref(),
        Some("afternoon")
    );
    assert_eq!(
        field("ngày 15/8 âm lịch", 0, "calendar").as_deref(),
        Some("lunar")
    );
    assert_eq!(
        field("Tết Canh Tý 2020", 0, "holiday").as_deref(),
        Some("Tết Nguyên đán")
    );
}

#[test]
fn times() {
    check(&[
        ("lúc 17h30 ngày", &[("time", "17h30", "17:30")]),
        ("17g30", &[("time", "17g30", "17:30")]),
        (
            "Từ 14 giờ 30 phút đến 17 giờ 30:",
            &[
                ("time", "14 giờ 30 phút", "14:30"),
                ("time", "17 giờ 30", "17:30"),
            ],
        ),
        ("lúc 20h tối nay", &[("time", "20h tối", "20:00")]),
        ("3 giờ chiều", &[("time", "3 giờ chiều", "15:00")]),
        ("10.30 giờ tối", &[("time", "10.30 giờ tối", "22:30")]),
        (
            "vào 14h45' ngày 9/11",
            &[
                ("time", "14h45'", "14:45"),
                ("date", "ngày 9/11", "--11-09"),
            ],
        ),
        (
            "Đến 18 giờ ngày 18/2",
            &[
                ("time", "18 giờ", "18:00"),
                ("date", "ngày 18/2", "--02-18"),
            ],
        ),
    ]);
}

#[test]
fn months_quarters_years() {
    check(&[
        (
            "thời điểm tháng 02/2023,",
            &[("month", "tháng 02/2023", "2023-02")],
        ),
        (
            "tháng 7 năm 2023",
            &[("month", "tháng 7 năm 2023", "2023-07")],
        ),
        (
            "xuất khẩu tháng Sáu giảm",
            &[("month", "tháng Sáu", "--06")],
        ),
        ("trong tháng năm qua", &[]),
        (
            "trong quý II/2023,",
            &[("quarter", "quý II/2023", "2023-Q2")],
        ),
        (
            "quý 3 năm 2024",
            &[("quarter", "quý 3 năm 2024", "2024-Q3")],
        ),
        ("trong Q3/2024, đạt", &[("quarter", "Q3/2024", "2024-Q3")]),
        ("Qúy 3 là", &[("quarter", "Qúy 3", "Q3")]),
        ("ba quý đầu năm", &[("quantity", "ba quý", "3")]),
        ("năm 2022", &[("year", "năm 2022", "2022")]),
        (
            "giai đoạn 2021 -2025",
            &[("year", "giai đoạn 2021 -2025", "2021..2025")],
        ),
        (
            "năm học 2023-2024",
            &[("year", "năm học 2023-2024", "2023..2024")],
        ),
        (
            "nhiệm kỳ 2020 – 2025",
            &[("year", "nhiệm kỳ 2020 – 2025", "2020..2025")],
        ),
        (
            "năm 2020 và 2021",
            &[("year", "năm 2020", "2020"), ("year", "2021", "2021")],
        ),
        ("(2025 - 2030)", &[("year", "2025 - 2030", "2025..2030")]),
        ("từ năm 13 tuổi", &[("quantity", "13 tuổi", "13")]),
        (
            "9 tháng năm 2024",
            &[("quantity", "9 tháng", "9"), ("year", "năm 2024", "2024")],
        ),
        (
            "6 tháng đầu năm 2023",
            &[("quantity", "6 tháng", "6"), ("year", "năm 2023", "2023")],
        ),
    ]);
}

#[test]
#[cfg(feature = "gazetteer")]
fn admin_units() {
    check(&[
        (
            "TP.Sóc Trăng: Sơ kết",
            &[("admin", "TP.Sóc Trăng", "thành phố Sóc Trăng")],
        ),
        (
            "Trang thông tin điện tử huyện gia viễn",
            &[("admin", "huyện gia viễn", "huyện Gia Viễn")],
        ),
        (
            "UBND HUYỆN GIA VIỄN",
            &[("admin", "HUYỆN GIA VIỄN", "huyện Gia Viễn")],
        ),
        (
            "huyện Gia Viễn tổ chức hội nghị",
            &[("admin", "huyện Gia Viễn", "huyện Gia Viễn")],
        ),
        (
            "56 Lê Duẩn - Phường 3 - Tp Sóc Trăng.",
            &[
                ("number", "56", "56"),
                ("admin", "Phường 3", "phường 3"),
                ("admin", "Tp Sóc Trăng", "thành phố Sóc Trăng"),
            ],
        ),
        (
            "kinh tế TPHCM chiếm",
            &[("admin", "TPHCM", "thành phố Hồ Chí Minh")],
        ),
        (
            "P. Dương Nội, Q. Hà Đông, Hà Nội",
            &[
                ("admin", "P. Dương Nội", "phường Dương Nội"),
                ("admin", "Q. Hà Đông", "quận Hà Đông"),
            ],
        ),
        (
            "đặc khu Phú Quốc",
            &[("admin", "đặc khu Phú Quốc", "đặc khu Phú Quốc")],
        ),
        ("Khu phố 3", &[("admin", "Khu phố 3", "khu phố 3")]),
        ("các xã, thị trấn phụ trách", &[]),
        ("an sinh xã hội", &[]),
        ("Trung tâm Bảo trợ xã hội tỉnh", &[]),
        ("UBND 10 phường.", &[("quantity", "10 phường", "10")]),
        ("UBND thành phố Trần Văn Trí đã", &[]),
        ("H.A", &[]),
        ("tỉnh lộ 295", &[("number", "295", "295")]),
        (
            "xã Tân Thạnh, huyện Long Phú",
            &[
                ("admin", "xã Tân Thạnh", "xã Tân Thạnh"),
                ("admin", "huyện Long Phú", "huyện Long Phú"),
            ],
        ),
    ]);
    assert_eq!(field("TPHCM", 0, "level").as_deref(), Some("province"));
    assert_eq!(
        field("TP.Sóc Trăng", 0, "level").as_deref(),
        Some("district")
    );
    assert_eq!(field("ấp Tân Hội", 0, "level").as_deref(), Some("village"));
}

#[test]
#[cfg(feature = "gazetteer")]
fn decomposed_input_reads_the_same() {
    // `ngày 22/9/2021`, `huyện Gia Viễn`, `810 triệu đồng`, in NFD with the marks apart.
    let nfd = "nga\u{300}y 22/9/2021, huye\u{323}\u{302}n Gia Vie\u{302}\u{303}n, 810 trie\u{323}\u{302}u \u{111}o\u{302}\u{300}ng";
    let kinds: Vec<_> = found(nfd).into_iter().map(|(k, _, v)| (k, v)).collect();
    assert_eq!(
        kinds,
        vec![
            ("date".to_string(), "2021-09-22".to_string()),
            ("admin".to_string(), "huyện Gia Viễn".to_string()),
            ("money".to_string(), "810000000".to_string()),
        ]
    );
}

#[test]
#[cfg(feature = "gazetteer")]
fn ambiguous_units_are_resolved_by_the_units_around_them() {
    let text = "ấp Long Hòa, xã Long Trung, huyện Cai Lậy, tỉnh Tiền Giang";
    assert_eq!(field(text, 2, "code").as_deref(), Some("820"));
    // Without its province, `huyện Châu Thành` names several districts: no code.
    assert_eq!(field("huyện Châu Thành", 0, "code"), None);
    let code = field("huyện Châu Thành, tỉnh Tiền Giang", 0, "code");
    assert!(code.is_some(), "{code:?}");
    let code = field("Số 5 Đống Đa, Phường 2, Q. Tân Bình, Tp. HCM", 1, "code");
    assert!(code.is_some(), "{code:?}");
}

#[test]
fn everyday_words_that_are_not_numbers() {
    check(&[
        (
            "Ba tôi năm nay đã ngoài bảy mươi tuổi",
            &[("quantity", "ngoài bảy mươi tuổi", "70")],
        ),
        ("Một trong những nguyên nhân; một số hộ dân", &[]),
        ("Bộ Tư pháp đề nghị; Tư nhân đầu tư vào nhà ở", &[]),
        ("Mỗi năm có hàng triệu lượt khách", &[]),
        ("Hàng trăm người đã tập trung", &[]),
        ("Phiên bản 2.1.3 được phát hành", &[]),
        (
            "Tháng ba năm ấy, anh nhập ngũ",
            &[("month", "Tháng ba", "--03")],
        ),
        (
            "Năm năm qua, huyện đã làm 45 km đường",
            &[("quantity", "Năm năm", "5"), ("quantity", "45 km", "45")],
        ),
        (
            "Học phí từ 300.000 đến 1,5 triệu đồng/tháng",
            &[("money", "từ 300.000 đến 1,5 triệu đồng", "300000..1500000")],
        ),
        (
            "thu giữ hơn 100 triệu đồng tiền mặt",
            &[("money", "hơn 100 triệu đồng", "100000000")],
        ),
        (
            "Đường dây nóng: 1900 9095 và 1800 1091",
            &[
                ("phone", "1900 9095", "+8419009095"),
                ("phone", "1800 1091", "+8418001091"),
            ],
        ),
        (
            "299 người chết, 34 người mất tích",
            &[
                ("quantity", "299 người", "299"),
                ("quantity", "34 người", "34"),
            ],
        ),
    ]);
}

#[test]
fn clock_times_durations_and_hour_ranges() {
    check(&[
        (
            "khoảng 15 giờ ngày 8/3",
            &[("time", "15 giờ", "15:00"), ("date", "ngày 8/3", "--03-08")],
        ),
        (
            "khoảng 16 giờ 40 phút",
            &[("time", "16 giờ 40 phút", "16:40")],
        ),
        ("vào khoảng 21h15,", &[("time", "21h15", "21:15")]),
        ("trong 24 giờ tới", &[("quantity", "24 giờ", "24")]),
        (
            "khoảng 12 giờ tiếp theo",
            &[("quantity", "khoảng 12 giờ", "12")],
        ),
        ("sau hơn 1 giờ gây án", &[("quantity", "hơn 1 giờ", "1")]),
        (
            "24 đến 48 giờ tới",
            &[("quantity", "24 đến 48 giờ", "24..48")],
        ),
        (
            "là 11-16 giờ mỗi ngày",
            &[("time", "11", "11:00"), ("time", "16 giờ", "16:00")],
        ),
        (
            "khung 12h-15h",
            &[("time", "12h", "12:00"), ("time", "15h", "15:00")],
        ),
        (
            "từ 7-9 giờ sáng",
            &[("time", "7", "07:00"), ("time", "9 giờ sáng", "09:00")],
        ),
        ("2:29:58 PM", &[("time", "2:29:58 PM", "14:29:58")]),
        ("12:05 AM", &[("time", "12:05 AM", "00:05")]),
        (
            "thắng 2-1, tỷ số 4-1",
            &[
                ("number", "2", "2"),
                ("number", "1", "1"),
                ("number", "4", "4"),
                ("number", "1", "1"),
            ],
        ),
    ]);
}

#[test]
fn days_around_tet_and_parts_of_the_day_apart() {
    check(&[
        (
            "lúc 13h chiều nay (28/8)",
            &[("time", "13h chiều", "13:00"), ("date", "28/8", "--08-28")],
        ),
        ("Sáng nay 4-7, tại", &[("date", "Sáng nay 4-7", "--07-04")]),
        (
            "từ ngày 5-6/9",
            &[("date", "từ ngày 5", "--09-05"), ("date", "6/9", "--09-06")],
        ),
        ("ngày 30 Tết", &[("date", "ngày 30 Tết", "--12-30")]),
        (
            "mùng 1 Tết 2024",
            &[("date", "mùng 1 Tết 2024", "2024-02-10")],
        ),
        (
            "nhằm ngày 29, tháng Chạp, năm 2023",
            &[("date", "ngày 29, tháng Chạp, năm 2023", "--12-29")],
        ),
        (
            "mùng 5 đến mùng 7 tháng Giêng",
            &[
                ("date", "mùng 5", "--01-05"),
                ("date", "mùng 7 tháng Giêng", "--01-07"),
            ],
        ),
        (
            "Tết Âm lịch năm 2020",
            &[("date", "Tết Âm lịch năm 2020", "2020-01-25")],
        ),
    ]);
    assert_eq!(
        field("lúc 13h chiều nay (28/8)", 1, "part").as_deref(),
        Some("afternoon")
    );
    assert_eq!(field("Sáng nay 4-7", 0, "part").as_deref(), Some("morning"));
}

#[test]
fn counts_of_more_nouns_ranges_of_plain_numbers_and_bare_months() {
    check(&[
        (
            "ban hành 8 nghị quyết",
            &[("quantity", "8 nghị quyết", "8")],
        ),
        ("thu giữ 4 con dao", &[("quantity", "4 con dao", "4")]),
        ("Xe khách 46 chỗ", &[("quantity", "46 chỗ", "46")]),
        ("là năm tổ chức Đại hội", &[]),
        ("cuối năm Quý Mão", &[]),
        (
            "Theo Điều 5, 6 Nghị định",
            &[("number", "5", "5"), ("number", "6", "6")],
        ),
        ("tăng 5-7 bậc lương", &[("quantity", "5-7 bậc", "5..7")]),
        (
            "lương 7 - 10 triệu/tháng",
            &[("number", "7 - 10 triệu", "7000000..10000000")],
        ),
        ("giá tốt 03/2026", &[("month", "03/2026", "2026-03")]),
        ("diện tích 25M²", &[("quantity", "25M²", "25")]),
    ]);
    assert_eq!(
        field("thu giữ 4 con dao", 0, "unit").as_deref(),
        Some("con dao")
    );
}

#[test]
#[cfg(feature = "gazetteer")]
fn regions_titles_initials_and_names_the_gazetteer_lacks() {
    check(&[
        ("các tỉnh Nam Bộ", &[]),
        ("các tỉnh Trung bộ", &[]),
        (
            "Hội đồng nhân dân tỉnh Khóa X",
            &[("ordinal", "Khóa X", "10")],
        ),
        ("ông P.V.Đ. (66 tuổi", &[("quantity", "66 tuổi", "66")]),
        (
            "khu phố Long Đức 3",
            &[("admin", "khu phố Long Đức 3", "khu phố Long Đức 3")],
        ),
        (
            "huyện  Long\u{a0}Điền",
            &[("admin", "huyện  Long\u{a0}Điền", "huyện Long Điền")],
        ),
        (
            "ấp Suo\u{302}\u{301}i Sâu",
            &[("admin", "ấp Suo\u{302}\u{301}i Sâu", "ấp Suối Sâu")],
        ),
    ]);
}

#[test]
fn phones_with_the_country_code_plates_and_lines_of_capitals() {
    check(&[
        (
            "(84-28) 3829 5800",
            &[("phone", "(84-28) 3829 5800", "+842838295800")],
        ),
        (
            "(+84) 24 3825 1234",
            &[("phone", "(+84) 24 3825 1234", "+842438251234")],
        ),
        (
            "84-24-38251234",
            &[("phone", "84-24-38251234", "+842438251234")],
        ),
        ("xe BS 61C - 312.51 và 51F - 370.00", &[]),
        (
            "BỐN Ô TÔ, HAI NGƯỜI",
            &[
                ("quantity", "BỐN Ô TÔ", "4"),
                ("quantity", "HAI NGƯỜI", "2"),
            ],
        ),
    ]);
}

#[test]
fn a_label_takes_only_a_bare_number() {
    check(&[
        (
            "phát hiện 1 nhóm khoảng 15 đối tượng",
            &[
                ("quantity", "1 nhóm", "1"),
                ("quantity", "khoảng 15 đối tượng", "15"),
            ],
        ),
        (
            "húc ngã hơn 20 m dải phân cách",
            &[("quantity", "hơn 20 m", "20")],
        ),
    ]);
}

#[test]
fn forms_found_in_a_second_review_of_real_text() {
    check(&[
        (
            "dân số 31.486 người",
            &[("quantity", "31.486 người", "31486")],
        ),
        ("(1802-1945)", &[("year", "1802-1945", "1802..1945")]),
        (
            "từ 2016 đến 2021",
            &[("year", "2016 đến 2021", "2016..2021")],
        ),
        ("Tháng 12-1907", &[("month", "Tháng 12-1907", "1907-12")]),
        (
            "Sinh năm Đinh Mão (1807) tại",
            &[("year", "năm Đinh Mão (1807)", "1807")],
        ),
        (
            "tháng 1 năm Tân Sửu (1841)",
            &[("month", "tháng 1 năm Tân Sửu (1841)", "--01")],
        ),
        (
            "ngày 25 tháng 8 năm Kỉ Sửu",
            &[("date", "ngày 25 tháng 8 năm Kỉ Sửu", "--08-25")],
        ),
        ("Sáng sớm 29/4", &[("date", "Sáng sớm 29/4", "--04-29")]),
        ("trong tuần 43/2022; ngõ 12/3 Lạc Trung", &[]),
        (
            "rẻ hơn 700.000 - 800.000 đồng",
            &[("money", "700.000 - 800.000 đồng", "700000..800000")],
        ),
        (
            "Nghị quyết số 60-NQ/TW",
            &[("docnum", "60-NQ/TW", "60-NQ/TW")],
        ),
        (
            "563 xã, phường, thị trấn",
            &[("quantity", "563 xã, phường, thị trấn", "563")],
        ),
    ]);
    assert_eq!(field("ở mức 25,9 triệu đồng", 0, "approx"), None);
}

#[test]
#[cfg(feature = "gazetteer")]
fn units_whose_names_begin_like_a_person_s() {
    check(&[
        (
            "chạy từ thị xã Hà Giang",
            &[("admin", "thị xã Hà Giang", "thị xã Hà Giang")],
        ),
        (
            "thôn Đinh Môn",
            &[("admin", "thôn Đinh Môn", "thôn Đinh Môn")],
        ),
        ("phường PV, thành phố H, tỉnh TTH", &[]),
        (
            "huyện đảo Lý Sơn",
            &[("admin", "huyện đảo Lý Sơn", "huyện Lý Sơn")],
        ),
    ]);
}

#[test]
fn lists_and_ranges_of_days() {
    check(&[
        (
            "ngày 20, 21 và 22 tháng 7 năm 1883",
            &[
                ("date", "ngày 20", "1883-07-20"),
                ("date", "21", "1883-07-21"),
                ("date", "22 tháng 7 năm 1883", "1883-07-22"),
            ],
        ),
        (
            "từ ngày 7 - 13.9",
            &[
                ("date", "từ ngày 7", "--09-07"),
                ("date", "13.9", "--09-13"),
            ],
        ),
        (
            "ngày 29/8 - 1/9 Âm lịch",
            &[
                ("date", "ngày 29/8", "--08-29"),
                ("date", "1/9 Âm lịch", "--09-01"),
            ],
        ),
    ]);
    assert_eq!(
        field("ngày 29/8 - 1/9 Âm lịch", 0, "calendar").as_deref(),
        Some("lunar")
    );
}

#[test]
fn counts_of_nouns_the_lexicon_lacks() {
    check(&[
        ("trải qua 13 đời vua", &[("quantity", "13 đời vua", "13")]),
        (
            "ghi nhận 209 ổ dịch mới",
            &[("quantity", "209 ổ dịch", "209")],
        ),
        (
            "gồm 28 tập, 66 quyển",
            &[("quantity", "28 tập", "28"), ("quantity", "66 quyển", "66")],
        ),
        ("5 người chết", &[("quantity", "5 người", "5")]),
        (
            "Luật phòng cháy chữa cháy 2001 quy định",
            &[("number", "2001", "2001")],
        ),
        (
            "được giảm 20K phí vận chuyển",
            &[("number", "20K", "20000")],
        ),
        (
            "tăng 5 và giảm 3",
            &[("number", "5", "5"), ("number", "3", "3")],
        ),
        ("lớp 10 chuyên", &[("number", "10", "10")]),
    ]);
    assert_eq!(
        field("ghi nhận 209 ổ dịch mới", 0, "unit").as_deref(),
        Some("ổ dịch")
    );
}

#[test]
fn coordinated_counts_borrow_their_noun() {
    check(&[
        (
            "lần lượt 26 và 25 điểm",
            &[("quantity", "26", "26"), ("quantity", "25 điểm", "25")],
        ),
        (
            "12 xã và một thị trấn",
            &[
                ("quantity", "12 xã", "12"),
                ("quantity", "một thị trấn", "1"),
            ],
        ),
        (
            "3 triệu, 30m2",
            &[("number", "3 triệu", "3000000"), ("quantity", "30m2", "30")],
        ),
    ]);
    assert_eq!(
        field("lần lượt 26 và 25 điểm", 0, "unit").as_deref(),
        Some("điểm")
    );
}

#[test]
fn forms_found_in_a_held_out_set() {
    check(&[
        (
            "(20, 21 và 22 tháng 7 năm 1883)",
            &[
                ("date", "20", "1883-07-20"),
                ("date", "21", "1883-07-21"),
                ("date", "22 tháng 7 năm 1883", "1883-07-22"),
            ],
        ),
        (
            "Thứ Sáu, Tháng Sáu 21, 2024",
            &[("date", "Thứ Sáu, Tháng Sáu 21, 2024", "2024-06-21")],
        ),
        (
            "tháng 11 - 1883",
            &[("month", "tháng 11 - 1883", "1883-11")],
        ),
        (
            "tháng Giêng năm Canh Thìn (1820)",
            &[("month", "tháng Giêng năm Canh Thìn (1820)", "--01")],
        ),
        ("covid 19 và COVID- 19", &[]),
        ("năm 20___", &[]),
        ("(+/-10%)", &[("percent", "10%", "10")]),
        ("hai giai đoạn chính", &[("quantity", "hai giai đoạn", "2")]),
        (
            "thuộc tỉnh Bắc Thái (1965-96)",
            &[
                ("admin", "tỉnh Bắc Thái", "tỉnh Bắc Thái"),
                ("year", "1965-96", "1965..1996"),
            ],
        ),
        (
            "77/QĐ-UBND 2020 Ngân hàng",
            &[
                ("docnum", "77/QĐ-UBND", "77/QĐ-UBND"),
                ("number", "2020", "2020"),
            ],
        ),
        (
            "6h17 sáng 14/6",
            &[("time", "6h17 sáng", "06:17"), ("date", "14/6", "--06-14")],
        ),
    ]);
    assert_eq!(
        field("6h17 sáng 14/6", 1, "part").as_deref(),
        Some("morning")
    );
}

#[test]
fn forms_found_in_a_fresh_held_out_set() {
    check(&[
        ("từ thứ 2 đến thứ 7", &[]),
        ("Sáng thứ 7", &[]),
        ("hàng chục kỳ", &[]),
        (
            "3 ngày 14,15,16 tháng 5 Âm lịch",
            &[
                ("quantity", "3 ngày", "3"),
                ("date", "14", "--05-14"),
                ("date", "15", "--05-15"),
                ("date", "16 tháng 5 Âm lịch", "--05-16"),
            ],
        ),
        (
            "00giờ30, 22giờ 00",
            &[("time", "00giờ30", "00:30"), ("time", "22giờ 00", "22:00")],
        ),
        ("hoạt động 24 giờ một ngày", &[("quantity", "24 giờ", "24")]),
        ("quí I", &[("quarter", "quí I", "Q1")]),
        ("Trong số 57 tỉnh", &[("quantity", "57 tỉnh", "57")]),
        ("có 80 chuyên gia", &[("quantity", "80 chuyên gia", "80")]),
        (
            "Mua 02 tặng 01",
            &[("number", "02", "2"), ("number", "01", "1")],
        ),
        (
            "ngày 27-10-Tân Sửu",
            &[("date", "ngày 27-10-Tân Sửu", "--10-27")],
        ),
        (
            "Sáng nay, 1-12, tại",
            &[("date", "Sáng nay, 1-12", "--12-01")],
        ),
        (
            "12/4/2022 (Thứ Ba)",
            &[("date", "12/4/2022 (Thứ Ba)", "2022-04-12")],
        ),
    ]);
    assert_eq!(
        field("ngày 13/8 năm Tân Sửu", 0, "calendar").as_deref(),
        Some("lunar")
    );
    assert_eq!(
        field("12/4/2022 (Thứ Ba)", 0, "weekday").as_deref(),
        Some("2")
    );
}

#[test]
#[cfg(feature = "gazetteer")]
fn a_type_word_and_its_name_after_a_number() {
    check(&[(
        "Tổ 13+16+17 Phường Sài Đồng",
        &[
            ("number", "13", "13"),
            ("number", "16", "16"),
            ("number", "17", "17"),
            ("admin", "Phường Sài Đồng", "phường Sài Đồng"),
        ],
    )]);
}

#[test]
fn number_words_counting_nouns_the_lexicon_lacks() {
    check(&[
        ("lập hai kỷ lục mới", &[("quantity", "hai kỷ lục", "2")]),
        ("sáu tay vợt", &[("quantity", "sáu tay vợt", "6")]),
        ("Ba tôi đi làm; năm ngoái", &[]),
    ]);
}

#[test]
fn forms_found_in_a_third_held_out_set() {
    check(&[
        (
            "4 người chết, một người bị thương",
            &[("quantity", "4 người", "4"), ("quantity", "một người", "1")],
        ),
        ("đường Cách Mạng Tháng Tám", &[]),
        ("tháng 4.2024", &[("month", "tháng 4.2024", "2024-04")]),
        ("Q2 2024", &[("quarter", "Q2 2024", "2024-Q2")]),
        (
            "từ 10-20/10",
            &[("date", "từ 10", "--10-10"), ("date", "20/10", "--10-20")],
        ),
        ("Quốc khánh 2/9 năm nay", &[("date", "2/9", "--09-02")]),
        (
            "từ 0 giờ 31.12",
            &[("time", "0 giờ", "00:00"), ("date", "31.12", "--12-31")],
        ),
        ("giai đoạn 1 thanh toán", &[("number", "1", "1")]),
        (
            "Hải Phòng 13.927 nhà",
            &[("quantity", "13.927 nhà", "13927")],
        ),
        (
            "tăng 5%-10%",
            &[("percent", "5%", "5"), ("percent", "10%", "10")],
        ),
        ("quốc lộ 4H", &[]),
        ("Nhận phòng 14h00", &[("time", "14h00", "14:00")]),
        ("phục vụ 24/7", &[("ratio", "24/7", "24/7")]),
    ]);
}

/// A run of items that chain to each other (days joined by dashes, hours, units borrowed from
/// the next item, a classifier's noun before the next count) is followed a few items deep at
/// most, never as deep as the text is long:
/// read on a thread with a small stack, a long run of each ends.
#[test]
fn chains_as_long_as_the_text_are_followed_a_few_items_deep() {
    for unit in [
        "ngày một - ",
        "ngày 1-",
        "mùng 2 - ",
        "từ 1 - ",
        "ngày 3, ",
        "1 giờ - ",
        "2 và ",
        "3 km - ",
        "chiều 16 và ",
        "đêm 5 - ",
        // A classifier's noun, then a number that may count the next (`1 đôi size 39`).
        "con chó 3 ",
        "chiếc xe 5 ",
    ] {
        let text = unit.repeat(200_000 / unit.len());
        let reader = std::thread::Builder::new()
            .stack_size(512 << 10)
            .spawn(move || extract(&text).len())
            .expect("a thread");
        assert!(reader.join().is_ok(), "{unit:?}");
    }
}

#[test]
fn no_break_and_doubled_spaces_and_the_look_alike_d_read_as_plain_text() {
    // Text with no-break or doubled spaces, or `Ð` for `Đ`, reads as the same text written
    // plainly, and its normalized fields are written plainly.
    check(&[
        ("Lương công chức ba\u{a0}cọc\u{a0}ba\u{a0}đồng.", &[]),
        ("Năm  thì  mười  họa.", &[]),
        ("Lúc 9\u{a0}AM họp.", &[("time", "9\u{a0}AM", "09:00")]),
        ("Dự án Thành phố  Thông minh được duyệt.", &[]),
        ("Phòng học 204\u{a0}nhà B.", &[("number", "204", "204")]),
    ]);
    assert_eq!(
        field("Bán ra 25.400 đồng một đô\u{a0}la\u{a0}Mỹ.", 0, "per").as_deref(),
        Some("đô la mỹ")
    );
    assert_eq!(
        field("Ông ở thôn \u{d0}ông.", 0, "name").as_deref(),
        Some("Đông")
    );
}

#[test]
fn a_line_in_capitals_reads_as_the_same_line_in_lower_case() {
    // A line written all in capitals (a headline, a notice's title) reads as the same line in
    // lower case, but for the names of units, read with the words capitalized, Roman numerals
    // and the codes of currencies.
    check(&[
        (
            "TỔNG SỐ HỘ TRONG THÔN 186 HỘ.",
            &[("quantity", "186 HỘ", "186")],
        ),
        ("TÔI CHỜ 2 GIỜ Ở SÂN BAY.", &[("quantity", "2 GIỜ", "2")]),
        ("NGÀY UỐNG 2-3 LẦN.", &[("quantity", "2-3 LẦN", "2..3")]),
        ("KHINH KHÍ CẦU CAO 35M", &[("quantity", "35M", "35")]),
        (
            "BIÊN BẢN HỌP THÔN ĐÔNG HẠ, XÃ BÌNH YÊN",
            &[
                ("admin", "THÔN ĐÔNG HẠ", "thôn Đông Hạ"),
                ("admin", "XÃ BÌNH YÊN", "xã Bình Yên"),
            ],
        ),
        (
            "KẾT QUẢ KINH DOANH QUÝ III/2024",
            &[("quarter", "QUÝ III/2024", "2024-Q3")],
        ),
        (
            "GIÁ KHUYẾN MÃI: VNĐ 1.290.000",
            &[("money", "VNĐ 1.290.000", "1290000")],
        ),
        (
            "LÚC 9 AM HỌP TOÀN THỂ CƠ QUAN",
            &[("time", "9 AM", "09:00")],
        ),
        // Near misses: a headline's words after a city name no unit; a city abbreviated, read
        // from the line with its words capitalized.
        ("DỰ ÁN THÀNH PHỐ THÔNG MINH ĐƯỢC DUYỆT", &[]),
        (
            "UBND TP.HCM",
            &[("admin", "TP.HCM", "thành phố Hồ Chí Minh")],
        ),
    ]);
}

#[test]
fn a_day_in_a_name_in_capitals_stays_the_names() {
    // In a line in capitals, a day read in lower case stands only where the line with its
    // words capitalized reads a day there too: a day and month inside a name are the name's.
    check(&[
        (
            "NHÀ MÁY DỆT 8 THÁNG 3 TRAO 200 SUẤT QUÀ",
            &[("quantity", "200 SUẤT QUÀ", "200")],
        ),
        (
            "HỌC SINH TRƯỜNG 19 THÁNG 5 TRỒNG 300 CÂY XANH",
            &[("quantity", "300 CÂY XANH", "300")],
        ),
        // Near miss: a day of its own.
        (
            "LỄ KHAI MẠC NGÀY 8 THÁNG 3 NĂM 2025",
            &[("date", "NGÀY 8 THÁNG 3 NĂM 2025", "2025-03-08")],
        ),
    ]);
}

#[test]
fn a_weekday_set_off_after_its_date_by_a_comma_or_a_dash_is_the_dates() {
    // A weekday after a date, set off by a comma or a dash and closing its clause, is written
    // with the date as one in brackets is; in lower case, in words, only where the date falls
    // on it, and never the weekday a next date opens with.
    check(&[
        (
            "Ngày 14/6/2024, thứ Sáu, trời nắng nóng.",
            &[("date", "Ngày 14/6/2024, thứ Sáu", "2024-06-14")],
        ),
        (
            "Lịch thi: 17/6/2024 - Thứ Hai.",
            &[("date", "17/6/2024 - Thứ Hai", "2024-06-17")],
        ),
        (
            "Hôm nay 16/6/2024, Chủ nhật.",
            &[("date", "Hôm nay 16/6/2024, Chủ nhật", "2024-06-16")],
        ),
        (
            "Khai giảng 2/9, thứ 2: học sinh tựu trường.",
            &[("date", "2/9, thứ 2", "--09-02")],
        ),
        // Near misses: a point opened in lower case, another day named, the next date's.
        (
            "Ngày 14/6/2024, thứ hai là ngày nghỉ bù.",
            &[("date", "Ngày 14/6/2024", "2024-06-14")],
        ),
        (
            "Ngày 14/6/2024, thứ Sáu tuần sau họp.",
            &[("date", "Ngày 14/6/2024", "2024-06-14")],
        ),
        (
            "Hội chợ từ 18/9/2024 – Thứ Sáu, 20/9/2024.",
            &[
                ("date", "18/9/2024", "2024-09-18"),
                ("date", "Thứ Sáu, 20/9/2024", "2024-09-20"),
            ],
        ),
    ]);
    let weekday = |text: &str| field(text, 0, "weekday");
    let conflict = |text: &str| {
        extract(text)
            .first()
            .is_some_and(|e| e.to_json(text).contains("\"weekday_conflict\":true"))
    };
    assert_eq!(
        weekday("Ngày 14/6/2024, thứ Sáu, trời nắng.").as_deref(),
        Some("5")
    );
    assert_eq!(
        weekday("Ngày 17/6/2024, thứ hai, trời mưa.").as_deref(),
        Some("1")
    );
    assert_eq!(
        weekday("Lịch thi: 17/6/2024 - Thứ Hai.").as_deref(),
        Some("1")
    );
    // Written in capitals, a weekday that is not the date's is kept, and the conflict said.
    let wrong = "Ngày 14/6/2024 – Thứ Ba: khai giảng.";
    assert_eq!(weekday(wrong).as_deref(), Some("2"));
    assert!(conflict(wrong));
    assert_eq!(weekday("Ngày 14/6/2024, thứ hai là ngày nghỉ bù."), None);
}

#[test]
fn weekdays_set_off_in_a_list_of_dates_and_the_items_of_an_enumeration() {
    // In a list of dates each written with its weekday after it, each weekday is its own
    // date's; a weekday the date falls on is its own before a next date; a dash, a time or
    // `và` after the weekday closes it too. An enumeration's next item is no weekday.
    check(&[
        (
            "Lịch thi: 23/9/2024 - Thứ Hai, 25/9/2024 - Thứ Tư.",
            &[
                ("date", "23/9/2024 - Thứ Hai", "2024-09-23"),
                ("date", "25/9/2024 - Thứ Tư", "2024-09-25"),
            ],
        ),
        (
            "Hội chợ đến 18/9/2024 – Thứ Sáu, ngày 20/9/2024 bế mạc.",
            &[
                ("date", "18/9/2024", "2024-09-18"),
                ("date", "Thứ Sáu, ngày 20/9/2024", "2024-09-20"),
            ],
        ),
        (
            "Ngày 21/6/2024 - Thứ Sáu - 8h00: Khai mạc.",
            &[
                ("date", "Ngày 21/6/2024 - Thứ Sáu", "2024-06-21"),
                ("time", "8h00", "08:00"),
            ],
        ),
        (
            "Thứ nhất, kiểm kê trước ngày 30/12/2024, thứ hai, nộp báo cáo.",
            &[
                ("ordinal", "Thứ nhất", "1"),
                ("date", "ngày 30/12/2024", "2024-12-30"),
                ("ordinal", "thứ hai", "2"),
            ],
        ),
    ]);
    let weekday = |text: &str| field(text, 0, "weekday");
    // With no year to tell, a weekday in lower case is taken as written.
    assert_eq!(
        weekday("Họp phụ huynh ngày 21/6, thứ sáu, lúc 7 giờ.").as_deref(),
        Some("5")
    );
    assert_eq!(
        weekday("Thông báo nghỉ ngày 18/6/2024, Thứ hai, do mưa.").as_deref(),
        Some("1")
    );
}
