//! Counts, measures and ratios: `54.205 đối tượng`, `74,8 ha`, `16 tuổi`, `ba lần`,
//! `1.328 /900 hộ`, `10/10 phường`.
//!
//! # Grammar
//!
//! ```text
//! quantity = [qualifier] amount [range] unit
//! ratio    = numeral [" "] "/" [" "] numeral [unit]
//! unit     = a noun of the lexicon [("," | "/") a noun of the lexicon]   tỉnh, thành phố
//!          | measure ["2" | "²" | "3" | "³"]                            25m²   30m2
//! ```
//!
//! The nouns that count are a lexicon ([`Units`]): people and households, organisations and
//! places, things and classifiers, durations and ages, measures. Compounds the lexicon knows are
//! kept (`hộ gia đình`, `lượt xem`, `công ty chứng khoán`); words after them that only qualify
//! are not part of the unit (`hộ nghèo` counts `hộ`). Extend it with [`Units::with`].
//!
//! A lone `,` before three digits is read as thousands when it counts whole things
//! (`1,328 hộ` is 1328), since no household is fractional.

use crate::error::{amount_walk, here, parse_all, reached, Error, Expect, Stop};
use crate::number::{marked, numeral, Amount, Approx};
use crate::period::{placing_word, Placed};
use crate::text::{is_word_char, space0, space1, split_word, Folded};
use nom::error::{Error as NomError, ErrorKind as NomErrorKind};
use nom::IResult;
use rust_decimal::Decimal;
use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

/// The built-in nouns that count whole things: people and households, organisations and
/// places, things, works and events, in their written form. A lone `,ddd` before them groups
/// thousands (`1,328 hộ`).
///
/// ```
/// use vnparse::quantity::COUNTED;
/// use vnparse::Quantity;
/// assert!(COUNTED.contains(&"hộ"));
/// // A lone `,ddd` before a counted noun groups thousands.
/// assert_eq!("1,328 hộ".parse::<Quantity>()?.to_string(), "1.328 hộ");
/// # Ok::<(), vnparse::Error>(())
/// ```
#[rustfmt::skip]
pub const COUNTED: &[&str] = &[
    // Compounds the nouns of the lexicon open, counted whole (`4 chiếc xe đạp`, `5 đơn vị
    // máu`, `3 tổ máy`, `01 giải nhất`).
    "xe đạp", "xã viên", "tổ máy", "tiết mục", "đơn hàng", "nhà thầu", "giải nhất", "giải nhì",
    "giải ba", "lượt đánh giá", "đánh giá", "ca phẫu thuật", "suất cơm", "đơn vị máu",
    "bài kiểm tra", "điểm bán", "máy biến áp", "trạm biến áp", "nhà văn hóa", "nhà vệ sinh",
    "bộ quần áo", "bộ chìa khóa",
    // Compounds counted whole, whose second word opens a word of two (`120 cựu chiến binh`,
    // `30 sổ tiết kiệm`, `5 nhà tình nghĩa`); the sets of a match (`thắng sau ba séc`).
    "giáo dân", "giáo họ", "giáo xứ", "chiến binh", "sổ tiết kiệm", "nhà tình nghĩa", "nhà tình thương", "nhà đại đoàn kết",
    "séc",
    // The ways a road, a ticket or a lock goes (`vé 2 chiều`, `đường 2 chiều`, `khóa 1 chiều`);
    // an hour of the afternoon is told apart where it is read (`lúc 4 chiều`).
    "chiều",
    // Things of two words a classifier takes whole (`40 chiếc điện thoại`, `3 quả dưa hấu`).
    "điện thoại", "tủ lạnh", "điều hòa", "máy tính", "máy tính bảng", "dưa hấu", "bút chì",
    "áo khoác", "áo ấm", "áo phao", "bánh chưng", "bánh bao", "nhật ký", "hồi ký", "gia súc",
    "gia cầm", "phạt đền", "luân lưu", "trận thắng", "trận thua", "trận hòa", "đèn lồng", "rau muống", "khoai lang", "hành tây",
    "xuồng máy", "bò sữa", "ba ba", "găng tay", "nhà phố", "mũ bảo hiểm",
    "người", "dân", "dân số", "dân tộc", "dân quân", "dân phòng", "dân cư", "người dân", "người lao động", "người cao tuổi", "người có công", "lao động",
    "cá nhân", "tập thể", "đối tượng", "thân nhân", "hộ", "hộ gia đình", "hộ dân", "gia đình",
    "khách", "khách mời", "du khách", "khán giả", "lượt khách", "quân", "quân nhân", "quân khu", "quân đoàn", "chiến sĩ", "cán bộ", "công chức",
    "viên chức", "đảng viên", "đại biểu", "thành viên", "hội viên", "đoàn viên", "học sinh",
    "sinh viên", "học viên", "giáo viên", "giảng viên", "bác sĩ", "y bác sĩ", "bệnh nhân", "bệnh nhi", "ca", "khối u",
    "ca bệnh", "trường hợp", "trẻ", "trẻ em", "em", "cháu", "cụ", "nạn nhân", "thí sinh",
    "vận động viên", "huấn luyện viên", "kỹ sư", "chuyên gia", "nhà khoa học", "y tá",
    "chỉ huy", "chỉ huy trưởng",
    "điều dưỡng", "phật tử", "tăng ni", "công nhân", "nông dân", "phụ nữ", "thanh niên", "nhân viên", "nhân khẩu",
    "doanh nhân", "tác giả", "cử tri", "giám thị", "giám khảo", "trọng tài", "tình nguyện viên", "bị can", "bị cáo", "phụ huynh",
    "cổ động viên", "kíp", "kíp trực", "kíp mổ", "kíp lái", "kíp bay", "kíp nổ", "kíp thợ",
    "kíp vận hành", "kíp cấp cứu", "kíp sửa chữa", "kíp kỹ thuật", "kíp thi công", "dược sĩ", "y sĩ", "nữ hộ sinh", "thủ môn",
    "phạm nhân", "thương binh", "liệt sĩ", "gương", "gương điển hình", "điển hình",
    "hộ kinh doanh", "chủ hộ", "lượt người", "doanh nghiệp", "công ty", "ngân hàng",
    "công ty chứng khoán", "hợp tác xã", "tổ hợp tác", "đơn vị", "tổ chức", "cơ quan", "cơ sở",
    "trường", "trường học", "bệnh viện", "trạm y tế", "chi bộ", "đảng bộ", "tổ", "đội", "đoàn",
    "nhóm", "nhóm hàng", "mặt hàng", "thương hiệu", "thị trường", "quốc gia", "nước", "tỉnh", "thành phố", "quận",
    "huyện", "thị xã", "xã", "phường", "thị trấn", "tỉnh thành", "thôn", "ấp", "bản", "làng", "xóm", "khu phố",
    "tổ dân phố", "đô thị", "khu công nghiệp", "cụm công nghiệp", "khu dân cư", "địa phương", "đồng bằng",
    // Islands, and rows (of houses, of stalls, of a scanner's detectors: `tour 3 đảo`, `3 dãy
    // nhà`, `CT 64 dãy`).
    "đảo", "hòn đảo", "dãy", "dãy nhà",
    "đặc khu", "dự án", "công trình", "hạng mục", "chương trình", "đề án", "chính sách",
    "sản phẩm", "khẩu trang", "kỳ hạn", "chiếc", "chiếc xe", "chiếc xe máy", "xe", "xe máy", "ô tô", "xe ô tô", "tàu",
    "tàu cá", "con", "con số", "cái", "căn", "căn hộ", "căn nhà", "ngôi nhà", "nhà", "nhà hàng", "phòng", "phòng nghỉ", "phòng thi", "phòng họp",
    "phòng học", "giường", "giường bệnh", "cây", "quyển", "cuốn", "bộ", "tấm", "tờ", "suất", "suất quà", "suất ăn", "vé", "đôi", "cặp",
    "phần quà", "phần", "gói", "gói thầu", "hồ sơ", "giấy phép", "chứng chỉ", "giấy chứng nhận", "sổ đỏ", "sổ hồng", "văn bản", "thủ tục", "thủ tục hành chính",
    "dịch vụ", "dịch vụ công", "vụ", "vụ án", "vụ việc", "vụ tai nạn", "vụ cháy", "tiêu chí",
    // The parties to an agreement (`hai bên ký kết`, `ba bên cùng góp vốn`).
    "bên",
    // Communities of fishers and of boat people (`12 vạn chài`), no ten thousands.
    "vạn chài", "vạn đò",
    "chỉ tiêu", "nhiệm vụ", "giải pháp", "nội dung", "vấn đề", "lĩnh vực", "ý kiến", "kiến nghị",
    "câu hỏi", "bài", "bài viết", "lượt", "lượt xem", "lượt truy cập",
    "giải", "huy chương", "bằng khen", "giấy khen", "tin", "tin bài", "tin nhắn", "cuộc gọi",
    "tuyến",
    "tuyến đường", "cầu", "con đường", "giống", "loài", "liều", "liều vắc xin", "mẫu", "ngày rằm",
    "lớp", "lớp học", "buổi", "cuộc", "cuộc họp", "hội nghị", "sự kiện", "hoạt động", "đợt",
    "đầu mối", "ngôi trường", "quý", "kỳ", "phiên", "cổ phiếu", "cổ phần", "hợp đồng", "tài khoản",
    "thuê bao", "máy", "thiết bị", "tác phẩm", "đầu sách", "bản sao", "chuyến", "chuyến bay",
    "tầng", "lô", "thửa", "thửa đất", "mô hình", "sáng kiến", "đề tài",
    "giai đoạn", "anh em", "chị em", "anh chị em", "vợ chồng", "thế hệ học sinh",
    "mũi", "mũi tiêm", "mũi vắc xin", "liều vắc xin", "đời", "đời vua", "vị", "thế hệ", "tài liệu",
    "nghị quyết", "quyết định", "nghị định", "thông tư", "chỉ thị", "kế hoạch", "báo cáo",
    "mã", "mã cổ phiếu", "hội", "lễ hội", "túi", "ba lô", "balo", "vali", "vest", "album",
    "deal", "sms", "tin nhắn", "đoạn", "bàn", "bàn thắng", "hạn mức", "chỗ",
    // Files of a computer or a shoot, and a crew (`300-500 file ảnh`, `1 ekip 5 người`).
    "file", "file ảnh", "ekip", "ê-kíp",
    // Pallets and containers of freight (`24 pallet`, `2 cont`), and a block of stamps (`1
    // blốc`).
    "pallet", "cont", "blốc",
    // Industrial and export processing zones, and industrial clusters, by their abbreviations.
    "kcn", "kcx", "ccn",
    "chỗ ngồi", "ghế", "phiếu", "bậc", "dòng", "lá", "bao", "chai", "hộp", "thùng", "gói",
    // Questions or lines, orders, and stars of a rating (`18/20 câu`, `48/50 đơn`, `5 sao`).
    "câu", "câu thơ", "câu văn", "đơn", "sao",
    // Words and characters of a text (`120 nghìn chữ`).
    "chữ",
    // Compounds that open with a measure's word (`8 ký tự` counts characters, not kilograms).
    "ký tự", "ký hiệu", "ký túc xá", "ký giả", "áp thấp", "áp thấp nhiệt đới", "chỉ số",
    // A weight of gold (`2 chỉ vàng`); `chỉ` alone after a number is mostly the adverb "only".
    "chỉ vàng",
    "bức", "quả", "ngôi", "tòa", "tòa nhà", "khối", "khu", "điểm trường", "trang", "kỳ họp",
    // A camera's shutter count, a shot of coffee (`chụp 9.500 shot`, `thêm 1 shot espresso`).
    "shot",
    "phiên họp", "trận", "trận đấu", "bàn thua", "vận động viên", "đội bóng", "câu lạc bộ",
    // Games of a board or a match and who play them (`thi đấu 7 ván`, `64 kỳ thủ`), and the
    // sets of medals a games puts up (`tranh 1.102 bộ huy chương`).
    "ván", "ván cờ", "ván đấu", "kỳ thủ", "bộ huy chương",
    // Health insurance cards (`cấp 14.982 thẻ BHYT`).
    "thẻ bhyt", "thẻ bảo hiểm y tế",
    // Centres (`ít nhất một trung tâm hồi sức`); sets of a room (`2 máy tính và một tivi`, `1
    // radio`).
    "trung tâm", "tivi", "ti vi", "radio",
    // Channels of a television package and canals alike (`Truyền hình 180 kênh`).
    "kênh",
    // Photos in their frames, driving licences by their initials, black spots of the roads,
    // classes of a trade, ceremonies and appointments, flags, the members of a group, ballots
    // and the places and teams of an election.
    "bức ảnh", "gplx", "điểm đen", "lớp nghề", "buổi lễ", "buổi hẹn",
    "lá cờ", "tổ viên", "phiếu bầu", "tổ bầu cử", "khu vực bỏ phiếu",
    // The crew of a fishing boat (`trả công 12 bạn thuyền`).
    "bạn thuyền", "bạn chài", "bạn tàu",
    // Research and its outputs, staff and followers, petitions, leave and the lines of a
    // business (`ít nhất một nghiên cứu sinh`, `01 bài báo`, `48,7k người theo dõi`, `03 đơn
    // kiến nghị`, `12 ngày phép`, `ba mảng dịch vụ`).
    "nghiên cứu sinh", "bài báo", "người theo dõi",
    "đơn kiến nghị", "ngày phép", "mảng", "mảng dịch vụ",
    "tập đoàn", "cửa hàng", "siêu thị", "chợ", "nhà máy", "xí nghiệp", "trang trại", "hộ nuôi",
    "ao", "lồng", "bè", "tàu thuyền", "phương tiện", "xe khách", "xe tải", "xe buýt",
    "máy bay", "xe cứu thương", "chuyến xe", "tuyến xe", "hành khách", "lượt hành khách", "khách hàng",
    "người bệnh", "ca nhiễm", "ca tử vong", "trẻ sơ sinh", "cháu bé", "sinh viên",
    "giảng viên", "tiến sĩ", "thạc sĩ", "giáo sư", "đảng viên mới",
    "hồ chứa", "con đập", "tuyến đường", "tuyến phố", "tuyến hẻm", "tuyến ngõ", "cây cầu", "căn nhà", "ngôi nhà",
    "nhà ở", "căn biệt thự", "biệt thự", "phòng ngủ", "phòng khách", "wc", "toilet", "ngày công", "nguyện vọng", "xe tăng", "em bé", "em gái", "em trai", "em nhỏ",
    "môn học", "máy đào", "máy xúc", "cự ly", "số điện thoại", "diễn viên", "diễn đàn",
    "diễn giả", "tham luận",
    // Compounds that are nouns of their own, kept whole where their first word is a noun too
    // (`3 tỉnh lộ` counts roads, not provinces; `4 xe cấp cứu`, `5 trường tiểu học`, `2 hội
    // thảo`, `ba người bạn`); `tiết`, a class period, is one word (`4 tiết buổi sáng`).
    "tỉnh lộ", "quốc lộ", "huyện lộ", "hương lộ", "xe cấp cứu", "xe cứu hỏa", "xe chữa cháy",
    "trường mầm non", "trường tiểu học", "trường trung học", "trường trung học cơ sở",
    "trường trung học phổ thông", "trường thcs", "trường thpt", "trường đại học",
    "trường cao đẳng", "hội thảo", "hội thi", "hội chợ", "hội đồng", "người bạn", "tiết",
    // The elderly, by their words of address (`ba ông cụ`, `hai cụ bà`).
    "ông cụ", "bà cụ", "cụ ông", "cụ bà", "ông bà",
    "tiết học",

    "cộng đồng", "cộng tác viên", "clb", "tk",
    // Samples and designs counted (`mẫu` alone measures an area): `12 mẫu mã`, `3 mẫu máu`.
    "mẫu mã", "mẫu đơn", "mẫu áo", "mẫu máu", "mẫu nước", "mẫu xét nghiệm", "mẫu bệnh phẩm",
    // Chat's `ng` for `người` (`6 ng đi lẩu`); a nanogram is written over a volume (`ng/ml`).
    "ng",
    "vị trí", "chữ số", "đoàn tàu", "tổ công tác", "người phụ thuộc", "người lớn", "tầng hầm", "dự án nhà ở", "lượt thí sinh",
    "bài thi", "môn", "môn thi", "tín chỉ", "giải thưởng", "huy chương vàng", "huy chương bạc",
    "huy chương đồng", "hcv", "hcb", "hcđ", "cúp", "lĩnh vực", "ngành", "ngành nghề", "việc làm", "lao động nữ",
    "vụ việc", "vụ vi phạm", "đối tượng truy nã", "bị hại", "nghi phạm",
    "tấn công", "vụ trộm", "vụ cướp", "vụ tai nạn giao thông", "ngôi mộ", "liệt sĩ",
    // The nouns a scale word opens (`tỷ phú`, a billionaire; `triệu chứng`, a symptom), which
    // the reader of numerals leaves to them (`6 tỷ phú`, `ba triệu chứng`).
    "tỷ phú", "tỉ phú", "triệu phú", "triệu chứng", "trực thăng", "cư dân", "thường dân", "chứng từ", "chứng khoán", "tư vấn viên",
    "chứng chỉ",
    "cầu thủ", "nhà ga", "người dùng", "lập trình viên", "đơn vị hành chính", "giao dịch",
    "ngày làm việc", "tháng lương", "học kỳ", "loại", "người con", "vé số", "thời điểm",
    "tài khoản chứng khoán",
    "trang web", "tàu bay", "xe mô tô", "mô tô", "giấy phép lái xe", "lô đất", "lô hàng", "gian", "gian hàng", "chái", "bản đồ", "bản án", "bản tin", "bản vẽ", "làng nghề", "xóm trọ", "phòng trọ",
    // Offices held, and a deputy of each (`ba phó chủ tịch`, `hai giám đốc`).
    "giám đốc", "phó giám đốc", "chủ tịch", "phó chủ tịch", "bí thư", "phó bí thư", "hiệu trưởng",
    "phó hiệu trưởng", "trưởng phòng", "phó trưởng phòng", "thủ tướng", "phó thủ tướng",
    "bộ trưởng", "thứ trưởng", "trưởng ban", "phó trưởng ban", "tổng giám đốc",
    "phó tổng giám đốc", "giếng", "giếng nước", "giếng khoan",
    // Things, people and places of everyday life, in their compounds, and the nouns a
    // classifier goes before (`ba cần cẩu tháp`, `400 ổ bánh mì`, `hai chiếc bập bênh`).
    "hệ thống", "cô bảo mẫu", "vòng sân", "phong bì", "bé trai", "trợ lý", "cú nhảy",
    "cần cẩu tháp", "trạm thu phí", "khúc cua", "đường hầm", "kẻ trộm", "thửa ruộng", "nhà màng",
    "cây mắc ca", "con đà điểu", "gốc sầu riêng", "gốc măng cụt", "con cá rô",
    "màn hình tương tác", "em học sinh", "cặp song sinh", "cái cầu trượt", "chiếc bập bênh",
    "kính hiển vi", "bài thu hoạch", "cây bằng lăng", "phiếu đăng ký", "hộp bút", "máy thở",
    "ca sinh", "ca mổ", "vỉ thuốc", "máy chạy thận", "máy siêu âm", "hộp khẩu trang", "lồng ấp",
    "lọ nước muối", "phòng mổ", "xe lăn", "cáng cứu thương", "ca ghép thận", "chánh văn phòng",
    "phó chánh văn phòng", "bộ hồ sơ", "máy photocopy", "bàn phím", "bộ máy vi tính",
    "trang tài liệu", "máy chấm công", "thùng giấy vệ sinh", "chiếc nồi cơm điện",
    "cái máy xay sinh tố", "ổ bánh mì", "hộp cơm", "bàn là", "cốc chè", "bộ áo dài",
    "máy bán hàng", "thau cá", "lọ mật ong", "máy pha cà phê", "pallet nước ngọt", "bộ lốp",
    "cái bánh ít", "chiếc bình siêu tốc", "cậu con trai", "gian nhà", "mâm cỗ", "người em họ",
    "chậu lan", "phong bao", "đôi bông tai", "con chim chào mào", "tấm thẻ vàng",
    "pha cứu thua", "ống cầu lông", "quả ba điểm", "cú giao bóng", "cây cầu treo", "xe bồn",
    "cọc bê tông", "trụ bê tông", "xe lu", "block nhà", "bể xử lý nước thải", "xe cát",
    "giếng trời", "xe container", "chiếc xe ba gác", "xe điện", "chiếc ca nô", "xe giường nằm",
    "xe đầu kéo", "cầu tàu", "cỗ xe ngựa", "cửa soát vé", "đơn thư", "phiếu lý lịch",
    "điểm bầu cử", "đoàn khách", "loa phát thanh", "bánh heroin", "lồng cá", "cây cổ thụ",
    "mắc ca", "đà điểu", "sầu riêng", "măng cụt", "cá rô", "cầu trượt", "bập bênh", "bằng lăng",
    "nước muối", "máy vi tính", "nồi cơm điện", "máy xay sinh tố", "áo dài", "mật ong",
    "bánh ít", "bình siêu tốc", "con trai", "em họ", "bông tai", "chim chào mào", "thẻ vàng",
    "cầu lông", "cầu treo", "xe ba gác", "ca nô", "xe ngựa",
    // Works and the people who make them, the causes, plans and means a report counts, and
    // dishes (probe 10: `12 ca khúc`, `ba phương án`, `năm nguyên nhân`, `ba món ăn`).
    "ca khúc", "ca sĩ", "ca dao", "nhạc sĩ", "họa sĩ", "bài hát", "bài thơ", "bài tập", "bài văn",
    "bài giảng", "bài ca", "lá thư", "lá đơn", "lá phiếu", "lá cờ", "nguyên liệu", "phương án",
    "phương pháp", "nguyên nhân", "nguyên tắc", "mục tiêu", "công đoạn", "ý tưởng", "câu chuyện",
    "món ăn", "tiểu thương", "thương lái",
    // Nouns opening with a word that is a family name too (`3 lý do`, `5 vũ công`, `2 võ
    // sĩ`, `3 hoàng tử`): the whole noun, no person's name.
    "lý do", "vũ công", "võ sĩ", "hoàng tử", "vũ khí", "trần nhà", "đinh ốc", "lương hưu",
    // Shops and places of service, by their Vietnamese names and the borrowed ones (`2 quán
    // cà phê`, `3 salon`, `5 homestay`).
    // (Not `shop`, which a chat's seller calls herself by, `đơn trên 500k shop freeship`, nor
    // `quán` or `tiệm` alone, which open compounds of their own, `3 tiệm vàng`.)
    "quán cà phê", "quán ăn", "quán nhậu", "salon", "spa", "homestay", "showroom", "studio",
    "resort",
    // Places of worship (`viếng ba chùa`, `hai đình làng`).
    "chùa", "đình", "miếu", "nhà thờ", "thánh thất",
    // Machines named by the work they do (`2 máy cày`, `4 máy bơm`).
    "máy cày", "máy gặt", "máy gặt đập liên hợp", "máy bơm", "máy giặt", "máy sấy", "máy cấy",
    "máy xới", "máy dệt", "máy lọc nước", "máy phát điện", "máy khoan", "máy in", "máy chiếu",
    "máy ảnh", "máy thổi gió", "máy tập", "máy ép",
    "nhà sinh hoạt cộng đồng", "nhà báo", "nhà văn", "nhà thơ", "nhà đầu tư", "nhà thiết kế",
    "nhà sản xuất", "nhà tài trợ", "nhà cung cấp", "nhà nghiên cứu", "nhà phân phối", "nhà hảo tâm",
    "nhà xưởng",
    "suất học bổng", "máy lạnh", "máy điều hòa", "bình nóng lạnh", "tủ quần áo",
    "bộ bàn ghế", "quần áo", "máy tính", "tuyến kênh", "chi nhánh", "phòng giao dịch",
    // Steps walked, or of a procedure (`đi bộ 10k bước`, `quy trình 5 bước`); soldiers.
    "bước", "lính",
    // Tanks of water, given to households (`cấp 1.850 bồn`).
    "bồn", "bồn chứa", "bồn nước",
    // A dose of a herbal decoction (`ngày 1 thang`, `10 thang thuốc`), and lifts.
    "thang", "thang thuốc", "thang máy",
    // Loanwords counted as nouns are (an open noun is a Vietnamese syllable).
    "container", "tour", "video", "clip", "laptop", "smartphone", "website", "game", "show",
    "camera",
    // The cores of a filter (`máy lọc RO 10 lõi`) and rates compared (`so sánh 2 tỷ lệ`).
    "lõi", "tỷ lệ", "tỉ lệ", "phân số", "ngư dân",
    "block", "combo", "voucher", "remote", "shipper", "designer", "developer", "tester", "fan",
    "follower", "slot", "order", "item", "concept", "flycam", "sim",
    // The players of golf and the scores of a hole they make (`120 golfer`, `5 birdie, 1
    // bogey`); what a post gathers (`2.000 view`, `300 share`); members and teams of a club.
    "golfer", "birdie", "bogey", "eagle", "view", "share", "comment", "member", "team",
    // What a basketball player gathers (`6 rebound`, `5 assist`).
    "rebound", "assist",
    // Books in files; a grade of a language test (`tăng 1.0 band`) or a group of musicians.
    "ebook", "band",
    // Abbreviations written as nouns (`500 cp`, shares; `10.000 VĐV`, athletes; `45 HS`,
    // pupils; `200 CBCNV`, staff; `12 HTX`, cooperatives; `3 sp`, products, as shops write).
    "cp", "sp", "vđv", "hlv", "hs", "sv", "gv", "cbcnv", "cnvc", "đv", "dn", "htx", "ctv",
    // The elderly, as their associations write them (`khám cho 250 NCT`).
    "nct",
    "bạn", "bạn trẻ", "bạn đọc", "bạn nữ", "bạn nam", "bạn thân", "hạng", "mức", "mức thưởng", "mức lương", "mức giá", "mức phí", "mức phạt", "mức hỗ trợ",
    "mức độ",
    // Compounds that open with a word of grammar, which alone counts nothing (`hiện`, `quy`,
    // `thực`, `hình`, `tính`, `cần`, `chung`, `đầu`, `thành`, `cao`, `thuộc`, `tặng`): `300
    // hiện vật`, `18 quy trình`, `5 tính năng`, `2 cần trục`. (Not those that are verbs as
    // often, `quy định`, `thực hiện`, `đề nghị`: `Điều 5 quy định` numbers an article.)
    "hiện vật", "hiện tượng", "quy trình", "quy chế", "quy chuẩn", "quy tắc", "thực phẩm",
    "thực đơn", "thực tập sinh", "hình ảnh", "hình thức", "hình phạt", "tính năng", "tính chất",
    "cần trục", "cần câu", "chung cư", "đầu việc", "đầu máy", "đầu tàu", "phiên bản",
    // Heads of a system, one device each (`480 đầu báo khói`, `120 đầu phun`, `4 đầu ghi`).
    "đầu báo", "đầu báo khói", "đầu báo cháy", "đầu phun", "đầu ghi", "đầu thu", "đầu đọc",
    "phiên tòa", "phiên giao dịch", "phiên dịch", "phiên dịch viên", "mã số", "mã hàng", "thành phần", "thành tích", "thành tựu",
    "cao ốc", "cao thủ", "thuộc tính", "tặng phẩm", "thành quả", "đầu bếp", "chính trị gia",
    "bà mẹ", "bà con", "đội viên", "đội tuyển", "bàn ghế", "ban chỉ đạo", "ban quản lý",
    "tiếp viên", "liên đoàn", "bằng cấp", "bằng lái", "bằng tốt nghiệp", "quá trình", "quá khứ",
    "không gian", "từ vựng", "từ mới", "tiếp tân", "bữa", "bữa ăn", "bữa cơm",
    // Feeds of a baby or doses of a cure (`ngày 6-8 cữ sữa`, `2 cữ thuốc`; `cử sữa` as the
    // south spells it, where `cử` alone opens other words, `cử tri`).
    "cữ", "cữ sữa", "cữ bú", "cữ thuốc", "cử sữa", "cử bú",
    // Sets of a match (`thắng ba set`, `3 set trắng`) and of things sold together.
    "set", "set quà",
    // Staff named by their work, which is no verb (`cần 2 tạp vụ`, `4 phụ bếp`); see
    // [`STAFF_BY_THEIR_WORK`] for those that are.
    "tạp vụ", "phụ bếp", "phụ hồ",
    // Pieces as orders and packing lists count them (`12.000 pcs`), and the cells of a
    // battery (`pin 4 cell`).
    "pcs", "cell",
    // The phases of a power supply (`hệ thống 10kWp 3 pha`).
    "pha",
];

/// The nouns that open with `đồng` and are no currency: those who share a thing with one
/// (`đồng bào`, `đồng chí`, `đồng nghiệp`, `đồng hương`, `đồng đội`, `đồng môn`, `đồng minh`),
/// things (`đồng hồ`, `đồng xu`, `đồng phục`) and fields (`đồng ruộng`, `đồng lúa`, `đồng
/// cỏ`). The one table of them: the lexicon counts them (`3 đồng nghiệp`, `300 đồng hồ`), and
/// after an amount `đồng` before their second word is no currency, but after a sum with a
/// scale before a noun of things (`1 triệu đồng phục vụ` is a sum).
///
/// ```
/// use vnparse::quantity::DONG_NOUNS;
/// assert!(DONG_NOUNS.contains(&"đồng nghiệp"));
/// let q: vnparse::Quantity = "3 đồng nghiệp".parse().unwrap();
/// assert_eq!(q.unit, "đồng nghiệp");
/// ```
pub const DONG_NOUNS: &[&str] = &[
    "đồng bào",
    "đồng chí",
    "đồng nghiệp",
    "đồng hương",
    "đồng đội",
    "đồng môn",
    "đồng minh",
    "đồng hồ",
    "đồng xu",
    "đồng phục",
    "đồng ruộng",
    "đồng lúa",
    "đồng cỏ",
];

/// The second words of [`DONG_NOUNS`], built once.
fn dong_seconds() -> &'static crate::text::WordSet {
    static SECONDS: OnceLock<crate::text::WordSet> = OnceLock::new();
    SECONDS.get_or_init(|| {
        DONG_NOUNS
            .iter()
            .filter_map(|n| n.split(' ').nth(1))
            .collect()
    })
}

/// Whether `đồng` followed by the word `next` opens a noun of [`DONG_NOUNS`] (`hồ` in `đồng
/// hồ`, not `hồi` in `50 nghìn đồng hồi đó`): then it is no currency.
pub(crate) fn dong_opens_a_noun(next: &str) -> bool {
    dong_seconds().contains(next)
}

/// Whether `đồng` before the text `next`, after a sum with a scale, is the currency though
/// `next` opens with the second word of a noun of [`DONG_NOUNS`]: a sum with a scale is money,
/// so only a noun of people may be counted so many (`300 nghìn đồng bào`), and only where its
/// second word is no word of its own there (`đội`, a team or "to raise"; `hồ` of `hồ sơ`):
/// `5 triệu đồng đội lên`, `2 triệu đồng hồ sơ`, `1 triệu đồng phục vụ` are sums.
pub(crate) fn dong_noun_of_a_word_alone(next: &str) -> bool {
    /// The second words of the nouns of people that open with `đồng`.
    const PEOPLE: &[&str] = &["bào", "chí", "nghiệp", "hương", "môn", "đội", "minh"];
    let Some((word, _)) = split_word(next) else {
        return false;
    };
    let alone = || is_grammar_word(word) || Units::shared().longest(next).is_some();
    dong_opens_a_noun(word) && (!crate::text::word_in(word, PEOPLE) || alone())
}

/// Classifiers that take the noun after them into the unit: `4 con dao`, `15 con bò`, `2
/// chiếc xe máy`, `3 tòa tháp`, `4 lượt trận` (containers, which may take two words, are
/// [`CONTAINERS`]).
const CLASSIFIERS: &[&str] = &[
    "con", "chiếc", "cái", "căn", "ngôi", "bức", "quả", "cây", "tấm", "cuốn", "quyển", "tòa",
    "lượt", "tờ", // Children, as speech counts them (`ba đứa nhỏ`).
    "đứa",
    // Small round or solid things, pieces and fruit (`3 viên thuốc`, `5 hòn bi`, `2 miếng
    // bánh`, `4 trái xoài`, `2 củ khoai`).
    "viên", "hòn", "miếng", "cục", "hạt", "trái", "củ", "sợi",
    // Flowers and branches, and what is tied or hangs in bunches (`5 bó hoa`, `3 bông hồng`, `2
    // cành đào`, `1 nải chuối`).
    "bó", "bông", "đóa", "cành", "nhành", "chùm", "nải", "khóm",
    // Pairs, by what comes in them (`3 đôi giày`, `35 cặp doanh nghiệp`).
    "đôi", "cặp",
];

/// Containers that take what they hold into the unit, a noun of one word or two (`15 bao
/// gạo`, `8 can dầu ăn`, `5 bao xi măng`): what a container holds is as often a compound of
/// two words as one word (`3 ly cà phê`). Where a third word follows (`2 ly cà phê sữa đá`,
/// `10 bao gạo nấu cơm`), where the noun ends is not known, and the container stands alone.
/// Counted nouns of the lexicon too (`3 lon`).
const CONTAINERS: &[&str] = &[
    "hộp", "chai", "thùng", "ly", "cốc", "bao", "túi", "lọ", "hũ", "bình", "can", "lon", "bát",
    "chén", "đĩa", "dĩa", "bịch", "vỉ", "khay", "thúng", "rổ", "gói", "nồi", "mâm", "xô", "thau",
    "chậu", "két", "lốc", "tô",
    // Baskets and trays (`ba lẵng hoa`, `2 giỏ quà`, `ba mẹt bánh cuốn`; not `làn`, a lane
    // and a wave as often).
    "lẵng", "giỏ", "sọt", "mẹt", "nia", "mủng",
    // A set or a suit, which holds its pieces as a box holds what is in it (`2 bộ vest`, `100
    // bộ đồng phục`, `5 bộ hồ sơ`).
    "bộ",
];

/// Whether `unit` counts time or times (`ngày`, `năm`, `lần`): what `một` before it says of a
/// rate, "a day", "once" (`hai bữa một ngày`, `hai tháng một lần`).
pub(crate) fn of_time_or_times(unit: &str) -> bool {
    unit == "lần" || DURATIONS.contains(&unit)
}

/// Whether `unit` counts the times something is done: times (`lần`), sessions (`buổi`), meals
/// (`bữa`, `bữa ăn`, `bữa cơm`) and feeds (`cữ`, `cử`, and a feed of what: `cữ sữa`, `cữ
/// thuốc`, `cử sữa`), what a count in a day or a month counts (`ngày 2-3 lần`, `ngày 2-3 bữa`, `cả tháng
/// 4 buổi`); not another noun they open (`bữa tiệc`, a party; `buổi lễ`, a ceremony).
pub(crate) fn counts_times(unit: &str) -> bool {
    // (A feed is only ever a time of feeding, whatever it is of; a meal is one of eating.
    // `cử` alone opens other words, `cử tri`: only its feeds the lexicon knows.)
    let feed = unit.split_once(' ').is_some_and(|(head, _)| head == "cữ")
        || matches!(unit, "cử sữa" | "cử bú");
    feed || matches!(
        unit,
        "lần" | "buổi" | "bữa" | "bữa ăn" | "bữa cơm" | "cữ" | "cử"
    )
}

/// Whether `unit` opens with a classifier or a container (`chiếc mũ`, `thúng gạo`): a count of
/// things, as a verb of handling takes them.
pub(crate) fn classified_or_held(unit: &str) -> bool {
    let first = unit.split(' ').next().unwrap_or_default();
    CLASSIFIERS.contains(&first) || CONTAINERS.contains(&first)
}

/// Label nouns of a kind or a pack, told by the count of what it holds when one follows
/// (`tôm loại 100 con`, `tuýp 20 viên`, `xe hạng 7 chỗ`); named by their number otherwise
/// (`loại 1`, `tiểu đường tuýp 2`). After a noun they open what qualifies it, never the noun
/// (`35 bao gạo loại 25kg`, `20 thùng mì loại ngon`).
pub(crate) const KINDS_TOLD_BY_A_COUNT: &[&str] = &["loại", "tuýp", "típ", "hạng"];

/// Nouns of a collection that take a noun of the lexicon after them into the unit, but no
/// other word (`11 nhóm giải pháp`, `3 loại cây`; `14 nhóm đua xe` counts groups).
const COLLECTIVES: &[&str] = &["nhóm", "loại"];

/// The built-in durations, ages and multipliers: `01 năm`, `16 tuổi`, `1,8 lần`.
///
/// ```
/// use vnparse::quantity::DURATIONS;
/// use vnparse::Quantity;
/// assert!(DURATIONS.contains(&"tuổi"));
/// assert_eq!("16 tuổi".parse::<Quantity>()?.unit, "tuổi");
/// # Ok::<(), vnparse::Error>(())
/// ```
#[rustfmt::skip]
pub const DURATIONS: &[&str] = &[
    "năm", "tháng", "ngày", "tuần", "giờ", "phút", "giây", "thập kỷ", "thế kỷ", "tuổi", "đêm",
    "ngày đêm", "tiếng", "lần", "hôm",
    // Ages of the very young, in months, weeks or days (`trẻ 6 tháng tuổi`).
    "tháng tuổi", "tuần tuổi", "ngày tuổi",
];

/// The built-in measures: `74,8 ha`, `25m²`, `26,5 độ C`.
///
/// ```
/// use vnparse::quantity::MEASURES;
/// use vnparse::Quantity;
/// assert!(MEASURES.contains(&"ha"));
/// assert_eq!("74,8 ha".parse::<Quantity>()?.to_string(), "74,8 ha");
/// # Ok::<(), vnparse::Error>(())
/// ```
#[rustfmt::skip]
pub const MEASURES: &[&str] = &[
    "điểm", "điểm phần trăm",
    "ha", "héc-ta", "hecta", "hécta", "héc ta", "tấn", "tạ", "yến", "cân", "ký", "lạng", "lượng", "sào", "mẫu", "kg", "gam", "lít", "m", "km", "cây số", "cm", "mm", "dm", "mét",
    "mét vuông", "mét khối", "độ", "độ c", "độ richter", "mwh", "gwh",
    // The thickness of a film (`màng co POF 19 micron`); the volume of a blood cell (`MPV 9,4
    // fL`).
    "micron", "fl",
    // A place by its latitude and longitude (`16,2 độ Vĩ Bắc; 109,5 độ Kinh Đông`).
    "độ vĩ bắc", "độ vĩ nam", "độ kinh đông", "độ kinh tây", "mw", "kw", "kwh", "gb", "mb", "kb", "tb", "g", "mg", "byte", "bit",
    "ml", "cc", "nm", "mp", "ghz", "mhz", "mah", "w", "v", "inch", "hải lý", "ngàn tấn",
    "mbps", "kbps", "gbps", "cv", "hp", "mã lực", "feet", "ft", "dặm", "teu", "gram", "kwp", "mwp",
    "hz", "khz", "db", "kcal", "calo", "kj", "ms", "dwt", "h", "mmhg", "mmol", "muỗng", "muỗng canh", "muỗng cà phê", "thìa", "thìa canh",
    // Metric units spelled out, as speech and its transcripts write them.
    "milimét", "mi-li-mét", "xentimét", "xăng-ti-mét", "xen-ti-mét", "centimét", "kilômét",
    "ki-lô-mét", "kilôgam", "ki-lô-gam", "miligam", "mi-li-gam", "mililít", "mi-li-lít",
    "thìa cà phê", "l", "ah", "wh", "kv", "kva", "mva", "pa", "kpa", "mpa", "bar", "psi", "btu", "°", "°c", "°f", "℃",
    // International units of a vitamin or a drug, and atmospheres of pressure.
    "iu", "atm",
    // Tokens of crypto-currencies, which no ISO 4217 code names: measured, not money, and
    // divided (`3,125 BTC` is 3.125).
    "btc", "eth", "usdt", "bnb",
    // Beats of a heart a minute (`nhịp tim 158 bpm`).
    "bpm",
    // Diopters, what a lens corrects and a short sight is measured in (`cận 1,5 đi-ốp`); the
    // thousandths of an inch a glove or a film is thick in (`dày 4 mil`); the megapixels of a
    // camera (`4 Megapixel`).
    "đi-ốp", "điốp", "diop", "mil", "megapixel",
    // Centilitres and decilitres of a bottle (`chai 33cl`, `75 cl`), and the bitterness of a
    // beer in international units (`45 IBU`).
    "cl", "dl", "ibu",
    // Knots of wind and hectopascals of air pressure, as weather for flights gives them (`gió
    // 15 kt`, `QNH 1002 hPa`).
    "kt", "hpa",
    // Grams as shops and recipes shorten them (`bơ lạt 100gr`), and parts per million of what
    // water or air holds (`dưới 50 ppm`).
    "gr", "ppm",
    // Colony-forming units of bacteria, per millilitre as milk and water are tested
    // (`dưới 100.000 CFU/ml`); the turbidity of water (`độ đục 1,8 NTU`); cubic metres of
    // freight (`tối thiểu 1 CBM`).
    "cfu", "ntu", "cbm",
    // The weight of paper, grams per square metre (`giấy couché 300gsm`).
    "gsm",
    // Ounces of a coin or of gold (`1 oz`), A-weighted decibels of noise (`55 dBA`), and the
    // sugar content of cane (`10,2 CCS`); yards of fabric (`2.000 yard`).
    "oz", "dba", "ccs", "yard",
    // Pounds, as coffee and cashew trade weighs (`47 lbs/bao 80 kg`), and parts in a thousand
    // (`độ mặn 15‰`).
    "lbs", "lb", "‰",
    // The field of a scanner of magnetic resonance (`MRI 1.5 Tesla`, `máy 3T`); feet as a
    // container's size is said (`container 20 fit`); tenths of a millimetre, the thickness of
    // roofing sheets (`tôn dày 4 zem`).
    "tesla", "fit", "zem",
    // Watts at peak, the power of a solar panel (`tấm pin 580Wp`).
    "wp",
];

/// Whether `unit` is a unit of length raised to a power (`m2`, `km²`, `m3`).
pub(crate) fn is_powered(unit: &str) -> bool {
    let base = unit.trim_end_matches(['2', '3', '²', '³']);
    POWERED.contains(&base) && base.len() < unit.len()
}

/// Whether `unit` (as a quantity writes it, lower case) measures time or size: a duration
/// (`ngày`, `phút`; not `lần`, a multiplier) or a measure, with its power (`m2`, `km²`).
pub(crate) fn is_measure_or_duration(unit: &str) -> bool {
    // A speed or a concentration (`km/h`, `mmol/l`, `u/l`) measures.
    let rate = unit.split_once('/').is_some_and(|(numerator, _)| {
        MEASURES.contains(&numerator) || CONCENTRATION_NUMERATORS.contains(&numerator)
    });
    rate || MEASURES.contains(&unit)
        || is_powered(unit)
        || DURATIONS.contains(&unit) && unit != "lần"
}

/// Units that, with the word after them, make another word: `hôm nay` (today) and `hôm qua`
/// name a day, not a count of days (`ba hôm nữa`), as `năm ngoái` names last year; `lần lượt`
/// (respectively) counts no times.
const UNIT_COMPOUNDS: &[(&str, &[&str])] = &[
    ("hôm", &["nay", "qua", "kia", "ấy", "đó"]),
    // `năm ngoái` (last year): `được hai triệu năm ngoái` counts no years.
    ("năm", &["ngoái"]),
    ("lần", &["lượt"]),
    // `bản thân` (oneself), `bản lĩnh` (mettle), `bản chất` (nature) and the like: no copies
    // counted; a map or a licence is counted as a copy is (`3 bản đồ`, `50 bản quyền`).
    (
        "bản",
        &["thân", "lĩnh", "chất", "sắc", "địa", "xứ", "năng", "tính"],
    ),
    // `bình chọn` (to vote), `bình thường` (normal): no jars (`180 bình luận` counts comments).
    ("bình", &["chọn", "thường", "quân", "đẳng", "yên", "tĩnh"]),
    // `đối với` (as for): `hệ số 1,1 đối với đất ở` counts nothing.
    ("đối", &["với"]),
    // `chiều dài`, `chiều rộng` (a dimension): `chiều dài 3 chiều rộng 2` counts no ways.
    (
        "chiều",
        &[
            "dài", "rộng", "cao", "sâu", "dày", "ngang", "dọc", "nay", "mai", "qua", "tối",
        ],
    ),
    // `kỳ vọng` (a hope): `quanh 120.000 kỳ vọng lập đỉnh`.
    ("kỳ", &["vọng"]),
    // `bao nhiêu` (how much) after `thuê` (to rent) asks a price: `album 2024 thuê bao nhiêu`
    // counts no subscribers. (Not `bao lâu`, `bao giờ`: `thuê bao lâu năm` are long-standing
    // subscribers, `thuê bao giờ cao điểm` those of the peak hours.)
    ("thuê bao", &["nhiêu"]),
    // `ký` before what is signed is the verb, to sign: `số 2 ký vào biên bản`, `2 bên ký kết`,
    // `đợt 1 ký HĐMB`, `ký hợp đồng`.
    (
        "ký",
        &[
            "vào", "tên", "nhận", "kết", "xác", "hợp", "hđmb", "hđ", "hđlđ",
        ],
    ),
    // `bên em`, `bên mình` (our shop, our side) before a pronoun: `Redmi Note 12 bên em định
    // giá 2tr1` counts no sides.
    // (Not `chúng tôi`: `Hai bên chúng tôi đã ký` counts the parties.)
    ("bên", &["em", "mình", "anh", "chị", "tui", "tớ"]),
    // `ông bà tôi` (my grandparents) after a building's number: `Chung cư 302 ông bà tôi ở`.
    (
        "ông bà",
        &["tôi", "em", "mình", "ta", "anh", "chị", "tui", "tớ"],
    ),
    // `tất cả` (all): `mua 1 tặng 1 tất cả các món` counts no socks.
    ("tất", &["cả"]),
    // `tiết kiệm` (to save), `tiết lộ` (to reveal): `máy 1.0 tiết kiệm xăng`.
    ("tiết", &["kiệm", "lộ", "chế"]),
    // `tuổi thơ` (childhood), `tuổi trẻ` (youth): `năm tháng tuổi thơ` counts no age.
    ("tháng tuổi", &["thơ", "trẻ", "già", "xuân"]),
    ("ngày tuổi", &["thơ", "trẻ", "già", "xuân"]),
    // `bình quân` (on average), `bình thường` (usually), `bình yên` (in peace): no jar counted
    // (`May 10 bình quân 1,5 tháng lương`; `35 bình luận` counts comments, a noun).
    (
        "bình",
        &["quân", "thường", "yên", "an", "minh", "đẳng", "tĩnh", "ổn"],
    ),
    // `bộ nhớ` (a phone's memory): `Redmi Note 12 bộ nhớ 128GB` counts no sets.
    ("bộ", &["nhớ"]),
    // `bao gồm` (including), `bao phí` (fees included), `bao nhiêu` (how many), `bao giờ`,
    // `bao lâu` (when, how long): no bag counted (`giá 2 tỷ 850 bao phí sang tên`).
    (
        "bao",
        &[
            "gồm", "phí", "nhiêu", "giờ", "lâu", "quanh", "sang", "thuế", "điện", "ăn",
        ],
    ),
];

/// Whether the word after the spaces opening `input` makes another word with the word after
/// it (see [`UNIT_COMPOUNDS`]): `bao phí`, `hôm nay`, no unit counted.
pub(crate) fn compound_follows(input: &str) -> bool {
    let Some((first, after)) = space0(input).ok().and_then(|(r, _)| split_word(r)) else {
        return false;
    };
    let first = crate::text::compose(first).to_lowercase();
    opens_another_word(&first, after)
}

/// A year of a kind that `năm` names with the words after it where they end a phrase (`trong
/// 4 năm học.`, `6,8 triệu đồng/năm học;`, `mỗi năm tài chính,`): the school or fiscal year
/// counted or priced, as a cue of a year reads it (`năm học 2024-2025`), and the rest. Before
/// another word the compound is not known to end there (`3 năm học sinh giỏi`, years as a
/// good pupil), and `năm` stands alone.
pub(crate) fn year_of_a_kind<'a>(written: &str, rest: &'a str) -> Option<(String, &'a str)> {
    if written != "năm" {
        return None;
    }
    let (tail, _) = crate::text::space1(rest).ok()?;
    let len = crate::period::compound_of_nam(tail)?;
    let after = tail.get(len..)?;
    let ends = after
        .trim_start_matches(crate::text::is_space)
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric());
    let words = tail.get(..len)?;
    ends.then(|| {
        (
            format!("năm {}", crate::text::compose(words).to_lowercase()),
            after,
        )
    })
}

/// Whether the unit `written`, followed by `rest`, opens another word (see [`UNIT_COMPOUNDS`]).
fn opens_another_word(written: &str, rest: &str) -> bool {
    let Some((_, seconds)) = UNIT_COMPOUNDS.iter().find(|(unit, _)| *unit == written) else {
        return false;
    };
    crate::text::space1(rest)
        .ok()
        .and_then(|(r, _)| split_word(r))
        .is_some_and(|(w, _)| crate::text::word_in(w, seconds))
}

/// Measures that take a power glued after them: `m2`, `m²`, `km²`, `m³`.
const POWERED: &[&str] = &["m", "km", "cm", "mm", "dm"];

/// Measures that may be glued to their number.
const GLUED: &[&str] = &[
    "ha", "tấn", "kg", "lít", "m", "km", "cm", "mm", "mét", "độ", "mw", "kw", "kwh", "gb", "mb",
    "kb", "tb", "g", "mg", "ml", "cc", "nm", "mp", "ghz", "mhz", "mah", "w", "v", "mbps", "kbps",
    "gbps", "kwp", "mwp", "hz", "khz", "db", "kcal", "kj", "h", "mmhg", "mmol", "l", "ah", "wh",
    "kv", "kva", "mva", "hp", "dm", "cv",
    // Milliseconds, of a delay or a response (`ping 180ms`).
    "ms",
    // Ounces of a cup and A-weighted decibels (`ly 16oz`, `70dBA`); grams, parts per million
    // and grams of paper per square metre (`100gr`, `420ppm`, `300gsm`); a solar panel's watts
    // at peak (`580Wp`).
    "oz", "dba", "gr", "ppm", "gsm", "wp",
    // The cooling of an air conditioner (`điều hòa 12000BTU`).
    "btu",
];

/// Admin type words that may be coordinated in one unit: `57 tỉnh, thành phố`, and the
/// villages' as well as the provinces' (`120 thôn, bản`, `45 ấp, khu phố`).
const COORDINABLE: &[&str] = &[
    "tỉnh",
    "thành phố",
    "quận",
    "huyện",
    "thị xã",
    "xã",
    "phường",
    "thị trấn",
    "đặc khu",
    "thôn",
    "tổ dân phố",
    "ấp",
    "bản",
    "làng",
    "xóm",
    "khu phố",
];

/// A lexicon of the nouns that count or measure.
///
/// ```
/// use vnparse::quantity::Units;
/// let units = Units::builtin().with(&["con mèo"]);
/// assert_eq!(units.longest("con mèo đen").map(|(u, _)| u), Some("con mèo"));
/// assert_eq!(units.longest("hộ nghèo").map(|(u, _)| u), Some("hộ"));
/// ```
#[derive(Debug, Clone)]
pub struct Units {
    /// By the folded first word: the entries' folded words and written form, longest first.
    by_first: HashMap<String, Vec<(Vec<String>, String)>, crate::text::WordHash>,
}

impl Units {
    /// The built-in lexicon: [`COUNTED`], [`DONG_NOUNS`], [`DURATIONS`] and [`MEASURES`].
    ///
    /// ```
    /// use vnparse::quantity::Units;
    /// let units = Units::builtin();
    /// assert_eq!(units.longest("hộ gia đình nghèo").map(|(u, _)| u), Some("hộ gia đình"));
    /// assert_eq!(units.longest("ha lúa").map(|(u, _)| u), Some("ha"));
    /// assert_eq!(units.longest("con mèo").map(|(u, _)| u), Some("con"));
    /// ```
    pub fn builtin() -> Self {
        Units {
            by_first: HashMap::default(),
        }
        .with(COUNTED)
        .with(DONG_NOUNS)
        .with(CLASSIFIERS)
        .with(CONTAINERS)
        .with(DURATIONS)
        .with(MEASURES)
    }

    /// A shared copy of the built-in lexicon, built once: what [`crate::extract()`] and
    /// [`Quantity`]'s `FromStr` use; cheaper than [`Units::builtin`] where only a reference
    /// is needed.
    ///
    /// ```
    /// use vnparse::nom::error::Error;
    /// use vnparse::nom::Parser;
    /// use vnparse::{parse, Units};
    /// let (_, q) = parse::quantity_with::<Error<&str>>(Units::shared()).parse("74,8 ha lúa").unwrap();
    /// assert_eq!(q.to_string(), "74,8 ha");
    /// ```
    pub fn shared() -> &'static Units {
        static UNITS: OnceLock<Units> = OnceLock::new();
        UNITS.get_or_init(Units::builtin)
    }

    /// This lexicon with `nouns` added, written as they are to be reported (lower case, NFC);
    /// they are found in any case, NFC or NFD, either tone-mark placement.
    ///
    /// ```
    /// use vnparse::nom::error::Error;
    /// use vnparse::nom::Parser;
    /// use vnparse::{parse, Units};
    /// let units = Units::builtin().with(&["tấn thóc", "lồng bè"]);
    /// let (_, q) = parse::quantity_with::<Error<&str>>(&units).parse("1.200 tấn thóc").unwrap();
    /// assert_eq!(q.unit, "tấn thóc");
    /// assert_eq!(units.longest("LỒNG BÈ").map(|(u, _)| u), Some("lồng bè"));
    /// ```
    pub fn with(mut self, nouns: &[&str]) -> Self {
        for noun in nouns {
            let words: Vec<String> = noun
                .split(' ')
                .map(|w| Folded::new(w).as_str().to_string())
                .collect();
            // Indexed by the letters before any hyphen: `héc-ta` is found from `héc`.
            let Some(first) = noun
                .split([' ', '-'])
                .next()
                .map(|w| Folded::new(w).as_str().to_string())
            else {
                continue;
            };
            let entries = self.by_first.entry(first).or_default();
            // A noun listed twice (a classifier is also a counted noun) is kept once.
            if entries.iter().any(|(known, _)| *known == words) {
                continue;
            }
            entries.push((words, crate::text::compose(noun).to_lowercase()));
            entries.sort_by_key(|(words, _)| std::cmp::Reverse(words.len()));
        }
        self
    }

    /// Whether `noun`, read whole, is a noun of the lexicon (`tour`, `bệnh viện`; not `người
    /// dân tộc`, of which the lexicon reads only the start).
    pub(crate) fn knows(&self, noun: &str) -> bool {
        self.longest(noun).is_some_and(|(_, len)| len == noun.len())
    }

    /// The longest noun of the lexicon at the start of `input`: its written form and length
    /// in bytes of `input`.
    ///
    /// ```
    /// use vnparse::quantity::Units;
    /// let units = Units::shared();
    /// let text = "Người Lao Động ở";
    /// assert_eq!(units.longest(text), Some(("người lao động", text.len() - " ở".len())));
    /// assert_eq!(units.longest("nghèo"), None);
    /// ```
    pub fn longest<'u>(&'u self, input: &str) -> Option<(&'u str, usize)> {
        let (first, after_first) = split_word(input)?;
        let folded = Folded::new(first);
        let entries = self.by_first.get(folded.as_str())?;
        // Most entries of a first word differ from the text at their second word: the word
        // after the first is folded once, and an entry is read whole only where its second
        // word is that one.
        let next = std::cell::OnceCell::new();
        let next_is = |want: &str| {
            next.get_or_init(|| crate::text::folded_word_after(after_first))
                .as_ref()
                .is_some_and(|(f, _)| f.as_bytes() == want.as_bytes())
        };
        entries.iter().find_map(|(words, written)| {
            // The first word is the key the entries were found by, unless it has a hyphen.
            let matched = match words.split_first() {
                Some((head, tail)) if !head.contains('-') => {
                    if let Some(second) = tail.first().filter(|w| !w.contains('-')) {
                        if !next_is(second) {
                            return None;
                        }
                    }
                    let len = matches_words(after_first, tail, true)?;
                    first.len().checked_add(len)
                }
                _ => matches_words(input, words, false),
            };
            matched.map(|len| (written.as_str(), len))
        })
    }
}

/// The length of `words` (folded) matched at the start of `input`, words apart by spaces (and
/// spaces before the first, if `spaced`).
fn matches_words(input: &str, words: &[String], spaced: bool) -> Option<usize> {
    let mut rest = input;
    for (i, want) in words.iter().enumerate() {
        if i > 0 || spaced {
            let (after, spaces) = space0(rest).ok()?;
            if spaces.is_empty() {
                return None;
            }
            rest = after;
        }
        // `héc-ta`: a hyphen inside the written word.
        let (word, after) = if want.contains('-') {
            let len = rest
                .char_indices()
                .find(|&(_, c)| !(is_word_char(c) || c == '-'))
                .map_or(rest.len(), |(i, _)| i);
            rest.split_at(len)
        } else {
            split_word(rest)?
        };
        if Folded::new(word).as_bytes() != want.as_bytes() {
            return None;
        }
        rest = after;
    }
    Some(input.len().saturating_sub(rest.len()))
}

/// The unit after an amount: spaces, then a noun of `units` (with a glued power, or a second
/// coordinated admin noun); yields the unit as written in lower case.
pub(crate) fn unit_after<'a>(units: &Units, input: &'a str) -> Option<(String, &'a str)> {
    unit_after_looking_on(units, input, true)
}

/// [`unit_after`], looking on past a classifier's noun to a number after it (whether that
/// number counts a noun of its own) only where `look_on` is set: the look goes one count
/// further, never on along a run of counts as long as the text (`con chó 3 con chó 3 …`).
fn unit_after_looking_on<'a>(
    units: &Units,
    input: &'a str,
    look_on: bool,
) -> Option<(String, &'a str)> {
    let (rest, spaces) = space0(input).ok()?;
    if let Some(unit) = degrees(rest)
        .or_else(|| per_mille(rest))
        .or_else(|| symbol_over_symbol(rest))
    {
        return Some(unit);
    }
    let start = rest;
    let (written, len) = units.longest(rest)?;
    // Only a measure is written glued to its number: `25m²`, `74,8ha`, `2kg`.
    if spaces.is_empty() && !GLUED.contains(&written) {
        return None;
    }
    // Grams are written `g`; a capital `G` glued to a number is a network's generation (`5G`)
    // or giga.
    if spaces.is_empty() && written == "g" && rest.starts_with('G') {
        return None;
    }
    // Watts at peak are written `Wp`; `WP` glued in capitals is a pesticide's formulation, a
    // wettable powder (`Beam 75WP`), as `SE` and `WG` are.
    if spaces.is_empty() && written == "wp" && rest.starts_with("WP") {
        return None;
    }
    let mut unit = written.to_string();
    let mut rest = &rest[len..];
    if opens_another_word(written, rest) {
        return None;
    }
    // `V-League`, `T-shirt`: joined by a hyphen to letters, the word is another word's part;
    // so is a capital alone joined by a dot to letters, an initial (`V.League`; but `5 km.Hôm
    // sau` and `5 g.Sau đó` are sentences missing their space).
    let joined_by = |mark: char| {
        rest.strip_prefix(mark)
            .is_some_and(|r| r.starts_with(char::is_alphabetic))
    };
    let initial = len == 1 && start.starts_with(|c: char| c.is_ascii_uppercase());
    if joined_by('-') || initial && joined_by('.') {
        return None;
    }
    if let Some((period, after)) = year_of_a_kind(written, rest) {
        unit = period;
        rest = after;
    }
    if POWERED.contains(&written) {
        if let Some(power) = rest
            .chars()
            .next()
            .filter(|c| matches!(c, '2' | '3' | '²' | '³'))
        {
            let after = &rest[power.len_utf8()..];
            if !crate::text::goes_on_as_word(after) {
                unit.push(power);
                rest = after;
            }
        }
    }
    if let Some((denominator, after)) = rate_denominator(&unit, rest) {
        unit = format!("{unit}/{denominator}");
        rest = after;
    }
    let held = || {
        // (A letter alone is no noun: `3 ly x 6.000đ` multiplies.)
        // (Nor a word of address: a container holds things, no people, `85 bộ ông già Noel`
        // counts costumes.)
        let (first, after) = classified_noun(rest).filter(|(first, _)| {
            first.chars().nth(1).is_some() && !crate::text::word_in(first, &["ông", "bà"])
        })?;
        // (A word of a kind after the noun opens what qualifies it: `bao gạo loại 25kg`, `bao
        // xi măng loại 50kg`.)
        let noun_word = |input| {
            word_of_a_noun(input)
                .filter(|(word, _)| !crate::text::word_in(word, KINDS_TOLD_BY_A_COUNT))
        };
        match noun_word(after) {
            None => Some((first, after)),
            Some((second, after_second)) if noun_word(after_second).is_none() => {
                let second = crate::text::compose(second).to_lowercase();
                Some((format!("{first} {second}"), after_second))
            }
            // Three words or more (`2 ly cà phê sữa đá`, `10 bao gạo nấu cơm`): where the
            // noun ends is not known, and the container stands alone.
            Some(_) => None,
        }
    };
    // (What a classifier takes is one thing: one word here, and a compound where the lexicon
    // knows it, below (`chiếc điện thoại`); a word after the noun is as often a verb or a
    // word that qualifies it, `3 con chó sủa`, `con bò giống`. `con hôm nay`: a word that
    // makes another with the next is no noun of it.)
    let classified = || {
        let (first, after) = classified_noun(rest)?;
        // (A word before a number of its own labels it, `1 đôi size 39`, where a number that
        // counts goes on with its noun, `3 tòa tháp 35 tầng`.)
        let labels = look_on
            && crate::text::space1(after).is_ok_and(|(r, _)| {
                let digits = r.bytes().take_while(u8::is_ascii_digit).count();
                let next = r.get(digits..).unwrap_or_default();
                digits > 0 && unit_after_looking_on(units, next, false).is_none()
            });
        (!opens_another_word(&first, after) && !labels && !done_to_each_other(after))
            .then_some((first, after))
    };
    let noun = if CLASSIFIERS.contains(&written) {
        action_of_two_syllables(written, rest).or_else(classified)
    } else if CONTAINERS.contains(&written) {
        held()
    } else {
        None
    };
    if let Some((noun, after)) = noun {
        unit = format!("{unit} {noun}");
        rest = after;
    }
    // `ba chiếc xe khách`: a classifier before a noun of the lexicon takes it whole, longer than
    // what the lexicon lists with the classifier (`chiếc xe`).
    if let Some((noun, after)) = lexicon_noun_after_classifier(units, start, rest) {
        unit = noun;
        rest = after;
    }
    if COORDINABLE.contains(&written) {
        // `57 tỉnh, thành phố`, `563 xã, phường, thị trấn`.
        // At most three more: a list of type words this long is a list, not a unit.
        for _ in 0..3 {
            let Some((next, after)) = coordinated(units, rest) else {
                break;
            };
            // (`12 thôn, thôn 3 đông nhất`: a type word already in the list, or one its
            // number follows, names a unit of its own.)
            let numbered =
                space1(after).is_ok_and(|(r, _)| r.starts_with(|c: char| c.is_ascii_digit()));
            if numbered || unit.split(", ").any(|listed| listed == next) {
                break;
            }
            unit = format!("{unit}, {next}");
            rest = after;
        }
    }
    if let Some((agent, after)) = agent_noun_after(&unit, rest) {
        unit = agent;
        rest = after;
    }
    Some((unit, rest))
}

/// Actions of two syllables counted by their turns (`1.200 lượt ủng hộ`, `300 lượt chia sẻ`,
/// `5.000 lượt đăng ký`): after `lượt` the noun counted is the action, whose second syllable a
/// classifier's one word would cut.
const ACTIONS_OF_TWO_SYLLABLES: &[(&str, &str)] = &[
    ("chia", "sẻ"),
    ("ủng", "hộ"),
    ("đăng", "ký"),
    ("đăng", "kí"),
    ("tham", "gia"),
    ("tham", "quan"),
    ("bình", "luận"),
    ("theo", "dõi"),
    ("tương", "tác"),
    ("yêu", "thích"),
    ("nhận", "xét"),
    ("tiếp", "cận"),
    ("giao", "dịch"),
    ("chuyển", "khoản"),
    ("khám", "bệnh"),
    ("tư", "vấn"),
    ("điều", "trị"),
    ("hiến", "máu"),
    ("phản", "hồi"),
    ("góp", "ý"),
    ("tải", "về"),
];

/// After `lượt`, the action of two syllables that opens `rest` (see
/// [`ACTIONS_OF_TWO_SYLLABLES`]), in lower case, and the rest after it; its first syllable may
/// be a word of grammar alone (`theo dõi`).
fn action_of_two_syllables<'a>(classifier: &str, rest: &'a str) -> Option<(String, &'a str)> {
    static ACTIONS: OnceLock<crate::text::PairSet> = OnceLock::new();
    if classifier != "lượt" {
        return None;
    }
    let (first_start, _) = space1(rest).ok()?;
    let (first, after_first) = split_word(first_start)?;
    let (second, after) = split_word(space1(after_first).ok()?.0)?;
    let actions =
        ACTIONS.get_or_init(|| crate::text::PairSet::new(ACTIONS_OF_TWO_SYLLABLES.iter().copied()));
    let lower = first.starts_with(char::is_lowercase);
    (lower && actions.contains(first, second)).then(|| {
        let words = format!("{first} {second}");
        (crate::text::compose(&words).to_lowercase(), after)
    })
}

/// Whether `nhau` (each other) follows, which makes the word before it a verb done between
/// those counted, never their noun (`4 đứa rủ nhau`, `2 con cắn nhau`, `hai chiếc va nhau`).
fn done_to_each_other(after: &str) -> bool {
    crate::text::space1(after)
        .ok()
        .and_then(|(r, _)| split_word(r))
        .is_some_and(|(w, _)| crate::text::same_word(w, "nhau"))
}

/// The noun of an agent that a unit of the lexicon opens, where a suffix of agents follows it
/// right away or after one more word (`điều dưỡng viên`, `hướng dẫn viên`, `kế toán viên`):
/// the suffix makes one noun of the words before it (see [`AGENT_SUFFIXES`]), and the rest.
fn agent_noun_after<'a>(unit: &str, rest: &'a str) -> Option<(String, &'a str)> {
    // (Words compared as written, and composed only for a unit found: this is asked after
    // every noun of the lexicon read.)
    let agent = |w: &str| crate::text::word_in(w, AGENT_SUFFIXES);
    let words = unit.split(' ').count();
    let last = unit.rsplit(' ').next().unwrap_or(unit);
    if AGENT_SUFFIXES.contains(&last) || words > 2 || DURATIONS.contains(&unit) {
        return None;
    }
    let written = |w: &str| crate::text::compose(w).to_lowercase();
    let (first, after_first) = lower_word(rest)?;
    // (Two words and the suffix: `điều dưỡng viên`; one and a word: `hướng dẫn viên`. A
    // measure takes none, asked last: it is the dearer test.)
    // (Nor a suffix that opens a noun of the lexicon: `1 đợt với viên chức`.)
    let (agent_noun, after) = if words == 2 {
        (agent(first) && !opens_a_noun_of_the_lexicon(rest))
            .then(|| (format!("{unit} {}", written(first)), after_first))?
    } else {
        let (second, after_second) = lower_word(after_first).filter(|(w, _)| agent(w))?;
        if opens_a_noun_of_the_lexicon(after_first) {
            return None;
        }
        let noun = format!("{unit} {} {}", written(first), written(second));
        (noun, after_second)
    };
    (!is_measure_or_duration(unit)).then_some((agent_noun, after))
}

/// The word in lower case after the spaces that open `text`, even one of grammar elsewhere
/// (`dẫn` in `hướng dẫn viên`), as written, and the rest.
fn lower_word(text: &str) -> Option<(&str, &str)> {
    let (word, after) = split_word(space1(text).ok()?.0)?;
    let lower = word
        .chars()
        .all(|c| !c.is_uppercase() && !c.is_ascii_digit());
    lower.then_some((word, after))
}

/// A temperature's or an angle's degrees, glued to the number or not: `37,8 °C`, `30°C`, `25 ℃`,
/// `30°` (the sign `º`, typed for `°`, is read as it). The unit is written `°c`, `°f` or `°`.
fn degrees(input: &str) -> Option<(String, &str)> {
    if let Some(after) = input.strip_prefix('℃') {
        return Some(("℃".to_string(), after));
    }
    let after_sign = input.strip_prefix(['°', 'º'])?;
    let (after_space, _) = space0(after_sign).ok()?;
    let scale = match after_space.chars().next() {
        Some('C' | 'c') => Some("°c"),
        Some('F' | 'f') => Some("°f"),
        _ => None,
    };
    let scaled = scale.and_then(|unit| {
        let after = after_space.get(1..)?;
        (!crate::text::goes_on_as_word(after)).then(|| (unit.to_string(), after))
    });
    scaled.or_else(|| {
        (!after_sign.starts_with(char::is_alphanumeric)).then(|| ("°".to_string(), after_sign))
    })
}

/// Parts in a thousand, glued to the number or not, as salinity is given (`độ mặn 15‰`): the
/// sign is its own unit, `‰`.
fn per_mille(input: &str) -> Option<(String, &str)> {
    input
        .strip_prefix('‰')
        .map(|after| ("‰".to_string(), after))
}

/// Symbols of mass or amount that are units only over a volume (`24,6 ng/ml`, `5 µg/l`): alone,
/// `ng` is chat's `người`. A laboratory also counts enzyme units, and blood cells by the tera
/// and the giga, in a litre (`42 U/L`, `4,2 T/L`, `11,5 G/L`).
const CONCENTRATION_NUMERATORS: &[&str] = &[
    "ng", "µg", "μg", "mcg", "pg", "µmol", "μmol", "nmol", "pmol", "iu", "ui", "miu", "u", "t",
];

/// `ng/ml` after a number: a symbol of [`CONCENTRATION_NUMERATORS`] over a symbol of
/// [`RATE_DENOMINATORS`], one unit in lower case.
fn symbol_over_symbol(input: &str) -> Option<(String, &str)> {
    let len = input
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_alphabetic() || matches!(c, 'µ' | 'μ')))
        .map_or(input.len(), |(i, _)| i);
    let (symbol, rest) = input.split_at(len);
    // (The slash first: it rules out almost every word, with nothing allocated.)
    if !rest.starts_with('/') {
        return None;
    }
    let lower = symbol.to_lowercase();
    if !CONCENTRATION_NUMERATORS.contains(&lower.as_str()) {
        return None;
    }
    let (denominator, after) = rate_denominator_symbol(rest)?;
    Some((format!("{lower}/{denominator}"), after))
}

/// Symbols of measure that make one unit with a symbol after a slash (`km/h`, `m/s`, `mg/l`):
/// a speed or a concentration is a measure of its own, not the numerator's.
const RATE_NUMERATORS: &[&str] = &[
    "km", "m", "cm", "mm", "mg", "g", "kg", "ml", "m3", "m³", "mmol", "btu", "cfu",
];

/// The symbols that may stand after the slash of such a unit.
const RATE_DENOMINATORS: &[&str] = &["h", "s", "l", "dl", "ml", "g", "kg", "m3", "m³"];

/// `/h` after `km` (`60 km/h`): the symbol of the unit's denominator, as written in lower case,
/// and the rest. A Vietnamese word after the slash is what a price or a rate is for (`tấn/ha`,
/// `viên/ngày`): that stays apart, as `per` does for money.
fn rate_denominator<'a>(unit: &str, rest: &'a str) -> Option<(String, &'a str)> {
    if !RATE_NUMERATORS.contains(&unit) {
        return None;
    }
    rate_denominator_symbol(rest)
}

/// `/ml` at the start of `rest`: the symbol after the slash, one of [`RATE_DENOMINATORS`], in
/// lower case, and the rest.
fn rate_denominator_symbol(rest: &str) -> Option<(String, &str)> {
    let after_slash = rest.strip_prefix('/')?;
    let len = after_slash
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_alphanumeric() || c == '³'))
        .map_or(after_slash.len(), |(i, _)| i);
    let (symbol, after) = after_slash.split_at(len);
    let lower = symbol.to_ascii_lowercase();
    let ends = !crate::text::goes_on_as_word(after);
    (ends && RATE_DENOMINATORS.contains(&lower.as_str())).then_some((lower, after))
}

/// The unit read from `start` when it opens with a classifier (or a noun of a collection) and a
/// noun of the lexicon follows
/// that reaches past `rest` (where the unit read so far ends): the classifier and that noun, in
/// lower case, and the rest after them.
fn lexicon_noun_after_classifier<'a>(
    units: &Units,
    start: &'a str,
    rest: &'a str,
) -> Option<(String, &'a str)> {
    let (classifier, after_classifier) = split_word(start)?;
    if !is_classifier(classifier) {
        return None;
    }
    let (noun_start, _) = crate::text::space1(after_classifier).ok()?;
    let (noun, len) = units.longest(noun_start)?;
    let after = noun_start.get(len..)?;
    // (`con hôm nay`: a noun that makes another word with the next is none of the classifier.)
    // (Nor a noun that is a number word too, which after a count opens the next amount, `năm
    // tờ năm chục ngàn`, or places the clause in a year, `5 cái năm nay`.)
    if opens_another_word(noun, after) || crate::number::is_number_word(noun) {
        return None;
    }
    let classifier = crate::text::compose(classifier).to_lowercase();
    (after.len() < rest.len()).then(|| (format!("{classifier} {noun}"), after))
}

/// The nouns of people most often counted (`người`, `thanh niên`, `học sinh`, …), the
/// members a group is counted by.
const PEOPLE: &[&str] = &[
    "người",
    // Children and young people as speech counts them (`cả nhóm 4 đứa`).
    "đứa",
    "thanh niên",
    "thiếu niên",
    "đối tượng",
    "học sinh",
    "sinh viên",
    "cầu thủ",
    "du khách",
    "khách",
    "thành viên",
    "em",
    "bạn",
    "cán bộ",
    "chiến sĩ",
    "bác sĩ",
    "công nhân",
    "thợ",
    "nghệ sĩ",
    "vận động viên",
    "vđv",
    "nhân viên",
    "phụ nữ",
    "trẻ",
    "cháu",
    "ngư dân",
    "thuyền viên",
    "linh mục",
    // Small children (`2 bé gái`, `3 bé trai`).
    "bé",
    "nông dân",
    "người dân",
    "hộ",
    "tình nguyện viên",
    "đoàn viên",
    "hội viên",
    "giáo viên",
    "học viên",
    "bệnh nhân",
    // Children treated (`2023 bệnh nhi`).
    "bệnh nhi",
    "thí sinh",
    "phụ huynh",
    "cổ động viên",
    "giảng viên",
    "y tá",
    "dược sĩ",
    "kỹ sư",
    "giám thị",
    "giám khảo",
    "trọng tài",
    "chỉ huy",
];

/// Whether `unit`, a unit as a quantity writes it, names people (its first word or words
/// among [`PEOPLE`]): `6 thanh niên`, `5 người dân`, `3 bạn nữ`.
pub(crate) fn names_people(unit: &str) -> bool {
    PEOPLE
        .iter()
        .any(|p| unit == *p || unit.strip_prefix(p).is_some_and(|r| r.starts_with(' ')))
}

/// Whether `word` is a classifier or a collective noun, which a noun follows (`con`, `chiếc`,
/// `đôi`).
pub(crate) fn is_classifier(word: &str) -> bool {
    static CLASSIFYING: OnceLock<crate::text::WordSet> = OnceLock::new();
    CLASSIFYING
        .get_or_init(|| CLASSIFIERS.iter().chain(COLLECTIVES).copied().collect())
        .contains(word)
}

/// The noun after a classifier (`dao` in `4 con dao`): one lower-case word that is not a
/// word of grammar (see [`word_of_a_noun`]), as the unit writes it.
fn classified_noun(input: &str) -> Option<(String, &str)> {
    let (word, after) = word_of_a_noun(input)?;
    Some((crate::text::compose(word).to_lowercase(), after))
}

/// The word after the spaces that open `input`, if it may be a noun: in lower case, no number
/// word and no word of grammar ([`NOT_COUNTED`], [`PARTICLES`]).
fn word_of_a_noun(input: &str) -> Option<(&str, &str)> {
    let (rest, spaces) = space0(input).ok()?;
    let (word, after) = split_word(rest)?;
    let lower = word.chars().next().is_some_and(char::is_lowercase);
    (!spaces.is_empty()
        && lower
        && !crate::number::is_number_word(word)
        && !is_grammar_word(word)
        && !opens_a_verb(word, after))
    .then_some((word, after))
}

/// Verbs of two syllables whose first is also a noun's (`chia sẻ`, shares): after a count they
/// open the rest of the sentence (`2 gói chia làm ba lần`, `2 đứa chia nhau`), and their first
/// syllable counts nothing. (Not `kết thúc`, an ending as often: `Bộ phim có 2 kết thúc`.)
const VERBS_OF_TWO_SYLLABLES: &[(&str, &str)] = &[
    ("chia", "làm"),
    ("chia", "thành"),
    ("chia", "đều"),
    ("chia", "cho"),
    ("chia", "nhau"),
    ("chia", "đôi"),
    ("lây", "lan"),
    // To last, to bring along (`Game 3 kéo dài 24 phút`; `kéo`, scissors, counts).
    ("kéo", "dài"),
    ("kéo", "theo"),
    // To take part, to attend (`16-18 tham gia`; `5 tham số` counts parameters).
    ("tham", "gia"),
    ("tham", "dự"),
    // To polish, to fish (`sàng 18 đánh bóng`; `8 đánh giá` counts reviews).
    ("đánh", "bóng"),
    ("đánh", "bắt"),
    // To use (`mã 700000 sử dụng cho`).
    ("sử", "dụng"),
];

/// Whether `word` and the word after it (at `after`) are one of [`VERBS_OF_TWO_SYLLABLES`], or
/// `word` is `chia` (to divide) before an amount (`chia 2 lần`, `chia ba phần`).
fn opens_a_verb(word: &str, after: &str) -> bool {
    static VERBS: OnceLock<crate::text::PairSet> = OnceLock::new();
    let verbs =
        VERBS.get_or_init(|| crate::text::PairSet::new(VERBS_OF_TWO_SYLLABLES.iter().copied()));
    let Ok((next, _)) = space1(after) else {
        return false;
    };
    let divided = || {
        crate::text::same_word(word, "chia")
            && (next.starts_with(|c: char| c.is_ascii_digit())
                || split_word(next).is_some_and(|(w, _)| crate::number::is_number_word(w)))
    };
    split_word(next).is_some_and(|(w, _)| verbs.contains(word, w)) || divided()
}

/// Words that follow numbers without being counted by them: words of grammar, verbs and
/// adjectives that open the rest of a sentence (`2023 giảm`, `5 và`, `10 chuyên`).
#[rustfmt::skip]
const NOT_COUNTED: &[&str] = &[
    "và", "với", "của", "cho", "là", "thì", "mà", "đã", "đang", "sẽ", "được", "bị", "có", "không",
    "chưa", "tại", "trong", "ngoài", "trên", "dưới", "từ", "đến", "tới", "theo", "so", "như",
    "nhưng", "nên", "để", "vào", "ra", "lên", "xuống", "về", "qua", "sau", "trước", "khi", "nếu",
    "này", "đó", "kia", "ấy", "nào", "gì", "mới", "cũng", "đều", "còn", "vẫn", "rồi", "nữa", "lại",
    "hay", "hoặc", "hơn", "kém", "gồm", "bao", "chiếm", "đạt", "tăng", "giảm", "bằng", "tương",
    "vượt", "ơi", "đón", "trở", "thuộc", "nhằm", "do", "vì", "bởi", "tính", "kể", "cùng", "riêng",
    "chung", "khác", "mỗi", "mọi", "các", "những", "nhiều", "ít", "khoảng", "gần", "xong", "hết",
    "liên", "tiếp", "đầu", "cuối", "giữa", "nay", "đây", "cả", "chỉ", "đúng", "cao", "thấp", "lớn",
    "nhỏ", "cũ", "liền", "suốt", "tốt", "xấu", "nhanh", "chậm", "thêm", "nhất", "rưỡi", "lẻ",
    "phải", "cần", "muốn", "đi", "ở", "làm", "thực", "ban", "chính", "thấy", "nói", "biết", "nhận",
    "gửi", "mua", "bán", "thành", "quy", "đồng", "tỷ", "tỉ", "triệu", "nghìn", "ngàn", "trăm",
    "mươi", "lần", "vừa", "sắp", "hiện", "mà", "ngay", "tuy", "dù", "song", "lúc", "hôm", "sáng",
    "trưa", "chiều", "tối", "đêm", "giờ", "phút", "giây", "ngày", "tuần", "tháng", "năm", "quý",
    "tuổi", "đợt", "lượt", "đội", "bàn", "âm", "dương", "series", "tặng", "hình", "tôi", "ta",
    "mình", "họ", "nó", "chúng", "vô", "dẫn", "phiên", "lớp", "khối", "mã", "nhờ",
    "phí", "giá", "tại", "xảy", "miễn", "nằm", "đứng", "ngồi", "sống", "trúng", "kèm", "áp",
    "mang", "đem",
    // To run, of a machine or a runner (`Lò 2 chạy ổn định`), which counts nothing.
    "chạy",
    // Verbs of causing, which open no noun: `bản 14.5 khiến tỷ lệ tăng`; of resisting
    // (`chiết suất 1.67 chống ánh sáng xanh`). (`giúp`, helping, is one of the `PARTICLES`
    // of asking a favour.)
    "khiến", "chống",
    // Of asking (`số hiệu 0738 xin liên hệ quầy`), of using (`Mã bưu chính 700000 dùng
    // cho`) and of paying in (`học phần Giải tích 1 nộp 1,5 lần học phí`).
    "xin", "dùng", "nộp",
    // Adjectives of size and of whole (`chặng 5 dài 156 km`, `lương tháng 13 đầy đủ`).
    "dài", "rộng", "sâu", "nặng", "ngắn", "dày", "mỏng", "đầy", "đủ",
    // Verbs of a price and of an exchange (`mua cả hai bớt thêm`, `1 đổi 1`; not `đền`, a
    // temple as often as to make good, `4 đền, 2 chùa`).
    "bớt", "đổi",
    // Words of what happens and when, which open no noun: `4,7 ập đến`, `13 sớm`, `13 muộn`.
    // (`diễn`, `tham`, `tiến`, `gây` open nouns too, `3 diễn biến`, `5 tham số`, `2 tiến
    // trình`: the digits before their verbs, `dư chấn 4,1 diễn ra`, `Sư đoàn 308 tham gia`,
    // are a magnitude's and a label's, which count no noun.)
    "ập", "sớm", "muộn", "trễ", "bắt",
    // (`hoàn` opens a verb of finishing, `Chuyền 7 hoàn thành 1.350 sản phẩm`, no noun.)
    "hoàn",
    // Verbs of winning and losing, never a noun (`năm ăn năm thua`, a gamble; `bàn thắng`,
    // `bàn thua` are the lexicon's, read before these). (Not `ăn`, which ends nouns of food:
    // `món ăn`, `dầu ăn`.)
    "thắng", "thua",
    // Verbs of setting aside and winning, never a noun: `mã 3000 dành cho khách lẻ`, `đội 3
    // giành vé` (what is set aside is counted by its own noun, `20 suất dành cho`).
    "dành", "giành",
    // Adverbs of degree, which go before an adjective (`tuổi hai mươi thật rực rỡ`).
    "thật", "rất", "khá", "hơi", "quá",
    // The dawn and shining (`đêm 28 rạng sáng 1/3`, `rạng đông`, `rạng rỡ`), and the remainder
    // of a division (`chia cho 9 dư 1`): no noun counted.
    "rạng", "dư",
    // An adverb of how often, never a noun (`số chủ đạo 7 thường sống nội tâm`); a verb of
    // paying (`cọc 1 đóng 3`, a deposit of a month's rent and three paid).
    "thường", "đóng",
    // Adjectives of heat and of pleasure, never a noun (`nước ấm 2 sôi 3 lạnh`, `sau 23h vui
    // lòng gửi xe`).
    "sôi", "lạnh", "nóng", "vui",
    // To replace, never a noun (`K = 1,5 thay vì 1,2`).
    "thay",
    // The short spellings of chat for `không`, `được`, `với` and `cũng` (`size 38 ko shop`,
    // `2 cái đc ko`, `3 hộp vs 1 tuýp`): words of grammar as their full forms are.
    "ko", "hông", "hok", "khum", "khg", "đc", "dc", "vs", "cx",
];

/// The particles that end a sentence or a clause in speech and chat (`mua 4 vé nha`, `ship
/// 3 hộp nhé`, `còn 2 cái thôi ạ`): never a noun, nor part of one.
#[rustfmt::skip]
const PARTICLES: &[&str] = &[
    "nhé", "nha", "nhe", "nhá", "ạ", "à", "ha", "hen", "nghen", "nè", "đấy", "vậy", "nhỉ", "chứ",
    "hả", "hử", "đâu", "đó", "thôi", "luôn",
    // Asking how many (`uống 2 gói mấy lần`, `150 gói mấy gói ạ`).
    "mấy",
    // Asking a favour, with marks and without (`ship 2 hộp giùm em`, `lấy 3 cái dùm chị`,
    // `lay 2 cai dum em`); `giúp` is a verb of helping too, which opens no noun.
    "giùm", "dùm", "giúp", "gium", "dum", "giup",
];

/// ` chỉ` after an amount, the tael of a weight of gold (3,75 g), and the rest: a unit only
/// where gold is named before it (the extractor asks), for `chỉ` after a number is as often
/// `only` (`3 người chỉ xem`).
pub(crate) fn tael(input: &str) -> Option<(String, &str)> {
    let (r, _) = space1(input).ok()?;
    let (w, rest) = split_word(r)?;
    // (`chỉ còn`: only so many left, `Nhẫn size 12 chỉ còn 2 chiếc`; `5 chỉ được hơn 40
    // triệu`, `1,2 chỉ có giá` weigh.)
    let only = || {
        space1(rest)
            .ok()
            .and_then(|(r, _)| split_word(r))
            .is_some_and(|(next, _)| crate::text::same_word(next, "còn"))
    };
    (crate::text::same_word(w, "chỉ")
        && !rest.starts_with(|c: char| c.is_alphanumeric())
        && !only())
    .then(|| ("chỉ".to_string(), rest))
}

/// Whether `word` is a particle that ends a sentence or a clause in speech (`nhé`, `thôi`,
/// `ạ`): no noun, and nothing a number before it is part of.
pub(crate) fn is_particle(word: &str) -> bool {
    crate::text::word_in(word, PARTICLES)
}

/// The Sino-Vietnamese suffixes that make a noun of the one who does something (`kiến trúc
/// sư`, `hướng dẫn viên`, `nha sĩ`); not `gia`, which ends `tham gia` as often as `chuyên
/// gia`.
const AGENT_SUFFIXES: &[&str] = &["sư", "viên", "sĩ"];

/// Whether `unit` is a noun of an agent: two words or more ending in a suffix of agents
/// (`ứng cử viên`, `kiến trúc sư`; see [`AGENT_SUFFIXES`]).
pub(crate) fn is_agent_noun(unit: &str) -> bool {
    unit.rsplit_once(' ')
        .is_some_and(|(_, last)| AGENT_SUFFIXES.contains(&last))
}

/// Any noun after a number (`13 đời vua`, `209 ổ dịch`): one or two lower-case words that are
/// not words of grammar, read as the unit when the lexicon knows none there; three where the
/// third is a suffix of agents, which makes one noun of the two before it (`một kiến trúc
/// sư`, `2 hướng dẫn viên`).
pub(crate) fn open_noun(input: &str) -> Option<(String, &str)> {
    // `3.200 tệ hàng`: a currency is money, not a noun counted.
    if crate::currency::after_amount(input).is_some() {
        return None;
    }
    let (first, after_first) = noun_word(input)?;
    // (`kỳ vọng`, `hôm nay`: a unit that makes another word with the next is no noun.)
    if opens_another_word(&first, after_first) {
        return None;
    }
    // (A word of grammar elsewhere before a suffix of agents: `hướng dẫn viên`; not a suffix
    // that opens a noun of the lexicon, `1 đợt với viên chức`.)
    let agent_of = lower_word(after_first).and_then(|(second, after_second)| {
        let (suffix, after) =
            noun_word(after_second).filter(|(w, _)| AGENT_SUFFIXES.contains(&w.as_str()))?;
        if opens_a_noun_of_the_lexicon(after_second) {
            return None;
        }
        let second = crate::text::compose(second).to_lowercase();
        Some((format!("{first} {second} {suffix}"), after))
    });
    if let Some(agent) = agent_of {
        return Some(agent);
    }
    if let Some(found) = man_or_woman_of(&first, after_first) {
        return Some(found);
    }
    // (A second word that opens a noun of the lexicon with the word after it is that noun's:
    // `2 miền tổ chức giao lưu` counts `miền`; after a word that makes a former or a new one
    // of it, the noun is counted with it, `1.200 cựu học sinh`.)
    // (`5 phó giám đốc`, `3 cựu giáo viên`: a deputy, a former or a new one of the noun after
    // the prefix, whole, whether the lexicon knows it or not.)
    if crate::text::word_in(&first, NOUN_PREFIXES) && !opens_a_noun_of_the_lexicon(after_first) {
        if let Some((noun, rest)) = open_noun(after_first) {
            return Some((format!("{first} {noun}"), rest));
        }
    }
    if opens_a_noun_of_the_lexicon(after_first) {
        if crate::text::word_in(&first, NOUN_PREFIXES) {
            let (noun_at, _) = crate::text::space1(after_first).ok()?;
            let (noun, len) = Units::shared().longest(noun_at)?;
            return Some((format!("{first} {noun}"), noun_at.get(len..)?));
        }
        return Some((first, after_first));
    }
    let mut unit = first;
    let mut rest = after_first;
    // (A word of a kind before a number, after the noun, opens what qualifies it: `4 phà
    // loại 100 tấn`; `5 thể loại` is a noun of its own.)
    let told_by_a_count = |(w, after): &(String, &str)| {
        KINDS_TOLD_BY_A_COUNT.contains(&w.as_str())
            && space1(after).is_ok_and(|(r, _)| {
                r.starts_with(|c: char| c.is_ascii_digit())
                    || split_word(r).is_some_and(|(n, _)| crate::number::is_number_word(n))
            })
    };
    let second = noun_word(after_first).filter(|second| !told_by_a_count(second));
    if let Some((second, after_second)) = second {
        let agent = |w: &str| AGENT_SUFFIXES.contains(&w);
        let third = noun_word(after_second).filter(|(w, _)| agent(w) && !agent(&second));
        unit = format!("{unit} {second}");
        rest = after_second;
        if let Some((suffix, after_suffix)) = third {
            unit = format!("{unit} {suffix}");
            rest = after_suffix;
        }
    }
    Some((unit, rest))
}

/// Words that make a former, a new or a deputy one of the noun after them (`cựu học sinh`,
/// `tân sinh viên`, `phó giám đốc`): counted with it.
const NOUN_PREFIXES: &[&str] = &["cựu", "tân", "phó", "nguyên"];

/// Staff named by their work where the work is a verb as often (`phục vụ`, to serve: `4.500 đò
/// phục vụ du khách`): a person only after `nam` or `nữ` (`5 nữ phục vụ`, `3 nam bảo vệ`), as
/// job notices count them.
const STAFF_BY_THEIR_WORK: &[&str] = &["phục vụ", "bảo vệ", "thu ngân", "lễ tân"];

/// `nam` or `nữ` and the noun of people or of staff after it (`nữ công nhân`, `nữ phục vụ`,
/// `nam tạp vụ`): a man or a woman of that work, counted whole; and the rest.
fn man_or_woman_of<'a>(first: &str, after_first: &'a str) -> Option<(String, &'a str)> {
    if !crate::text::word_in(first, &["nam", "nữ"]) {
        return None;
    }
    let (noun_at, _) = crate::text::space1(after_first).ok()?;
    let staff = STAFF_BY_THEIR_WORK
        .iter()
        .find_map(|w| crate::text::match_phrase(noun_at, w).map(|len| (*w, len)));
    let (noun, len) = match staff {
        Some(found) => found,
        None => Units::shared()
            .longest(noun_at)
            .filter(|(noun, _)| names_people(noun) || is_staff(noun))?,
    };
    let rest = noun_at.get(len..)?;
    (!crate::text::goes_on_as_word(rest)).then(|| (format!("{first} {noun}"), rest))
}

/// Whether `noun` names staff by their work (`tạp vụ`, `phụ bếp`).
fn is_staff(noun: &str) -> bool {
    matches!(noun, "tạp vụ" | "phụ bếp" | "phụ hồ")
}

/// Whether the word after the spaces `input` opens with begins a noun of two words or more
/// the lexicon knows (`tổ chức`, `viên chức`).
fn opens_a_noun_of_the_lexicon(input: &str) -> bool {
    let Ok((word_at, _)) = crate::text::space1(input) else {
        return false;
    };
    let Some((word, _)) = split_word(word_at) else {
        return false;
    };
    Units::shared()
        .longest(word_at)
        .is_some_and(|(_, len)| len > word.len())
}

/// Whether a noun the lexicon lacks may follow where no currency does: with
/// `crate::currency::after_amount(input)` none, `open_noun(input)` reads exactly when this holds
/// (the extractor asks before any reader, and needs no copy of the noun).
pub(crate) fn noun_follows(input: &str) -> bool {
    noun_word_at(input).is_some()
}

/// One word that may be (part of) a counted noun: after spaces, lower-case, of two letters or
/// more, a Vietnamese syllable, not a word of grammar or a number word, not glued to more
/// letters or digits.
fn noun_word(input: &str) -> Option<(String, &str)> {
    let (word, after) = noun_word_at(input)?;
    Some((crate::text::compose(word).to_lowercase(), after))
}

/// Whether `word` is one of [`NOT_COUNTED`] or [`PARTICLES`], looked up in a set built once.
pub(crate) fn is_grammar_word(word: &str) -> bool {
    static GRAMMAR: OnceLock<crate::text::WordSet> = OnceLock::new();
    GRAMMAR
        .get_or_init(|| NOT_COUNTED.iter().chain(PARTICLES).copied().collect())
        .contains(word)
}

/// Whether `word`, with `after` after it, is a word of a heading written in capitals: all its
/// letters capitals, and the next word too, or the line ends after it.
fn in_a_heading(word: &str, after: &str) -> bool {
    use crate::text::in_capitals;
    if !in_capitals(word) {
        return false;
    }
    let (next, spaces) = space0(after).unwrap_or((after, ""));
    match split_word(next) {
        Some((w, _)) => !spaces.is_empty() && in_capitals(w),
        None => next.is_empty() || next.starts_with(['\n', '\r', '.', ':', '!', '?']),
    }
}

/// The words of arithmetic (`cộng`, `trừ`, `nhân`, `chia`, and `mũ`, to the power of).
const OPERATORS: &[&str] = &["cộng", "trừ", "nhân", "chia", "mũ"];

/// Whether `word`, with `after` after it, is an operator of arithmetic between two numbers:
/// a word of arithmetic before a number is an operation (`9005 trừ 3478`, `bảy cộng tám`,
/// `12 nhân 5`, `2 mũ 10`), never a noun counted, as `nhân viên`, `chia sẻ` or `mũ` (a hat)
/// may be; so is `đền` before a number, what is made good for one (`1 đền 10`), where `4 đền`
/// counts temples.
fn operates_on_a_number(word: &str, after: &str) -> bool {
    // (The operand may follow the preposition the operator takes: `chia cho năm`, `nhân với
    // 3`, `trừ đi 2`, `cộng thêm 4`.)
    let operand = || {
        space0(after)
            .ok()
            .and_then(|(next, _)| split_word(next))
            .filter(|(w, _)| crate::text::word_in(w, &["cho", "với", "đi", "thêm"]))
            .is_some_and(|(_, rest)| a_number_follows(rest))
    };
    // (`mũ` is a hat as often: `3 mũ 2 áo` lists counts, where a power's exponent ends the
    // term, `2 mũ 10 bằng 1024`.)
    let exponent_ends = || {
        let (next, _) = space0(after).unwrap_or((after, ""));
        let digits = next.bytes().take_while(u8::is_ascii_digit).count();
        let after_digits = next.get(digits..).unwrap_or_default();
        // (A word of grammar or an operator after the exponent, no noun it counts.)
        match space0(after_digits).ok().and_then(|(r, _)| split_word(r)) {
            Some((w, _)) => is_grammar_word(w) || crate::text::word_in(w, OPERATORS),
            None => true,
        }
    };
    let power = crate::text::same_word(word, "mũ");
    // (`1 đền 10`: made good ten for one; `4 đền` counts temples.)
    let exchange = crate::text::same_word(word, "đền") && a_number_follows(after);
    exchange
        || crate::text::word_in(word, OPERATORS)
            && (a_number_follows(after) && (!power || exponent_ends()) || operand())
}

/// Whether `số` (a number) labels the number after it (`ngõ 12 số 5`, `tập 3 số 2`) rather
/// than counting units of a meter or numbers drawn (`dùng 410 số`, `4 số cuối`, `2 số nhà`).
fn labels_a_number(word: &str, after: &str) -> bool {
    crate::text::same_word(word, "số") && a_number_follows(after)
}

/// Whether a number follows the spaces that open `after`, in digits or in words.
fn a_number_follows(after: &str) -> bool {
    space0(after).ok().is_some_and(|(next, spaces)| {
        !spaces.is_empty()
            && (next.starts_with(|c: char| c.is_ascii_digit())
                || split_word(next).is_some_and(|(w, _)| crate::number::is_number_word(w)))
    })
}

/// [`noun_word`] as written in `input`.
fn noun_word_at(input: &str) -> Option<(&str, &str)> {
    let (rest, spaces) = space0(input).ok()?;
    let (word, after) = split_word(rest)?;
    // Each test only where those before it pass, the cheapest first (this is asked after
    // every amount): the look-ups in the lists last.
    // Lower case, or capitals in a heading written in capitals (`7 DẤU HIỆU CẢNH BÁO`): the
    // word after it in capitals too, or nothing after it on the line.
    let lower = || word.chars().next().is_some_and(char::is_lowercase) || in_a_heading(word, after);
    // One Latin letter is a symbol (`x`, `m` stand for other things); `ổ`, with its marks, is
    // a word.
    let long_enough =
        || !word.is_ascii() || word.chars().filter(|c| c.is_alphabetic()).count() >= 2;
    let grammar = || {
        is_grammar_word(word)
            || operates_on_a_number(word, after)
            || labels_a_number(word, after)
            || addresses_a_person(word, after)
    };
    // A Vietnamese syllable: a foreign word after a number names a model or a grade (`iphone
    // 13 pro max`, `15tr500 fullbox`), and counts nothing the lexicon does not know.
    let unit_like = !spaces.is_empty()
        && lower()
        && long_enough()
        && !crate::text::goes_on_as_word(after)
        && crate::text::is_syllable(word)
        && !crate::number::is_number_word(word)
        && !grammar()
        && !opens_a_verb(word, after);
    unit_like.then_some((word, after))
}

/// Whether `ông` or `bà` before `after` addresses one person: before a pronoun or a word that
/// points (`ông ấy`, he; `bà ta`, she; `ông bà tôi`), where a count of men or women takes a
/// noun or nothing (`3 ông cụ`, `có 3 ông đến hỏi`). (Before a name it is a title, of one
/// person or of several, `6 ông Hiệu`: the extractor tells a label's number before one, `Căn
/// 302 bà Lan`.)
fn addresses_a_person(word: &str, after: &str) -> bool {
    const POINTING: &[&str] = &["ấy", "ta", "này", "kia", "đó", "tôi", "mình", "nó", "họ"];
    fn next(text: &str) -> Option<(&str, &str)> {
        space1(text).ok().and_then(|(r, _)| split_word(r))
    }
    // (`ông bà tôi`, my grandparents: the pair addressed as one.)
    let after = match next(after) {
        Some((w, rest))
            if crate::text::same_word(word, "ông") && crate::text::same_word(w, "bà") =>
        {
            rest
        }
        _ => after,
    };
    crate::text::word_in(word, &["ông", "bà"])
        && next(after).is_some_and(|(next, _)| crate::text::word_in(next, POINTING))
}

/// A noun of people of the lexicon after a comma that is counted with `unit`, people too, as
/// DECISIONS keeps coordinated nouns (`15 cán bộ, công chức`, `300 đoàn viên, thanh niên`),
/// unless a number after the second counts it apart (`15 cán bộ, 20 công chức`); people and
/// things are two counts or a new clause (`2 xe, người lái bỏ chạy`), and things listed as
/// often the next item (`hai đợt, công ty …`). Units coordinate by [`coordinated`].
fn noun_coordinated_with<'a>(
    units: &Units,
    unit: &str,
    input: &'a str,
) -> Option<(String, &'a str)> {
    if COORDINABLE.iter().any(|t| unit.starts_with(t)) || is_measure_or_duration(unit) {
        return None;
    }
    let after_comma = input.strip_prefix(',')?;
    let (after, spaces) = space0(after_comma).ok()?;
    if spaces.is_empty() {
        return None;
    }
    let (written, len) = units.longest(after)?;
    let rest = after.get(len..)?;
    let counted_apart =
        || space1(rest).is_ok_and(|(r, _)| r.starts_with(|c: char| c.is_ascii_digit()));
    // (A word that opens a predicate of its own after the second noun makes it the subject of
    // the next clause: `30 học sinh, giáo viên chủ nhiệm là cô Lan`, `15 bệnh nhân, bác sĩ
    // phải làm thêm giờ`.)
    let subject_of_the_next = || {
        const PREDICATES: &[&str] = &[
            "phải", "đành", "là", "thì", "chủ", "cũng", "đều", "lại", "vẫn", "mới", "luôn",
        ];
        space1(rest)
            .ok()
            .and_then(|(r, _)| split_word(r))
            .is_some_and(|(w, _)| crate::text::word_in(w, PREDICATES))
    };
    // (People only: things listed after a count are as often the next item or clause, `hai
    // đợt, công ty …`, `24 lon, nước …`.)
    // (Nor a word of the first, a classifier opening the next phrase: `hai đứa con, đứa lớn
    // học lớp 5`.)
    let stands = of_people(unit)
        && of_people(written)
        && !unit.split(' ').any(|w| w == written)
        && !COORDINABLE.contains(&written)
        && !crate::text::goes_on_as_word(rest)
        && !opens_another_word(written, rest)
        && !counted_apart()
        && !subject_of_the_next();
    stands.then(|| (crate::text::compose(written).to_lowercase(), rest))
}

/// Whether `unit` names people: the lexicon's nouns of people and staff, and agents by the
/// last syllable that makes one (`công chức`, `cá nhân`, `phật tử`, `kỹ sư`).
fn of_people(unit: &str) -> bool {
    // (Besides the suffixes of agents, see [`AGENT_SUFFIXES`].)
    const PERSONS: &[&str] = &[
        "chức", "nhân", "tử", "giả", "khách", "ni", "chúng", "ông", "bà",
    ];
    names_people(unit)
        || is_staff(unit)
        || unit
            .rsplit(' ')
            .next()
            .is_some_and(|last| AGENT_SUFFIXES.contains(&last) || PERSONS.contains(&last))
}

/// `, thành phố` after `tỉnh`: a second admin noun coordinated with the first.
///
/// `thành` alone after another type word is short for `thành phố` (`63 tỉnh, thành`, `9
/// huyện, thành, thị`), unless it opens another word with the next (`12 xã, thành tích`,
/// `tỉnh, thành đoàn`, `huyện, thành ủy`).
fn coordinated<'a>(units: &Units, input: &'a str) -> Option<(String, &'a str)> {
    /// The words `thành` opens with the word after it, which no list of units has.
    const COMPOUNDS: &[&str] = &[
        "tích", "đoàn", "ủy", "uỷ", "viên", "công", "lập", "phần", "quả", "tựu", "niên", "tâm",
        "thật", "kính", "hình", "danh", "tố",
    ];
    let after_comma = input.strip_prefix(',')?;
    let (after, _) = space0(after_comma).ok()?;
    let Some((written, len)) = units.longest(after) else {
        let rest = crate::text::keyword_rest(after, "thành")?;
        let compound = space1(rest)
            .ok()
            .and_then(|(r, _)| split_word(r))
            .is_some_and(|(w, _)| crate::text::word_in(w, COMPOUNDS));
        return (!compound).then(|| ("thành".to_string(), rest));
    };
    // `5 huyện, thành phố Vinh`: a type word before a name the gazetteer knows for it is a unit
    // of its own, no part of the noun counted (`13 tỉnh, thành phố Đồng bằng sông Cửu Long`
    // coordinates the nouns).
    let rest = &after[len..];
    let named = || {
        space1(rest).is_ok_and(|(r, _)| r.starts_with(char::is_uppercase))
            && crate::admin::admin(after).is_ok_and(|(_, unit)| !unit.matches.is_empty())
    };
    (COORDINABLE.contains(&written) && !named()).then(|| (written.to_string(), rest))
}

/// The unit of measure or of time after an amount, but the calendar's own words (`ngày`,
/// `tuần`, `tháng`, `năm`, `quý`), which go on with a date as well: what a run of numbers
/// joined by dashes may measure (`1-2 tiếng`, `5-10-21 km`, `3-4-5 tuổi`), where a noun
/// counted (`3-4-3 trận`, a team's formation) or a word of the calendar makes no list of them.
pub(crate) fn measure_after<'a>(units: &Units, after: &'a str) -> Option<(String, &'a str)> {
    unit_after(units, after)
        .filter(|(unit, _)| is_measure_or_duration(unit) && !CALENDAR.contains(&unit.as_str()))
}

/// The words of the calendar, which go on with a date as well as count spans of time.
const CALENDAR: &[&str] = &["ngày", "tuần", "tháng", "năm", "quý", "thế kỷ"];

/// The unit of measure or of time a list of numbers chained by dashes counts (`3-6-9 tháng`,
/// `5-10-21 km`): a span of the calendar too, but one named from now (`4-2-3-1 năm nay`,
/// a formation this year); not a letter that opens an abbreviation with a slash (`V/v`, on the
/// matter of, after a court's date `14-9-2023 V/v`).
pub(crate) fn unit_of_a_chain<'a>(units: &Units, after: &'a str) -> Option<(String, &'a str)> {
    unit_after(units, after).filter(|(unit, rest)| {
        let named_from_now =
            || space1(rest).ok().and_then(|(r, _)| placing_word(r)) == Some(Placed::FromNow);
        let abbreviation = unit.chars().count() == 1
            && rest
                .strip_prefix('/')
                .is_some_and(|r| r.starts_with(char::is_alphabetic));
        is_measure_or_duration(unit)
            && !(CALENDAR.contains(&unit.as_str()) && named_from_now())
            && !abbreviation
    })
}

/// A noun of time names a point of time, not a length, when a number, a word of where it
/// stands from now, or a weekday with its date follows it (`tháng 3`, `năm 2025`, `năm nay`,
/// `tuần trước`, `năm học 2024-2025`, `ngày thứ Bảy (12/10)`); but not when that number counts
/// the next span of one length (`2 ngày 1 đêm`, `1 năm 6 tháng`), a span itself no point
/// (`tuần 2 tháng 3` is a week of a month). `after` is the text after the noun.
pub(crate) fn names_a_point_in_time(after: &str) -> bool {
    let Some(next) = number_or_place_after(after) else {
        return false;
    };
    let digits = next.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return true;
    }
    // (Asked once, no further: a chain of spans is read one link at a time.)
    let counts_the_next_span = space1(next.get(digits..).unwrap_or_default())
        .ok()
        .and_then(|(r, _)| crate::text::split_word(r))
        .is_some_and(|(word, rest)| {
            DURATIONS.iter().any(|d| crate::text::same_word(word, d))
                && number_or_place_after(rest).is_none()
        });
    !counts_the_next_span
}

/// The text at a number or a word of where a time stands from now after a noun of time (see
/// [`names_a_point_in_time`]), if one follows.
fn number_or_place_after(after: &str) -> Option<&str> {
    let (next, _) = space1(after).ok()?;
    let next = crate::period::compound_of_nam(next)
        .and_then(|len| space1(next.get(len..)?).ok())
        .map_or(next, |(r, _)| r);
    (next.starts_with(|c: char| c.is_ascii_digit())
        || placing_word(next).is_some()
        || weekday_with_its_date(next))
    .then_some(next)
}

/// Whether `text` opens with a weekday and the date it falls on, after a comma or in brackets
/// or none (`thứ Bảy (12/10)`, `thứ sáu 13/6`, `Chủ nhật, 13/10/2024`): a day named, where a
/// weekday alone after a count may be what is counted (`3 ngày thứ Bảy` in a month).
fn weekday_with_its_date(text: &str) -> bool {
    crate::date::weekday(text).is_some_and(|(_, after)| {
        let after = after.trim_start_matches(|c: char| crate::text::is_space(c) || c == ',');
        let after = after.strip_prefix('(').unwrap_or(after);
        let day = after.bytes().take_while(u8::is_ascii_digit).count();
        (1..=2).contains(&day)
            && after
                .get(day..)
                .is_some_and(|r| r.starts_with(['/', '-', '.']))
    })
}

/// Whether `unit` is a span of time shorter than a day (`tiếng`, `phút`, `giây`): no part of a
/// year's name, so `năm` before it is five (`mỗi năm phút`). (`giờ` is "now" as well: `cả năm
/// giờ đã tăng`.)
pub(crate) fn shorter_than_a_day(unit: &str) -> bool {
    ["tiếng", "phút", "giây"].contains(&unit)
}

/// Whether `unit` counts whole things (households, people) rather than measuring.
pub(crate) fn counts_whole_things(unit: &str) -> bool {
    // `tỉnh, thành phố` counts as its first noun; `m²` measures as `m`; `mg/l` as `mg`.
    let noun = unit
        .split([',', '/'])
        .next()
        .unwrap_or(unit)
        .trim_end_matches(['2', '3', '²', '³']);
    !DURATIONS.contains(&noun) && !MEASURES.contains(&noun)
}

/// A number counting or measuring a noun.
///
/// ```
/// use vnparse::{Quantity, Amount};
/// use rust_decimal::Decimal;
/// let q: Quantity = "54.205 đối tượng".parse().unwrap();
/// assert_eq!((q.amount, q.unit.as_str()), (Amount::Exact(Decimal::from(54205)), "đối tượng"));
/// assert_eq!(q.to_string(), "54.205 đối tượng");
/// assert_eq!("1,328 hộ".parse::<Quantity>().unwrap().amount, Amount::Exact(Decimal::from(1328)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Quantity {
    /// The count or measure, or the range.
    pub amount: Amount,
    /// The noun, lower case: `đối tượng`, `m²`.
    pub unit: String,
    /// How the text qualified it, if it did.
    pub approx: Option<Approx>,
}

impl fmt::Display for Quantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(approx) = self.approx {
            write!(f, "{approx} ")?;
        }
        if counts_whole_things(&self.unit) {
            // `0,001 người` would read back as 1 person (a lone `,ddd` before a count groups
            // thousands): write such a fraction with a fourth digit, `0,0010`.
            let write = |f: &mut fmt::Formatter<'_>, v: Decimal| {
                crate::number::write_vietnamese(f, v)?;
                let v = v.normalize();
                if v.scale() == 3 && v.abs() < Decimal::ONE_THOUSAND {
                    f.write_str("0")?;
                }
                Ok(())
            };
            match self.amount {
                Amount::Exact(v) => write(f, v)?,
                Amount::Range(a, b) => {
                    write(f, a)?;
                    f.write_str(crate::number::range_link(a, b))?;
                    write(f, b)?;
                }
            }
            return write!(f, " {}", self.unit);
        }
        write!(f, "{} {}", self.amount, self.unit)
    }
}

impl FromStr for Quantity {
    type Err = Error;

    /// Reads a quantity whose unit is any noun: the rest of the string, lower-cased and
    /// composed (NFC). A unit never holds a control character, nor starts with a word that
    /// goes on with a number (`nghìn`, `trăm`, `rưỡi`): a string with one is refused.
    fn from_str(s: &str) -> Result<Self, Error> {
        let expected = Expect {
            what: "a number and what it counts, such as `54.205 đối tượng`",
            at: quantity_expected,
        };
        parse_all(s, expected, |input| {
            quantity_with(input, &|rest: &str| {
                let (rest, spaces) = space0(rest).ok()?;
                if let Some((unit, after)) = degrees(rest).filter(|(_, a)| a.trim().is_empty()) {
                    return Some((unit, after));
                }
                let glued_measure = spaces.is_empty() && Units::shared().longest(rest).is_some();
                let unit = rest.trim_end();
                // A unit starting with a word that goes on with the number (`nghìn`, `rưỡi`)
                // would be read into the amount when written out: it is refused, unless that
                // scale word makes a noun with the word after it (`tỷ phú`).
                let first = split_word(unit).map(|(w, _)| w);
                let goes_on = |w: &str| {
                    crate::words::lexer::continues_a_number(w)
                        && !crate::words::lexer::scale_opens_a_word(unit)
                };
                // (Nor with `đến` and a number, the second bound of a range: `5 đến 10 người`.)
                let a_bound = || {
                    crate::number::range_separator(rest)
                        .is_some_and(|r| crate::number::amount(r).is_ok())
                };
                if (spaces.is_empty() && !glued_measure)
                    || first.is_none_or(goes_on)
                    || unit.contains(char::is_control)
                    || a_bound()
                {
                    return None;
                }
                Some((crate::text::compose(unit).to_lowercase(), ""))
            })
        })
    }
}

/// A quantity whose unit is a noun of `units`, as the module docs give it.
///
/// The crate's own reader; [`crate::parse::quantity`] is the public one, generic over the
/// error type.
pub(crate) fn quantity<'a>(units: &Units, input: &'a str) -> IResult<&'a str, Quantity> {
    quantity_with(input, &|rest| {
        let (mut unit, mut rest) = unit_after(units, rest)?;
        // (Nouns coordinated are counted together, three at most, `cán bộ, công chức, viên
        // chức`; no price is for two. Each is asked after the last noun of the unit so far.)
        let mut last = 0;
        for _ in 0..2 {
            let Some((next, after)) =
                noun_coordinated_with(units, unit.get(last..).unwrap_or_default(), rest)
            else {
                break;
            };
            last = unit.len().saturating_add(2);
            unit.push_str(", ");
            unit.push_str(&next);
            rest = after;
        }
        Some((unit, rest))
    })
}

fn quantity_with<'a>(
    input: &'a str,
    unit: &dyn Fn(&'a str) -> Option<(String, &'a str)>,
) -> IResult<&'a str, Quantity> {
    if let Some(found) = metres_and_centimetres(input, false) {
        return Ok(found);
    }
    let (rest, m) = marked(input, unit, &[])?;
    let (rest, mut amount) =
        with_its_part_spoken(rest, m.amount, &m.marker).unwrap_or((rest, m.amount));
    // `1,328 hộ`: no household is fractional, so the comma groups thousands (which `0,002`
    // cannot: no grouped number opens with a zero).
    if let (Amount::Exact(_), Some(thousands)) = (amount, m.first.digits.and_then(|d| d.thousands))
    {
        if !m.first.scaled && thousands >= Decimal::ONE_THOUSAND && counts_whole_things(&m.marker) {
            amount = Amount::Exact(thousands);
        }
    }
    Ok((
        rest,
        Quantity {
            amount,
            unit: m.marker,
            approx: m.approx,
        },
    ))
}

/// A height or a weight said with its tenths or hundredths after its unit (`1 mét 85` is
/// 1.85 m, `3 ký 2` 3.2 kg, `2 cân 3`, `1 tạ 2`, `một mét bảy mươi` 1.7 m), as `1m75` is
/// written: a whole amount of `mét`, `ký`, `cân` or `tạ`, then one or two digits, or a number word under a hundred, that nothing
/// follows but the clause's end or a word of grammar (`12 ký 5 con` counts fish, `10 ký 50
/// nghìn` prices them). `rest` follows the unit; the rest after the part, and the amount.
fn with_its_part_spoken<'a>(
    rest: &'a str,
    amount: Amount,
    unit: &str,
) -> Option<(&'a str, Amount)> {
    let Amount::Exact(whole) = amount else {
        return None;
    };
    // (A height or a weight: some metres, some hundred kilos at most.)
    let most = match unit {
        "mét" => 10,
        "ký" | "kí" | "cân" => 1000,
        // (Quintals, a pig's or a harvest's weight: `1 tạ 2`, 120 kg.)
        "tạ" => 100,
        _ => return None,
    };
    if !whole.is_integer() || whole.is_sign_negative() || whole >= Decimal::from(most) {
        return None;
    }
    let (at_part, _) = space1(rest).ok()?;
    let digits = at_part.bytes().take_while(u8::is_ascii_digit).count();
    // (Kilos are said with their tenths, `3 ký 2`; two digits after `ký` are a market's price,
    // `Tôm 1 ký 30 thôi`. Metres with their centimetres too, `1 mét 85`.)
    let most_digits = if unit == "mét" { 2 } else { 1 };
    let (after, part) = match digits {
        1..=2 if digits <= most_digits => (
            at_part.get(digits..)?,
            at_part.get(..digits)?.parse::<Decimal>().ok()?,
        ),
        0 => {
            // (Not `năm`, `một`, `tư`, a year, the article and private as often: `dâng cao 1 mét
            // năm nay`.)
            let first = split_word(at_part).map(|(w, _)| w)?;
            if crate::text::word_in(first, &["năm", "một", "tư"]) {
                return None;
            }
            let (after, said) = crate::number::amount(at_part).ok()?;
            let small = said.digits.is_none() && said.value.is_integer() && said.value < 100.into();
            let fits = unit == "mét" || said.value < Decimal::TEN;
            (
                after,
                Some(said.value).filter(|_| small && fits && !said.value.is_zero())?,
            )
        }
        _ => return None,
    };
    // (Nothing counted, measured or priced after it: the clause ends, or a word of grammar;
    // not more of a number, glued or spaced, `50k`, `2,5`, `2 3`.)
    let glued = after.starts_with(|c: char| c.is_alphanumeric() || crate::text::is_word_char(c))
        || after
            .strip_prefix([',', '.', '/'])
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    let next = after.trim_start_matches(crate::text::is_space);
    let grammar = |word: &str| {
        is_grammar_word(&crate::text::compose(word).to_lowercase())
            && !crate::number::is_number_word(word)
            && unit_after(Units::shared(), after).is_none()
    };
    let ends = !glued
        && !next.starts_with(|c: char| c.is_ascii_digit())
        && split_word(next).is_none_or(|(word, _)| grammar(word));
    // (Tenths where the part has one digit, hundredths where it has two: `1 mét 7`, `1 mét 70`.)
    let places = if digits == 2 || digits == 0 && part >= Decimal::TEN {
        2
    } else {
        1
    };
    let fraction = part.checked_div(Decimal::from(10_u32.checked_pow(places)?))?;
    let value = whole.checked_add(fraction)?.normalize();
    ends.then_some((after, Amount::Exact(value)))
}

/// A length written with its centimetres after the `m` (`1m75` is 1.75 m, `2m5` 2.5 m), as
/// heights and sizes are: one or two digits of metres, `m`, one or two digits after it, but
/// not a power (`30m2`, `5m3` are square and cubic metres) unless it is a `height`, which no
/// area is (`trẻ em cao dưới 1m2`, 1 m 20).
pub(crate) fn metres_and_centimetres(input: &str, height: bool) -> Option<(&str, Quantity)> {
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let whole = digits(input);
    let after_m = input.get(whole..)?.strip_prefix('m')?;
    let places = digits(after_m);
    let rest = after_m.get(places..)?;
    // `30m2`, `5m3`: one digit 2 or 3 after `m` is its power (square, cubic metres).
    let power = places == 1 && after_m.starts_with(['2', '3']);
    let shaped = (1..=2).contains(&whole) && (1..=2).contains(&places) && (!power || height);
    if !shaped || rest.starts_with(|c: char| c.is_alphanumeric() || crate::text::is_word_char(c)) {
        return None;
    }
    let metres: u32 = input.get(..whole)?.parse().ok()?;
    let part: u32 = after_m.get(..places)?.parse().ok()?;
    let fraction = Decimal::from(part).checked_div(Decimal::from(
        10u32.checked_pow(u32::try_from(places).ok()?)?,
    ))?;
    let value = Decimal::from(metres).checked_add(fraction)?;
    Some((
        rest,
        Quantity {
            amount: Amount::Exact(value.normalize()),
            unit: "m".to_string(),
            approx: None,
        },
    ))
}

/// A fraction said in words: a whole number, `phần` (part), and a larger whole number that
/// is the whole (`hai phần ba`, `một phần tư`, `ba phần mười`, `1 phần 3`), both written the
/// same way, in words or in digits. `phần trăm` is a percent and `phần nghìn` a rate per
/// thousand, left to their readers: a scale word is no whole here.
pub(crate) fn fraction_in_words(input: &str) -> Option<(&str, Ratio)> {
    let (after_part, part) = whole_part(input)?;
    let (at_phan, _) = space1(after_part).ok()?;
    let (phan, after_phan) = split_word(at_phan)?;
    if !crate::text::same_word(phan, "phần") {
        return None;
    }
    let (at_whole, _) = space1(after_phan).ok()?;
    let scale_word = split_word(at_whole).is_some_and(|(w, _)| {
        use crate::words::lexer::{word_token, Token};
        matches!(word_token(w), Some(Token::Hundred | Token::Scale { .. }))
    });
    if scale_word {
        return None;
    }
    // (`tư`, four, alone is a quarter's whole only here: `một phần tư`.)
    let quarter = split_word(at_whole)
        .filter(|(w, _)| crate::text::same_word(w, "tư"))
        .map(|(_, rest)| (rest, Decimal::from(4), false));
    let (rest, whole, in_digits) = match quarter {
        Some(quarter) => quarter,
        None => whole_part(at_whole).map(|(rest, w)| (rest, w.value, w.digits.is_some()))?,
    };
    let same_form = part.digits.is_some() == in_digits;
    let proper = part.value >= Decimal::ONE && part.value < whole;
    let ends = !rest.starts_with(|c: char| c.is_alphanumeric() || c == '/' || c == '%');
    // (What follows: nothing, a word that says what it is a share of, `hai phần ba số vốn`,
    // `một phần tư dân số`, or another word.)
    let after = space0(rest).map_or(rest, |(r, _)| r);
    let next = split_word(after)
        .map(|(w, _)| w)
        .filter(|w| w.starts_with(char::is_lowercase));
    let of_what = next.is_some_and(|w| crate::text::word_in(w, SHARE_OF));
    // (`tư` and `năm` open words of their own, `tư liệu`, `tư duy`, `năm nay`: as a whole they
    // end the phrase or stand before what it is a share of. In digits the whole before a noun
    // counts it: `chia 1 phần 2 người ăn`.)
    let opens_a_compound =
        split_word(at_whole).is_some_and(|(w, _)| crate::text::word_in(w, &["tư", "năm"]));
    let goes_on = next.is_some() && !of_what && (opens_a_compound || in_digits);
    (same_form && proper && ends && !goes_on).then(|| {
        let ratio = Ratio {
            numerator: part.value,
            denominator: whole,
            unit: None,
        };
        (rest, ratio)
    })
}

/// The words after a fraction said in words that say what it is a share of: the number or
/// the whole of something, of a population or an area, or of what is named next.
const SHARE_OF: &[&str] = &["số", "tổng", "của", "trong", "các", "những", "dân", "diện"];

/// A whole number with no scale and no sign, in digits of no group or in words: a term of a
/// fraction said in words.
fn whole_part(input: &str) -> Option<(&str, crate::number::Scaled)> {
    let (rest, found) = crate::number::amount(input).ok()?;
    let plain_digits = found
        .digits
        .is_none_or(|n| n.grouping == crate::number::Grouping::Plain);
    (!found.scaled && found.value.is_integer() && plain_digits).then_some((rest, found))
}

/// A ratio: `1.328 /900 hộ`, `10/10 phường`, `1/4`.
///
/// ```
/// use vnparse::Ratio;
/// let r: Ratio = "1.328 /900 hộ".parse().unwrap();
/// assert_eq!(r.to_string(), "1.328/900 hộ");
/// assert_eq!(r.unit.as_deref(), Some("hộ"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Ratio {
    /// The part.
    pub numerator: Decimal,
    /// The whole.
    pub denominator: Decimal,
    /// What both count, if written.
    pub unit: Option<String>,
}

impl Ratio {
    /// The value the entity contract writes: `1328/900`.
    ///
    /// ```
    /// use vnparse::Ratio;
    /// assert_eq!("1.328 /900 hộ".parse::<Ratio>()?.to_plain(), "1328/900");
    /// assert_eq!("10/10 phường".parse::<Ratio>()?.to_plain(), "10/10");
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn to_plain(&self) -> String {
        format!(
            "{}/{}",
            crate::number::plain(self.numerator),
            crate::number::plain(self.denominator)
        )
    }
}

impl fmt::Display for Ratio {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::number::write_vietnamese(f, self.numerator)?;
        f.write_str("/")?;
        crate::number::write_vietnamese(f, self.denominator)?;
        match self.unit.as_deref() {
            // `24/24h`: the hour sign is written glued, as it is read.
            Some("h") => f.write_str("h"),
            Some(unit) => write!(f, " {unit}"),
            None => Ok(()),
        }
    }
}

impl FromStr for Ratio {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        let expected = Expect {
            what: "a ratio such as `10/10 phường`",
            at: ratio_expected,
        };
        parse_all(s, expected, |input| ratio(Units::shared(), input))
    }
}

/// What a quantity expects where its reading stopped: after its amount what it counts, before
/// it the amount.
pub(crate) fn quantity_expected(text: &str, stop: usize) -> Option<Stop> {
    let (at, on_amount) = amount_walk(text, |_| None);
    if at.len() == text.len() {
        return None;
    }
    let wanted = match on_amount {
        true => "what it counts, such as `người`, `hộ` or `kg`",
        false => "an amount such as `54.205`",
    };
    reached(text, stop, at, wanted)
}

/// What a ratio expects where its reading stopped: the second number after `/`, the `/`
/// after the first.
pub(crate) fn ratio_expected(text: &str, stop: usize) -> Option<Stop> {
    let read = text.get(..stop).unwrap_or_default().trim_end();
    if read.ends_with('/') {
        return here("a number after `/`");
    }
    let rest = text.get(stop..).unwrap_or_default();
    let first = rest.bytes().take_while(u8::is_ascii_digit).count();
    match rest.get(first..).map(str::trim_start) {
        Some("") if first > 0 || read.ends_with(|c: char| c.is_ascii_digit()) => {
            crate::error::after(rest.len(), "`/` and a second number, as in `10/10`")
        }
        _ => None,
    }
}

/// The units of a size of data, as a device's memory and storage are given.
pub(crate) const DATA_SIZES: &[&str] = &["kb", "mb", "gb", "tb"];

/// `3.200 ha/4.000 ha`: a ratio of two counts of one unit, the unit written with each (after
/// the first number, at `rest`); two units that differ make no ratio (`3 người/4 hộ`), nor
/// does a rate (`60 km/h`).
fn ratio_of_one_unit<'a>(
    units: &Units,
    numerator: Decimal,
    rest: &'a str,
) -> Option<(&'a str, Ratio)> {
    let (first_unit, after_unit) = unit_after(units, rest)?;
    // (Sizes of data across a slash are a device's memory and its storage, two sizes, no
    // share of one in the other: `12GB/256GB`.)
    if DATA_SIZES.contains(&first_unit.as_str()) {
        return None;
    }
    let (after_slash, _) = space0(space0(after_unit).ok()?.0.strip_prefix('/')?).ok()?;
    let (after, denominator) = numeral(after_slash).ok()?;
    let (second_unit, after) = unit_after(units, after)?;
    (second_unit == first_unit && !denominator.value.is_zero()).then(|| {
        let ratio = Ratio {
            numerator,
            denominator: denominator.value,
            unit: Some(first_unit),
        };
        (after, ratio)
    })
}

/// A ratio whose unit, if any, is a noun of `units` (or a glued `h`, as in `24/24h`).
///
/// The crate's own reader; [`crate::parse::ratio`] is the public one, generic over the
/// error type.
pub(crate) fn ratio<'a>(units: &Units, input: &'a str) -> IResult<&'a str, Ratio> {
    let (rest, numerator) = numeral(input)?;
    if let Some(found) = ratio_of_one_unit(units, numerator.value, rest) {
        return Ok(found);
    }
    let (rest, _) = space0(rest)?;
    let Some(rest) = rest.strip_prefix('/') else {
        return Err(nom::Err::Error(NomError::new(rest, NomErrorKind::Char)));
    };
    let (rest, _) = space0(rest)?;
    let (after, denominator) = numeral(rest)?;
    // `20/2021/NĐ-CP`, `1/2/2023`: a document number or a date, not a ratio.
    if after.starts_with(['/', '-', '.']) && after[1..].starts_with(|c: char| c.is_alphanumeric()) {
        return Err(nom::Err::Error(NomError::new(after, NomErrorKind::Verify)));
    }
    if denominator.value.is_zero() {
        return Err(nom::Err::Error(NomError::new(rest, NomErrorKind::Verify)));
    }
    let (unit, rest) = match after
        .strip_prefix('h')
        .filter(|r| !r.starts_with(|c: char| is_word_char(c)))
    {
        Some(r) => (Some("h".to_string()), r),
        None => match unit_after(units, after) {
            Some((u, r)) if after.starts_with(crate::text::is_space) => (Some(u), r),
            _ => (None, after),
        },
    };
    Ok((
        rest,
        Ratio {
            numerator: numerator.value,
            denominator: denominator.value,
            unit,
        },
    ))
}
