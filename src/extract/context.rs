//! The rules that read a reading in its context: labels (`Điều 5`), durations (`trong 2
//! giờ`), counts in words (`một` the article), codes glued to digits (`Covid-19`), and the cue
//! words before a bare `d/m`.

use super::*;

// The word lists below, folded and hashed once.
pub(super) static DURATION_SET: OnceLock<WordSet> = OnceLock::new();
pub(super) static LABEL_SET: OnceLock<WordSet> = OnceLock::new();
pub(super) static NOT_ORDINAL_SET: OnceLock<WordSet> = OnceLock::new();

/// The set of `words`, built once into `cell`.
pub(super) fn word_set<'a>(cell: &'a OnceLock<WordSet>, words: &[&str]) -> &'a WordSet {
    cell.get_or_init(|| WordSet::new(words))
}

/// The phrase of `phrases` that `head` ends with, if any. The last words of the phrases are a
/// set kept in `cell`: the word `head` ends with is looked up once, and only a phrase ending
/// with it is compared whole (most places end with none, and this is asked at every hour).
fn ending_phrase<'p>(cell: &OnceLock<WordSet>, phrases: &[&'p str], head: &str) -> Option<&'p str> {
    let last_words = cell.get_or_init(|| {
        phrases
            .iter()
            .filter_map(|p| p.rsplit(' ').next())
            .collect()
    });
    let last = previous_word(head)?;
    if !last_words.contains(last) {
        return None;
    }
    phrases.iter().copied().find(|p| ends_with_phrase(head, p))
}

/// Words after which a number is a label, not a count: `Điều 5`, `nhóm 1`, `bão số 3`.
pub(super) const LABELS: &[&str] = &[
    // A model's year or generation (`xe đời 2023`, `đời 3`).
    "đời",
    "đoạn",
    "kỳ",
    // A type of a disease or a product: `đái tháo đường típ 2`.
    "típ",
    // The grade of concrete or mortar, by its strength (`bê tông mác 250 đổ sàn`).
    "mác",
    "tuýp",
    "type",
    "lớp",
    "đợt",
    "ngõ",
    "ngách",
    "hẻm",
    "kiệt",
    "tuần",
    "điều",
    "khoản",
    "nhóm",
    "số",
    "mục",
    "điểm",
    "chương",
    // A chapter as chat and web fiction write it (`Đọc tiếp chap 15 cont nhé`).
    "chap",
    // A dose or a shot of a vaccine named by its number (`Mũi 1 vắc xin 6in1`, `liều 2 ngày
    // 5/6/2024`; a count goes before it: `tiêm 2 mũi`).
    "mũi",
    "liều",
    "phụ lục",
    "ngã",
    "lộ",
    // The octane of a petrol (`xăng RON 95 giờ 21k/lít`).
    "ron",
    // A road named by the level that keeps it (`đường tỉnh 830`, `đường huyện 12`), as
    // `tỉnh lộ 830` is.
    "đường tỉnh",
    "đường huyện",
    // A ring road's number: `vành đai 3`.
    "vành đai",
    // A step of a scale, of tax or of pay: `bậc 2 chịu thuế suất 10%` (a count goes before
    // it: `tăng 2 bậc`).
    "bậc",
    "tuyến",
    // A bank account's number: `TK 0123456789`, `STK 19034567`.
    "tk",
    "stk",
    // A kilometre post on a road: `tại km 12 quốc lộ 1A`, `Km 45+300`.
    "km",
    // The minute of a match: `ghi bàn ở phút 89`; a player's shirt (`số áo 27 bơi làn 4`).
    "phút",
    "số áo",
    // Lines: `tổng đài 113`, `đầu số 1900`, `máy lẻ 25`.
    "tổng đài",
    "đầu số",
    "máy lẻ",
    "đề án",
    "chương trình",
    "nghị quyết",
    "nghị định",
    "thông tư",
    "chỉ thị",
    "quyết định",
    "kế hoạch",
    "tổ",
    "khu",
    // A zone or region named by its number: `Hải quan khu vực 1 phát hiện`, the minimum wage
    // of `vùng 2` (a count goes before it: `3 vùng`).
    "khu vực",
    "vùng",
    "lô",
    "phòng",
    // Rooms by what is done in them: `phòng thi 8`, `phòng họp 2`.
    "phòng thi",
    "phòng họp",
    "tầng",
    "trang",
    "bài",
    "câu",
    "hình",
    "bảng",
    "biểu",
    "cấp",
    // A place in a ranking or of a plot of land by its road (`đất ở vị trí 1 mặt tiền`).
    "vị trí",
    // A generation of pests (`rầy cám lứa 3 nở rộ`).
    "lứa",
    // The axis of a lens, in degrees (`loạn -0.75 trục 180`; axles are counted before it,
    // `3 trục xe`).
    "trục",
    // A court, a kiosk and a stall by their numbers (`sân 12 Nhà thi đấu`, `Kiốt 12 chợ Xóm
    // Chiếu`, `sạp 45 chợ Bến Thành`).
    "sân",
    "kiốt",
    "ki-ốt",
    "kiot",
    "ki ốt",
    "sạp",
    // A level in a game, as players write it (`acc lv 85`, `level 30`).
    "level",
    "lv",
    // The strokes a golf hole or course is rated at (`sân par 72`, `hố số 7 par 3`).
    "par",
    // Branches of a party, a youth union or an association by their numbers (`Chi đoàn 3`,
    // `chi bộ 5`; a count goes before: `12 chi bộ`).
    "chi đoàn",
    "chi bộ",
    "chi hội",
    // A row of stalls or of houses (`hộ bày hàng ở dãy 3 nộp 10 nghìn đồng`; a count goes
    // before: `3 dãy nhà`).
    "dãy",
    "vòng",
    "loại",
    "hạng",
    "top",
    "khối",
    "chặng",
    "hiệp",
    "tiết",
    // A team and a train's car named by their number (`đội 1 đề nghị`, `Đội 1 thắng đội 3`,
    // `toa 5`); a group of people after a team is counted by its members (`đội 5 cầu thủ`).
    // (Not `khoang`, a compartment, which is sold by its berths: `khoang 4 giường`.)
    "đội",
    "toa",
    // A set of a match (`ở set 4 trận gặp Hà Tĩnh`; a count goes before it: `thắng sau ba
    // séc`).
    "set",
    "séc",
    // A game of a match of chess or cards (`ván 9 Giải vô địch`; a count goes before it: `3
    // ván`).
    "ván",
    // An airport's terminal (`nhà ga 2 sân bay Nội Bài`, `nhà ga T2`).
    "nhà ga",
    // A crop named by its number (`vụ 2 thả giống`, `lúa vụ 3`); a count goes before it (`3
    // vụ lúa`, `2 vụ tai nạn`).
    "vụ",
    // A session of a conference or a trial named by its number (`phiên 2 bắt đầu`).
    "phiên",
    // A shift of work named by its number (`ca 3 kết thúc lúc 6 giờ`; a count goes before it:
    // `3 ca`).
    "ca",
    // The units of an army, named by their number, which counts none of them (`Sư đoàn 308
    // tham gia`, `Trung đoàn 9 tiến vào`, `Quân đoàn 4 tổ chức lễ`).
    "sư đoàn",
    "trung đoàn",
    "lữ đoàn",
    "tiểu đoàn",
    "quân đoàn",
    "binh đoàn",
    "đại đoàn",
    "đại đội",
    // An episode or a volume, and a season of a show, named by its number (`Tập 12 phát
    // sóng tối nay`, `Mùa 3 quay tại Đà Lạt`); practising so many sessions is the verb, see
    // [`VERBS_WRITTEN_AS_LABELS`].
    "tập",
    "mùa",
    "trung đội",
    "tiểu đội",
    "hạm đội",
    "quân khu",
];

/// Label nouns that are also the last syllable of a compound noun, and the first syllables
/// that make the compound (`dân số`, population; `sĩ số`, a class's size; `thời điểm`, a
/// moment; `chu kỳ`, a cycle;
/// `danh mục`, a list):
/// there the word is no label, and the number after it counts.
pub(super) const LABEL_COMPOUNDS: &[(&str, &[&str])] = &[
    (
        "số",
        &[
            "trong", "dân", "tổng", "chỉ", "hệ", "tần", "con", "đa", "thiểu", "cơ", "kỷ", "kỉ",
            // A class's size (`sĩ số 42 học sinh`) and a fraction (`phân số 10/15`).
            "sĩ", "phân",
        ],
    ),
    (
        "điểm",
        &[
            "thời", "địa", "quan", "đặc", "trọng", "ưu", "nhược", "khuyết", "giao",
            // The peak, a time: `Ngày cao điểm 23 tháng Chạp`.
            "cao",
            // The marks as a record or a task: `bảng điểm 2 học kỳ`, `sổ điểm`, `chấm điểm 30
            // bài`, `tính điểm 3 môn`, `nhập điểm 620 học sinh`, `cộng điểm 5 em`. (Not `trừ`,
            // also "except": `trừ điểm 3 nêu trên` names a point of a law.) The sum of the marks,
            // `tổng điểm 3 môn`, and their mean, `điểm trung bình` aside.
            "bảng", "sổ", "chấm", "tính", "nhập", "cộng", "tổng",
        ],
    ),
    ("kỳ", &["thời", "chu", "định", "bất"]),
    // The end, the start and the middle of a week are times, no week's label: `cuối tuần
    // 14-16/3` are the days of the weekend.
    ("tuần", &["cuối", "đầu", "giữa"]),
    ("vòng", &["trong"]),
    // `danh mục 42 dự án`: a list of 42 projects.
    ("mục", &["danh"]),
    // Liquidity, an account, a sum: `thanh khoản 3 sàn`, `tài khoản 2 ngân hàng`, `món khoản
    // 5 triệu`, no clause of a law.
    ("khoản", &["thanh", "tài", "món"]),
    // Verbs that end in a label's word: to refer a patient up (`chuyển tuyến 38 ca`), and to
    // throw or fall down (`quật ngã 4 đối thủ`, `vấp ngã 2 lần`).
    ("tuyến", &["chuyển"]),
    // To renovate, and fashion: `chỉnh trang 5 tuyến phố`, `thời trang 3 mẫu`, no page.
    ("trang", &["chỉnh", "thời"]),
    ("ngã", &["quật", "vấp", "té", "gục", "sụp", "xô", "đánh"]),
    // To die, and a whole life: `qua đời 14 giờ sau tai nạn`, `cả đời 3 lần`.
    ("đời", &["qua", "cả", "trọn", "suốt"]),
];

/// Whether the label `label` ends a compound with the word `head` before it (see
/// [`LABEL_COMPOUNDS`]).
fn ends_a_compound(label: &str, head: &str) -> bool {
    LABEL_COMPOUNDS
        .iter()
        .any(|(l, heads)| same(label, l) && word_in(head, heads))
}

/// Words before `thứ` that make it a weekday or a list, not an ordinal of what precedes.
pub(super) const NOT_BEFORE_ORDINAL_THU: &[&str] = &[
    "vào", "ngày", "hôm", "các", "mỗi", "từ", "đến", "tới", "và", "hoặc", "sáng", "chiều", "tối",
    "trưa", "đêm", "hàng", "những", "cả", "là", "trước", "sau", "nay",
    // Moved to a day: `dời sang thứ 7`, `lùi sang thứ Hai`; a day set against another, `thay
    // vì thứ 2`, `không phải thứ 3`; tomorrow's weekday, `Mai thứ 7 nghỉ`; a day kept apart
    // from the rest of the week, `riêng thứ 7, chủ nhật làm đến 20h`.
    "sang", "vì", "phải", "mai", "riêng",
];

/// Words before a number of hours that make it a duration: `trong 2 giờ`.
pub(super) const DURATION_CUES: &[&str] = &[
    "trong", "mất", "suốt", "dài", "sau", "vòng",
    // Delayed by so many hours: `bị hoãn 3 giờ`, `chuyến bay trễ 2 giờ`.
    "hoãn", "trễ",
    // Every so many hours: `cứ 6 giờ uống 1 viên`, `mỗi 4 - 6 giờ`.
    "cứ",
    "mỗi", // Hours ago: `cách đây 2 giờ` (hours apart, `cách nhau 4-6 giờ`, are below).
    "đây",
    // A difference of hours: `chênh lệch múi giờ 2 giờ`, `lệch 7 giờ`.
    "lệch", "chênh",
    // The parts a length is made of: `Thời lượng 4 giờ, gồm 2 giờ lý thuyết`.
    "gồm",
    // What is charged or counted by the hours: `tính theo 2, 4 hoặc 6 giờ`, `quá 30 phút tính
    // 1 giờ`.
    "theo", "tính", // Hours spent on something: `dành 1 giờ đọc sách`.
    "dành",
    // Hours attained or added: `ngủ được 4 giờ`, `học thêm 2 giờ`.
    "được", "thêm",
];

/// `before` without the numbers of a list it ends with (`sau 1, 2, 4 hoặc ` → `sau`): a few
/// items at most, so that a long list stays linear.
fn before_a_list_of_numbers(before: &str) -> &str {
    let mut rest = before.trim_end_matches(crate::text::is_space);
    rest = match (rest.strip_suffix(','), previous_word(rest)) {
        (Some(item), _) => item.trim_end_matches(crate::text::is_space),
        (None, Some(link)) if word_in(link, &["hoặc", "và"]) => without_last(rest, link.len())
            .unwrap_or(rest)
            .trim_end_matches(crate::text::is_space),
        _ => return before,
    };
    for _ in 0..8 {
        let number = rest.trim_end_matches(|c: char| c.is_ascii_digit());
        if number.len() == rest.len()
            || number.ends_with(|c: char| c.is_alphanumeric() || is_word_char(c))
        {
            return before;
        }
        let number = number.trim_end_matches(crate::text::is_space);
        match number.strip_suffix(',') {
            Some(item) => rest = item.trim_end_matches(crate::text::is_space),
            None => return number,
        }
    }
    before
}

/// Words after a number of hours that make it a duration: `trong 24 giờ tới`, `12 giờ tiếp
/// theo`, `2 giờ trước`, `3 giờ sau khi khai mạc` (hours before or after a moment are how far
/// from it; after `lúc` or `từ` the hour stays the clock's, and so after a word that points
/// at an hour before `sau`: see [`duration_word_after`]).
pub(super) const DURATION_AFTER: &[&str] = &[
    "tới", "qua", "nữa", "tiếp", "liên", "liền", "đồng", "trước", "sau", "một", "ròng",
    // A difference of hours: `đóng trước 1 giờ so với giờ khởi hành`.
    "so",
];

/// Whether a time read as `time`, between `before` and `after`, is an hour of the clock, not
/// a duration. A part of the day names an hour of the clock (`sau 8 giờ tối`, `hơn 4 giờ
/// chiều`, `7h sáng qua đón em`): durations are counted in hours, never in mornings.
pub(super) fn is_clock(before: &str, time: &Time, after: &str) -> bool {
    reads_the_clock(before, time, after, true)
}

/// [`is_clock`] for the first bound of a range of hours (`là 11-16 giờ mỗi ngày`): a range in
/// each day is the hours something is open, of the clock, unless the words before make it a
/// length (`làm việc 8-10 giờ mỗi ngày`).
pub(super) fn is_clock_of_a_range(before: &str, time: &Time, after: &str) -> bool {
    reads_the_clock(before, time, after, false)
}

/// Whether the hours read as `time` are of the clock; `each_day`, whether hours in each day
/// are a length (see [`hours_of_each_day`]).
fn reads_the_clock(before: &str, time: &Time, after: &str, each_day: bool) -> bool {
    // (A time to the second is read on a clock; no word after it makes it a length:
    // `dừng ở 23:59:58 trước khi giao thừa`.)
    let after = if time.second().is_some() { "" } else { after };
    time.part().is_some()
        || closes_a_range_of_the_clock(before)
        || gone_before_or_after(before, time, after)
        || afternoon_after_sau(before, time, after)
        || afternoon_before_sau(before, time, after)
        || afternoon_opening_a_window(before, time, after)
        || !(is_duration(before, after, Some(time))
            || lasts_for(before, time, after)
            || each_day && hours_of_each_day(before, time, after)
            || time.minute() == 0
                && hours_of_what_fills_them(before, time, after)
                && !at_the_hour(before))
}

/// Whether `before` ends with an hour written with its minutes and a dash or `đến` (`19h30 -`,
/// `7:30 đến`): hours that close a range begun on the clock are the clock's too, whatever word
/// follows (`học 19h30 - 21h00 qua Zoom`, `trực 7h00 - 11h30 tới trưa`; not `trong 8 - 10
/// giờ tới`, whose first bound is as much a length as the second).
fn closes_a_range_of_the_clock(before: &str) -> bool {
    let head = before.trim_end_matches(crate::text::is_space);
    let head = match head.strip_suffix(['-', '–']) {
        Some(head) => head,
        None => match previous_word(head).filter(|w| word_in(w, &["đến", "tới"])) {
            Some(w) => without_last(head, w.len()).unwrap_or_default(),
            None => return false,
        },
    };
    let head = head.trim_end_matches(crate::text::is_space);
    let token = head
        .rsplit(crate::text::is_space)
        .next()
        .unwrap_or_default();
    // (Not where the first bound is how long, as the words before it say: `Pin dùng được 5h30
    // - 6 giờ`, `mất 1h30 - 2h`.)
    let before_token = without_last(head, token.len()).unwrap_or_default();
    with_its_minutes(token)
        && !is_duration(before_token, " -", None)
        && !lasts_for_hours(before_token)
}

/// Whether the words right before hours make them how long a thing lasts or is used (`dùng
/// được`, `kéo dài`, `mất`, `trong`): see [`is_duration`], asked of hours without their time.
fn lasts_for_hours(before: &str) -> bool {
    previous_word(before).is_some_and(|w| word_in(w, &["được", "dài", "mất", "trong"]))
}

/// Whether `token` is an hour written with its minutes, and nothing else: one or two digits,
/// `h`, `g` or `:`, and two digits (`19h30`, `7g00`, `21:00`).
fn with_its_minutes(token: &str) -> bool {
    let bytes = token.as_bytes();
    let hours = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    matches!(
        bytes.get(hours..),
        Some([b'h' | b'H' | b'g' | b'G' | b':', m1, m2]) if m1.is_ascii_digit() && m2.is_ascii_digit()
    ) && (1..=2).contains(&hours)
}

/// Whether `lúc` (at) stands right before the hours: it says when, whatever fills the hours
/// after them (`lúc 19h sẽ diễn ra vào 9h sáng hôm sau`). (`đúng` is "exactly" as well: `còn
/// đúng 1 giờ để nộp bài` is how long is left.)
fn at_the_hour(before: &str) -> bool {
    previous_word(before).is_some_and(|w| same(w, "lúc"))
}

/// Whether whole hours are a length by what fills them or what they are given for: hours
/// someone has to do something in (see [`hours_given_to_do`]), hours an estimate says a
/// journey or a task takes (see [`hours_it_takes`]), hours of an activity placed at a later
/// hour of the clock (see [`filled_then_placed`]), and the first of a list of such hours (see
/// [`first_of_a_list_of_lengths`]).
pub(super) fn hours_of_what_fills_them(before: &str, time: &Time, after: &str) -> bool {
    hours_given_to_do(before, after)
        || hours_it_takes(before, time, after)
        || until_a_state(after)
        || filled_then_placed(after)
        || first_of_a_list_of_lengths(time, after)
}

/// Hours that someone has or has left to do something in are how long (`có 3 giờ để chuẩn
/// bị`, `chỉ còn 2 giờ để nộp hồ sơ`, `còn chưa đầy 6 giờ để tiếp cận`): `có` or `còn` before
/// them, a qualifier or two aside, and `để` (in order to) after. A point of time before `để`
/// is the clock's (`từ 20 giờ để phục vụ`).
fn hours_given_to_do(before: &str, after: &str) -> bool {
    const QUALIFIERS: &[&str] = &[
        "khoảng", "chừng", "tầm", "gần", "hơn", "đúng", "chưa", "đầy", "chỉ", "vỏn", "vẹn", "tròn",
        "ước", "độ",
    ];
    let had = words_back(before)
        .take(3)
        .find(|(w, _)| !word_in(w, QUALIFIERS))
        .is_some_and(|(w, _)| word_in(w, &["có", "còn"]));
    had && next_word(after).is_some_and(|(w, _)| same(w, "để"))
}

/// Hours an estimate gives, followed by `là`, `thì` or `mới` and a verb of being done, are how
/// long the task takes (`sửa khoảng 2 giờ thì xong`, `bốc dỡ khoảng 4 giờ mới xong`), unless
/// an appointment or an afternoon's hour names when (`hẹn khoảng 16 giờ thì xong`); followed
/// by a verb of arriving, they are how long a journey takes where the clause names one (`đi
/// xe chừng 3 giờ là tới`, `tàu ra Côn Đảo ước chừng 4 giờ thì tới`); else the estimate is of
/// when (`khoảng 4 giờ thì về`, `9 giờ mới tới`).
fn hours_it_takes(before: &str, time: &Time, after: &str) -> bool {
    const THEN: &[&str] = &["là", "thì", "mới"];
    const ARRIVED: &[&str] = &["tới", "đến", "về", "kịp", "hết"];
    // (Verbs of going somewhere or working at something, which take time.)
    const UNDER_WAY: &[&str] = &[
        "đi", "chạy", "bay", "ngồi", "lái", "đạp", "leo", "bơi", "chèo", "sửa", "làm", "nấu",
        "giặt", "kiểm", "lắp", "xây", "dựng", "công", "chuyển", "bảo", "dọn", "may", "in",
        // Vehicles, which make a journey of the clause: `tàu cao tốc ra Côn Đảo chừng 4 giờ`.
        "tàu", "xe", "thuyền", "phà",
    ];
    let head = before.trim_end_matches(crate::text::is_space);
    // (The estimate, of one word or two: `chừng`, `ước chừng`, `xấp xỉ`.)
    let head = match previous_word(head).filter(|w| word_in(w, ESTIMATES)) {
        Some(_) => Some(without_an_estimate(without_an_estimate(head).trim_end())),
        None if ends_with_phrase(head, "xấp xỉ") => without_phrase(head, "xấp xỉ"),
        None => None,
    };
    // (Within the clause: the journey's words may stand between, `đi tàu từ Sài Gòn ra Phan
    // Thiết chừng 4 giờ`.)
    let under_way = head.is_some_and(|head| {
        words_back(head)
            .take(10)
            .any(|(w, _)| word_in(w, UNDER_WAY))
    });
    // (Being done says how long it took whatever the task, `khoảng 4 giờ mới xong`;
    // arriving, only after a journey: `khoảng 4 giờ thì về` may be when.)
    // (No task is done in an afternoon's number of hours, and an appointment names when:
    // `hẹn khoảng 16 giờ thì xong thủ tục`.)
    let appointed = words_back(before).take(3).any(|(w, _)| same(w, "hẹn"));
    let finished = |w: &str| word_in(w, &["xong", "hoàn"]) && time.hour() < 13 && !appointed;
    head.is_some()
        && next_word(after).is_some_and(|(then, rest)| {
            word_in(then, THEN)
                && next_word(rest)
                    .is_some_and(|(w, _)| finished(w) || under_way && word_in(w, ARRIVED))
        })
}

/// Hours followed by `cho` and the state something is brought to are how long it takes to get
/// there (`hầm 3 giờ cho mềm`, `phơi 5 giờ cho khô`, `ủ 8 giờ cho bột nở`); `cho` before a
/// person or `đến` is no such state (`9 giờ cho khách`, `8 giờ cho đến trưa`).
fn until_a_state(after: &str) -> bool {
    const STATES: &[&str] = &[
        "mềm", "chín", "nhừ", "ngấm", "thấm", "khô", "ráo", "đông", "nguội", "sôi", "tan", "nở",
        "dậy", "đều", "kỹ", "kĩ", "sạch", "giòn", "đặc", "cạn", "se", "dẻo", "ngọt", "thơm",
        "sánh", "mịn", "cứng", "săn",
    ];
    next_word(after).is_some_and(|(w, rest)| {
        same(w, "cho") && next_word(rest).is_some_and(|(state, _)| word_in(state, STATES))
    })
}

/// The few lower-case words right after hours (what fills them, `ôn tập`, `chạy bền`), and
/// the text after those: `None` where no such word follows. Eight syllables at most (`tham
/// quan bảo tàng`, `dọn rác ở bãi biển Mỹ Khê`), stopping at a
/// number, a capital or a word that links or places hours.
fn words_filling_the_hours(after: &str) -> Option<&str> {
    let mut rest = after;
    let mut count = 0u8;
    while let Some((w, r)) = next_word(rest).filter(|_| count < 8) {
        // (Words that link or place the hours are no activity: `7 giờ đến lúc 9 giờ`.)
        const LINKS: &[&str] = &[
            "đến", "tới", "và", "hoặc", "rồi", "sau", "trước", "cho", "mỗi",
        ];
        // (The activity opens in lower case and may go on with a name: `học tiếng Anh`, `làm
        // gốm Bát Tràng`.)
        let opens = count == 0 && !in_lower_case(w);
        if opens
            || w.chars().any(|c| c.is_ascii_digit())
            || crate::words::lexer::is_number_word(w)
            || word_in(w, LINKS)
        {
            break;
        }
        rest = r;
        count = count.saturating_add(1);
    }
    (count > 0).then_some(rest)
}

/// Whether `word` is in lower case and holds no digit (the combining marks of NFD are neither
/// case): a word of what a sentence says, not of a name or a number.
pub(super) fn in_lower_case(word: &str) -> bool {
    word.chars()
        .all(|c| !c.is_uppercase() && !c.is_ascii_digit())
}

/// Hours followed by what fills them and then `lúc` or `vào` and an hour of the clock are how
/// long that activity lasts, the later hour saying when (`2 giờ ôn tập lúc 8 giờ`, `1 giờ
/// giao lưu vào 15h`).
fn filled_then_placed(after: &str) -> bool {
    // (The activity opens in lower case, `ôn tập`, and may go on with where and with whom,
    // `luyện nói với giáo viên bản ngữ`, `ở kho số 2`, for a few words, up to the point of
    // time; a clause that ends first places nothing.)
    const WORDS: usize = 12;
    if words_filling_the_hours(after).is_none() {
        return false;
    }
    let mut tokens = after.split_whitespace().take(WORDS).peekable();
    while let Some(token) = tokens.next() {
        if word_in(token, &["lúc", "vào"]) {
            if tokens.peek().is_some_and(|t| same(t, "lúc")) {
                tokens.next();
            }
            return tokens
                .peek()
                .is_some_and(|t| t.starts_with(|c: char| c.is_ascii_digit()));
        }
        if token.ends_with([',', '.', ';', ':', '!', '?']) {
            return false;
        }
    }
    false
}

/// The first hours of a list whose items are hours and what fills them, when the hours of a
/// later item are no later (`2 giờ chạy bền, 1 giờ bơi`, `3 giờ lý thuyết và 3 giờ thực
/// hành`, `1 giờ khởi động, 2 giờ chạy bộ, 1 giờ giãn cơ`): a timetable's hours go up (`7
/// giờ chạy bền, 9 giờ bơi` are of the clock), so hours that do not are lengths. An item
/// whose hours have a part of the day is the clock's (`10 giờ họp tổ, 9 giờ sáng mai chào
/// cờ`). The later items follow the first (see `Place::next_length_of_hours`).
fn first_of_a_list_of_lengths(time: &Time, after: &str) -> bool {
    // (A list of a few items: looking further would make a long list cost its square.)
    const ITEMS: usize = 4;
    // (Hours past noon are the clock's: no item of a list lasts so long, `15 giờ họp Ban Giám
    // hiệu, 14 giờ họp tổ`, `22 giờ nhận ca, 6 giờ bàn giao`.)
    if time.hour() > 12 {
        return false;
    }
    let mut rest = after;
    for _ in 0..ITEMS {
        let Some(filled) = words_filling_the_hours(rest) else {
            return false;
        };
        let Some((hours, unit, after_unit)) = next_item_of_hours(filled) else {
            return false;
        };
        if same(unit, "tiếng") {
            return true;
        }
        // (The next item's own part of the day or minutes make it an hour of the clock: `10
        // giờ thí sinh vào phòng thi, 10 giờ 15 phát đề`.)
        let minutes = space0_str(after_unit)
            .0
            .starts_with(|c: char| c.is_ascii_digit());
        if minutes || space1(after_unit).is_ok_and(|(r, _)| crate::date::day_part(r).is_some()) {
            return false;
        }
        if hours <= time.hour() {
            return true;
        }
        rest = after_unit;
    }
    false
}

/// The hours and their unit (`giờ` or `tiếng`) of the next item of a list at `rest` (after a
/// comma, `và` or `hoặc`), and the text after the unit.
fn next_item_of_hours(rest: &str) -> Option<(u8, &str, &str)> {
    let (link, _) = space0_str(rest);
    let next = match link.strip_prefix(',') {
        Some(r) => r,
        None => next_word(rest)
            .filter(|(w, _)| word_in(w, &["và", "hoặc"]))
            .map(|(_, r)| r)?,
    };
    let (next, _) = space0_str(next);
    let digits = next.bytes().take_while(u8::is_ascii_digit).count();
    let hours = next.get(..digits)?.parse::<u8>().ok()?;
    let (unit, after_unit) = split_word(space0_str(next.get(digits..)?).0)?;
    (same(unit, "giờ") || same(unit, "tiếng")).then_some((hours, unit, after_unit))
}

/// Verbs of a moment, whose hour, every day, is when it happens (`thức dậy 5 giờ mỗi ngày`,
/// `mở cửa 7 giờ hằng ngày`, `phát sóng 20 giờ mỗi ngày`, `uống thuốc 8 giờ mỗi ngày`).
const MOMENT_VERBS: &[&str] = &[
    "dậy",
    "mở cửa",
    "đóng cửa",
    "mở",
    "đóng",
    "bắt đầu",
    "kết thúc",
    "khởi hành",
    "xuất phát",
    "tan",
    "về",
    "đến",
    "tới",
    "uống",
    // (With its object: medicine taken or dropped, a bell rung, a gate locked, a port left.)
    "uống thuốc",
    "nhỏ thuốc",
    "đánh chuông",
    "khóa cổng",
    "khóa cửa",
    "rời bến",
    "rời cảng",
    "rời ga",
    "ăn",
    "ngủ",
    "phát",
    "phát sóng",
    "lên sóng",
    "đón",
    "đưa",
    "giao",
    "nhận",
    "khai mạc",
    "khai màn",
    "nối lại",
    "cất cánh",
    "hạ cánh",
    "đánh trống",
    "đổ chuông",
    "kéo còi",
    "đóng cổng",
    "mở cổng",
    "diễn ra",
    "họp",
    "gặp",
    "tập trung",
    "điểm danh",
    "xuất bến",
    "tiêm",
    // Arriving where something is (`tiếp cận hiện trường 4 giờ`, `tàu cập cảng 6 giờ`).
    "tiếp cận",
    "cập cảng",
    "cập bến",
    "có mặt",
];

/// Words of a point of time before hours: the hour is when (`lúc 8 giờ`, `hẹn 9 giờ`).
const POINTS: &[&str] = &[
    "lúc", "vào", "đúng", "từ", "đến", "tới", "hẹn", "hồi", "trước",
];

/// Whether the hours after `before` are said as a point of time: after a word of one (see
/// [`POINTS`]) or a verb of a moment right before them (`đi ngủ 10 giờ`, `về lúc 9 giờ`), an
/// estimate aside; not after what measures them (`ngủ được 5 giờ`).
pub(super) fn said_at_a_point(before: &str) -> bool {
    static MOMENTS: OnceLock<WordSet> = OnceLock::new();
    let head = without_an_estimate(before.trim_end_matches(crate::text::is_space));
    let head = head.trim_end_matches(crate::text::is_space);
    previous_word(head).is_some_and(|w| word_in(w, POINTS))
        || ending_phrase(&MOMENTS, MOMENT_VERBS, head).is_some()
}

/// The words that take a period each (`mỗi ngày`, `hằng tuần`, `hàng tháng`, `mỗi tối`).
pub(super) const EACH: &[&str] = &["mỗi", "hằng", "hàng"];

/// Whether `after` opens with a day, a week or a month taken each (`mỗi ngày`, `hằng tuần`,
/// `hàng tháng`): a frequency, no noun the hours before it count.
fn each_period_after(after: &str) -> bool {
    next_word(after).is_some_and(|(each, rest)| {
        word_in(each, EACH)
            && next_word(rest).is_some_and(|(period, _)| word_in(period, DAYS_TO_MONTHS))
    })
}

/// The periods a day or longer that `mỗi`, `hằng`, `hàng` take each (`mỗi ngày`, `hằng tuần`).
const DAYS_TO_MONTHS: &[&str] = &["ngày", "tuần", "tháng"];

/// Whether `head` ends with a week, a month or a part of the day taken each (`hằng tuần`,
/// `mỗi tối`): `hour` after it, with no part of the day of its own, is how long something goes
/// on in each (`Mỗi tối 2 giờ, em luyện chữ`, `Mỗi tuần 4 giờ tình nguyện`), where an hour the
/// part of the day holds is its time (`mỗi sáng 6 giờ`), and so is one after a day (`Mỗi ngày 8
/// giờ tôi đi làm`).
fn each_period_ends(head: &str, hour: u8) -> bool {
    let mut words = words_back(head);
    // (A week or a month holds no hour of the clock; a day does, `Mỗi ngày 8 giờ tôi đi làm`,
    // and a part of the day those it holds.)
    let unheld = |(part, _): (crate::date::DayPart, &str)| !part.holds(part.to_24_hour(hour));
    let period = words.next().is_some_and(|(w, _)| {
        word_in(w, &["tuần", "tháng"]) || crate::date::day_part(w).is_some_and(unheld)
    });
    // (`mỗi buổi tối`: the part of the day may be written with its noun.)
    let each = match words.next() {
        Some((w, _)) if same(w, "buổi") => words.next(),
        other => other,
    };
    period && each.is_some_and(|(w, _)| word_in(w, EACH))
}

/// Hours in a day, a week or a month (`tự học 5 giờ mỗi ngày`, `sản xuất 20 giờ mỗi ngày`,
/// `luyện tập 10 giờ mỗi tuần`) are how long something goes on in each, where no word of a
/// point of time (`lúc`, `vào`, `đúng`) and no verb of a moment (see [`MOMENT_VERBS`]) stand
/// before the hours: those happen at the hour each day (`thức dậy 5 giờ mỗi ngày`); nor where
/// no word stands before them. A part of the day after `mỗi` names the hour's part, no length
/// (`5 giờ mỗi sáng`).
fn hours_of_each_day(before: &str, time: &Time, after: &str) -> bool {
    let head = without_an_estimate(before.trim_end_matches(crate::text::is_space));
    let each_period =
        each_period_after(after) || time.part().is_none() && each_period_ends(head, time.hour());
    // (The end of a range, `từ 15 - 17 giờ hằng ngày`, and the later hours of a list, `lúc 6
    // giờ và 18 giờ mỗi ngày`, are read as the first.)
    let head = head.trim_end_matches(crate::text::is_space);
    let in_a_list = head.ends_with(['-', '–', ','])
        || words_back(head)
            .take(2)
            .any(|(w, _)| word_in(w, &["và", "hoặc", "đến", "tới"]));
    let at_a_point = in_a_list || previous_word(head).is_some_and(|w| word_in(w, POINTS));
    // (Some word must stand before the hours, the activity they measure: where none is seen,
    // `Khoảng 6 giờ mỗi ngày, bà tôi ra chợ`, the hour is when.)
    // (`là`, a copula, names what the hours are, no activity: `Giờ thăm là 15 - 19 giờ hằng
    // ngày`.)
    let activity = previous_word(head).is_some_and(|w| !same(w, "là"));
    each_period && activity && time.minute() == 0 && !at_a_point && !a_moment_of_a_verb(head)
}

/// Whether a verb of a moment stands a few words before the hours, whose point of time they are
/// (`uống thuốc 8 giờ`, `mở cửa hàng 7 giờ`, `về tới nhà 10 giờ`); not a verb of one word
/// that names a machine after `máy` (`máy phát điện chạy 18 giờ mỗi ngày`). A verb written with
/// its object may stand further, up to six words back (`khóa cổng ký túc xá 23 giờ mỗi ngày`),
/// where no verb of an activity stands nearer the hours, whose hours they are (`tập trung ôn
/// luyện môn Toán 3 giờ`). `head` is the text before the hours.
pub(super) fn a_moment_of_a_verb(head: &str) -> bool {
    static MOMENTS: OnceLock<WordSet> = OnceLock::new();
    let heads = std::iter::once(head).chain(words_back(head).map(|(_, h)| h));
    let mut an_activity = false;
    for (back, h) in heads.take(6).enumerate() {
        if let Some(verb) = ending_phrase(&MOMENTS, MOMENT_VERBS, h) {
            // (Past three words, only a verb written with its object, which makes it one
            // act: `đánh trống`, `khóa cổng`; a verb alone there is often another clause's,
            // `dậy sớm học tiếng Anh 2 giờ`, `không rời ghế 10 giờ`.)
            let with_its_object = verb.contains(' ');
            let before_verb = without_phrase(h, verb).unwrap_or_default();
            let moment = with_its_object || !a_machine_before(before_verb, 1);
            if moment && (back < 3 || !an_activity && with_its_object) {
                return true;
            }
        }
        an_activity = an_activity || is_activity_that_lasts(h);
    }
    false
}

/// What the hours before `mỗi`, `hằng` or `hàng` and a part of the day are (see
/// [`hours_of_each_part`]).
enum EachPart {
    /// An hour of the clock, the part's (`9 giờ mỗi tối`, 21:00).
    Hour(Time),
    /// How long something goes on in each (`học 2 giờ mỗi tối`).
    Length,
}

/// Hours before `mỗi`, `hằng` or `hàng` and a part of the day take that part as if it were
/// written after them (`nấu cơm 6 giờ mỗi tối` is 18:00, `đón con 5 giờ hằng chiều` 17:00),
/// where the hour falls in the part; an hour that falls outside it is how long something goes
/// on in each (`dạy thêm 2 giờ mỗi tối`, `ngủ 8 giờ mỗi đêm`: no evening has 2:00), and so
/// is a lasting activity short enough to fill the part (`đi bộ 2 giờ mỗi sáng`, `ngủ 10 giờ
/// mỗi đêm`: any sleep fits a night). `time` is the hour as written, with no part of its own;
/// `None` where no part of each day follows.
fn hours_of_each_part(before: &str, time: &Time, after: &str) -> Option<EachPart> {
    use crate::date::DayPart::{Afternoon, Evening, Morning, Night, Noon};
    if time.part().is_some() || time.second().is_some() {
        return None;
    }
    let (each, rest) = next_word(after)?;
    if !word_in(each, EACH) {
        return None;
    }
    // (`mỗi buổi tối`: the part named with its noun.)
    let rest = match next_word(rest) {
        Some((w, r)) if same(w, "buổi") => r,
        _ => rest,
    };
    let (part_at, _) = space1(rest).ok()?;
    let (part, after_part) = crate::date::day_part(part_at)?;
    // (The part's word must end there: `mỗi sáng` is a part, `mỗi sáng kiến` none.)
    if after_part.starts_with(|c: char| c.is_alphanumeric() || is_word_char(c)) {
        return None;
    }
    let hour = part.to_24_hour(time.hour());
    // (The hours each part of the day is known by, stricter than a part written after the
    // hour: `2 giờ mỗi sáng` is a length, though `2 giờ sáng` is an hour.)
    let in_the_part = match part {
        Morning => (4..=11).contains(&hour),
        Noon => (11..=13).contains(&hour),
        Afternoon => (13..=18).contains(&hour),
        Evening => (18..=23).contains(&hour),
        Night => hour >= 21 || hour <= 4,
    };
    // (A morning, noon, afternoon or evening holds up to three hours of an activity, a night
    // any.)
    let fills_the_part = part == Night || time.hour() <= 3;
    let length = time.minute() == 0 && time.hour() <= 12;
    if !in_the_part || fills_the_part && lasts_for(before, time, after) {
        return length.then_some(EachPart::Length);
    }
    let hour = Time::new(hour, time.minute(), None).and_then(|t| t.with_part(part));
    hour.ok().map(EachPart::Hour)
}

/// The hours read as `time`, between `before` and `after`, as the part of each day after them
/// makes them (see [`hours_of_each_part`]): the part's hour (`9 giờ mỗi tối`, 21:00), the
/// same hours where no such part follows, or `None` where they are a length (`dạy thêm 2 giờ
/// mỗi tối`).
pub(super) fn with_each_part(before: &str, time: &Time, after: &str) -> Option<Time> {
    match hours_of_each_part(before, time, after) {
        Some(EachPart::Hour(hour)) => Some(hour),
        Some(EachPart::Length) => None,
        None => Some(*time),
    }
}

/// Verbs of an activity that lasts, besides [`LASTING_VERBS`] (which say how long by the
/// hours right after them): studying, reading, minding, practising, standing at a machine,
/// watching. (`học` is no such word alone: `đưa con đi học 7 giờ mỗi ngày` is when.)
const ACTIVITIES: &[&str] = &["ôn", "luyện", "đọc", "chăm", "tập", "đứng", "xem", "trông"];

/// Whether `head` ends with a verb of an activity that lasts ([`LASTING_VERBS`] or
/// [`ACTIVITIES`]).
fn is_activity_that_lasts(head: &str) -> bool {
    static ACTIVITY_SET: OnceLock<WordSet> = OnceLock::new();
    ending_phrase(&LASTING, LASTING_VERBS, head).is_some()
        || previous_word(head).is_some_and(|w| word_set(&ACTIVITY_SET, ACTIVITIES).contains(w))
}

/// The last words of [`LASTING_VERBS`], looked up once (see [`ending_phrase`]).
static LASTING: OnceLock<WordSet> = OnceLock::new();

/// Verbs of doing something that lasts, whose hours right after them say how long: `làm việc 10
/// giờ mỗi ngày`, `ngủ 9 tiếng`. (`đi ngủ`, going to bed, happens at an hour: see
/// [`lasts_for`].)
const LASTING_VERBS: &[&str] = &[
    // States that last: a jam, an outage (`ách tắc 3 giờ`, `mất điện 5 giờ`).
    "ách tắc",
    "ùn tắc",
    "kẹt xe",
    "mất điện",
    "mất nước",
    "cúp điện",
    "làm việc",
    "làm thêm",
    "tăng ca",
    "ngủ",
    "thức",
    "trực",
    "chờ",
    "đợi",
    "xếp hàng",
    "tập luyện",
    "luyện tập",
    "đi bộ",
    "chạy bộ",
    "đạp xe",
    "lái xe",
    "nghỉ phép",
    "nghỉ trưa",
    "ngủ trưa",
    "làm",
    // Minding a machine (`đứng máy 8 giờ`).
    "đứng máy",
    // Training and swimming (`tập 2 giờ bơi`, `bơi 1 giờ`).
    "tập",
    "bơi",
    // Studying, and doing a test (`tự học 5 giờ`, `thời gian làm bài khoảng 3 giờ`); not
    // `học` alone, the last word of a class's nouns (`lớp học 7 giờ`, `buổi học 8 giờ`).
    "tự học",
    "học bài",
    "học tập",
    "ôn thi",
    "ôn bài",
    "làm bài",
    // Cleaning, producing, running a machine or a place.
    "dọn dẹp",
    "sản xuất",
    "vận hành",
    "hoạt động",
    // An outage or a jam lasts (`mất điện khoảng 2 giờ`, `ùn tắc 3 giờ`).
    "mất điện",
    "mất nước",
    "cúp điện",
    "cắt điện",
    "ùn tắc",
    "kẹt xe",
    "tắc đường",
];

/// Verbs of cooking or treating something over time, whose hours come after what they treat
/// as often as right after them: `hầm xương bò 8 giờ`, `kho lửa nhỏ 1 giờ`, `ủ bột 12 giờ`.
const PROCESS_VERBS: &[&str] = &[
    "hầm", "ninh", "ngâm", "ủ", "luộc", "kho", "nấu", "hấp", "nướng", "sấy", "phơi", "ướp", "om",
    "rim", "đun", "sạc", "sắc", "truyền", "sên", "rang",
];

/// Whether `head` ends with a verb of [`PROCESS_VERBS`] and at most eight words of what it
/// treats, where and at what measure (lower case or a measure, no word of a point of time, no
/// verb of a moment and no end of a clause between: `ninh chân giò trên bếp`, `sấy mít ở 60
/// độ C`): its hours say how long.
fn processed_for(head: &str) -> bool {
    const POINTS: &[&str] = &["lúc", "vào", "từ", "đến", "tới", "sau", "trước"];
    static PROCESSING: OnceLock<WordSet> = OnceLock::new();
    // (Read by spaces, digits too, over the last words only: a long head stays cheap. Bounded
    // in characters, marks not counted, to read the same composed or not.)
    let tail = crate::text::tail(head, 120);
    for word in tail.split_whitespace().rev().take(9) {
        // (A word the clause ends with ends the look, a verb's too: `Lễ Thỉnh sắc: 15 giờ ngày
        // 23/4` heads a programme with a decree, no decoction.)
        if word.ends_with(|c: char| c.is_ascii_punctuation()) {
            return false;
        }
        if word_set(&PROCESSING, PROCESS_VERBS).contains(word) {
            return true;
        }
        // (A measure of how it is treated may stand between: `sấy ở 60 độ C`; a clause before
        // a comma is another's.)
        let measure = word.starts_with(|c: char| c.is_ascii_digit()) || word == "C";
        let clause_ends = word.ends_with(|c: char| c.is_ascii_punctuation());
        // (A verb of a moment nearer the hours is theirs: `loa truyền thanh phát bản tin 17 giờ`.)
        // (Nor past a clause done before: `nướng thịt xong thì 6 giờ khai mạc`. A set of the
        // verbs' words, not of their last words as `ending_phrase` keeps.)
        static MOMENTS: OnceLock<WordSet> = OnceLock::new();
        let a_moment =
            word_set(&MOMENTS, MOMENT_VERBS).contains(word) || word_in(word, &["xong", "thì"]);
        if !(word.starts_with(char::is_lowercase) || measure)
            || clause_ends
            || a_moment
            || word_in(word, POINTS)
        {
            return false;
        }
    }
    false
}

/// Hours written right after a verb of an activity that lasts (or after `đủ`, enough of it, or
/// where it lasts, `ngoài trời`, `trong nhà`) are how long it lasts (`làm 8 giờ`, `ngủ đủ 8
/// giờ`, `Làm thêm: 12 giờ`, `làm việc ngoài trời 8 giờ`), unless the time
/// shows it is an hour of the clock: minutes or the end of a range (`làm việc 7 giờ 30`, `làm
/// việc 8 giờ - 17 giờ`); a verb of starting or ending, or going to bed, before the activity
/// (`bắt đầu làm việc 7 giờ`, `kết thúc ca làm việc 22 giờ`, `đi ngủ 10 giờ`); or an
/// appointment after the hour, with someone, somewhere or on a day (`làm việc 15 giờ với lãnh
/// đạo tỉnh`, `làm việc 9 giờ tại Sở`, `làm việc 14 giờ ngày 5/6`, `làm 7 giờ nhé`).
fn lasts_for(before: &str, time: &Time, after: &str) -> bool {
    // (`làm việc từ 13 - 17 giờ`: hours from a point are of the clock, whatever the verb.)
    if previous_word(before).is_some_and(|w| same(w, "từ")) {
        return false;
    }
    // (The last hours of a list take the verb before its first: `làm 2, 3 hoặc 4 giờ`.)
    // (Spaces before the colon too: `Làm thêm : 12 giờ`.)
    let head = before_a_list_of_numbers(before)
        .trim_end_matches(crate::text::is_space)
        .trim_end_matches(':')
        .trim_end_matches(crate::text::is_space);
    let head = match previous_word(head).filter(|w| same(w, "đủ")) {
        Some(enough) => without_last(head, enough.len())
            .unwrap_or_default()
            .trim_end_matches(crate::text::is_space),
        None => head,
    };
    // (`mất điện khoảng 2 giờ`, `ngủ chừng 6 giờ`: an estimate between the verb and its
    // hours estimates how long.)
    let head = without_an_estimate(head).trim_end_matches(crate::text::is_space);
    // (`làm việc ngoài trời 8 giờ`: outdoors or indoors, between the verb and its hours, is
    // where the activity lasts.)
    let head = ["ngoài trời", "trong nhà"]
        .iter()
        .find(|place| ends_with_phrase(head, place))
        .and_then(|place| without_phrase(head, place))
        .unwrap_or(head);
    // (`báo thức`, an alarm, is no staying awake: `đặt báo thức 5 giờ`.)
    let verb = ending_phrase(&LASTING, LASTING_VERBS, head).filter(|verb| {
        let before_verb = without_phrase(head, verb).unwrap_or_default();
        !(same(verb, "thức") && previous_word(before_verb).is_some_and(|w| same(w, "báo")))
    });
    let Some(verb) = verb else {
        // (No date right after a treatment's hours: `Lễ Thỉnh sắc: 15 giờ ngày 23/4` is a
        // programme's hour, where `Hầm xương 8 giờ ngày mai mới xong` lasts.)
        let dated = || kept_raw_date(space0_str(after).0).is_some_and(|(_, raw)| raw.is_valid());
        let processed = processed_for(head) || a_machine_runs(head);
        return time.minute() == 0 && processed && !range_after(after) && !dated();
    };
    time.minute() == 0
        && !starts_or_ends(head, verb)
        && !an_appointment_after(after)
        && !range_after(after)
}

/// Whether `head` ends with a machine running (`chạy`, `hoạt động`, `vận hành` a few words
/// after `máy`): the hours after it are how long it runs (`máy giặt chạy 2 giờ`, `máy in chạy
/// 6 giờ không nghỉ`, `máy phát điện hoạt động 10 giờ`), as a factory's hours are not (`nhà máy
/// hoạt động từ 7 giờ`, a point before them, is the clock's).
fn a_machine_runs(head: &str) -> bool {
    const RUNS: &[&str] = &["chạy", "hoạt động", "vận hành"];
    let Some(verb) = RUNS.iter().find(|v| ends_with_phrase(head, v)) else {
        return false;
    };
    a_machine_before(without_phrase(head, verb).unwrap_or_default(), 3)
}

/// Whether `máy`, a machine, is among the last `words` words of `head`: not `nhà máy`, a
/// factory (`máy giặt`, `máy phát điện`; `nhà máy hoạt động`).
fn a_machine_before(head: &str, words: usize) -> bool {
    words_back(head)
        .take(words)
        .any(|(w, h)| same(w, "máy") && !ends_with_phrase(h.trim_end(), "nhà"))
}

/// Whether a verb of starting or ending (or `đi`, going to bed) stands a few words before the
/// activity `verb` that `head` ends with: then its hour is when, not how long.
fn starts_or_ends(head: &str, verb: &str) -> bool {
    const MARKS: &[&str] = &["bắt đầu", "kết thúc", "tan", "xong", "vào", "đi", "hết"];
    let rest = without_phrase(head, verb).unwrap_or_default();
    // (`kết thúc ca làm việc`: a noun of the shift may stand between.)
    let rest = match previous_word(rest).filter(|w| word_in(w, &["ca", "giờ", "buổi"])) {
        Some(noun) => without_last(rest, noun.len())
            .unwrap_or_default()
            .trim_end_matches(crate::text::is_space),
        None => rest,
    };
    MARKS.iter().any(|m| ends_with_phrase(rest, m))
}

/// Whether an appointment follows an hour: on a day (`ngày`, `hôm`, `thứ`, `sáng`…), with a
/// particle that proposes it (`nhé`), or with an institution or its officials, named in
/// capitals or as such (`với UBND tỉnh`, `tại Sở Xây dựng`, `với lãnh đạo tỉnh`); hours
/// spent somewhere or with something are lengths (`chờ 2 giờ ở sân bay`, `làm việc 6 giờ với
/// máy tính`).
fn an_appointment_after(after: &str) -> bool {
    const DAYS: &[&str] = &[
        "ngày", "hôm", "thứ", "sáng", "trưa", "chiều", "tối", "nhé", "nha", "như",
    ];
    const WITH: &[&str] = &["với", "tại", "ở", "cùng"];
    const OFFICIALS: &[&str] = &["lãnh đạo", "đại diện", "đoàn", "ban", "cán bộ"];
    let Some((word, rest)) = next_word(after) else {
        return false;
    };
    if word_in(word, DAYS) {
        return true;
    }
    let institution = || {
        next_word(rest).is_some_and(|(w, _)| is_capitalized(w))
            || space1(rest).is_ok_and(|(r, _)| {
                OFFICIALS
                    .iter()
                    .any(|o| crate::text::match_phrase(r, o).is_some())
            })
    };
    // (`làm việc 8 giờ tại trụ sở nhé`: a proposal closing the clause makes it one too.)
    let proposed = || {
        let mut rest = after;
        for _ in 0..8 {
            let Some((w, r)) = next_word(rest) else {
                return false;
            };
            if word_in(w, &["nhé", "nha", "nhá"]) {
                return true;
            }
            rest = r;
        }
        false
    };
    word_in(word, WITH) && (institution() || proposed())
}

/// Whether the end of a range follows an hour (`- 17 giờ`, `đến 17h`, `tới 5 giờ`).
fn range_after(after: &str) -> bool {
    let (spaced, _) = space0_str(after);
    let rest = match spaced.strip_prefix(['-', '–']) {
        Some(r) => Some(r),
        None => next_word(after)
            .filter(|(w, _)| word_in(w, &["đến", "tới"]))
            .map(|(_, r)| r),
    };
    rest.is_some_and(|r| space0_str(r).0.starts_with(|c: char| c.is_ascii_digit()))
}

/// An hour of the afternoon or the evening, 13 to 23, after `sau` (or `quá`, `cứ`, `mỗi`) is
/// the clock (`phun vào chiều mát sau 16 giờ`, `Cứ 21h là anh em tôi nhắn tin`): after these
/// a small number of hours is counted (`sau 2 giờ`, `cứ 6 giờ`), and a day's worth (`sau 24
/// giờ`), but not sixteen of them, unless a word of duration follows (`sau 18 giờ tiếp theo`)
/// or what filled them (`Sau 16 giờ đàm phán`); a frequency after the hour is none of these
/// (`đóng cửa sau 17 giờ hằng ngày`). So are its minutes (`sau 14h30`, `sau 16:45`).
fn afternoon_after_sau(before: &str, time: &Time, after: &str) -> bool {
    (13..=23).contains(&time.hour())
        && previous_word(before).is_some_and(|w| word_in(w, &["sau", "quá", "cứ", "mỗi"]))
        // (With its minutes it is the clock whatever follows: `sau 17h30 trường thu phí`.)
        && (time.minute() != 0
            || each_period_after(after)
            || !crate::quantity::noun_follows(after))
        && !duration_word_after(before, after)
}

/// An hour of the afternoon or the evening, 13 to 23, after `trong` or `khoảng` (within, about)
/// and before a dash and a later hour written as the clock writes it opens a window of the
/// clock something happens in (`trong khoảng 15h – 18h`, `trong 14h - 16h chiều`); but what
/// takes time takes so many (`mất khoảng 15h-18h`), and hours to come are a length (`trong
/// 15h – 20h tới`).
fn afternoon_opening_a_window(before: &str, time: &Time, after: &str) -> bool {
    const TAKES: &[&str] = &["mất", "tốn", "trễ", "dài", "chậm"];
    let head = before.trim_end_matches(crate::text::is_space);
    let within = match previous_word(head) {
        Some(w) if same(w, "trong") => true,
        Some(w) if same(w, "khoảng") => !without_last(head, w.len())
            .and_then(previous_word)
            .is_some_and(|t| word_in(t, TAKES)),
        _ => false,
    };
    if !within {
        return false;
    }
    let Some(end) = after
        .trim_start_matches(crate::text::is_space)
        .strip_prefix(['-', '–'])
    else {
        return false;
    };
    let end = end.trim_start_matches(crate::text::is_space);
    // (The end as the clock writes it, its `h` glued: `15 – 17 giờ`, with the unit once after
    // both, is as often a length, `Thời gian bay khoảng 15 – 17 giờ`.)
    let digits = end.bytes().take_while(u8::is_ascii_digit).count();
    let glued_h = end.get(digits..).is_some_and(|u| u.starts_with(['h', 'H']));
    (13..=23).contains(&time.hour())
        && digits > 0
        && glued_h
        && crate::time::kept_time(end).is_some_and(|(after_end, later)| {
            later.hour() > time.hour() && !duration_word_after("", after_end)
        })
}

/// An hour of the afternoon or the evening, 13 to 23, before `sau` and after a verb of
/// starting, going on or ending is the clock (`tiếp tục 14h sau giờ nghỉ trưa`, `bắt đầu 17
/// giờ sau lễ khai mạc`, `khai màn 20 giờ sau lễ trao giải`, `nối lại 15h sau giờ nghỉ`):
/// what starts or resumes does so at an hour; elsewhere the hours are how long after a moment (`tỉnh lại 16 giờ sau ca phẫu thuật`, `20 giờ sau vụ sạt lở`).
fn afternoon_before_sau(before: &str, time: &Time, after: &str) -> bool {
    const STARTS: &[&str] = &[
        "bắt đầu",
        "tiếp tục",
        "kết thúc",
        "khai mạc",
        "khai màn",
        "mở màn",
        "bế mạc",
        "nối lại",
        "diễn ra",
        "họp",
        "lúc",
        // Departures and opening hours: `khởi hành 19 giờ sau khi`, `mở cửa 14h sau giờ nghỉ`.
        // (Not `chạy`: a machine runs so many hours, `máy phát điện chạy 15 giờ sau đó`.)
        "xuất phát",
        "khởi hành",
        "mở cửa",
        "đóng cửa",
    ];
    // (What opens or runs again resumes at an hour: `mở lại 18 giờ sau khi dọn dẹp`, `vận hành
    // trở lại 16h sau khi kiểm tra`; `tỉnh lại 16 giờ sau ca mổ` is how long after.)
    const RUNS: &[&str] = &[
        "chạy",
        "mở",
        "mở cửa",
        "hoạt động",
        "vận hành",
        "thông xe",
        "phục vụ",
        "làm việc",
        "thi công",
    ];
    let head = before.trim_end();
    let again = ["trở lại", "lại"]
        .iter()
        .find(|p| ends_with_phrase(head, p))
        .and_then(|p| without_phrase(head, p));
    let resumes = again.is_some_and(|h| RUNS.iter().any(|v| ends_with_phrase(h.trim_end(), v)));
    (13..=23).contains(&time.hour())
        && next_word(after).is_some_and(|(w, _)| same(w, "sau"))
        && (resumes || STARTS.iter().any(|v| ends_with_phrase(head, v)))
}

/// Words of time before an hour: `lúc 5g`, `vào 7g`, `từ 8g đến 11g`.
const HOUR_CUES: &[&str] = &[
    "lúc", "vào", "từ", "đến", "tới", "trước", "sau", "khoảng", "hồi", "hẹn", "tầm", "chừng",
    "đúng",
];

/// `g` glued to digits shortens `giờ` only in a time that shows it is one: with its minutes
/// (`5g30`), a part of the day (`5g chiều`), after a word of time (`lúc 5g`) or right after a
/// day (`10/3/2024 - 19g`, which the reader of clock times asks); elsewhere the digits weigh
/// grams (`gói 5g`, `cân 5g vàng`, `thêm 2g muối`). `read` is the time as written.
pub(super) fn weighs_grams(before: &str, read: &str, time: &Time) -> bool {
    let cued = previous_word(before).is_some_and(|w| word_in(w, HOUR_CUES));
    digits_and_g(read) && time.part().is_none() && !cued
}

/// Whether `read` is digits and `g` alone (`20g`), which weigh grams as often as they tell an
/// hour.
pub(super) fn digits_and_g(read: &str) -> bool {
    read.strip_suffix('g')
        .is_some_and(|digits| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
}

/// An hour in words is a time of day only where the time shows it is one: with its minutes
/// (`tám giờ mười lăm`), a part of the day (`ba giờ chiều`), or after a word of a point of time
/// (`lúc chín giờ`, `đúng mười giờ`), or, for an hour of the afternoon or evening, the day it
/// falls on after it (`mười bảy giờ hôm nay`); alone it is a length, as often as not (`ngủ tám
/// giờ`). `read` is the time as written, and `after` the text after it.
pub(super) fn hour_in_words_stands(before: &str, read: &str, time: &Time, after: &str) -> bool {
    const POINT_CUES: &[&str] = &["lúc", "hồi", "đúng", "từ", "hẹn", "đến"];
    let in_words = !read.starts_with(|c: char| c.is_ascii_digit());
    let cued = || previous_word(before).is_some_and(|w| word_in(w, POINT_CUES));
    // (`mười bảy giờ hôm nay` is the clock; `ngủ đủ tám giờ hôm qua` counted them.)
    let afternoon_of_a_named_day = || time.hour() >= 13 && day_named_after(after);
    !in_words || time.part().is_some() || time.minute() > 0 || cued() || afternoon_of_a_named_day()
}

/// A number before a word of a part of the day counts those parts, or the ways a trip goes
/// (`3 ngày 2 đêm`, `vé 2 chiều`), unless it is an hour of that part: after a word of a
/// moment (`lúc 2 đêm`, `hẹn 4 chiều`), a bound of a span of hours of the day (`đến 5
/// chiều`), or before the day it falls on (`3 chiều nay`, `4 chiều thứ Sáu`); nights only
/// after a moment. `before` ends where the reading starts, `rest` starts there, and `after`
/// follows the part.
pub(super) fn the_parts_hour(before: &str, rest: &str, q: &Quantity, after: &str) -> bool {
    let Some((part, _)) = crate::date::day_part(&q.unit).filter(|(_, rest)| rest.is_empty()) else {
        return false;
    };
    let an_hour = matches!(q.amount, Amount::Exact(h)
        if h.fract().is_zero() && h >= Decimal::ONE && h <= Decimal::from(12))
        || matches!(q.amount, Amount::Range(_, h) if h <= Decimal::from(12));
    an_hour && placed_as_the_parts_hour(before, rest, part, after)
}

/// Whether a number of the clock's twelve hours before `part` is placed as that part's hour:
/// after a word of a moment or a bound of a span, or before the day it falls on (see
/// [`the_parts_hour`]).
fn placed_as_the_parts_hour(
    before: &str,
    rest: &str,
    part: crate::date::DayPart,
    after: &str,
) -> bool {
    const MOMENTS: &[&str] = &["lúc", "đúng", "hẹn", "hồi"];
    // (The bounds of a span of hours too, `mở cửa từ 8 sáng đến 5 chiều`, `làm tới 6 chiều`.)
    const BOUNDS: &[&str] = &["từ", "đến", "tới"];
    const DAYS: &[&str] = &["nay", "mai", "qua", "hôm", "mốt", "thứ", "chủ"];
    // (Nights are counted across days and from one as often: `3 đêm qua` are the last three,
    // `từ 3 đêm trở lên` a stay; only a moment makes one an hour, `lúc 2 đêm`.)
    let nights = part == crate::date::DayPart::Night;
    // (The word before the number, or the bound a range opens with, `từ 1 đến 5 chiều`.)
    let opening = split_word(rest).map(|(w, _)| w);
    let cued = || {
        previous_word(before.trim_end())
            .into_iter()
            .chain(opening)
            .any(|w| word_in(w, MOMENTS) || !nights && word_in(w, BOUNDS))
    };
    let a_day_after = || !nights && next_word(after).is_some_and(|(w, _)| word_in(w, DAYS));
    cued() || a_day_after()
}

/// An hour written with a part of the day and no `giờ` (`hẹn 4 chiều`, `lúc 2 đêm`, `đến 5
/// chiều`, `7 tối mai`), at `rest` after `before`: the hour of that part wherever
/// [`the_parts_hour`] finds the number no count of the parts (`3 ngày 2 đêm`, `vé 2 chiều`
/// count), and the word before numbers nothing (`Đại lộ 2 Tháng 9 chiều qua`, `phòng 5
/// chiều nay`); with the text after it.
pub(super) fn hour_of_a_part<'t>(before: &str, rest: &'t str) -> Option<(&'t str, Time)> {
    const NUMBERED: &[&str] = &["tháng", "ngày", "năm", "quý", "tuần", "thứ", "mùng", "mồng"];
    // (The hour and the part first, the words before last: most numbers have no part after.)
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let hour: u8 = rest.get(..digits).filter(|d| d.len() <= 2)?.parse().ok()?;
    let (at_part, _) = space1(rest.get(digits..)?).ok()?;
    let (part, after) = crate::date::day_part(at_part)?;
    if after.starts_with(|c: char| c.is_alphanumeric() || is_word_char(c))
        || previous_word(before).is_some_and(|w| word_in(w, NUMBERED))
        || is_labelled(before)
    {
        return None;
    }
    if !(1..=12).contains(&hour) || !placed_as_the_parts_hour(before, rest, part, after) {
        return None;
    }
    let t = Time::new(part.to_24_hour(hour), 0, None)
        .ok()?
        .with_part(part)
        .ok()?;
    Some((after, t))
}

/// A number in words right after the noun of a living kind is part of that kind's name, for a
/// numeral counts the noun after it, never one before (`cá bảy màu`, `hoa ba lá`, `cây năm
/// cánh`); a classifier, a container, a measure or a time after it still counts (`lấy cá hai
/// ký`, `gà ba con`, `thay nước bể cá ba ngày một lần`, `trở cá ba lần`), and a kind counted itself stands in a
/// list of counts (`ba gà hai vịt`). `in_words` says the number is written in words.
pub(super) fn names_a_living_kind(before: &str, in_words: bool, q: &Quantity) -> bool {
    const KINDS: &[&str] = &[
        "cá", "hoa", "cây", "chim", "gà", "vịt", "mèo", "chó", "rắn", "bò", "heo", "lợn", "ngựa",
        "rùa", "ốc", "lan",
    ];
    let sold = || {
        crate::quantity::classified_or_held(&q.unit)
            || crate::quantity::is_measure_or_duration(&q.unit)
            || crate::quantity::of_time_or_times(&q.unit)
    };
    // (A kind counted itself is one of counts set side by side: `bán ba gà hai vịt`.)
    let head = before.trim_end();
    let Some(kind) = previous_word(head).filter(|w| word_in(w, KINDS)) else {
        return false;
    };
    let counted = without_last(head, kind.len()).is_some_and(|h| {
        let h = h.trim_end();
        h.ends_with(|c: char| c.is_ascii_digit()) || previous_word(h).is_some_and(is_number_word)
    });
    in_words && !counted && !sold()
}

/// Whether a day named by where it stands from today follows (`hôm nay`, `ngày mai`, `hôm
/// qua`): an hour of such a day is a point of time, no length.
fn day_named_after(after: &str) -> bool {
    const DAYS: &[&str] = &[
        "hôm nay",
        "hôm qua",
        "hôm kia",
        "ngày mai",
        "ngày hôm nay",
        "ngày hôm qua",
        "mai",
    ];
    space1(after).is_ok_and(|(r, _)| {
        DAYS.iter()
            .any(|d| crate::text::match_phrase(r, d).is_some())
    })
}

/// Whether a time at `rest` (with `before` the text before it) is a duration: after `trong`,
/// `mất`, `suốt`, `liên tục`, `trải qua` (qualifiers aside: `sau hơn 1 giờ`), before `tới`, `nữa`, `tiếp
/// theo` (but `tới` a place's name, arriving: `10 giờ tới Huế`), or before a slash and what the hours are a rate of (`làm việc 8h/ngày`, `2 giờ/buổi`).
/// `time`, the hours read where known, tells a difference of time zones named before them from
/// the clock (see [`offset_named_in_clause`]).
pub(super) fn is_duration(before: &str, after: &str, time: Option<&Time>) -> bool {
    let rate = after
        .strip_prefix('/')
        .and_then(split_word)
        .is_some_and(|(w, _)| w.starts_with(|c: char| c.is_alphabetic()));
    // (Hours without a break, `mưa liên tục 4 giờ`, `làm việc liên tục 12 giờ`, an estimate
    // aside: `xem video liên tục khoảng 22 giờ`; and hours gone through, `trải qua 12 giờ phẫu
    // thuật`, where `qua` alone is past an hour, `qua 12 giờ đêm`.)
    let unbroken = || {
        let head = without_an_estimate(before.trim_end_matches(crate::text::is_space));
        let head = head.trim_end_matches(crate::text::is_space);
        ends_with_phrase(head, "liên tục") || ends_with_phrase(head, "trải qua")
    };
    if rate || unbroken() || in_a_sum_of_hours(before, after) {
        return true;
    }
    // (The last hours of a list take the cue before its first: `sau 1, 2, 4 hoặc 8 giờ`.)
    let mut rest = before_a_list_of_numbers(before);
    // Over a few qualifiers at most (`sau hơn 1 giờ`), so that a run of them stays linear.
    let mut up_to = false;
    let mut from = false;
    // (After `từ`, `hoãn từ 21:45 sang 00:30` and `trong khoảng từ 1 giờ đến 3 giờ ngày 5/3` run
    // from an hour; so do a service lost, `Nước mất từ 8 - 11 giờ`, and a span whose first
    // hours have their own unit, `Mất từ 8 giờ đến 10 giờ`.)
    let lost = |head: &str| {
        previous_word(head)
            .is_some_and(|w| word_in(w, &["điện", "nước", "sóng", "mạng", "hiệu", "kết"]))
    };
    for _ in 0..4 {
        let Some(word) = previous_word(rest) else {
            break;
        };
        // (After `tới`, only what takes time or sets apart counts the hours: `mất tới 20 giờ`,
        // `cách nhau tới 20 giờ`; `kéo dài đến 21 giờ` lasts until the hour.)
        let taken = |w: &str| {
            word_in(w, &["mất", "trễ"])
                && !without_last(rest.trim_end_matches(crate::text::is_space), w.len())
                    .is_some_and(lost)
                && !opens_a_span(after)
        };
        // (`vòng` cues a length only in `trong vòng`, within: elsewhere it is a round, `vòng
        // 14, 17h00 ngày 24/2`, or a name's word, `Bãi Vòng khoảng 8 giờ 55`.)
        let a_rounds_number = || {
            same(word, "vòng")
                && !ends_with_phrase(rest.trim_end_matches(crate::text::is_space), "trong vòng")
        };
        if word_set(&DURATION_SET, DURATION_CUES).contains(word)
            && (!up_to || same(word, "mất"))
            && (!from || taken(word))
            && !a_rounds_number()
        {
            // (`theo 17 giờ ngày 5/3`, `theo 19 giờ hôm nay`: figures as of an hour of a day,
            // which a day after it shows.)
            // (So do `sau`, `tính` and `mất` (to die as often as to take), before an hour of a
            // day: `Sau 12h ngày 28/1 giá giảm`, `Số liệu tính 17 giờ ngày 5/3`, `Ông mất 9 giờ
            // 30 phút ngày 5/6`.)
            return !(word_in(word, &["theo", "sau", "tính", "mất"]) && a_day_after(after));
        }
        // Hours apart (`cách nhau 4-6 giờ`), where `hẹn nhau 20h30` meets at the hour.
        if same(word, "nhau") {
            return ends_with_phrase(rest.trim_end_matches(crate::text::is_space), "cách nhau");
        }
        let trimmed = rest.trim_end_matches(crate::text::is_space);
        // (A qualifier of two words: `mất xấp xỉ 8 giờ`, `ước chừng 9 giờ`.)
        if let Some(head) = ["xấp xỉ", "ước chừng", "ước tính", "khoảng chừng"]
            .iter()
            .find(|q| ends_with_phrase(trimmed, q))
            .and_then(|q| without_phrase(trimmed, q))
        {
            rest = head;
            continue;
        }
        // (After `từ` opening a range, only what takes time or is delayed counts the hours:
        // `mất từ 2 - 3 giờ`, `trễ ước tính từ 1 đến 2 giờ`; `kéo dài từ 8 giờ` runs from the
        // hour.)
        if word_in(word, &["tới", "đến"]) {
            up_to = true;
        } else if same(word, "từ") {
            from = true;
        } else if approx_phrase(word).is_err() {
            break;
        }
        let Some(head) = without_last(trimmed, word.len()) else {
            break;
        };
        rest = head;
    }
    // Hours of each thing taken one by one are a length (`mỗi ca 8 giờ`, `mỗi buổi 3 giờ`,
    // `từng đợt 2 giờ`); of each part of the day or weekday, its hour (`mỗi sáng 6 giờ`).
    // (`mỗi lít từ 15 giờ ngày 9/1`: a day after the hours makes them its hour; so does the
    // end of a span, `mỗi km từ 23 giờ đến 5 giờ`.)
    if each_one_before(before) && !a_day_after(after) && !opens_a_span(after) {
        return true;
    }
    // Hours up to a bound are a length (`lên đến 18 giờ`); so are the hours a length of time
    // names (`thời gian khoảng 4 giờ`). (A time zone's hours, `chênh lệch múi giờ 2 giờ`, are
    // an offset named in the clause, below.)
    if bound_before(before)
        || ends_with_phrase(before, "lên đến")
        || ends_with_phrase(before, "lên tới")
        || names_a_length_of_time(before)
        || averaged(before, after)
    {
        return true;
    }
    // A threshold of hours is a length (`chậm chuyến từ 3 giờ trở lên`, `từ 6 giờ đến dưới 24
    // giờ`, `lái xe quá 2 giờ`); so are hours apart named earlier in the clause (`chênh lệch
    // múi giờ với Paris 5 giờ`, `nhanh hơn giờ Hà Nội 2 giờ`).
    if is_threshold(after) || exceeded(before) || offset_named_in_clause(before, time) {
        return true;
    }
    // `từ 8h tới giờ`, `từ 8h tới 10h`, `lúc 9 giờ tới`: after `từ` or `lúc` the hour is a
    // point of time, whatever follows; elsewhere `tới` after it counts the hours to come (`8
    // giờ tới`).
    if previous_word(before).is_some_and(|w| word_in(w, &["từ", "lúc"])) {
        return false;
    }
    duration_word_after(before, after)
}

/// Whether the hours before `after` are a term of a sum or a conversion, a length: `2 giờ =
/// 120 phút`, `2 giờ = ... phút`, `7 giờ + 8 giờ = 15 giờ`, `5 giờ × 2 = 10 giờ`; in a schedule
/// `+` and `=` say what comes at the hour (`19 giờ + tiệc tối`, `8 giờ - 11 giờ + 14 giờ - 17
/// giờ`), and after `lúc` or `từ` the hour is the clock's whatever follows.
fn in_a_sum_of_hours(before: &str, after: &str) -> bool {
    let op_and_operand = after.trim_start_matches(crate::text::is_space);
    let Some(operand) = op_and_operand
        .strip_prefix(['=', '+', '×'])
        .map(|r| r.trim_start_matches(crate::text::is_space))
    else {
        return false;
    };
    // (`+` and `×` compute only where a result follows in the clause: `7 giờ + 8 giờ = 15
    // giờ`; `8 giờ - 11 giờ + 14 giờ - 17 giờ` joins two spans of the clock.)
    let result_follows = || {
        crate::text::head(operand, 48)
            .split(['.', ',', ';', '\n'])
            .next()
            .is_some_and(|clause| clause.contains('='))
    };
    if !op_and_operand.starts_with('=') && !result_follows() {
        return false;
    }
    let blank = operand.starts_with(['.', '…', '?']);
    let digits = operand.bytes().take_while(u8::is_ascii_digit).count();
    let after_digits = operand.get(digits..).unwrap_or_default();
    // (An operand of time, `+ 2 giờ`, `× 30 ngày`, or a bare factor before the result, `× 2
    // = 10 giờ`.)
    let of_time = || {
        crate::quantity::unit_after(crate::quantity::Units::shared(), after_digits).is_some_and(
            |(unit, _)| unit == "h" || crate::quantity::DURATIONS.contains(&unit.as_str()),
        )
    };
    let factor = || {
        after_digits
            .trim_start_matches(crate::text::is_space)
            .starts_with(['=', '?'])
    };
    (blank || digits > 0 && (of_time() || factor()))
        && !previous_word(before).is_some_and(|w| word_in(w, &["từ", "lúc"]))
}

/// Whether `quá` before hours says they are exceeded, a length: after a verb or `nếu` (`lái xe
/// quá 2 giờ`, `để thức ăn ngoài quá 4 giờ`, `nếu quá 12 giờ`); opening a clause or after
/// `đã`, it says the clock has passed them (`Quá 8 giờ, cổng trường đóng`, `Đã quá 11 giờ`,
/// `trời đã quá 9 giờ`; but `ngoài trời quá 2 giờ` is outdoors for longer).
fn exceeded(before: &str) -> bool {
    const PASSED: &[&str] = &["đã", "vừa", "mới", "đúng", "hơi", "trời"];
    let Some(qua) = previous_word(before).filter(|w| same(w, "quá")) else {
        return false;
    };
    let head =
        without_last(before.trim_end_matches(crate::text::is_space), qua.len()).unwrap_or_default();
    let mut back = words_back(head);
    let Some((word, rest)) = back.next() else {
        return false;
    };
    let outdoors = same(word, "trời") && previous_word(rest).is_some_and(|w| same(w, "ngoài"));
    // (An abbreviation ends what is exceeded as a word does: `mất kết nối VMS quá 6 giờ`.)
    let written = word.starts_with(char::is_lowercase) || crate::text::in_capitals(word);
    let verb = written && (!word_in(word, PASSED) || outdoors);
    verb || same(word, "nếu")
}

/// Whether the hours before `after` are a threshold of length: `trở lên` or `trở xuống` after
/// them, or the end of a range bounded by `dưới` or `trên` (`từ 6 giờ đến dưới 24 giờ`): the
/// clock has no hours and more.
fn is_threshold(after: &str) -> bool {
    let Some((word, rest)) = next_word(after) else {
        return false;
    };
    if same(word, "trở") {
        return next_word(rest).is_some_and(|(w, _)| word_in(w, &["lên", "xuống"]));
    }
    word_in(word, &["đến", "tới"])
        && next_word(rest).is_some_and(|(w, _)| word_in(w, &["dưới", "trên"]))
}

/// Whether hours no time zones lie apart follow `đi trước` or `đi sau` (going before or after
/// them): the clock's, as `sau` alone would make a length (`Nhóm khách thứ hai đi sau 14h20`).
///
/// A gap between parties is a length too, small and set against the other (`đi sau 1h10`,
/// `đi trước 1h20 so với nhóm thứ hai`): the hours are the clock's only where no gap is named
/// (`so với` after them) and they are past fourteen, or past four with minutes no zone lies
/// apart by (`đi sau 9h05`), or where the clause names no zone (see [`zones_named`]: `nhóm 2
/// đi sau 8h`), or a day follows them (`đi trước 6h15 ngày 2/1`).
fn gone_before_or_after(before: &str, time: &Time, after: &str) -> bool {
    let head = before.trim_end_matches(crate::text::is_space);
    let gone = ends_with_phrase(head, "đi trước") || ends_with_phrase(head, "đi sau");
    let compared = next_word(after).is_some_and(|(w, _)| same(w, "so"));
    // (A day after the hours makes them that day's: `đi trước 6h15 ngày 2/1`.)
    let clock = time.hour() > 14
        || time.hour() > 4 && !gone_by_a_difference(time, head)
        || a_day_after(after);
    gone && !compared && clock
}

/// Whether hours after `đi trước`/`đi sau` at the end of the clause `head` are a difference, a
/// length: hours zones could lie apart by (see [`could_be_an_offset`]), four or fewer (a gap
/// between parties, `đi sau 2 giờ`) or where the clause names a zone (see [`zones_named`]:
/// `Nhật Bản đi trước 2 giờ`).
fn gone_by_a_difference(time: &Time, head: &str) -> bool {
    could_be_an_offset(time) && (time.hour() <= 4 || zones_named(head))
}

/// Whether the clause ending `head` names what has a time zone: a place, a capitalized word
/// past the first of the sentence (`Nhật Bản đi trước`, `So với Bắc Kinh, giờ Kathmandu đi
/// sau`), or the clock of one, `giờ`; where none is named, `đi trước`/`đi sau` an hour is
/// going before or after it (`Nhóm 1 đi trước 7h15`).
fn zones_named(head: &str) -> bool {
    words_back(head).take(8).any(|(word, before)| {
        let first_of_sentence = opens_a_sentence(before);
        // (A letter alone names a team or a group, no place: `Đội A đi trước 5h`.)
        let a_letter = word.chars().nth(1).is_none();
        same(word, "giờ") || is_capitalized(word) && !a_letter && !first_of_sentence
    })
}

/// Whether hours could be how far apart two time zones are: zones lie whole hours apart, or
/// by quarters of an hour (`Nepal`, 5:45), and at most fourteen hours.
fn could_be_an_offset(time: &Time) -> bool {
    time.hour() <= 14 && time.minute() % 15 == 0
}

/// Whether the clause before hours names a difference of hours (`múi giờ`, `nhanh hơn`,
/// `chậm hơn`, …) a few words back, with no number between: the hours are that difference
/// (`Hà Nội chênh lệch múi giờ với Paris 5 giờ`, `Giờ Tokyo nhanh hơn giờ Hà Nội 2 giờ`).
///
/// `đi trước` and `đi sau` also say going before or after an hour: they name a difference
/// only of hours two zones could lie apart (see [`could_be_an_offset`]; `các chuyến đi trước
/// 23h59 ngày 31/3` is the clock's), where `time`, the hours read, is known.
fn offset_named_in_clause(before: &str, time: Option<&Time>) -> bool {
    const OFFSETS: &[&str] = &[
        "múi giờ",
        "chênh lệch",
        // (`lệch so với TP.HCM khoảng 4 giờ`: off from a place by so many hours.)
        "lệch so với",
        "nhanh hơn",
        "chậm hơn",
        "sớm hơn",
        "muộn hơn",
        "trễ hơn",
        "đi trước",
        "đi sau",
        // A length named for the clause (`Thời lượng pin của mẫu này đạt 14 giờ`).
        "thời lượng",
    ];
    // (A point of time written right before the hours is the clock: `thời lượng từ 8 giờ`;
    // so is `trước` or `sau` where it is no zone's going ahead, `sớm hơn dự kiến nếu xong
    // trước 16h30`, as `đi trước 2 giờ` is.)
    let trimmed_before = before.trim_end_matches(crate::text::is_space);
    let point = previous_word(trimmed_before).is_some_and(|w| {
        word_in(w, &["từ", "lúc", "vào", "đến", "tới"])
            || word_in(w, &["trước", "sau"])
                && !without_last(trimmed_before, w.len())
                    .and_then(previous_word)
                    .is_some_and(|d| same(d, "đi"))
    });
    if point {
        return false;
    }
    static OFFSET_ENDS: OnceLock<WordSet> = OnceLock::new();
    static RUNNING_ENDS: OnceLock<WordSet> = OnceLock::new();
    // `thời gian` and what runs for it (`thời gian bay 12 giờ`, `thời gian sạc 3 giờ`).
    let what_runs = |head: &str| {
        ending_phrase(&RUNNING_ENDS, WHAT_RUNS, head)
            .and_then(|w| without_phrase(head, w))
            .is_some_and(|h| ends_with_phrase(h, "thời gian"))
    };
    let trimmed = before.trim_end_matches(crate::text::is_space);
    // (Ten words back at most: the clause of the hours, read in constant time; and no number
    // between, whose hours the difference was: `đi trước Việt Nam 2 giờ, nên 19 giờ tại
    // Seoul` is the clock.)
    let no_number_between = |head: &&str| {
        !trimmed
            .get(head.len()..)
            .is_some_and(|between| between.contains(|c: char| c.is_ascii_digit()))
    };
    std::iter::once(trimmed)
        .chain(words_back(trimmed).map(|(_, head)| head))
        .take(10)
        .take_while(no_number_between)
        .any(|head| {
            ending_phrase(&OFFSET_ENDS, OFFSETS, head).is_some_and(|phrase| {
                !["đi trước", "đi sau"].contains(&phrase)
                    || time.is_none_or(|t| gone_by_a_difference(t, trimmed))
            }) || what_runs(head)
        })
}

/// What runs for a length of time, said right after `thời gian` (`thời gian bay 12 giờ`,
/// `thời gian sạc 3 giờ`); most other words after it name an event, whose time is a point
/// (`thời gian họp 9 giờ`).
const WHAT_RUNS: &[&str] = &[
    "pin",
    "bay",
    "sạc",
    "chờ",
    "nấu",
    "chạy",
    "dùng",
    "đàm thoại",
    "chơi",
    "phát",
    "sử dụng",
    "phim",
    "ủ",
    "hầm",
    "ninh",
    "ngâm",
    "di chuyển",
];

/// The words that estimate an amount of hours: `khoảng 3 giờ`, `chừng 6 giờ`.
const ESTIMATES: &[&str] = &["khoảng", "chừng", "tầm", "gần", "hơn", "ước"];

/// `head` (ending in a word) without a word of [`ESTIMATES`] it ends with, if any: what stands
/// before the estimate of the hours after it.
pub(super) fn without_an_estimate(head: &str) -> &str {
    // (The spaces after the estimate first: its length is cut from where it ends.)
    let head = head.trim_end_matches(crate::text::is_space);
    match previous_word(head).filter(|w| word_in(w, ESTIMATES)) {
        Some(estimate) => without_last(head, estimate.len()).unwrap_or_default(),
        None => head,
    }
}

/// Whether `thời gian` or `thời lượng` (a length of time) stands right before the hours, an
/// estimate aside (`thời gian khoảng 4 giờ`), or `thời lượng` as a label (`Thời lượng: 2
/// giờ`, where `Thời gian: 14 giờ` on an invitation is the clock); not a span from a point
/// (`thời gian từ 8 giờ`). The words of what runs between them and the hours are read with
/// the clause (see [`offset_named_in_clause`]).
fn names_a_length_of_time(before: &str) -> bool {
    let head = without_an_estimate(before.trim_end_matches(crate::text::is_space));
    ends_with_phrase(head, "thời gian")
        || ends_with_phrase(head.trim_end_matches(':'), "thời lượng")
}

/// Whether an average (`trung bình`, `bình quân`) stands right before the hours, an estimate
/// or the `từ` of a range aside (`chờ khám trung bình từ 2 - 3 giờ`, `bình quân khoảng 6
/// giờ`): what is averaged is how long, no hour of the clock.
fn averaged(before: &str, after: &str) -> bool {
    // (The first bound of a span with its own end, `bình quân từ 13 - 15 giờ`, is read as the
    // span is.)
    if opens_a_span(after) {
        return false;
    }
    let head = before.trim_end_matches(crate::text::is_space);
    let from = previous_word(head)
        .filter(|w| same(w, "từ"))
        .and_then(|w| without_last(head, w.len()));
    let head = from.unwrap_or(head);
    let head = without_an_estimate(head.trim_end_matches(crate::text::is_space));
    // (An average opening the sentence before a span averages nothing named: `Trung bình từ 9
    // - 11 giờ là giờ cao điểm` says when; before hours alone it is how long, `Trung bình 5
    // giờ có một chuyến xe`.)
    ["trung bình", "bình quân"].iter().any(|a| {
        ends_with_phrase(head, a)
            && (from.is_none() || without_phrase(head, a).is_some_and(inside_a_sentence))
    })
}

/// Whether `after` the first bound of hours goes on to the bound that ends a span: a dash or
/// `đến`, `tới`, then digits (`9 - 16 giờ`, `8 giờ đến 10 giờ`).
fn opens_a_span(after: &str) -> bool {
    let (link, _) = space0_str(after);
    let dashed = link
        .strip_prefix(['-', '–'])
        .is_some_and(|r| space0_str(r).0.starts_with(|c: char| c.is_ascii_digit()));
    dashed
        || next_word(after).is_some_and(|(w, r)| {
            word_in(w, &["đến", "tới"]) && space0_str(r).0.starts_with(|c: char| c.is_ascii_digit())
        })
}

/// Whether a day follows hours (`ngày 5/3`, `hôm nay`, `sáng nay`): they are of that day.
fn a_day_after(after: &str) -> bool {
    // (`ngày` names a day with its number or `nay`, `mai`: `ngày 5/3`, `ngày mai`; `theo 8 giờ
    // ngày công` counts a working day's hours.)
    let a_named_day = |rest: &str| {
        let (spaced, _) = space0_str(rest);
        spaced.starts_with(|c: char| c.is_ascii_digit())
            || next_word(rest).is_some_and(|(w, _)| {
                word_in(w, &["nay", "mai", "kia", "hôm"]) || is_number_word(w)
            })
    };
    next_word(after).is_some_and(|(w, rest)| {
        same(w, "ngày") && a_named_day(rest)
            || word_in(w, &["hôm", "thứ", "mùng", "mồng"])
            || crate::date::day_part(w).is_some()
    })
}

/// Whether `before` ends with `mỗi`, `từng` or `cứ` and one noun in lower case that is no part
/// of the day, weekday or time of its own (`mỗi ca`, `từng buổi`): what the hours after it
/// are each one's.
fn each_one_before(before: &str) -> bool {
    let mut words = words_back(before);
    let (Some((noun, _)), Some((second, _))) = (words.next(), words.next()) else {
        return false;
    };
    let each = |w: &str| word_in(w, &["mỗi", "từng", "cứ"]);
    let of_a_time = |w: &str| {
        crate::date::day_part(w).is_some()
            || word_in(
                w,
                &["thứ", "chủ", "lúc", "khi", "năm", "tháng", "ngày", "hôm"],
            )
    };
    // (Words that place the hours are no noun: `mỗi người vào 8 giờ`.)
    let placing = |w: &str| word_in(w, &["đến", "tới", "vào", "trong", "sau", "trước"]);
    let a_noun = |w: &str| {
        w.starts_with(char::is_lowercase) && !of_a_time(w) && !is_number_word(w) && !placing(w)
    };
    // (A noun of one word or two: `mỗi ca`, `từng chuyên đề`.)
    if each(second) {
        return a_noun(noun);
    }
    let third = words.next().map(|(w, _)| w);
    third.is_some_and(each) && a_noun(second) && a_noun(noun)
}

/// Whether a word of [`DURATION_AFTER`] that is no verb opens `after` (`nữa`, `liền`, `tiếp`:
/// `12 giờ liền`), as `qua` and `tới` are (`qua đèo`, `tới nơi`).
pub(super) fn only_counts_after(after: &str) -> bool {
    const VERBS: &[&str] = &["qua", "tới", "sau", "trước", "một", "so"];
    next_word(after).is_some_and(|(w, _)| {
        word_set(&DURATION_AFTER_SET, DURATION_AFTER).contains(w) && !word_in(w, VERBS)
    })
}

/// Whether a word that makes hours a duration opens `after` (see [`DURATION_AFTER`]); `sau`
/// does not after a word that points at an hour of the clock (`đúng 17 giờ sau buổi họp`, `đến
/// 11 giờ sau đó`: at the hour, and then).
fn duration_word_after(before: &str, after: &str) -> bool {
    const AT: &[&str] = &["đúng", "đến", "tới", "vào"];
    next_word(after).is_some_and(|(w, rest)| {
        // (`tiếp` counts hours only as `tiếp theo` or `tiếp nữa`: `9g tiếp dân` receives
        // citizens at nine.)
        let going_on = || next_word(rest).is_some_and(|(n, _)| word_in(n, &["theo", "nữa"]));
        // (`tới` before a place's name is arriving there at the hour: `khoảng 10 giờ tới Huế`.)
        let arriving = || same(w, "tới") && next_word(rest).is_some_and(|(n, _)| is_capitalized(n));
        // (`liên` only as `liên tục`, `liên tiếp`: `11 giờ liên hoan` is a party at eleven.)
        let in_a_row = || next_word(rest).is_some_and(|(n, _)| word_in(n, &["tục", "tiếp"]));
        // (`4 giờ đầu`, `2 giờ cuối`: the first or the last hours of a span are counted; `8 giờ
        // đầu tuần` is the clock at the start of a week.)
        const OF_A_START: &[&str] = &[
            "tuần", "tháng", "năm", "giờ", "ngày", "buổi", "quý", "ca", "kỳ",
        ];
        // (`đầu óc`, the mind, is no first.)
        let first_or_last = word_in(w, &["đầu", "cuối"])
            && !next_word(rest).is_some_and(|(n, _)| word_in(n, OF_A_START) || same(n, "óc"));
        first_or_last
            || word_set(&DURATION_AFTER_SET, DURATION_AFTER).contains(w)
                && !(same(w, "sau") && previous_word(before).is_some_and(|p| word_in(p, AT)))
                && (!same(w, "tiếp") || going_on())
                && (!same(w, "liên") || in_a_row())
                && !arriving()
    })
}

/// Whether `before` ends in a qualifier that bounds an amount (`ít nhất`, `tối đa`, `không
/// quá`, `hơn`, `dưới`): hours so bounded are counted, a duration (`cách nhau ít nhất 4 giờ`,
/// `không quá 8 giờ`), where `khoảng 4 giờ` and `gần 4 giờ` may be the clock.
fn bound_before(before: &str) -> bool {
    let mut start = before.trim_end_matches(crate::text::is_space);
    // The qualifier phrases are of one to three words.
    for _ in 0..3 {
        let Some(word) = previous_word(start) else {
            return false;
        };
        let Some(head) = without_last(start, word.len()) else {
            return false;
        };
        start = head;
        let tail = &before[start.len()..];
        if let Ok((rest, (approx, _))) = approx_phrase(tail) {
            if rest.chars().all(crate::text::is_space) {
                return !matches!(approx, Approx::About | Approx::Nearly);
            }
        }
        start = start.trim_end_matches(crate::text::is_space);
    }
    false
}

/// The text after a qualifier or `từ` at the start of `input` (`khoảng 15 giờ` → `15 giờ`), or
/// all of it.
pub(super) fn after_qualifier(input: &str) -> &str {
    // Qualifiers and `từ` are words: digits have none before them.
    if input.starts_with(|c: char| c.is_ascii_digit()) {
        return input;
    }
    let rest = match approx_phrase(input) {
        Ok((rest, _)) => space0_str(rest).0,
        Err(_) => input,
    };
    match crate::text::keyword_rest(rest, "từ") {
        Some(after) => space0_str(after).0,
        None => rest,
    }
}

pub(super) static DURATION_AFTER_SET: OnceLock<WordSet> = OnceLock::new();

/// Whether the clause `before` ends in names what follows it a ratio (`Tỷ số giới tính khi
/// sinh năm 2024 là 111,4/100`, `tỉ lệ nam/nữ là 105/100`), or its sentence a fraction or a
/// calculation (see [`in_a_sentence_of_fractions`]): a ratio so named stands even where its
/// first term is the larger, as a bare fraction does not.
pub(super) fn named_a_ratio(before: &str) -> bool {
    in_a_sentence_of_fractions(before) && !clause_names_a_time(before)
        || clause_names_a_ratio(before)
}

/// The nouns of a ratio: the terms right after them (`tỷ lệ 1/2000`) or the clause they open
/// (`tỉ lệ nam/nữ là 105/100`) are its; so is the sight, measured out of ten (`thị lực mắt
/// phải 8/10`).
pub(super) const RATIO_NOUNS: &[&str] = &["tỷ số", "tỉ số", "tỷ lệ", "tỉ lệ", "thị lực"];

/// Whether the clause `before` ends in names a ratio (see [`named_a_ratio`]), and no point of
/// time before it.
fn clause_names_a_ratio(before: &str) -> bool {
    // (A clause of a few words: the noun and what it is of.)
    const REACH: usize = 120;
    let (clause, _) = clause_ending(before, REACH, |c| {
        matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '\n')
    });
    // (`Ngày công bố tỷ lệ chọi là 12/6`: a noun of time before the ratio's noun is what the
    // clause is about, and the `d/m` its day.)
    let mut of_time = false;
    for words in from_each_word(clause) {
        if crate::text::find_phrase(words, RATIO_NOUNS).is_some() {
            return !of_time;
        }
        of_time |= crate::text::find_phrase(words, OF_TIME).is_some();
    }
    false
}

/// Whether `head`, the text before a word, leaves the word inside a sentence: some text before
/// it, and no mark that ends a sentence or opens a list (`.`, `!`, `?`, `:`, a line break)
/// right before it, spaces aside. A word that opens a sentence is capitalized for that alone.
pub(super) fn inside_a_sentence(head: &str) -> bool {
    let head = head.trim_end_matches(crate::text::is_space);
    !head.is_empty() && !head.ends_with(['.', '!', '?', ':', '\n'])
}

/// Whether the sentence `before` ends in names the sight (`thị lực`), which is given out of ten
/// for each eye: `thị lực: mắt phải 10/10, mắt trái 9/10` are two ratios, no days of October.
fn sight_named_before(before: &str) -> bool {
    const REACH: usize = 120;
    let (sentence, _) = clause_ending(before, REACH, |c| matches!(c, '.' | '!' | '?' | '\n'));
    from_each_word(sentence).any(|words| crate::text::match_phrase(words, "thị lực").is_some())
}

/// Nouns of a point or a span of time: a clause they open is about when (`Ngày công bố …`,
/// `Hạn nộp bài … là 20/11`), and a `d/m` in it is a day.
const OF_TIME: &[&str] = &[
    "ngày",
    "thời điểm",
    "hạn",
    "thời hạn",
    "lịch",
    "thời gian",
    "hôm",
];

/// Whether the clause `before` ends in names a point or a span of time (see [`OF_TIME`]).
fn clause_names_a_time(before: &str) -> bool {
    const REACH: usize = 120;
    let (clause, _) = clause_ending(before, REACH, |c| {
        matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '\n')
    });
    from_each_word(clause).any(|words| crate::text::find_phrase(words, OF_TIME).is_some())
}

/// Whether the sentence `before` ends in names a fraction or a calculation (`phân số`, `phép
/// trừ`, `mẫu số`, `rút gọn`): arithmetic has no days, and every bare `d/m` in it is a ratio
/// (`Trong phép trừ 7/4 - 1/4, hiệu bằng 6/4`, `Phân số nào lớn hơn: 7/8 hay 8/9?`).
pub(super) fn in_a_sentence_of_fractions(before: &str) -> bool {
    // (A sentence of an exercise: a few clauses.)
    const REACH: usize = 200;
    const CALCULATIONS: &[&str] = &[
        "phân số",
        "phép tính",
        "phép cộng",
        "phép trừ",
        "phép nhân",
        "phép chia",
        "mẫu số",
        "tử số",
        "quy đồng",
        "rút gọn",
    ];
    let (sentence, _) = clause_ending(before, REACH, |c| matches!(c, '.' | '!' | '?' | '\n'));
    // (Looked for only at the words whose first two bytes may open one of them, composed or
    // decomposed: `ph`, `m` and `ẫ` or `a`, `t` and `ử` or `u`, `qu`, `r` and `ú` or `u`. Most
    // words are read no further.)
    let may_open = |words: &&str| match words.as_bytes() {
        [b'q' | b'Q', b'u' | b'U', b'y' | b'Y', ..] => true,
        // (`phân`, `phép`, `mẫu`, `tử`, `rút`: the vowel composed, or decomposed with its mark
        // after.)
        [b'p' | b'P', b'h' | b'H', rest @ ..] => {
            rest.starts_with(&[0xC3, 0xA2])
                || rest.starts_with(&[0xC3, 0xA9])
                || rest.starts_with(b"a\xCC")
                || rest.starts_with(b"e\xCC")
        }
        [b'm' | b'M', rest @ ..] => {
            rest.starts_with(&[0xE1, 0xBA, 0xAB]) || rest.starts_with(b"a\xCC")
        }
        [b't' | b'T', rest @ ..] => {
            rest.starts_with(&[0xE1, 0xBB, 0xAD]) || rest.starts_with(b"u\xCC")
        }
        [b'r' | b'R', rest @ ..] => rest.starts_with(&[0xC3, 0xBA]) || rest.starts_with(b"u\xCC"),
        _ => false,
    };
    from_each_word(sentence)
        .filter(may_open)
        .any(|words| crate::text::find_phrase(words, CALCULATIONS).is_some())
}

/// `text` from each of its words on: the whole, then the rest after each space.
pub(super) fn from_each_word(text: &str) -> impl Iterator<Item = &str> {
    let after_spaces = text
        .char_indices()
        .filter(|&(_, c)| crate::text::is_space(c))
        .map(|(at, c)| at.saturating_add(c.len_utf8()));
    std::iter::once(0)
        .chain(after_spaces)
        .filter_map(|at| text.get(at..))
}

/// Whether the digit at `rest` continues a list of weekdays opened by `thứ` and a number
/// (`các ngày thứ 2, 4, 6 hàng tuần`, `thứ 3 và 5`): a weekday too, with no date, no number.
pub(super) fn listed_after_a_weekday(before: &str, rest: &str) -> bool {
    // (A list of a few weekdays: looking further back would leave it.)
    const REACH: usize = 48;
    let weekday_digit = |t: &str| matches!(t.as_bytes(), [b'2'..=b'7']);
    let here = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !rest.get(..here).is_some_and(weekday_digit) {
        return false;
    }
    let (window, _) = clause_ending(before, REACH, |c| matches!(c, '.' | ';' | ':' | '(' | ')'));
    let mut tokens = window.split_whitespace().rev();
    // (The item before is linked to this one by a comma or a word of a list.)
    let linked = |t: &str| t.ends_with(',') || word_in(t, LIST_LINKS);
    if !tokens.clone().next().is_some_and(linked) {
        return false;
    }
    for token in tokens.by_ref() {
        let item = token.trim_end_matches(',');
        if item.is_empty() || word_in(item, LIST_LINKS) || weekday_digit(item) {
            continue;
        }
        return same(item, "thứ");
    }
    false
}

/// Words before a bare `d/m` that make it a label, not a day: `ngõ 12/3`, `số 15/8`, `size 8/12`.
pub(super) const LABEL_CUES: &[&str] = &["ngõ", "ngách", "hẻm", "kiệt", "số", "nhà", "size"];

/// Words before a bare `d/m` that may make it a fraction: `gần 1/4`, `tỷ lệ 1/3`, `là 2/3`.
pub(super) const FRACTION_CUES: &[&str] = &[
    "gần", "khoảng", "trên", "hơn", "dưới", "chiếm", "lệ", "đạt", "bằng", "được", "còn", "là",
    "xấp", "xỉ", "tầm", "chừng", "tới",
    // A mark given out of a whole (`chấm 8/10`).
    "chấm",
    // A round of a cup named by the share of the field left in it (`vòng 1/8`, the last
    // sixteen).
    "vòng",
];

/// Words before a bare `d.m` or `d-m` that make it a day: `vào 15.8`, `đến 2-10`.
pub(super) const DAY_CUES: &[&str] = &[
    "vào", "đến", "từ", "trước", "sau", "hôm", "ngày", "lúc",
    // A day as the South says it (`hôm bữa 3/9`, `bữa 20/11`).
    "bữa",
    // An occasion, a holiday and an anniversary fall on a day (`dịp 30-4`, `nghỉ lễ 2-9`,
    // `kỷ niệm 22-12`); so does a deadline (`hạn chót 30.4`).
    "dịp", "lễ", "niệm", "chót",
    // A market's or an exchange's session is held on a day (`phiên 20-3`, `Phiên 9/7`).
    "phiên",
];

/// Whether the day `raw` reads is one a break is for: a fixed holiday's (`Kỳ nghỉ 2-9`), or
/// the first of January, the solar New Year's day off, which the day alone names no holiday
/// (`Đợt nghỉ 1-1 tới`).
pub(super) fn a_break_is_for(raw: &RawDate) -> bool {
    raw.date.holiday.is_some()
        || crate::date::Holiday::TetDuongLich.solar_day() == Some((raw.date.month, raw.date.day))
}

/// Whether `before` ends with the noun of a break (`kỳ nghỉ`, `đợt nghỉ`, `lịch nghỉ`): a
/// fixed holiday's day after it is the day the break is for (`kỳ nghỉ 30-4 và 1-5`), where
/// the verb `nghỉ` takes a length (`nghỉ 2-3 năm sau khi sinh con`).
pub(super) fn a_break_before(before: &str) -> bool {
    let mut words = words_back(before);
    matches!(
        (words.next(), words.next()),
        (Some((nghi, _)), Some((noun, _)))
            if same(nghi, "nghỉ") && word_in(noun, &["kỳ", "đợt", "lịch", "dịp", "ngày", "tuần"])
    )
}

/// Whether a date read without its own cue is a day here, by the words before it.
pub(super) fn date_in_context(before: &str, raw: &RawDate) -> bool {
    if raw.cued {
        return true;
    }
    let previous = previous_word(before);
    let after_any = |cues: &[&str]| previous.is_some_and(|w| word_in(w, cues));
    match (raw.separator, raw.date.year) {
        (Some(_), Some(_)) => true,
        // After a word that may bring a fraction, a `d/m` is one only where it can be, its
        // first number the smaller (`là 2/3`; but `là 15/8` is a day), or where the clause
        // names a ratio.
        (Some('/'), None) => {
            // (A mark out of a whole, a label's colon aside: `Chấm điểm: 9/10`, `đánh giá 4/5`;
            // and a school grade out of twelve, the whole too: `học vấn: 9/12`, `12/12`.)
            let head = before.trim_end_matches(|c: char| crate::text::is_space(c) || c == ':');
            let marked = || {
                ["chấm điểm", "đánh giá"]
                    .iter()
                    .any(|m| ends_with_phrase(head, m))
            };
            // (And a mark on a scale of five or ten after a noun of degree: `độ khó 4/5`.)
            let degree = || [5, 10].contains(&raw.date.month) && after_a_noun_of_degree(head);
            let schooled = ends_with_phrase(head, "học vấn") && raw.date.day <= raw.date.month;
            // (`Chấm điểm: không gian 8/10, đồ ăn 9/10`: every mark of the sentence.)
            let marks = || {
                raw.date.day <= raw.date.month
                    && in_a_sentence_of_marks(before, u32::from(raw.date.month))
            };
            // (A ratio the clause names is one whichever term is the larger: `Tỉ lệ chọi là
            // 12/1`.)
            // (Full marks out of ten too, where they are reached: `thị lực đạt 10/10`, `được
            // chấm 10/10`; `Hạn chót là 10/10` is a day.)
            let full_marks =
                (raw.date.day, raw.date.month) == (10, 10) && after_any(&["đạt", "được", "chấm"]);
            let proper = raw.date.day < raw.date.month || full_marks;
            // (`là` after a noun of time sets a day equal to it, whichever term is the larger:
            // `Hạn nộp là 7/9`, where no ratio is named, `Tỷ lệ đúng hạn là 2/3`.)
            let a_time_that_is = || {
                after_any(&["là"]) && clause_names_a_time(before) && !clause_names_a_ratio(before)
            };
            // (`thành`, into, after a fraction named: `rút gọn phân số 10/15 thành 2/3`; a day
            // elsewhere, `khánh thành 2/9`.)
            // (And a proper one in a clause that names a ratio, a word or two after its noun:
            // `thị lực mắt phải 8/10`; `tỷ lệ tiêm đến 8/10` is a day.)
            let fraction = (after_any(FRACTION_CUES) && !a_time_that_is() || marked() || degree())
                && proper
                || proper && !after_any(DAY_CUES) && clause_names_a_ratio(before)
                || raw.date.month == 10 && !after_any(DAY_CUES) && sight_named_before(before)
                || marks()
                || (after_any(FRACTION_CUES) || after_any(&["thành"]))
                    && clause_names_a_ratio(before)
                || schooled
                || in_a_sentence_of_fractions(before)
                    && !after_any(DAY_CUES)
                    && !clause_names_a_time(before);
            let rate = full_cycle_rate(raw) && !after_any(DAY_CUES);
            !after_any(LABEL_CUES) && !fraction && !rate
        }
        (Some(_), None) => {
            after_any(DAY_CUES)
                || double_day_of_a_sale(before, raw)
                || a_break_before(before) && a_break_is_for(raw)
                || holiday_named_before(before, raw)
                || observance_named_before(before)
        }
        (None, _) => true,
    }
}

/// Whether `head` ends with a noun of degree, `độ` and the quality it measures in a word or
/// two (`độ khó`, `độ cay`, `mức độ hài lòng`): what is marked out of a whole (`độ khó 4/5`),
/// where `độ` alone is a unit (`nhiệt độ`, `20 độ`).
fn after_a_noun_of_degree(head: &str) -> bool {
    let mut words = words_back(head).map(|(w, _)| w);
    let first = words.next();
    first.is_some_and(|w| !same(w, "độ")) && words.take(2).any(|w| same(w, "độ"))
}

/// Whether the day here, after `sale`, is its month's number twice (`Flash sale 12.12`, `Siêu
/// sale 11.11`): a sale named by its day, which is that day, whatever follows.
pub(super) fn double_day_of_a_sale(before: &str, raw: &RawDate) -> bool {
    raw.date.day == raw.date.month && raw.date.year.is_none() && after_a_sale(before)
}

/// Whether `before` ends with `sale` (see [`double_day_of_a_sale`]): asked first where no day
/// is read yet, as most places follow no sale.
pub(super) fn after_a_sale(before: &str) -> bool {
    previous_word(before).is_some_and(|w| same(w, "sale"))
}

/// Whether the sentence `before` ends in is a list of marks given (`Chấm điểm: không gian 8/10,
/// đồ ăn 9/10`, `Đánh giá: giao hàng 5/5, đóng gói 4/5`) and the `d/m` there a mark out of a
/// whole marks are given out of (5, 10): each is a mark, no day.
pub(super) fn in_a_sentence_of_marks(before: &str, whole: u32) -> bool {
    const REACH: usize = 200;
    if ![5, 10].contains(&whole) {
        return false;
    }
    let (sentence, _) = clause_ending(before, REACH, |c| matches!(c, '.' | '!' | '?' | '\n'));
    // (The list opens with the phrase and a colon, `Chấm điểm:`, `Đánh giá:`; `Đánh giá cao lễ
    // khai mạc 9/10` praises what was on a day.)
    let word_starts = sentence.char_indices().filter(|&(i, c)| {
        crate::text::is_word_char(c)
            && !sentence
                .get(..i)
                .unwrap_or_default()
                .ends_with(crate::text::is_word_char)
    });
    word_starts
        .filter_map(|(i, _)| sentence.get(i..))
        .any(|rest| {
            crate::text::find_phrase(rest, &["chấm điểm", "đánh giá"])
                .and_then(|(_, len)| rest.get(len..))
                .is_some_and(|after| {
                    after
                        .trim_start_matches(crate::text::is_space)
                        .starts_with(':')
                })
        })
}

/// The whole of a day in hours and of a week in days.
const FULL_CYCLES: [u8; 2] = [24, 7];

/// A bare `d/m` that is a whole cycle of time over the days of a week (`24/7`, round the clock,
/// and `7/7`, every day: `phục vụ 24/7`, `mở cửa 7/7`) is a rate of service, a ratio as `24/24`
/// is, not a day; with a cue (`ngày 24/7`, `vào 7/7`) it is the day.
fn full_cycle_rate(raw: &RawDate) -> bool {
    is_full_cycle_rate(u32::from(raw.date.day), u32::from(raw.date.month))
}

/// Whether `a/b` is a whole cycle of time over the days of a week (see [`full_cycle_rate`]).
pub(super) fn is_full_cycle_rate(a: u32, b: u32) -> bool {
    u8::try_from(a).is_ok_and(|a| FULL_CYCLES.contains(&a)) && b == 7
}

/// Whether a date at `rest` is part of a name (see [`date_in_a_name`]), and no holiday's day.
pub(super) fn named_date_at(before: &str, rest: &str) -> bool {
    // A day named as a holiday (`Chợ hoa Tết Bính Ngọ`, `rằm tháng Giêng`) is the day itself,
    // not a name's date.
    let by_name = split_word(rest).is_some_and(|(w, _)| same(w, "tết") || same(w, "rằm"));
    // A day opened by its cue in lower case (`Anh mất ngày 12 tháng 3`) is said in a sentence,
    // where a name writes its date bare or in title case (`Ngày 30 Tháng 4`).
    let cue_in_lower_case = split_word(rest)
        .is_some_and(|(w, _)| word_in(w, &["ngày", "hôm", "mùng", "mồng"]) && !is_capitalized(w));
    // (A festival named right before its own day is that day: `Tết Trung thu 15 tháng 8`.)
    let festival_day = |raw: &RawDate| {
        festival_named_before(before)
            .is_some_and(|(_, m, d)| (m, d) == (raw.date.month, raw.date.day))
    };
    kept_raw_date(rest).is_some_and(|(_, raw)| {
        !by_name
            && !cue_in_lower_case
            && date_in_a_name(
                before,
                raw.separator.is_none(),
                raw.date.year.is_some(),
                false,
            )
            && !holiday_named_before(before, &raw)
            && !festival_day(&raw)
    })
}

/// Whether the month at `pos` (`tháng 4`, `Tháng Tám`) is part of a name: written as one after
/// the head of a name or a place noun (`Cách mạng Tháng Tám`), or the month of a date in a name
/// (`Đại lộ 30 Tháng 4`).
pub(super) fn month_in_a_name(text: &str, pos: usize) -> bool {
    let (before, rest) = text.split_at(pos);
    let titled = split_word(rest).is_some_and(|(w, _)| is_capitalized(w));
    // (A month with its year is a time after a name's head (`Doanh số tháng Mười một năm
    // 2023`), but not in the name of a place: `đường Cách Mạng Tháng Tám năm 2020`.)
    let trimmed = before.trim_end_matches(crate::text::is_space);
    let has_year = || {
        !opened_by_a_place(trimmed)
            && crate::period::month(rest).is_ok_and(|(_, m)| m.year().is_some())
    };
    written_as_a_name(rest) && date_in_a_name(before, true, has_year(), titled)
        || month_of_named_date(text, pos)
}

/// Whether the number at `pos` is the month of a month or date in a name (`4` in `Đại lộ 30
/// Tháng 4`): it is read with it, as nothing.
pub(super) fn number_of_month_in_a_name(text: &str, pos: usize) -> bool {
    let before = text[..pos].trim_end_matches(crate::text::is_space);
    previous_word(before)
        .filter(|w| same(w, "tháng") && before.len() < pos)
        .is_some_and(|w| {
            let start = before.len().checked_sub(w.len());
            start.is_some_and(|at| month_in_a_name(text, at))
        })
}

/// Whether the month at `pos` (`tháng 4`) follows its day in a date that is part of a name
/// (`30` in `Đại lộ 30 Tháng 4`).
pub(super) fn month_of_named_date(text: &str, pos: usize) -> bool {
    let before = text[..pos].trim_end_matches(crate::text::is_space);
    let day = before.trim_end_matches(|c: char| c.is_ascii_digit());
    let Some(digits) = before.len().checked_sub(day.len()) else {
        return false;
    };
    (1..=2).contains(&digits) && before.len() < pos && named_date_at(day, &text[day.len()..])
}

/// Public places that take a name as streets do, and so may be named by a date (`Quảng
/// trường 26 tháng 3`, `cầu 2 tháng 9`, `chợ 19 tháng 5`, `trường 19/5`); the streets are the
/// address module's street words.
const PLACES_NAMED_LIKE_STREETS: &[&str] = &["trường", "cầu", "chợ", "kênh"];

/// Public places of two words that take a date as their name (`Công viên 29 tháng 3`,
/// `Bệnh viện 30 tháng 4`, `Quảng trường 2 tháng 9`), whose last word alone is another's too
/// (`nhân viên`, `học viện`).
const PLACES_OF_TWO_WORDS: &[&str] = &[
    "nhà máy",
    "xí nghiệp",
    "công viên",
    "bệnh viện",
    "quảng trường",
    "sân vận động",
    "nhà văn hóa",
    "bến xe",
];

/// Whether `text`, whose last word is `word`, ends with the noun of a street or a public
/// place, of one word or two (`đường`, `chợ`, `Nhà máy`, `Công viên`).
fn ends_with_a_place_noun(text: &str, word: &str) -> bool {
    is_place_noun(word)
        || PLACES_OF_TWO_WORDS
            .iter()
            .any(|p| ends_with_phrase(text, p))
}

/// Whether `word` is the (last) word of a noun of a street or public place: `đường`, `phố`,
/// `hẻm`, `lộ` (of `đại lộ`), `chợ`, `cầu`, `trường`.
pub(super) fn is_place_noun(word: &str) -> bool {
    word_in(word, PLACES_NAMED_LIKE_STREETS) || is_street_noun(word)
}

/// Whether `word` is the (last) word of a way of addresses (see [`crate::address::WAYS`]):
/// `đường`, `phố`, `hẻm`, `lộ`, `ngõ`.
///
/// The last words are folded into a set once: this is asked of every count's noun.
pub(super) fn is_street_noun(word: &str) -> bool {
    static STREET_NOUNS: OnceLock<WordSet> = OnceLock::new();
    STREET_NOUNS
        .get_or_init(|| {
            crate::address::WAYS
                .iter()
                .filter_map(|street| street.rsplit(' ').next())
                .collect()
        })
        .contains(word)
}

/// A date (or a month) is part of a name, not a day, when it follows the noun of a street or
/// public place (`đường 30 tháng 4`, `chợ 19/5`, `Đại lộ 30 Tháng 4`), or, written with
/// `tháng` and no year, when it follows the head of a name: a capitalized word and one in lower
/// case (`Cách mạng Tháng Tám`, `Nhà hát Tháng Tám`) that are no words of time or cues of a
/// date (`Sáng nay 25 tháng 3`, `Hôm qua 2 tháng 10`). A capitalized word alone may be a
/// sentence's first word or a name the date follows (`Hà Nội 15 tháng 3`, `Bác 19 tháng 5`),
/// and a name opened by `Ngày` names that day (`Ngày Quốc tế Phụ nữ 8 tháng 3`): neither makes
/// the date a name. A holiday's own day (`Quốc khánh 2/9`) is left to the date reader.
///
/// A month written capitalized itself (`Tháng Tám`) is part of a name of capitalized words
/// too: `đường Cách Mạng Tháng Tám`.
pub(super) fn date_in_a_name(before: &str, with_thang: bool, has_year: bool, titled: bool) -> bool {
    let trimmed = before.trim_end_matches(crate::text::is_space);
    let Some(word) = previous_word(trimmed).filter(|_| trimmed.len() < before.len()) else {
        return false;
    };
    if ends_with_a_place_noun(trimmed, word) {
        return true;
    }
    if with_thang && !has_year && is_capitalized(word) && opened_by_a_place(trimmed) {
        return true;
    }
    if !with_thang || has_year || is_capitalized(word) && !titled {
        return false;
    }
    let Some(before_word) = without_last(trimmed, word.len()) else {
        return false;
    };
    let head_end = before_word.trim_end_matches(crate::text::is_space);
    let spaced = head_end.len() < before_word.len();
    let Some(head) = previous_word(head_end).filter(|h| spaced && is_title_case(h)) else {
        return false;
    };
    let time_word = |w: &str| {
        word_in(w, DAY_CUES)
            || crate::date::day_part(w).is_some()
            || approx_phrase(w).is_ok()
            || word_in(
                w,
                &["tháng", "năm", "rằm", "mùng", "mồng", "tết", "thứ", "chủ"],
            )
    };
    // `Ngày Quốc tế Phụ nữ 8 tháng 3`: a few words back, the name opens with `Ngày`.
    let Some(mut rest) = without_last(head_end, head.len()) else {
        return false;
    };
    // (The first word of a sentence is capitalized whatever it is: `Khai trương 15 tháng 3`
    // opens a sentence with a verb; a name there writes its month so, `Cách mạng Tháng Tám`.)
    if opens_a_sentence(rest) && !titled {
        return false;
    }
    let mut names_a_day = false;
    for _ in 0..4 {
        let Some(w) = previous_word(rest) else { break };
        // No capital at all, rather than all lower case: a combining mark (NFD) is neither.
        if !is_capitalized(w) && w.chars().any(char::is_uppercase) {
            break;
        }
        names_a_day |= is_capitalized(w) && same(w, "ngày");
        let t = rest.trim_end_matches(crate::text::is_space);
        let Some(head) = without_last(t, w.len()) else {
            break;
        };
        rest = head;
    }
    !(time_word(head) || time_word(word) || names_a_day)
}

/// Whether `before` ends in a proper name opened by the noun of a place that takes names as
/// streets do: capitalized words (acronyms too) back to a place noun, such as `Trường THPT
/// Chuyên`, `chợ Đêm` or `Nhà máy Dệt`, which a date written next names a place after (`Trường THPT Chuyên 19
/// tháng 5`, `cầu Sắt 2 tháng 9`). At most four words back.
fn opened_by_a_place(before: &str) -> bool {
    let mut rest = before;
    for _ in 0..4 {
        let Some(word) = previous_word(rest) else {
            return false;
        };
        let trimmed = rest.trim_end_matches(crate::text::is_space);
        if ends_with_a_place_noun(trimmed, word) {
            return true;
        }
        if !is_capitalized(word) {
            return false;
        }
        let Some(head) = without_last(trimmed, word.len()) else {
            return false;
        };
        rest = head;
        // Words of one name are spaced, never joined by punctuation.
        if !rest.ends_with(crate::text::is_space) {
            return false;
        }
    }
    false
}

/// Words of plurality before a type word: `các tỉnh`, `nhiều xã`.
pub(super) const PLURALS: &[&str] = &[
    "các", "nhiều", "những", "mọi", "hai", "ba", "bốn", "năm", "vài",
];

/// Adjectives that make `hơn` after them a comparison (`cao hơn 2 điểm`), not a qualifier.
pub(super) const COMPARATIVES: &[&str] = &[
    "cao", "thấp", "rẻ", "đắt", "tốt", "xấu", "nhiều", "ít", "lớn", "nhỏ", "nhanh", "chậm", "mạnh",
    "yếu", "dài", "ngắn", "sớm", "muộn", "trễ", "nặng", "nhẹ", "rộng", "hẹp", "sâu", "nóng",
    "lạnh", "xa", "gần", "đông", "già", "trẻ", "kém",
];

/// Whether `rest` begins with `hơn` after a comparative adjective.
pub(super) fn is_comparative(before: &str, rest: &str) -> bool {
    crate::text::match_phrase(rest, "hơn").is_some()
        && previous_word(before).is_some_and(|w| word_in(w, COMPARATIVES))
}

/// Whether `năm` ends `before` after a learner or a verb of studying, with a number of one
/// digit at `digits`: the year of study, a label, which counts no noun after it (`sinh viên
/// năm 3 ngành Luật`, `Em học năm 4 đại học`); a year counted by its number stays so (`mỗi
/// năm 3 lần`, `sinh viên 4 năm học`).
pub(super) fn year_of_study(before: &str, digits: &str) -> bool {
    const LEARNERS: &[&str] = &["sinh viên", "học viên", "nghiên cứu sinh", "học"];
    let one_digit = digits.bytes().take_while(u8::is_ascii_digit).count() == 1
        && digits.starts_with(['1', '2', '3', '4', '5', '6', '7']);
    if !one_digit {
        return false;
    }
    let Some((_, head)) = words_back(before).next().filter(|(w, _)| same(w, "năm")) else {
        return false;
    };
    LEARNERS
        .iter()
        .any(|learner| ends_with_phrase(head, learner))
}

/// Whether the qualifier opening `rest`, where `value` was read up to `after`, has another
/// sense than a bound there, so that the amount is read from its digits: the excess over a
/// plan (see [`excess_over_a_plan`]), `ngoài` for "besides" (see [`besides_at_a_clauses_head`])
/// or a side of a place (see [`a_side_of_a_place`]).
pub(super) fn qualifier_of_another_sense(
    before: &str,
    rest: &str,
    value: &Value,
    after: &str,
) -> bool {
    let approx = approx_of(value);
    if !matches!(approx, Some(Approx::Over | Approx::Under)) {
        return false;
    }
    // (The qualifier's words, looked up once.)
    let Ok((_, (_, phrase))) = approx_phrase(rest) else {
        return false;
    };
    let over = approx == Some(Approx::Over);
    match phrase {
        "vượt" => over && excess_over_a_plan(after),
        "ngoài" => over && besides_at_a_clauses_head(before, after),
        "trên" | "dưới" => a_side_of_a_place(before),
        _ => false,
    }
}

/// Whether `trên` or `dưới` after `before` is a side of a place, after `phía` or `bên` (`Phía
/// dưới 3 tầng hầm là bãi xe`, `Bên trên 2 tầng là sân thượng`): above or below the things
/// counted, no bound of the count. (Not after `ở`, to stay, as often: `ai ở dưới 15 ngày`.)
fn a_side_of_a_place(before: &str) -> bool {
    previous_word(before).is_some_and(|w| word_in(w, &["phía", "bên"]))
}

/// Whether `before` ends where a clause opens: the text's start, or a mark of a sentence, a
/// clause, a bracket or a dash.
pub(super) fn opens_a_clause(before: &str) -> bool {
    let head = before.trim_end_matches(crate::text::is_space);
    head.is_empty() || head.ends_with(['.', ',', ';', ':', '!', '?', '\n', '(', '-', '–'])
}

/// The qualifier read with an amount, money or a count.
fn approx_of(value: &Value) -> Option<Approx> {
    match value {
        Value::Money(m) => m.approx,
        Value::Percent(p) => p.approx,
        Value::Quantity(q) => q.approx,
        Value::Number { approx, .. } => *approx,
        _ => None,
    }
}

/// Whether `ngoài` opening a clause after `before`, before an amount that `after` follows,
/// means "besides", not "over": the clause
/// ends at a comma a few words on and goes on past the amount before it, or what else there
/// is follows with `còn`, `cũng` or `thêm` (`Ngoài 2 triệu đồng tiền mặt, anh còn mất điện
/// thoại`, `Ngoài 3 người bị thương, còn 2 người mất tích`, `Ngoài 10% cổ tức, công ty cũng
/// …`, `Ngoài 10 triệu đồng gia đình còn được tặng nhà`); `Ngoài 60 tuổi, ông vẫn khỏe` and
/// `người ngoài 60 tuổi` are over.
fn besides_at_a_clauses_head(before: &str, after: &str) -> bool {
    const CLAUSE_WORDS: usize = 10;
    // (What else there is, said in the next clause or with no comma between.)
    const WHAT_ELSE: &[&str] = &["còn", "cũng", "thêm"];
    if !opens_a_clause(before) {
        return false;
    }
    // (A few words on only, so that a text of such clauses stays linear; and the sentence ends
    // the look, `Ngoài 60 tuổi. Ông còn khỏe` is over.)
    let reach = after
        .char_indices()
        .nth(CLAUSE_WORDS.saturating_mul(12))
        .map_or(after.len(), |(i, _)| i);
    let near = after.get(..reach).unwrap_or_default();
    let near = near
        .split(['.', ';', '!', '?', '\n'])
        .next()
        .unwrap_or_default();
    let said_else = |text: &str, words: &[&str]| {
        text.split_whitespace()
            .take(CLAUSE_WORDS)
            .any(|w| word_in(w.trim_matches(|c: char| !c.is_alphabetic()), words))
    };
    // (With no comma, what else there is is said on: `Ngoài 10 triệu đồng gia đình còn được
    // tặng nhà`; not `thêm`, which adds to what is beyond, `ngoài 3km tính thêm 5k/km`.)
    let Some(comma) = near.find(',') else {
        return said_else(near, &["còn", "cũng"]);
    };
    let (clause, next) = near.split_at(comma);
    clause.split_whitespace().next().is_some() || said_else(next, WHAT_ELSE)
}

/// Whether `vượt` before an amount that a comparison follows makes the amount the excess over
/// a plan or a past, exactly as much, no approximation, as `vượt 20% so với kế hoạch` is
/// (`vượt 1.200 tỷ đồng so với dự toán`, `vượt 300 tấn so cùng kỳ`, `vượt 700 tỷ đồng (so với
/// dự toán)`). `rest` follows the amount read after `vượt`; a unit its reader left may stand
/// before the comparison. The amount is then read from its digits. A price by its unit is a
/// level crossed, and a comparison after a comma opens the next clause.
fn excess_over_a_plan(rest: &str) -> bool {
    // (A price by its unit is a level crossed, `Giá xăng vượt 25.000 đồng/lít so với hôm qua`.)
    if crate::money::per_clause(rest).is_some() {
        return false;
    }
    let after = crate::quantity::unit_after(crate::quantity::Units::shared(), rest)
        .map_or(rest, |(_, after)| after);
    // (Not a comparison after a comma, which opens the next clause: `vượt 1.000 tỷ đồng, so
    // với năm 2023 tăng 15%`.)
    let after = after.trim_start_matches(|c: char| crate::text::is_space(c) || c == '(');
    const COMPARED: &[&str] = &["so với", "so cùng kỳ", "so cùng kì", "so kế hoạch"];
    let compared = |at: &str| {
        crate::text::find_phrase(at, COMPARED)
            .is_some_and(|(_, len)| !compared_with_a_figure(at.get(len..).unwrap_or_default()))
    };
    // (Or one word on, what a shorter unit left of a longer one: `vượt 40 độ C so với`.)
    let one_word_on = || {
        split_word(after)
            .is_some_and(|(_, r)| compared(r.trim_start_matches(crate::text::is_space)))
    };
    compared(after) || one_word_on()
}

/// Whether a figure follows a comparison (`so với …`) closely, an amount with a scale, a
/// unit or a currency after it, or grouped or decimal (`so với mức 23.000 đồng`, `so với 96,2
/// triệu người`, `so với mức cũ 4,68 triệu`): `vượt` before it is a threshold crossed, above
/// that figure, no excess over a plan (`so với dự toán`, `so với cùng kỳ năm 2023`, `so với
/// báo động 3`, `so với dự toán và vượt 800 tỷ`).
fn compared_with_a_figure(after: &str) -> bool {
    let mut rest = after;
    // (Two words at most before it, `mức cũ`; none past a link, `và`.)
    for _ in 0..3 {
        rest = rest.trim_start_matches(crate::text::is_space);
        if rest.starts_with(|c: char| c.is_ascii_digit()) {
            return crate::number::amount(rest).is_ok_and(|(after, a)| {
                let written = rest
                    .get(..rest.len().saturating_sub(after.len()))
                    .unwrap_or_default();
                a.scaled
                    || written.contains(['.', ','])
                    || crate::money::currency_after(after).is_some()
                    || crate::quantity::unit_after(crate::quantity::Units::shared(), after)
                        .is_some()
            });
        }
        match split_word(rest) {
            Some((word, after)) if !crate::text::same_word(word, "và") => rest = after,
            _ => return false,
        }
    }
    false
}

/// Whether the type word at `pos` ends a longer type word begun before it: `xã` in `thị xã`
/// (that reading failed, and this one must not stand in for it).
pub(super) fn ends_longer_type(text: &str, pos: usize) -> bool {
    let before = &text[..pos];
    let Some(word) = previous_word(before) else {
        return false;
    };
    let Some(start) = before
        .trim_end_matches(crate::text::is_space)
        .len()
        .checked_sub(word.len())
    else {
        return false;
    };
    crate::admin::type_word_len(&text[start..])
        .is_some_and(|len| start.checked_add(len).is_some_and(|end| end > pos))
}

/// Words with a type word of an administrative unit in them (nouns such as `nông thôn`, `xã
/// hội`, verbs such as `tỉnh dậy`): there the type word names no unit, whether the word ends
/// with it (`đất ở tại nông thôn 80 m²`, `hợp tác xã Nông nghiệp`) or begins with it before a
/// name in lower case (`xã hội an toàn` is no `xã Hội An`).
const NOUNS_WITH_A_TYPE_WORD: &[&str] = &[
    "nông thôn",
    "hợp tác xã",
    // A news agency (`Thông tấn xã Việt Nam`).
    "thông tấn xã",
    "tri huyện",
    "thức tỉnh",
    "bừng tỉnh",
    "xã hội",
    "xã viên",
    "xã luận",
    "xã tắc",
    "thôn quê",
    "thôn xóm",
    "thôn nữ",
    "tỉnh táo",
    "tỉnh ngộ",
    "tỉnh giấc",
    "tỉnh dậy",
    "quận chúa",
    "quận công",
    // A commune of a revolution, or of the people (`Công xã Paris`, `công xã nhân dân`).
    "công xã",
    "huyện lỵ",
    "phường chèo",
    "ấp ủ",
    // An incubator, for eggs or for a baby born early (`nuôi trong lồng ấp 45 ngày`).
    "lồng ấp",
    "máy ấp",
    "ấp trứng",
];

/// Whether the type word at the start of `rest` is part of a common noun (see
/// [`NOUNS_WITH_A_TYPE_WORD`]): the noun ends with it after the words in `before`, or opens
/// with it before a word in lower case.
pub(super) fn type_word_in_a_noun(before: &str, rest: &str) -> bool {
    let Some((word, after)) = split_word(rest) else {
        return false;
    };
    // (Asked of every unit read: each word around the type word is folded once, and the table
    // is read only where one of them is a neighbour a type word has in it.)
    static NEIGHBOURS: OnceLock<WordSet> = OnceLock::new();
    let neighbours = NEIGHBOURS.get_or_init(|| {
        NOUNS_WITH_A_TYPE_WORD
            .iter()
            .flat_map(|noun| noun.split(' '))
            .collect()
    });
    let previous_written = previous_word(before);
    let previous = previous_written
        .map(crate::text::Folded::new)
        .filter(|w| neighbours.contains_folded(w));
    // (A noun of two syllables opened by a capital is a name's head whatever name follows:
    // `Công xã Paris` is no `xã Paris`.)
    let titled_noun = previous_written.is_some_and(is_title_case);
    let next = next_word(after).map(|(w, _)| w);
    // Before a capitalized name the type word is the unit's, where one syllable before it
    // might end another word (`chính thức tỉnh Lâm Đồng`, `khuyến nông thôn Đông`); a longer
    // word is one whatever follows (`hợp tác xã Nông nghiệp`).
    let name_after = next.is_some_and(is_capitalized);
    let next = next
        .filter(|w| !is_capitalized(w))
        .map(crate::text::Folded::new)
        .filter(|w| neighbours.contains_folded(w));
    if previous.is_none() && next.is_none() {
        return false;
    }
    let word = crate::text::Folded::new(word);
    NOUNS_WITH_A_TYPE_WORD.iter().any(|noun| {
        let closes = noun.rsplit_once(' ').is_some_and(|(head, last)| {
            let (longer, second_last) = match head.rsplit_once(' ') {
                Some((_, w)) => (true, w),
                None => (false, head),
            };
            word.matches(last)
                && previous.as_ref().is_some_and(|p| p.matches(second_last))
                && (longer && ends_with_words(before, head.rsplit(' '))
                    || !longer && (!name_after || titled_noun))
        });
        let opens = noun.split_once(' ').is_some_and(|(first, second)| {
            word.matches(first) && next.as_ref().is_some_and(|n| n.matches(second))
        });
        closes || opens
    })
}

/// Whether an administrative unit read here is one the contract annotates: of the village
/// types only `thôn`, `ấp` and `khu phố` (`làng`, `bản`, `tổ` are too often common words).
pub(super) fn admin_in_context(unit: &AdminUnit) -> bool {
    unit.level != crate::admin::AdminLevel::Village
        || matches!(
            unit.kind,
            AdminType::Thon | AdminType::Ap | AdminType::KhuPho | AdminType::ToDanPho
        )
}

/// Words before `năm` that make it "the year", not "five": `cuối năm`, `mỗi năm`, `là năm`.
pub(super) const YEAR_WORDS: &[&str] = &[
    "cuối", "đầu", "giữa", "là", "mỗi", "trong", "của", "các", "hàng", "những", "sang", "qua",
    "vào", "năm", "nhiều", "cả", "một", "hai", "ba", "bốn", "này", "từ",
];
pub(super) static YEAR_WORDS_SET: OnceLock<WordSet> = OnceLock::new();

/// `6 - 8 tháng Giêng`, `15 tháng 3`: days of a month, not a number of months; but not where
/// the month's digits go on as a sum (`12 tháng 1.080.000đ`, see [`in_a_grouped_number`]).
pub(super) fn is_day_of_month(q: &Quantity, after: &str) -> bool {
    q.unit == "tháng"
        && space1(after)
            .ok()
            .and_then(|(r, _)| crate::date::month_ref(r))
            .is_some_and(|(_, _, rest)| {
                !rest.starts_with(|c: char| c.is_alphanumeric())
                    && !in_a_grouped_number(rest)
                    && !the_months_number_counts_on(rest)
            })
}

/// Whether the number after `tháng` opens a count of its own, so that the months before it
/// are a length and no day of a month is read: a shorter time (`2 tháng 10 ngày`, `1 tháng 2
/// tuần`), the times something happens in the months (`6 tháng 1 lần`, once in six months;
/// `trả góp 3 tháng 1 kỳ`), or the first of two numbers an exchange sets against each other
/// (`bảo hành 12 tháng 1 đổi 1`). `rest` is the text after that number.
pub(super) fn the_months_number_counts_on(rest: &str) -> bool {
    // (Not `hôm`, `đêm`: `30 tháng 6 hôm nay`, `2 tháng 9 đêm ấy` name the day.)
    const SHORTER: &[&str] = &["ngày", "tuần", "giờ", "tiếng", "phút"];
    // (`30 tháng 4 lần thứ 50`: `lần thứ` opens a rank, said of the day, as `lần này` names
    // one time; `đợt 2`, `kỳ II` number a round of something on the day.)
    const TIMES: &[&str] = &["lần", "kỳ", "đợt"];
    // (`1 đổi 1`: one given for one taken back.)
    const EXCHANGES: &[&str] = &["đổi"];
    // (`2 tháng 9 lần này`, `20 tháng 10 lần đầu tiên`: this time, the first time, said of
    // the day.)
    const WHICH: &[&str] = &[
        "này", "đầu", "cuối", "trước", "sau", "tới", "kế", "nữa", "ấy", "đó", "nọ", "thứ",
    ];
    let Some((word, after)) = next_word(rest) else {
        return false;
    };
    let one_is_named = || next_word(after).is_some_and(|(w, _)| word_in(w, WHICH));
    let a_number_follows = || {
        space0_str(after)
            .0
            .starts_with(|c: char| c.is_ascii_digit())
    };
    let a_roman_follows =
        || next_word(after).is_some_and(|(w, _)| w.chars().all(|c| matches!(c, 'I' | 'V' | 'X')));
    let numbered = || one_is_named() || a_number_follows() || a_roman_follows();
    word_in(word, SHORTER)
        || word_in(word, TIMES) && !numbered()
        || word_in(word, EXCHANGES) && a_number_follows()
}

/// Whether the digits read before `after` go on as a number grouped by thousands, a dot and
/// three digits (`tháng 1.200.000 đồng`, `lương tháng 1.500 USD`, `gói 12 tháng 1.080.000đ`):
/// they are that number's, no month's or day's; a year after a dot has four (`tháng 12.2024`).
pub(super) fn in_a_grouped_number(after: &str) -> bool {
    after.strip_prefix('.').is_some_and(|group| {
        let digits = group.bytes().take_while(u8::is_ascii_digit).count();
        digits == 3
    })
}

/// A capitalized word that is not all capitals: `Bốn`, not `BỐN`.
pub(super) fn is_title_case(word: &str) -> bool {
    is_capitalized(word) && word.chars().skip(1).any(char::is_lowercase)
}

/// Whether the first word of `unit`, as written in `rest`, is capitalized.
pub(super) fn unit_capitalized(rest: &str, unit: &str) -> bool {
    let unit_word = unit.split(' ').next().unwrap_or_default();
    let mut remaining = rest;
    while let Some((word, after)) = split_word(remaining.trim_start_matches(crate::text::is_space))
    {
        if same(word, unit_word) {
            return is_capitalized(word);
        }
        remaining = after;
    }
    false
}

pub(super) fn same(a: &str, b: &str) -> bool {
    crate::text::same_word(a, b)
}

/// The word just before `before`'s end (spaces skipped), if the text ends with one.
pub(super) fn previous_word(before: &str) -> Option<&str> {
    let trimmed = before.trim_end_matches(crate::text::is_space);
    // Most often asked after a digit, a sign or punctuation: no word ends there.
    if trimmed
        .as_bytes()
        .last()
        .is_none_or(|b| b.is_ascii() && !b.is_ascii_alphabetic())
    {
        return None;
    }
    let start = trimmed
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(Some(0), |(i, c)| i.checked_add(c.len_utf8()))?;
    let word = &trimmed[start..];
    (!word.is_empty()).then_some(word)
}

/// The word after the spaces `after` opens with, and the text after that word (`after` is the
/// text right after a word or number: `next_word(" giờ tới")` is `giờ`).
pub(super) fn next_word(after: &str) -> Option<(&str, &str)> {
    space1(after).ok().and_then(|(r, _)| split_word(r))
}

/// The words `text` ends with, the last first, each with the text before it (its spaces
/// trimmed): the walk back over a clause that rules of context take, word by word as written
/// (in any form, NFC or NFD), ending at the first mark or digit.
pub(super) fn words_back(text: &str) -> impl Iterator<Item = (&str, &str)> {
    let mut rest = Some(text.trim_end_matches(crate::text::is_space));
    std::iter::from_fn(move || {
        let head = rest?;
        let word = previous_word(head)?;
        let before = without_last(head, word.len())?.trim_end_matches(crate::text::is_space);
        rest = Some(before);
        Some((word, before))
    })
}

/// `text` without the words of `phrase` it ends with, counted as written in `text` (so in
/// any form, NFC or NFD, and any case), and the spaces before them.
pub(super) fn without_phrase<'t>(text: &'t str, phrase: &str) -> Option<&'t str> {
    let words = phrase.split(' ').count();
    words_back(text)
        .nth(words.checked_sub(1)?)
        .map(|(_, before)| before)
}

/// `text` without its last `len` bytes (a word it ends with), if that is a char boundary.
pub(super) fn without_last(text: &str, len: usize) -> Option<&str> {
    text.get(..text.len().checked_sub(len)?)
}

/// The end of the numeric token that starts with digits ending at `end`: digits joined by
/// `.`, `,`, `/`, `-` or `:` (`31/02/2023`, `1.2.3`).
pub(super) fn numeric_token_end(text: &str, mut end: usize) -> usize {
    let bytes = text.as_bytes();
    while let [b'.' | b',' | b'/' | b'-' | b':', next, ..] = bytes.get(end..).unwrap_or_default() {
        if !next.is_ascii_digit() {
            break;
        }
        // The separator, then its digits (within the text: `end` stays below its length).
        let digits = bytes.get(end.saturating_add(1)..).unwrap_or_default();
        let digits = digits.iter().take_while(|b| b.is_ascii_digit()).count();
        end = end.saturating_add(1).saturating_add(digits);
    }
    end
}

/// Digits glued to a word before them (`HP22`, `Covid-19`, `BT02-21`): part of a code.
pub(super) fn glued_to_word_before(text: &str, pos: usize) -> bool {
    let before = &text[..pos];
    let rest = &text[pos..];
    let named = || {
        part_of_a_name_before(before)
            && !measures_after(rest)
            && !counts_a_thing_after(rest)
            && !priced(rest)
            && !a_share(rest)
            && !around_the_clock(rest)
            && !dialable(rest)
            && !documented(rest)
    };
    if after_plate_code(before) && plate_serial(rest) || named() {
        return true;
    }
    let mut chars = before.chars().rev();
    match chars.next() {
        // A combining mark ends a decomposed letter: `giờ30` in NFD is still glued.
        Some(c) if c.is_alphanumeric() || c == '_' || is_word_char(c) => true,
        Some('-') => pos
            .checked_sub(1)
            .is_some_and(|p| code_before(text, p) && !between_measures(text, p)),
        // (`P.102`, `MBVCB.123456789`: a dot glues the digits to a code in capitals.)
        Some('.') => {
            let head = before
                .get(..before.len().saturating_sub(1))
                .unwrap_or_default();
            chars.next().is_some_and(|c| c.is_ascii_digit()) || code_in_capitals_before(head)
        }
        Some(',') => chars.next().is_some_and(|c| c.is_ascii_digit()),
        // (`BG-2405/118`, `PX-12/2024`: after a slash closing a code of letters and digits,
        // the digits go on with the code; `2/3`, `lít/100km` are a fraction and a rate.)
        Some('/') => {
            let head = before
                .get(..before.len().saturating_sub(1))
                .unwrap_or_default();
            let code = head
                .rsplit(|c: char| crate::text::is_space(c) || c == '(')
                .next()
                .unwrap_or_default();
            // (A code opens with its letters; `12GB/256GB`, `50k/4 tấm` open with an amount.)
            code.starts_with(char::is_alphabetic) && code.contains(|c: char| c.is_ascii_digit())
        }
        _ => false,
    }
}

/// Whether `head` ends with a word in capitals glued to what follows (`P` of `P.102`, `MBVCB`
/// of `MBVCB.123456789`): a code, whose digits after a dot are its own.
fn code_in_capitals_before(head: &str) -> bool {
    // (Any capital, `Đ` too, and the combining marks of a decomposed one.)
    let capital = |c: char| c.is_uppercase() || ('\u{300}'..='\u{36f}').contains(&c);
    let letters = head
        .len()
        .saturating_sub(head.trim_end_matches(capital).len());
    let word_starts = head
        .get(..head.len().saturating_sub(letters))
        .is_some_and(|b| !b.ends_with(|c: char| c.is_alphanumeric() || is_word_char(c)));
    letters > 0 && word_starts
}

/// The length of a licence plate at the start of `rest` (`30K-567.89`, `51F - 123.45`,
/// `29A1-2345`; a motorbike's, `59-H1 268.97`): two digits and a capital letter, maybe a digit
/// or a letter more, a dash, and the plate's number (three digits, a dot and two, or four or
/// five digits); or, on a motorbike, the two digits, a dash, the capital and a digit or a
/// letter, and the number after a space. The code is no amount (`30K` is not 30 000) and the
/// number no count.
pub(super) fn licence_plate_len(rest: &str) -> Option<usize> {
    let b = rest.as_bytes();
    // (A capital no combining mark follows: a decomposed `Ằ` starts with `A` and is none.)
    let capital = |i: usize| {
        rest.get(i..)
            .is_some_and(crate::text::starts_with_a_plain_capital)
    };
    let series = |i: usize| capital(i) || b.get(i).is_some_and(u8::is_ascii_digit);
    let two_digits = b.get(..2).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    if !two_digits {
        return None;
    }
    let number = if b.get(2) == Some(&b'-') {
        // A motorbike's: `59-H1 268.97`, `29-X5 12345`.
        if !capital(3) || !series(4) {
            return None;
        }
        let after_series = rest.get(5..)?;
        let number = after_series.trim_start_matches(crate::text::is_space);
        if number.len() == after_series.len() {
            return None;
        }
        number
    } else {
        if !capital(2) {
            return None;
        }
        let code = if series(3) { 4 } else { 3 };
        let after_code = rest.get(code..)?;
        let dash = after_code.trim_start_matches(crate::text::is_space);
        dash.strip_prefix(['-', '–'])?
            .trim_start_matches(crate::text::is_space)
    };
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let first = digits(number);
    let len = match number.get(first..).and_then(|r| r.strip_prefix('.')) {
        Some(r) if first == 3 && digits(r) == 2 => 6,
        _ if (4..=5).contains(&first) => first,
        _ => return None,
    };
    let end = rest.len().checked_sub(number.len())?.checked_add(len)?;
    // (A full stop may end the sentence after it: `xe 29-X5 12345.`; a dot before a digit goes
    // on with the number.)
    let after = rest.get(end..)?;
    let goes_on = after.starts_with(char::is_alphanumeric)
        || after
            .strip_prefix('.')
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    (!goes_on).then_some(end)
}

/// The length of a phone's memory and storage in gigabytes written bare across a slash after
/// its model's name (`S23 Ultra 12/256`, `A55 8/128`, `iPhone 15 6/128`): a spec, no ratio and
/// no date. The storage is a power of two from 32 to 1024, the memory a size phones have, and
/// the word before is a model's (a capital or a digit in it).
pub(super) fn memory_and_storage_len(before: &str, rest: &str) -> Option<usize> {
    const MEMORY: &[u32] = &[1, 2, 3, 4, 6, 8, 12, 16, 18, 24];
    const STORAGE: &[u32] = &[32, 64, 128, 256, 512, 1024];
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let first = digits(rest);
    let after_slash = rest.get(first..)?.strip_prefix('/')?;
    let second = digits(after_slash);
    let memory = rest.get(..first)?.parse::<u32>().ok()?;
    let storage = after_slash.get(..second)?.parse::<u32>().ok()?;
    let ends = !after_slash
        .get(second..)?
        .starts_with(|c: char| c.is_alphanumeric() || matches!(c, '/' | '.' | ','));
    // (A capital that only opens the sentence names no model: `Đạt 8/128 điểm`.)
    let model = previous_word_or_code(before).is_some_and(|w| {
        let head = before
            .trim_end()
            .get(..before.trim_end().len().saturating_sub(w.len()));
        let inside = head.is_some_and(|h| inside_a_sentence(h.trim_end()));
        w.contains(|c: char| c.is_ascii_digit())
            || w.starts_with(|c: char| c.is_uppercase()) && inside
    });
    (MEMORY.contains(&memory) && STORAGE.contains(&storage) && ends && model)
        .then(|| first.saturating_add(1).saturating_add(second))
}

/// The last word of `before` with the digits glued to it (`A55`, `S23`, `Ultra`).
fn previous_word_or_code(before: &str) -> Option<&str> {
    before
        .strip_suffix(' ')?
        .rsplit(|c: char| !(c.is_alphanumeric() || is_word_char(c)))
        .next()
        .filter(|w| !w.is_empty())
}

/// Whether `rest` opens with the serial of a licence plate, three digits or more (`123.45`,
/// `1234`): after `2H - ` one digit or two are an hour (`2H - 5H CHIỀU`), and digits glued to
/// a letter are no serial (`80K - 120K`, two prices).
fn plate_serial(rest: &str) -> bool {
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let glued = rest
        .get(digits..)
        .is_some_and(|r| r.starts_with(char::is_alphabetic));
    digits >= 3 && !glued
}

/// Whether `before` ends with a code of letters and digits and a dash (`51F - `, `36C1 – `):
/// the number after it is the rest of a licence plate.
pub(super) fn after_plate_code(before: &str) -> bool {
    let trimmed = before.trim_end_matches(crate::text::is_space);
    let Some(dashed) = trimmed.strip_suffix(['-', '–']) else {
        return false;
    };
    let code_end = dashed.trim_end_matches(crate::text::is_space);
    let start = code_end
        .char_indices()
        .rev()
        // Combining marks too: a decomposed letter ends the code as the composed one does.
        .take_while(|&(_, c)| c.is_alphanumeric() || is_word_char(c))
        .last()
        .map_or(code_end.len(), |(i, _)| i);
    let code = &code_end[start..];
    // (Any capital, not only ASCII: `Ơ` in NFC is a capital as `O` + horn is in NFD.)
    code.starts_with(|c: char| c.is_ascii_digit()) && code.chars().any(char::is_uppercase)
}

/// A number is part of the name of the word before it, however it is spaced, when that word
/// keeps a dash glued to it (`COVID- 19`), or when it names a disease whose name holds a
/// number (`covid 19`, `sars 2`; see [`DISEASES_NUMBERED`]). Any other word before a spaced
/// number, foreign or not, leaves it to be read on its own: a label of a grade, a rating or a
/// class (`inox 304`, `par 72`, `band 7.0`, `odds 8.5`, `subclass 600`), or a count (`card 2
/// mặt`, `scanner 64 lát cắt`).
fn part_of_a_name_before(before: &str) -> bool {
    let trimmed = before.trim_end_matches(crate::text::is_space);
    if let Some(word) = trimmed.strip_suffix('-') {
        // A letter or a combining mark: a decomposed letter keeps the dash as a composed one.
        return word.ends_with(crate::text::is_word_char) && trimmed.len() < before.len();
    }
    previous_word(trimmed).is_some_and(|w| word_in(w, DISEASES_NUMBERED))
        && trimmed.len() < before.len()
}

/// The diseases whose names hold a number, written after a space as often as after a dash
/// (`covid 19`, `sars 2`, `mers 2012`).
const DISEASES_NUMBERED: &[&str] = &["covid", "sars", "mers"];

/// Whether `before` ends with an abbreviation of consonants after a label or `mã` (`Mã ck`,
/// `số gd`): the number after it is the code of a transfer, of a transaction, and counts no
/// noun (`Mã gd 5531207 thanh toán`).
pub(super) fn names_a_code(before: &str) -> bool {
    let trimmed = before.trim_end_matches(crate::text::is_space);
    let Some(abbreviation) = previous_word(trimmed) else {
        return false;
    };
    let consonants = (2..=4).contains(&abbreviation.len())
        && abbreviation.bytes().all(|b| b.is_ascii_lowercase())
        && !abbreviation.contains(['a', 'e', 'i', 'o', 'u', 'y']);
    consonants
        && without_last(trimmed, abbreviation.len())
            .and_then(previous_word)
            .is_some_and(|head| word_set(&LABEL_SET, LABELS).contains(head) || same(head, "mã"))
}

/// Whether the number at the start of `rest` is a sum of money or scaled (`ck 1.500.000đ`, `ck
/// 500k`, `xét nghiệm covid 500k`): a code's number never carries a currency or a scale, so
/// the word before one names no code with it.
fn priced(rest: &str) -> bool {
    let extent = crate::number::numeral_extent(rest);
    let after = rest.get(extent..).unwrap_or_default();
    let scaled = || crate::number::amount(rest).is_ok_and(|(_, a)| a.scaled);
    crate::money::currency_after(after).is_some() || scaled()
}

/// Whether the number at the start of `rest` is a percentage (`tỷ lệ mắc covid 5%`): a code's
/// number never carries `%`, so the word before it names what it is a share of.
fn a_share(rest: &str) -> bool {
    let extent = crate::number::numeral_extent(rest);
    rest.get(extent..).is_some_and(|after| {
        after
            .trim_start_matches(crate::text::is_space)
            .starts_with('%')
    })
}

/// Whether `rest` opens with a whole cycle over a week (`24/7`): how much of the time, which
/// no code's number is (`trực covid 24/7`, `Hỗ trợ- 24/7`).
fn around_the_clock(rest: &str) -> bool {
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let a = digits(rest);
    let Some(after) = rest.get(a..).and_then(|r| r.strip_prefix('/')) else {
        return false;
    };
    let b = digits(after);
    let whole = |s: &str, n: usize| s.get(..n).and_then(|d| d.parse::<u32>().ok());
    let ends = !after
        .get(b..)
        .is_some_and(|r| r.starts_with(|c: char| c.is_alphanumeric()));
    ends && whole(rest, a)
        .zip(whole(after, b))
        .is_some_and(|(a, b)| is_full_cycle_rate(a, b))
}

/// Whether a document's number and symbol start `rest` (`phòng chống covid 2135/BYT-DP`): a
/// code's number is never one, so the word before it names what the document is about.
fn documented(rest: &str) -> bool {
    crate::docnum::docnum(rest).is_ok()
}

/// Whether a telephone number starts `rest` (`Hotline- 0912 345 678`, `tư vấn covid 1900
/// 9095`): a code's number is never one, so the word before it names the line, not a code.
fn dialable(rest: &str) -> bool {
    crate::phone::phone(rest).is_ok()
}

/// Whether the number at the start of `rest` counts a unit of time or a measure (`3 ngày`,
/// `2 giờ`, `5 km`): a code's number never does, so `mắc covid 3 ngày` counts days where
/// `covid 19` names a disease. A noun of time with its own number, or `năm ngoái` (last
/// year), names a point of time and counts nothing (`covid 19 tháng 3`, `covid 19 năm
/// ngoái`); the other words from now may follow a count (`5 năm nay`, `3 tuần qua`: these
/// five years, the past three weeks).
pub(super) fn measures_after(rest: &str) -> bool {
    unit_after_the_numeral(rest).is_some_and(|(unit, after)| {
        let of_time = crate::quantity::DURATIONS.contains(&unit.as_str());
        let named = || {
            let next = after.trim_start_matches(crate::text::is_space);
            next.starts_with(|c: char| c.is_ascii_digit())
                || next_word(after).is_some_and(|(w, _)| same(w, "ngoái"))
        };
        crate::quantity::is_measure_or_duration(&unit) && !(of_time && named())
    })
}

/// Whether the number opening `rest` counts a thing the lexicon knows, no measure (`test covid
/// 35 người`, `Đặt- 2 đơn`): the word before it names no code with it.
fn counts_a_thing_after(rest: &str) -> bool {
    // (Not times: `mắc covid 19 lần hai` names the code, then counts.)
    unit_after_the_numeral(rest)
        .is_some_and(|(unit, _)| !crate::quantity::is_measure_or_duration(&unit) && unit != "lần")
}

/// The noun of the lexicon after the whole numeral opening `rest` (its groups and decimals
/// too: `inox 1,2L`, `1.500 L`), and the text after it.
fn unit_after_the_numeral(rest: &str) -> Option<(String, &str)> {
    let extent = crate::number::numeral_extent(rest);
    crate::quantity::unit_after(
        crate::quantity::Units::shared(),
        rest.get(extent..).unwrap_or_default(),
    )
}

/// Whether the letters and digits just before `end` make a code (`Covid`, `BT02`, `GMT`) rather
/// than a number or a time (`2`, `12h`, `17h30`).
pub(super) fn code_before(text: &str, end: usize) -> bool {
    let before = &text[..end];
    let start = before
        .char_indices()
        .rev()
        // Combining marks too: a decomposed `ỹ` is part of the code `Mỹ-3`.
        .take_while(|&(_, c)| c.is_alphanumeric() || is_word_char(c))
        .last()
        .map_or(end, |(i, _)| i);
    let token = &before[start..];
    let digits = token.bytes().take_while(u8::is_ascii_digit).count();
    // (A time of the twelve-hour clock ends in `AM` or `PM`: `8AM-5PM` is a range of times.)
    let meridiem = |m: &str| m.eq_ignore_ascii_case("am") || m.eq_ignore_ascii_case("pm");
    let is_time = (1..=2).contains(&digits)
        && (token[digits..]
            .strip_prefix(['h', 'g', 'H'])
            .is_some_and(|m| m.len() <= 2 && m.bytes().all(|b| b.is_ascii_digit()))
            || meridiem(&token[digits..]));
    token.chars().any(char::is_alphabetic) && !is_time
}

/// The unit of ASCII letters that `before` ends with, glued to the digits before it (`kg` in
/// `5kg`, `W` in `5W`), if it ends so.
fn glued_unit_before(before: &str) -> Option<&str> {
    let digits = before.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let unit = before.get(digits.len()..).unwrap_or_default();
    (!unit.is_empty() && digits.ends_with(|c: char| c.is_ascii_digit())).then_some(unit)
}

/// Whether the dash at `dash` joins two measures each glued to its number (`5kg-10kg`, `2m-3m`,
/// `8GB-16GB`): the bounds of a range or the items of a list, whose dash is neither a code's
/// nor a sign; a measure glued before a dash with a bare number after it (`5W-30`, an oil's
/// grade) is a code.
pub(super) fn between_measures(text: &str, dash: usize) -> bool {
    let (Some(before), Some(after)) = (text.get(..dash), text.get(dash.saturating_add(1)..)) else {
        return false;
    };
    let Some(unit) = glued_unit_before(before) else {
        return false;
    };
    let digits = after.bytes().take_while(u8::is_ascii_digit).count();
    let after_digits = after.get(digits..).unwrap_or_default();
    let letters = after_digits
        .bytes()
        .take_while(u8::is_ascii_alphabetic)
        .count();
    let (unit_after, past_unit) = after_digits.split_at_checked(letters).unwrap_or_default();
    // (The unit after is a whole word: `3hạ` has none, in NFC or NFD alike.)
    digits > 0
        && !past_unit.starts_with(is_word_char)
        && unit.eq_ignore_ascii_case(unit_after)
        && crate::quantity::is_measure_or_duration(&unit.to_ascii_lowercase())
}

/// Whether a reading ending at `end` in a unit glued to its number goes on with a dash and a
/// bare number (`5W-30`, `10W-40`, the grade of an oil): one code, where two measures each
/// with its unit are two (`5kg-10kg`, see [`between_measures`]).
pub(super) fn code_after_a_glued_unit(text: &str, end: usize) -> bool {
    let (Some(before), Some(after)) = (text.get(..end), text.get(end..)) else {
        return false;
    };
    glued_unit_before(before).is_some()
        && after
            .strip_prefix('-')
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        && !between_measures(text, end)
}

/// An entity ending where a letter or digit goes on (`quốc lộ 1A`): it is part of a code.
pub(super) fn glued_after(text: &str, end: usize) -> bool {
    let after = &text[end..];
    let before_end = &text[..end];
    let ends_in_letter = before_end.ends_with(is_word_char);
    match after.chars().next() {
        // `năm 20___`: digits of a form still to be filled in.
        Some(c) if c.is_ascii_digit() || c == '_' => true,
        Some(c) if is_word_char(c) => !ends_in_letter,
        _ => false,
    }
}

/// Whether `before` ends with an hour of the clock (`20h`, `19h30`, `20 giờ`, `8 giờ 15
/// phút`): `thứ` and a number after it name the hour's weekday (`20h thứ 7 này`), no rank.
fn after_an_hour(before: &str) -> bool {
    let trimmed = before.trim_end_matches(crate::text::is_space);
    let Some(token) = trimmed.rsplit(crate::text::is_space).next() else {
        return false;
    };
    let unit = token
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .trim_end_matches(|c: char| c.is_ascii_digit());
    let glued = token.starts_with(|c: char| c.is_ascii_digit()) && word_in(unit, &["h", "g"]);
    let spelled = word_in(token, &["giờ", "phút"])
        && without_last(trimmed, token.len())
            .is_some_and(|head| head.trim_end().ends_with(|c: char| c.is_ascii_digit()));
    glued || spelled
}

/// Whether `thứ`/`lần` at `rest` is an ordinal here: after a noun or adjective, not a weekday.
pub(super) fn ordinal_in_context(before: &str, rest: &str) -> bool {
    let Some((cue, after_cue)) = split_word(rest) else {
        return false;
    };
    if !same(cue, "thứ") {
        if same(cue, "lần") {
            // `lần hai`, but not `ba lần` read backwards: a number before `lần` counts it,
            // unless it is a code's (`mắc COVID-19 lần hai`); and `mỗi lần 1 gói` (each
            // time, one sachet) ranks nothing.
            let trimmed = before.trim_end();
            let digits = trimmed.trim_end_matches(|c: char| c.is_ascii_digit());
            let counted =
                digits.len() < trimmed.len() && !glued_to_word_before(trimmed, digits.len());
            return !counted && !after_a_distributive(before);
        }
        // A cohort numbered in digits follows the learners it groups (`sinh viên khóa 46`, `học
        // viên khóa 12`, `học sinh khóa 3`); elsewhere `khóa` before digits is the verb, to
        // lock (`bị khóa 1 chiều và khóa 2 chiều`), or a course counted (`mỗi khóa 40 học
        // viên`). A term in Roman ranks wherever it stands (`Quốc hội khóa XV`).
        if same(cue, "khóa") || same(cue, "khoá") {
            let in_digits =
                space1(after_cue).is_ok_and(|(r, _)| r.starts_with(|c: char| c.is_ascii_digit()));
            return !in_digits
                || previous_word(before).is_some_and(|w| word_in(w, &["viên", "sinh"]));
        }
        return true;
    }
    // `ngày thứ 12`, `tuần thứ 10`: a number past the days of a week (2 to 7) names no day,
    // whatever stands before `thứ`.
    let number = space1(after_cue).map_or("", |(r, _)| r);
    let digits = number.bytes().take_while(u8::is_ascii_digit).count();
    let past_a_week = number
        .get(..digits)
        .and_then(|d| d.parse::<u32>().ok())
        .is_some_and(|n| n > 7);
    if past_a_week
        || ranks_within_what_follows(number)
        || counted_from_a_moment(before, number)
        || next_of_a_series_of_spans(before)
        || hang_ends_a_noun(before)
    {
        return true;
    }
    if after_an_hour(before) {
        return false;
    }
    match previous_word(before) {
        Some(word) => !word_set(&NOT_ORDINAL_SET, NOT_BEFORE_ORDINAL_THU).contains(word),
        // At the start of a clause: `Thứ nhất, …` opens an enumeration, and `thứ hai, …` goes
        // on with one opened before it.
        None => {
            crate::text::match_phrase(rest, "thứ nhất").is_some()
                || enumeration_opened_before(before)
        }
    }
}

/// Whether `hàng` before `thứ` ends a noun of goods or a shop (`lô hàng`, `cửa hàng`, `khách
/// hàng`, `đơn hàng`): that noun is ranked (`Lô hàng thứ hai gồm 12 container`), where `hàng`
/// alone is "every" (`họp hàng thứ Hai`, every Monday).
fn hang_ends_a_noun(before: &str) -> bool {
    const HEADS: &[&str] = &[
        "lô", "cửa", "mặt", "khách", "đơn", "ngân", "nhà", "chuyến", "kiện", "món", "gian", "quầy",
        "mẫu",
    ];
    let head = before.trim_end_matches(crate::text::is_space);
    previous_word(head)
        .filter(|w| same(w, "hàng"))
        .and_then(|w| without_last(head, w.len()))
        .and_then(previous_word)
        .is_some_and(|w| word_in(w, HEADS))
}

/// Whether `thứ` follows a noun of a span of time (`ngày`, `tuần`, `đêm`, `buổi`) whose first
/// was named before on the line (`ngày đầu`, `tuần đầu tiên`): the spans are counted in a
/// series, and the next is ranked (`ngày đầu bán được 300 kg, ngày thứ hai bán được…`), where
/// `vào ngày thứ hai` alone names Monday.
fn next_of_a_series_of_spans(before: &str) -> bool {
    const SPANS: &[&str] = &["ngày", "tuần", "đêm", "buổi", "hôm"];
    let Some(span) = previous_word(before).filter(|w| word_in(w, SPANS)) else {
        return false;
    };
    let head = without_last(before.trim_end_matches(crate::text::is_space), span.len())
        .unwrap_or_default();
    let line = crate::text::tail(head, SENTENCE_LETTERS);
    let line = line.rsplit('\n').next().unwrap_or_default();
    // (The span and `đầu` after it, word by word: `ngày đầu`, `Ngày đầu tiên`.)
    let mut rest = line;
    while let Some((word, after)) =
        split_word(rest.trim_start_matches(|c: char| !c.is_alphabetic()))
    {
        // (`ngày đầu tuần`, `ngày đầu tháng`, `ngày đầu năm`: the start of a week, a month or
        // a year, which opens no series of days.)
        let first = next_word(after).filter(|(w, _)| same(w, "đầu"));
        let of_a_period = |r: &str| {
            next_word(r).is_some_and(|(w, _)| word_in(w, &["tuần", "tháng", "năm", "quý"]))
        };
        if crate::text::same_word(word, span) && first.is_some_and(|(_, r)| !of_a_period(r)) {
            return true;
        }
        rest = after;
    }
    false
}

/// How far back a series of spans is looked for, in letters: a sentence or two.
const SENTENCE_LETTERS: usize = 400;

/// Whether `thứ` and the number at `number` follow a noun of a span of time and go on with a
/// moment it is counted from (`sau`, `kể từ`, `tính từ`): the span's rank after it (`Ngày thứ
/// hai sau ca mổ`, `tuần thứ ba kể từ khi nhập viện`), where `thứ Hai sau kỳ nghỉ` with no
/// span before it is a weekday.
fn counted_from_a_moment(before: &str, number: &str) -> bool {
    const SPANS: &[&str] = &["ngày", "tuần", "tháng", "năm", "đêm", "buổi", "hôm"];
    const FROM: &[&str] = &["sau", "kể từ", "tính từ"];
    previous_word(before).is_some_and(|w| word_in(w, SPANS))
        && after_the_rank(number)
            .and_then(|a| space1(a).ok())
            .is_some_and(|(next, _)| {
                FROM.iter()
                    .any(|f| crate::text::match_phrase(next, f).is_some())
            })
}

/// The text after the number that `number` opens after `thứ`, in digits or a word (`5`,
/// `hai`).
fn after_the_rank(number: &str) -> Option<&str> {
    match number.trim_start_matches(|c: char| c.is_ascii_digit()) {
        rest if rest.len() < number.len() => Some(rest),
        _ => split_word(number).map(|(_, after)| after),
    }
}

/// Whether the number after `thứ` at `number` goes on with what it ranks within: `của` (of),
/// `trên`, `trong` (in) a whole other than a week or a month, each or some of them, `toàn`
/// (all of it), `chung cuộc` (overall), or `liên tiếp`, `liên tục` (in a row). A day of the week is named, never ranked so: `ngày thứ 5 của chiến dịch` is the fifth
/// day, `ngày thứ 2 liên tiếp` the second in a row, but `thứ 2 của tuần sau`, `thứ 2 của mỗi
/// tuần` and `Thứ 5 của tháng 3` are days of a week.
fn ranks_within_what_follows(number: &str) -> bool {
    // (`trên bảng tổng sắp`, `trong danh sách`, `toàn giải`, `chung cuộc`: the table or the
    // whole a rank is in, as after `của`; `thứ 3 trong tuần` stays a day of the week.)
    const WITHIN: &[&str] = &[
        "của",
        "liên tiếp",
        "liên tục",
        "trên",
        "trong",
        "toàn",
        "chung cuộc",
    ];
    // (A week or a month, each or some, is what a day of the week is of: `thứ 2 của mỗi tuần`,
    // `Thứ 5 của tháng 3`.)
    const DETERMINERS: &[&str] = &["mỗi", "các", "những", "hằng", "hàng"];
    let Some((next, _)) = after_the_rank(number).and_then(|a| space1(a).ok()) else {
        return false;
    };
    let of_a_week = ["của", "trong", "trên"]
        .iter()
        .find_map(|w| crate::text::match_phrase(next, w))
        .and_then(|len| next_word(next.get(len..)?))
        .map(|(w, rest)| match next_word(rest) {
            Some((noun, _)) if word_in(w, DETERMINERS) => noun,
            _ => w,
        })
        .is_some_and(|w| same(w, "tuần") || same(w, "tháng"));
    WITHIN
        .iter()
        .any(|w| crate::text::match_phrase(next, w).is_some())
        && !of_a_week
}

/// How far back an enumeration's `Thứ nhất` is looked for, in letters, within its line: the
/// sentences of a paragraph (and within the window a stream reads again around a cut, so that
/// a long line cut in pieces reads as one).
const ENUMERATION_REACH: usize = 1200;

/// Whether an enumeration opened by `thứ nhất` (`Thứ nhất, …`, `lý do thứ nhất`) stands on the
/// line before `before`'s end, near: a clause opening with `thứ hai`, `thứ ba` is its next item.
pub(super) fn enumeration_opened_before(before: &str) -> bool {
    let window = crate::text::tail(before, ENUMERATION_REACH);
    let line = window.rsplit('\n').next().unwrap_or_default();
    // `nhất` as NFC or NFD writes it, in either case: found at the speed of a byte search
    // before any word is read.
    const NHAT: [&str; 4] = ["nhất", "nha\u{302}\u{301}t", "NHẤT", "NHA\u{302}\u{301}T"];
    if !NHAT.iter().any(|n| line.contains(n)) {
        return false;
    }
    line.char_indices().any(|(i, c)| {
        let word_start = !line
            .get(..i)
            .is_some_and(|b| b.ends_with(|p: char| p.is_alphanumeric() || is_word_char(p)));
        matches!(c, 't' | 'T')
            && word_start
            && line
                .get(i..)
                .is_some_and(|r| crate::text::match_phrase(r, "thứ nhất").is_some())
    })
}

/// Whether a clock time (not a duration) starts at `digits` (or at its words), a suffix of
/// `input`.
pub(super) fn clock_time_at(input: &str, digits: &str) -> bool {
    let Some(before) = without_last(input, digits.len()) else {
        return false;
    };
    crate::time::kept_time(digits).is_some_and(|(after, t)| {
        let read = digits
            .get(..digits.len().saturating_sub(after.len()))
            .unwrap_or_default();
        let Some(t) = with_each_part(before, &t, after) else {
            return false;
        };
        hour_in_words_stands(before, read, &t, after)
            && is_clock(before, &half_as_counted(read, &t), after)
    }) || hour_of_a_part(before, digits).is_some()
}

/// The time `t` read as `read`, asked of the context as hours counted would be where its half
/// hour is written `rưỡi` (`đi bộ một giờ rưỡi`, one and a half hours, as `một tiếng rưỡi`):
/// the half is a length's as often as the clock's, and the words around decide, as for a
/// whole hour. (Minutes written out, `7 giờ 30`, are the clock's.)
pub(super) fn half_as_counted(read: &str, t: &Time) -> Time {
    let half = previous_word(read.trim_end()).is_some_and(|w| same(w, "rưỡi"));
    match Time::new(t.hour(), 0, None) {
        Ok(hour) if half && t.part().is_none() => hour,
        _ => *t,
    }
}

/// The labels of the parts of a document, which are written capitalized as headings and
/// references (`Theo Điều 5`, `Khoản 2`, `Chương III`, `Phụ lục 1`).
const DOCUMENT_LABELS: &[&str] = &["điều", "khoản", "chương", "mục", "phụ lục", "phần"];

/// Whether `word` is the label of a part of a document (see [`DOCUMENT_LABELS`]).
pub(super) fn is_document_label(word: &str) -> bool {
    word_in(word, DOCUMENT_LABELS)
}

/// Whether `word` is a label noun (see [`LABELS`]).
pub(super) fn is_label_word(word: &str) -> bool {
    word_set(&LABEL_SET, LABELS).contains(word)
}

/// Whether `word`, the last of `before`, ends a capitalized name (`Phòng` in `Hải Phòng`, `Lộ`
/// in `Quảng Lộ`, `Khu` in `Ba Khu`) rather than standing as a label noun of its own: a label
/// is written in lower case inside a sentence, so a capitalized one after a capitalized word is
/// a syllable of that name; the labels of a document's parts are the exception, capitalized
/// as headings (`Theo Điều 5`).
fn ends_proper_name(before: &str, word: &str) -> bool {
    let trimmed = before.trim_end_matches(crate::text::is_space);
    let head = without_last(trimmed, word.len()).and_then(previous_word);
    !word_in(word, DOCUMENT_LABELS) && is_title_case(word) && head.is_some_and(is_title_case)
}

/// Whether `before` ends in an abbreviation glued to the number by its dot (`p.302`, `tr.15`,
/// `k.3`): one to three letters after a space and before the dot, the short form of a label
/// noun (room, page, quarter), which numbers what follows it.
fn after_abbreviation(before: &str) -> bool {
    let Some(abbreviation) = before.strip_suffix('.') else {
        return false;
    };
    // The word before the dot, combining marks with their letters (`đán` in NFD is as long a
    // word as in NFC).
    let word_len = abbreviation
        .chars()
        .rev()
        .take_while(|&c| is_word_char(c))
        .map(char::len_utf8)
        .sum::<usize>();
    let Some((before_word, word)) =
        abbreviation.split_at_checked(abbreviation.len().saturating_sub(word_len))
    else {
        return false;
    };
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    (1..=3).contains(&letters)
        && before_word.ends_with(|c: char| crate::text::is_space(c) || c == '(')
}

/// The label noun that ends `before` (spaces aside), of one word (`Điều`) or two (`Chương
/// trình`, `Đề án`, `phụ lục`), as written.
pub(super) fn label_at_end(before: &str) -> Option<&str> {
    let labels = word_set(&LABEL_SET, LABELS);
    let trimmed = before.trim_end_matches(crate::text::is_space);
    let last = previous_word(trimmed)?;
    let head_end = without_last(trimmed, last.len())?;
    // The two words apart by one space (a label is written so), the head word just before it.
    let two_words = head_end
        .strip_suffix(' ')
        .filter(|h| !h.ends_with(crate::text::is_space))
        .and_then(|h| previous_word(h).and_then(|head| h.len().checked_sub(head.len())))
        .and_then(|start| trimmed.get(start..));
    // (A label's word ending a word of two is that word's syllable, no label: `phục vụ 24/7`,
    // `truyền hình 180 kênh`.)
    let in_a_compound = || two_words.is_some_and(|phrase| word_in(phrase, WORDS_ENDING_IN_A_LABEL));
    two_words
        .filter(|phrase| labels.contains(phrase))
        .or_else(|| (labels.contains(last) && !in_a_compound()).then_some(last))
}

/// Words of two syllables whose second is a label noun of [`LABELS`] on its own (`vụ`, a crop;
/// `hình`, a figure; `bài`, a lesson; `tầng`, a floor; `phòng`, a room), but which are other
/// words whole: an office, a service, a television, fashion, infrastructure, a deck of cards,
/// online.
const WORDS_ENDING_IN_A_LABEL: &[&str] = &[
    // An office, defence, a reserve: `Tòa nhà văn phòng 9 tầng` counts floors.
    "văn phòng",
    "quốc phòng",
    "dự phòng",
    "phục vụ",
    "dịch vụ",
    "nhiệm vụ",
    "nghĩa vụ",
    "chức vụ",
    "nghiệp vụ",
    "công vụ",
    "tạp vụ",
    "truyền hình",
    "màn hình",
    "mô hình",
    "địa hình",
    "tình hình",
    "loại hình",
    "điển hình",
    "hữu hình",
    "vô hình",
    "ngoại hình",
    "hạ tầng",
    "thời trang",
    "chi tiết",
    "thời tiết",
    "trực tuyến",
    "tiền tuyến",
    "phân lô",
    "bộ bài",
    "ván bài",
    "khẩn cấp",
    "cao cấp",
    "trung cấp",
    "sơ cấp",
    "phân loại",
    "chủng loại",
    "đầu bảng",
    "giường tầng",
];

/// Words of kinship and address, which go before a person's name.
pub(super) const KINSHIP: &[&str] = &[
    "anh", "chị", "em", "ông", "bà", "bác", "chú", "cô", "dì", "cậu", "mợ", "thím", "dượng",
    "cháu", "thằng", "con", "o", "bạn", "thầy", "cụ", "bé",
];

/// Whether the number word at `rest`, capitalized after a word of kinship, is a name: in the
/// South a person is called by their place among the children (`bác Sáu`, `chị Tư`, `anh Ba`,
/// `cô Năm`), so a capitalized number word after `bác`, `chị`, `anh` is a name and counts
/// nothing.
pub(super) fn named_by_birth_order(before: &str, rest: &str) -> bool {
    // (A title of a profession goes before a name as a word of address does: `bác sĩ Mười`,
    // `đồng chí Tư`.)
    const TITLES: &[&str] = &[
        "bác sĩ",
        "y tá",
        "cô giáo",
        "thầy giáo",
        "đồng chí",
        "sư cô",
    ];
    let titled = || {
        let head = before.trim_end_matches(crate::text::is_space);
        TITLES.iter().any(|t| ends_with_phrase(head, t))
    };
    rest.starts_with(char::is_uppercase)
        && split_word(rest).is_some_and(|(w, _)| is_number_word(w))
        && (previous_word(before).is_some_and(|w| word_in(w, KINSHIP)) || titled())
}

/// Whether the number word at `rest`, in title case, is the number a rank or a label takes
/// as its name right before it (`Giải Ba`, `Hạng Nhì`, `lớp Ba`, `Khóa Hai`): it opens no
/// amount and is part of none, so the amount after it stands alone (`Giải Ba năm triệu
/// đồng` is a third prize of five million, not three years; `Hạng Ba hai triệu đồng` not 32
/// million). The words of days and months take their number in their own readers.
pub(super) fn names_a_rank_in_words(before: &str, rest: &str) -> bool {
    const OF_DATES: &[&str] = &["tháng", "thứ", "quý", "năm", "ngày", "mùng", "mồng"];
    // (A name of two number words is one number, read whole: `lớp Mười Hai` is grade 12.)
    let alone = |after: &str| !next_word(after).is_some_and(|(n, _)| is_title_case(n));
    rest.starts_with(char::is_uppercase)
        && split_word(rest)
            .is_some_and(|(w, after)| is_title_case(w) && is_number_word(w) && alone(after))
        && before.ends_with(crate::text::is_space)
        && previous_word(before)
            .is_some_and(|w| word_in(w, CAPITALIZED_NUMBER_CUES) && !word_in(w, OF_DATES))
}

/// Words after which a number word is written capitalized as a number (`tháng Mười`, `thứ
/// Hai`, `lần Thứ Ba`, `lớp Ba`, `giải Nhì`): the number they take, not a name.
const CAPITALIZED_NUMBER_CUES: &[&str] = &[
    "tháng",
    "thứ",
    "lần",
    "lớp",
    "khóa",
    "khoá",
    "hạng",
    "giải",
    "quý",
    "chương",
    "phần",
    "điều",
    "khoản",
    "mục",
    "đợt",
    "kỳ",
    "kì",
    "tầng",
    "số",
    "năm",
    "ngày",
    "mùng",
    "mồng",
    "tập",
    "bài",
    "đội",
    "tổ",
    "phường",
    "quận",
    "xóm",
    "đoạn",
];

/// Whether the number words at `rest`, written in title case in the middle of a sentence (after
/// a word in lower case) and going on with another word in title case, are a name: a sentence
/// writes its numbers in lower case, and a name in capitals (`thảm Ba Tư`, `vùng Bảy Núi`,
/// `đường Hai Bà Trưng`); not after a word that takes a capitalized number (`tháng Mười`,
/// `lớp Ba`, see [`CAPITALIZED_NUMBER_CUES`]).
pub(super) fn number_words_in_a_name(before: &str, rest: &str) -> bool {
    // (Most numbers are in lower case or digits: asked first, it is the only question.)
    if !rest.starts_with(char::is_uppercase) {
        return false;
    }
    let Some((first, after)) = split_word(rest) else {
        return false;
    };
    // (A name goes on in title case, `Ba Tư`, `Bảy Núi`; a count goes on with its noun in
    // lower case, however its number is written: `mua Hai cái áo`, `bán Ba chục trứng`.)
    let name_goes_on = next_word(after).is_some_and(|(w, _)| is_title_case(w));
    // (After a word in lower case, or the word that opens the sentence, capitalized as such:
    // `Thảm Ba Tư và lụa Tứ Xuyên`.)
    let trimmed = before.trim_end_matches(crate::text::is_space);
    let opens_the_sentence = |w: &str| {
        without_last(trimmed, w.len()).is_some_and(|head| {
            let head = head.trim_end_matches(crate::text::is_space);
            head.is_empty() || head.ends_with(['.', '!', '?', '\n'])
        })
    };
    let mid_sentence = previous_word(before).is_some_and(|w| {
        (w.starts_with(char::is_lowercase) || opens_the_sentence(w))
            && !word_in(w, CAPITALIZED_NUMBER_CUES)
            && !word_in(w, KINSHIP)
    }) && !trimmed.ends_with(['.', ':', '!', '?', '"', '“', '(']);
    is_title_case(first) && is_number_word(first) && name_goes_on && mid_sentence
}

/// Whether the number at `rest` is a label's, written right after it, and no day: a label
/// numbers one of a series, and its number is no day of the month written after it (`Kỳ 1
/// tháng 11/2024`, `số 2, tháng 9/2024`, `đợt 2 tháng 5`); a class is named by its grade and
/// its number (`lớp 6/1`). A day with its own separator after another label is a day (`tuần
/// 15/3 đến 21/3`).
pub(super) fn label_number_before_a_month(before: &str, rest: &str) -> bool {
    // (A day has two digits at most: a longer run is read no further.)
    let digits = rest.bytes().take(3).take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 2 {
        return false;
    }
    // (The words after first: they rule out almost every day, and cost least.)
    let after = rest.get(digits..).unwrap_or_default();
    let after = after.trim_start_matches(|c: char| crate::text::is_space(c) || c == ',');
    let month_word = || split_word(after).is_some_and(|(w, _)| same(w, "tháng"));
    let class = || after.starts_with('/') && previous_word(before).is_some_and(|w| same(w, "lớp"));
    // A form's number (`mẫu 3 tháng 10/2025`): `mẫu` also counts samples (`mẫu 3 người`), so it
    // labels no number but one before a month.
    let form = || previous_word(before).is_some_and(|w| same(w, "mẫu"));
    // (A class's reunion is held on a day, no class numbered: `Họp lớp 20 tháng 11`; `họp lớp
    // 6 ngày 5/9` still names class 6.)
    let reunion = || {
        words_back(before)
            .nth(1)
            .is_some_and(|(w, _)| same(w, "họp"))
            && previous_word(before).is_some_and(|w| same(w, "lớp"))
    };
    (month_word() || class())
        && (label_at_end(before).is_some() && is_labelled(before) || form())
        && !(month_word() && reunion())
}

/// Whether a number after `before` is a label (`Điều 5`, `nhóm 1`), or continues a list of
/// labels (`6` in `Điều 5, 6 Nghị định`, `2` in `nhóm 1 và 2`).
pub(super) fn is_labelled(before: &str) -> bool {
    if after_abbreviation(before) {
        return true;
    }
    let mut rest = before;
    // A list of labels is short (`Điều 5, 6, 7`); looking further back would make a long list
    // of numbers cost time in the square of its length.
    for _ in 0..8 {
        if let Some(label) = label_at_end(rest).filter(|w| !ends_proper_name(rest, w)) {
            // `dân số 31.486 người`, `có thời điểm 2-3 bệnh nhân`: the label word ends a
            // compound, and labels nothing.
            let trimmed = rest.trim_end_matches(crate::text::is_space);
            let head_text = without_last(trimmed, label.len()).unwrap_or_default();
            let head = previous_word(head_text);
            let compound = head.is_some_and(|h| ends_a_compound(label, h));
            // `ba loại 150.000, 250.000 và 400.000 đồng`, `hai nhóm 10 người`: a label noun
            // counted in words is the noun of a count, and labels nothing after it. (Digits
            // before it may be a label's own: `khoản 1 Điều 48`; not before a measure, whose
            // digits measure: `chạy 10 km 3 lần`, `90 phút 2 hiệp`.)
            let digits_before = head_text
                .trim_end_matches(crate::text::is_space)
                .ends_with(|c: char| c.is_ascii_digit());
            let measured = || {
                digits_before
                    && crate::quantity::is_measure_or_duration(
                        &crate::text::compose(label).to_lowercase(),
                    )
            };
            let counted = head.is_some_and(is_number_word) || measured();
            return !compound && !counted;
        }
        // Step back over `5, ` or `1 và ` to the word before the list.
        let trimmed = rest.trim_end_matches(crate::text::is_space);
        let unlinked = match trimmed.strip_suffix(',') {
            Some(r) => r,
            None => match previous_word(trimmed).filter(|w| same(w, "và")) {
                Some(w) => match without_last(trimmed, w.len()) {
                    Some(head) => head,
                    None => return false,
                },
                None => return false,
            },
        };
        let unlinked = unlinked.trim_end_matches(crate::text::is_space);
        let number = unlinked.trim_end_matches(|c: char| c.is_ascii_digit());
        // (Digits glued to a word are part of it, no item of a list: `người/km2 và 4.363`.)
        if number.len() == unlinked.len() || number.ends_with(is_word_char) {
            return false;
        }
        rest = number;
    }
    false
}

pub(super) fn space0_str(input: &str) -> (&str, &str) {
    crate::text::space0(input).unwrap_or((input, ""))
}

/// Whether the line of the place between `before` and `rest` is written in title case, as a
/// headline is: six words or more, each opening with a capital (numbers aside), not all in
/// capitals, and no longer than a headline, so that the look costs a few words.
pub(super) fn a_line_in_title_case(before: &str, rest: &str) -> bool {
    const LONGEST: usize = 200;
    // (Fewer words are a name and its address as often: `Tổ 13+16+17 Phường Sài Đồng`.)
    const WORDS_OF_A_HEADLINE: usize = 6;
    let head = before.rsplit('\n').next().unwrap_or_default();
    let tail = rest.split('\n').next().unwrap_or_default();
    if head.len().saturating_add(tail.len()) > LONGEST {
        return false;
    }
    let words = || {
        head.split(char::is_whitespace)
            .chain(tail.split(char::is_whitespace))
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
    };
    // (A line in capitals is none: it is read lowered, see `capitals`.)
    let lower = || words().any(|w| w.chars().any(char::is_lowercase));
    words().count() >= WORDS_OF_A_HEADLINE && words().all(is_capitalized) && lower()
}

/// Whether the unit as written in `rest` is an administrative type in title case followed by
/// another capitalized word: `Phường Sài Đồng` after a number.
fn is_title_case_unit(rest: &str, unit: &str) -> bool {
    // A measure's word in a name (`Trung đoàn 3 Lạng Sơn`): a capitalized word right after it,
    // with no mark between (`230 Mbps. Cơ quan` is a sentence that ends).
    if crate::quantity::MEASURES.contains(&unit) {
        let name_goes_on = |(word, after): (&str, &str)| {
            is_title_case(word) && next_word(after).is_some_and(|(next, _)| is_capitalized(next))
        };
        return crate::text::space0(rest)
            .ok()
            .and_then(|(r, _)| split_word(r))
            .is_some_and(name_goes_on);
    }
    if crate::admin::type_word_len(unit) != Some(unit.len()) {
        return false;
    }
    let unit_words = unit.split([' ', ',']).filter(|w| !w.is_empty()).count();
    let mut words = rest
        .split(|c: char| !crate::text::is_word_char(c))
        .filter(|w| !w.is_empty());
    let Some(first) = words.next() else {
        return false;
    };
    let after_unit = words.nth(unit_words.saturating_sub(1));
    is_title_case(first) && after_unit.is_some_and(is_capitalized)
}

/// Whether `đồng giá` (one price for all) and a price follow the amount `after` ends
/// (`lớp 6 đồng giá 10.000đ`): `đồng` there is no currency of the number before it; `600 đồng
/// giá bán lẻ` is a sum and its price.
pub(super) fn one_price_for_all(after: &str) -> bool {
    next_word(after).is_some_and(|(w, r)| same(w, "đồng") && price_for_all_after_dong(r))
}

/// Whether `giá` and a price, with a word of what it is for between them or none, open
/// `after_dong` (`giá 150k`, `giá vé 80.000 đồng`): see [`one_price_for_all`].
pub(super) fn price_for_all_after_dong(after_dong: &str) -> bool {
    let priced = |r: &str| space0_str(r).0.starts_with(|c: char| c.is_ascii_digit());
    next_word(after_dong).is_some_and(|(g, r)| {
        same(g, "giá") && (priced(r) || next_word(r).is_some_and(|(_, r)| priced(r)))
    })
}

/// Whether the number at `rest` is a house's number with its alley's after a slash, before the
/// street where an address places it, its name or a way and the way's name or number (`Quán
/// mình ở 112/5 Hoàng Hoa Thám`, `địa chỉ 25/7 Lê Văn Sỹ`, `số 102/5 đường số 7`, `ở 45/12
/// hẻm 3`): two numbers, no day and no ratio.
pub(super) fn house_and_alley_numbers(before: &str, rest: &str) -> bool {
    // (After a word that places it: after a comma or a colon a day opens a clause as often,
    // `Theo kế hoạch, 15/8 Sở Giáo dục…`, `Lịch thi: 12/6 Ngữ văn`.)
    const PLACED: &[&str] = &["ở", "tại", "số", "chỉ", "hệ"];
    // (So does a word of going to a place, where the pair is no day of the year: `giao tới
    // 45/12 Nguyễn Trãi`, `chuyển về 102/5 đường số 7`; `họp tới 3/5 Ban…` may be a day.)
    const GOING_TO: &[&str] = &["tới", "đến", "về"];
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let house = digits(rest);
    let Some(alley_at) = rest.get(house..).and_then(|r| r.strip_prefix('/')) else {
        return false;
    };
    let alley = digits(alley_at);
    let Some(after) = alley_at.get(alley..) else {
        return false;
    };
    // (A noun counted in title case is none, `5/27 Ngân hàng bao gồm` takes a share of
    // banks, unless more words in title case make it a name's first: `268/14 Tô Hiến Thành`.)
    let named = next_word(after).is_some_and(|(w, rest)| {
        let counted = crate::quantity::unit_after(crate::quantity::Units::shared(), after);
        is_title_case(w) && (counted.is_none() || name_goes_on(rest))
    });
    let street = (named || a_way_named(after)) && after.starts_with(crate::text::is_space);
    // (`Địa chỉ: 78/3 Lê Lợi`, `Liên hệ: 56/2 Điện Biên Phủ`: the word's colon is its own.)
    let head = before.trim_end_matches(|c: char| crate::text::is_space(c) || c == ':');
    let value = |s: &str, len: usize| s.get(..len).and_then(|d| d.parse::<u32>().ok());
    let a_day = value(rest, house).is_some_and(|d| (1..=31).contains(&d))
        && value(alley_at, alley).is_some_and(|m| (1..=12).contains(&m));
    let placed =
        previous_word(head).is_some_and(|w| word_in(w, PLACED) || !a_day && word_in(w, GOING_TO));
    house > 0 && alley > 0 && street && (placed || headed_by_an_address(before))
}

/// Whether `before` ends with a heading of an address and its colon: `địa chỉ` a few words
/// back (`Địa chỉ giao hàng:`, `Địa chỉ nhận hàng:`) or its abbreviation (`ĐC:`, `Đ/c:`).
fn headed_by_an_address(before: &str) -> bool {
    let Some(heading) = before
        .trim_end_matches(crate::text::is_space)
        .strip_suffix(':')
    else {
        return false;
    };
    let heading = heading.trim_end_matches(crate::text::is_space);
    let abbreviated = heading
        .rsplit(char::is_whitespace)
        .next()
        .is_some_and(|w| word_in(w, &["đc", "đ/c"]));
    abbreviated
        || words_back(heading)
            .take(4)
            .any(|(w, head)| same(w, "chỉ") && previous_word(head).is_some_and(|d| same(d, "địa")))
}

/// Whether `text` opens with a way (`đường`, `hẻm`, `ngõ`, `quốc lộ`, …) and its name in title
/// case, a person's name in any case, or its number (`đường số 7`, `hẻm 3`, `ngõ Huế`, `đường
/// nguyễn văn linh`), as an address writes the street a house is on.
fn a_way_named(text: &str) -> bool {
    let text = space0_str(text).0;
    let Some((_, len)) = crate::text::find_phrase(text, crate::address::WAYS) else {
        return false;
    };
    let after = text.get(len..).unwrap_or_default();
    let after = match next_word(after) {
        Some((w, rest)) if same(w, "số") => rest,
        _ => after,
    };
    // (A name in lower case, as a chat or a line in capitals read lowered writes it, where it
    // opens with a family name: `số 15/8 đường nguyễn văn linh`.)
    let (name, spaces) = space0_str(after);
    !spaces.is_empty()
        && (name.starts_with(|c: char| c.is_ascii_digit())
            || split_word(name)
                .is_some_and(|(w, _)| is_title_case(w) || word_in(w, crate::admin::FAMILY_NAMES)))
}

/// Whether the noun after the number at `rest` (its qualifier aside), one word in title case,
/// goes on with one to four more words in title case and then the sentence in lower case or a
/// comma, where an address places it (after a comma, a colon, a dash, `ở`, `tại`, `số` or a name): a
/// street's name (`chùa Pháp Hoa, 870 Trường Sa, phường 14`, `ở 12 Hàng Bài, Hà Nội`), which
/// the number before it is the house number of, no count. A count in title case is a
/// headline's (`trao 50 Phần Quà Tết`, `có 4 Tòa Tháp cao 40 tầng`), and `3 Trường Tiểu học`
/// counts schools. (The street's twin for a unit's type word is [`is_title_case_unit`].)
fn names_a_street(before: &str, rest: &str, unit: &str) -> bool {
    const PLACED: &[&str] = &["ở", "tại", "số", "địa", "chỉ"];
    let written = crate::number::amount(after_qualifier(rest)).map_or("", |(r, _)| r);
    let Some((_, after)) = next_word(written).filter(|(w, _)| is_title_case(w)) else {
        return false;
    };
    if unit.contains(' ') {
        return false;
    }
    let placed = |head: &str| {
        // (A dash set off by spaces parts a name from its address as a comma does: `Tuấn Phát
        // – 118 Trường Chinh`.)
        let dashed = head.ends_with(['–', '—']) || head.ends_with(" -");
        head.ends_with([',', ':'])
            || dashed
            || previous_word(head).is_some_and(|w| word_in(w, PLACED) || is_capitalized(w))
    };
    let head = before.trim_end_matches(crate::text::is_space);
    // (An alley's number after its house's takes the house's place: `ở 268/14 Tô Hiến Thành`.)
    let house = head
        .strip_suffix('/')
        .filter(|h| h.ends_with(|c: char| c.is_ascii_digit()))
        .map(|h| h.trim_end_matches(|c: char| c.is_ascii_digit()))
        .map(|h| h.trim_end_matches(crate::text::is_space));
    let after_a_house = house.is_some_and(placed);
    if !placed(head) && !after_a_house {
        return false;
    }
    let (taken, rest) = title_case_words(after);
    // (The name's words end where the sentence goes on in lower case, or at a comma; after a
    // house's number, where the text ends too.)
    let ended = rest.trim_start().is_empty() && after_a_house;
    (1..4).contains(&taken)
        && (next_word(rest).is_some() || ended || rest.trim_start().starts_with([',', ';']))
}

/// Whether the noun after the number at `rest`, one word in title case, opens with the words
/// in title case after it the name of a place the gazetteer knows (`Bình` in `trung tâm sát
/// hạch loại 1 Bình Dương`, a jar as a noun): the place is named, and the number before it
/// counts nothing.
fn opens_a_known_place(rest: &str, unit: &str) -> bool {
    if unit.contains(' ') {
        return false;
    }
    let written = crate::number::amount(rest).map_or("", |(r, _)| r);
    let Some((first, after)) = next_word(written).filter(|(w, _)| is_title_case(w)) else {
        return false;
    };
    // (A name of two to four words: the noun and one to three after it.)
    let mut name = first.to_string();
    let mut rest = after;
    for _ in 0..3 {
        let Some((word, after)) = next_word(rest).filter(|(w, _)| is_title_case(w)) else {
            return false;
        };
        name.push(' ');
        name.push_str(word);
        if crate::gazetteer::find_by_name(&name).next().is_some() {
            return true;
        }
        rest = after;
    }
    false
}

/// The words in title case that open `rest`, five at most, and the text after them.
fn title_case_words(rest: &str) -> (usize, &str) {
    let mut rest = rest;
    for taken in 0..5 {
        match next_word(rest) {
            Some((w, r)) if is_title_case(w) => rest = r,
            _ => return (taken, rest),
        }
    }
    (5, rest)
}

/// Whether the first word of a name in title case goes on with one to three more (`Tô` in
/// `Tô Hiến Thành`, `Lê` in `Lê Văn Sỹ`), then the sentence in lower case, a mark or its end:
/// a name's word, though it may count (`tô`, a bowl), where a name is expected.
fn name_goes_on(after_first: &str) -> bool {
    let (taken, rest) = title_case_words(after_first);
    (1..4).contains(&taken)
        && (next_word(rest).is_some() || !rest.trim_start().starts_with(char::is_alphanumeric))
}

/// Whether `rest` opens with a verb of estimating (`ước lượng`, `ước tính`) and `một` alone
/// before the noun `unit`: the article, what is estimated (`ước lượng một tỷ lệ`), no count of
/// one.
fn estimating_a_thing(rest: &str, unit: &str) -> bool {
    // (`ư` opens with C6 composed, `u` decomposed: a byte tells most qualifiers apart.)
    if !matches!(rest.as_bytes().first(), Some(0xC6 | b'u' | b'U')) {
        return false;
    }
    let unit_first = unit.split(' ').next().unwrap_or_default();
    ["ước lượng", "ước tính"].iter().any(|verb| {
        crate::text::match_phrase(rest, verb)
            .and_then(|len| rest.get(len..))
            .and_then(next_word)
            .is_some_and(|(w, after)| {
                let alone = !next_word(after)
                    .is_some_and(|(n, _)| is_number_word(n) && !same(n, unit_first));
                same(w, "một") && alone
            })
    })
}

/// Whether a quantity read at `rest` counts: the rules for number words and `một`.
pub(super) fn counts(before: &str, rest: &str, q: &Quantity, set_against: bool) -> bool {
    if names_a_street(before, rest, &q.unit) || opens_a_known_place(rest, &q.unit) {
        return false;
    }
    // (`mồng bảy hội Khám`, `mùng 3 khách đông`: the number after `mồng` or `mùng` is the day
    // of the month, counting nothing.)
    if previous_word(before).is_some_and(|w| word_in(w, &["mồng", "mùng"])) {
        return false;
    }
    let starts_with_digit = rest
        .trim_start_matches('-')
        .starts_with(|c: char| c.is_ascii_digit());
    if starts_with_digit {
        // `77/QĐ-UBND 2020 Ngân hàng …`: a year before a capitalized title counts nothing.
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        // (Unless the capitalized word is the symbol of the measure counted: `1000 IU`, `2000
        // MW`.)
        let symbol = || crate::quantity::MEASURES.contains(&q.unit.as_str());
        let year_like = digits == 4 && rest.starts_with(['1', '2']) && !symbol();
        let title_next = next_word(&rest[digits..]).is_some_and(|(w, _)| is_capitalized(w));
        // `17 Phường Sài Đồng`: a capitalized noun followed by a name names a unit; it is not
        // what the number counts.
        // (In a line in title case every word is capitalized, and a measure's word names no
        // place: `Xuất Khẩu 2 Triệu Tấn Gạo`, `Chạy 42 Km Trong 3 Giờ`.)
        let measured_in_a_title = || {
            crate::quantity::MEASURES.contains(&q.unit.as_str())
                && a_line_in_title_case(before, rest)
        };
        let named = is_title_case_unit(&rest[digits..], &q.unit) && !measured_in_a_title();
        return !(named || year_like && title_next);
    }
    // (`ước lượng một tỷ lệ`: after a verb of estimating, `một` alone is the article, "to
    // estimate a rate"; an estimate of one thing is not said.)
    if q.approx.is_some() {
        return !estimating_a_thing(rest, &q.unit);
    }
    let Some((word, after)) = split_word(rest) else {
        return true;
    };
    if !is_number_word(word) {
        return true;
    }
    // The next word may be a number word and the noun counted at once (`năm` in `một năm`):
    // the amount is one word when its unit follows it.
    let unit_first = q.unit.split(' ').next().unwrap_or_default();
    // (`phẩy`, the decimal point, goes on with the amount: `không phẩy năm mét`.)
    let one_word = !next_word(after)
        .is_some_and(|(w, _)| is_number_word(w) && !same(w, unit_first) || same(w, "phẩy"));
    // Alone, `tư`, `lăm`, `mốt` are parts of other words (`đầu tư nước ngoài`) and `một` is
    // the article "a" (`một đối tượng`); `một trăm năm` and `ít nhất một huyện` count.
    if one_word && word_in(word, &["tư", "lăm", "mốt", "nhăm"]) {
        return false;
    }
    // Alone, `không` before a noun is "not" (`quá hạn không giải quyết`): zero things are
    // written `0` or said otherwise.
    if one_word && same(word, "không") {
        return false;
    }
    // (`nặng hơn một tấn`: after a comparison, `một` is the numeral, as after a qualifier;
    // so after `chỉ`, which limits it: `chỉ một xã chưa đạt`, where `chỉ cần một cuộc gọi`
    // limits the verb; but `một phần` is "a part", whatever limits it.)
    let compared = || {
        previous_word(before).is_some_and(|w| {
            word_in(w, &["hơn", "kém"]) || same(w, "chỉ") && !word_in(&q.unit, PARTITIVES)
        })
    };
    // (`một tiếng rưỡi`, `một cân rưỡi`: one and a half is the numeral, for no article takes a
    // half.)
    let a_half_more = || q.amount != Amount::Exact(Decimal::ONE);
    if one_word && same(word, "một") && !set_against && !compared() && !a_half_more() {
        return false;
    }
    // `Bốn Xã`, `Ngã Năm`: number words in a capitalized name, not at a sentence start (and
    // not in a line of capitals: `HAI NGƯỜI`).
    if is_title_case(word) && unit_capitalized(after, &q.unit) && !before.trim_end().is_empty() {
        return false;
    }
    // `năm tháng`: years and months, not five months, but after a word that opens a length
    // (`sau năm tháng`, `mất năm tháng`, `gần năm tháng`); `cuối năm Quý Mão`, `là năm tổ
    // chức`: the year, not five. Before a span of time shorter than a day, no part of a year's
    // name, it is five (`trong năm phút`, `mỗi năm giây`).
    if one_word && same(word, "năm") {
        let shorter_than_a_day = crate::quantity::shorter_than_a_day(&q.unit);
        let year_before = previous_word(before)
            .is_some_and(|w| word_set(&YEAR_WORDS_SET, YEAR_WORDS).contains(w));
        // (`Trong năm tháng đầu năm`, `Chỉ trong năm tháng,`: `trong` opens five months where
        // the first or the last of something, or the clause's end, follows; before what they
        // were, or `qua`, it is in the years: `Trong năm tháng chiến tranh`, `trong năm tháng
        // qua`, `Trong năm tháng cuối đời`.)
        let placed = || {
            // (`after` is the text after `năm`; the unit `tháng` first.)
            let after = next_word(after).map_or("", |(_, rest)| rest);
            let (spaced, _) = space0_str(after);
            spaced.is_empty()
                || spaced.starts_with([',', '.', ';', ':', ')'])
                || next_word(after).is_some_and(|(w, rest)| {
                    // (The first or last of a life or an age are years: `năm tháng đầu đời`,
                    // `năm tháng cuối đời`, `cuối thế kỷ`.)
                    let (spaced, _) = space0_str(rest);
                    let ends = spaced.is_empty() || spaced.starts_with([',', '.', ';', ':']);
                    let of_an_age =
                        next_word(rest).is_some_and(|(n, _)| word_in(n, &["đời", "thế"]));
                    let last_of_a_year =
                        next_word(rest).is_some_and(|(n, _)| word_in(n, &["năm", "cùng"]));
                    same(w, "đầu") && !of_an_age || same(w, "cuối") && (ends || last_of_a_year)
                })
        };
        let opened = opens_a_length(before)
            && (!previous_word(before).is_some_and(|w| same(w, "trong")) || placed());
        let five_months = q.unit == "tháng" && opened;
        let years_and_months = q.unit == "tháng" && !five_months;
        let year_before = year_before && !five_months;
        return shorter_than_a_day
            || !(years_and_months || year_before || unit_capitalized(after, &q.unit));
    }
    true
}

/// Whether the word before a count opens a length of time: a word of [`DURATION_CUES`]
/// (`sau`, `trong`, `mất`) or a qualifier of an amount (`gần`, `hơn`, `khoảng`); not
/// `theo` or `suốt`, along and throughout (`theo năm tháng`, over the years; `suốt năm tháng
/// chiến tranh`, through the war years).
fn opens_a_length(before: &str) -> bool {
    previous_word(before).is_some_and(|w| {
        (word_set(&DURATION_SET, DURATION_CUES).contains(w) || approx_phrase(w).is_ok())
            && !word_in(w, &["theo", "suốt"])
    })
}

/// Nouns of a part of a whole, which `một` takes as the article: `một phần` (a part), `một
/// bộ phận`, `một ít`, `một chút`.
const PARTITIVES: &[&str] = &["phần", "bộ phận", "ít", "chút"];

/// Number words that cannot end a numeral in words: what follows them is still part of it.
const OPEN_NUMBER_WORDS: &[&str] = &["trăm", "mươi", "linh", "lẻ", "phẩy"];

/// A numeral in words is read from its first word: a number word right after `trăm`, `mươi`,
/// `linh`/`lẻ` or `phẩy` continues the numeral before it (`ba nghìn` in `hai trăm ba nghìn`,
/// `năm` in `một trăm linh năm`), a digit word after a number word's scale is its short form
/// (`ba` in `hai nghìn ba ngày`), and so does a word of tens or a scale right after a digit
/// word (`chục` in `đôi ba chục con trâu`, `nghìn` in `vài nghìn`): no reading starts there;
/// where the whole is in doubt, nothing is read, never a piece of it.
pub(super) fn inside_a_numeral(before: &str, rest: &str) -> bool {
    let Some((first, _)) = split_word(rest).filter(|(w, _)| is_number_word(w)) else {
        return false;
    };
    let Some(last) = previous_word(before).filter(|_| before.ends_with(crate::text::is_space))
    else {
        return false;
    };
    let multiplies = || {
        (same(first, "chục") || crate::words::lexer::is_scale_word(first)) && is_number_word(last)
    };
    // (A digit word after a scale that multiplies a number word is its short form, or the
    // whole is in doubt: `ba` in `hai nghìn ba ngày`.)
    let short_form = || {
        crate::words::lexer::is_scale_word(last)
            && without_last(before.trim_end_matches(crate::text::is_space), last.len())
                .and_then(previous_word)
                .is_some_and(is_number_word)
    };
    // (`linh`, `lẻ` and `phẩy` join a numeral only after a number: `tiền lẻ năm nghìn` is
    // small change of five thousand, `số lẻ` an odd number.)
    let joins = || {
        !word_in(last, &["linh", "lẻ", "phẩy"])
            || without_last(before.trim_end_matches(crate::text::is_space), last.len())
                .map(|head| head.trim_end_matches(crate::text::is_space))
                .is_some_and(|head| {
                    head.ends_with(|c: char| c.is_ascii_digit())
                        || previous_word(head).is_some_and(is_number_word)
                })
    };
    word_in(last, OPEN_NUMBER_WORDS) && joins() || multiplies() || short_form()
}

/// A number right after `thứ` names a weekday or a rank (`thứ Sáu tuần sau`, `thứ 2`), never a
/// count of what follows it.
pub(super) fn names_a_weekday_or_rank(before: &str) -> bool {
    previous_word(before).is_some_and(|w| same(w, "thứ"))
}

/// Words that make an amount in words after them a vague one, "some" or "a few": `hàng trăm
/// người`, `dăm ba người`, `vài chục năm`, `đôi ba lần`, `mấy trăm nghìn`.
const VAGUE_BEFORE: &[&str] = &["hàng", "dăm", "vài", "đôi", "mấy"];

/// A word of vagueness (`hàng`, `dăm`, `vài`, `đôi`, `mấy`) makes the amount in words after it
/// vague, so it is no number (`hàng trăm người`, `dăm bảy chiếc xe`, `vài ba hôm`); before digits
/// the word means something else (`chuyến hàng 15 tấn`, goods; `đôi 2 chiếc`, a pair).
pub(super) fn is_vague(before: &str, rest: &str) -> bool {
    let Some(word) = previous_word(before).filter(|w| word_in(w, VAGUE_BEFORE)) else {
        return false;
    };
    // `hàng` makes a vague amount only of a round number (`hàng trăm`, `hàng chục nghìn`):
    // before a digit word it ends a noun (`vay ngân hàng hai trăm triệu`, `đơn hàng ba cái`).
    let round = || split_word(rest).is_some_and(|(w, _)| word_in(w, ROUND_NUMBER_WORDS));
    !rest.starts_with(|c: char| c.is_ascii_digit()) && (!same(word, "hàng") || round())
}

/// Whether the word of vagueness before `before`'s end is `đôi`, which before a price is a pair
/// (`giá đôi hai triệu đồng`, `vé đôi ba trăm nghìn đồng`).
pub(super) fn vague_word_is_a_pair(before: &str) -> bool {
    previous_word(before).is_some_and(|w| same(w, "đôi"))
}

/// The words of a round number, which `hàng` makes vague: `hàng trăm`, `hàng nghìn`.
const ROUND_NUMBER_WORDS: &[&str] = &["chục", "trăm", "nghìn", "ngàn", "vạn", "triệu", "tỷ", "tỉ"];

/// Words that make the noun after them any one of its kind (`mỗi tổ`, `từng nhóm`), so that
/// it labels nothing: the number after it counts (`mỗi tổ 6 thành viên`).
const DISTRIBUTIVES: &[&str] = &["mỗi", "từng", "mọi"];

/// Whether the word before `before`'s end is a distributive (`mỗi`, `từng`, `mọi`): a type word
/// after it names no unit (`mỗi thôn 200 hộ`: the number counts the households of any one).
pub(super) fn after_a_distributive(before: &str) -> bool {
    previous_word(before).is_some_and(|w| word_in(w, DISTRIBUTIVES))
}

/// Whether the label noun just before `before`'s end is taken distributively: `mỗi tổ`,
/// `từng nhóm`, `mỗi lớp`.
pub(super) fn label_taken_distributively(before: &str) -> bool {
    let trimmed = before.trim_end_matches(crate::text::is_space);
    // (The label as written, of one word or two: `mỗi phòng thi 24 thí sinh`.)
    let Some(label) = label_at_end(trimmed).or_else(|| previous_word(trimmed)) else {
        return false;
    };
    let head = without_last(trimmed, label.len()).and_then(previous_word);
    head.is_some_and(|w| word_in(w, DISTRIBUTIVES))
}

/// Verbs written as labels are (`điều`, to dispatch, and `Điều`, an article; `cấp`, to issue,
/// and `cấp 12`, a level): before a count they are the verb (`điều 6 xe cứu thương`).
pub(super) const VERBS_WRITTEN_AS_LABELS: &[&str] = &["điều", "cấp", "tập"];

/// A label noun followed by its own number or code (`quốc lộ 20`, `ngõ 15`, `khối A00`) labels that
/// number: it is not what the number before it counts (`145 quốc lộ 20` is a house number).
/// So does a label making one noun with the noun before it (`12 tỉnh lộ 8`: `lộ 8` labels
/// the road), not one after a whole noun (`175 học sinh lớp 1` counts pupils of grade 1).
/// A street noun followed by its name (`58 đường 3 tháng 2`, `12 phố Huế`) is the street of a
/// house number, not what the number counts.
pub(super) fn unit_labels_next_number(q: &Quantity, after: &str) -> bool {
    let labels = word_set(&LABEL_SET, LABELS);
    // Its number, or its code of a capital and digits (`khối A00`, `hạng B2`).
    // (`12 đường số 7`: `số` may stand between the noun and its number.)
    let digits_after = |r: &str| {
        space1(r).is_ok_and(|(r, _)| {
            let r = crate::text::keyword_rest(r, "số")
                .and_then(|after| space1(after).ok())
                .map_or(r, |(after, _)| after);
            let b = r.as_bytes();
            let code = crate::text::starts_with_a_plain_capital(r)
                && b.get(1).is_some_and(u8::is_ascii_digit);
            code || r.starts_with(|c: char| c.is_ascii_digit())
        })
    };
    let name_after = |r: &str| next_word(r).is_some_and(|(w, _)| is_capitalized(w));
    // (What follows first, the look-ups in the sets only where it fits.)
    let last_word = q.unit.rsplit(' ').next().unwrap_or_default();
    // A measure or a length of time before a number goes on measuring (`5 km 300 m`, `35 phút
    // 12 giây`), whatever it labels elsewhere (`km 12`, a kilometre post; `phút 89`).
    // (A deposit's term is named by its length: `200 triệu kỳ hạn 6 tháng`; terms are counted
    // before the word, `6 kỳ hạn`.)
    let term = q.unit == "kỳ hạn";
    if digits_after(after)
        && !classes_of_a_grade(q, after)
        && (labels.contains(last_word) || term)
        && !crate::quantity::is_measure_or_duration(&q.unit)
    {
        return true;
    }
    let one_word = !q.unit.contains(' ');
    if one_word && (digits_after(after) || name_after(after)) && is_street_noun(&q.unit) {
        return true;
    }
    // Only a label that makes one noun with the noun before it (`tỉnh lộ`): after a whole noun
    // a label qualifies what is counted (`175 học sinh lớp 1`).
    let next = next_word(after);
    next.is_some_and(|(w, r)| digits_after(r) && word_in(w, BOUND_LABELS))
}

/// Whether `q` counts classes of the school grade whose number follows (`tuyển 2 lớp 10
/// chuyên Toán`, `mở thêm 3 lớp 1`, `5 lớp 12 thi thử`): a grade, one to twelve, says which
/// classes, and the number before them counts them, where another label's number names the
/// one labelled (`145 quốc lộ 20`).
fn classes_of_a_grade(q: &Quantity, after: &str) -> bool {
    let Ok((grade, _)) = space1(after) else {
        return false;
    };
    let digits = grade.bytes().take_while(u8::is_ascii_digit).count();
    let follows = grade.get(digits..).unwrap_or_default();
    q.unit == "lớp"
        && grade
            .get(..digits)
            .and_then(|d| d.parse::<u8>().ok())
            .is_some_and(|g| (1..=12).contains(&g))
        && !follows.starts_with(|c: char| c.is_alphanumeric() || c == '/' || c == '.')
}

/// Whether `q`, with `rest` after it, is a count of a noun that stands free of a label: a
/// label noun between two counts in digits is counted itself, a pair of counts (`có 2 tầng 300
/// căn hộ`, `chia 2 tổ 10 người`, `duy trì 4 ca 6 kíp`), where a label's own number counts
/// nothing after it (`145 quốc lộ 20`, `khoản 1 Điều 48`); a noun that labels a number in turn
/// (`3 ngõ 12`) or a street before its name (`7 ngõ 15 phố Huế`) is part of an address, but a
/// label noun counted is free (`12 tầng 168 phòng`).
pub(super) fn a_free_count(q: &Quantity, rest: &str) -> bool {
    let name_after = next_word(rest).is_some_and(|(w, _)| is_capitalized(w));
    let digits_after = space0_str(rest).0.starts_with(|c: char| c.is_ascii_digit());
    !is_street_noun(&q.unit)
        && !crate::quantity::is_measure_or_duration(&q.unit)
        && !name_after
        && !digits_after
}

/// Whether the label noun ending `before` has digits before it that are no label's own (`5
/// tầng` in `xây 5 tầng`, not `1 Điều` in `khoản 1 Điều`), which count it when a count of a
/// noun follows (see [`a_free_count`]).
pub(super) fn label_counted_by_digits(before: &str) -> bool {
    // (`115 điều 6 xe`: a verb written as a label is no noun counted; `145 quốc lộ 20 đoạn`: a
    // road after a house number is an address's.)
    let counted = |l: &&str| {
        !word_in(l, VERBS_WRITTEN_AS_LABELS)
            && !is_street_noun(l.rsplit(' ').next().unwrap_or_default())
    };
    let Some(label) = label_at_end(before).filter(counted) else {
        return false;
    };
    let trimmed = before.trim_end_matches(crate::text::is_space);
    let Some(head) = without_last(trimmed, label.len()) else {
        return false;
    };
    let head = head.trim_end_matches(crate::text::is_space);
    let digits = head.bytes().rev().take_while(u8::is_ascii_digit).count();
    // (Digits of a token of their own: `68m2 tầng 12` measures, and `2` ends `m2`.)
    let whole = |h: &str| h.is_empty() || h.ends_with(crate::text::is_space);
    digits > 0 && without_last(head, digits).is_some_and(|h| whole(h) && !is_labelled(h))
}

/// Labels that are never a word alone, only the last syllable of a noun (`quốc lộ`, `tỉnh
/// lộ`, `hương lộ`): a number before such a noun is a house number, not a count of roads.
const BOUND_LABELS: &[&str] = &["lộ"];

/// A `d/m` followed by `số` (the number of …), or by `trong` or `trên` and `số` or `tổng số`
/// (out of the number of …), is a fraction of a count (`3/5 số hộ`, `1/4 số đơn vị`, `2/3
/// trong tổng số 120 hộ`, `1/5 trên tổng số xã`), not a day; but `trong`/`trên` after a word
/// that opens a point of time begin the clause after the day (`Tính đến 10/12 trong tổng số
/// 500 hồ sơ`, `Từ 1/7 trong số các mặt hàng`). `before` is the text before the `d/m`.
pub(super) fn fraction_of_a_count(before: &str, after: &str) -> bool {
    if after_the_whole_it_parts(before) {
        return true;
    }
    let Some((word, rest)) = next_word(after) else {
        return false;
    };
    let number_of = |text: &str| {
        next_word(text).is_some_and(|(w, r)| {
            same(w, "số") || same(w, "tổng") && next_word(r).is_some_and(|(w, _)| same(w, "số"))
        })
    };
    let at_a_point =
        || previous_word(before).is_some_and(|w| word_in(w, DAY_OPENERS) || word_in(w, DAY_BOUNDS));
    same(word, "số") || word_in(word, &["trong", "trên"]) && number_of(rest) && !at_a_point()
}

/// Whether `before` ends with a sentence's opening phrase that names a whole by its count
/// (`Trong số 48 hồ sơ dự thầu,`, `Trong tổng số 120 hộ,`): a `d/m` right after its comma is
/// the part of that whole (`…, 2/3 không đáp ứng yêu cầu`).
fn after_the_whole_it_parts(before: &str) -> bool {
    // (An opening phrase of a few words: the sentence is looked at no further back.)
    const REACH: usize = 120;
    let Some(head) = before
        .trim_end_matches(crate::text::is_space)
        .strip_suffix(',')
    else {
        return false;
    };
    let (sentence, opens) =
        clause_ending(head, REACH, |c| matches!(c, '.' | '!' | '?' | '\n' | ','));
    let opening = sentence.trim_start_matches(crate::text::is_space);
    let Some((_, rest)) = split_word(opening).filter(|(w, _)| same(w, "trong")) else {
        return false;
    };
    let rest = match next_word(rest) {
        Some((w, r)) if same(w, "tổng") => r,
        _ => rest,
    };
    let counted = next_word(rest).is_some_and(|(w, r)| {
        same(w, "số") && space0_str(r).0.starts_with(|c: char| c.is_ascii_digit())
    });
    opens && counted
}

/// A bare `d/m` whose first number is the smaller, before a noun it may take a part of, is a
/// fraction of that noun (`uống 1/2 viên`, `giảm 1/2 học phí`, `thêm 3/4 muỗng muối`), unless
/// a word before it makes it a day (`vào 1/6 các cháu`, `dịp 2/9 nhân dân`). So is a half, a
/// third or a quarter right after a verb of change or of share, whatever follows: it says how
/// much (`giảm 1/2 giá vé`, `chỉ còn 1/3`, `đạt 2/3 kế hoạch`), and so is one after what it is
/// each of (`mỗi người 1/6`: a share). `after` is the text after it.
pub(super) fn fraction_of_a_noun(before: &str, raw: &RawDate, units: &Units, after: &str) -> bool {
    const CHANGES: &[&str] = &["tăng", "giảm", "chiếm", "bằng", "còn", "đạt"];
    let proper = raw.date.day < raw.date.month;
    let day_cue = after_a_day_cue(before);
    // (`5/9 hằng năm`, `5/9 hàng năm`: a phrase of frequency after it is no noun.)
    let frequency = || {
        next_word(after).is_some_and(|(w, r)| opens_a_frequency(w, || next_word(r).map(|(n, _)| n)))
    };
    // (Wholes that open with a word of grammar elsewhere: `hưởng 1/2 giá trị thửa đất`, `1/3
    // chi phí`; and wholes of time or way, which no day is followed by.)
    const WHOLES: &[&str] = &[
        "giá trị",
        "chi phí",
        "số tiền",
        "thời gian",
        "khối lượng",
        "thời lượng",
        "quãng đường",
        "chặng đường",
        "chặng đua",
        "diện tích",
        "dân số",
    ];
    let a_whole = || {
        space1(after).is_ok_and(|(r, _)| {
            WHOLES
                .iter()
                .any(|w| crate::text::match_phrase(r, w).is_some())
        })
    };
    let noun = || {
        crate::quantity::unit_after(units, after).is_some()
            || crate::quantity::noun_follows(after)
            || a_whole()
    };
    // (After a word that bounds a day or an amount, a whole that a day never goes before makes
    // it the amount: `sau 2/3 thời gian làm bài`, `đến 1/3 chặng đường`.)
    let bounded_part =
        || previous_word(before).is_some_and(|w| word_in(w, DAY_BOUNDS)) && a_whole();

    // (Only a fraction said as often as a day: halves, thirds, quarters in lowest terms; `giảm
    // 2/5`, `tăng 1/8`, `tăng 2/6` in a price story are days.)
    let common = matches!(
        (raw.date.day, raw.date.month),
        (1, 2) | (1, 3) | (2, 3) | (1, 4) | (3, 4)
    );
    let changed = || common && previous_word(before).is_some_and(|w| word_in(w, CHANGES));
    // (A share after the people it is each of: `mỗi người 1/6`; `mỗi năm 1/6` is the day.)
    let shared_out = || {
        let head = before.trim_end_matches(crate::text::is_space);
        previous_word(head).is_some_and(|who| {
            // (Composed and lower case, as the lexicon writes its nouns.)
            crate::quantity::names_people(&crate::text::compose(who).to_lowercase())
                && without_last(head, who.len()).is_some_and(after_a_distributive)
        })
    };
    let a_change = || end_of_a_change_of_fractions(before, after);
    proper
        && (a_change()
            || bounded_part()
            || !day_cue
                && !holiday_named_before(before, raw)
                && !frequency()
                && (noun() || changed() || shared_out()))
}

/// Whether the bare `d/m` between `before` and `after` is an end of a change whose other end
/// is one too (`thị lực tăng từ 2/10 lên 9/10`, `tỷ lệ giảm từ 3/4 xuống 1/2`): a day goes
/// neither up nor down, so both ends are fractions.
fn end_of_a_change_of_fractions(before: &str, after: &str) -> bool {
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let fraction = |s: &str| {
        let whole = digits(s);
        whole > 0
            && s.get(whole..)
                .and_then(|r| r.strip_prefix('/'))
                .is_some_and(|r| digits(r) > 0)
    };
    let turn = |w: &str| word_in(w, &["lên", "xuống"]);
    let from = |head: &str| previous_word(head).is_some_and(|w| same(w, "từ"));
    let first =
        from(before) && next_word(after).is_some_and(|(w, r)| turn(w) && fraction(space0_str(r).0));
    let second = || {
        let head = before.trim_end_matches(crate::text::is_space);
        let Some(word) = previous_word(head).filter(|w| turn(w)) else {
            return false;
        };
        let head = without_last(head, word.len())
            .unwrap_or_default()
            .trim_end_matches(crate::text::is_space);
        let start = head.trim_end_matches(|c: char| c.is_ascii_digit() || c == '/');
        let end = head.get(start.len()..).unwrap_or_default();
        fraction(end) && from(start)
    };
    first || second()
}

/// Words that open a point of time before a bare `d/m` (see [`day_not_fraction`]).
const DAY_OPENERS: &[&str] = &["vào", "từ", "hôm", "ngày", "lúc"];

/// Words that open a point of time by bounding it, and bound an amount too (see
/// [`day_not_fraction`]).
const DAY_BOUNDS: &[&str] = &["đến", "tới", "trước", "sau", "hết"];

/// A bare `d/m` after a word that opens a point of time or an occasion is the day, though a
/// noun the lexicon counts follows it (`từ 1/7 người dân phải đổi thẻ`, `vào 1/6 trẻ em được
/// tặng quà`, `mừng 8/3 chị em`, `Đến 31/12 người dân phải đổi`, `Trước 30/6 doanh nghiệp
/// phải nộp`); a fraction of a count stays one (`từ 1/3 số hộ`). The words that open a point of
/// time by bounding it (`đến`, `tới`, `trước`, `sau`, `hết`) also bound an amount (`tăng đến 2/3
/// học sinh`): after them a `d/m` that may be a fraction, its first number the smaller, is the
/// day only where the word opens its clause and a counted noun follows, the clause's subject
/// (`Tới 1/9 học sinh tựu trường`; `Hết 1/2 thời gian` divides a whole). `rest` is the text
/// from the `d/m`. So is a `d/m` right after the name of the holiday, festival or day observed
/// that falls on it (see [`day_of_its_named_holiday`]).
pub(super) fn day_not_fraction(before: &str, rest: &str, units: &Units) -> bool {
    let Some(word) = previous_word(before) else {
        return false;
    };
    // (Not the first end of a change between fractions: `tăng từ 2/10 lên 9/10`.)
    let past_the_fraction = rest
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .strip_prefix('/')
        .map(|r| r.trim_start_matches(|c: char| c.is_ascii_digit()));
    if past_the_fraction.is_some_and(|after| end_of_a_change_of_fractions(before, after)) {
        return false;
    }
    if day_of_its_named_holiday(before, rest) {
        return true;
    }
    // (`mai` (tomorrow) in lower case, as a day's name opens it: `Dạ mai 14/2 bên em full
    // đơn`; capitalized, it is as often a person's name.)
    let tomorrow = same(word, "mai") && !is_capitalized(word);
    let opens = word_in(word, DAY_OPENERS) || word_in(word, OCCASIONS) || tomorrow;
    if !opens && !word_in(word, DAY_BOUNDS) {
        return false;
    }
    kept_raw_date(rest).is_some_and(|(after, raw)| {
        let improper = raw.date.day >= raw.date.month;
        raw.separator == Some('/')
            && raw.date.year.is_none()
            && raw.is_valid()
            && !fraction_of_a_count(before, after)
            && !at_least_follows(after)
            && (opens || improper || opens_its_clause(before) && subject_after(units, after))
    })
}

/// Whether `trở lên` (and above) follows: it bounds an amount from below, never a day, which
/// `trở đi` follows (`đạt từ 8/10 trở lên` is a mark, `từ 8/10 trở đi` a day).
pub(super) fn at_least_follows(rest: &str) -> bool {
    next_word(rest).is_some_and(|(w, after)| {
        same(w, "trở") && next_word(after).is_some_and(|(w, _)| same(w, "lên"))
    })
}

/// Whether the `d/m` at `rest` is the day of the holiday, festival or day observed named right
/// before it (`Quốc khánh 2/9 nhà nhà treo cờ`, `Tết Trung thu 15/8 trẻ em rước đèn`, `Ngày Nhà
/// giáo Việt Nam 20/11 trường tặng quà`): a name of a day and that day's number are the day,
/// whatever noun follows; so is a `d/m` of the same month after a day observed, its eve or the
/// days about it (`Đêm Giáng sinh 24/12 nhà thờ đông`; `Quốc khánh 3.9` is a decimal); a day
/// of another month after the name is not its (`Giáng sinh 3/4 số hộ`).
pub(super) fn day_of_its_named_holiday(before: &str, rest: &str) -> bool {
    kept_raw_date(rest).is_some_and(|(after, raw)| {
        let (month, day) = (raw.date.month, raw.date.day);
        // (Another day of the month, but not a fraction of a count: `Dịp Quốc khánh 5/9 số hộ`.)
        let about_the_day = raw.separator == Some('/') && !fraction_of_a_count(before, after);
        raw.is_valid()
            && (holiday_named_before(before, &raw)
                || festival_named_before(before).is_some_and(|(_, m, d)| (m, d) == (month, day))
                || observed_day_named_before(before, month, day).is_some()
                || about_the_day
                    && (observed_days_named_before(before).any(|&(_, m, ..)| m == month)
                        || fixed_holiday_of_the_month_named_before(before, month)))
    })
}

/// Whether the name of a public holiday of a fixed day in `month` ends `before` (`Quốc khánh`
/// before `1/9`).
fn fixed_holiday_of_the_month_named_before(before: &str, month: u8) -> bool {
    crate::date::FIXED_HOLIDAYS
        .iter()
        .any(|&(m, _, holiday)| m == month && holiday_name_ends(before, holiday))
}

/// Whether a noun that counts, no measure, follows (`học sinh`, `người dân`, `doanh nghiệp`;
/// not `km`): what a clause may open with as its subject.
fn subject_after(units: &Units, after: &str) -> bool {
    crate::quantity::unit_after(units, after)
        // (Not times: `mắc covid 19 lần hai` names the code, then counts.)
        .is_some_and(|(unit, _)| !crate::quantity::is_measure_or_duration(&unit) && unit != "lần")
}

/// Whether the word `before` ends with opens its clause: nothing but a mark of punctuation
/// before it (`Đến 1/7 người dân`, `…, trước 30/6 doanh nghiệp`).
fn opens_its_clause(before: &str) -> bool {
    words_back(before).next().is_some_and(|(_, head)| {
        head.is_empty() || head.ends_with([',', ';', ':', '(', '.', '!', '?', '-', '–', '\n'])
    })
}

/// Whether `before` ends with a count of days and a comma or an opening bracket (`2 ngày, `,
/// `hai ngày (`): the days listed after it are the days counted, set off from the count.
pub(super) fn days_set_off_from_their_count(before: &str) -> bool {
    let head = before.trim_end_matches(crate::text::is_space);
    let Some(head) = head.strip_suffix([',', '(']) else {
        return false;
    };
    words_back(head)
        .next()
        .is_some_and(|(word, head)| same(word, "ngày") && ends_with_a_number(head))
}

/// Whether `head` ends with a number, in digits or a word (`2`, `hai`), spaces aside.
pub(super) fn ends_with_a_number(head: &str) -> bool {
    let head = head.trim_end_matches(crate::text::is_space);
    head.ends_with(|c: char| c.is_ascii_digit())
        || previous_word(head).is_some_and(crate::number::is_number_word)
}

/// The heading that `before` closes with a colon, from the start of its line or the last mark
/// before it (`Lịch trực` in `… nhé.\nLịch trực: `), if it is a few words long (30 letters at
/// most, counted without the combining marks, so that a decomposed text reads as a composed
/// one): what a schedule or a calendar is announced by.
pub(super) fn heading_before_a_colon(before: &str) -> Option<&str> {
    let heading = before
        .trim_end_matches(crate::text::is_space)
        .strip_suffix(':')?;
    let start = heading
        .rfind(['.', '\n', ':', ';', '!', '?'])
        .map_or(0, |i| i.saturating_add(1));
    let heading = heading
        .get(start..)?
        .trim_start_matches(crate::text::is_space);
    let letters = heading
        .chars()
        .filter(|c| !matches!(c, '\u{300}'..='\u{36f}'))
        .count();
    (letters <= 30).then_some(heading)
}

/// The name of the lunar calendar just before a date (`theo lịch âm, ngày 15/8`, `âm lịch: 3/2`),
/// or in the heading a colon closes before it (`Lịch âm hôm nay: mùng 1 tháng 7 năm 2025`),
/// makes it a lunar day, as a marker after it does.
pub(super) fn lunar_named_before(before: &str) -> bool {
    let trimmed =
        before.trim_end_matches(|c: char| crate::text::is_space(c) || c == ',' || c == ':');
    let last = previous_word(trimmed);
    let head = last.and_then(|l| without_last(trimmed, l.len()).and_then(previous_word));
    if let (Some(h), Some(last)) = (head, last) {
        if name_the_lunar_calendar(h, last) {
            return true;
        }
    }
    // (A heading closed by a colon: the calendar among its words.)
    let Some(heading) = heading_before_a_colon(before) else {
        return false;
    };
    // (The words read backwards, each with the one before it: `âm` after `lịch`, or `lịch`
    // after `âm`.)
    // (`Lịch âm nhạc`: `âm` of a compound, music, names no calendar.)
    let words: Vec<&str> = words_back(heading).take(6).map(|(w, _)| w).collect();
    let of_a_compound = |i: usize| {
        i.checked_sub(1)
            .and_then(|next| words.get(next))
            .is_some_and(|w| word_in(w, &["nhạc", "thanh", "lượng", "vang", "mưu"]))
    };
    // (`15/8 âm lịch đồng bào: 10/03/2023`: the calendar named right after a date is that
    // date's, no heading's.)
    let after_a_date = |i: usize| {
        words_back(heading)
            .nth(i.saturating_add(1))
            .is_some_and(|(_, before_pair)| before_pair.ends_with(|c: char| c.is_ascii_digit()))
    };
    words.windows(2).enumerate().any(|(i, pair)| match pair {
        [later, earlier] => {
            name_the_lunar_calendar(earlier, later)
                && !(same(later, "âm") && of_a_compound(i))
                && !after_a_date(i)
        }
        _ => false,
    })
}

/// Whether the solar calendar is named right after a date (`15/01/2025 dương lịch`, `(dương
/// lịch)`, `(DL)`): the date says its own calendar, whatever a heading before it names (`Lịch
/// âm hôm nay: ngày 15/01/2025 dương lịch, tức ngày 16 tháng Chạp`).
pub(super) fn solar_named_after(after: &str) -> bool {
    let (spaced, _) = space0_str(after);
    let inner = spaced.strip_prefix('(').unwrap_or(spaced);
    crate::text::match_phrase(inner, "dương lịch").is_some()
        || split_word(inner).is_some_and(|(w, _)| w == "DL")
}

/// Whether two words in a row name the lunar calendar: `lịch âm` or `âm lịch`.
fn name_the_lunar_calendar(first: &str, second: &str) -> bool {
    same(first, "lịch") && same(second, "âm") || same(first, "âm") && same(second, "lịch")
}

/// The festival whose name ends `before` (`Tết Trung thu 17/9`, `Giỗ Tổ Hùng Vương mùng 10
/// tháng 3`), with its lunar day (month, day): the date after it is that festival's, as the
/// writer gives it, whichever calendar it is written in. On the festival's own day the date is
/// the lunar day (`Giỗ Tổ Hùng Vương mùng 10 tháng 3 năm 2026`, `Tết Đoan Ngọ 5/5`); a solar
/// day after the name (`Giỗ Tổ Hùng Vương 18/4`) is not that day, and stays solar.
pub(super) fn festival_named_before(before: &str) -> Option<(crate::date::Holiday, u8, u8)> {
    static LAST_WORDS: OnceLock<WordSet> = OnceLock::new();
    if !may_end_a_name(&LAST_WORDS, crate::date::FESTIVALS, before) {
        return None;
    }
    crate::date::FESTIVALS
        .iter()
        .find(|&&(name, ..)| ends_with_phrase(before, name))
        .map(|&(_, m, d, h)| (h, m, d))
}

/// Whether the word `before` ends with is the last word of a name of `days` (those words are
/// a set kept in `cell`): looked up first, once, it rules out almost every day.
fn may_end_a_name(
    cell: &OnceLock<WordSet>,
    days: &[(&str, u8, u8, crate::date::Holiday)],
    before: &str,
) -> bool {
    let last_words = cell.get_or_init(|| {
        days.iter()
            .filter_map(|&(name, ..)| name.rsplit(' ').next())
            .collect()
    });
    previous_word(before).is_some_and(|w| last_words.contains(w))
}

/// The day of the solar calendar observed by name (see [`crate::date::OBSERVED_DAYS`]) whose
/// name ends `before`, `Ngày` written before it or not, where its day is `month` and `day`: a
/// name is of one day, and a name before another day is some other use of its words (`Ngày
/// Nhà giáo Việt Nam 20-11` is that day; `quà Giáng sinh 24/12` is the eve's gift).
pub(super) fn observed_day_named_before(
    before: &str,
    month: u8,
    day: u8,
) -> Option<crate::date::Holiday> {
    observed_days_named_before(before)
        .find(|&&(_, m, d, _)| (m, d) == (month, day))
        .map(|&(.., h)| h)
}

/// The days of the solar calendar observed by name (see [`observed_day_named_before`]) whose
/// name, as a name, ends `before`, whatever day follows.
fn observed_days_named_before(
    before: &str,
) -> impl Iterator<Item = &'static (&'static str, u8, u8, crate::date::Holiday)> + '_ {
    static LAST_WORDS: OnceLock<WordSet> = OnceLock::new();
    let named = may_end_a_name(&LAST_WORDS, crate::date::OBSERVED_DAYS, before);
    // (A name as a name: after `Ngày`, or capitalized, `Giáng sinh`; `thành lập đoàn 26/3 để
    // kiểm tra` sets up a team, `về gia đình Việt Nam 28/6` speaks of families.)
    let as_a_name = |name: &str| {
        let head = without_phrase(before.trim_end_matches(crate::text::is_space), name);
        let first = head.map(|h| &before[h.len()..]).map(|w| w.trim_start());
        first.is_some_and(is_capitalized)
            || head
                .and_then(previous_word)
                .is_some_and(|w| same(w, "ngày"))
    };
    crate::date::OBSERVED_DAYS
        .iter()
        .filter(move |&&(name, ..)| named && ends_with_phrase(before, name) && as_a_name(name))
}

/// Whether `before` ends with the words of `phrase` (spaces, case and form aside).
pub(super) fn ends_with_phrase(before: &str, phrase: &str) -> bool {
    ends_with_words(before, phrase.rsplit(' '))
}

/// Whether `before` ends with `words`, given from the last (spaces, case and form aside).
fn ends_with_words<'a>(before: &str, words: impl Iterator<Item = &'a str>) -> bool {
    ends_with_words_by(before, words, same)
}

/// Whether `before` ends with `words`, given from the last, each word written there the one
/// wanted as `alike` tells.
fn ends_with_words_by<'a>(
    before: &str,
    words: impl Iterator<Item = &'a str>,
    alike: impl Fn(&str, &str) -> bool,
) -> bool {
    let mut rest = before.trim_end_matches(crate::text::is_space);
    for want in words {
        let Some(word) = previous_word(rest).filter(|w| alike(w, want)) else {
            return false;
        };
        let Some(head) = without_last(rest, word.len()) else {
            return false;
        };
        rest = head.trim_end_matches(crate::text::is_space);
    }
    true
}

/// Whether the digits at `rest` are part of a number written with some digits masked (`0912
/// xxx 789`, `098***1234`, `0912.xxx.789`): a run of `x` or `*` glued to them or one space, dot
/// or hyphen away, before or after. Such a number is no entity: its value is not written.
pub(super) fn in_masked_number(before: &str, rest: &str) -> bool {
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return false;
    }
    let after = rest.as_bytes().get(digits..).unwrap_or_default();
    opens_with_mask(after.iter().copied()) || opens_with_mask(before.bytes().rev())
}

/// Whether `bytes` open, after one space, dot or hyphen at most, with two or more of `x` or
/// `*` (see [`in_masked_number`]).
fn opens_with_mask(bytes: impl Iterator<Item = u8>) -> bool {
    let mut bytes = bytes.peekable();
    let _separator = bytes.next_if(|b| matches!(b, b' ' | b'.' | b'-'));
    bytes
        .take_while(|b| matches!(b, b'x' | b'X' | b'*'))
        .count()
        >= 2
}

/// `âm` that ends a word of two is that word's, never a minus sign: the lunar calendar's name
/// (`lịch âm 2025`), a scan or a recording (`siêu âm 150.000 đồng`, `ghi âm 2 phút`), a sound
/// (`phát âm 3 lần`, `loa hạ âm 12 inch`, `dư âm 2 trận thua`).
pub(super) fn sign_ends_a_compound(before: &str, rest: &str) -> bool {
    const HEADS: &[&str] = &[
        "lịch", "siêu", "ghi", "thu", "phát", "tạp", "khuếch", "hòa", "bát", "hạ", "dư", "trầm",
        "bổng", "phối",
    ];
    // (`âm` opens with `a`, or `â` whose UTF-8 opens with C3: a byte tells most words apart.)
    let may_be_am = matches!(rest.as_bytes().first(), Some(b'a' | b'A' | 0xC3));
    may_be_am
        && split_word(rest).is_some_and(|(w, _)| same(w, "âm"))
        && previous_word(before).is_some_and(|w| word_in(w, HEADS))
}

/// Verbs of dialling: the number after them is the one dialled.
const DIALLING: &[&str] = &["gọi", "bấm", "quay", "nhắn", "gọi điện"];

/// Digits after a verb of dialling are the number dialled (`gọi 114 cầu cứu`, `bấm 1080 để
/// hỏi`, `gọi ngay 115`), not a count of the noun after them; a count of people called is of a
/// few, written in one or two digits (`gọi 3 người bạn`). A number that a measure follows is
/// no number dialled (`quay 170°` turns by degrees), nor one a noun of times follows: it counts
/// the times the verb is done (`quay 100 lần`, `gọi 120 cuộc`, `bấm 300 lượt`).
pub(super) fn dialled(before: &str, rest: &str) -> bool {
    // (The digits first: most counts are of one or two, or grouped, and cost no word read.)
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let grouped = rest
        .get(digits..)
        .is_some_and(|r| r.starts_with(['.', ',']));
    if digits < 3 || grouped {
        return false;
    }
    let mut head = before;
    // Over an adverb of haste (`gọi ngay 115`, `gọi ngay lập tức 113`).
    for _ in 0..3 {
        let Some(word) = previous_word(head) else {
            return false;
        };
        if word_in(word, DIALLING) {
            let times = unit_after_the_numeral(rest)
                .is_some_and(|(unit, _)| word_in(&unit, &["lần", "lượt", "cuộc", "cú"]));
            return !measures_after(rest) && !times;
        }
        if !word_in(word, &["ngay", "lập", "tức", "điện", "đến", "tới", "số"]) {
            return false;
        }
        head = head.trim_end_matches(crate::text::is_space);
        head = without_last(head, word.len()).unwrap_or_default();
    }
    false
}

/// Whether a word that makes a bare `d/m` after it the day ends `before`: a cue of a day
/// (`vào`, `ngày`, `từ`, …) or of an occasion (`dịp`, `mừng`, …).
pub(super) fn after_a_day_cue(before: &str) -> bool {
    previous_word(before).is_some_and(|w| word_in(w, DAY_CUES) || word_in(w, OCCASIONS))
}

/// Words of an occasion, after which a bare `d/m` is the day it falls on: `dịp 2/9`, `kỷ niệm
/// 2/9`, `mừng 8/3`.
const OCCASIONS: &[&str] = &["dịp", "niệm", "mừng", "lễ", "tết"];

/// Words that introduce a code: digits after them (`Mã số thuế: 0301234567`, `MST
/// 0101234567`) are the code, not a telephone number; and `thuế` after `số`, the tax's
/// number (`Mã số thuế theo giấy phép: …`), where `thuế` alone names the office too (`Chi cục
/// Thuế quận Bình Thạnh: 028 3841 2345` is its telephone).
const CODE_CUES: &[&str] = &["mã", "mst", "khoản", "code"];

/// The numbers of a paper or of a thing's make, which are codes however many digits they have
/// (`Số hợp đồng 0912345678`, `số seri 0987654321`, `Số CCCD 001203004567`): no telephone.
const NUMBERS_OF_PAPERS: &[&str] = &[
    "số hợp đồng",
    "số hóa đơn",
    "số hoá đơn",
    "số seri",
    "số serial",
    "số phiếu",
    "số chứng từ",
    "số cmnd",
    "số cccd",
    "số căn cước",
    "số hộ chiếu",
    "số giấy phép",
    "số khung",
    "số imei",
    "số lô",
];

/// Whether `word` brings a way to reach someone: a verb of dialling (`gọi`, `bấm`, `nhắn`),
/// `qua` (through: `qua số …`) or the name of a telephone line (`điện thoại`, `hotline`,
/// `sđt`, `fax`). A code's cue before it names something else (`tra cứu thông tin thuế qua số
/// (0236) 3822 456`, `Mã số thuế 0301234567, điện thoại 0912345678`).
fn brings_a_channel(word: &str) -> bool {
    const LINES: &[&str] = &["thoại", "hotline", "sđt", "sdt", "fax", "tel", "phone"];
    word_in(word, DIALLING) || same(word, "qua") || word_in(word, LINES)
}

/// Whether the digits after `before` are introduced as a code, within the four words before
/// them and with no word of a channel between (see [`brings_a_channel`]): `Mã số thuế: …`, `mã
/// số doanh nghiệp …`, `số tài khoản …`, `Tax code: …`; or further back, up to eight words,
/// where the copula `là` restates the code's name (`Mã số thuế của công ty là …`).
pub(super) fn introduced_as_code(before: &str) -> bool {
    let mut rest = before.trim_end_matches([':', ' ', '\u{a0}']);
    let mut reach = 4;
    for back in 0..8 {
        if back >= reach {
            return false;
        }
        let Some(word) = previous_word(rest) else {
            return false;
        };
        let trimmed = rest.trim_end_matches(crate::text::is_space);
        let Some(head) = without_last(trimmed, word.len()) else {
            return false;
        };
        let tax_number =
            || same(word, "thuế") && previous_word(head).is_some_and(|w| same(w, "số"));
        if word_in(word, CODE_CUES)
            || tax_number()
            || NUMBERS_OF_PAPERS.iter().any(|p| {
                // (The last word first: the phrase is folded only where it may end.)
                p.rsplit(' ').next().is_some_and(|last| same(word, last))
                    && ends_with_phrase(trimmed, p)
            })
        {
            return true;
        }
        if brings_a_channel(word) {
            return false;
        }
        if same(word, "là") {
            reach = 8;
        }
        rest = head.trim_end_matches(crate::text::is_space);
    }
    false
}

/// `năm` after a number is the cue of a year, not the noun the number counts, when one year is
/// written after it (`khóa 15 năm 2023`, `lớp 10 năm 2025`), or any year after a compound cue
/// (`lớp 10 năm học 2024-2025`). A span after a bare `năm` restates the years counted, and the
/// count stands (`trong 3 năm 2021-2023`). `text` starts at `năm`.
pub(super) fn year_cued_by_count_noun(text: &str) -> bool {
    let Ok((_, year)) = crate::period::year(text) else {
        return false;
    };
    let compound = split_word(text)
        .and_then(|(_, r)| space1(r).ok())
        .is_some_and(|(r, _)| crate::period::compound_of_nam(r).is_some());
    year.first().is_some() && (compound || !year.is_span())
}

/// Whether the day or days at `rest` (after `ngày` or not, several joined by dashes, slashes
/// or commas) recur every month, as a frequency over months after them says (`ngày 5-6 hằng
/// tháng`, `ngày 5-6-7 hàng tháng`, `ngày 10, 20 mỗi tháng`): they name no month, and their
/// numbers are days of any month, no date (as `ngày 10 hằng tháng` is a number).
pub(super) fn days_of_every_month(rest: &str) -> bool {
    // (Asked at every day read: the words are compared only where their first letters may
    // open them, `n` of `ngày`, `h` of `hằng` and `hàng`, `m` of `mỗi`.)
    let ng = rest
        .get(..2)
        .is_some_and(|two| two.eq_ignore_ascii_case("ng"));
    let after_cue = match ng {
        true => crate::text::keyword_rest(rest, "ngày")
            .map_or(rest, |r| r.trim_start_matches(crate::text::is_space)),
        false => rest,
    };
    if !after_cue.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    // (A few days at most, each of one or two digits and a mark or a space or two after it:
    // the run is read no further, so that a long run of numbers is not read again from each.)
    const REACH: usize = 24;
    let mut after_days = after_cue;
    for _ in 0..REACH {
        match after_days.strip_prefix(|c: char| {
            c.is_ascii_digit()
                || matches!(c, '-' | '–' | '/' | '.' | ',')
                || crate::text::is_space(c)
        }) {
            Some(rest) => after_days = rest,
            None => break,
        }
    }
    // (`hằng`, `hàng` and `mỗi` open with an ASCII letter in every form.)
    let may_open = matches!(
        after_days.as_bytes().first(),
        Some(b'h' | b'H' | b'm' | b'M')
    );
    may_open
        && split_word(after_days).is_some_and(|(w, r)| {
            next_word(r).is_some_and(|(n, _)| same(n, "tháng") && opens_a_frequency(w, || Some(n)))
        })
}

/// Words of frequency that open a phrase of time after a number (`ngày 10 hằng tháng`, `trước
/// ngày 15 hàng tháng`): no noun the number counts. `after` is the text after the count.
pub(super) fn frequency_after(q: &Quantity, after: &str) -> bool {
    let mut words = q.unit.split(' ');
    let Some(first) = words.next() else {
        return false;
    };
    let next = || words.next().or_else(|| next_word(after).map(|(w, _)| w));
    opens_a_frequency(first, next)
}

/// Whether `word`, with the word after it that `next` gives, opens a phrase of frequency (see
/// [`FREQUENCY_WORDS`]): `hằng` or `mỗi`, or `hàng` before a period (`hàng tháng`, where
/// `hàng hóa` is goods). (`next` is asked only of `hàng`.)
pub(super) fn opens_a_frequency<'a>(word: &str, next: impl FnOnce() -> Option<&'a str>) -> bool {
    word_in(word, FREQUENCY_WORDS)
        || same(word, "hàng") && next().is_some_and(|w| word_in(w, PERIODS))
}

/// The words that make a phrase of time a frequency: `hằng tháng`, `mỗi năm`; `hàng` does only
/// before a period (`hàng tháng`, where `15 hàng hóa` counts goods).
const FREQUENCY_WORDS: &[&str] = &["hằng", "mỗi"];

/// The periods a frequency recurs over (`hằng năm`, `hàng tuần`).
const PERIODS: &[&str] = &["năm", "tháng", "tuần", "ngày", "quý"];

/// Whether the phrase at `rest` is written as a name: its first word or the word after it
/// capitalized (`Tháng 8`, `tháng Tám`, not `tháng 6`).
pub(super) fn written_as_a_name(rest: &str) -> bool {
    let Some((first, after)) = split_word(rest) else {
        return false;
    };
    is_capitalized(first) || next_word(after).is_some_and(|(w, _)| is_capitalized(w))
}

/// A day of the week named, not a rank: `thứ` and a number before a word of the week (`thứ Hai
/// tuần này`, `thứ 6 tuần sau`, `thứ Sáu hằng tuần`, `thứ 3 mỗi tuần`) or before another day of
/// the week it is coordinated with (`thứ 7 và Chủ nhật`, `thứ Hai đến thứ Sáu`).
pub(super) fn weekday_of_a_week(after: &str) -> bool {
    let day_after = |r: &str| {
        crate::text::find_phrase(r, &["chủ nhật", "thứ"]).is_some_and(|(_, len)| {
            r.get(len..)
                .is_some_and(|a| !a.starts_with(|c: char| c.is_alphanumeric()))
        })
    };
    // (A dash, then the other day: `thứ 2 - Chủ nhật`, `thứ 2 - thứ 6`; not a comma, after
    // which a list of ranks goes on, `người thứ hai, thứ ba`, or another clause, `về thứ 3, chủ
    // nhật tới thi tiếp`.)
    let (mark_rest, _) = space0_str(after);
    if let Some(r) = mark_rest.strip_prefix(['-', '–']) {
        return day_after(space0_str(r).0);
    }
    let Some((next, rest)) = next_word(after) else {
        return false;
    };
    if same(next, "tuần") {
        return true;
    }
    let following = next_word(rest);
    if word_in(next, &["hằng", "hàng", "mỗi", "các"]) {
        return following.is_some_and(|(w, _)| same(w, "tuần"));
    }
    // A link, then `chủ nhật` or `thứ`; or the number of another day, its `thứ` written once,
    // before a word of the week (`thứ 2 và 4 hằng tuần`).
    let link = word_in(next, &["và", "hoặc", "đến", "tới", "hay"]);
    let another_day_of_the_week = |r: &str| {
        let (day, after_day) = r.split_at_checked(1).unwrap_or_default();
        matches!(day, "2" | "3" | "4" | "5" | "6" | "7")
            && !after_day.starts_with(|c: char| c.is_alphanumeric())
            && next_word(after_day).is_some_and(|(w, r)| {
                same(w, "tuần")
                    || word_in(w, &["hằng", "hàng", "mỗi"])
                        && next_word(r).is_some_and(|(w, _)| same(w, "tuần"))
            })
    };
    link && space1(rest).is_ok_and(|(r, _)| day_after(r) || another_day_of_the_week(r))
}

/// The days of the week are names, written capitalized (`thứ Hai` … `thứ Bảy`): `thứ` and a
/// number word in capitals names a day (`khởi hành thứ Sáu`, `nghỉ thứ Bảy`), not a rank; but
/// `lần thứ Hai` is the second time.
pub(super) fn written_as_a_weekday(before: &str, rest: &str) -> bool {
    // The weekday as the date reader names it (its table of names), then the name as written.
    let Some((_, after)) = crate::date::weekday(rest) else {
        return false;
    };
    let written = rest
        .get(..rest.len().saturating_sub(after.len()))
        .unwrap_or_default();
    previous_word(written).is_some_and(is_title_case)
        && !previous_word(before).is_some_and(|w| same(w, "lần"))
}

/// A range of numbers before a month (`từ 5 đến 7 tháng 8`, `1 - 3 tháng 6 năm 2025`) is a span
/// of days of that month (two dates), not a number.
pub(super) fn days_before_a_month(amount: &Amount, after: &str) -> bool {
    matches!(amount, Amount::Range(..)) && space1(after).ok().is_some_and(|(r, _)| month(r).is_ok())
}

/// Whether `Ba` opening a sentence before a personal pronoun is the father (`Ba em kể`, `Ba
/// tôi làm ruộng`): a father is called so in the South, and a sentence that opens with a count
/// of people names what they are (`Ba em học sinh …`), where a pronoun opens a clause.
pub(super) fn father_before_a_pronoun(before: &str, rest: &str) -> bool {
    // (`con` is a classifier too: `Ba con bò` counts.)
    const PRONOUNS: &[&str] = &["em", "tôi", "mình", "tui", "tao"];
    let Some((word, after)) = split_word(rest) else {
        return false;
    };
    // (The words after `Ba`: a pronoun alone, no noun of the lexicon it opens (`em bé`), nor
    // one it counts after it (`em học sinh`).)
    let units = crate::quantity::Units::shared();
    let pronoun_alone = space1(after).is_ok_and(|(pronoun_start, _)| {
        split_word(pronoun_start).is_some_and(|(p, after_pronoun)| {
            word_in(p, PRONOUNS)
                && units
                    .longest(pronoun_start)
                    .is_none_or(|(_, len)| len <= p.len())
                && space1(after_pronoun)
                    .ok()
                    .is_none_or(|(r, _)| units.longest(r).is_none())
        })
    });
    word == "Ba" && opens_a_sentence(before) && pronoun_alone
}

/// Whether the text after `before` opens a sentence (or a line, a quotation, what a colon
/// introduces): a capital there is the sentence's, no name's.
pub(super) fn opens_a_sentence(before: &str) -> bool {
    before
        .trim_end_matches(crate::text::is_space)
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | '\n' | ':' | '"' | '“'))
}

/// Whether a number word at `rest` goes on a list of ranks `nhất, nhì` (first, second):
/// `giải nhất, nhì, ba` are the first, second and third prizes, and `ba` there is a rank, no
/// count of what follows (`giải nhất, nhì, ba kỳ thi`).
pub(super) fn rank_after_nhi(before: &str, rest: &str) -> bool {
    if !split_word(rest).is_some_and(|(w, _)| is_number_word(w)) {
        return false;
    }
    let trimmed = before.trim_end_matches(|c: char| crate::text::is_space(c) || c == ',');
    let head = match previous_word(trimmed).filter(|w| word_in(w, &["và", "hoặc"])) {
        Some(link) => without_last(trimmed, link.len())
            .unwrap_or_default()
            .trim_end_matches(|c: char| crate::text::is_space(c) || c == ','),
        None => trimmed,
    };
    // (A comma or a link stands between them: `nhì ba` alone is no list; and the list opens
    // with `nhất` or names prizes: `về nhì, ba người còn lại` counts.)
    let Some(second) = previous_word(head).filter(|w| same(w, "nhì")) else {
        return false;
    };
    let before_second = without_last(head, second.len())
        .unwrap_or_default()
        .trim_end_matches(|c: char| crate::text::is_space(c) || c == ',');
    // (`giải nhì, ba`: the prizes are ranks too.)
    head.len() < before.trim_end_matches(crate::text::is_space).len()
        && previous_word(before_second).is_some_and(|w| same(w, "nhất") || same(w, "giải"))
}

/// The names of a bus, which is known by the number of its line, of a tank, known by its
/// number (`xe tăng 390`), of a form (`mẫu 3 đính kèm`; `mẫu 3 người` counts samples), of a
/// month, whose number names it (`tháng 13`, the thirteenth month's pay), and of a number or a
/// digit itself (`Con số 8 tượng trưng cho phát lộc`, `chữ số 0 đứng đầu`), and of a working
/// group or a patrol, known by its number (`tổ công tác 363 dừng xe`, `Tổ công tác 141 phối
/// hợp`), of a road of a province or a district, and of a hotline.
const LINES: &[&str] = &[
    "buýt",
    "xe tăng",
    "mẫu",
    "tháng",
    "con số",
    "chữ số",
    "tổ công tác",
    "tổ tuần tra",
    // Provincial and district roads, known by their number (`đường tỉnh 827 đoạn Km5`).
    "đường tỉnh",
    "đường huyện",
    // A hotline, known by its number (`gọi đường dây nóng 113 phản ánh`).
    "đường dây nóng",
    // A production line and a generating unit of a plant (`Dây chuyền 2 chạy ổn định`, `tổ
    // máy 1 phát điện`).
    "dây chuyền",
    "tổ máy",
    // A branch, a station, a campus and a plant, known by their numbers (`chi nhánh 2 mở cửa`,
    // `trạm 3 tiếp nhận`, `cơ sở 2 tuyển sinh`, `nhà máy 1 vận hành`), and the emergency line
    // (`cấp cứu 115 trực`).
    "chi nhánh",
    "trạm",
    "cơ sở",
    "nhà máy",
    "cấp cứu",
];

/// Nouns the lexicon counts that are verbs as often (`hoạt động`, activities and to work;
/// `trực`, a shift and to be on duty): after the number of a thing known by its number or of a
/// name they are the verb of the sentence, no noun counted (`Chi nhánh 2 hoạt động bình
/// thường`, `Đường dây nóng 115 hoạt động liên tục`); after a verb they are counted (`tổ chức
/// 2 hoạt động`).
const VERBS_AS_OFTEN: &[&str] = &["hoạt động", "trực", "trực chiến", "phục vụ", "làm việc"];

/// Whether `unit` is one of [`VERBS_AS_OFTEN`].
pub(super) fn a_verb_as_often(unit: &str) -> bool {
    word_in(unit, VERBS_AS_OFTEN)
}

/// The words of an earthquake's magnitude, a measure with no unit written after it (`độ lớn
/// 5,5`, `dư chấn 4,1`, `động đất mạnh 4,7`).
const MAGNITUDES: &[&str] = &[
    "độ lớn",
    "cường độ",
    "dư chấn",
    "động đất",
    "động đất mạnh",
    "dư chấn mạnh",
    "richter",
    "rung chấn",
];

/// Digits right after the name of a thing known by its number (see [`LINES`]) name that thing,
/// and after the words of a magnitude (see [`MAGNITUDES`]) measure it: either way they count
/// no noun the lexicon lacks, for a verb or an adjective follows (`xe buýt 86 nối sân bay`,
/// `xe tăng 390 húc đổ`, `lương tháng 13 muộn`, `dư chấn 4,1 diễn ra`), though they may
/// count one it knows (`xe buýt 45 chỗ`).
pub(super) fn numbers_a_line(before: &str) -> bool {
    static LINE_ENDS: OnceLock<WordSet> = OnceLock::new();
    static MAGNITUDE_ENDS: OnceLock<WordSet> = OnceLock::new();
    let trimmed = before.trim_end_matches(crate::text::is_space);
    // (`tháng` after a number is the unit of a length, no name of a month the digits after it
    // number: `Cứ 4 tháng 1 khóa` counts the courses.)
    // (The word as written, whose length in NFD is not the table's.)
    let counted = || {
        let written = previous_word(trimmed).unwrap_or_default();
        without_last(trimmed, written.len()).is_some_and(|head| {
            let head = head.trim_end_matches(crate::text::is_space);
            head.ends_with(|c: char| c.is_ascii_digit())
                || previous_word(head).is_some_and(is_number_word)
        })
    };
    ending_phrase(&LINE_ENDS, LINES, trimmed).is_some_and(|line| line != "tháng" || !counted())
        || ending_phrase(&MAGNITUDE_ENDS, MAGNITUDES, trimmed).is_some()
}

/// Whether `written`, right after `before`, is the year of a model named before it: four digits
/// of a year of today's makes (1950 to 2100) after a brand's name, in Latin letters with no
/// marks, inside a sentence (`xe Janus 2022, 19.800.000đ`), which is no price of a list; a
/// place's name with its marks is no model's (`Chợ Lớn 2000, 3000 hoặc 5000 đồng`).
pub(super) fn a_models_year(before: &str, written: &str) -> bool {
    let digits = written.bytes().take_while(u8::is_ascii_digit).count();
    let year = written
        .get(..digits)
        .and_then(|d| d.parse::<u32>().ok())
        .filter(|_| digits == 4);
    let brand = previous_word(before).is_some_and(|w| w.bytes().all(|b| b.is_ascii_alphabetic()));
    year.is_some_and(|y| (1950..=2100).contains(&y)) && brand && numbers_a_name(before)
}

/// Digits right after a capitalized name, inside a sentence, number that name (an edition, a
/// unit: `Giải Mekong 12`, `Quân khu 7`), but not a person's name after a word of address
/// (`chị Hoa 2 áo`), and so do digits after a noun of the lexicon written
/// with a capital, as the name of an institution is (`Bệnh viện 115`, `Nhà máy 30`): they
/// count no noun the lexicon lacks.
pub(super) fn numbers_a_name(before: &str) -> bool {
    let trimmed = before.trim_end_matches(crate::text::is_space);
    let Some(name) = previous_word(trimmed) else {
        return false;
    };
    let Some(head) = without_last(trimmed, name.len()) else {
        return false;
    };
    let head = head.trim_end_matches(crate::text::is_space);
    let inside = inside_a_sentence;
    // In a heading written in capitals (`CẦN TUYỂN 3 KẾ TOÁN`) every word is, and none is a
    // name for that.
    let heading = || {
        crate::text::in_capitals(name) && previous_word(head).is_some_and(crate::text::in_capitals)
    };
    // A person addressed by name is numbered by nothing: `chị Hoa 2 áo` counts what she buys.
    let a_person = || previous_word(head).is_some_and(|w| word_in(w, KINSHIP));
    // (A brand's name written in camel case is a name too, wherever it stands: `iOS 18.1`,
    // `iPhone 15`, `eKYC 2`. Letters with marks are letters too, `nẰy`, `ơnG`, composed or
    // not: a decomposed `Ằ` starts with the ASCII `A`, a decomposed `ơ` with `o`.)
    let camel_case =
        || name.starts_with(char::is_lowercase) && name.chars().skip(1).any(char::is_uppercase);
    if is_capitalized(name) {
        return inside(head) && !heading() && !a_person();
    }
    if camel_case() {
        return true;
    }
    if names_an_event(trimmed) {
        return true;
    }
    // `Bệnh viện 115`: the institution's noun of two words, its first capitalized.
    let Some(first) = previous_word(head).filter(|w| is_capitalized(w)) else {
        return false;
    };
    let Some(before_name) = without_last(head, first.len()) else {
        return false;
    };
    let noun = trimmed.get(before_name.len()..).unwrap_or_default();
    let whole_noun = crate::quantity::Units::shared().knows(noun);
    whole_noun && inside(before_name.trim_end_matches(crate::text::is_space))
}

/// The text of `before` after its last mark (a character `is_mark` holds for, of one byte:
/// punctuation, a digit), within `reach` characters of its end (marks not counted, as
/// [`crate::text::tail`] counts), and whether the clause starts
/// there: after a mark, or at the start of the text, where a window cut short of both holds
/// only the clause's end.
pub(super) fn clause_ending(
    before: &str,
    reach: usize,
    is_mark: impl Fn(char) -> bool,
) -> (&str, bool) {
    let window = crate::text::tail(before, reach);
    match window.rfind(is_mark) {
        Some(at) => (window.get(at.saturating_add(1)..).unwrap_or_default(), true),
        None => (window, window.len() == before.len()),
    }
}

/// Whether `before` ends with the name of an event written in sentence case: the event's noun
/// capitalized (`Hội thi`, `Cuộc thi`, `Giải`, `Liên hoan`), then a few words of the name, one
/// capitalized at least (`Hội thi Sáng tạo Kỹ thuật`, `Giải Bóng đá`): the number after it is
/// the edition's.
pub(super) fn names_an_event(before: &str) -> bool {
    // (A name of a few words: looking further back would cost time and leave the name.)
    const NAME_WORDS: usize = 10;
    const EVENTS: &[&str] = &[
        "hội thi",
        "cuộc thi",
        "giải",
        "liên hoan",
        "hội diễn",
        "hội thao",
        "hội chợ",
        "lễ hội",
        "festival",
    ];
    // (The name runs to the number in one clause and holds no number: only the text after the
    // last mark or digit is read, a reach counted in letters, so that a decomposed text reads
    // as a composed one.)
    let reach = NAME_WORDS.saturating_mul(12);
    let (tail, _) = clause_ending(before, reach, |c| {
        matches!(c, '.' | '!' | '?' | ':' | ';' | ',' | '\n') || c.is_ascii_digit()
    });
    // (The capitals the events' nouns open with: only where one is is a name read, and no
    // other word is folded.)
    if !tail
        .bytes()
        .any(|b| matches!(b, b'H' | b'C' | b'G' | b'L' | b'F'))
    {
        return false;
    }
    let opens_a_word = |i: usize| {
        i == 0
            || tail
                .as_bytes()
                .get(i.saturating_sub(1))
                .is_some_and(u8::is_ascii_whitespace)
    };
    tail.bytes()
        .enumerate()
        .filter(|&(i, b)| matches!(b, b'H' | b'C' | b'G' | b'L' | b'F') && opens_a_word(i))
        .filter_map(|(i, _)| tail.get(i..))
        .any(|name| {
            let Some(len) = EVENTS
                .iter()
                .find_map(|e| crate::text::match_phrase(name, e))
            else {
                return false;
            };
            // (With a capital after the noun.)
            let rest = name.get(len..).unwrap_or_default();
            rest.split_whitespace().any(is_capitalized)
        })
}

/// A public holiday's day carries the holiday only where its name is written with it
/// (`Quốc khánh 2/9`, `Giải phóng miền Nam 30-4`); bare, it is the day only (`Ngày 30/4 và 1/5
/// người lao động được nghỉ`, `Giá vàng ngày 2/9`). The readers keep the holiday the day alone
/// says while they read, as the mark of a date it is; this pass, after them, drops it where no
/// name stands right before the date or in its text.
pub(super) fn holiday_only_where_named(text: &str, found: &mut [Entity]) {
    for e in found.iter_mut() {
        let Value::Date(date) = &mut e.value else {
            continue;
        };
        let Some(holiday) = date.holiday else {
            continue;
        };
        let fixed = date.calendar == Calendar::Solar
            && crate::date::Holiday::on_solar_day(date.month, date.day) == Some(holiday);
        if !fixed {
            continue;
        }
        // (The name before a bracket names the day in it: `Quốc khánh (2/9)`.)
        let before = text.get(..e.span.start).unwrap_or_default();
        let before = before.trim_end_matches(crate::text::is_space);
        let before = before.strip_suffix('(').unwrap_or(before);
        let written = text.get(e.span.clone()).unwrap_or_default();
        let last_word = holiday.name().rsplit(' ').next().unwrap_or_default();
        let named = ends_with_name_words(before, holiday.name().rsplit(' ').take(2))
            || written
                .split_whitespace()
                .any(|w| same_name_word(w, last_word));
        if !named {
            date.holiday = None;
        }
    }
}

/// Whether `before` ends with `words` (the last first), each the same word in a name's
/// spelling (see [`same_name_word`]).
fn ends_with_name_words<'a>(before: &str, words: impl Iterator<Item = &'a str>) -> bool {
    ends_with_words_by(before, words, same_name_word)
}

/// Whether two words are one in the spelling of names, which write a final `i` as `y` as
/// often (`liệt sỹ`, `liệt sĩ`; `kỹ`, `kĩ`), in any case, form or place of the tone mark.
fn same_name_word(a: &str, b: &str) -> bool {
    if same(a, b) {
        return true;
    }
    // (Folded, a word is its letters and its tone mark last: `sỹ` is `sy` and a tilde.)
    fn stem_and_tone(w: &str) -> Option<(&str, &str)> {
        let letters = w.trim_end_matches(crate::text::is_combining_mark);
        let tone = w.get(letters.len()..).unwrap_or_default();
        let stem = letters
            .strip_suffix('y')
            .or_else(|| letters.strip_suffix('i'))?;
        Some((stem, tone))
    }
    let (a, b) = (crate::text::Folded::new(a), crate::text::Folded::new(b));
    matches!(
        (stem_and_tone(a.as_str()), stem_and_tone(b.as_str())),
        (Some(x), Some(y)) if x == y
    )
}

/// A day written `d.m` or `d-m` right after the name of the holiday on that day is that day:
/// `Quốc khánh 2.9`, `Giải phóng miền Nam 30-4`, `Quốc tế Lao động 1.5`.
pub(super) fn holiday_named_before(before: &str, raw: &RawDate) -> bool {
    let Some(holiday) = raw.date.holiday else {
        return false;
    };
    holiday_name_ends(before, holiday)
}

/// Whether the name of `holiday`, its last two words, ends `before`.
fn holiday_name_ends(before: &str, holiday: crate::date::Holiday) -> bool {
    ends_with_words(before, holiday.name().rsplit(' ').take(2))
}

/// Whether `before` ends with the name of a day of observance: `Ngày` written as a title, or
/// `dịp`, `nhân` (on the occasion of), `kỷ niệm` or a verb of celebrating or welcoming (`mừng`,
/// `chào mừng`, `đón`, `vui`), then a name of at most
/// seven words, the first capitalized and no three in lower case in a row, and nothing else
/// (`Ngày Nhà giáo Việt Nam`, `Ngày Quốc tế Phụ nữ`, `Dịp Giáng sinh`, `Kỷ niệm Chiến thắng
/// Điện Biên Phủ`, `chào mừng Quốc tế Thiếu nhi`): a `d.m` or `d-m` right after it is the day observed (`Ngày Thầy thuốc Việt
/// Nam 27.2`, `mừng Quốc tế Phụ nữ 8-3`), as after a holiday's own name.
pub(super) fn observance_named_before(before: &str) -> bool {
    const LONGEST_NAME: usize = 7;
    let mut first = None;
    // (A name in sentence case has no three lower-case words in a row: `Quốc tế Phụ nữ`,
    // `Giải phóng miền Nam`; `Quốc khánh kết thúc với tỉ số 3-2` has left the name.)
    let mut lower_run = 0u8;
    for (word, head) in words_back(before).take(LONGEST_NAME.saturating_add(1)) {
        lower_run = match word.starts_with(char::is_lowercase) {
            true => lower_run.saturating_add(1),
            false => 0,
        };
        if lower_run > 2 {
            return false;
        }
        // (`kỷ niệm`, to commemorate, opens the name of what is observed as `dịp` does.)
        let commemorates =
            || same(word, "niệm") && previous_word(head).is_some_and(|w| word_in(w, &["kỷ", "kỉ"]));
        let opens = same(word, "ngày") && is_capitalized(word)
            || word_in(word, &["dịp", "mừng", "nhân", "đón", "vui"])
            || commemorates();
        if opens && first.is_some() {
            return first.is_some_and(is_capitalized);
        }
        first = Some(word);
    }
    false
}

/// Whether the number at `rest` is the day of the holiday named just before it (`Quốc khánh
/// 2.9 năm nay`): then it counts nothing, whatever noun follows.
pub(super) fn day_of_named_holiday(before: &str, rest: &str) -> bool {
    kept_raw_date(rest).is_some_and(|(_, raw)| raw.is_valid() && holiday_named_before(before, &raw))
}

/// `24 giờ` alone is a day's length (`hoạt động 24 giờ`); it is the time that ends a day,
/// 24:00, at a point of time: after `lúc` (`lúc 24 giờ`), or closing a span that opened at a
/// time of day (`từ 19 giờ đến 24 giờ`). The text after it, if so.
pub(super) fn midnight_at<'t>(
    before: &str,
    rest: &'t str,
    last: Option<&Entity>,
) -> Option<&'t str> {
    let after = rest.strip_prefix("24")?;
    let (spaced, _) = space1(after).ok()?;
    let (word, r) = split_word(spaced)?;
    // Not `24 giờ 30 phút`, a time that does not exist.
    let ends = !r.starts_with(|c: char| c.is_alphanumeric())
        && !space1(r).is_ok_and(|(n, _)| n.starts_with(|c: char| c.is_ascii_digit()));
    if !same(word, "giờ") || !ends {
        return None;
    }
    let previous = previous_word(before)?;
    let after_time = last.is_some_and(|e| matches!(e.value, Value::Time(_)))
        && word_in(previous, &["đến", "tới"]);
    (same(previous, "lúc") || after_time).then_some(r)
}

/// Words of price, after which a currency code may come before its amount (`giá KWD 1`).
pub(super) const PRICE_WORDS: &[&str] = &["giá", "phí", "tiền"];

/// Whether `before` ends with a word of price (see [`PRICE_WORDS`]), or with one and the words
/// that bound or state it (`giá chỉ`, `giá chỉ còn`, `giá từ`, `giá là`): what follows is the
/// price.
pub(super) fn after_a_word_of_price(before: &str) -> bool {
    static BOUNDING_SET: OnceLock<WordSet> = OnceLock::new();
    static PRICE_SET: OnceLock<WordSet> = OnceLock::new();
    let bounding = word_set(&BOUNDING_SET, &["chỉ", "còn", "từ", "là", "có"]);
    let price = word_set(&PRICE_SET, PRICE_WORDS);
    words_back(before)
        .take(3)
        .find(|(w, _)| !bounding.contains(w))
        .is_some_and(|(w, _)| price.contains(w))
}

/// A code before a number, right after a noun in lower case or another code, grades or models
/// that noun (`xăng RON 95`, `xăng E5 RON 92`, `chuẩn ISO 9001`) rather than pricing it, unless
/// the noun is a word of price (`giá`). Only for currencies Vietnamese text has no name for:
/// `vé EURO 250` is a price in euros.
pub(super) fn grade_of_a_noun(before: &str) -> bool {
    let trimmed = before.trim_end_matches(crate::text::is_space);
    if trimmed.len() == before.len() {
        return false;
    }
    // The token before, digits included (`E5`); a line break parts tokens too.
    let token = trimmed
        .rsplit(|c: char| crate::text::is_space(c) || c.is_whitespace())
        .next()
        .unwrap_or_default();
    let code = token.chars().any(|c| c.is_ascii_digit())
        && token.chars().any(char::is_uppercase)
        // A combining mark is part of its letter: `UYWđê0` is one token in NFC and NFD alike.
        && token.chars().all(|c| c.is_alphanumeric() || is_word_char(c));
    let lower_noun = previous_word(trimmed).is_some_and(|word| {
        word.len() == token.len()
            && !is_capitalized(word)
            && !is_number_word(word)
            && !word_in(word, PRICE_WORDS)
            && approx_phrase(word).is_err()
    });
    lower_noun || code
}

/// Words of two syllables whose first is written as a number word, and counts nothing: loans
/// (`ba lô`, a backpack, from French; `ba toong`, a cane; `ba gác`, a cart) and native words
/// (`ba rọi`, streaky pork; `ba hoa`, boastful). A word is a fixed pair of syllables, so this is
/// a table.
const WORDS_OPENED_BY_A_NUMBER: &[&str] = &[
    "ba lô",
    "ba toong",
    "ba gác",
    "ba rọi",
    "ba hoa",
    "ba láp",
    "ba bửa",
    "tam giác",
];

/// Whether the number word at `rest` is the first syllable of a word of
/// [`WORDS_OPENED_BY_A_NUMBER`] (`trong ba lô có hai bộ quần áo`): it counts nothing, unless
/// its second syllable opens a longer noun counted (`ba lô đất`, three plots).
pub(super) fn opens_a_word(rest: &str) -> bool {
    // (The words of the list are a set of pairs of syllables, looked up once.)
    static WORDS: OnceLock<crate::text::PairSet> = OnceLock::new();
    let words = WORDS.get_or_init(|| {
        crate::text::PairSet::new(
            WORDS_OPENED_BY_A_NUMBER
                .iter()
                .filter_map(|w| w.split_once(' ')),
        )
    });
    let Some((number, after_number)) = split_word(rest) else {
        return false;
    };
    let Ok((second, _)) = space1(after_number) else {
        return false;
    };
    let Some((syllable, after)) = split_word(second) else {
        return false;
    };
    if !words.contains(number, syllable) || crate::text::goes_on_as_word(after) {
        return false;
    }
    // (Both lengths from `second`, where the word's second syllable starts.)
    let noun_counted = crate::quantity::Units::shared()
        .longest(second)
        .map_or(0, |(_, len)| len);
    noun_counted <= syllable.len()
}

/// The nouns of the fixed expressions that pair two counts in words (`ba chân bốn cẳng`,
/// `năm lần bảy lượt`): an idiom is a fixed pair of words, so this is a table, not a rule of
/// grammar; two counts so paired with other nouns count in earnest (`hai quần ba áo`, `ba nam
/// bốn nữ`, see [`set_against_a_count_in_words`]), so an idiom whose count alone would be no
/// numeral (`năm cha ba mẹ`, `năm châu bốn biển`) is listed too.
const IDIOM_PAIRS: &[(&str, &str)] = &[
    ("chân", "cẳng"),
    ("lần", "lượt"),
    ("chìm", "nổi"),
    ("người", "ý"),
    ("nắng", "sương"),
    ("phương", "hướng"),
    ("vốn", "lời"),
    ("mất", "ngờ"),
    ("hồn", "vía"),
    ("đầu", "tay"),
    ("bè", "mối"),
    ("dây", "mối"),
    ("bề", "bên"),
    ("thì", "họa"),
    ("thì", "hoạ"),
    ("cọc", "đồng"),
    ("tấc", "trời"),
    ("cha", "mẹ"),
    ("châu", "biển"),
    ("thê", "thiếp"),
    // Longing and love, nine and ten of them (`chín nhớ mười thương`).
    ("nhớ", "thương"),
    // With `một` on either side (`ba mặt một lời`, `một trời một vực`, `một sống một chết`,
    // `một mất một còn`, `một vợ một chồng`, the law of marriage).
    ("mặt", "lời"),
    ("trời", "vực"),
    ("sống", "chết"),
    ("mất", "còn"),
    ("vợ", "chồng"),
];

/// Whether the count in words at `rest` is half of a fixed expression that pairs two counts
/// in words with nothing between them (`năm lần bảy lượt`, `ba chìm bảy nổi`, `Chín người
/// mười ý`, `một nắng hai sương`, `bốn phương tám hướng`; see [`IDIOM_PAIRS`]): such an idiom
/// says "many" or "hard", and counts nothing.
pub(super) fn in_an_idiom_of_counts(before: &str, rest: &str) -> bool {
    // Spaces between two words, any and of any width (`ba cọc ba đồng` with a no-break space
    // is the same idiom): the text after them, if there are any.
    fn after_spaces(text: &str) -> Option<&str> {
        let rest = text.trim_start_matches(crate::text::is_space);
        (rest.len() < text.len()).then_some(rest)
    }
    fn before_spaces(text: &str) -> Option<&str> {
        let head = text.trim_end_matches(crate::text::is_space);
        (head.len() < text.len()).then_some(head)
    }
    // The words from `text` on, while only spaces part them.
    fn words_on(text: &str) -> impl Iterator<Item = &str> {
        let mut rest = Some(text);
        std::iter::from_fn(move || {
            let (word, after) = split_word(rest?)?;
            rest = after_spaces(after);
            Some(word)
        })
    }
    let counted = |w: &str| {
        matches!(
            crate::words::lexer::word_token(w),
            Some(
                crate::words::lexer::Token::Digit(1..=9)
                    | crate::words::lexer::Token::Ten
                    | crate::words::lexer::Token::Hundred
            )
        )
    };
    // (The pairs are a set, in both orders, looked up once: most nouns counted are of no
    // idiom.)
    static IDIOMS: OnceLock<crate::text::PairSet> = OnceLock::new();
    let idioms = IDIOMS.get_or_init(|| {
        crate::text::PairSet::new(IDIOM_PAIRS.iter().flat_map(|&(a, b)| [(a, b), (b, a)]))
    });
    let idiom = |first: &str, second: &str| idioms.contains(first, second);
    let mut ahead = words_on(rest);
    if !ahead.next().is_some_and(counted) {
        return false;
    }
    let (noun, second, next) = (ahead.next(), ahead.next(), ahead.next());
    if let (Some(noun), Some(second), Some(next)) = (noun, second, next) {
        if counted(second) && idiom(noun, next) {
            return true;
        }
    }
    // The second half: a count in words and a word before it, parted by spaces.
    let first_half = before_spaces(before).and_then(|head| {
        let noun = previous_word(head)?;
        let first = before_spaces(without_last(head, noun.len())?).and_then(previous_word)?;
        Some((first, noun))
    });
    first_half.is_some_and(|(first, first_noun)| {
        counted(first) && noun.is_some_and(|noun| idiom(first_noun, noun))
    })
}

/// Whether `năm` opening `rest` is the noun, a year, counted by the number right before it
/// (`một năm sáu tháng tù`, `hai năm năm tháng`, `1 năm sáu tháng`): after a number, `năm` and
/// the digit word after it are no range of two digit words (`năm sáu tháng`, five or six
/// months), the year being counted and the months after it.
pub(super) fn year_counted_before(before: &str, rest: &str) -> bool {
    let opens_with_nam = split_word(rest).is_some_and(|(w, _)| same(w, "năm"));
    opens_with_nam
        && before.ends_with(crate::text::is_space)
        && match previous_word(before) {
            Some(word) => crate::number::is_number_word(word),
            None => before
                .trim_end_matches(crate::text::is_space)
                .ends_with(|c: char| c.is_ascii_digit()),
        }
}

/// Whether the count in words at `rest` is set against another count in words right before or
/// after it, each a digit word and one noun the lexicon lacks, with nothing between them or
/// `và`, `hoặc` or a comma (`hai nam ba nữ`, `ba quần hai áo`, `sáu nam và một nữ`): the
/// parallel makes both numerals, even the digit words that alone are mostly something else
/// (`ba`, a father; `năm`, a year; `một`, the article). `năm` that names a point of time
/// (`năm nay`) counts nothing, and the idioms so built count nothing either (see
/// [`in_an_idiom_of_counts`]).
pub(super) fn set_against_a_count_in_words(units: &Units, before: &str, rest: &str) -> bool {
    // The value of a digit word and its noun at `text`, and their length, if `text` opens
    // with them.
    let count = |text: &'_ str| -> Option<(u8, usize, bool)> {
        let (word, _) = split_word(text)?;
        if !matches!(
            crate::words::lexer::word_token(word),
            Some(crate::words::lexer::Token::Digit(1..=9) | crate::words::lexer::Token::Ten)
        ) {
            return None;
        }
        // (The whole count in words: `mười hai bạn nam`, up to 99, no scale.)
        let (value, after_word) = crate::number::small_whole_in_words(text, 1..=99)?;
        if same(word, "năm") && names_a_point_in_time(after_word) {
            return None;
        }
        // The noun of the lexicon there (a container with what it holds: `rổ cam`), or one of
        // one or two words it lacks (`tiền vệ`, `thước kẻ`).
        // (Whether the noun counts time: a parallel sets time against time, things against
        // things, `một mạch chín giờ` none.)
        let mut of_time = false;
        let after = match crate::quantity::unit_after(units, after_word) {
            // (`hai tháng một lần`, `hai bữa một ngày`: `một lần` is "once", `một ngày` "a
            // day", how often, no count set against.)
            Some((unit, _)) if value == 1 && crate::quantity::of_time_or_times(&unit) => {
                return None
            }
            // (A compound the lexicon knows the head of, before a link: `một bàn tiệc và ba
            // mâm cỗ`, `một bạn nữ và mười hai bạn nam`.)
            Some((unit, after)) => match crate::quantity::open_noun(after) {
                Some((_, longer))
                    if after_a_link(after).is_none() && after_a_link(longer).is_some() =>
                {
                    longer
                }
                _ => {
                    of_time = crate::quantity::of_time_or_times(&unit);
                    after
                }
            },
            None => {
                let (unit, after) = crate::quantity::open_noun(after_word)?;
                // `Ba mẹ, hai anh và một chị`: `ba` before a mother is the father, and the
                // pair parents.
                if same(word, "ba") && ["mẹ", "má"].contains(&unit.as_str()) {
                    return None;
                }
                after
            }
        };
        Some((value, text.len().saturating_sub(after.len()), of_time))
    };
    let Some((value, len, timed)) = count(rest) else {
        return false;
    };
    // (Two `một` side by side are articles, `một người và một con chó`: a parallel of counts
    // holds a number above one.)
    let parallel = |other: u8, other_timed: bool| (value > 1 || other > 1) && timed == other_timed;
    let after = rest.get(len..).unwrap_or_default();
    let partner_after =
        after_a_link(after).is_some_and(|next| count(next).is_some_and(|(v, _, t)| parallel(v, t)));
    // (Before: the digit word two or three words back, its noun the words after it, then a
    // link.)
    let partner_before = || {
        let head = before_a_link(before)?;
        // (Each word back is read from where it starts: past the text before it and the
        // spaces after that.)
        let mut starts = words_back(head).skip(1).take(2).map(|(_, before_word)| {
            let gap = head.get(before_word.len()..).unwrap_or_default();
            let spaces = gap.len().saturating_sub(gap.trim_start_matches(' ').len());
            before_word.len().saturating_add(spaces)
        });
        Some(starts.any(|start| {
            before
                .get(start..)
                .and_then(&count)
                .is_some_and(|(v, len, t)| parallel(v, t) && start.saturating_add(len) == head.len())
                // (`ba chìm bảy nổi, chín lênh đênh`: the idiom goes on, and counts nothing.)
                && !before
                    .split_at_checked(start)
                    .is_some_and(|(head, from)| in_an_idiom_of_counts(head, from))
        }))
    };
    partner_after || partner_before().unwrap_or(false)
}

/// The text after the spaces `after` opens with, and `và`, `hoặc` or a comma between two
/// items set side by side, if any.
fn after_a_link(after: &str) -> Option<&str> {
    let (next, spaces) = space0_str(after);
    let linked = next.strip_prefix(',').or_else(|| {
        let (_, len) = crate::text::find_phrase(next, &["và", "hoặc"])?;
        next.get(len..)
    });
    match linked {
        Some(r) => Some(space1(r).ok()?.0),
        None => (!spaces.is_empty()).then_some(next),
    }
}

/// `before` without the spaces it ends with and a link before them (see [`after_a_link`]);
/// `None` where no space ends it.
fn before_a_link(before: &str) -> Option<&str> {
    let head = before.trim_end_matches(' ');
    if head.len() == before.len() {
        return None;
    }
    let without_link = head.strip_suffix(',').or_else(|| {
        let word = previous_word(head).filter(|w| word_in(w, &["và", "hoặc"]))?;
        without_last(head, word.len())
    });
    Some(match without_link {
        Some(h) => h.trim_end_matches(' '),
        None => head,
    })
}

/// Years in brackets after a name: a lifespan or a reign (`Ngô Quyền (898 – 944)`), or the
/// year a year counted from an era's start is in the common count, the era named in it or
/// before it or not at all (`Năm Minh Mạng thứ 12 (1831)`, `vua Khải Định năm thứ 9 (1924)`,
/// `năm thứ hai (1946)`). A name in brackets cues its years as `năm` does; elsewhere three
/// digits in brackets are no year.
pub(super) fn years_in_brackets_after_a_name<'t>(
    before: &str,
    rest: &'t str,
) -> Option<(&'t str, crate::period::Year)> {
    use crate::period::Year;
    let head = before.trim_end_matches(' ').strip_suffix('(')?;
    let head = head.trim_end_matches(crate::text::is_space);
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(3..=4).contains(&digits) || rest.starts_with('0') {
        return None;
    }
    let first: i32 = rest.get(..digits)?.parse().ok()?;
    let after_first = rest.get(digits..)?;
    let closed = |after: &'t str| after.trim_start_matches(' ').starts_with(')');
    // A span: after a person's name (two words or more in title case), as long as a life or a
    // reign.
    let title_case = |w: &str| is_capitalized(w) && !crate::text::in_capitals(w);
    let name = previous_word(head)
        .filter(|w| title_case(w))
        .is_some_and(|last| {
            without_last(head, last.len())
                .map(|h| h.trim_end_matches(' '))
                .and_then(previous_word)
                .is_some_and(title_case)
        });
    if let Some((last, after_last)) = crate::period::range_end(first, after_first) {
        // (Bounds both round are amounts of a range, `Gói Cao Cấp (150 - 250)`; a life's
        // years seldom are.)
        let round = first % 10 == 0 && last % 10 == 0;
        let lifelong = last > first && last.saturating_sub(first) <= 120 && !round;
        return (name && lifelong && closed(after_last))
            .then(|| Year::span(first, last).ok())
            .flatten()
            .map(|span| (after_last, span));
    }
    // A reign's year: `năm`, the reign's name if it is written there, `thứ` and its number.
    let reign = || {
        // (The reign's number in digits or in words: `thứ 12`, `thứ nhất`, `thứ hai`.)
        let digits = head
            .len()
            .saturating_sub(head.trim_end_matches(|c: char| c.is_ascii_digit()).len());
        let in_words = previous_word(head)
            .filter(|w| digits == 0 && (same(w, "nhất") || is_number_word(w)))
            .map_or(0, str::len);
        let number = digits.max(in_words);
        let before_number = head.get(..head.len().checked_sub(number)?)?;
        let thu = previous_word(before_number).filter(|w| number > 0 && same(w, "thứ"))?;
        let mut names = without_last(before_number.trim_end_matches(' '), thu.len())?;
        // (A reign's name is of one to three words: `Minh Mạng`, `Tự Đức`, `Gia Long`, or none.)
        for _ in 0..4 {
            let word = previous_word(names)?;
            if same(word, "năm") {
                return Some(true);
            }
            if !is_capitalized(word) {
                return None;
            }
            names = without_last(names.trim_end_matches(' '), word.len())?;
        }
        None
    };
    (digits == 4 && closed(after_first) && reign().unwrap_or(false))
        .then(|| Year::new(first).ok())
        .flatten()
        .map(|year| (after_first, year))
}

/// Whether `digits` (after `before`) open with a bare number under a thousand and `đ.`, short for
/// `đường`, before a name in title case, glued to the dot or after a house's `số` or `nhà`
/// (`số 5 đ. Trần Phú`, `27 đ.Nguyễn Huệ`, `Số 8 Đ. Hùng Vương`): a house's number and its
/// street, no sum of đồng. A sum that ends a sentence is set off from the next by a space, and
/// rarely follows `số` (`chi trả: 0 đ. Người bệnh`).
pub(super) fn street_abbreviated_after(before: &str, digits: &str) -> bool {
    let len = digits.bytes().take_while(u8::is_ascii_digit).count();
    let Some(name) = digits
        .get(len..)
        .map(|r| r.trim_start_matches(crate::text::is_space))
        .and_then(|r| r.strip_prefix(['đ', 'Đ']))
        .and_then(|r| r.strip_prefix('.'))
    else {
        return false;
    };
    let glued = !name.starts_with(crate::text::is_space);
    let of_a_house = || previous_word(before).is_some_and(|w| word_in(w, &["số", "nhà"]));
    let name = name.trim_start_matches(crate::text::is_space);
    (1..=3).contains(&len)
        && split_word(name).is_some_and(|(w, _)| is_title_case(w))
        && (glued || of_a_house())
}

/// Whether `N tháng M` with `ngày` after it (`after`, the text after `M`) is a length of months
/// and days after `sau` or `trước` (after, before), which place a time by a length as often as
/// by a day: `Sau 5 tháng 9 ngày, tàu cập cảng`, `trước 2 tháng 10 ngày`. A day named after
/// `ngày` in title case is the date's apposition (`sau 2 tháng 9 ngày Quốc khánh`).
pub(super) fn months_and_days_after_a_cue_of_lengths(before: &str, after: &str) -> bool {
    let cue = previous_word(before).is_some_and(|w| word_in(w, &["sau", "trước"]));
    cue && next_word(after).is_some_and(|(w, rest)| {
        same(w, "ngày")
            && !next_word(rest).is_some_and(|(n, _)| is_title_case(n))
            && !space0_str(rest).0.starts_with(|c: char| c.is_ascii_digit())
    })
}

/// Set phrases in which a number word is part of a word or of a saying and counts nothing:
/// whole (`mười phân vẹn mười`, perfect), of a boat (`xuồng ba lá`, a sampan), of the seas
/// (`bốn bể là nhà`, at home everywhere). (Not `hai lòng`, unfaithful, nor `chín cây`, ripe on
/// the tree, which count as often: `hai lòng chảo`, `chín cây xoài`.)
const SET_PHRASES: &[&str] = &["mười phân vẹn mười", "xuồng ba lá", "bốn bể là"];

/// Whether the number word opening `rest` stands inside one of [`SET_PHRASES`], the words
/// before it in `before`: a part of a word or of a saying, no count.
pub(super) fn in_a_set_phrase(before: &str, rest: &str) -> bool {
    let Some((word, _)) = split_word(rest) else {
        return false;
    };
    // (Each phrase is cut before each of its words in turn: the words before the cut end
    // `before`, and the rest opens `rest` from the number word on, whole.)
    SET_PHRASES.iter().any(|phrase| {
        let mut cuts =
            std::iter::once(0).chain(phrase.match_indices(' ').map(|(i, _)| i.saturating_add(1)));
        cuts.any(|at| {
            let (head, tail) = phrase.split_at(at);
            let opens = tail.split(' ').next().is_some_and(|w| same(word, w));
            opens
                && (head.is_empty() || ends_with_phrase(before, head.trim_end()))
                && crate::text::match_phrase(rest, tail).is_some_and(|len| {
                    !rest
                        .get(len..)
                        .is_some_and(|r| r.starts_with(|c: char| c.is_alphanumeric()))
                })
        })
    })
}
