//! Calendar days: `10/03/2023`, `ngày 25/11`, `Thứ sáu, 10/03/2023`, `Sáng ngày 23/4/2014`,
//! `ngày 15 tháng 3 năm 2024`, `mùng 2 tháng 9`, `Tết Canh Tý 2020`, `15/8 âm lịch`,
//! `rằm tháng Giêng`.
//!
//! # Grammar
//!
//! ```text
//! date     = [[part] weekday sep] [part ["nay" | "qua" | "mai"] ["("] | today "("] [cue] day
//!            [lunar] [")"] [("," | "-") weekday]
//!          | tet
//! weekday  = "Thứ" ("hai" … "bảy" | "2" … "7") | "Chủ nhật" | "CN" | "T2" … "T7"
//! part     = "sáng" | "rạng sáng" | "trưa" | "chiều" | "tối" | "đêm" | "khuya"
//! cue      = "ngày" | "hôm" | "mùng" | "mồng" | "ngày mùng" | "ngày mồng"
//! today    = "hôm nay" | "hôm qua" | "hôm kia" | "ngày mai" | "ngày kia" | "ngày hôm nay" | …
//! day      = d "/" m ["/" year] | d "." m ["." year] | d "-" m ["-" year]
//!          | d ("tháng" | "thg") (month [leap] | "nhuận") [("năm" | "/" | ",") year]
//!          | d "Tết" | "rằm tháng" month [leap]
//! month    = 1 … 12 | "Giêng" | "Hai" … "Mười Một" | "Chạp"
//! leap     = "nhuận" | "(nhuận)"
//! year     = 4 digits | 2 digits (2000 + yy below 50, else 1900 + yy) | "năm" can-chi
//! lunar    = "âm lịch" | "lịch âm" | "AL" | "ÂL" | "(AL)" | "(âm)"
//! tet      = "Tết" ["Nguyên đán"] [can-chi] ["năm"] [year] | "Tết Dương lịch" ["năm"] year
//! ```
//!
//! `tháng Giêng` and `tháng Chạp` are lunar months, so a day of them is a lunar date; so are
//! `rằm tháng …` (the 15th) and `mùng 6 Tết`. A lunar date's value is its lunar month and day;
//! [`Date::solar`] converts it when the year is known. `Tết` with a year is the solar date of
//! that Lunar New Year (`Tết Canh Tý 2020` is 2020-01-25; so is `mùng 1 Tết 2020`, while
//! `mùng 4 Tết năm 2024` is a lunar date with its year); a can-chi name written with the year
//! must name that year.
//!
//! A leap month (`tháng 4 nhuận`, `tháng 4 (nhuận)`) is lunar; with a year it must be the month
//! that year repeats, and `tháng nhuận năm 2020` (no number) is that month. The lunar calendar
//! is computed for the years [`lunar::FIRST_YEAR`] to [`lunar::LAST_YEAR`]: a lunar date of a
//! year outside them is an error that says so.
//!
//! A day that cannot exist (`31/02/2023`, `32/1`, `25/13`) is an error, never a date.
//!
//! A lunar year named by its can-chi alone (`Tết Bính Ngọ`, `20 tháng Giêng năm Kỷ Hợi`)
//! keeps that name ([`CanChi`]): the name comes back every sixty years, and
//! [`Date::resolve`] picks the year of that name nearest a reference date.
//!
//! `Date`'s `FromStr` reads the whole text as the grammar above, or as the ISO form
//! [`Date::to_iso`] writes (`2024-03-15`, `--03-15`); the extractor reads the first of these
//! in free text too (`Đăng ngày: 2024-11-05`), as metadata and forms write it:
//!
//! ```text
//! iso = yyyy "-" mm "-" dd | "--" mm "-" dd
//! ```
//!
//! A `Date` is built by its constructors ([`Date::new`], [`Date::lunar`], [`Date::tet`], …),
//! which check that the day exists; its `Display` writes a form `FromStr` reads back as the
//! same value.

use crate::error::{after, ends_with_word, here, parse_all, Error, ErrorKind, Expect, Stop};
use crate::lunar;
use crate::text::PhraseTable;
use crate::text::{
    keyword_rest, lookup_phrase, match_phrase, same_word, space0, space1, split_word, Folded,
};
use nom::error::{Error as NomError, ErrorKind as NomErrorKind};
use nom::IResult;
use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

/// A day of the week, as written before a date.
///
/// ```
/// use vnparse::date::{Date, Weekday};
/// let d: Date = "Thứ sáu, 10/03/2023".parse()?;
/// assert_eq!(d.weekday(), Some(Weekday::Friday));
/// assert!(Weekday::Monday < Weekday::Sunday);
/// # Ok::<(), vnparse::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Weekday {
    /// Thứ hai.
    Monday,
    /// Thứ ba.
    Tuesday,
    /// Thứ tư.
    Wednesday,
    /// Thứ năm.
    Thursday,
    /// Thứ sáu.
    Friday,
    /// Thứ bảy.
    Saturday,
    /// Chủ nhật.
    Sunday,
}

impl Weekday {
    /// Every weekday, Monday first.
    ///
    /// ```
    /// use vnparse::date::Weekday;
    /// assert_eq!(Weekday::ALL.map(Weekday::iso), [1, 2, 3, 4, 5, 6, 7]);
    /// ```
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// The ISO 8601 number: Monday 1 … Sunday 7.
    ///
    /// ```
    /// use vnparse::date::Weekday;
    /// assert_eq!((Weekday::Monday.iso(), Weekday::Sunday.iso()), (1, 7));
    /// ```
    pub fn iso(self) -> u8 {
        // Seven variants: the discriminant is 0 to 6.
        #[allow(clippy::arithmetic_side_effects)]
        let iso = self as u8 + 1;
        iso
    }

    /// The weekday of ISO number `n` (1 to 7).
    ///
    /// ```
    /// use vnparse::date::Weekday;
    /// assert_eq!(Weekday::from_iso(7), Some(Weekday::Sunday));
    /// assert_eq!(Weekday::from_iso(0), None);
    /// ```
    pub fn from_iso(n: u8) -> Option<Self> {
        Weekday::ALL.get(usize::from(n).checked_sub(1)?).copied()
    }

    /// The Vietnamese name: `Thứ Hai` … `Chủ Nhật`.
    ///
    /// ```
    /// use vnparse::date::Weekday;
    /// assert_eq!(Weekday::Friday.name(), "Thứ Sáu");
    /// assert_eq!(Weekday::Sunday.name(), "Chủ Nhật");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Weekday::Monday => "Thứ Hai",
            Weekday::Tuesday => "Thứ Ba",
            Weekday::Wednesday => "Thứ Tư",
            Weekday::Thursday => "Thứ Năm",
            Weekday::Friday => "Thứ Sáu",
            Weekday::Saturday => "Thứ Bảy",
            Weekday::Sunday => "Chủ Nhật",
        }
    }
}

/// A part of the day, as written with a date or a time.
///
/// ```
/// use vnparse::date::{DayPart, Date};
/// use vnparse::Time;
/// let t: Time = "8 giờ tối".parse()?;
/// assert_eq!((t.part(), t.hour()), (Some(DayPart::Evening), 20));
/// let d: Date = "Sáng ngày 23/4/2014".parse()?;
/// assert_eq!(d.part(), Some(DayPart::Morning));
/// # Ok::<(), vnparse::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DayPart {
    /// sáng, rạng sáng.
    Morning,
    /// trưa.
    Noon,
    /// chiều.
    Afternoon,
    /// tối.
    Evening,
    /// đêm, khuya.
    Night,
}

impl DayPart {
    /// The contract's name: `morning`, `noon`, `afternoon`, `evening`, `night`.
    ///
    /// ```
    /// use vnparse::date::DayPart;
    /// assert_eq!(DayPart::Afternoon.as_str(), "afternoon");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            DayPart::Morning => "morning",
            DayPart::Noon => "noon",
            DayPart::Afternoon => "afternoon",
            DayPart::Evening => "evening",
            DayPart::Night => "night",
        }
    }

    /// The Vietnamese word: `sáng`, `trưa`, `chiều`, `tối`, `đêm`.
    ///
    /// ```
    /// use vnparse::date::DayPart;
    /// assert_eq!(DayPart::Afternoon.word(), "chiều");
    /// assert_eq!(DayPart::Night.word(), "đêm");
    /// ```
    pub fn word(self) -> &'static str {
        match self {
            DayPart::Morning => "sáng",
            DayPart::Noon => "trưa",
            DayPart::Afternoon => "chiều",
            DayPart::Evening => "tối",
            DayPart::Night => "đêm",
        }
    }

    /// The 24-hour hour of a 12-hour `hour` said in this part of the day, as the reader makes
    /// it: `3 giờ chiều` is 15, `1 giờ trưa` is 13, `12 giờ đêm` and `12 giờ tối` are 0 (the
    /// twelfth hour of an evening is its midnight, as of a night); an hour that is already on
    /// the 24-hour clock (`15 giờ chiều`, `9 giờ sáng`) stays as it is.
    ///
    /// ```
    /// use vnparse::date::DayPart;
    /// assert_eq!(DayPart::Afternoon.to_24_hour(3), 15);
    /// assert_eq!(DayPart::Night.to_24_hour(12), 0);
    /// assert_eq!(DayPart::Evening.to_24_hour(12), 0);
    /// assert_eq!(DayPart::Morning.to_24_hour(9), 9);
    /// ```
    // Each `+ 12` is under a guard that keeps `hour` below 12.
    #[allow(clippy::arithmetic_side_effects)]
    pub fn to_24_hour(self, hour: u8) -> u8 {
        match self {
            DayPart::Afternoon if hour < 12 => hour + 12,
            DayPart::Evening if (1..12).contains(&hour) => hour + 12,
            DayPart::Noon if (1..=5).contains(&hour) => hour + 12,
            DayPart::Night if (6..12).contains(&hour) => hour + 12,
            DayPart::Night | DayPart::Evening if hour == 12 => 0,
            _ => hour,
        }
    }

    /// Whether the 24-hour `hour` falls in this part of the day, as a text may place it there
    /// (`rạng sáng 3 giờ`, `trưa 12 giờ`, `chiều 6 giờ`, `tối 11 giờ`, `đêm 2 giờ`): an hour
    /// outside it (`tối 2 giờ`, which would be 14:00) is no hour of that part.
    pub(crate) fn holds(self, hour: u8) -> bool {
        match self {
            DayPart::Morning => hour <= 12,
            DayPart::Noon => (10..=14).contains(&hour),
            DayPart::Afternoon => (12..=19).contains(&hour),
            // (Its midnight, `12 giờ tối`, is 0 as well as 24.)
            DayPart::Evening => (17..=24).contains(&hour) || hour == 0,
            DayPart::Night => hour >= 20 || hour <= 5,
        }
    }
}

const DAY_PARTS: &[(&str, DayPart)] = &[
    ("rạng sáng", DayPart::Morning),
    ("sáng sớm", DayPart::Morning),
    ("chiều tối", DayPart::Evening),
    ("đêm khuya", DayPart::Night),
    ("sáng", DayPart::Morning),
    ("trưa", DayPart::Noon),
    ("chiều", DayPart::Afternoon),
    ("tối", DayPart::Evening),
    ("đêm", DayPart::Night),
    ("khuya", DayPart::Night),
];

/// A part of the day at the start of `input`, and the rest.
pub(crate) fn day_part(input: &str) -> Option<(DayPart, &str)> {
    static PARTS: LazyLock<PhraseTable<DayPart>> = LazyLock::new(|| PhraseTable::new(DAY_PARTS));
    PARTS
        .lookup(input)
        .map(|(&part, len)| (part, &input[len..]))
}

/// Which calendar a date is in.
///
/// ```
/// use vnparse::date::{Calendar, Date};
/// assert_eq!("15/8 âm lịch".parse::<Date>()?.calendar(), Calendar::Lunar);
/// assert_eq!("15/8".parse::<Date>()?.calendar(), Calendar::Solar);
/// assert_eq!(Calendar::default(), Calendar::Solar);
/// # Ok::<(), vnparse::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Calendar {
    /// The Gregorian calendar.
    #[default]
    Solar,
    /// The Vietnamese lunar calendar (âm lịch).
    Lunar,
}

/// A named holiday a date is.
///
/// ```
/// use vnparse::date::{Date, Holiday};
/// assert_eq!("30/4/2025".parse::<Date>()?.holiday(), Some(Holiday::GiaiPhongMienNam));
/// assert_eq!("Tết Canh Tý 2020".parse::<Date>()?.holiday(), Some(Holiday::TetNguyenDan));
/// # Ok::<(), vnparse::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Holiday {
    /// Tết Nguyên đán, the Lunar New Year.
    TetNguyenDan,
    /// 27/7, Ngày Thương binh - Liệt sĩ.
    ThuongBinhLietSi,
    /// 2/9, Quốc khánh.
    QuocKhanh,
    /// 30/4, Ngày Giải phóng miền Nam.
    GiaiPhongMienNam,
    /// 1/5, Ngày Quốc tế Lao động.
    QuocTeLaoDong,
    /// 1/1, Tết Dương lịch, the solar New Year.
    TetDuongLich,
    /// 15/1 âm lịch, Tết Nguyên tiêu (Rằm tháng Giêng).
    TetNguyenTieu,
    /// 3/3 âm lịch, Tết Hàn thực.
    TetHanThuc,
    /// 10/3 âm lịch, Giỗ Tổ Hùng Vương.
    GioToHungVuong,
    /// 15/4 âm lịch, Lễ Phật đản.
    PhatDan,
    /// 5/5 âm lịch, Tết Đoan Ngọ.
    TetDoanNgo,
    /// 7/7 âm lịch, Thất tịch.
    ThatTich,
    /// 15/7 âm lịch, Vu Lan.
    VuLan,
    /// 15/8 âm lịch, Tết Trung thu.
    TetTrungThu,
    /// 9/9 âm lịch, Tết Trùng cửu.
    TetTrungCuu,
    /// 23/12 âm lịch, Tết ông Công ông Táo.
    OngCongOngTao,
    /// 3/2, Ngày thành lập Đảng Cộng sản Việt Nam.
    ThanhLapDang,
    /// 27/2, Ngày Thầy thuốc Việt Nam.
    ThayThuocVietNam,
    /// 8/3, Ngày Quốc tế Phụ nữ.
    QuocTePhuNu,
    /// 20/3, Ngày Quốc tế Hạnh phúc.
    QuocTeHanhPhuc,
    /// 26/3, Ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh.
    ThanhLapDoan,
    /// 21/4, Ngày Sách và Văn hóa đọc Việt Nam.
    SachVaVanHoaDoc,
    /// 1/6, Ngày Quốc tế Thiếu nhi.
    QuocTeThieuNhi,
    /// 21/6, Ngày Báo chí Cách mạng Việt Nam.
    BaoChiCachMang,
    /// 28/6, Ngày Gia đình Việt Nam.
    GiaDinhVietNam,
    /// 13/10, Ngày Doanh nhân Việt Nam.
    DoanhNhanVietNam,
    /// 20/10, Ngày Phụ nữ Việt Nam.
    PhuNuVietNam,
    /// 20/11, Ngày Nhà giáo Việt Nam.
    NhaGiaoVietNam,
    /// 22/12, Ngày thành lập Quân đội nhân dân Việt Nam.
    QuanDoiNhanDan,
    /// 25/12, Giáng sinh.
    GiangSinh,
}

/// The holidays of fixed days of the solar calendar that the day alone says (`2/9` is Quốc
/// khánh, named or not), with their day (month, day).
pub(crate) const FIXED_HOLIDAYS: &[(u8, u8, Holiday)] = &[
    (7, 27, Holiday::ThuongBinhLietSi),
    (9, 2, Holiday::QuocKhanh),
    (4, 30, Holiday::GiaiPhongMienNam),
    (5, 1, Holiday::QuocTeLaoDong),
];

/// The days of the solar calendar observed by name that the day alone does not say (only a
/// name written before it does: `Ngày Nhà giáo Việt Nam 20-11`, `Tết Dương lịch 1/1`), by the
/// words that name them (lower case, `Ngày` left out, longer first), with their day (month,
/// day). The public holidays of fixed days are said by the day alone ([`FIXED_HOLIDAYS`]).
pub(crate) const OBSERVED_DAYS: &[(&str, u8, u8, Holiday)] = &[
    ("tết dương lịch", 1, 1, Holiday::TetDuongLich),
    (
        "thành lập đảng cộng sản việt nam",
        2,
        3,
        Holiday::ThanhLapDang,
    ),
    ("thành lập đảng", 2, 3, Holiday::ThanhLapDang),
    ("thầy thuốc việt nam", 2, 27, Holiday::ThayThuocVietNam),
    ("quốc tế phụ nữ", 3, 8, Holiday::QuocTePhuNu),
    ("quốc tế hạnh phúc", 3, 20, Holiday::QuocTeHanhPhuc),
    (
        "thành lập đoàn thanh niên cộng sản hồ chí minh",
        3,
        26,
        Holiday::ThanhLapDoan,
    ),
    ("thành lập đoàn", 3, 26, Holiday::ThanhLapDoan),
    (
        "sách và văn hóa đọc việt nam",
        4,
        21,
        Holiday::SachVaVanHoaDoc,
    ),
    ("quốc tế thiếu nhi", 6, 1, Holiday::QuocTeThieuNhi),
    ("báo chí cách mạng việt nam", 6, 21, Holiday::BaoChiCachMang),
    ("gia đình việt nam", 6, 28, Holiday::GiaDinhVietNam),
    ("doanh nhân việt nam", 10, 13, Holiday::DoanhNhanVietNam),
    ("phụ nữ việt nam", 10, 20, Holiday::PhuNuVietNam),
    ("nhà giáo việt nam", 11, 20, Holiday::NhaGiaoVietNam),
    (
        "thành lập quân đội nhân dân việt nam",
        12,
        22,
        Holiday::QuanDoiNhanDan,
    ),
    ("quốc phòng toàn dân", 12, 22, Holiday::QuanDoiNhanDan),
    ("lễ giáng sinh", 12, 25, Holiday::GiangSinh),
    ("giáng sinh", 12, 25, Holiday::GiangSinh),
    ("noel", 12, 25, Holiday::GiangSinh),
];

/// The festivals the text names before their day, by the words that name them (lower case,
/// longer first), with their day of the lunar calendar (month, day): `Giỗ Tổ Hùng Vương mùng
/// 10 tháng 3` is the 10th of the third lunar month. The days of the solar calendar so named are
/// [`OBSERVED_DAYS`].
pub(crate) const FESTIVALS: &[(&str, u8, u8, Holiday)] = &[
    ("giỗ tổ hùng vương", 3, 10, Holiday::GioToHungVuong),
    ("giỗ tổ", 3, 10, Holiday::GioToHungVuong),
    ("tết nguyên tiêu", 1, 15, Holiday::TetNguyenTieu),
    ("nguyên tiêu", 1, 15, Holiday::TetNguyenTieu),
    ("thượng nguyên", 1, 15, Holiday::TetNguyenTieu),
    ("tết hàn thực", 3, 3, Holiday::TetHanThuc),
    ("hàn thực", 3, 3, Holiday::TetHanThuc),
    ("lễ phật đản", 4, 15, Holiday::PhatDan),
    ("phật đản", 4, 15, Holiday::PhatDan),
    ("tết đoan ngọ", 5, 5, Holiday::TetDoanNgo),
    ("đoan ngọ", 5, 5, Holiday::TetDoanNgo),
    ("thất tịch", 7, 7, Holiday::ThatTich),
    ("vu lan", 7, 15, Holiday::VuLan),
    ("tết trung thu", 8, 15, Holiday::TetTrungThu),
    ("trung thu", 8, 15, Holiday::TetTrungThu),
    ("tết trùng cửu", 9, 9, Holiday::TetTrungCuu),
    ("trùng cửu", 9, 9, Holiday::TetTrungCuu),
    ("tết ông công ông táo", 12, 23, Holiday::OngCongOngTao),
    ("ông công ông táo", 12, 23, Holiday::OngCongOngTao),
    ("ông táo", 12, 23, Holiday::OngCongOngTao),
];

impl Holiday {
    /// Its Vietnamese name: `Tết Nguyên đán`.
    ///
    /// ```
    /// use vnparse::date::Holiday;
    /// assert_eq!(Holiday::QuocKhanh.name(), "Quốc khánh");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Holiday::TetNguyenDan => "Tết Nguyên đán",
            Holiday::ThuongBinhLietSi => "Ngày Thương binh - Liệt sĩ",
            Holiday::QuocKhanh => "Quốc khánh",
            Holiday::GiaiPhongMienNam => "Ngày Giải phóng miền Nam",
            Holiday::QuocTeLaoDong => "Ngày Quốc tế Lao động",
            Holiday::TetDuongLich => "Tết Dương lịch",
            Holiday::TetNguyenTieu => "Tết Nguyên tiêu",
            Holiday::TetHanThuc => "Tết Hàn thực",
            Holiday::GioToHungVuong => "Giỗ Tổ Hùng Vương",
            Holiday::PhatDan => "Lễ Phật đản",
            Holiday::TetDoanNgo => "Tết Đoan Ngọ",
            Holiday::ThatTich => "Thất tịch",
            Holiday::VuLan => "Vu Lan",
            Holiday::TetTrungThu => "Tết Trung thu",
            Holiday::TetTrungCuu => "Tết Trùng cửu",
            Holiday::OngCongOngTao => "Tết ông Công ông Táo",
            Holiday::ThanhLapDang => "Ngày thành lập Đảng Cộng sản Việt Nam",
            Holiday::ThayThuocVietNam => "Ngày Thầy thuốc Việt Nam",
            Holiday::QuocTePhuNu => "Ngày Quốc tế Phụ nữ",
            Holiday::QuocTeHanhPhuc => "Ngày Quốc tế Hạnh phúc",
            Holiday::ThanhLapDoan => "Ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh",
            Holiday::SachVaVanHoaDoc => "Ngày Sách và Văn hóa đọc Việt Nam",
            Holiday::QuocTeThieuNhi => "Ngày Quốc tế Thiếu nhi",
            Holiday::BaoChiCachMang => "Ngày Báo chí Cách mạng Việt Nam",
            Holiday::GiaDinhVietNam => "Ngày Gia đình Việt Nam",
            Holiday::DoanhNhanVietNam => "Ngày Doanh nhân Việt Nam",
            Holiday::PhuNuVietNam => "Ngày Phụ nữ Việt Nam",
            Holiday::NhaGiaoVietNam => "Ngày Nhà giáo Việt Nam",
            Holiday::QuanDoiNhanDan => "Ngày thành lập Quân đội nhân dân Việt Nam",
            Holiday::GiangSinh => "Giáng sinh",
        }
    }

    /// The day of the solar calendar the holiday is observed on, where it has a fixed one.
    ///
    /// ```
    /// use vnparse::date::Holiday;
    /// assert_eq!(Holiday::NhaGiaoVietNam.solar_day(), Some((11, 20)));
    /// assert_eq!(Holiday::QuocKhanh.solar_day(), Some((9, 2)));
    /// assert_eq!(Holiday::TetTrungThu.solar_day(), None); // a lunar day
    /// ```
    pub fn solar_day(self) -> Option<(u8, u8)> {
        let fixed = FIXED_HOLIDAYS.iter().map(|&(m, d, h)| (m, d, h));
        let observed = OBSERVED_DAYS.iter().map(|&(_, m, d, h)| (m, d, h));
        fixed
            .chain(observed)
            .find(|&(.., h)| h == self)
            .map(|(m, d, _)| (m, d))
    }

    /// Whether the holiday is a festival named with its day (`Tết Trung thu 17/9`), which
    /// the day alone does not say, unlike the fixed days of the solar calendar and Tết.
    ///
    /// ```
    /// use vnparse::date::Holiday;
    /// assert!(Holiday::TetTrungThu.is_named_with_its_day());
    /// assert!(!Holiday::QuocKhanh.is_named_with_its_day());
    /// ```
    pub fn is_named_with_its_day(self) -> bool {
        !matches!(
            self,
            Holiday::TetNguyenDan
                | Holiday::ThuongBinhLietSi
                | Holiday::QuocKhanh
                | Holiday::GiaiPhongMienNam
                | Holiday::QuocTeLaoDong
        )
    }

    /// The festival whose name opens `input`, as [`Holiday::name`] writes it or as the text
    /// names it (see [`FESTIVALS`]), and the rest after the name.
    pub(crate) fn festival_at(input: &str) -> Option<(Holiday, &str)> {
        let written = FESTIVALS
            .iter()
            .chain(OBSERVED_DAYS)
            .map(|&(words, _, _, h)| (words, h));
        written
            .filter_map(|(words, h)| Some((h, &input[match_phrase(input, words)?..])))
            .next()
    }

    /// The fixed solar holiday on day `day` of month `month`, if there is one.
    ///
    /// ```
    /// use vnparse::date::Holiday;
    /// assert_eq!(Holiday::on_solar_day(9, 2), Some(Holiday::QuocKhanh));
    /// assert_eq!(Holiday::on_solar_day(9, 3), None);
    /// ```
    pub fn on_solar_day(month: u8, day: u8) -> Option<Self> {
        FIXED_HOLIDAYS
            .iter()
            .find(|&&(m, d, _)| (m, d) == (month, day))
            .map(|&(.., h)| h)
    }
}

/// The sexagenary name of a lunar year (can chi): a heavenly stem and an earthly branch,
/// `Canh Tý`, `Đinh Mùi`. A name comes back every sixty years, so it names one year only
/// together with a reference ([`CanChi::nearest_year`]).
///
/// ```
/// use vnparse::date::CanChi;
/// let name: CanChi = "Bính Ngọ".parse().unwrap();
/// assert_eq!(name, CanChi::of_year(2026));
/// assert_eq!(name.to_string(), "Bính Ngọ");
/// assert_eq!(name.nearest_year(2024), 2026);
/// assert_eq!(name.nearest_year(1980), 1966);
/// assert!(name.names(1966) && !name.names(2025));
/// assert!("Canh Sửu".parse::<CanChi>().is_err()); // stems and branches pair by parity
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CanChi {
    /// Index into [`lunar::STEMS`], 0 to 9.
    stem: u8,
    /// Index into [`lunar::BRANCHES`], 0 to 11, of the stem's parity.
    branch: u8,
}

impl CanChi {
    /// The name of lunar year `year`.
    ///
    /// ```
    /// use vnparse::date::CanChi;
    /// assert_eq!(CanChi::of_year(2020).to_string(), "Canh Tý");
    /// assert_eq!(CanChi::of_year(1967).to_string(), "Đinh Mùi");
    /// ```
    pub fn of_year(year: i32) -> CanChi {
        let (stem, branch) = lunar::can_chi(year);
        // Indices below 10 and 12.
        CanChi {
            stem: u8::try_from(stem).unwrap_or_default(),
            branch: u8::try_from(branch).unwrap_or_default(),
        }
    }

    /// The name of stem `stem` (0 to 9, into [`lunar::STEMS`]) and branch `branch` (0 to 11,
    /// into [`lunar::BRANCHES`]); an error for a pair that names no year (`Canh Sửu`).
    ///
    /// ```
    /// use vnparse::date::CanChi;
    /// assert_eq!(CanChi::new(6, 0).unwrap().to_string(), "Canh Tý");
    /// assert!(CanChi::new(6, 1).is_err());
    /// ```
    pub fn new(stem: usize, branch: usize) -> Result<CanChi, Error> {
        match (lunar::STEMS.get(stem), lunar::BRANCHES.get(branch)) {
            (Some(_), Some(_)) if stem % 2 == branch % 2 => Ok(CanChi {
                stem: u8::try_from(stem).unwrap_or_default(),
                branch: u8::try_from(branch).unwrap_or_default(),
            }),
            (Some(s), Some(b)) => Err(invalid(format!("{s} {b} names no year"))),
            _ => Err(invalid(format!(
                "stem {stem} and branch {branch} are not 0 to 9 and 0 to 11"
            ))),
        }
    }

    /// The stem: `Canh`.
    ///
    /// ```
    /// use vnparse::date::CanChi;
    /// assert_eq!(CanChi::of_year(2020).stem(), "Canh");
    /// ```
    pub fn stem(self) -> &'static str {
        lunar::STEMS
            .get(usize::from(self.stem))
            .copied()
            .unwrap_or_default()
    }

    /// The branch: `Tý`.
    ///
    /// ```
    /// use vnparse::date::CanChi;
    /// assert_eq!(CanChi::of_year(2020).branch(), "Tý");
    /// ```
    pub fn branch(self) -> &'static str {
        lunar::BRANCHES
            .get(usize::from(self.branch))
            .copied()
            .unwrap_or_default()
    }

    /// Whether this is the name of lunar year `year`.
    ///
    /// ```
    /// use vnparse::date::CanChi;
    /// let canh_ty = CanChi::of_year(2020);
    /// assert!(canh_ty.names(1960) && canh_ty.names(2080));
    /// assert!(!canh_ty.names(2021));
    /// ```
    pub fn names(self, year: i32) -> bool {
        lunar::is_can_chi_of(year, usize::from(self.stem), usize::from(self.branch))
    }

    /// The year of this name nearest `reference`; of two as near (thirty years before and
    /// after), the earlier.
    ///
    /// ```
    /// use vnparse::date::CanChi;
    /// let canh_ty = CanChi::of_year(2020);
    /// assert_eq!(canh_ty.nearest_year(2000), 2020);
    /// assert_eq!(canh_ty.nearest_year(1985), 1960);
    /// ```
    pub fn nearest_year(self, reference: i32) -> i32 {
        // Where each name stands in the cycle of sixty that starts with Giáp Tý (1984).
        let place = |name: CanChi| {
            (0i64..60)
                .find(|&k| k % 10 == i64::from(name.stem) && k % 12 == i64::from(name.branch))
                .unwrap_or_default()
        };
        // In i64 from an i32 year and places below 60: no overflow.
        #[allow(clippy::arithmetic_side_effects)]
        let year = {
            let ahead = (place(self) - place(CanChi::of_year(reference))).rem_euclid(60);
            let ahead = if ahead < 30 { ahead } else { ahead - 60 };
            i64::from(reference) + ahead
        };
        i32::try_from(year).unwrap_or(reference)
    }
}

impl fmt::Display for CanChi {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.stem(), self.branch())
    }
}

impl FromStr for CanChi {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        let name = |input| match can_chi(input) {
            Some((stem, branch, rest)) => Ok((rest, CanChi::new(stem, branch).ok())),
            None => fail(input),
        };
        match parse_all(s, "a can-chi year name such as `Canh Tý`", name)? {
            Some(found) => Ok(found),
            None => Err(invalid(format!("`{}` names no year", s.trim()))),
        }
    }
}

/// An error of a value that cannot exist, for the constructors (no input, so offset 0).
fn invalid(why: String) -> Error {
    Error::new(0, ErrorKind::Invalid(why))
}

/// A calendar day, its year maybe unwritten, with what the text said about it.
///
/// A `Date` always names a day that exists: build one with [`Date::new`] (solar),
/// [`Date::lunar`], [`Date::lunar_of`] (a lunar year known by its can-chi name) or
/// [`Date::tet`], add what the text said with [`Date::with_weekday`] and
/// [`Date::with_part`], or read one with `parse`. Its `Display` writes a form `parse` reads
/// back as the same value, and so does [`Date::to_iso`] for a solar day.
///
/// ```
/// use vnparse::date::{Date, Weekday, DayPart};
/// let d: Date = "Thứ sáu, 10/03/2023".parse().unwrap();
/// assert_eq!((d.year(), d.month(), d.day()), (Some(2023), 3, 10));
/// assert_eq!(d.weekday(), Some(Weekday::Friday));
/// assert_eq!(d.to_iso(), "2023-03-10");
/// assert_eq!(d.to_string(), "Thứ Sáu, ngày 10/03/2023");
/// assert_eq!("2023-03-10".parse::<Date>().unwrap(), Date::new(Some(2023), 3, 10).unwrap());
///
/// let d: Date = "Sáng ngày 25/11".parse().unwrap();
/// assert_eq!((d.to_iso().as_str(), d.part()), ("--11-25", Some(DayPart::Morning)));
///
/// let tet: Date = "Tết Canh Tý 2020".parse().unwrap();
/// assert_eq!(tet.to_iso(), "2020-01-25");
///
/// let err = "31/02/2023".parse::<Date>().unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "at char 0 (byte 0) in `‸31/02/2023`: day 31 does not exist in February 2023"
/// );
/// assert!(Date::new(Some(2023), 13, 45).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Date {
    // The fields are the crate's (the extractor fills in what a sentence says around a date);
    // outside it, the constructors keep the day one that exists.
    /// The year, when written (or implied by a holiday with its year), 0 to 9999.
    pub(crate) year: Option<i32>,
    /// The month, 1 to 12 (of the lunar year for a lunar date).
    pub(crate) month: u8,
    /// The day of the month.
    pub(crate) day: u8,
    /// Solar or lunar.
    pub(crate) calendar: Calendar,
    /// The weekday written with the date, if any (see [`Date::weekday_matches`]).
    pub(crate) weekday: Option<Weekday>,
    /// The part of the day written with the date, if any.
    pub(crate) part: Option<DayPart>,
    /// The holiday the date is, if known.
    pub(crate) holiday: Option<Holiday>,
    /// Whether the month is a leap month (`tháng 4 nhuận`); only a lunar date has one.
    pub(crate) leap: bool,
    /// The can-chi name of the lunar year, when that is all the text gave of it (`Tết Bính
    /// Ngọ`, `20 tháng Giêng năm Kỷ Hợi`); with a year known, `None` (it follows from the year).
    pub(crate) can_chi: Option<CanChi>,
}

impl Date {
    /// A day of the month, undecorated, as the readers make it.
    fn bare(year: Option<i32>, month: u8, day: u8, calendar: Calendar) -> Date {
        Date {
            year,
            month,
            day,
            calendar,
            weekday: None,
            part: None,
            holiday: None,
            leap: false,
            can_chi: None,
        }
    }

    /// This date if it exists, else the error saying why not.
    fn checked(self) -> Result<Date, Error> {
        self.check().map(|()| self).map_err(invalid)
    }

    /// A solar date (its year 0 to 9999, or unknown); an error if the day does not exist. A
    /// fixed holiday (`2/9`, Quốc khánh) is set as the reader sets it.
    ///
    /// ```
    /// use vnparse::date::{Date, Holiday};
    /// let d = Date::new(Some(2024), 9, 2).unwrap();
    /// assert_eq!((d.to_iso().as_str(), d.holiday()), ("2024-09-02", Some(Holiday::QuocKhanh)));
    /// let err = Date::new(Some(2023), 2, 29).unwrap_err();
    /// assert_eq!(err.to_string(), "at byte 0: day 29 does not exist in February 2023");
    /// assert!(Date::new(None, 13, 1).is_err());
    /// ```
    pub fn new(year: Option<i32>, month: u8, day: u8) -> Result<Self, Error> {
        let mut date = Date::bare(year, month, day, Calendar::Solar);
        date.holiday = Holiday::on_solar_day(month, day);
        date.checked()
    }

    /// A lunar date: the day of lunar month `month` (the leap one, repeated, when `leap`) of
    /// lunar year `year`, which must lie in the calendar's range ([`lunar::FIRST_YEAR`] to
    /// [`lunar::LAST_YEAR`]); an error if the day does not exist.
    ///
    /// ```
    /// use vnparse::date::Date;
    /// let d = Date::lunar(Some(2020), 4, 15, true).unwrap();
    /// assert_eq!((d.to_string().as_str(), d.solar()), ("ngày 15 tháng 4 nhuận năm 2020 âm lịch", Some((2020, 6, 6))));
    /// assert!(Date::lunar(Some(2024), 4, 15, true).is_err()); // 2024 repeats no month
    /// assert!(Date::lunar(None, 8, 31, false).is_err());
    /// ```
    pub fn lunar(year: Option<i32>, month: u8, day: u8, leap: bool) -> Result<Self, Error> {
        let mut date = Date::bare(year, month, day, Calendar::Lunar);
        date.leap = leap;
        date.checked()
    }

    /// A lunar date of the year named `year` (`20 tháng Giêng năm Kỷ Hợi`); which year that is
    /// takes a reference ([`Date::resolve`]).
    ///
    /// ```
    /// use vnparse::date::{CanChi, Date};
    /// let d = Date::lunar_of(CanChi::of_year(2019), 1, 20, false).unwrap();
    /// assert_eq!(d.to_string(), "ngày 20/01 năm Kỷ Hợi âm lịch");
    /// assert_eq!(d.resolve((2024, 5, 1)).solar(), Some((2019, 2, 24)));
    /// ```
    pub fn lunar_of(year: CanChi, month: u8, day: u8, leap: bool) -> Result<Self, Error> {
        let mut date = Date::lunar(None, month, day, leap)?;
        date.can_chi = Some(year);
        Ok(date)
    }

    /// Tết Nguyên đán, the first day of the lunar year: with a year, the solar day it falls on
    /// (`Tết 2020` is 2020-01-25); without, the lunar 1/1.
    ///
    /// ```
    /// use vnparse::date::Date;
    /// assert_eq!(Date::tet(Some(2020)).unwrap().to_string(), "Tết Nguyên đán 2020");
    /// assert_eq!(Date::tet(None).unwrap().to_iso(), "--01-01");
    /// assert!(Date::tet(Some(2200)).is_err()); // beyond the lunar calendar
    /// ```
    pub fn tet(year: Option<i32>) -> Result<Self, Error> {
        let mut date = match year {
            Some(y) => {
                let (sy, sm, sd) = lunar::tet(y).ok_or_else(|| {
                    invalid(format!(
                        "Tết of {y} is outside the lunar calendar's range, {} to {}",
                        lunar::FIRST_YEAR,
                        lunar::LAST_YEAR
                    ))
                })?;
                Date::bare(Some(sy), sm, sd, Calendar::Solar)
            }
            None => Date::bare(None, 1, 1, Calendar::Lunar),
        };
        date.holiday = Some(Holiday::TetNguyenDan);
        date.checked()
    }

    /// Tết of the lunar year named `year` (`Tết Bính Ngọ`): the lunar 1/1, its year to be
    /// resolved.
    ///
    /// ```
    /// use vnparse::date::{CanChi, Date};
    /// let d = Date::tet_of(CanChi::of_year(2026));
    /// assert_eq!(d.to_string(), "Tết Nguyên đán Bính Ngọ");
    /// assert_eq!(d.resolve((2025, 12, 1)).to_iso(), "2026-02-17");
    /// ```
    pub fn tet_of(year: CanChi) -> Self {
        let mut date = Date::bare(None, 1, 1, Calendar::Lunar);
        date.holiday = Some(Holiday::TetNguyenDan);
        date.can_chi = Some(year);
        date
    }

    /// This date with the weekday the text wrote with it (which may not be the one it falls
    /// on: see [`Date::weekday_conflict`]). Tết named only by its can-chi (`Tết Bính Ngọ`) is
    /// written with no weekday, so it cannot take one.
    ///
    /// ```
    /// use vnparse::date::{Date, Weekday};
    /// let d = Date::new(Some(2023), 3, 10).unwrap().with_weekday(Weekday::Friday).unwrap();
    /// assert_eq!(d.to_string(), "Thứ Sáu, ngày 10/03/2023");
    /// ```
    pub fn with_weekday(self, weekday: Weekday) -> Result<Self, Error> {
        self.decorable()?;
        Ok(Date {
            weekday: Some(weekday),
            ..self
        })
    }

    /// This date with the part of the day the text wrote with it (`sáng 25/11`). Tết named only
    /// by its can-chi cannot take one.
    ///
    /// ```
    /// use vnparse::date::{Date, DayPart};
    /// let d = Date::new(None, 11, 25).unwrap().with_part(DayPart::Morning).unwrap();
    /// assert_eq!(d.to_string(), "sáng ngày 25/11");
    /// ```
    pub fn with_part(self, part: DayPart) -> Result<Self, Error> {
        self.decorable()?;
        Ok(Date {
            part: Some(part),
            ..self
        })
    }

    /// Whether a weekday or part of the day can be written with this date.
    fn decorable(&self) -> Result<(), Error> {
        match (self.holiday, self.can_chi) {
            (Some(Holiday::TetNguyenDan), Some(name)) => Err(invalid(format!(
                "Tết {name} is written with no weekday or part of the day"
            ))),
            _ => Ok(()),
        }
    }

    /// The year, when known.
    ///
    /// ```
    /// use vnparse::Date;
    /// assert_eq!("10/03/2023".parse::<Date>()?.year(), Some(2023));
    /// assert_eq!("25/11".parse::<Date>()?.year(), None);
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn year(&self) -> Option<i32> {
        self.year
    }

    /// The month, 1 to 12 (of the lunar year for a lunar date).
    ///
    /// ```
    /// use vnparse::Date;
    /// assert_eq!("10/03/2023".parse::<Date>()?.month(), 3);
    /// assert_eq!("rằm tháng Giêng".parse::<Date>()?.month(), 1); // of the lunar year
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn month(&self) -> u8 {
        self.month
    }

    /// The day of the month.
    ///
    /// ```
    /// use vnparse::Date;
    /// assert_eq!("10/03/2023".parse::<Date>()?.day(), 10);
    /// assert_eq!("rằm tháng Giêng".parse::<Date>()?.day(), 15);
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn day(&self) -> u8 {
        self.day
    }

    /// Solar or lunar.
    ///
    /// ```
    /// use vnparse::date::{Calendar, Date};
    /// assert_eq!("15/8 âm lịch".parse::<Date>()?.calendar(), Calendar::Lunar);
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn calendar(&self) -> Calendar {
        self.calendar
    }

    /// The weekday written with the date, if any (see [`Date::weekday_matches`]).
    ///
    /// ```
    /// use vnparse::date::{Date, Weekday};
    /// assert_eq!("Chủ nhật, 12/3/2023".parse::<Date>()?.weekday(), Some(Weekday::Sunday));
    /// assert_eq!("12/3/2023".parse::<Date>()?.weekday(), None); // written with none
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn weekday(&self) -> Option<Weekday> {
        self.weekday
    }

    /// The part of the day written with the date, if any.
    ///
    /// ```
    /// use vnparse::date::{Date, DayPart};
    /// assert_eq!("Chiều ngày 06/01".parse::<Date>()?.part(), Some(DayPart::Afternoon));
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn part(&self) -> Option<DayPart> {
        self.part
    }

    /// The holiday the date is, if known.
    ///
    /// ```
    /// use vnparse::date::{Date, Holiday};
    /// assert_eq!("2/9/2025".parse::<Date>()?.holiday(), Some(Holiday::QuocKhanh));
    /// assert_eq!("3/9/2025".parse::<Date>()?.holiday(), None);
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn holiday(&self) -> Option<Holiday> {
        self.holiday
    }

    /// Whether the month is a lunar leap month (`tháng 4 nhuận`).
    ///
    /// ```
    /// use vnparse::Date;
    /// assert!("15 tháng 4 nhuận năm 2020".parse::<Date>()?.is_leap_month());
    /// assert!(!"15 tháng 4 năm 2020".parse::<Date>()?.is_leap_month());
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn is_leap_month(&self) -> bool {
        self.leap
    }

    /// The can-chi name of the date's lunar year: as written when the year is not known
    /// (`Tết Bính Ngọ`), else that of its year (for a solar day, of the lunar year it falls in).
    ///
    /// ```
    /// use vnparse::date::Date;
    /// let d: Date = "Tết Bính Ngọ".parse().unwrap();
    /// assert_eq!(d.can_chi().unwrap().to_string(), "Bính Ngọ");
    /// let d: Date = "10/02/2024".parse().unwrap(); // Tết Giáp Thìn
    /// assert_eq!(d.can_chi().unwrap().to_string(), "Giáp Thìn");
    /// let d: Date = "09/02/2024".parse().unwrap(); // the eve, still Quý Mão
    /// assert_eq!(d.can_chi().unwrap().to_string(), "Quý Mão");
    /// assert_eq!("25/11".parse::<Date>().unwrap().can_chi(), None);
    /// ```
    pub fn can_chi(&self) -> Option<CanChi> {
        let year = match (self.calendar, self.year) {
            (_, None) => return self.can_chi,
            (Calendar::Lunar, Some(y)) => y,
            (Calendar::Solar, Some(y)) => lunar::solar_to_lunar(y, self.month, self.day)?.year,
        };
        Some(CanChi::of_year(year))
    }

    /// The ISO 8601 form of the day: `2023-03-10`, or `--11-25` without a year. A lunar date
    /// is written with its lunar month and day (`--08-15`), as the extractor's contract
    /// writes it: that is not ISO 8601, and reads back as a solar day.
    ///
    /// ```
    /// use vnparse::Date;
    /// assert_eq!("Thứ sáu, 10/03/2023".parse::<Date>()?.to_iso(), "2023-03-10");
    /// assert_eq!("ngày 25/11".parse::<Date>()?.to_iso(), "--11-25");
    /// assert_eq!("15/8 âm lịch".parse::<Date>()?.to_iso(), "--08-15");
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn to_iso(&self) -> String {
        match (self.calendar, self.year) {
            (Calendar::Solar, Some(year)) => format!("{year:04}-{:02}-{:02}", self.month, self.day),
            _ => format!("--{:02}-{:02}", self.month, self.day),
        }
    }

    /// The solar date as (year, month, day): itself for a solar date with a year, the
    /// converted day for a lunar date with a year, `None` when the year is unknown.
    ///
    /// ```
    /// use vnparse::date::Date;
    /// let d: Date = "15/8/2024 âm lịch".parse().unwrap();
    /// assert_eq!(d.solar(), Some((2024, 9, 17)));
    /// ```
    pub fn solar(&self) -> Option<(i32, u8, u8)> {
        let year = self.year?;
        match self.calendar {
            Calendar::Solar => Some((year, self.month, self.day)),
            Calendar::Lunar => lunar::lunar_to_solar(lunar::LunarDate {
                year,
                month: self.month,
                day: self.day,
                leap: self.leap,
            }),
        }
    }

    /// The weekday the day falls on, when its year is known.
    ///
    /// ```
    /// use vnparse::date::{Date, Weekday};
    /// let d: Date = "Thứ hai, 10/03/2023".parse()?;
    /// assert_eq!((d.weekday(), d.actual_weekday()), (Some(Weekday::Monday), Some(Weekday::Friday)));
    /// assert_eq!("25/11".parse::<Date>()?.actual_weekday(), None);
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn actual_weekday(&self) -> Option<Weekday> {
        let (y, m, d) = self.solar()?;
        Weekday::from_iso(iso_weekday(y, m, d))
    }

    /// Whether the weekday written with the date is the one it falls on: `Some(false)` for
    /// `Thứ hai, 10/03/2023` (a Friday), `None` when either is unknown.
    ///
    /// ```
    /// use vnparse::date::Date;
    /// assert_eq!("Thứ hai, 10/03/2023".parse::<Date>().unwrap().weekday_matches(), Some(false));
    /// assert_eq!("Thứ 6, 25.09.2020".parse::<Date>().unwrap().weekday_matches(), Some(true));
    /// ```
    pub fn weekday_matches(&self) -> Option<bool> {
        Some(self.weekday? == self.actual_weekday()?)
    }

    /// Whether the weekday written with the date is not the one it falls on (`Thứ hai,
    /// 10/03/2023`, a Friday): the text contradicts itself, and the day is read as written.
    ///
    /// ```
    /// use vnparse::date::Date;
    /// assert!("Thứ hai, 10/03/2023".parse::<Date>().unwrap().weekday_conflict());
    /// assert!(!"Thứ sáu, 10/03/2023".parse::<Date>().unwrap().weekday_conflict());
    /// assert!(!"Thứ hai, 10/03".parse::<Date>().unwrap().weekday_conflict()); // no year
    /// ```
    pub fn weekday_conflict(&self) -> bool {
        self.weekday_matches() == Some(false)
    }

    /// This date with its year filled in from `reference` (year, month, day): the year that
    /// puts it nearest the reference, among those its can-chi names when the text gave one
    /// (`Tết Bính Ngọ` said in 2025 is Tết 2026). Tết becomes the solar day it falls on. A date
    /// with a year, or none that exists near the reference, is returned as it is.
    ///
    /// ```
    /// use vnparse::date::Date;
    /// let d: Date = "ngày 25/12".parse().unwrap();
    /// assert_eq!(d.resolve((2024, 1, 3)).year(), Some(2023));
    /// assert_eq!(d.resolve((2024, 11, 20)).year(), Some(2024));
    /// let tet: Date = "Tết Bính Ngọ".parse().unwrap();
    /// assert_eq!(tet.resolve((2025, 6, 1)).to_string(), "Tết Nguyên đán 2026");
    /// let d: Date = "ngày 20 tháng Giêng năm Kỷ Hợi".parse().unwrap();
    /// assert_eq!(d.resolve((2024, 6, 1)).solar(), Some((2019, 2, 24)));
    /// ```
    pub fn resolve(&self, reference: (i32, u8, u8)) -> Date {
        if self.year.is_some() {
            return *self;
        }
        let (ry, rm, rd) = reference;
        let target = days_from_civil(ry, rm, rd);
        // Around the reference: the years before, of and after it; or, for a can-chi, the
        // year of that name nearest it and those sixty years either side.
        let (centre, step) = match self.can_chi {
            Some(name) => (name.nearest_year(ry), 60),
            None => (ry, 1),
        };
        let best = [
            centre.checked_sub(step),
            Some(centre),
            centre.checked_add(step),
        ]
        .into_iter()
        .flatten()
        .filter_map(|y| {
            let candidate = self.in_year(y)?;
            let (sy, sm, sd) = candidate.solar()?;
            Some((candidate, days_from_civil(sy, sm, sd).abs_diff(target)))
        })
        .min_by_key(|&(_, distance)| distance);
        best.map_or(*self, |(date, _)| date)
    }

    /// This yearless date in year `y`, if the day exists then: Tết as its solar day, a can-chi
    /// dropped (the year names it).
    fn in_year(&self, y: i32) -> Option<Date> {
        if self.holiday == Some(Holiday::TetNguyenDan) && self.calendar == Calendar::Lunar {
            let tet = Date::tet(Some(y)).ok()?;
            return Some(Date {
                weekday: self.weekday,
                part: self.part,
                ..tet
            });
        }
        let candidate = Date {
            year: Some(y),
            can_chi: None,
            ..*self
        };
        candidate.check().ok().map(|()| candidate)
    }

    /// Checks that the day exists; the error says why not.
    pub(crate) fn check(&self) -> Result<(), String> {
        if let Some(year) = self.year.filter(|y| !(0..=9999).contains(y)) {
            // The text forms write a year in four digits.
            return Err(format!("year {year} is outside 0 to 9999"));
        }
        if self.can_chi.is_some() && (self.year.is_some() || self.calendar == Calendar::Solar) {
            return Err("only a lunar date of an unknown year keeps its can-chi name".to_string());
        }
        if self.calendar == Calendar::Lunar {
            self.check_lunar_year()?;
        } else if self.leap {
            return Err("only a lunar month can be a leap month".to_string());
        }
        if !(1..=12).contains(&self.month) {
            return Err(format!("month {} does not exist", self.month));
        }
        let max = match self.calendar {
            Calendar::Solar => days_in_month(self.year, self.month),
            Calendar::Lunar => self
                .year
                .and_then(|y| lunar::month_length(y, self.month, self.leap))
                .unwrap_or(30),
        };
        if self.day == 0 || self.day > max {
            let month = usize::from(self.month)
                .checked_sub(1)
                .and_then(|i| MONTH_NAMES_EN.get(i))
                .copied()
                .unwrap_or("");
            return Err(match (self.calendar, self.year) {
                (Calendar::Solar, Some(y)) => {
                    format!("day {} does not exist in {month} {y}", self.day)
                }
                (Calendar::Solar, None) => format!("day {} does not exist in {month}", self.day),
                (Calendar::Lunar, _) => format!(
                    "day {} does not exist in lunar month {}{}",
                    self.day,
                    self.month,
                    if self.leap { " (leap)" } else { "" }
                ),
            });
        }
        if self.calendar == Calendar::Lunar && self.year.is_some() && self.solar().is_none() {
            return Err(format!(
                "the lunar calendar is known only up to {}-12-31",
                lunar::LAST_YEAR
            ));
        }
        Ok(())
    }

    /// The checks of a lunar date's year: inside the range the calendar is computed for, and,
    /// for a leap month, the one that year repeats.
    fn check_lunar_year(&self) -> Result<(), String> {
        let Some(year) = self.year else {
            return Ok(());
        };
        if !(lunar::FIRST_YEAR..=lunar::LAST_YEAR).contains(&year) {
            return Err(format!(
                "lunar year {year} is outside the lunar calendar's range, {} to {}",
                lunar::FIRST_YEAR,
                lunar::LAST_YEAR
            ));
        }
        if !self.leap {
            return Ok(());
        }
        match lunar::leap_month(year) {
            None => Err(format!("lunar year {year} has no leap month")),
            Some(m) if m != self.month => Err(format!(
                "the leap month of lunar year {year} is month {m}, not month {}",
                self.month
            )),
            Some(_) => Ok(()),
        }
    }
}

const MONTH_NAMES_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Whether `year` is a Gregorian leap year.
pub(crate) fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in `month` of `year`; February has 29 when the year is unknown.
pub(crate) fn days_in_month(year: Option<i32>, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if year.is_none_or(is_leap) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 of a Gregorian date (Howard Hinnant's algorithm).
// In i64 from an i32 year, a month of 1 to 12 and a day below 256: every intermediate is
// below 2^31 * 366 < 2^40 in magnitude.
#[allow(clippy::arithmetic_side_effects)]
fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The ISO weekday (Monday 1) of a Gregorian date.
fn iso_weekday(year: i32, month: u8, day: u8) -> u8 {
    // 1970-01-01 was a Thursday (4).
    let days = days_from_civil(year, month, day);
    u8::try_from(days.saturating_add(3).rem_euclid(7).saturating_add(1)).unwrap_or(1)
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let decorated = self.weekday.is_some() || self.part.is_some();
        if self.holiday == Some(Holiday::TetNguyenDan) && !decorated {
            match (self.calendar, self.year, self.can_chi) {
                (Calendar::Lunar, None, Some(name)) => {
                    return write!(f, "Tết Nguyên đán {name}");
                }
                (Calendar::Lunar, None, None) if (self.month, self.day) == (1, 1) => {
                    return f.write_str("Tết Nguyên đán");
                }
                (Calendar::Solar, Some(y), _)
                    if lunar::tet(y) == Some((y, self.month, self.day)) =>
                {
                    return write!(f, "Tết Nguyên đán {y:04}");
                }
                _ => {}
            }
        }
        // `Tết Trung thu ngày 17/09/2024`: a festival named with its day is written before it.
        if let Some(festival) = self.holiday.filter(|h| h.is_named_with_its_day()) {
            write!(f, "{} ", festival.name())?;
        }
        if let Some(weekday) = self.weekday {
            write!(f, "{}, ", weekday.name())?;
        }
        if let Some(part) = self.part {
            write!(f, "{} ", part.word())?;
        }
        // Tết with a weekday or a part of the day: `sáng mùng 1 Tết`, `sáng mùng 1 Tết Ất Tỵ`,
        // `Thứ Bảy, mùng 1 Tết 2020`.
        if self.holiday == Some(Holiday::TetNguyenDan) {
            match (self.calendar, self.year, self.can_chi) {
                (Calendar::Lunar, None, None) if (self.month, self.day) == (1, 1) => {
                    return f.write_str("mùng 1 Tết");
                }
                (Calendar::Lunar, None, Some(name)) if (self.month, self.day) == (1, 1) => {
                    return write!(f, "mùng 1 Tết {name}");
                }
                (Calendar::Solar, Some(y), None)
                    if lunar::tet(y) == Some((y, self.month, self.day)) =>
                {
                    return write!(f, "mùng 1 Tết {y:04}");
                }
                _ => {}
            }
        }
        // Years take four digits at least, so that `0023` is not read back as 2023.
        if self.leap {
            write!(f, "ngày {} tháng {} nhuận", self.day, self.month)?;
            if let Some(year) = self.year {
                write!(f, " năm {year:04}")?;
            }
        } else {
            write!(f, "ngày {:02}/{:02}", self.day, self.month)?;
            if let Some(year) = self.year {
                write!(f, "/{year:04}")?;
            }
        }
        if let Some(name) = self.can_chi {
            write!(f, " năm {name}")?;
        }
        if self.calendar == Calendar::Lunar {
            f.write_str(" âm lịch")?;
        }
        Ok(())
    }
}

impl FromStr for Date {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        let start = s.len().saturating_sub(s.trim_start().len());
        // What `to_iso` writes: `2024-03-15`, `--03-15`.
        if let Some((year, month, day)) = iso_date(s.trim()) {
            let mut date = Date::bare(year, month, day, Calendar::Solar);
            date.holiday = Holiday::on_solar_day(month, day);
            return date
                .check()
                .map(|()| date)
                .map_err(|why| Error::at(s, start, ErrorKind::Invalid(why)));
        }
        // `Tết Trung thu ngày 17/09/2024`: a festival's name before its day names its holiday.
        if let Some((festival, after)) = Holiday::festival_at(s.trim_start()) {
            let named = space1(after)
                .ok()
                .and_then(|(day, _)| day.parse::<Date>().ok());
            // (A day observed on a fixed day of the solar calendar is that day only.)
            let on_its_day = |d: &Date| match festival.solar_day() {
                Some(day) => d.calendar == Calendar::Solar && day == (d.month, d.day),
                None => true,
            };
            let named = named.filter(|d| d.holiday.is_none_or(|h| h == festival) && on_its_day(d));
            if let Some(mut date) = named {
                date.holiday = Some(festival);
                return Ok(date);
            }
        }
        let expected = Expect {
            what: "a date such as `10/03/2023` or `ngày 15 tháng 3`",
            at: expected,
        };
        let raw = parse_all(s, expected, raw_date)?;
        let checked = raw.date.check().and_then(|()| raw.tet_year_check());
        checked.map(|()| raw.date).map_err(|why| {
            let offset = start.saturating_add(raw.day_offset);
            Error::at(s, offset, ErrorKind::Invalid(why))
        })
    }
}

/// A year if written, a month and a day, as the ISO form gives them, not yet checked.
type IsoParts = (Option<i32>, u8, u8);

/// `2024-03-15` or `--03-15`, the forms [`Date::to_iso`] writes: (year, month, day), not yet
/// checked.
fn iso_date(s: &str) -> Option<IsoParts> {
    iso_prefix(s).and_then(|(ymd, rest)| rest.is_empty().then_some(ymd))
}

/// The ISO form at the start of `s` ([`iso_date`]'s): (year, month, day), not yet checked,
/// and the rest.
fn iso_prefix(s: &str) -> Option<(IsoParts, &str)> {
    let (year, rest) = match s.strip_prefix("--") {
        Some(rest) => (None, rest),
        None => {
            let (y, rest) = fixed_digits(s, 4)?;
            (Some(i32::from(y)), rest.strip_prefix('-')?)
        }
    };
    let (month, rest) = fixed_digits(rest, 2)?;
    let (day, rest) = fixed_digits(rest.strip_prefix('-')?, 2)?;
    let narrow = |n: u16| u8::try_from(n).ok();
    Some(((year, narrow(month)?, narrow(day)?), rest))
}

/// A day written as ISO 8601 writes it (`2024-11-05`), at the start of free text: four digits
/// of year, two of month and two of day, a day that exists, not followed by more of a number
/// or a code. (Vietnamese writes days day first; this form comes from metadata and forms.)
pub(crate) fn iso_day(input: &str) -> Option<(&str, Date)> {
    let ((year, month, day), rest) = iso_prefix(input)?;
    let more = rest.starts_with(|c: char| c.is_alphanumeric())
        || rest.starts_with(['-', '/', '.', ','])
            && rest
                .get(1..)
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    if more {
        return None;
    }
    // (`--11-05` is what `to_iso` writes, never free text: only a day with its year.)
    let date = Date::new(Some(year?), month, day).ok()?;
    Some((rest, date))
}

/// Exactly `n` ASCII digits (at most four) at the start of `s`, their value and the rest.
pub(crate) fn fixed_digits(s: &str, n: usize) -> Option<(u16, &str)> {
    let head = s.get(..n)?;
    if n > 4 || !head.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((head.parse().ok()?, s.get(n..)?))
}

/// What a date expects where its reading stopped: a day after its cue (`ngày`), the month
/// after a day and its separator (`10/`), the year after the second separator (`10/03/`).
pub(crate) fn expected(text: &str, stop: usize) -> Option<Stop> {
    const DAY: &str = "a day such as `25/11` or `15 tháng 3`";
    const YEAR: &str = "a year such as `2023`";
    let read = text.get(..stop).unwrap_or_default();
    let rest = text.get(stop..).unwrap_or_default();
    if let Some(after_cue) = day_cue(rest).or_else(|| keyword_rest(rest, "ngày")) {
        return after(rest.len().saturating_sub(after_cue.len()), DAY);
    }
    if ends_with_word(read, &["ngày", "hôm", "mùng", "mồng"]) || read.trim_end().ends_with(',')
    {
        return here(DAY);
    }
    if rest.starts_with(['/', '.', '-']) && read.ends_with(|c: char| c.is_ascii_digit()) {
        return after(1, YEAR);
    }
    // `10/`, `10/03/x`: a day and its separator, then no month; a month and its, then no year.
    let (_, after_day) = small_number(rest)?;
    let separator = after_day.chars().next().filter(|c| "/.-".contains(*c))?;
    let at_month = after_day.get(1..)?;
    let Some((_, after_month)) = small_number(at_month) else {
        return after(
            rest.len().saturating_sub(at_month.len()),
            "a month from 1 to 12",
        );
    };
    let at_year = after_month.strip_prefix(separator)?;
    after(rest.len().saturating_sub(at_year.len()), YEAR)
}

/// A date as read, before the checks that it exists.
#[derive(Debug, Clone, Copy)]
pub(crate) struct RawDate {
    pub date: Date,
    /// Where, in the parsed input, the day starts (for errors).
    pub day_offset: usize,
    /// A can-chi name written with a year: (stem, branch, year it must name).
    pub can_chi: Option<(usize, usize, i32)>,
    /// Whether the date was written with a cue (`ngày`, a part of the day, a weekday).
    pub cued: bool,
    /// The separator of a numeric date (`/`, `.`, `-`), if numeric.
    pub separator: Option<char>,
}

impl RawDate {
    pub(crate) fn tet_year_check(&self) -> Result<(), String> {
        match self.can_chi {
            Some((stem, branch, year)) if !lunar::is_can_chi_of(year, stem, branch) => {
                Err(format!(
                    "{} {} is not the name of {year} ({})",
                    lunar::STEMS.get(stem).copied().unwrap_or(""),
                    lunar::BRANCHES.get(branch).copied().unwrap_or(""),
                    lunar::can_chi_name(year)
                ))
            }
            _ => Ok(()),
        }
    }

    /// Whether the date exists and its can-chi names its year.
    pub(crate) fn is_valid(&self) -> bool {
        self.date.check().is_ok() && self.tet_year_check().is_ok()
    }
}

fn fail<T>(input: &str) -> IResult<&str, T> {
    Err(nom::Err::Error(NomError::new(input, NomErrorKind::Verify)))
}

/// A date, as the module docs give it; a day that cannot exist does not parse.
///
/// The crate's own reader; [`crate::parse::date`] is the public one, generic over the
/// error type.
pub(crate) fn date(input: &str) -> IResult<&str, Date> {
    let (rest, raw) = raw_date(input)?;
    if !raw.is_valid() {
        return fail(input);
    }
    Ok((rest, raw.date))
}

/// [`raw_date`] as the extractor asks for it, by several readers and rules at one place and
/// again along a list of days: read once per position of the text being extracted (see
/// [`crate::memo`]).
pub(crate) fn kept_raw_date(input: &str) -> Option<(&str, RawDate)> {
    crate::memo::date(input, |input| raw_date(input).ok())
}

/// A date read without the checks that it exists.
pub(crate) fn raw_date(input: &str) -> IResult<&str, RawDate> {
    if let Some(found) = tet(input) {
        return Ok(found);
    }
    let mut rest = input;
    let mut weekday = None;
    let mut part = None;
    let mut cued = false;
    let mut bracket = false;
    // `sáng thứ Hai, ngày 6/1/2025`: a part of the day may stand before the weekday too.
    let part_first = day_part(rest).and_then(|(p, after)| {
        let (r, _) = space1(after).ok()?;
        Some((Some(p), weekday_with_separator(r)?))
    });
    let mut day_cued = false;
    if let Some((p, (w, after, opened))) =
        part_first.or_else(|| Some((None, weekday_with_separator(rest)?)))
    {
        part = p;
        weekday = Some(w);
        rest = after;
        cued = true;
        day_cued = true;
        bracket = opened;
    }
    if let Some((p, after)) = day_part(rest) {
        part = Some(p);
        cued = true;
        rest = match bracketed_today(after) {
            Some(inner) => {
                bracket = true;
                inner
            }
            // `sáng nay 4-7`, `Sáng nay, 1-12`: the part of a day named by its date.
            None => after_a_part(after)?.0,
        };
    }
    // `Hôm qua (2-10)`, `Ngày mai (6/6)`: the day named from today, its date in brackets, which
    // close right after it (`Hôm nay (1-2 tiết)` holds a count).
    let mut closed_after_the_day = false;
    if let Some(inner) = today_before_a_bracket(rest).filter(|_| part.is_none() && !bracket) {
        rest = inner;
        cued = true;
        day_cued = true;
        bracket = true;
        closed_after_the_day = true;
    } else if let Some(after) = day_cue(rest) {
        rest = after;
        cued = true;
        day_cued = true;
    }
    let day_offset = input.len().saturating_sub(rest.len());
    let (after, mut raw) = match day(rest) {
        Ok(found) => found,
        // `ngày ba tháng hai năm 1930`, `mồng một Tết`: after its cue, a day in words.
        Err(e) => day_cued.then(|| day_in_words(rest)).flatten().ok_or(e)?,
    };
    raw.date.weekday = weekday;
    raw.date.part = part;
    raw.day_offset = day_offset;
    raw.cued |= cued;
    let mut rest = after;
    if let Some(after_lunar) = lunar_marker(rest) {
        raw.date.calendar = Calendar::Lunar;
        rest = after_lunar;
        // `ngày 15 tháng 4 âm lịch năm 2024`: the year after the calendar, if the day is in it.
        let unyeared = raw.date.year.is_none() && raw.date.can_chi.is_none();
        if let Some((y, after_year)) = year_after_calendar(rest).filter(|_| unyeared) {
            let dated = Date {
                year: Some(y),
                ..raw.date
            };
            if dated.solar().is_some() {
                raw.date = dated;
                rest = after_year;
            }
        } else if unyeared {
            // `tháng 8 âm lịch năm Quý Mão (2023)`: the year by its can-chi, with its number when
            // written and its own; a number the name does not name is taken by neither.
            if let (year, Some((stem, branch)), after_year) = written_year(rest) {
                let own = year.filter(|&y| lunar::is_can_chi_of(y, stem, branch));
                let dated = own.map(|y| Date {
                    year: Some(y),
                    ..raw.date
                });
                match dated.filter(|d| d.solar().is_some()) {
                    Some(dated) => raw.date = dated,
                    // (The name alone is kept, as the trace of the year.)
                    None => raw.date.can_chi = CanChi::new(stem, branch).ok(),
                }
                rest = after_year;
            }
        }
    }
    if bracket {
        match space0(rest)?.0.strip_prefix(')') {
            Some(closed) => rest = closed,
            None if closed_after_the_day => return fail(rest),
            None => {}
        }
    }
    // `12/4/2022 (Thứ Ba)`: the weekday after the date, in brackets.
    if raw.date.weekday.is_none() {
        let after_open = space0(rest)?.0.strip_prefix('(');
        if let Some((w, after_name)) = after_open.and_then(self::weekday) {
            if let Some(closed) = after_name.strip_prefix(')') {
                raw.date.weekday = Some(w);
                rest = closed;
            }
        }
    }
    if raw.date.weekday.is_none() {
        if let Some((w, after)) = weekday_set_off_after(rest, &raw.date) {
            raw.date.weekday = Some(w);
            rest = after;
        }
    }
    if raw.date.calendar == Calendar::Solar && raw.date.holiday.is_none() {
        raw.date.holiday = Holiday::on_solar_day(raw.date.month, raw.date.day);
    }
    Ok((rest, raw))
}

/// `nay`, `qua`, `mai`: today, yesterday, tomorrow, after a part of the day; `hôm nay`, `hôm
/// qua` too.
const TODAY: &[(&str, ())] = &[
    ("nay", ()),
    ("qua", ()),
    ("mai", ()),
    ("hôm nay", ()),
    ("hôm qua", ()),
];

/// The text after a part of the day (`after` starts after its word) where its day or its hour
/// is written: past the spaces, the word naming its day from today if any (`nay`, `qua`, `mai`,
/// `hôm nay`) and a comma closing it (`sáng nay 4-7`, `Sáng nay, 1-12`, `tối qua 10 giờ`,
/// `chiều 3h`).
pub(crate) fn after_a_part(after: &str) -> IResult<&str, ()> {
    let (r, _) = space1(after)?;
    match lookup_phrase(r, TODAY) {
        Some((_, len)) => {
            let after_today = &r[len..];
            let (r, _) = space1(after_today.strip_prefix(',').unwrap_or(after_today))?;
            Ok((r, ()))
        }
        None => Ok((r, ())),
    }
}

/// The part of the day written just before a bracket (`13h chiều nay (28/8)`): it applies to
/// the date in the bracket.
pub(crate) fn part_before_bracket(before: &str) -> Option<DayPart> {
    let before = before
        .trim_end_matches(crate::text::is_space)
        .strip_suffix('(')?;
    let before = before.trim_end_matches(crate::text::is_space);
    let today_len = TODAY.iter().find_map(|(w, _)| {
        let (_, last) = before
            .rsplit_once(|c: char| !crate::text::is_word_char(c))
            .unwrap_or(("", before));
        same_word(last, w).then_some(last.len())
    })?;
    let before = before
        .get(..before.len().saturating_sub(today_len))?
        .trim_end_matches(crate::text::is_space);
    let (_, last) = before
        .rsplit_once(|c: char| !crate::text::is_word_char(c))
        .unwrap_or(("", before));
    day_part(last).map(|(part, _)| part)
}

/// ` nay (`, ` qua (`, ` mai (` after a part of the day (`chiều nay (25/9)`): the text inside
/// the bracket.
fn bracketed_today(input: &str) -> Option<&str> {
    let (rest, _) = space1(input).ok()?;
    let (_, len) = lookup_phrase(rest, TODAY)?;
    let (rest, _) = space0(&rest[len..]).ok()?;
    rest.strip_prefix('(')
}

/// The text inside the bracket after the name of a day from today (`Hôm qua (`, `hôm nay (`,
/// `ngày mai (`, `ngày hôm qua (`): its date, as after a part of the day (`chiều nay (`).
pub(crate) fn today_before_a_bracket(input: &str) -> Option<&str> {
    const TODAYS: &[(&str, ())] = &[
        ("hôm nay", ()),
        ("hôm qua", ()),
        ("hôm kia", ()),
        ("ngày mai", ()),
        ("ngày hôm nay", ()),
        ("ngày hôm qua", ()),
        ("ngày hôm kia", ()),
        ("ngày kia", ()),
    ];
    static NAMED: LazyLock<PhraseTable<()>> = LazyLock::new(|| PhraseTable::new(TODAYS));
    let (_, len) = NAMED.lookup(input)?;
    let (rest, _) = space0(input.get(len..)?).ok()?;
    rest.strip_prefix('(')
}

/// `ngày`, `hôm`, `mùng`, `mồng`, `ngày mùng`: the words before a day; the rest after spaces.
fn day_cue(input: &str) -> Option<&str> {
    const CUES: &[(&str, ())] = &[
        ("hôm nay", ()),
        ("hôm qua", ()),
        ("hôm kia", ()),
        ("ngày mùng", ()),
        ("ngày mồng", ()),
        ("ngày", ()),
        ("hôm", ()),
        ("mùng", ()),
        ("mồng", ()),
    ];
    static DAY_CUES: LazyLock<PhraseTable<()>> = LazyLock::new(|| PhraseTable::new(CUES));
    let (_, len) = DAY_CUES.lookup(input)?;
    let after = &input[len..];
    // `ngày30/12/2019`: a cue glued to its day, as a space lost in typing or copying leaves it,
    // where the date is written in digits after it (not `ngày2 lần`).
    let digits = after.bytes().take_while(u8::is_ascii_digit).count();
    let month_written = || {
        after
            .get(digits..)
            .and_then(|r| space1(r).ok())
            .is_some_and(|(r, _)| match_phrase(r, "tháng").is_some())
    };
    if numbers_joined(after) || digits > 0 && month_written() {
        return Some(after);
    }
    space1(after).ok().map(|(rest, _)| rest)
}

/// Whether `input` opens with digits joined to more digits by `/`, `-` or `.` (`30/12/2019`,
/// `12/2024`): a date or a month in digits, which a cue glued to it still cues.
pub(crate) fn numbers_joined(input: &str) -> bool {
    let digits = input.bytes().take_while(u8::is_ascii_digit).count();
    matches!(
        input.as_bytes().get(digits..),
        Some([b'/' | b'-' | b'.', next, ..]) if digits > 0 && next.is_ascii_digit()
    )
}

/// A weekday set off after its date by a comma or a dash where the clause closes after it
/// (`17/5/2024, thứ Sáu,`, `20/5/2024 - Thứ Hai:`, `14/6/2024, thứ Sáu 8h00`), and the text
/// after it: the day's name in apposition, as in brackets; after a dash, which may end a span
/// at a weekday, only the date's own. Not the weekday a next date opens
/// with (`18/9/2024 – Thứ Sáu, ngày 20/9/2024`), unless that date is written with its weekday
/// after it in turn, a list's way (`16/9/2024 - Thứ Hai, 18/9/2024 - Thứ Tư`). In lower case a
/// weekday in words (`, thứ hai`) opens a second point as often: it is taken where the date
/// falls on it, or has no year to tell (the extractor sets an enumeration's items aside).
fn weekday_set_off_after<'a>(rest: &'a str, date: &Date) -> Option<(Weekday, &'a str)> {
    let set_off = space0(rest).ok()?.0.strip_prefix([',', '-', '–', '—'])?;
    let at_name = space0(set_off).ok()?.0;
    let (w, after) = weekday(at_name)?;
    let closing = after.trim_start_matches(crate::text::is_space);
    let punctuation = |c: char| {
        matches!(
            c,
            ',' | '.' | ';' | ':' | '(' | ')' | '!' | '?' | '\n' | '\r' | '-' | '–' | '—'
        )
    };
    // (Not `và` before another weekday: `18/6/2024, Thứ Hai và Thứ Năm hằng tuần` names days
    // of every week.)
    let joined = |w: &str, after: &str| {
        same_word(w, "lúc")
            || same_word(w, "và")
                && weekday(after.trim_start_matches(crate::text::is_space)).is_none()
    };
    let closes = closing.chars().next().is_none_or(punctuation)
        || split_word(closing).is_some_and(|(w, after)| joined(w, after))
        || closing.starts_with(|c: char| c.is_ascii_digit())
            && crate::time::kept_time(closing).is_some();
    let next = closing
        .strip_prefix(',')
        .map(|r| r.trim_start_matches(crate::text::is_space));
    let the_next_dates = || {
        next.and_then(past_a_date_ahead)
            .is_some_and(|after_it| !listed_with_its_weekday_after(after_it))
    };
    // (`thứ hai`, `thứ ba`: `thứ` and the name after it in lower case, no digit, no Sunday.)
    let in_lower_words = split_word(at_name).is_some_and(|(first, r)| {
        first.starts_with('t')
            && same_word(first, "thứ")
            && r.trim_start_matches(crate::text::is_space)
                .starts_with(char::is_lowercase)
    });
    let doubtful = in_lower_words
        && date.year.is_some()
        && date.actual_weekday().is_some_and(|actual| actual != w);
    // (A weekday the date falls on is its own, whatever follows: `Từ 16/9/2024 – Thứ Hai, ngày
    // 20/9/2024`.)
    let its_own = date.actual_weekday() == Some(w);
    // (After a dash a weekday may end a span, `14/6/2024 - Chủ nhật`: only the date's own is
    // its name there, but in a heading before a colon, `14/6/2024 – Thứ Ba: khai giảng`.)
    let dashed = !space0(rest).ok()?.0.starts_with(',');
    let a_span = dashed && date.year.is_some() && !its_own && !closing.starts_with(':');
    (closes && !doubtful && !a_span && (its_own || !the_next_dates())).then_some((w, after))
}

/// The text after a date opening `input`, read shallowly as a list writes one (its cue
/// `ngày` aside): digits joined by `/`, `.` or `-` (`20/9/2024`), or a day, `tháng` and its
/// month (`20 tháng 9`); `None` where no date opens it.
fn past_a_date_ahead(input: &str) -> Option<&str> {
    let input = crate::text::keyword_rest(input, "ngày")
        .map_or(input, |r| r.trim_start_matches(crate::text::is_space));
    let digits = input.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return None;
    }
    if numbers_joined(input) {
        let len = input
            .bytes()
            .take_while(|b| b.is_ascii_digit() || matches!(b, b'/' | b'.' | b'-'))
            .count();
        return input.get(len..);
    }
    let (at_month, _) = space1(input.get(digits..)?).ok()?;
    let after = crate::text::keyword_rest(at_month, "tháng")?;
    let (month, _) = space1(after).ok()?;
    split_word(month)
        .map(|(_, r)| r)
        .or_else(|| Some(month.trim_start_matches(|c: char| c.is_ascii_digit())))
}

/// Whether a weekday is set off after the date `after` follows, by a comma or a dash: a list
/// of dates each written with its weekday after it.
fn listed_with_its_weekday_after(after: &str) -> bool {
    space0(after)
        .ok()
        .and_then(|(r, _)| r.strip_prefix([',', '-', '–', '—']))
        .and_then(|r| space0(r).ok())
        .is_some_and(|(r, _)| weekday(r).is_some())
}

/// A weekday and what separates it from the date (`, `, ` - `, ` (`, a space, `tức là`);
/// whether the separator opened a bracket (`thứ Hai (15/1)`).
fn weekday_with_separator(input: &str) -> Option<(Weekday, &str, bool)> {
    let (w, after_name) = weekday(input)?;
    let (rest, spaces) = space0(after_name).ok()?;
    // `Thứ 7 tuần này (13/12)`, `Chủ nhật tuần này 12/10`, `Thứ Sáu này, 13/6`: the week named
    // or placed between the weekday and its day.
    let (rest, spaces, week) = match week_named_or_placed(rest) {
        Some((after, spaces_after)) => (after, spaces_after, true),
        None => (rest, spaces, false),
    };
    match rest.strip_prefix([',', '-', '–', '(']) {
        // (`Chủ nhật, tức ngày 7/9`: the day given again, as `that is`.)
        Some(r) => Some((w, that_is(space0(r).ok()?.0), rest.starts_with('('))),
        None if spaces.is_empty() => None,
        // (`Chủ nhật tức là 7/9`: the day given again without a comma.)
        None => {
            let day = that_is(rest);
            // (`Thứ Hai tuần này 2/3 số nhân viên nghỉ`: a fraction of a count, no date.)
            let restated = day.len() < rest.len();
            let fraction = (week || restated) && fraction_of_a_count(day);
            (!fraction).then_some((w, day, false))
        }
    }
}

/// Whether `input` opens with a fraction of a count (`2/3 số nhân viên`): a `d/m` and `số`.
pub(crate) fn fraction_of_a_count(input: &str) -> bool {
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let part = digits(input);
    let after = input
        .get(part..)
        .and_then(|r| r.strip_prefix('/'))
        .and_then(|r| r.get(digits(r)..));
    part > 0
        && after
            .and_then(|r| space1(r).ok())
            .is_some_and(|(r, _)| crate::text::keyword_rest(r, "số").is_some())
}

/// `input` after `tức` or `tức là` (that is) and the spaces after them, where they open it;
/// else `input`.
fn that_is(input: &str) -> &str {
    lookup_phrase(input, &[("tức là", ()), ("tức", ())])
        .and_then(|(_, len)| space1(input.get(len..)?).ok())
        .map_or(input, |(rest, _)| rest)
}

/// The text after the weekday's week, named (`tuần này`, `tuần sau`) or placed by a word alone
/// (`này`, `tới`), which may stand between a weekday and its day (`Thứ 7 tuần này (13/12)`,
/// `Chủ nhật tới 15/12`), and the spaces after it.
fn week_named_or_placed(input: &str) -> Option<(&str, &str)> {
    // (`tới`, `sau`, `trước` alone are as often `until`, `after`, `before` the date that
    // follows, `từ thứ Hai tới 30/9`: they place the week only before its day in brackets.)
    let (bracketed_only, len) = lookup_phrase(input, WEEKS)?;
    let after = input.get(len..)?;
    // (A whole word: `tới` is no `tớ`, `sau` no `sáu`.)
    if after.starts_with(|c: char| c.is_alphanumeric() || crate::text::is_word_char(c)) {
        return None;
    }
    let (rest, spaces) = space0(after).ok()?;
    (!bracketed_only || rest.starts_with('(')).then_some((rest, spaces))
}

/// The week of a weekday, named or placed by a word alone (see [`week_named_or_placed`]), and
/// whether it places it only before a bracket.
const WEEKS: &[(&str, bool)] = &[
    ("tuần này", false),
    ("tuần sau", false),
    ("tuần tới", false),
    ("tuần trước", false),
    ("tuần qua", false),
    ("tuần rồi", false),
    ("này", false),
    ("vừa rồi", false),
    ("vừa qua", false),
    ("tới", true),
    ("sau", true),
    ("trước", true),
];

/// Whether `after`, the text after a weekday's digit, chains another to it by a dash or a
/// comma (`thứ 2-4-6`, `thứ 3,5,7`): a list of weekdays, days of every week, no weekday of one
/// date and no rank.
pub(crate) fn weekdays_chained(after: &str) -> bool {
    match after.as_bytes() {
        [b'-' | b',', b'2'..=b'7', next, ..] => !next.is_ascii_digit() && *next != b'/',
        [b'-' | b',', b'2'..=b'7'] => true,
        _ => false,
    }
}

/// A weekday name: `Thứ sáu`, `Thứ 6`, `thứ Hai`, `Chủ nhật`, `CN`, `T2`; and `Chúa nhật`, the
/// Lord's day, as Catholic parishes name Sunday.
pub(crate) fn weekday(input: &str) -> Option<(Weekday, &str)> {
    for sunday in ["chủ nhật", "chúa nhật"] {
        if let Some(len) = match_phrase(input, sunday) {
            return Some((Weekday::Sunday, &input[len..]));
        }
    }
    if let Some(rest) = input.strip_prefix("CN") {
        return (!rest.starts_with(|c: char| c.is_alphanumeric()))
            .then_some((Weekday::Sunday, rest));
    }
    if let Some(rest) = input.strip_prefix('T') {
        if let [d @ b'2'..=b'7', ..] = rest.as_bytes() {
            let after = &rest[1..];
            if !after.starts_with(|c: char| c.is_alphanumeric()) {
                return Some((Weekday::from_iso(d.checked_sub(b'1')?)?, after));
            }
        }
    }
    let (word, rest) = split_word(input)?;
    if !same_word(word, "thứ") {
        return None;
    }
    let (rest, _) = space1(rest).ok()?;
    if let [d @ b'2'..=b'7', ..] = rest.as_bytes() {
        let after = &rest[1..];
        if !after.starts_with(|c: char| c.is_alphanumeric()) && !weekdays_chained(after) {
            return Some((Weekday::from_iso(d.checked_sub(b'1')?)?, after));
        }
        return None;
    }
    const NAMES: &[(&str, Weekday)] = &[
        ("hai", Weekday::Monday),
        ("ba", Weekday::Tuesday),
        ("tư", Weekday::Wednesday),
        ("năm", Weekday::Thursday),
        ("sáu", Weekday::Friday),
        ("bảy", Weekday::Saturday),
        ("bẩy", Weekday::Saturday),
    ];
    lookup_phrase(rest, NAMES).map(|(&w, len)| (w, &rest[len..]))
}

/// Whether `word` abbreviates `âm lịch`: `âl` in any case (`ÂL`, a chat's `5/11 âl`), and `AL`
/// with no mark in capitals only, `al` being a syllable of names as often.
pub(crate) fn is_lunar_abbreviation(word: &str) -> bool {
    word == "AL" || same_word(word, "âl")
}

/// `âm lịch`, `lịch âm`, `AL`, `ÂL` (see [`is_lunar_abbreviation`]), `(AL)`, `(âm lịch)`,
/// `(âm)` after a date: the rest after it. The calendar is named in either order; `âm` alone
/// names it only in brackets, where it opens no compound (`âm nhạc`).
pub(crate) fn lunar_marker(input: &str) -> Option<&str> {
    let (rest, _) = space0(input).ok()?;
    let (inner, bracketed) = match rest.strip_prefix('(') {
        Some(r) => (r, true),
        None => (rest, false),
    };
    let len = match_phrase(inner, "âm lịch")
        .or_else(|| match_phrase(inner, "lịch âm"))
        .or_else(|| {
            let (word, _) = split_word(inner)?;
            (is_lunar_abbreviation(word) || bracketed && same_word(word, "âm"))
                .then_some(word.len())
        })?;
    let after = &inner[len..];
    if bracketed {
        return after.strip_prefix(')');
    }
    Some(after)
}

/// ` năm 2024` after the calendar of a lunar day or month: the year, and the rest after it.
///
/// The calendar may stand before the year as well as after it (`tháng 5 âm lịch năm 2024` is
/// `tháng 5 năm 2024 âm lịch`); only `năm` and four digits are read there, so that a year that
/// begins the next clause (`tháng 7 âm lịch, năm 2023 …`) stays its own.
pub(crate) fn year_after_calendar(input: &str) -> Option<(i32, &str)> {
    let (rest, _) = space1(input).ok()?;
    let (rest, _) = space1(keyword_rest(rest, "năm")?).ok()?;
    four_digit_year(rest)
}

/// ` nhuận`, ` (nhuận)` after a month: it is the leap month of that number; the rest after it.
pub(crate) fn leap_marker(input: &str) -> Option<&str> {
    let (rest, _) = space1(input).ok()?;
    match rest.strip_prefix('(') {
        Some(inner) => keyword_rest(inner, "nhuận")?.strip_prefix(')'),
        None => keyword_rest(rest, "nhuận"),
    }
}

/// The lunar and solar month names after `tháng`: `Giêng`, `Hai`, … `Chạp`.
const MONTH_WORDS: &[(&str, u8)] = &[
    ("mười một", 11),
    ("mười hai", 12),
    ("giêng", 1),
    ("hai", 2),
    ("ba", 3),
    ("tư", 4),
    ("bốn", 4),
    ("năm", 5),
    ("sáu", 6),
    ("bảy", 7),
    ("tám", 8),
    ("chín", 9),
    ("mười", 10),
    ("một", 11),
    ("chạp", 12),
];

/// Month names read only when capitalized: `tháng năm` is mostly "months and years", `tháng
/// một` "once a month".
const AMBIGUOUS_MONTH_WORDS: &[&str] = &["năm", "một"];

/// Whether a year (`năm 1890`, `năm Canh Tý`) or a lunar calendar's name (`âm lịch`) opens
/// `rest`, after spaces: what only a month's name stands before.
fn year_or_calendar_follows(rest: &str) -> bool {
    solar_year_follows(rest) || lunar_year_or_calendar_follows(rest)
}

/// The text after `năm` and spaces at the start of `rest`, after spaces, if it opens so.
fn after_year_cue(rest: &str) -> Option<&str> {
    let (next, _) = space1(rest).ok()?;
    let len = match_phrase(next, "năm")?;
    Some(space1(next.get(len..)?).ok()?.0)
}

/// Whether a year in digits or words follows `rest` (`năm 2024`, `năm hai nghìn không trăm
/// hai mươi mốt`), after which a month is the solar calendar's.
fn solar_year_follows(rest: &str) -> bool {
    after_year_cue(rest)
        .is_some_and(|after| four_digit_year(after).is_some() || year_in_words(after).is_some())
}

/// Whether a lunar calendar's name (`âm lịch`) or a year by its can-chi (`năm Canh Tý`)
/// follows `rest`: a month of the lunar calendar.
fn lunar_year_or_calendar_follows(rest: &str) -> bool {
    lunar_marker(rest).is_some() || after_year_cue(rest).is_some_and(|a| can_chi(a).is_some())
}

/// A month after `tháng`: digits (1 to 12) or a name; whether the name is a lunar one
/// (`Giêng`, `Chạp`), and the rest.
pub(crate) fn month_ref(input: &str) -> Option<(u8, bool, &str)> {
    let digits = input.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 {
        if digits > 2 {
            return None;
        }
        let month: u8 = input[..digits].parse().ok()?;
        // (`kỳ hạn 12 tháng 5,2%`, `tháng 3,4 triệu người`: digits that go on as a rate, or as
        // a decimal before a scale, are no month; a list of months is, `tháng 4,5 là mùa hoa`,
        // and so is a year after a dot, `tháng 5.2024`.)
        let after = &input[digits..];
        let rate = after.trim_start_matches(' ').starts_with('%')
            || after.strip_prefix([',', '.']).is_some_and(|d| {
                let decimals = d.bytes().take_while(u8::is_ascii_digit).count();
                let (_, tail) = d.split_at(decimals);
                let tail = tail.trim_start_matches(' ');
                let scaled =
                    split_word(tail).is_some_and(|(w, _)| crate::words::lexer::is_scale_word(w));
                (1..=3).contains(&decimals) && (tail.starts_with('%') || scaled)
            });
        if rate {
            return None;
        }
        return (1..=12).contains(&month).then_some((month, false, after));
    }
    let (&month, len) = lookup_phrase(input, MONTH_WORDS)?;
    // `tháng năm` is "months and years", `tháng hai` mostly "February": the names that are
    // everyday words are read only capitalized, or before the year or the calendar they are
    // a month of (`tháng năm năm 1890`, `tháng năm âm lịch`).
    let (first_word, _) = split_word(input)?;
    let rest = &input[len..];
    // (A word in capitals is no name the capital tells: `9 THÁNG NĂM 2024`, in a heading, is
    // nine months of 2024, as `9 tháng năm 2024` is.)
    let capitalized =
        first_word.starts_with(char::is_uppercase) && !crate::text::in_capitals(first_word);
    if !capitalized
        && AMBIGUOUS_MONTH_WORDS
            .iter()
            .any(|w| same_word(w, first_word))
        && !year_or_calendar_follows(rest)
    {
        return None;
    }
    // `mỗi tháng hai triệu`: a number word that a scale or another number word follows begins
    // an amount (two million a month), no month's name.
    let amount_goes_on = space1(rest)
        .ok()
        .and_then(|(r, _)| split_word(r))
        .is_some_and(|(w, _)| crate::words::lexer::continues_a_number(w));
    if amount_goes_on && crate::words::lexer::is_number_word(first_word) {
        return None;
    }
    // `tháng Một` is the lunar eleventh month as a name, and January before a solar year
    // (`tháng một năm 2024`), as the solar calendar counts its months.
    let month = if month == 11
        && same_word(first_word, "một")
        && solar_year_follows(rest)
        && !lunar_year_or_calendar_follows(rest)
    {
        1
    } else {
        month
    };
    let lunar_only =
        matches!(split_word(input), Some((w, _)) if same_word(w, "giêng") || same_word(w, "chạp"));
    Some((month, lunar_only, rest))
}

/// A number of one or two digits, and the rest.
fn small_number(input: &str) -> Option<(u8, &str)> {
    let digits = input.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 2 {
        return None;
    }
    Some((input[..digits].parse().ok()?, &input[digits..]))
}

/// A year of four digits, or two (expanded: below 50 is 20yy); `None` if glued to more digits.
fn year_digits(input: &str) -> Option<(i32, &str)> {
    let digits = input.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &input[digits..];
    let year: i32 = match digits {
        4 => input[..4].parse().ok()?,
        2 => {
            let yy: i32 = input[..2].parse().ok()?;
            // Two digits: `yy` is 0 to 99.
            #[allow(clippy::arithmetic_side_effects)]
            if yy < 50 {
                2000 + yy
            } else {
                1900 + yy
            }
        }
        _ => return None,
    };
    Some((year, rest))
}

/// Whether a numeric date goes on into something longer (`1.2.3.4`, `20/10/2023/QĐ`).
fn continues(rest: &str, separator: char) -> bool {
    let mut chars = rest.chars();
    match chars.next() {
        Some(c) if c.is_alphanumeric() => true,
        Some(c) if c == separator || c == '/' => chars.next().is_some_and(char::is_alphanumeric),
        _ => false,
    }
}

/// The day itself: numeric, written with `tháng`, `rằm tháng …` or `mùng … Tết`.
fn day(input: &str) -> IResult<&str, RawDate> {
    if let Some(found) = full_moon(input).or_else(|| month_first(input)) {
        return Ok(found);
    }
    let Some((d, after_day)) = small_number(input) else {
        return fail(input);
    };
    if let Some(found) = written_day(d, after_day, false) {
        return Ok(found);
    }
    if let Some(found) = numeric_day(d, after_day) {
        return Ok(found);
    }
    fail(input)
}

/// A day written in words after its cue (`ba`, `mười lăm`, `hai mươi mốt`) and its month or
/// `Tết` (see [`written_day`]): a whole number of words alone, no scale, 1 to 31.
fn day_in_words(input: &str) -> Option<(&str, RawDate)> {
    let (day, after) = day_number_in_words(input)?;
    written_day(day, after, true)
}

/// The number of a day written in words at the start of `input` (`mười một`, `ba`): a whole
/// amount of words alone, no scale, 1 to 31; and the rest.
pub(crate) fn day_number_in_words(input: &str) -> Option<(u8, &str)> {
    crate::number::small_whole_in_words(input, 1..=31)
}

fn raw(year: Option<i32>, month: u8, day: u8, calendar: Calendar) -> RawDate {
    RawDate {
        date: Date::bare(year, month, day, calendar),
        day_offset: 0,
        can_chi: None,
        cued: false,
        separator: None,
    }
}

/// `25/11`, `22/9/2021`, `25.09.2020`, `15-3-2024`, `15/ 9`, `10/01/17`, and a whole date
/// with spaces around its slashes as typed in forms and copied from scans (`3 / 9 / 2024`,
/// `15 /3/ 2024`; `3 / 9` alone is a ratio).
fn numeric_day(d: u8, input: &str) -> Option<(&str, RawDate)> {
    let unspaced = input.trim_start_matches(' ');
    let mut spaced = unspaced.len() < input.len();
    let separator = unspaced
        .chars()
        .next()
        .filter(|c| matches!(c, '/' | '.' | '-'))
        .filter(|&c| !spaced || c == '/')?;
    let mut rest = &unspaced[1..];
    // (A space after the first slash allows one after the second: `05/ 8/ 2023`.)
    let spaced_after = rest.starts_with(crate::text::is_space);
    if separator == '/' {
        rest = space0(rest).ok()?.0;
    }
    let (m, after_month) = small_number(rest)?;
    let mut rest = after_month;
    let mut year = None;
    let mut calendar = Calendar::Solar;
    let mut name = None;
    let mut whole_year = false;
    let second_separator = match rest.strip_prefix(separator) {
        // (`15 /3/ 2024`: a space after the second slash only where the first had one.)
        Some(after_sep) if (spaced || spaced_after) && separator == '/' => {
            Some(after_sep.trim_start_matches(' '))
        }
        Some(after_sep) => Some(after_sep),
        // (Spaces around the second slash: `3 / 9 / 2024`.)
        None if separator == '/' => rest
            .trim_start_matches(' ')
            .strip_prefix('/')
            .map(|r| r.trim_start_matches(' '))
            .inspect(|_| spaced = true),
        None => None,
    };
    if let Some(after_sep) = second_separator {
        if let Some((y, after_year)) = year_digits(after_sep) {
            year = Some(y);
            whole_year = after_sep.len().saturating_sub(after_year.len()) == 4;
            rest = after_year;
        } else if let Some((stem, branch, after_name)) = can_chi(after_sep) {
            // `27-10-Tân Sửu`: a day of a lunar year named by its can-chi.
            calendar = Calendar::Lunar;
            name = CanChi::new(stem, branch).ok();
            rest = after_name;
        }
    } else if !(separator == '-' && two_digits_after_a_slash(rest)) {
        // (A dash and then a slash before two digits make no year: `ngày 5-6/10` is two days of
        // October, no 5 June 2010; `1.3/0223` and `15-3/2024` are dates.)
        match written_year(rest) {
            // `1/5 năm 2018`
            (Some(y), None, after_year) => {
                year = Some(y);
                rest = after_year;
            }
            // `13/8 năm Tân Sửu`: a lunar day; its value stays month and day.
            (_, Some((stem, branch)), after_year) => {
                calendar = Calendar::Lunar;
                name = CanChi::new(stem, branch).ok();
                rest = after_year;
            }
            _ => {}
        }
    }
    // (`20/11 giờ học`: hours are never written with a slash; after a year of four digits,
    // `14-09-2024 Giờ: 19:42`, `giờ` opens the time of that day.)
    if continues(rest, separator) || separator != '/' && !whole_year && is_hour_unit_next(rest) {
        return None;
    }
    // (`ngày 2-3 tháng 9`: before a month named with `tháng`, the second number is a day of
    // it, two days of September, not the 2nd of March.)
    let month_named_after = || {
        space1(rest)
            .ok()
            .and_then(|(r, _)| crate::text::keyword_rest(r, "tháng"))
            .and_then(|r| space1(r).ok())
            .and_then(|(r, _)| month_ref(r))
            .is_some()
    };
    if year.is_none() && month_named_after() {
        return None;
    }
    if spaced && year.is_none() {
        return None;
    }
    let mut found = raw(
        if calendar == Calendar::Lunar {
            None
        } else {
            year
        },
        m,
        d,
        calendar,
    );
    found.separator = Some(separator);
    // The can-chi is kept as the trace of the year (a year written with it is dropped).
    found.date.can_chi = name;
    // A can-chi year marks a date as surely as `ngày` does.
    found.cued = calendar == Calendar::Lunar;
    Some((rest, found))
}

/// Whether `rest` is a slash and two digits, no more (`/10`).
fn two_digits_after_a_slash(rest: &str) -> bool {
    rest.strip_prefix('/')
        .is_some_and(|r| r.bytes().take_while(u8::is_ascii_digit).count() == 2)
}

/// Whether `giờ` or `h` follows: `7-9 giờ` is a range of hours and `7.30 giờ` a time, not the
/// 7th of September or the 7th of March.
fn is_hour_unit_next(rest: &str) -> bool {
    let (after, _) = space0(rest).unwrap_or((rest, ""));
    match_phrase(after, "giờ").is_some()
        || (after.starts_with(['h', 'g']) && !after[1..].starts_with(char::is_alphabetic))
        || measure_next(rest)
}

/// Whether a unit of measure or of time other than the calendar's follows (`1-2 tiếng`,
/// `5-10-21 km`, `3-4 phút`): numbers joined by dashes before one are a range or a list of it,
/// never a day (the calendar's own words, `năm`, `tháng`, go on with a date: `20-11 năm nay`).
fn measure_next(after: &str) -> bool {
    crate::quantity::measure_after(crate::quantity::Units::shared(), after).is_some()
}

/// `15 tháng 3`, `14 tháng 10 năm 2021`, `21 thg 5, 2008`, `20 tháng Giêng năm Kỷ Hợi`,
/// `6 Tết`.
///
/// After a day named as one (`cued`: a day in words after its cue or a weekday), a month
/// named by an everyday word is the month (`thứ Hai, mười hai tháng năm`).
fn written_day(d: u8, input: &str, cued: bool) -> Option<(&str, RawDate)> {
    // `ngày 29, tháng Chạp, năm 2023`: commas may stand between the parts.
    let (rest, _) = space1(input.strip_prefix(',').unwrap_or(input)).ok()?;
    if let Some(len) = match_phrase(rest, "tết") {
        return Some(day_of_tet(d, &rest[len..]));
    }
    let (_, len) = lookup_phrase(rest, &[("tháng", ()), ("thg", ())])?;
    let (rest, _) = space1(&rest[len..]).ok()?;
    // `tháng nhuận năm 2020`: the leap month, whichever that year has.
    let unnumbered_leap = match_phrase(rest, "nhuận").map(|len| (0, true, &rest[len..]));
    // (`hai tháng một lần`: a number word that counts a noun after it is no month's name.)
    let named = || {
        let (&month, len) = lookup_phrase(rest, MONTH_WORDS).filter(|_| cued)?;
        let after = rest.get(len..)?;
        let counts = crate::quantity::unit_after(crate::quantity::Units::shared(), after);
        counts.is_none().then_some((month, false, after))
    };
    let (month, lunar_only, rest) = unnumbered_leap.or_else(|| month_ref(rest)).or_else(named)?;
    let (leap, rest) = match leap_marker(rest) {
        Some(after) => (true, after),
        None => (unnumbered_leap.is_some(), rest),
    };
    let calendar = if lunar_only || leap {
        Calendar::Lunar
    } else {
        Calendar::Solar
    };
    let (year, can_chi, rest) = written_year(rest);
    let month = match (unnumbered_leap, year) {
        (None, _) => month,
        (Some(_), Some(y)) => lunar::leap_month(y).unwrap_or(0),
        // With no year there is no telling which month repeats.
        (Some(_), None) => return None,
    };
    let mut found = raw(year, month, d, calendar);
    found.date.leap = leap;
    name_the_year(&mut found, year, can_chi);
    found.cued = true;
    Some((rest, found))
}

/// Records the can-chi name written with a day's year (`năm Kỷ Hợi`, `năm Giáp Thìn 2024`): it
/// names a lunar year, so the month and day are lunar; with a number to check it against it is
/// checked later, without one it is the trace of the year.
fn name_the_year(found: &mut RawDate, year: Option<i32>, can_chi: Option<(usize, usize)>) {
    found.can_chi = can_chi.map(|(s, b)| (s, b, year.unwrap_or_default()));
    if let Some((stem, branch)) = can_chi {
        found.date.calendar = Calendar::Lunar;
        if year.is_none() {
            found.can_chi = None;
            found.date.can_chi = CanChi::new(stem, branch).ok();
        }
    }
}

/// `mùng 6 Tết`, `30 Tết`, `mùng 1 Tết 2024`: a day around the Lunar New Year. The days from
/// the 20th are the last of the old year (`30 Tết` is the 30th of tháng Chạp). With a year
/// written, a lunar day keeps it as any lunar day does (`mùng 4 Tết năm 2024` is the lunar
/// 01-04 of 2024, whose solar day is known); the first day is Tết itself, and, as `Tết 2024`,
/// its solar day.
fn day_of_tet(d: u8, rest: &str) -> (&str, RawDate) {
    let month = if d >= 20 { 12 } else { 1 };
    let mut found = raw(None, month, d, Calendar::Lunar);
    let mut rest = rest;
    // `mùng 1 Tết 2024`, `mùng 3 Tết năm 2024`, `mùng 1 Tết Giáp Thìn 2024`: the year as `Tết`
    // alone takes it (the can-chi, checked by the date's reader, is the year's own).
    let year = space1(rest).ok().and_then(|(r, _)| {
        let named = can_chi(r)
            .and_then(|(stem, branch, after)| Some((stem, branch, space1(after).ok()?.0)));
        let r = named.map_or(r, |(_, _, after)| after);
        // A can-chi that names another year contradicts it: no year is taken.
        year_maybe_after_nam(r).filter(|&(y, _)| {
            named.is_none_or(|(stem, branch, _)| lunar::is_can_chi_of(y, stem, branch))
        })
    });
    if let Some((y, after)) = year {
        // A four-digit year: 0 to 9999.
        #[allow(clippy::arithmetic_side_effects)]
        let lunar_year = if month == 12 { y - 1 } else { y };
        let day = lunar::LunarDate {
            year: lunar_year,
            month,
            day: d,
            leap: false,
        };
        if let Some((sy, sm, sd)) = lunar::lunar_to_solar(day) {
            found = if (month, d) == (1, 1) {
                raw(Some(sy), sm, sd, Calendar::Solar)
            } else {
                raw(Some(lunar_year), month, d, Calendar::Lunar)
            };
            rest = after;
        }
    }
    // `mùng 2 Tết Giáp Thìn`: a can-chi alone names the year as it does after `Tết` (`Tết Ất
    // Tỵ`); the days from the 20th are of the year before the one Tết opens.
    if year.is_none() {
        let named = space1(rest).ok().and_then(|(r, _)| can_chi(r));
        // A can-chi before a year that is not its own is taken by neither.
        let before_a_year =
            |after: &str| space1(after).is_ok_and(|(r, _)| year_maybe_after_nam(r).is_some());
        if let Some((stem, branch, after)) = named.filter(|&(_, _, after)| !before_a_year(after)) {
            let tet_year = CanChi::new(stem, branch).ok();
            found.date.can_chi = match month {
                12 => {
                    tet_year.map(|name| CanChi::of_year(name.nearest_year(2000).saturating_sub(1)))
                }
                _ => tet_year,
            };
            if found.date.can_chi.is_some() {
                rest = after;
            }
        }
    }
    if (month, d) == (1, 1) {
        found.date.holiday = Some(Holiday::TetNguyenDan);
    }
    found.cued = true;
    (rest, found)
}

/// `2024` or `năm 2024` at the start of `input`: the four-digit year, and the rest (after
/// `Tết` and a day of Tết, where `năm` may be left out).
fn year_maybe_after_nam(input: &str) -> Option<(i32, &str)> {
    let after_nam = match_phrase(input, "năm")
        .and_then(|l| space1(&input[l..]).ok())
        .map_or(input, |(r, _)| r);
    four_digit_year(after_nam)
}

/// The year after a written day or month: `năm 2021`, `/2024`, `, 2008`, `năm Kỷ Hợi`.
pub(crate) fn written_year(input: &str) -> (Option<i32>, Option<(usize, usize)>, &str) {
    // `tháng 12-1907`, `tháng 11 - 1883`
    let dashed = space0(input)
        .ok()
        .and_then(|(r, _)| r.strip_prefix('-'))
        .and_then(|r| space0(r).ok());
    if let Some((y, rest)) = dashed.and_then(|(r, _)| four_digit_year(r)) {
        return (Some(y), None, rest);
    }
    // `tháng 4.2024`
    if let Some((y, rest)) = input.strip_prefix('.').and_then(four_digit_year) {
        return (Some(y), None, rest);
    }
    if let Some(after) = input.strip_prefix('/') {
        if let Some((y, rest)) = year_digits(after).filter(|(_, r)| !continues(r, '/')) {
            return (Some(y), None, rest);
        }
    }
    if let Some(after) = input.strip_prefix(',') {
        if let Ok((after, _)) = space1(after) {
            if let Some((y, rest)) = four_digit_year(after) {
                return (Some(y), None, rest);
            }
        }
    }
    // `tháng Chạp, năm 2023`
    let Ok((after_space, _)) = space1(input.strip_prefix(',').unwrap_or(input)) else {
        return (None, None, input);
    };
    let Some(len) = match_phrase(after_space, "năm") else {
        // `rằm tháng Giêng Ất Tỵ 2025`: a can-chi names a year with no `năm` before it (a stem
        // and a branch together name nothing else, in any case).
        if let Some((year, name, rest)) = named_year(after_space) {
            return (year, Some(name), rest);
        }
        // `Rằm tháng Giêng 2025`, `ngày 2 tháng 9 1945`: four digits right after the month,
        // no comma between, are its year, unless they count what follows (`tháng 11 2000 giáo
        // viên`).
        if input.starts_with(crate::text::is_space) {
            if let Some((y, rest)) = four_digit_year(after_space) {
                let counts = crate::quantity::unit_after(crate::quantity::Units::shared(), rest)
                    .is_some()
                    || rest.starts_with(|c: char| c.is_alphanumeric() || c == '/' || c == '-');
                if !counts {
                    return (Some(y), None, rest);
                }
            }
        }
        return (None, None, input);
    };
    let Ok((after, _)) = space1(&after_space[len..]) else {
        return (None, None, input);
    };
    if let Some((y, rest)) = four_digit_year(after).or_else(|| year_in_words(after)) {
        return (Some(y), None, rest);
    }
    match named_year(after) {
        Some((year, name, rest)) => (year, Some(name), rest),
        None => (None, None, input),
    }
}

/// A year by its can-chi name, and the number of the year after it if one follows (`Canh Tý
/// 2020`, `Tân Sửu (1841)`): the number, the stem and branch, and the rest.
#[allow(clippy::type_complexity)]
fn named_year(input: &str) -> Option<(Option<i32>, (usize, usize), &str)> {
    let (stem, branch, rest) = can_chi(input)?;
    let (after_name, _) = space0(rest).unwrap_or((rest, ""));
    let bracketed = after_name.strip_prefix('(').and_then(|r| {
        let (y, r) = four_digit_year(r)?;
        Some((y, r.strip_prefix(')')?))
    });
    match bracketed.or_else(|| space1(rest).ok().and_then(|(a, _)| four_digit_year(a))) {
        Some((y, r)) => Some((Some(y), (stem, branch), r)),
        None => Some((None, (stem, branch), rest)),
    }
}

/// A year of four digits written in words after its cue (`hai nghìn không trăm hai mươi tư`,
/// `một nghìn chín trăm bốn mươi lăm`): a whole amount of words alone, opening with a digit
/// word (`năm nghìn đồng` is five thousand, its `nghìn` no year), from 1000 to 2999.
pub(crate) fn year_in_words(input: &str) -> Option<(i32, &str)> {
    let (first, _) = split_word(input)?;
    if !crate::words::lexer::is_digit_word(first) {
        return None;
    }
    let (rest, amount) = crate::number::whole_in_words(input)?;
    if amount.words < 2 {
        return None;
    }
    // (`năm một nghìn hai trăm đô la`: a sum is no year. Whether `năm` before a count is "a
    // year", `cả năm hai nghìn ba trăm ca mắc`, the words before it say: see the extractor's
    // reader of years.)
    if crate::currency::after_amount(rest).is_some() {
        return None;
    }
    let year = i32::try_from(amount.value)
        .ok()
        .filter(|y| crate::period::YEARS_OF_THE_RECORD.contains(y))?;
    Some((year, rest))
}

/// Exactly four digits, not glued to more.
pub(crate) fn four_digit_year(input: &str) -> Option<(i32, &str)> {
    let digits = input.bytes().take_while(u8::is_ascii_digit).count();
    if digits != 4 || input[4..].starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    Some((input[..4].parse().ok()?, &input[4..]))
}

/// The animal of a year alone, its earthly branch capitalized as a name is (`Thìn`, `Tý`; not
/// `dần`, gradually): a year is as often named by it without its stem (`năm Thìn 1964`). The
/// branch's index into [`lunar::BRANCHES`] and the rest.
pub(crate) fn branch_alone(input: &str) -> Option<(usize, &str)> {
    let (word, rest) = split_word(input).filter(|(w, _)| crate::text::is_capitalized(w))?;
    let word = Folded::new(word);
    let branch = lunar::BRANCHES
        .iter()
        .position(|b| word.matches(b))
        .or_else(|| word.matches("tị").then_some(5))?;
    Some((branch, rest))
}

/// A sexagenary year name, `Canh Tý`: the stem and branch indices, and the rest.
pub(crate) fn can_chi(input: &str) -> Option<(usize, usize, &str)> {
    let (stem_word, rest) = split_word(input)?;
    let stem_word = Folded::new(stem_word);
    // `Kỉ` is `Kỷ` in the older spelling.
    let stem = lunar::STEMS
        .iter()
        .position(|s| stem_word.matches(s))
        .or_else(|| stem_word.matches("kỉ").then_some(5))?;
    let (rest, _) = space1(rest).ok()?;
    let (branch_word, rest) = split_word(rest)?;
    let branch_word = Folded::new(branch_word);
    let branch = lunar::BRANCHES
        .iter()
        .position(|b| branch_word.matches(b))
        .or_else(|| branch_word.matches("tị").then_some(5))?;
    // Stems and branches pair by parity: Canh Tý exists, Canh Sửu does not.
    (stem % 2 == branch % 2).then_some((stem, branch, rest))
}

/// `Tháng Sáu 21, 2024`: the month first, as some sites print dates.
fn month_first(input: &str) -> Option<(&str, RawDate)> {
    let len = match_phrase(input, "tháng")?;
    let (rest, _) = space1(&input[len..]).ok()?;
    let (month, _, rest) = month_ref(rest)?;
    let (rest, _) = space1(rest).ok()?;
    let (d, rest) = small_number(rest)?;
    let (rest, _) = space1(rest.strip_prefix(',')?).ok()?;
    let (year, rest) = four_digit_year(rest)?;
    let mut found = raw(Some(year), month, d, Calendar::Solar);
    found.cued = true;
    Some((rest, found))
}

/// `rằm tháng Giêng`, `Rằm tháng Bảy`: the 15th of a lunar month.
fn full_moon(input: &str) -> Option<(&str, RawDate)> {
    let len = match_phrase(input, "rằm tháng")?;
    let (rest, _) = space1(&input[len..]).ok()?;
    let (month, _, rest) = month_ref(rest)?;
    let (leap, rest) = leap_marker(rest).map_or((false, rest), |after| (true, after));
    // `Rằm tháng Giêng năm 2025`, `rằm tháng Bảy năm Giáp Thìn`: the lunar year, as after any
    // written day.
    // Only a year the day exists in (lunar dates run 1900 to 2199): else the year is its own.
    let (year, can_chi, rest) = match written_year(rest) {
        (Some(y), _, _)
            if raw(Some(y), month, 15, Calendar::Lunar)
                .date
                .solar()
                .is_none() =>
        {
            (None, None, rest)
        }
        read => read,
    };
    let mut found = raw(year, month, 15, Calendar::Lunar);
    found.date.leap = leap;
    name_the_year(&mut found, year, can_chi);
    found.cued = true;
    Some((rest, found))
}

/// `Tết Trung thu 2024`, `Lễ Vu Lan 2025`, `Giỗ Tổ Hùng Vương 2026`: a festival of the lunar
/// calendar with a year fused to its name is its day in that lunar year, given as the solar
/// day it falls on, as `Tết Nguyên đán 2025` is (see [`FESTIVALS`]); the rest after the year.
/// (With `năm` between, the year is read as a year, the festival's year as an event's: `lễ
/// Phật đản năm 2024`. Not the Kitchen Gods' day, which the year after it names as often as
/// its own, nor a year that goes on as a range or a code, `Trung thu 2023-2024`, nor digits
/// that count a noun, `Trung thu 2000 phần quà`.)
pub(crate) fn festival_in_its_year(input: &str) -> Option<(&str, Date)> {
    // (Looked up by the first word, folded once: the names' first words are common words,
    // `trung`, `lễ`, `thất`, and most of them open no festival.)
    /// A festival's lunar day (month, day) and its name.
    type Day = (u8, u8, Holiday);
    static NAMES: LazyLock<Vec<(&str, Day)>> = LazyLock::new(|| {
        FESTIVALS
            .iter()
            .map(|&(words, m, d, h)| (words, (m, d, h)))
            .collect()
    });
    static TABLE: LazyLock<PhraseTable<Day>> = LazyLock::new(|| PhraseTable::new(&NAMES));
    let (&(month, day, holiday), len) = TABLE.lookup(input)?;
    let after = input.get(len..)?;
    if holiday == Holiday::OngCongOngTao {
        return None;
    }
    let (r, _) = space1(after).ok()?;
    let (year, rest) = four_digit_year(r)?;
    let goes_on = rest
        .trim_start_matches(' ')
        .strip_prefix(['-', '–', '/', '.'])
        .is_some_and(|r| {
            r.trim_start_matches(' ')
                .starts_with(|c: char| c.is_ascii_digit())
        });
    // (Digits that count a noun after them are no year: `Tết Trung thu 2000 phần quà`. A count
    // so large is round, where a year is any: `Lễ Vu Lan 2025 chùa đông phật tử`, `Trung thu
    // 2024 người dân…` name the festival's year before the clause's subject.)
    let round = year % 10 == 0;
    let counts =
        || round && crate::quantity::unit_after(crate::quantity::Units::shared(), rest).is_some();
    if goes_on || counts() {
        return None;
    }
    let lunar = lunar::LunarDate {
        year,
        month,
        day,
        leap: false,
    };
    let (sy, sm, sd) = lunar::lunar_to_solar(lunar)?;
    let mut found = raw(Some(sy), sm, sd, Calendar::Solar);
    found.date.holiday = Some(holiday);
    Some((rest, found.date))
}

/// `Tết Canh Tý 2020`, `Tết Nguyên đán năm 2023`, `Tết Nguyên đán Giáp Thìn 2024`,
/// `Tết Nguyên đán`: the first day of a lunar year.
fn tet(input: &str) -> Option<(&str, RawDate)> {
    let len = match_phrase(input, "tết")?;
    let mut rest = &input[len..];
    // `Tết Dương lịch 2025`: the solar New Year, the first of January of the year written
    // (without one, a holiday's name alone, no date).
    if let Ok((after, _)) = space1(rest) {
        if let Some(l) = match_phrase(after, "dương lịch") {
            let (y, rest) = space1(&after[l..])
                .ok()
                .and_then(|(r, _)| year_maybe_after_nam(r))?;
            // (`Tết Dương lịch 2024 - 2025`: a range of years, read as one.)
            let range_after = rest
                .trim_start_matches(' ')
                .strip_prefix(['-', '–'])
                .is_some_and(|r| {
                    r.trim_start_matches(' ')
                        .starts_with(|c: char| c.is_ascii_digit())
                });
            if range_after {
                return None;
            }
            let mut found = raw(Some(y), 1, 1, Calendar::Solar);
            found.date.holiday = Some(Holiday::TetDuongLich);
            found.cued = true;
            return Some((rest, found));
        }
    }
    let mut named = false;
    // `Tết Nguyên đán`, `Tết Âm lịch`: the Lunar New Year by name.
    let name = |r: &'_ str| match_phrase(r, "nguyên đán").or_else(|| match_phrase(r, "âm lịch"));
    if let Some(after) = space1(rest)
        .ok()
        .and_then(|(r, _)| name(r).map(|l| &r[l..]))
    {
        rest = after;
        named = true;
    }
    let mut can_chi_name = None;
    if let Some((stem, branch, after)) = space1(rest).ok().and_then(|(r, _)| can_chi(r)) {
        can_chi_name = Some((stem, branch));
        rest = after;
    }
    let mut year = None;
    if let Ok((after_space, _)) = space1(rest) {
        if let Some((y, after_year)) = year_maybe_after_nam(after_space) {
            year = Some(y);
            rest = after_year;
        }
    }
    let mut found = match year {
        Some(y) => {
            let (sy, sm, sd) = lunar::tet(y)?;
            let mut found = raw(Some(sy), sm, sd, Calendar::Solar);
            found.can_chi = can_chi_name.map(|(s, b)| (s, b, y));
            found
        }
        // Bare `tết` is not a date; `Tết Nguyên đán` and `Tết Canh Tý` are the lunar 1/1,
        // the can-chi kept to resolve the year by.
        None if named || can_chi_name.is_some() => {
            let mut found = raw(None, 1, 1, Calendar::Lunar);
            found.date.can_chi = can_chi_name.and_then(|(s, b)| CanChi::new(s, b).ok());
            found
        }
        None => return None,
    };
    found.date.holiday = Some(Holiday::TetNguyenDan);
    found.cued = true;
    Some((rest, found))
}
