//! Addresses: the parts each real-looking address gives, in NFC, NFD and capitals; the
//! contradictions; what is not an address; and, by proptest, that nothing panics and every
//! address read writes back to itself.

use proptest::prelude::*;
use vnparse::address::Address;

mod common;
use common::nfd;

/// The public nom parser of an address, with nom's default error.
fn address(input: &str) -> vnparse::nom::IResult<&str, Address> {
    vnparse::parse::address(input)
}

/// The values and errors, which need the gazetteer for official names, codes and levels.
#[cfg(feature = "gazetteer")]
mod with_the_gazetteer {
    use super::{address, nfd};
    use vnparse::address::{Address, Codes};
    use vnparse::gazetteer::{Code, Era, Level};
    use vnparse::ErrorKind;

    /// What an address reads as: house number, street, and each unit as written by `Display`
    /// (village, commune, district, province), and the codes before 2025.
    struct Row {
        input: &'static str,
        house: Option<&'static str>,
        street: Option<&'static str>,
        units: [Option<&'static str>; 4],
        before_2025: Codes,
        /// Whether the capitalized form reads the same: `admin` takes an all-capitals name the
        /// gazetteer lacks (`THÔN ĐÔNG`) for an acronym, so such a village is not read.
        upper: bool,
    }

    const fn codes(province: Option<u32>, district: Option<u32>, commune: Option<u32>) -> Codes {
        Codes {
            province: code(Level::Province, province),
            district: code(Level::District, district),
            commune: code(Level::Commune, commune),
        }
    }

    const fn code(level: Level, number: Option<u32>) -> Option<Code> {
        match number {
            Some(n) => Code::new(level, n),
            None => None,
        }
    }

    const ROWS: &[Row] = &[
        Row {
            input: "56 Lê Duẩn - Phường 3 - Tp Sóc Trăng",
            house: Some("56"),
            street: Some("Lê Duẩn"),
            units: [None, Some("phường 3"), Some("thành phố Sóc Trăng"), None],
            before_2025: codes(Some(94), Some(941), Some(31519)),
            upper: true,
        },
        Row {
            input: "Số 12, đường Trần Phú, P.5, Q.3, TP.HCM",
            house: Some("12"),
            street: Some("đường Trần Phú"),
            units: [
                None,
                Some("phường 5"),
                Some("quận 3"),
                Some("thành phố Hồ Chí Minh"),
            ],
            before_2025: codes(Some(79), Some(770), Some(27151)),
            upper: true,
        },
        Row {
            input: "thôn Đông, xã Gia Hòa, huyện Gia Viễn, tỉnh Ninh Bình",
            house: None,
            street: None,
            units: [
                Some("thôn Đông"),
                Some("xã Gia Hòa"),
                Some("huyện Gia Viễn"),
                Some("tỉnh Ninh Bình"),
            ],
            before_2025: codes(Some(37), Some(373), Some(14467)),
            upper: false,
        },
        Row {
            input: "Số 5 Đống Đa, Phường 2, Q. Tân Bình, Tp. HCM",
            house: Some("5"),
            street: Some("Đống Đa"),
            units: [
                None,
                Some("phường 2"),
                Some("quận Tân Bình"),
                Some("thành phố Hồ Chí Minh"),
            ],
            before_2025: codes(Some(79), Some(766), Some(26965)),
            upper: true,
        },
        Row {
            input: "ấp Tân Hội, xã Tân Thạnh, huyện Long Phú, tỉnh Sóc Trăng",
            house: None,
            street: None,
            units: [
                Some("ấp Tân Hội"),
                Some("xã Tân Thạnh"),
                Some("huyện Long Phú"),
                Some("tỉnh Sóc Trăng"),
            ],
            before_2025: codes(Some(94), Some(946), Some(31666)),
            upper: false,
        },
        Row {
            input: "P. Dương Nội, Q. Hà Đông, Hà Nội",
            house: None,
            street: None,
            units: [
                None,
                Some("phường Dương Nội"),
                Some("quận Hà Đông"),
                Some("thành phố Hà Nội"),
            ],
            before_2025: codes(Some(1), Some(268), Some(9886)),
            upper: true,
        },
        Row {
            input: "123/4 Nguyễn Trãi, Phường 2, Quận 5, Thành phố Hồ Chí Minh",
            house: Some("123/4"),
            street: Some("Nguyễn Trãi"),
            units: [
                None,
                Some("phường 2"),
                Some("quận 5"),
                Some("thành phố Hồ Chí Minh"),
            ],
            before_2025: codes(Some(79), Some(774), Some(27307)),
            upper: true,
        },
        Row {
            input: "Số nhà 10, ngõ 5, phố Huế, phường Phạm Đình Hổ, quận Hai Bà Trưng, Hà Nội",
            house: Some("10"),
            street: Some("ngõ 5, phố Huế"),
            units: [
                None,
                Some("phường Phạm Đình Hổ"),
                Some("quận Hai Bà Trưng"),
                Some("thành phố Hà Nội"),
            ],
            before_2025: codes(Some(1), Some(7), Some(247)),
            upper: true,
        },
        Row {
            input: "12 Xã Đàn, phường Nam Đồng, quận Đống Đa, Hà Nội",
            house: Some("12"),
            street: Some("Xã Đàn"),
            units: [
                None,
                Some("phường Nam Đồng"),
                Some("quận Đống Đa"),
                Some("thành phố Hà Nội"),
            ],
            before_2025: codes(Some(1), Some(6), Some(208)),
            upper: false,
        },
        Row {
            input: "tổ 5, khu phố 2, phường 3, quận Tân Bình, TP.HCM",
            house: None,
            street: Some("tổ 5"),
            units: [
                Some("khu phố 2"),
                Some("phường 3"),
                Some("quận Tân Bình"),
                Some("thành phố Hồ Chí Minh"),
            ],
            before_2025: codes(Some(79), Some(766), Some(26980)),
            upper: true,
        },
        Row {
            input: "Kiệt 12 Hoàng Diệu, phường Phước Ninh, quận Hải Châu, thành phố Đà Nẵng",
            house: None,
            street: Some("Kiệt 12 Hoàng Diệu"),
            units: [
                None,
                Some("phường Phước Ninh"),
                Some("quận Hải Châu"),
                Some("thành phố Đà Nẵng"),
            ],
            before_2025: codes(Some(48), Some(492), Some(20242)),
            upper: true,
        },
        Row {
            input: "Hẻm 51 Cao Thắng, Phường 3, Quận 3, TP. Hồ Chí Minh",
            house: None,
            street: Some("Hẻm 51 Cao Thắng"),
            units: [
                None,
                Some("phường 3"),
                Some("quận 3"),
                Some("thành phố Hồ Chí Minh"),
            ],
            before_2025: codes(Some(79), Some(770), Some(27154)),
            upper: true,
        },
        Row {
            input: "45-47 Lý Tự Trọng; phường Bến Nghé; quận 1; TPHCM",
            house: Some("45-47"),
            street: Some("Lý Tự Trọng"),
            units: [
                None,
                Some("phường Bến Nghé"),
                Some("quận 1"),
                Some("thành phố Hồ Chí Minh"),
            ],
            before_2025: codes(Some(79), Some(760), Some(26740)),
            upper: true,
        },
        Row {
            input: "Số 8 Hùng Vương – phường 1 – thành phố Sóc Trăng – tỉnh Sóc Trăng",
            house: Some("8"),
            street: Some("Hùng Vương"),
            units: [
                None,
                Some("phường 1"),
                Some("thành phố Sóc Trăng"),
                Some("tỉnh Sóc Trăng"),
            ],
            before_2025: codes(Some(94), Some(941), Some(31522)),
            upper: true,
        },
        Row {
            input: "khu phố 3, phường Linh Trung, thành phố Thủ Đức, TP.HCM",
            house: None,
            street: None,
            units: [
                Some("khu phố 3"),
                Some("phường Linh Trung"),
                Some("thành phố Thủ Đức"),
                Some("thành phố Hồ Chí Minh"),
            ],
            before_2025: codes(Some(79), Some(769), Some(26800)),
            upper: true,
        },
        Row {
            input: "SN 7, tổ dân phố 4, phường Quang Trung, thành phố Thái Bình, tỉnh Thái Bình",
            house: Some("7"),
            street: None,
            units: [
                Some("tổ dân phố 4"),
                Some("phường Quang Trung"),
                Some("thành phố Thái Bình"),
                Some("tỉnh Thái Bình"),
            ],
            before_2025: codes(Some(34), Some(336), Some(12445)),
            upper: true,
        },
        Row {
            input: "phường 7, thành phố Vũng Tàu, Bà Rịa - Vũng Tàu",
            house: None,
            street: None,
            units: [
                None,
                Some("phường 7"),
                Some("thành phố Vũng Tàu"),
                Some("tỉnh Bà Rịa - Vũng Tàu"),
            ],
            before_2025: codes(Some(77), Some(747), Some(26524)),
            upper: true,
        },
        // The units of 1 July 2025: no district, codes of the 2025 list only.
        Row {
            input: "phường Sài Gòn, Thành phố Hồ Chí Minh",
            house: None,
            street: None,
            units: [
                None,
                Some("phường Sài Gòn"),
                None,
                Some("thành phố Hồ Chí Minh"),
            ],
            before_2025: codes(Some(79), None, None),
            upper: true,
        },
        // A commune of the 2025 list in the province of the old one.
        Row {
            input: "xã Gia Hòa, tỉnh Sóc Trăng",
            house: None,
            street: None,
            units: [None, Some("xã Gia Hòa"), None, Some("tỉnh Sóc Trăng")],
            before_2025: codes(Some(94), None, None),
            upper: true,
        },
    ];

    fn check(row: &Row, form: &str, transform: impl Fn(&str) -> String) {
        let input = transform(row.input);
        let a: Address = input
            .parse()
            .unwrap_or_else(|e| panic!("{form} {:?}: {e}", row.input));
        let written = |s: Option<&str>| s.map(&transform);
        assert_eq!(a.house_number, written(row.house), "{form} {:?}", row.input);
        assert_eq!(a.street, written(row.street), "{form} {:?}", row.input);
        // A name the gazetteer lacks (`thôn Đông`) is kept as written, so compare decomposed.
        let units = [&a.village, &a.commune, &a.district, &a.province]
            .map(|u| u.as_ref().map(|u| nfd(&u.to_string())));
        assert_eq!(
            units,
            row.units.map(|u| u.map(nfd)),
            "{form} {:?}",
            row.input
        );
        assert_eq!(
            a.codes(Era::Before2025),
            row.before_2025,
            "{form} {:?}",
            row.input
        );
        assert_eq!(a.codes(Era::After2025).district, None);
        let back: Address = a.to_string().parse().expect("Display reads back");
        assert_eq!(back, a, "{form} {:?} -> {a}", row.input);
    }

    #[test]
    fn real_addresses_read_into_their_parts() {
        for row in ROWS {
            check(row, "NFC", str::to_string);
        }
    }

    #[test]
    fn decomposed_input_reads_the_same() {
        for row in ROWS {
            check(row, "NFD", nfd);
        }
    }

    #[test]
    fn capitals_read_the_same() {
        for row in ROWS.iter().filter(|r| r.upper) {
            check(row, "upper", str::to_uppercase);
        }
    }

    #[test]
    fn display_is_canonical() {
        let cases = [
            (
                "56 Lê Duẩn - Phường 3 - Tp Sóc Trăng",
                "56 Lê Duẩn, phường 3, thành phố Sóc Trăng",
            ),
            (
                "Số 12, đường Trần Phú, P.5, Q.3, TP.HCM",
                "12 đường Trần Phú, phường 5, quận 3, thành phố Hồ Chí Minh",
            ),
            (
                "SN 7, tổ dân phố 4, phường Quang Trung, thành phố Thái Bình, tỉnh Thái Bình",
                "7, tổ dân phố 4, phường Quang Trung, thành phố Thái Bình, tỉnh Thái Bình",
            ),
            (
                "P. DƯƠNG NỘI, Q. HÀ ĐÔNG, HÀ NỘI",
                "phường Dương Nội, quận Hà Đông, thành phố Hà Nội",
            ),
        ];
        for (input, canonical) in cases {
            let a: Address = input.parse().expect(input);
            assert_eq!(a.to_string(), canonical);
        }
    }

    #[test]
    fn codes_follow_the_era() {
        let a: Address = "P. Dương Nội, Q. Hà Đông, Hà Nội".parse().unwrap();
        assert_eq!(a.codes(Era::After2025), codes(Some(1), None, Some(9886)));
        // The new xã Gia Hòa is in Cần Thơ, which Sóc Trăng became part of.
        let a: Address = "xã Gia Hòa, tỉnh Sóc Trăng".parse().unwrap();
        assert_eq!(a.codes(Era::After2025), codes(Some(92), None, Some(31726)));
        // The old xã Gia Hòa is the one in Gia Viễn: the 2025 namesake is dropped.
        let a: Address = "xã Gia Hòa, huyện Gia Viễn, tỉnh Ninh Bình"
            .parse()
            .unwrap();
        assert_eq!(a.codes(Era::After2025), codes(Some(37), None, None));
        // The district picks its xã Tân Thạnh out of seven; the old province its new one.
        let a: Address = "xã Tân Thạnh, huyện Long Phú, tỉnh Sóc Trăng"
            .parse()
            .unwrap();
        assert_eq!(
            a.commune.as_ref().and_then(|u| u.code()),
            code(Level::Commune, Some(31666))
        );
        assert_eq!(a.codes(Era::After2025), codes(Some(92), None, Some(31666)));
        // A ward number with no namesake in its district stays unresolved, not an error: Quận 5's
        // phường 3 was merged away in 2024, though twenty others remain in the gazetteer.
        let a: Address = "Phường 3, Quận 5, TP.HCM".parse().unwrap();
        assert_eq!(a.codes(Era::Before2025), codes(Some(79), Some(774), None));
        assert!(a.commune.unwrap().matches.is_empty());
    }

    #[test]
    fn contradictions_name_both_units() {
        let cases = [
            (
                "huyện Gia Viễn, tỉnh Sóc Trăng",
                0,
                "`huyện Gia Viễn` does not lie in `tỉnh Sóc Trăng`",
            ),
            (
                "xã Gia Hòa, huyện Long Phú, tỉnh Sóc Trăng",
                0,
                "`xã Gia Hòa` does not lie in `huyện Long Phú`",
            ),
            (
                "phường Dương Nội, quận Hà Đông, tỉnh Sóc Trăng",
                "phường Dương Nội, ".len(),
                "`quận Hà Đông` does not lie in `tỉnh Sóc Trăng`",
            ),
            (
                "Số 5, xã Tân Thạnh, huyện Gia Viễn, Ninh Bình",
                "Số 5, ".len(),
                "`xã Tân Thạnh` does not lie in `huyện Gia Viễn`",
            ),
            (
                "12 Lê Lợi, Phường 2, Quận 5, Hà Nội",
                "12 Lê Lợi, Phường 2, ".len(),
                "`quận 5` does not lie in `thành phố Hà Nội`",
            ),
            (
                "12 Lê Lợi, phường Bến Nghé, Quận 3, TP.HCM",
                "12 Lê Lợi, ".len(),
                "`phường Bến Nghé` does not lie in `quận 3`",
            ),
        ];
        for (input, offset, message) in cases {
            let err = input.parse::<Address>().unwrap_err();
            assert_eq!(
                err.kind(),
                &ErrorKind::Invalid(message.to_string()),
                "{input}"
            );
            assert_eq!(err.offset(), offset, "{input}");
            assert!(address(input).is_err(), "{input}");
            assert!(address(&nfd(input)).is_err(), "{input}");
        }
    }

    #[test]
    fn not_addresses() {
        let cases = [
            ("", ErrorKind::Empty("")),
            ("56 Lê Duẩn", ErrorKind::Invalid(String::new())),
            ("thôn Đông", ErrorKind::Invalid(String::new())),
            (
                "quận 5, phường 3",
                ErrorKind::Trailing("phường 3".to_string()),
            ),
            (
                "phường Bến Nghé, quận 1, TP.HCM, Việt Nam, Hà Nội",
                ErrorKind::Trailing("Hà Nội".to_string()),
            ),
            ("phường 3, quận 5,", ErrorKind::UnexpectedEnd("")),
        ];
        for (input, kind) in cases {
            let err = input.parse::<Address>().unwrap_err();
            let same = match (&kind, err.kind()) {
                (ErrorKind::Trailing(want), ErrorKind::Trailing(got)) => want == got,
                (want, got) => std::mem::discriminant(want) == std::mem::discriminant(got),
            };
            assert!(same, "{input}: {err}");
        }
        assert!(address("Hôm nay, tôi đến phường 3, quận 5").is_err());
    }

    #[test]
    fn the_nom_parser_stops_after_the_address() {
        let (rest, a) =
            address("thôn Đông, xã Gia Hòa, huyện Gia Viễn, tỉnh Ninh Bình. Điện thoại: 0229")
                .unwrap();
        assert_eq!(rest, ". Điện thoại: 0229");
        assert_eq!(a.province.unwrap().to_string(), "tỉnh Ninh Bình");
        let (rest, a) = address("P. Dương Nội, Q. Hà Đông, Hà Nội, Việt Nam. Tel").unwrap();
        assert_eq!(rest, ". Tel");
        assert_eq!(a.province.unwrap().to_string(), "thành phố Hà Nội");
        let (rest, _) = address("phường 3, quận 5\nNgười nhận").unwrap();
        assert_eq!(rest, "\nNgười nhận");
    }
}

/// The forms people write that leave out what the grammar once required: the type words of
/// district and ward (found through the gazetteer, each inside the next), the country, and
/// the floor and building before the house number.
#[cfg(feature = "gazetteer")]
mod forms {
    use vnparse::address::Address;
    use vnparse::admin::AdminUnit;
    use vnparse::gazetteer::Era;
    use vnparse::Phone;

    /// (input, building, house, street, commune, district, province)
    type Row = (
        &'static str,
        Option<&'static str>,
        Option<&'static str>,
        Option<&'static str>,
        Option<&'static str>,
        Option<&'static str>,
        &'static str,
    );

    const ROWS: &[Row] = &[
        (
            "18 Hoàng Diệu, Ba Đình, Hà Nội",
            None,
            Some("18"),
            Some("Hoàng Diệu"),
            None,
            Some("quận Ba Đình"),
            "thành phố Hà Nội",
        ),
        (
            "Số 1 Đại Cồ Việt, Hai Bà Trưng, Hà Nội",
            None,
            Some("1"),
            Some("Đại Cồ Việt"),
            None,
            Some("quận Hai Bà Trưng"),
            "thành phố Hà Nội",
        ),
        (
            "18 Hoàng Diệu, Ba Đình, Hà Nội, Việt Nam",
            None,
            Some("18"),
            Some("Hoàng Diệu"),
            None,
            Some("quận Ba Đình"),
            "thành phố Hà Nội",
        ),
        (
            "Số 5, Phúc Xá, Ba Đình, Hà Nội",
            None,
            Some("5"),
            None,
            Some("phường Phúc Xá"),
            Some("quận Ba Đình"),
            "thành phố Hà Nội",
        ),
        (
            "Số 5, Hoàng Diệu, Ba Đình, Hà Nội",
            None,
            Some("5"),
            Some("Hoàng Diệu"),
            None,
            Some("quận Ba Đình"),
            "thành phố Hà Nội",
        ),
        (
            "phường Phúc Xá, Ba Đình, Hà Nội",
            None,
            None,
            None,
            Some("phường Phúc Xá"),
            Some("quận Ba Đình"),
            "thành phố Hà Nội",
        ),
        (
            "25 Lê Lợi, Bến Nghé, quận 1, TP.HCM",
            None,
            Some("25"),
            Some("Lê Lợi"),
            Some("phường Bến Nghé"),
            Some("quận 1"),
            "thành phố Hồ Chí Minh",
        ),
        (
            "56 Lê Duẩn, Hà Nội",
            None,
            Some("56"),
            Some("Lê Duẩn"),
            None,
            None,
            "thành phố Hà Nội",
        ),
        (
            "Số 12, đường Trần Phú, P.5, Q.3, TP.HCM, Việt Nam",
            None,
            Some("12"),
            Some("đường Trần Phú"),
            Some("phường 5"),
            Some("quận 3"),
            "thành phố Hồ Chí Minh",
        ),
        (
            "xã Gia Hòa, huyện Gia Viễn, tỉnh Ninh Bình, Vietnam",
            None,
            None,
            None,
            Some("xã Gia Hòa"),
            Some("huyện Gia Viễn"),
            "tỉnh Ninh Bình",
        ),
        (
            "Tầng 5, tòa nhà Sông Hồng, 23 Phan Chu Trinh, phường Hoàn Kiếm, thành phố Hà Nội, Việt Nam",
            Some("Tầng 5, tòa nhà Sông Hồng"),
            Some("23"),
            Some("Phan Chu Trinh"),
            Some("phường Hoàn Kiếm"),
            None,
            "thành phố Hà Nội",
        ),
        (
            "Phòng 302, Chung cư B4, 12 Nguyễn Trãi, Thanh Xuân, Hà Nội",
            Some("Phòng 302, Chung cư B4"),
            Some("12"),
            Some("Nguyễn Trãi"),
            None,
            Some("quận Thanh Xuân"),
            "thành phố Hà Nội",
        ),
    ];

    #[test]
    fn untyped_units_country_and_building_read() {
        for &(input, building, house, street, commune, district, province) in ROWS {
            let a: Address = input.parse().unwrap_or_else(|e| panic!("{input}: {e}"));
            let name = |u: &Option<AdminUnit>| u.as_ref().map(ToString::to_string);
            assert_eq!(a.building.as_deref(), building, "{input}");
            assert_eq!(a.house_number.as_deref(), house, "{input}");
            assert_eq!(a.street.as_deref(), street, "{input}");
            assert_eq!(name(&a.commune).as_deref(), commune, "{input}");
            assert_eq!(name(&a.district).as_deref(), district, "{input}");
            assert_eq!(name(&a.province).as_deref(), Some(province), "{input}");
            let back: Address = a.to_string().parse().unwrap();
            assert_eq!(back, a, "{input} -> {a}");
        }
    }

    /// An untyped piece is a unit only where it lies in the unit after it; else it stays the
    /// street (near misses).
    #[test]
    fn untyped_pieces_that_do_not_fit_stay_streets() {
        // Hoàn Kiếm is no district of Đà Nẵng: the pieces are streets, and no unit is named.
        let err = "12 Trần Phú, Hoàn Kiếm, Đà Nẵng thành phố"
            .parse::<Address>()
            .unwrap_err();
        assert!(err.to_string().contains("names no"), "{err}");
        let a: Address = "Ngõ 5, Hoàn Kiếm, Đà Nẵng".parse().unwrap();
        assert_eq!(a.district, None);
        assert_eq!(a.street.as_deref(), Some("Ngõ 5, Hoàn Kiếm"));
        // A street named like a ward right after the house number stays the street.
        let a: Address = "12 Hàng Bài, Hoàn Kiếm, Hà Nội".parse().unwrap();
        assert_eq!(a.street.as_deref(), Some("Hàng Bài"));
        assert_eq!(a.commune, None);
        // `Việt Nam` only as the last part.
        assert!("Việt Nam, Hà Nội"
            .parse::<Address>()
            .is_ok_and(|a| a.street.is_some()));
    }

    #[test]
    fn the_era_of_an_address() {
        let era = |s: &str| s.parse::<Address>().unwrap().era();
        assert_eq!(era("18 Hoàng Diệu, Ba Đình, Hà Nội"), Some(Era::Before2025));
        assert_eq!(era("xã Tà Xi Láng, tỉnh Lào Cai"), Some(Era::After2025));
        assert_eq!(era("đặc khu Phú Quốc, tỉnh An Giang"), Some(Era::After2025));
        assert_eq!(era("56 Lê Duẩn, Hà Nội"), None);
    }

    #[test]
    fn admin_units_in_typed_forms() {
        for (input, value) in [
            ("tp Đà Nẵng", "thành phố Đà Nẵng"),
            ("tp. Đà Nẵng", "thành phố Đà Nẵng"),
            ("Tp Đà Nẵng", "thành phố Đà Nẵng"),
            ("tp Hồ Chí Minh", "thành phố Hồ Chí Minh"),
            ("thành phố Đà Nẵng", "thành phố Đà Nẵng"),
        ] {
            let u: AdminUnit = input.parse().unwrap_or_else(|e| panic!("{input}: {e}"));
            assert_eq!(u.to_string(), value);
            assert_eq!(u.to_string().parse::<AdminUnit>().unwrap(), u);
        }
        // Lower-case `tp` takes only a name the gazetteer knows.
        assert!("tp Nam Sang".parse::<AdminUnit>().is_err());
        assert!("TP Nam Sang".parse::<AdminUnit>().is_ok());
    }

    #[test]
    fn error_messages_say_what_and_where() {
        let cases: [(&str, usize, &str); 5] = [
            (
                "Số 1 Đại Cồ Việt, Hai Bà Trưng",
                0,
                "`Số 1 Đại Cồ Việt, Hai Bà Trưng` names no commune, district or province",
            ),
            (
                "  56 Lê Duẩn",
                2,
                "`56 Lê Duẩn` names no commune, district or province",
            ),
            (
                "Tầng 5, tòa nhà ABC",
                0,
                "`Tầng 5, tòa nhà ABC` names no commune, district or province",
            ),
            (
                "huyện Gia Viễn, tỉnh Sóc Trăng",
                0,
                "`huyện Gia Viễn` does not lie in `tỉnh Sóc Trăng`",
            ),
            ("phường Phúc Xá, Ba Đình, Đà Nẵng, Hà Nội", 0, ""),
        ];
        for (input, offset, message) in cases {
            let err = input.parse::<Address>().unwrap_err();
            if !message.is_empty() {
                assert_eq!(
                    format!("at byte {}: {}", err.offset(), err.kind()),
                    format!("at byte {offset}: {message}"),
                    "{input}"
                );
            }
        }
        // The place and the reason (tests/errors.rs checks the whole messages).
        let said = |e: vnparse::Error| format!("at byte {}: {}", e.offset(), e.kind());
        let unit = |s: &str| said(s.parse::<AdminUnit>().unwrap_err());
        assert_eq!(
            unit("tỉnh"),
            "at byte 6: unexpected end of input, expected the name of the unit after its type"
        );
        assert_eq!(
            unit(" TP. "),
            "at byte 4: unexpected end of input, expected the name of the unit after its type"
        );
        assert_eq!(
            unit("tp Nam Sang"),
            "at byte 3: unexpected `N`, expected the name of a city the gazetteer knows (or `TP` \
             before any name)"
        );
        assert_eq!(
            unit("tỉnh Hà Giang x"),
            "at byte 16: unexpected trailing text ` x`"
        );
        // Reading stopped early: the error is where, not that no unit was named.
        let err = "12 Lê Lợi; ; quận 1".parse::<Address>().unwrap_err();
        assert_eq!(
            said(err),
            "at byte 14: unexpected `;`, expected the next part of the address, such as `quận 5`"
        );
        let phone = |s: &str| said(s.parse::<Phone>().unwrap_err());
        assert_eq!(
            phone("84912345678"),
            "at byte 0: `84912345678` lacks its `+` or leading 0: write `+84912345678` or \
             `0912345678`"
        );
        assert_eq!(
            phone("0912 345 67"),
            "at byte 0: `0912 345 67` has 9 digits: a Vietnamese number has 10 beginning with 0 \
             (11 for an old mobile or landline)"
        );
        assert_eq!(
            phone("0012345678"),
            "at byte 0: `0012345678` begins with no known prefix: a mobile begins 03, 05, 07, 08 \
             or 09, a landline with its area code"
        );
        assert_eq!(
            phone("912345678"),
            "at byte 0: `912345678` does not begin with 0 or +84, as a Vietnamese number does"
        );
        assert_eq!(
            phone("+84 12"),
            "at byte 0: `+84 12` is not a Vietnamese number: +84 and 8 to 10 digits"
        );
    }
}

/// Pieces of address-like text: house numbers, streets, units in several forms, separators
/// and junk.
fn piece() -> impl Strategy<Value = String> {
    let fixed = prop::sample::select(vec![
        "56",
        "Số 12",
        "Số nhà 10",
        "123/4",
        "SN",
        "Số",
        "12A",
        "45-",
        "/",
        "0",
        "Lê Duẩn",
        "đường Trần Phú",
        "ngõ 5",
        "phố Huế",
        "Xã Đàn",
        "phường",
        "Phường 3",
        "P.5",
        "P.",
        "Q.3",
        "Q.",
        "quận 5",
        "Quận 05",
        "huyện Gia Viễn",
        "huyện Long Phú",
        "xã Gia Hòa",
        "xã Tân Thạnh",
        "thôn Đông",
        "ấp Tân Hội",
        "khu phố 2",
        "tổ 5",
        "tổ dân phố",
        "Tp Sóc Trăng",
        "TP.",
        "TP.HCM",
        "TPHCM",
        "Tp. HCM",
        "tỉnh Ninh Bình",
        "tỉnh Sóc Trăng",
        "Hà Nội",
        "HCM",
        "Bà Rịa - Vũng Tàu",
        "tỉnh Bà Rịa",
        "Thành phố Hồ Chí Minh",
        "thành phố",
        "phường Sài Gòn",
        "P. Dương Nội",
        "Q. Hà Đông",
        "HÀ NỘI",
        ",",
        ", ",
        " - ",
        "–",
        ";",
        "-",
        " ",
        "\u{a0}",
        "\n",
        ".",
        "ho\u{300}a",
        "\u{301}",
        "\u{300}a",
        "Ð",
        "999999999999999999999",
        "xã hội",
        "tỉnh ta",
        "Việt Nam",
    ])
    .prop_map(str::to_string);
    prop_oneof![4 => fixed, 1 => "\\PC{0,6}"]
}

fn separator() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![", ", " - ", " – ", "; ", ",", " ", "", "-", "–"])
}

fn address_like() -> impl Strategy<Value = String> {
    prop::collection::vec((piece(), separator()), 0..8)
        .prop_map(|parts| parts.into_iter().map(|(piece, sep)| piece + sep).collect())
}

/// Addresses in their usual order, each part in one of its forms, some of them wrong.
fn ordered_address() -> impl Strategy<Value = String> {
    let one_of = |forms: &[&'static str]| prop::option::of(prop::sample::select(forms.to_vec()));
    let parts = (
        one_of(&["56", "Số 12", "Số nhà 10", "123/4", "SN 7", "45-47"]),
        one_of(&[
            "Lê Duẩn",
            "đường Trần Phú",
            "ngõ 5, phố Huế",
            "Xã Đàn",
            "Hẻm 51 Cao Thắng",
        ]),
        one_of(&[
            "thôn Đông",
            "ấp Tân Hội",
            "khu phố 2",
            "tổ 5, khu phố 2",
            "Tổ dân phố 4",
        ]),
        one_of(&[
            "Phường 3",
            "P.5",
            "phường 2",
            "xã Gia Hòa",
            "xã Tân Thạnh",
            "P. Dương Nội",
            "phường Bến Nghé",
            "phường Sài Gòn",
        ]),
        one_of(&[
            "Tp Sóc Trăng",
            "Q.3",
            "Quận 5",
            "Q. Tân Bình",
            "huyện Gia Viễn",
            "huyện Long Phú",
            "Q. Hà Đông",
            "quận 1",
        ]),
        one_of(&[
            "TP.HCM",
            "Tp. HCM",
            "tỉnh Ninh Bình",
            "tỉnh Sóc Trăng",
            "Hà Nội",
            "HCM",
            "Thành phố Hồ Chí Minh",
            "Bà Rịa - Vũng Tàu",
        ]),
        separator(),
    );
    parts.prop_map(
        |(house, street, village, commune, district, province, sep)| {
            let line = match (house, street) {
                (Some(h), Some(s)) => Some(format!("{h} {s}")),
                (h, s) => h.or(s).map(str::to_string),
            };
            let units = [village, commune, district, province].into_iter().flatten();
            let parts: Vec<String> = line.into_iter().chain(units.map(str::to_string)).collect();
            parts.join(sep)
        },
    )
}

#[test]
fn long_text_is_not_an_address() {
    let prose = "Lê Duẩn ".repeat(10_000);
    assert!(address(&prose).is_err());
    assert!(address(&format!("56 {prose}, phường 3")).is_err());
    let many = "phường 3, ".repeat(10_000);
    let (rest, _) = address(&many).unwrap();
    assert_eq!(rest.len(), many.len() - "phường 3".len());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn never_panics_and_reads_back(s in prop_oneof![address_like(), ordered_address()]) {
        let _ = address(&s);
        let _ = address(&nfd(&s));
        if let Ok(a) = s.parse::<Address>() {
            let back = a.to_string().parse::<Address>();
            prop_assert_eq!(back, Ok(a));
        }
    }
}
