//! The extractor's options, each on sentences of its own (in no corpus), with the near misses
//! that must not change, and the default output left as the contract prints it.

mod common;

use vnparse::extract::{AdminEra, Entity, Field};
use vnparse::{Date, Extractor, Kind};

/// (kind, text, value) of every entity `extractor` finds in `text`.
fn found(extractor: &Extractor, text: &str) -> Vec<(String, String, String)> {
    common::found_by(extractor, text)
}

fn rows(want: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
    want.iter()
        .map(|(k, t, v)| (k.to_string(), t.to_string(), v.to_string()))
        .collect()
}

fn field(entity: &Entity, name: &str) -> Option<String> {
    entity
        .fields()
        .into_iter()
        .find(|(n, _)| *n == name)
        .map(|(_, f)| match f {
            Field::Text(s) => s,
            Field::Int(n) => n.to_string(),
        })
}

fn day(y: i32, m: u8, d: u8) -> Date {
    Date::new(Some(y), m, d).unwrap()
}

fn with_reference(y: i32, m: u8, d: u8) -> Extractor {
    Extractor::builder().reference_date(day(y, m, d)).build()
}

fn with_addresses() -> Extractor {
    Extractor::builder().addresses(true).build()
}

// ---------------------------------------------------------------------------
// Defaults.

#[test]
fn with_no_option_set_the_builder_gives_the_contracts_output() {
    let texts = [
        "Trụ sở: 59 Lý Tự Trọng, phường Bến Nghé, Quận 1, TP.HCM; điện thoại 028.38223456.",
        "Ngày 28/12, xã chi 350 triệu đồng cho 12 hộ, tăng 4,5% so với tháng 11.",
        "tỉnh Lào Cai và huyện Bắc Hà, quý IV",
    ];
    let built = Extractor::builder().build();
    // An era left to the text, and addresses asked for then not: the defaults again.
    let reset = Extractor::builder()
        .era(AdminEra::Auto)
        .addresses(true)
        .addresses(false)
        .build();
    for text in texts {
        let contract = vnparse::extract(text);
        assert_eq!(built.extract(text), contract, "in {text:?}");
        assert_eq!(reset.extract(text), contract, "in {text:?}");
        assert!(contract.iter().all(|e| e.kind() != Kind::Address));
    }
}

#[test]
fn every_kind_reads_back_from_its_contract_name() {
    for kind in Kind::ALL {
        assert_eq!(kind.as_str().parse::<Kind>().unwrap(), kind);
    }
    assert!("Money".parse::<Kind>().is_err());
    assert!("".parse::<Kind>().is_err());
}

// ---------------------------------------------------------------------------
// Kinds.

#[test]
fn only_the_kinds_asked_for_are_yielded() {
    let money = Extractor::builder().kinds([Kind::Money]).build();
    assert_eq!(
        found(
            &money,
            "Xã chi 350 triệu đồng cho 12 hộ, tăng 4,5% so với năm 2023."
        ),
        rows(&[("money", "350 triệu đồng", "350000000")])
    );
    let counts = Extractor::builder()
        .kinds([Kind::Quantity, Kind::Percent])
        .build();
    assert_eq!(
        found(
            &counts,
            "Đến ngày 4/5, có 1.250 hộ dùng nước sạch, đạt 97,3% kế hoạch."
        ),
        rows(&[
            ("quantity", "1.250 hộ", "1250"),
            ("percent", "97,3%", "97.3")
        ])
    );
    let dates = Extractor::builder().kinds([Kind::Date, Kind::Time]).build();
    assert_eq!(
        found(
            &dates,
            "Lúc 14h30 ngày 9/7/2024, đoàn 25 người đến xã Tân Hương."
        ),
        rows(&[
            ("time", "14h30", "14:30"),
            ("date", "ngày 9/7/2024", "2024-07-09")
        ])
    );
}

#[test]
fn a_kind_left_out_does_not_make_its_text_another_kind() {
    // Money not asked for: the amount is still money, and left out, never a number.
    let numbers = Extractor::builder().kinds([Kind::Number]).build();
    assert!(found(&numbers, "Giá vé 1.337 triệu đồng").is_empty());
    assert!(found(&numbers, "Tăng 7,5% so với cùng kỳ").is_empty());
    // A count not asked for is no number either.
    assert!(found(&numbers, "có 40 hộ nghèo").is_empty());
    // No kind at all: nothing.
    assert!(Extractor::builder()
        .kinds([])
        .build()
        .extract("Chi 5 triệu đồng ngày 1/6/2024.")
        .is_empty());
}

#[test]
fn asking_for_the_address_kind_groups_addresses() {
    let text = "Cửa hàng ở 14 Hai Bà Trưng, phường Tân Định, Quận 1, TP.HCM.";
    let by_kind = Extractor::builder().kinds([Kind::Address]).build();
    assert_eq!(by_kind.extract(text), with_addresses().extract(text));
    assert_eq!(by_kind.extract(text).len(), 1);
}

// ---------------------------------------------------------------------------
// The reference date.

#[test]
fn a_day_without_a_year_takes_the_year_nearest_the_reference() {
    let march = with_reference(2025, 3, 10);
    for (text, value) in [
        ("Sáng 14/2, đoàn khảo sát tới xã.", "2025-02-14"),
        ("Hạn chót nộp hồ sơ là ngày 5/6.", "2025-06-05"),
        ("Chiều ngày 20 tháng 10, mưa lớn.", "2024-10-20"),
        ("Ngày 29/2 vừa qua là ngày nhuận.", "2024-02-29"),
    ] {
        let e = &march.extract(text)[0];
        assert_eq!(e.value_string(), value, "in {text:?}");
    }
}

#[test]
fn the_nearest_year_crosses_the_year_boundary() {
    let january = with_reference(2025, 1, 5);
    assert_eq!(
        january.extract("Ngày 28/12, đội đã bàn giao công trình.")[0].value_string(),
        "2024-12-28"
    );
    let december = with_reference(2024, 12, 20);
    assert_eq!(
        december.extract("Kế hoạch khởi công ngày 3/1.")[0].value_string(),
        "2025-01-03"
    );
    assert_eq!(
        january.extract("Báo cáo tháng 12 đã gửi.")[0].value_string(),
        "2024-12"
    );
    assert_eq!(
        january.extract("Kết quả quý IV rất khả quan.")[0].value_string(),
        "2024-Q4"
    );
}

#[test]
fn a_weekday_written_with_the_day_picks_its_year() {
    let march = with_reference(2025, 3, 10);
    for (text, value) in [
        // 12 September 2024 is nearer, but a Thursday.
        ("Thứ Sáu, 12/9, trường khai giảng.", "2025-09-12"),
        // 5 October 2024 is nearer, but a Saturday.
        ("Chủ nhật, ngày 5/10, hội thao diễn ra.", "2025-10-05"),
        // The nearest is the day of its weekday: it stays.
        ("Thứ Hai, 3/3, đoàn về xã.", "2025-03-03"),
    ] {
        let e = &march.extract(text)[0];
        assert_eq!(e.value_string(), value, "in {text:?}");
        assert!(!e.to_json(text).contains("weekday_conflict"), "in {text:?}");
    }
    // The year that fits the weekday is a year off: a slip of the weekday, its conflict told.
    let e = &march.extract("Thứ Tư, 12/3, họp tổng kết.")[0];
    assert_eq!(e.value_string(), "2025-03-12");
    let e = &march.extract("Thứ Ba, 12/3, họp tổng kết.")[0];
    assert_eq!(e.value_string(), "2025-03-12");
    assert!(e
        .to_json("Thứ Ba, 12/3, họp tổng kết.")
        .contains("\"weekday_conflict\":true"));
}

#[test]
fn what_is_written_with_a_year_is_not_changed_by_the_reference() {
    let reference = with_reference(2025, 1, 5);
    for text in [
        "Ngày 28/12/2019, dự án khởi công.",
        "Tháng 7/2021 giá tăng mạnh.",
        "Quý II/2022 lãi 5 tỷ đồng.",
        "Năm 2018 có 340 hộ nghèo.",
    ] {
        assert_eq!(
            reference.extract(text),
            vnparse::extract(text),
            "in {text:?}"
        );
    }
}

#[test]
fn without_a_reference_a_day_keeps_no_year() {
    assert_eq!(
        vnparse::extract("Ngày 28/12, đội đã bàn giao.")[0].value_string(),
        "--12-28"
    );
    // A reference with no year sets none.
    let no_year = Extractor::builder()
        .reference_date(Date::new(None, 1, 5).unwrap())
        .build();
    assert_eq!(
        no_year.extract("Ngày 28/12, đội đã bàn giao.")[0].value_string(),
        "--12-28"
    );
}

#[test]
fn a_lunar_day_takes_its_lunar_year_and_so_its_solar_day() {
    let reference = with_reference(2025, 3, 10);
    for (text, solar) in [
        ("Lễ hội diễn ra vào rằm tháng Bảy.", "2025-09-06"),
        ("Giỗ tổ vào ngày 10/3 âm lịch.", "2025-04-07"),
        ("Mùng 6 Tết, học sinh đi học lại.", "2025-02-03"),
    ] {
        let e = &reference.extract(text)[0];
        assert_eq!(
            field(e, "calendar").as_deref(),
            Some("lunar"),
            "in {text:?}"
        );
        assert_eq!(field(e, "solar").as_deref(), Some(solar), "in {text:?}");
        assert!(e.value_string().starts_with("--"), "in {text:?}");
    }
}

// ---------------------------------------------------------------------------
// The era.

fn code_and_era(
    extractor: &Extractor,
    text: &str,
    index: usize,
) -> (Option<String>, Option<String>) {
    let e = &extractor.extract(text)[index];
    (field(e, "code"), field(e, "era"))
}

fn era(era: AdminEra) -> Extractor {
    Extractor::builder().era(era).build()
}

#[test]
fn a_fixed_era_gives_every_unit_the_code_of_that_list() {
    let some = |code: &str, era: &str| (Some(code.to_string()), Some(era.to_string()));
    // A province in both lists: no code until an era is told or fixed.
    let text = "Đoàn công tác của tỉnh Lào Cai đến thăm.";
    assert_eq!(code_and_era(&era(AdminEra::Auto), text, 0), (None, None));
    assert_eq!(
        code_and_era(&era(AdminEra::Legacy), text, 0),
        some("10", "legacy")
    );
    assert_eq!(
        code_and_era(&era(AdminEra::Y2025), text, 0),
        some("15", "2025")
    );
    // Dated by its neighbours to the old list, then fixed to the new one.
    let text = "xã Bảo Nhai, huyện Bắc Hà, tỉnh Lào Cai";
    assert_eq!(
        code_and_era(&era(AdminEra::Auto), text, 2),
        some("10", "legacy")
    );
    assert_eq!(
        code_and_era(&era(AdminEra::Y2025), text, 2),
        some("15", "2025")
    );
    // The same code in both lists, with the era fixed.
    let text = "Sở Y tế thành phố Hà Nội thông báo.";
    assert_eq!(
        code_and_era(&era(AdminEra::Y2025), text, 0),
        some("01", "2025")
    );
}

#[test]
fn a_unit_the_fixed_list_lacks_has_no_code() {
    // No district is in the 2025 list; no special zone in the old one.
    let districts = "Người dân huyện Gia Viễn đón Tết.";
    assert_eq!(
        code_and_era(&era(AdminEra::Y2025), districts, 0),
        (None, None)
    );
    assert_eq!(
        code_and_era(&era(AdminEra::Legacy), districts, 0),
        (Some("373".to_string()), Some("legacy".to_string()))
    );
    let zone = "Khách du lịch đến đặc khu Phú Quốc tăng.";
    assert_eq!(code_and_era(&era(AdminEra::Legacy), zone, 0), (None, None));
    assert_eq!(
        code_and_era(&era(AdminEra::Y2025), zone, 0),
        (Some("31078".to_string()), Some("2025".to_string()))
    );
    // A unit the gazetteer lacks altogether has none in either.
    let unknown = "Bà con thôn Đông góp 20 ngày công.";
    assert_eq!(
        code_and_era(&era(AdminEra::Legacy), unknown, 0),
        (None, None)
    );
}

#[test]
fn eras_read_back_from_their_names() {
    for (name, era) in [
        ("auto", AdminEra::Auto),
        ("legacy", AdminEra::Legacy),
        ("2025", AdminEra::Y2025),
    ] {
        assert_eq!(name.parse::<AdminEra>().unwrap(), era);
        assert_eq!(era.to_string(), name);
    }
    assert!("2024".parse::<AdminEra>().is_err());
}

// ---------------------------------------------------------------------------
// Addresses.

#[test]
fn an_address_is_one_entity_with_its_parts() {
    let extractor = with_addresses();
    let text =
        "Công ty đặt tại 27 Nguyễn Trãi, phường Thượng Đình, quận Thanh Xuân, thành phố Hà Nội.";
    let found = extractor.extract(text);
    assert_eq!(found.len(), 1);
    let a = &found[0];
    assert_eq!(
        &text[a.span.clone()],
        "27 Nguyễn Trãi, phường Thượng Đình, quận Thanh Xuân, thành phố Hà Nội"
    );
    assert_eq!(
        a.value_string(),
        "27 Nguyễn Trãi, phường Thượng Đình, quận Thanh Xuân, thành phố Hà Nội"
    );
    for (name, value) in [
        ("house", "27"),
        ("street", "Nguyễn Trãi"),
        ("commune", "phường Thượng Đình"),
        ("district", "quận Thanh Xuân"),
        ("province", "thành phố Hà Nội"),
        ("era", "legacy"),
        ("province_code", "01"),
        ("district_code", "009"),
        ("commune_code", "00346"),
    ] {
        assert_eq!(field(a, name).as_deref(), Some(value), "{name}");
    }
    assert_eq!(field(a, "village"), None);
    assert_eq!(field(a, "building"), None);
}

#[test]
fn addresses_of_several_forms() {
    let extractor = with_addresses();
    for (text, address, value) in [
        (
            "Liên hệ: Số nhà 8, ngõ 15, phố Huế, phường Ngô Thì Nhậm, quận Hai Bà Trưng, Hà Nội.",
            "Số nhà 8, ngõ 15, phố Huế, phường Ngô Thì Nhậm, quận Hai Bà Trưng, Hà Nội",
            "8 ngõ 15, phố Huế, phường Ngô Thì Nhậm, quận Hai Bà Trưng, thành phố Hà Nội",
        ),
        (
            "Gia đình ông ở ấp Bình Thạnh, xã Tân Hương, huyện Châu Thành, tỉnh Tiền Giang từ lâu.",
            "ấp Bình Thạnh, xã Tân Hương, huyện Châu Thành, tỉnh Tiền Giang",
            "ấp Bình Thạnh, xã Tân Hương, huyện Châu Thành, tỉnh Tiền Giang",
        ),
        (
            "Văn phòng: 12 Đường 3/2 - phường 12 - quận 10 - TP.HCM, mở cửa từ 8 giờ.",
            "12 Đường 3/2 - phường 12 - quận 10 - TP.HCM",
            "12 Đường 3/2, phường 12, quận 10, thành phố Hồ Chí Minh",
        ),
        (
            "UBND huyện Gia Viễn, tỉnh Ninh Bình tổ chức hội nghị.",
            "huyện Gia Viễn, tỉnh Ninh Bình",
            "huyện Gia Viễn, tỉnh Ninh Bình",
        ),
    ] {
        let found: Vec<_> = extractor
            .extract(text)
            .into_iter()
            .filter(|e| e.kind() == Kind::Address)
            .collect();
        assert_eq!(found.len(), 1, "in {text:?}");
        assert_eq!(&text[found[0].span.clone()], address, "in {text:?}");
        assert_eq!(found[0].value_string(), value, "in {text:?}");
    }
}

#[test]
fn two_addresses_on_one_line_are_two_entities() {
    let text = "Cơ sở 1: 59 Lý Tự Trọng, phường Bến Nghé, Quận 1, TP.HCM; cơ sở 2: 102 Trần Phú, phường 4, Quận 5, TP.HCM.";
    let addresses: Vec<String> = with_addresses()
        .extract(text)
        .into_iter()
        .filter(|e| e.kind() == Kind::Address)
        .map(|e| text[e.span].to_string())
        .collect();
    assert_eq!(
        addresses,
        [
            "59 Lý Tự Trọng, phường Bến Nghé, Quận 1, TP.HCM",
            "102 Trần Phú, phường 4, Quận 5, TP.HCM"
        ]
    );
}

#[test]
fn a_house_number_with_no_unit_after_it_is_no_address() {
    let extractor = with_addresses();
    for text in [
        "Nhà ở số 45 Lê Lợi rất đẹp, gần chợ.",
        "Quán nằm ở 18 Hàng Bạc từ năm 1990.",
        "Anh mua căn hộ 702, tầng 7, tòa nhà A.",
    ] {
        assert_eq!(
            extractor.extract(text),
            vnparse::extract(text),
            "in {text:?}"
        );
    }
}

#[test]
fn near_misses_stay_as_the_contract_prints_them() {
    let extractor = with_addresses();
    for text in [
        // A unit alone is an admin.
        "UBND tỉnh Thái Bình họp phiên thường kỳ.",
        // Levels that do not rise, or units joined by a word: no address.
        "Các xã Gia Hòa, xã Gia Hưng cùng tham gia.",
        "huyện Gia Viễn và tỉnh Ninh Bình",
        // Units that contradict the gazetteer.
        "Đoàn đến huyện Gia Viễn, tỉnh Sóc Trăng hôm qua.",
    ] {
        assert_eq!(
            extractor.extract(text),
            vnparse::extract(text),
            "in {text:?}"
        );
    }
    // A number before a separator is no house number, and a count is no house number: only
    // the units are the address.
    for (text, address) in [
        (
            "Theo Điều 5, phường Bến Nghé, Quận 1 phải báo cáo.",
            "phường Bến Nghé, Quận 1",
        ),
        (
            "Có 59 người đến từ phường Bến Nghé, Quận 1.",
            "phường Bến Nghé, Quận 1",
        ),
    ] {
        let found = extractor.extract(text);
        let kinds: Vec<&str> = found.iter().map(|e| e.kind().as_str()).collect();
        assert_eq!(kinds.last(), Some(&"address"), "in {text:?}");
        assert_eq!(
            &text[found.last().unwrap().span.clone()],
            address,
            "in {text:?}"
        );
        assert_eq!(kinds.len(), 2, "in {text:?}");
    }
}

#[test]
fn an_address_takes_the_fixed_era_for_its_codes() {
    let text = "Trụ sở: 59 Lý Tự Trọng, phường Bến Nghé, Quận 1, TP.HCM.";
    let legacy = &with_addresses().extract(text)[0];
    assert_eq!(field(legacy, "era").as_deref(), Some("legacy"));
    assert_eq!(field(legacy, "commune_code").as_deref(), Some("26740"));
    let new = Extractor::builder()
        .addresses(true)
        .era(AdminEra::Y2025)
        .build();
    let new = &new.extract(text)[0];
    assert_eq!(field(new, "era").as_deref(), Some("2025"));
    assert_eq!(field(new, "province_code").as_deref(), Some("79"));
    // Bến Nghé was merged away in 2025, and there are no districts: no code for either.
    assert_eq!(field(new, "commune_code"), None);
    assert_eq!(field(new, "district_code"), None);
}

#[test]
fn an_address_in_nfd_reads_as_in_nfc() {
    let nfc = "Trụ sở: 27 Nguyễn Trãi, phường Thượng Đình, quận Thanh Xuân, thành phố Hà Nội.";
    let nfd = common::nfd(nfc);
    let extractor = with_addresses();
    let (a, b) = (&extractor.extract(nfc)[0], &extractor.extract(&nfd)[0]);
    assert_eq!(&nfd[b.span.clone()], common::nfd(&nfc[a.span.clone()]));
    // The JSON lines agree but for the span and the text as written.
    let json = |e: &Entity, text: &str| {
        let mut line: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(&e.to_json(text)).unwrap();
        for written in ["start", "end", "text"] {
            line.remove(written);
        }
        line
    };
    assert_eq!(json(a, nfc), json(b, &nfd));
    assert_eq!(json(a, nfc)["commune_code"], "00346");
}

#[test]
fn options_apply_to_a_stream_as_to_the_whole_text() {
    let text =
        "Ngày 28/12, chi 5 triệu đồng.\nTrụ sở: 59 Lý Tự Trọng, phường Bến Nghé, Quận 1, TP.HCM.\n";
    let extractor = Extractor::builder()
        .addresses(true)
        .reference_date(day(2025, 1, 5))
        .kinds([Kind::Date, Kind::Address])
        .addresses(true)
        .build();
    let streamed: Vec<Entity> = extractor
        .stream(text.as_bytes())
        .map(|f| f.unwrap().entity)
        .collect();
    assert_eq!(streamed, extractor.extract(text));
    let kinds: Vec<&str> = streamed.iter().map(|e| e.kind().as_str()).collect();
    assert_eq!(kinds, ["date", "address"]);
}

// ---------------------------------------------------------------------------
// Any text.

/// Text made of the pieces addresses, dates and units are made of, in any order.
fn address_like_text() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    let pieces = proptest::sample::select(vec![
        "59",
        "Số",
        "số nhà",
        "SN",
        "12/4",
        "Lý Tự Trọng",
        "đường",
        " ",
        ", ",
        " - ",
        ";",
        "\n",
        "phường Bến Nghé",
        "Quận 1",
        "TP.HCM",
        "thôn Đông",
        "xã Gia Hòa",
        "huyện Gia Viễn",
        "tỉnh Ninh Bình",
        "tỉnh Sóc Trăng",
        "Hà Nội",
        "Việt Nam",
        "ngày 28/12",
        "tháng 12",
        "quý IV",
        "rằm tháng Bảy",
        "29/2",
        "đồng",
        "người",
        "đặc khu Phú Quốc",
        "ễ",
        "\u{301}",
    ]);
    proptest::collection::vec(pieces, 0..24).prop_map(|p| p.concat())
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig {
        failure_persistence: None,
        ..proptest::prelude::ProptestConfig::with_cases(256)
    })]
    /// With every option on, any text gives entities in order, apart, on its own characters,
    /// each an address or the contract's entity at the same place; and a stream gives the same.
    #[test]
    fn every_option_keeps_the_contract_on_any_text(text in address_like_text()) {
        let extractor = Extractor::builder()
            .addresses(true)
            .reference_date(day(2025, 1, 5))
            .era(AdminEra::Y2025)
            .build();
        let found = extractor.extract(&text);
        let plain = vnparse::extract(&text);
        for pair in found.windows(2) {
            proptest::prop_assert!(pair[0].span.end <= pair[1].span.start, "{pair:?}");
        }
        for e in &found {
            proptest::prop_assert!(text.get(e.span.clone()).is_some_and(|t| !t.is_empty()));
            if e.kind() != Kind::Address {
                proptest::prop_assert!(plain.iter().any(|p| p.span == e.span && p.kind() == e.kind()));
            }
        }
        let streamed: Vec<Entity> = extractor
            .stream(text.as_bytes())
            .map(|f| f.unwrap().entity)
            .collect();
        proptest::prop_assert_eq!(streamed, found);
    }
}

#[test]
fn a_long_line_of_units_is_grouped_in_linear_time() {
    let line = "Số 5 Lê Lợi, phường Bến Nghé, Quận 1, TP.HCM, ".repeat(4000);
    let started = std::time::Instant::now();
    let found = with_addresses().extract(&line);
    assert_eq!(found.len(), 4000);
    assert!(found.iter().all(|e| e.kind() == Kind::Address));
    // Far less than a second in a debug build; a quadratic look-up would take minutes.
    assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
}
