// Vietnamese as sellers and creators type it, with diacritics or without ("không được" / "ko dc"): its
// words, commands, yes/no, person requests, out-of-scope topics and facts. Patterns are written with
// diacritics for legibility and folded (`folded`) to meet normalised text, which has none.
import { folded as f, type Lexicon } from '../lexicon.ts';

/** "Người" as a person to talk to, unless a kind of person follows ("người bán", "người khác", "người theo dõi"). */
const A_PERSON = String.raw`người(?! (bán|mua|sáng tạo|dùng|theo dõi|khác|quen|nhà|yêu|iu|ta|kia|đó|làm|cũ)\b)`;

/** "Anh/chị" as chat writes it to staff whose gender it does not know: "a/c", "anh/chị", "a chị". */
const ANH_CHI = String.raw`(anh chị|a c|a chị|anh c|ac)`;

/** Not someone else's contact ("xin zalo họ", "xin email của brand"); folded, "họ" is also "hỗ" of "hỗ trợ". */
const NOT_THEIRS = String.raw`(?! (của )?(họ(?! trợ)|nó|agency|brand|nhãn hàng|thương hiệu|bên (kia|đó)|shop (đó|kia)|người (đó|kia|ta))\b)`;

/** Followers as people type them: "người theo dõi", "follow", "fl", "flw". */
const FOLLOWS = String.raw`(?:người theo dõi|lượt theo dõi|lượt follow|người follow|follow\w*|folow\w*|flw|fl)`;

/**
 * A follower count or an age put as the condition of whether one may ("300 follow thì liên kết được chưa", "25 tuổi
 * có bán được không"); a count said beside a wish ("3k follow, muốn gắn sp… được ko") asks how, not whether.
 */
const COUNT_ASKED = String.raw`\b((\d+ ?(k|nghìn|ngàn)?|vài trăm|mấy trăm|ít) ${FOLLOWS}|\d{1,2} tuổi|[1-9]\dt) (\w+ ){0,2}(thì|liệu|có thể|có|vậy)\b.*\b(được|đc|dc|nổi) (không|ko|k|kh|chưa|hông|hok)\b`;

/** The account's region said to differ from the shop's ("vùng của tk khác với shop"). */
const REGION_DIFFERS = String.raw`\b(khu vực|vùng|quốc gia|region)( của)? (tài khoản|tk|acc|kênh)( \w+){0,2} (khác|không giống|ko giống|không trùng|ko trùng)|\b(tài khoản|tk|acc|kênh) (\w+ ){0,3}(khác|không cùng|ko cùng) (khu vực|vùng|quốc gia|region)\b`;

/** Where the account or the seller is, put to the same question ("acc đăng ký ở Hàn thì liên kết shop VN được không", "ở Úc thì mở shop được không"). */
const MAY = String.raw`(được|đc|dc) (không|ko|k|kh|chưa|hông|hok)\b`;
const NOT_A_SCREEN = String.raw`(?!(seller|app|ứng dụng|trang|mục|phần|tab|đâu|trên|trong|máy|điện thoại|đt|web|pc|laptop)\b)`;
const REGION_ASKED = [
  String.raw`\b(tài khoản|tk|acc|kênh|nick)( tiktok)? (\w+ ){0,3}(đăng ký|tạo|lập|reg)( \w+){0,2} (ở|tại|bên|từ|vùng|khu vực|region|quốc gia|nước) ${NOT_A_SCREEN}.*\b(shop|cửa hàng|gian hàng)\b.*\b${MAY}`,
  REGION_DIFFERS,
  String.raw`\b(bán|bán hàng|mở shop|kinh doanh) (ở|tại|bên) ${NOT_A_SCREEN}(\w+ ){1,2}${MAY}|\b(ở|sống ở|đang ở) ${NOT_A_SCREEN}(\w+ ){1,2}thì (mở|bán|dùng|đăng ký|làm|liên kết)( \w+){0,4} ${MAY}`,
].join('|');

/**
 * Whether something stands in the way, or must come first: "liên kết thì có bị chặn ko", "có ảnh hưởng gì không",
 * "gắn được ko hay phải đợi duyệt xong", "phải chờ shop được duyệt mới liên kết à".
 */
const WHETHER_FIRST = String.raw`\b(liên kết|kết nối|gắn|link|lk)\b.*\bcó (bị )?(chặn|cấm|ảnh hưởng|cản trở|hạn chế)( gì)? (không|ko|k|kh|hông|hok)\b|\b${MAY}.*\bhay (là )?(phải|cần|bắt buộc)\b|\b(phải|cần) (đợi|chờ) (shop )?(được |đc )?(duyệt|xét duyệt|phê duyệt)`;

/** An age said, then whether one may ("con e năm nay 14 muốn bán hàng trên tiktok dc ko", "e học lớp 11 thì mở shop đc ko"). */
const AGE_ASKED = String.raw`(\b\d{1,2} ?(tuổi|tủi)|\b[1-9]\dt|\bnăm nay (mới |đã |chỉ )?\d{1,2}|\bhọc lớp \d{1,2})\b.*\b${MAY}`;

/**
 * What to get ready before linking ("trước khi liên kết thì cần chuẩn bị những gì", "cần lưu ý gì trước khi gắn kênh"):
 * the checklist, whatever worry follows ("em sợ làm sai rồi không gỡ được").
 */
const BEFORE_ASKED = String.raw`\btrước khi (liên kết|kết nối|gắn|link|lk)\b.*\b(chuẩn bị|lưu ý|chú ý|(cần|phải) có)( \w+){0,2} (gì|j|những gì|những thứ gì|các thứ gì|giấy tờ gì)\b|\b(chuẩn bị|lưu ý|chú ý|(cần|phải) có)( \w+){0,2} (gì|j|những gì|những thứ gì|giấy tờ gì)\b.*\btrước khi (liên kết|kết nối|gắn|link|lk)\b|\b(cần|phải|nên) chuẩn bị (những |các )?(gì|j|thứ gì|giấy tờ gì)\b`;

/** Whether TikTok Shop runs in a country ("tiktok shop có ở campuchia chưa", "bên Lào có tiktok shop không"). */
const WHERE_RUNS = String.raw`\b(tiktok shop|tiktok|tts)( đã)? (có|có mặt|hoạt động|mở|chạy)( \w+)? (ở|tại|bên) (\w+ ){1,3}(chưa|không|ko|k|hông|hok)( (ạ|à|a|vậy|v|z|nhỉ|ta|ad|mn|mọi người|nhé|nha))*$|\b(ở|tại|bên|nước) (\w+ ){1,3}(đã )?có tiktok shop (chưa|không|ko|k|hông|hok)( (ạ|à|a|vậy|v|z|nhỉ|ta|ad|mn|mọi người|nhé|nha))*$`;

/** Whether one may link at all: what is required ("cần đk gì để liên kết", "phải đủ 1k follow"), or a count asked about. */
const CHECKLIST = f(
  new RegExp(
    [
      String.raw`\b(cần|phải có|cần có) (những )?(gì|j|đk gì|điều kiện gì|giấy tờ gì|bao nhiêu ${FOLLOWS})\b.*\b(để|mới)\b|\bđiều kiện (để|gì|là gì)\b|\b(đủ|đạt) điều kiện\b|\byêu cầu (gì|là gì)\b`,
      String.raw`\b(phải|cần|yêu cầu|bắt buộc) (đủ|có|đạt|trên|tối thiểu|ít nhất)( \w+)? (\d+ ?k?|bao nhiêu|mấy(?! (tính|bàn)))( ${FOLLOWS}| tuổi)?\b|\b(tối thiểu|ít nhất) (là )?(\d+ ?k?|bao nhiêu|mấy) (${FOLLOWS}|tuổi)\b`,
      COUNT_ASKED,
      REGION_ASKED,
      WHETHER_FIRST,
      BEFORE_ASKED,
      WHERE_RUNS,
    ].join('|'),
  ),
);

/**
 * A birth year states the age ("sinh năm 2000", "e sn 2010", "em 2k9"), counted from this year: born 19 or more
 * years ago an adult, 5 to 17 years ago a minor (from 2005 on, where "2k" shorthand starts). Born 18 years ago may
 * be 17 or 18, and is left unread.
 */
const THIS_YEAR = new Date().getFullYear();
const yearsFrom = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
const ADULT_YEAR = `(${yearsFrom(1930, THIS_YEAR - 19).join('|')})`;
const MINOR_BORN = yearsFrom(Math.max(THIS_YEAR - 17, 2005), THIS_YEAR - 5);
const MINOR_YEAR = `(${MINOR_BORN.join('|') || '(?!)'})`;
// "2k9": the digits after "2k" are read as the age is, so only those under 18 can say a minor.
const MINOR_2K = `2k(${MINOR_BORN.filter((y) => y - 2000 < 18).map((y) => String(y - 2000)).join('|') || '(?!)'})`;
const BORN = String.raw`(?:sinh|sn|ns|đẻ|năm sinh|đời|born)(?: (?:năm|vào|ngày|tháng|nhật|là|của (?:em|mình|tôi|tui|e)))*(?: \d{1,2}){0,2}`;
const ME = String.raw`(?:em|e|mình|tôi|tui|tớ)`;
const bornIn = (year: string) => [
  f(new RegExp(String.raw`\b${BORN} ${year}\b`)),
  f(new RegExp(String.raw`^${ME}(?: là| sinh)? ${year}(?: (?:ạ|à|nha|nhé|a|ak|nè|rồi|r))*$`)),
];

/** Pressing the wrong button ("bấm nhầm", "chọn lộn"), not picking the wrong shop or unlinking by mistake. */
const WRONG_PRESS = String.raw`(bấm|chọn|nhấn|ấn|click|chạm) (nhầm|lộn|sai)(?! (shop|cửa hàng|gian hàng|kênh|tài khoản|tk|acc|nick|hủy|huỷ|gỡ|liên kết|lk|link|sản phẩm|sp)\b)`;
/** Where "quay lại" goes when it is not the previous step: a shop, an account, an app, the start, later. */
const NOT_BACK_TO = String.raw`(?! (shop|cửa hàng|gian hàng|kênh|tài khoản|tk|acc|nick|seller|app|ứng dụng|tiktok|từ đầu|menu|liên kết|lk|link|trang chủ|với|vs|vô|vào|sau|lúc khác|mai|ngày mai|hôm khác|làm|được|đc|dc|bình thường|như cũ)\b)`;
/** The way back to the last step: "quay lại", "về lại bước lúc nãy", "câu trước", said last or before the step. */
const WAY_BACK = String.raw`((quay lại|quay về|về lại|trở lại|lùi lại|lùi)( (bước|câu|lựa chọn|phần|trang|màn hình)\b|( (đi|nha|nhé|với|vs|giúp|giùm|dùm|hộ|em|e|mình|tôi|ạ|ad|ơi|chút|tí|nào|luôn|được không|đc ko|dc ko|được ko))*$)|(bước|câu) (trước|lúc nãy|vừa rồi|vừa nãy|hồi nãy))`;

/** It works now: "ổn rồi", "làm được rồi", "hết lỗi rồi". */
const WORKS = String.raw`(ổn rồi|ổn r|xong rồi|được rồi|đc rồi|ok rồi|oke rồi|hết lỗi( rồi)?|làm được rồi|làm đc rồi|liên kết được rồi|thấy rồi|hiện rồi|ngon rồi)`;
/** Thanks and the courtesy words that may follow it. */
const THANKS = String.raw`((e|em|mình|tôi|tui|tớ) )?(cảm ơn|cám ơn|camon|cam on|tks|thks|thanks|thank you|thank|thx)( (bạn|ad|admin|shop|bot|em|anh|chị|nhiều|nhiu|lắm|rất nhiều|nha|nhé|nhá|ạ|luôn|mn|mọi người|nhìu|nhen))*`;

export const VI: Lexicon = {
  code: 'vi',
  filler:
    'tôi toi mình minh em anh chị chi bạn ad admin ơi oi ạ à nhé nha nhá vậy thế là của và với cho thì mà này đó kia các những một cái bị có đã đang sẽ rồi hãy giúp hỗ trợ xin chào làm sao thế nào gì ai đâu khi nào hay hoặc nữa vẫn lại ra vào lên trên trong ở tại được đc dc ko hả hở nhỉ luôn phải cần muốn biết để nên vì do cách như nào sao vậy thế vụ á ơ về lần hai ba mỗi các những rất quá lắm nữa chỉ cũng đều vừa hết giờ bây nay hôm từng vô zô kiểu v z zậy dzậy zị nhé nhen e a c vs r j ntn mn cx ạ đây nè tui tiktok shop'
      .split(' ')
      .filter((w) => w !== 'shop' && w !== 'ko'),
  synonyms: {
    quét: 'scan', lỗi: 'fail', mất: 'miss', thấy: 'show', hiện: 'show', khác: 'other', cũ: 'old', mới: 'new', sai: 'wrong', nhầm: 'wrong', chuyển: 'move', đổi: 'change', mời: 'invite', giỏ: 'bag', nút: 'button', bước: 'step', tuổi: 'age', chủ: 'owner', livestream: 'live', vùng: 'region', follow: 'follower', follows: 'follower', fl: 'follower', flw: 'follower', folow: 'follower', koc: 'creator', kol: 'creator', affiliate: 'affiliate', aff: 'affiliate', sp: 'product', hh: 'commission', lket: 'link', gắn: 'link', lk: 'link', tk: 'account', nv: 'employee', bn: 'many', mún: 'want', nhận: 'accept', kênh: 'account', nick: 'account', acc: 'account', đc: 'duoc', dc: 'duoc', đt: 'phone', dt: 'phone', đth: 'phone', dth: 'phone', dthoai: 'phone', laptop: 'computer', pc: 'computer',
    không: 'not', khong: 'not', ko: 'not', k: 'not', kh: 'not', hông: 'not', hok: 'not', chưa: 'not', chả: 'not', chẳng: 'not',
  },
  compounds: {
    'cửa hàng': 'shop', 'gian hàng': 'shop', 'liên kết': 'link', 'kết nối': 'link', 'gắn kết': 'link', 'hủy liên kết': 'unlink', 'hủy lk': 'unlink', 'huỷ lk': 'unlink', 'gỡ lk': 'unlink', 'hủy link': 'unlink', 'huỷ link': 'unlink', 'gỡ link': 'unlink', 'huỷ liên kết': 'unlink', 'gỡ liên kết': 'unlink', 'ngắt kết nối': 'unlink', 'bỏ liên kết': 'unlink',
    'mã qr': 'qr code', 'quét mã': 'scan code', 'ủy quyền': 'authorize', 'uỷ quyền': 'authorize', 'cấp quyền': 'authorize', 'xác thực': 'verify', 'thất bại': 'fail', 'không thành công': 'fail', 'ko thành công': 'fail', 'k thành công': 'fail', 'kh thành công': 'fail', 'hông thành công': 'fail', 'chưa thành công': 'fail', 'ko tc': 'fail', 'k tc': 'fail', 'thành công': 'success',
    'tài khoản': 'account', 'hồ sơ': 'profile', 'trang cá nhân': 'profile', 'giỏ hàng': 'bag', 'giỏ vàng': 'bag', 'thấy giỏ': 'show bag', 'thấy giỏ hàng': 'show bag', 'mất giỏ': 'miss bag', 'mất giỏ hàng': 'miss bag', 'giỏ hàng vàng': 'bag', 'icon giỏ': 'icon bag', 'icon giỏ hàng': 'icon bag', 'biểu tượng giỏ': 'icon bag', 'biểu tượng giỏ hàng': 'icon bag', 'biểu tượng': 'icon', 'biến mất': 'miss', 'hiển thị': 'show', 'xuất hiện': 'show', 'hiện ra': 'show',
    // Folded, "túi" (the bag) is "tui" (I, in the south): the bag is named with a word beside it.
    'cái túi': 'bag', 'túi mua sắm': 'bag', 'túi mua hàng': 'bag', 'túi vàng': 'bag', 'hình túi': 'bag', 'icon túi': 'icon bag', 'biểu tượng túi': 'icon bag', 'nút túi': 'button bag', 'thấy túi': 'show bag', 'mất túi': 'miss bag', 'hiện túi': 'show bag',
    'người bán': 'seller', 'nhà bán hàng': 'seller', 'người bán hàng': 'seller', 'chủ shop': 'owner shop', 'nhà sáng tạo': 'creator', 'người sáng tạo': 'creator', 'tiếp thị liên kết': 'affiliate',
    'bán hàng': 'sell', 'sản phẩm': 'product', 'phát trực tiếp': 'live', 'điện thoại': 'phone', 'máy tính': 'computer', 'ứng dụng': 'app',
    'điều kiện': 'eligible', 'yêu cầu': 'eligible', 'quốc gia': 'country', 'khu vực': 'region', 'người theo dõi': 'follower', 'lượt theo dõi': 'follower', 'lời mời': 'invite',
    'hoa hồng': 'commission', 'hàng mẫu': 'sample', 'sản phẩm mẫu': 'sample', 'mẫu thử': 'sample', 'hàng gửi review': 'sample', 'thương hiệu': 'brand', 'nhãn hàng': 'brand', 'gắn thẻ': 'tag', 'gắn sản phẩm': 'tag product', 'đối tác': 'partner', 'nhân viên': 'employee',
    'đang tải': 'load', 'màn hình': 'screen', 'chờ duyệt': 'pending', 'đang chờ': 'pending', 'đã duyệt': 'approved', 'được duyệt': 'approved', 'phê duyệt': 'approved',
    'chính thức': 'official', 'thay đổi': 'change', 'mẹo': 'tip', 'quảng bá': 'promote', 'quảng cáo': 'ads', 'kiếm tiền': 'earn', 'thứ hai': 'second', 'đăng nhập': 'login',
    'năm nay': '', 'cần giúp': '', 'cần hỗ trợ': '', 'nhờ hỗ trợ': '', 'nghe nói': '', 'nghe bảo': '', 'nghe đồn': '', 'người khác': 'other', 'bán sản phẩm': 'sell product', 'đủ tuổi': 'age', 'đủ đk': 'du eligible', 'đủ đkiện': 'du eligible', 'đủ dkien': 'du eligible', 'bao nhiêu': 'many', 'lần đầu': 'first', 'đầu tiên': 'first', 'tại sao': 'reason', 'vì sao': 'reason', 'để làm gì': 'reason', 'lợi ích': 'benefit', 'được lợi': 'benefit', 'có nên': 'worth', 'ăn hoa hồng': 'earn commission', 'gắn giỏ': 'tag product', 'gắn giỏ hàng': 'tag product', 'gắn giỏ vàng': 'tag product', 'trước khi': 'before', 'sau khi': 'after', 'nhiều hơn': 'more', 'đã liên kết': 'already linked', 'dính vi phạm': 'violation', 'dính gậy': 'violation', 'dính phạt': 'violation', 'đã được liên kết': 'already linked', 'đã kết nối': 'already linked',
    // Linked and it worked is where after-link starts, not the "already linked to another shop" error.
    'đã liên kết thành công': 'link', 'đã kết nối thành công': 'link', 'đã liên kết xong': 'link', 'đã kết nối xong': 'link', 'đã liên kết được': 'link', 'đã lk thành công': 'link', 'đã link thành công': 'link', 'đã gắn thành công': 'link',
    // A new shop's probation, as the app calls it ("thời gian thử thách") and as sellers say it ("thử việc").
    'thời gian thử thách': 'probation', 'giai đoạn thử thách': 'probation', 'thử thách': 'probation', 'thời gian thử việc': 'probation', 'giai đoạn thử việc': 'probation', 'thử việc': 'probation',
    'gỡ ra': 'unlink', 'gỡ kết nối': 'unlink', 'hủy kết nối': 'unlink', 'huỷ kết nối': 'unlink', 'ngắt liên kết': 'unlink', 'ngắt lk': 'unlink', 'hủy gắn': 'unlink', 'huỷ gắn': 'unlink', 'máy bàn': 'computer', 'thiết bị': 'device',
    // Signing up ("đăng ký", "đăng kí") is its own word: folded, a bare "ký" is also "kỳ" (strange), "sao kỳ vậy".
    'đăng ký': 'register', 'đăng kí': 'register', 'đky': 'register', 'đkí': 'register',
    // Folded, "gần" (near) is "gắn" (to link): "gần đây" is recently.
    'gần đây': 'recent', 'dạo gần đây': 'recent',
    // A business account ("tài khoản doanh nghiệp").
    'doanh nghiệp': 'business', 'tài khoản doanh nghiệp': 'business account', 'tk doanh nghiệp': 'business account', 'acc doanh nghiệp': 'business account', 'tài khoản business': 'business account',
    // A side account beside the shop's own ("kênh phụ", "acc phụ", "nick phụ"): an extra account.
    'kênh phụ': 'extra account', 'tài khoản phụ': 'extra account', 'tk phụ': 'extra account', 'acc phụ': 'extra account', 'nick phụ': 'extra account', 'kênh thứ hai': 'second account', 'kênh thứ 2': 'second account', 'acc thứ 2': 'second account', 'tài khoản thứ hai': 'second account', 'tài khoản thứ 2': 'second account',
    // What comes next ("bước tiếp theo").
    'tiếp theo': 'next',
  },
  stem: (w) => w,
  commands: {
    restart: ['bắt đầu lại', 'làm lại từ đầu', 'từ đầu', 'quay lại từ đầu', 'về menu', 'menu', 'menu chính', 'trở về menu', 'quay về menu', 'khởi động lại', 'bắt đầu lại từ đầu', 'làm lại', 'về trang đầu', 'bắt đầu từ đầu', 'quay về đầu'],
    back: ['quay lại', 'trở lại', 'lùi lại', 'bước trước', 'câu trước', 'bấm nhầm', 'chọn nhầm', 'nhấn nhầm', 'bấm lộn', 'chọn lộn', 'nhấn lộn', 'bấm sai', 'chọn sai', 'quay về', 'quay lại bước trước', 'lùi', 'lùi một bước', 'lùi 1 bước', 'quay lại một bước', 'về lại bước trước', 'về bước trước', 'quay lại bước lúc nãy', 'về lại', 'chọn lại', 'cho chọn lại', 'bấm lại từ bước trước'],
    help: ['trợ giúp', 'giúp đỡ', 'hướng dẫn', 'bạn giúp được gì', 'bot làm được gì', 'dùng thế nào', 'cách dùng', 'có thể giúp gì', 'bạn làm được gì', 'hướng dẫn sử dụng', 'cách sử dụng', 'bot này làm gì', 'bot này để làm gì', 'bạn là ai', 'dùng bot sao', 'bot dùng sao', 'hướng dẫn dùng bot', 'dùng bot thế nào', 'xài sao'],
    human: ['người thật', 'nhân viên', 'tư vấn viên', 'gặp nhân viên', 'nói chuyện với người thật', 'nói chuyện với nhân viên', 'gặp người thật', 'chăm sóc khách hàng', 'cskh', 'hỗ trợ viên', 'tổng đài viên', 'gặp admin', 'gọi nhân viên', 'cho gặp nhân viên', 'cho em gặp nhân viên', 'tư vấn'],
    greet: ['xin chào', 'chào', 'chào bạn', 'chào shop', 'chào ad', 'alo', 'hi ad', 'chào anh', 'chào chị', 'chào em', 'chào buổi sáng', 'hello ad', 'hi shop', 'ad ơi', 'shop ơi'],
    cancel: ['hủy', 'huỷ', 'hủy nhắc nhở', 'huỷ nhắc nhở', 'không cần nhắc', 'ko cần nhắc', 'đừng nhắc', 'bỏ nhắc nhở', 'tắt nhắc nhở', 'huỷ nhắc', 'không cần nhắc lại',
      // Folded, "đừng" (don't) is "đúng" (right, a yes): a reminder refused is said whole.
      'đừng nhắc nữa', 'đừng nhắc em', 'đừng nhắc e', 'đừng nhắc mình', 'đừng nhắc tôi', 'đừng nhắc em nữa', 'đừng nhắc e nữa', 'đừng nhắc mình nữa', 'đừng nhắc lại', 'khỏi nhắc', 'khỏi nhắc nữa', 'khỏi cần nhắc', 'thôi khỏi nhắc', 'thôi đừng nhắc'],
    forget: ['xóa dữ liệu của tôi', 'xoá dữ liệu của tôi', 'xóa dữ liệu', 'xoá dữ liệu', 'xóa thông tin của tôi', 'quên tôi đi', 'xóa cuộc trò chuyện', 'xoá cuộc trò chuyện', 'xóa hết', 'xoá hết dữ liệu'],
    thanks: ['cảm ơn', 'cám ơn', 'cảm ơn bạn', 'cảm ơn nhiều', 'tks', 'thks', 'camon nhiều', 'cảm ơn ad nhiều', 'cảm ơn nhiều nha', 'cảm ơn ad', 'cảm ơn shop', 'ok cảm ơn', 'camon', 'cảm ơn ạ', 'em cảm ơn', 'thank ad', 'bye', 'bye bye', 'bai', 'bái bai', 'tạm biệt', 'pp'],
  },
  // Folded, "ờ" (uh, and "ờ ờ" thinking it over) is "ơ" (surprise) and "ở" (at): no yes on its own.
  yes: [
    'đc r', 'dc r', 'đc rồi', 'ok r', 'xong r', 'có', 'ừ', 'ừm', 'uh', 'uhm', 'vâng', 'dạ', 'dạ vâng', 'dạ có', 'đúng', 'đúng rồi', 'phải', 'chuẩn', 'rồi', 'xong', 'xong rồi', 'được', 'được rồi', 'đc rồi', 'ok', 'oke', 'okela', 'okie', 'oki', 'okí', 'oce', 'uk', 'ukm', 'ừa', 'ổn', 'ổn r', 'ngon', 'ngon r', 'ok r nha', 'được ạ', 'có ạ', 'rồi ạ', 'được rồi ạ', 'thành công', 'đã được', 'làm được rồi', 'hiện rồi', 'hiện ra rồi', 'thấy rồi', 'có rồi', 'liên kết được rồi', 'ổn rồi', 'ngon rồi', 'hết lỗi', 'hết lỗi rồi', 'ok rồi', 'oke rồi', 'chắc chắn', 'tất nhiên', 'dĩ nhiên', 'dạ rồi', 'dạ được', 'vào được rồi', 'đăng nhập được', 'có thể',
  ],
  no: [
    'không', 'ko', 'k', 'kh', 'hông', 'hok', 'không ạ', 'chưa', 'chưa ạ', 'chưa được', 'vẫn chưa', 'vẫn chưa được', 'vẫn không', 'vẫn không được', 'vẫn ko được', 'vẫn lỗi', 'vẫn bị lỗi', 'vẫn vậy', 'vẫn thế', 'vẫn như cũ', 'vẫn y chang', 'vẫn vậy à', 'chưa đc', 'k dc', 'ko dc', 'hông được', 'hổng được', 'vẫn k dc', 'vẫn ko dc', 'không được', 'ko được', 'k được', 'k đc', 'ko đc', 'không đc', 'không thành công', 'thất bại', 'lỗi', 'bị lỗi', 'vẫn', 'không có', 'chưa có', 'chưa thấy', 'không thấy', 'vẫn không thấy', 'không phải', 'sai', 'không hiện', 'chưa hiện', 'dạ không', 'dạ chưa', 'không vào được', 'không đăng nhập được', 'chả được', 'chẳng được', 'chả thấy', 'chẳng thấy', 'chả thấy gì', 'chả có', 'chẳng có', 'chả có gì', 'vẫn chả', 'vẫn chẳng',
  ],
  personNouns: ['người thật', 'ng thật', 'người thiệt', 'nhân viên', 'nv', 'nv hỗ trợ', 'tư vấn viên', 'ai đó', 'admin', 'cskh', 'chăm sóc khách hàng', 'hỗ trợ viên', 'tổng đài viên', 'bộ phận hỗ trợ', 'đội ngũ hỗ trợ', 'người hỗ trợ', 'ng hỗ trợ', 'tổng đài', 'chuyên viên', 'chuyên gia', 'bên hỗ trợ', 'người tư vấn', 'người trực', 'người bên tiktok', 'ng bên tiktok', 'người của tiktok', 'ai bên tiktok', 'ai đó bên tiktok', 'nhân viên tiktok', 'nhân viên bên tiktok', 'nv tiktok', 'nv bên tiktok'],
  personVerbs: ['gặp', 'nói chuyện', 'chat', 'liên hệ', 'liên lạc', 'kết nối', 'nối máy', 'gọi', 'cần', 'muốn', 'chuyển', 'nhắn', 'nhờ', 'xin', 'trao đổi'],
  frustration: [
    'vô dụng', 'chẳng giúp gì', 'không giúp được gì', 'ko giúp được gì', 'mất thời gian', 'phí thời gian', 'chán quá', 'bực mình', 'bực quá', 'bó tay', 'thử hết rồi', 'đã thử mọi cách', 'thử mọi cách rồi', 'không cách nào được', 'chẳng được gì', 'bot ngu', 'bot vô dụng', 'mệt quá', 'nản quá', 'lòng vòng', 'hỏi hoài', 'trả lời không đúng', 'bot không hiểu', 'bot ko hiểu', 'bot k hiểu', 'không hiểu gì hết', 'ko hiểu gì hết', 'ko hiểu gì cả', 'không hiểu gì cả', 'trả lời lung tung', 'trả lời sai', 'nói hoài', 'hỏi lại hoài', 'bực ghê', 'bực thật', 'gì cũng không hiểu', 'gì cũng ko hiểu', 'gì cũng k hiểu', 'nó cũng không hiểu', 'nó cũng ko hiểu', 'bot cũng không hiểu', 'bot cũng ko hiểu', 'không giải quyết được gì', 'ko giải quyết được gì', 'k giải quyết được gì', 'ko giải quyết đc gì',
    // Answers that miss the point, and being fed up with the bot itself.
    'trả lời linh tinh', 'nói linh tinh', 'trả lời vớ vẩn', 'trả lời tào lao', 'trả lời như không', 'bot như không', 'chán bot', 'chán cái bot', 'bot chán', 'bot dở', 'bot tệ', 'chả giúp gì', 'chả giúp được gì', 'chẳng giúp được gì', 'vô ích', 'tốn thời gian', 'hỏi mãi', 'nói mãi', 'không đúng ý', 'ko đúng ý', 'k đúng ý', 'không hiểu ý', 'ko hiểu ý',
  ],
  // Chat shorthand for the same light words ("e", "đc") and the particles that close a sentence ("luôn", "nha").
  light: 'tôi em mình anh chị bạn là của và có đã được thì mà này cái ạ e tui tớ đc dc luôn nữa nha nhé á à ơi ở đây nè'.split(' '),
  falseFriends: ['ban', 'thai', 'hang', 'cut', 'them', 'an', 'in', 'do', 'to', 'the', 'my', 'mo', 'hai', 'con', 'ma', 'so', 'tin', 'bo', 'lo', 've', 'ra', 'tu', 'nam', 'bi', 'ten', 'men', 'hay', 'thi', 'dang', 'sau', 'phi', 'on', 'it'],
  cues: [
    // A wrong press and a way back to the last step, in either order, at any length ("ơ e bấm nhầm, cho e về lại bước lúc nãy").
    ['back', f(new RegExp(String.raw`\b${WRONG_PRESS}\b.*\b${WAY_BACK}|\b${WAY_BACK}.*\b${WRONG_PRESS}\b`)), 'any-length'],
    // Back alone, or to the step before; not back to a shop, an app or later ("quay lại shop cũ", "quay lại sau").
    ['back', f(new RegExp(String.raw`\b((quay lại|trở lại|lùi lại)${NOT_BACK_TO}|(bước|câu) (trước|lúc nãy|vừa rồi|vừa nãy|hồi nãy)|${WRONG_PRESS})\b`))],
    // Going back to the menu starts over; opening it to look ("mở menu chính ra", "cho em xem menu") is a way to it.
    ['restart', f(/\b(bắt đầu lại|làm lại từ đầu|(quay|trở) (lại|về) (từ đầu|menu)|về menu|(?<!\b(mở|xem|coi|hiện|hiển thị|bật|show|open|cho xem|cho coi) )menu chính|khởi động lại)\b/)],
    ['help', f(/(?<!\b(không|ko|k|kh|chẳng|chả|hông) )\b(giúp (được|đc|dc) gì|làm (được|đc|dc) (những )?gì|dùng (thế nào|như thế nào|sao)|cách dùng (bot|cái này))\b/)],
    // What the bot itself can do: "bot này giúp được những gì", "bạn hỗ trợ được các việc gì", "chatbot biết làm gì".
    ['help', f(/\b(bot|chatbot|con bot|trợ lý ảo|bạn)( này| ơi)? (có thể |có |biết )?(giúp|hỗ trợ|làm|trả lời)( (được|đc|dc))?( cho (mình|em|e|tôi|tui|tớ))? (những |các )?(gì|j|việc gì|cái gì|chuyện gì|câu gì|vấn đề gì)\b/)],
    // How to use the bot itself, and what to type for it to understand ("dùng con bot này kiểu gì, gõ gì nó mới hiểu").
    ['help', f(/\b((dùng|sử dụng|xài|sài) (con |cái |em )?(bot|chatbot|trợ lý ảo|cái này|con này|app này|chat này)( này)? (kiểu gì|kiểu nào|thế nào|như thế nào|sao|ntn|như nào|làm sao|ra sao)|(gõ|nhập|nhắn|viết|hỏi|nói) (gì|cái gì|j|như thế nào|thế nào|sao|ntn|kiểu gì) (thì |để )?((nó|bot|bạn|ad|em) )?(mới )?(hiểu|trả lời|biết)|(bot|bạn|cái này) (hoạt động|làm việc) (thế nào|như thế nào|ra sao|sao))\b/)],
    ['cancel', f(/\b(hủy|huỷ|không cần|ko cần|k cần|khỏi|đừng|bỏ|tắt|dừng|ngừng)\b.*\b(nhắc|nhắc nhở|báo lại|nhắn lại)\b/)],
    // Thanks said warmly ("cảm ơn ad nhiều nha"): only courtesy words may follow it, so "cảm ơn nhưng vẫn lỗi" is not a goodbye.
    // …and may open with an ok or the writer ("ok e cảm ơn") and close with a goodbye ("…, bye"); a goodbye alone is one too.
    ['thanks', f(/^((ok|oke|okie|okela|dạ|vâng|ừ|uh|à|thôi|vậy|hiểu rồi|ok rồi|được rồi|xong rồi) )*((e|em|mình|tôi|tui|tớ|anh|chị|c|a) )?(cảm ơn|cám ơn|camon|cam on|tks|thks|thanks|thank you|thank|thx)( (bạn|ad|admin|shop|bot|em|anh|chị|nhiều|nhiu|lắm|rất nhiều|nha|nhé|nhá|ạ|luôn|mn|mọi người|nhìu|nhen))*( (bye|bye bye|bai|bái bai|bb|pp|tạm biệt|chào nhé|chào nha|chào|hẹn gặp lại)( (bạn|ad|admin|shop|bot|nha|nhé|ạ|mn|mọi người))*)?$|^(bye|bye bye|bai|bái bai|tạm biệt|chào nhé|chào nha)( (bạn|ad|admin|shop|bot|nha|nhé|ạ|mn|mọi người))*$/)],
    // Thanks beside the news that it now works, either side ("giờ ổn rồi, cám ơn nha", "cảm ơn nhiều, e làm được rồi"), after any story.
    // A story that ends "now it works" closes it too (its last thanks is taken off as courtesy before the cues read),
    // but not "giờ ổn rồi" alone, which answers a step's "did it work?".
    ['thanks', f(new RegExp(String.raw`(^|\b(?<!\b(chưa|không|ko|k|vẫn|chả|chẳng) )${WORKS} )${THANKS}$|^(\S+ ){3,}(giờ|bây giờ|giờ thì|vậy là|thế là) ${WORKS}$|^((ok|oke|okie|dạ|vâng|ừ) )*${THANKS} ((e|em|mình|tôi|tui|tớ) )?${WORKS}( (nha|nhé|ạ|rồi|luôn))*$`)), 'any-length'],
    ['forget', f(/\b(đừng|(không|ko|k|chẳng) (muốn|mún)( cho)?)( (bot|bạn|ad|hệ thống|máy|mấy bạn))? (lưu|giữ|ghi nhớ|nhớ|ghi lại)( lại)? (gì|j|thông tin|dữ liệu|data|lịch sử|tin nhắn|cái gì)( (hết|cả|nữa))?( (về|của) (tôi|em|mình|e|tui|tớ))?\b|\b(xóa|xoá|quên)\b.*\b(dữ liệu|thông tin (cá nhân |riêng )?của (tôi|em|mình|tui|tớ|e)|thông tin cá nhân|cuộc trò chuyện|lịch sử|tôi đi)\b|\b(xóa|xoá|gỡ|bỏ)( hết| sạch)? (thông tin|dữ liệu|data|info|tin nhắn|(tôi|em|mình|tui|tớ))( \w+){0,3} khỏi (hệ thống|bot|máy chủ|server)\b/)],
    ['greet', f(/^((xin chào|chào|alo|hello|hi)( (bạn|shop|ad|admin|anh|chị|em|mọi người|mn|cả nhà|cả|bot|buổi sáng|buổi trưa|buổi chiều|buổi tối|nha|nhé|ơi))*( ạ)?\s*)+$/)],
  ],
  courtesy: {
    before: f(/^(ok|oke|dạ|vâng|thôi|ad ơi|ad oi|shop ơi|bạn ơi|cho (tôi|em|mình|e)|(tôi|em|mình|e) muốn|làm ơn|giúp (tôi|em|mình|e)) /),
    after: f(/ (nhé|nha|nhen|ạ|đi|giúp (tôi|em|mình|e)|với|vs|luôn|cảm ơn|giùm|dùm|hộ|ad|shop|(giúp|giùm|dùm|hộ) (tôi|em|mình|e))$/),
  },
  // Asked for by who they are (a specialist, support, the hotline), by the way to reach them (inbox, Zalo, a phone
  // number, email), or by turning from the bot. "Người" alone is a person only when no other kind of person follows
  // ("kết nối với người bán" is a creator finding sellers).
  personWords: f(
    new RegExp(
      `\\b(${[
        String.raw`(connect|kết nối|nối máy|chuyển|chuyển máy)( (giúp|giùm|dùm|hộ))? ((e|em|mình|tôi|tui|c|a) )?(với|vs|qua|sang|tới|đến) (bên |bộ phận |đội |1 |một )?(support|hỗ trợ|nhân viên|nv|admin|chuyên viên|chuyên gia|tư vấn viên|cskh|tổng đài|đội ngũ|${A_PERSON})`,
        String.raw`(?<!\b(họ|nó|brand|agency|nhãn hàng|bên đó|bên kia|đã|có) )(ib|inbox|nhắn riêng|nhắn tin riêng|nt riêng)( riêng)? ((cho|với|vs|qua) )?(e|em|mình|tôi|tui|mk)\b|(check|xem|kiểm tra|rep|trả lời|phản hồi|đọc) (lại )?(ib|inbox)|(ib|inbox) (hỗ trợ|tư vấn)`,
        String.raw`(1|một) (bạn|anh|chị|${ANH_CHI}|người|nhân viên|nv|chuyên viên|admin)( \w+)? (hỗ trợ|tư vấn|cskh|support|trực)|(bạn|anh|chị|${ANH_CHI}|ai|người|ad|admin) nào (bên|của|ở|thuộc) (tiktok|hỗ trợ|cskh|support|bộ phận|đội ngũ)`,
        String.raw`(người|ng) (thật|thiệt)|nhân viên (hỗ trợ|tư vấn|tiktok|thật|chăm sóc)|chuyên viên (hỗ trợ|tư vấn|chăm sóc|của tiktok|bên tiktok)|gặp (quản lý|người quản lý|sếp|cấp trên)( (bên|của) (tiktok|shop|bạn|các bạn))?$|(người|ai) (hướng dẫn|hỗ trợ|chỉ|xem|kiểm tra|check|coi) (giúp |giùm |dùm |hộ )?trực tiếp`,
        String.raw`tư vấn viên|cskh|chăm sóc khách hàng|tổng đài|hotline|không phải bot|đừng (trả lời )?bot|gặp (admin|nhân viên|người thật|chuyên viên|chuyên gia)|(cho|muốn|cần) ((tôi|em|mình|e) )?gặp người( (hỗ trợ|trực|nào đó|thật))?( (đi|nha|nhé|ạ|với|giùm|dùm|ad))*$`,
        String.raw`(?<!\b(đã|từng) )gọi điện(?!( (cho|tới) (họ|nó|bên (kia|đó)|agency|người (ta|đó)|chủ shop))?( (mà|thì|nhưng|cũng|rồi|r|hoài|mãi|mấy lần|nhiều lần))* (không|ko|k|chả|chẳng|chưa|hổng) (bắt|nghe|ai nghe|liên lạc|được|đc))|số điện thoại hỗ trợ|(zalo|sđt|số đt|số điện thoại|số liên hệ) (của |với )?(ad|admin|shop|bên (bạn|tiktok|hỗ trợ|cskh)|hỗ trợ|cskh|nhân viên|nv|tư vấn|chuyên viên)|(?<!\b(đã|có|từng) )(cho|xin) ((e|em|mình|tôi|tui|c|a) )?(xin )?(zalo|sđt|số đt|số điện thoại|số liên hệ)\b${NOT_THEIRS}|có (zalo|hotline|sđt|số điện thoại|số tổng đài|email|mail)( hỗ trợ| liên hệ| tư vấn)? (không|ko|k|hông|hok)\b`,
        String.raw`(?<!\b(đã|có|từng) )xin (cái )?(email|mail|gmail|địa chỉ email|địa chỉ mail)\b${NOT_THEIRS}|(email|mail|gmail) (hỗ trợ|liên hệ|cskh|support|chăm sóc khách hàng|của (bên )?(hỗ trợ|cskh|ad|admin|bên tiktok))|(gửi|liên hệ|liên lạc) (qua )?(email|mail) (cho|với|tới) (bên )?(hỗ trợ|tiktok|cskh|ad|admin)`,
        String.raw`(tạo|mở|gửi) (ticket|yêu cầu hỗ trợ|phiếu hỗ trợ)|nói chuyện với ${A_PERSON}|có ai (ở )?(đó|đây)? ?(không|ko|k|hông)|có người (thật )?không|(gọi|call|gọi điện) (cho|lại cho|lại) (mình|em|tôi|e)|có ai (hỗ trợ|giúp|trực)|tư vấn trực tiếp`,
        String.raw`(không|ko|k) muốn (nói chuyện|chat|nhắn tin) với (bot|máy)|(đây là|bạn là|là) bot|số tổng đài|hỗ trợ trực tiếp`,
        // Reached by a video call or by Zalo, a real admin, not the automatic replies ('chứ ko phải tin nhắn tự động').
        String.raw`(gọi|call)( video| điện| facetime)? (với|cho) (bên |bộ phận |đội )?(support|hỗ trợ|nhân viên|nv|ad|admin|cskh|tư vấn|tổng đài)|video call|(kết bạn|add|thêm) zalo (với |của )?(bên )?(hỗ trợ|support|ad|admin|cskh|nhân viên|nv|tư vấn)|(ad|admin|nhân viên|nv) (thật|thiệt)|(không|ko|k|chứ không|chứ ko) phải (là )?(tin nhắn|trả lời|chat|bot) tự động|(cần|muốn) (người|ng) (thật )?(trả lời|nói chuyện|rep)`,
        // Reaching the support side, not telling of having tried ("đã liên hệ tiktok rồi mà…").
        String.raw`(?<!\b(đã|từng) )((nói chuyện|chat|trao đổi) (trực tiếp )?với |(liên hệ|liên lạc) (trực tiếp )?(được )?(với )?)(bên )?(tiktok|đội ngũ|bộ phận|cskh|tổng đài|(người|ng) (thật|thiệt|hỗ trợ|trực|tư vấn))\b`,
        String.raw`có (nhân viên|nv|người|ai|chuyên viên|tư vấn viên|admin) (nào )?(đang )?(online|trực|ở đó|hỗ trợ|tư vấn)|có (bạn|anh|chị|${ANH_CHI}|nhân viên|nv|người|ai|admin|ad)( (nhân viên|nv|admin|hỗ trợ|tư vấn|support))? nào (đang |có thể |rảnh )?(online|trực|hỗ trợ|tư vấn|hướng dẫn|chỉ|giúp|gọi|nói chuyện)|nhờ (bên )?(tiktok|bạn|ad|admin|shop|mình) (liên hệ|hỗ trợ|xử lý|kiểm tra)`,
      ]
        .map((part) => `(${part})`)
        .join('|')})\\b`,
    ),
  ),
  personShort: f(/\b((người|ng) (thật|thiệt))\b/),
  // Someone else's people (an agency's staff, one's own staff and their accounts) are no one to talk to here.
  notPerson: f(
    // ("rep" is a reply: "nhắn ko ai rep", nobody answers.)
    /\b(?:(?:không|ko|k|chưa|chả|chẳng) (?:ai |thấy |được )?rep|rep (?:lại|tin|ib|inbox))\b|\b(người khác|của người|người cũ|nhân viên (cũ|của (tôi|em|mình)|đã nghỉ)|tài khoản (của )?nhân viên|(nhân viên|nv|người|chuyên viên|tư vấn viên|admin|bên) (của |bên |ở |phía )?(agency|công ty|đối tác|nhãn hàng|brand|thương hiệu|họ(?! trợ)|bên kia|mcn)|(cho|để|giúp) (các |mấy |mỗi |từng |\d+ )?(bạn |em |anh |chị |đứa )?(nhân viên|nv) (\w+ )?(vào|đăng|live|quản lý|dùng|xài|làm|bán|truy cập|cùng|chạy|gắn|liên kết|post)|(kênh|acc|tk|nick|tài khoản|video|máy|điện thoại|đt) (tiktok |phụ |riêng )?(của )?(các |mấy |mỗi |từng |\d+ )?(bạn |em )?(nhân viên|nv)|(nhân viên|nv) (live|livestream|bán hàng|sale|kho|đóng gói|của shop|trong shop)|(các|mấy|những|\d+) (bạn |em |anh |chị |đứa )?(nhân viên|nv)|người (bán|mua|sáng tạo|dùng|theo dõi|quen|nhà|yêu))\b/,
  ),
  // …and "đâu còn", "đâu có", "đâu phải" (no longer, not at all), unless "đâu" asks where ("ở đâu có nút…").
  negation: f(/\b(không|ko|k|kh|hông|chưa|vẫn|chẳng|chả)\b|(?<!\b(ở|chỗ|tìm|từ|về|nơi|nào|đi) )\bđâu (còn|có|phải)\b/),
  negatedYes: f(/^(không|ko|k|chưa|vẫn|chả|chẳng|đừng)\b/),
  worked: f(/\b(được rồi|đc rồi|(được|đc|dc) r|thành công|hết lỗi|hiện rồi|thấy rồi|ok rồi|xong rồi|liên kết được|làm được|ổn rồi)\b/),
  failed: f(/\b(không|ko|k|chưa|vẫn|lỗi|thất bại|hông|chả|chẳng)\b/),
  unsure: f(/\b((không|ko|k|chưa) (biết|rõ|chắc|nhớ)|có lẽ|hình như|quên rồi)\b/),
  // Linking asked about at large ("cần hỗ trợ vụ liên kết tiktok shop ạ"): the words that ask, and those that may stand beside.
  atLarge: { asks: 'hỏi hoi trợ tro giúp giup', beside: 'vụ vu cần can muốn muon về ve chút chut với voi em anh chị chi ad oi ơi ạ' },
  other: f(/\b(cái khác|vấn đề khác|lỗi khác|trường hợp khác|(không|ko|k|hông) phải (mấy |những |các )?(cái|lỗi|vụ) (đó|này|trên|kia)|không có cái nào|không cái nào)\b|^khác( (ạ|nha|nhé|nhen|á|a|nè|đó|ad|shop))*$/),
  number: f(/^\s*(?:số|lựa chọn|chọn|cái|câu|nút|phương án|#)?\s*(\d{1,2})\s*[.)!]?\s*$/),
  topics: {
    payouts: [
      f(/\b(rút tiền|rút doanh thu|rút về|số dư|tài khoản ngân hàng|(tk|stk) ngân hàng|tên chủ tài khoản|vietcombank|techcombank|vietinbank|agribank|bidv|tpbank|vpbank|sacombank|mb bank|mbbank|(liên kết|đổi|thêm|cập nhật) ngân hàng|thanh toán cho người bán|đối soát|quyết toán|tiền về|tiền hàng|khi nào (nhận|có) tiền|nhận tiền|doanh thu (về|chưa về)|chuyển khoản|ví tiền|tiền (bán hàng|của tôi|của em))\b/),
      // Taxes are named with a verb or their kind: folded, a bare "thue" is also "thuê" (to hire).
      f(/\b(doanh thu\b.*\b(thanh toán|về|rút|nhận được)|(đóng|nộp|khai|quyết toán|tính|trừ|khấu trừ) thuế|thuế (thu nhập|tncn|vat|gtgt|môn bài)|mã số thuế|xuất (hóa|hoá) đơn|(hóa|hoá) đơn (vat|đỏ|điện tử|gtgt))\b/),
      // A creator's commission not paid yet ("hoa hồng tháng trước chưa thấy trả").
      f(/\bhoa hồng\b.*\b(chưa|không|ko|k) (thấy |được |nhận được |có )?(trả|thanh toán|về|nhận|chuyển)\b|\bhoa hồng( \w+)? (bị )?(treo|chờ|pending|giữ)\b/),
      f(/\b(thanh toán (bằng )?(mã )?qr|(quét )?(mã )?qr thanh toán|khách (không|ko) thanh toán được|khách hàng (không|ko) trả tiền được|checkout)\b/),
    ],
    refunds: [f(/\b(hoàn tiền|trả hàng|hoàn hàng|đơn hoàn|đơn trả|đổi trả|hủy đơn|huỷ đơn|tranh chấp|khách trả hàng|refund|khiếu nại của khách)\b/)],
    orders: [
      // A shipping label by any of its names ("phiếu gửi hàng", "tem vận chuyển", "bill ship"), the carrier's side
      // ("bên ship"), and orders placed or called off ("đơn đặt từ giỏ hàng", "đơn … bị hủy hàng loạt").
      f(/\b((phiếu|nhãn|tem|bill|label) (gửi hàng|gửi|giao hàng|giao|vận chuyển|vận đơn|ship|đơn hàng)|waybill|(bên|đơn vị|nhà|hãng|anh|bạn) (ship|vận chuyển|giao hàng)|đơn (đặt|mua)( hàng)?|đơn(?! (giản|vị|thuần|lẻ|đăng ký|xin|kháng nghị|khiếu nại))( \w+){0,6} (bị |tự )?(hủy|huỷ)(?! (liên kết|lk|link|kết nối|gắn))|(hủy|huỷ) (hàng loạt|tự động))\b/),
      f(/\b((chưa|không|ko) nhận được (hàng|đơn)|khách (chưa|không|ko) nhận|giao (hàng )?(chưa|không) (tới|đến)|đơn hàng|lên đơn|chốt đơn|đơn (của|bị|chưa|đã) |giao hàng|vận chuyển|vận đơn|mã vận đơn|in (phiếu|nhãn|đơn)|nhãn vận chuyển|phiếu giao hàng|đơn vị vận chuyển|ghn|ghtk|viettel post|j t|shipper|phí ship|bom (hàng|đơn)|boom (hàng|đơn)|kiện hàng|theo dõi đơn|kho hàng)\b/),
    ],
    listings: [f(/\b((sản phẩm|sp)\b.*\bbị từ chối|(sản phẩm|sp)( \w+){0,8}(?<!\b(giỏ|giỏ hàng|icon|biểu tượng|tab|showcase|nút|kênh|tài khoản|tk|acc)) (bị|tự|đã bị) ẩn( đi| mất)?\b(?! (danh|ý|số|sau)\b)|chính sách (sản phẩm|đăng bán|hàng hóa|hàng hoá)|(sản phẩm|sp)( \w+){0,3} (bị )?(từ chối|gỡ|xóa|xoá|khóa|khoá|vi phạm)|đăng (sản phẩm|sp)|tải sản phẩm lên|thêm sản phẩm vào (cửa hàng|shop)|duyệt sản phẩm|sản phẩm (đang )?chờ duyệt|danh mục hạn chế|sửa giá|tồn kho)\b/)],
    fees: [f(/\b(phí (sàn|giao dịch|cố định|thanh toán|dịch vụ|bán hàng|hoa hồng sàn)|(thu|tính|trừ|lấy) phí (bao nhiêu|mấy|thế nào|ra sao|như nào|mỗi đơn|trên mỗi đơn)|phí hoa hồng|mức phí|biểu phí|(tiktok|tiktok shop|sàn) (thu|lấy|trừ|ăn|cắt|tính) (phí )?(bao nhiêu|mấy|nhiêu)|chiết khấu sàn|mất phí|bao nhiêu phần trăm|mấy phần trăm)\b/)],
    ads: [
      f(/\b(ads manager|gmv max|spark ads?|nạp tiền quảng cáo|tài khoản quảng cáo|hóa đơn quảng cáo|hoá đơn quảng cáo|ngân sách quảng cáo)\b/),
      f(/\b(quảng cáo|ads|chiến dịch|campaign)\b.*\b(trừ tiền|thanh toán|hóa đơn|hoá đơn|ngân sách|nạp tiền|thẻ|phí|tiền)\b|\b(trừ tiền|hóa đơn|hoá đơn|nạp tiền|thẻ)\b.*\b(quảng cáo|ads|chiến dịch)\b/),
    ],
    violations: [
      // A product turned down "for violating the image policy" is a listing question, not a strike on the account.
      // So is a product hidden, or one that breaks the product policy ("sp … bị ẩn, báo vi phạm chính sách sản phẩm").
      f(/^(?!.*\b(sản phẩm|sp|hình sản phẩm|ảnh sản phẩm)\b.*\b(từ chối|không được duyệt|ko được duyệt|bị gỡ|không duyệt|bị ẩn|ẩn mất|ẩn đi)\b)(?!.*\bchính sách (sản phẩm|đăng bán|hàng hóa|hàng hoá)\b)(?=.*\b(vi phạm|cảnh cáo)\b)/),
      f(/\b(điểm vi phạm|bị khóa|bị khoá|khóa tài khoản|khoá tài khoản|bị cấm|bị ban|đình chỉ|tạm ngưng|kháng nghị|khiếu nại vi phạm|hàng giả|hàng nhái|sở hữu trí tuệ|bị phạt|(tài khoản|tk|kênh|shop) (bị )?vi phạm)\b/),
    ],
    'other-platforms': [f(/\b(shopee|lazada|tiki|sendo|shopify|facebook shop|instagram|amazon|ebay|etsy|zalo shop)\b/)],
    'shop-settings': [f(/\b(đổi tên (shop|cửa hàng|gian hàng)|tên (shop|cửa hàng)|logo (shop|cửa hàng)|địa chỉ (kho|lấy hàng|trả hàng|shop|cửa hàng)|chế độ (tạm )?nghỉ|chế độ (kỳ nghỉ|vacation)|tạm nghỉ bán|(bật|tắt|mở) (chế độ )?(tạm nghỉ|nghỉ lễ|nghỉ tết|kỳ nghỉ)|giờ làm việc|tài khoản con (seller center|trên seller center)|cấp quyền cho nhân viên|đổi (mật khẩu|mk|pass|password|email|gmail|mail|số điện thoại|sđt|sdt))\b/)],
  },
  facts: {
    // Long messages are read word by word around the linking: "kết" alone stands for "liên kết" and "kết nối" there.
    link: f(/\b(liên kết|kết nối|kết(?! (quả|thúc|luận|bạn))|gắn|link|lk|lket|ủy quyền|uỷ quyền)\b/),
    // Times said of something else: the shop approved or opened, a penalty's length, what one plans tonight.
    elsewhen: f(/\b((được |đc |dc |mới |vừa )?(duyệt|phê duyệt|mở shop|tạo shop|lập shop|đăng ký shop|tạo kênh|lập kênh|tạo acc|lập acc|(bị |dính )?(cảnh cáo|phạt|gậy|vi phạm))( \w+){0,2} (từ )?(hôm qua|hôm kia|hôm trước|tuần trước|tháng trước|sáng nay|chiều nay|\d+ (ngày|hôm|tuần|tháng|bữa) (trước|rồi|r|nay))|(khóa|khoá|cấm|ban|phạt|tạm ngưng|đình chỉ)( \w+){0,2} \d+ (ngày|hôm|tuần|tháng)|(tối nay|chiều nay|mai|ngày mai|tuần sau|tháng sau) ((em|e|mình|tôi) )?(muốn|sẽ|định|tính|lên|live|đi)|(cả|suốt|mấy) (tuần|tháng|ngày|hôm|bữa)( nay)? (vẫn )?(không|ko|k|chưa) (được|đc|dc|xong|nổi))\b/),
    // "Still no bag": a time said beside it counts from the linking ("từ hôm kia rồi mà vẫn ko thấy giỏ").
    iconMissing: f(/\b((không|ko|k|kh|hông|chưa|chả) (thấy|hiện|có) (cái |nút )?(giỏ|giỏ hàng|giỏ vàng|icon|biểu tượng|tab shop|showcase)|mất (cái |nút )?(giỏ|icon|biểu tượng|tab shop|showcase))\b/),
    // "chưa tới 1 ngày" is under a day: a number after "not yet / under" is a limit, not how long it has been.
    durations: [
      f(/(?<!\b(?:chưa|không|ko|k) (?:tới|đến|được|đc|đầy|quá|qua|tròn) |\bdưới |\bgần )\b(\d+(?:[.,]\d+)?)\s*(phút|p|giờ|tiếng|h|ngày|hôm|bữa|tuần|tháng)\b/),
      f(/(?<!\b(?:chưa|không|ko|k) (?:tới|đến|được|đc|đầy|quá|qua|tròn) |\bdưới |\bgần )\b(một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười|vài|mấy|dăm)\s+(phút|giờ|tiếng|ngày|hôm|bữa|tuần|tháng)\b/),
    ],
    numbers: { mot: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10, vai: 3, may: 3, dam: 5 },
    units: [
      [/^(phut|p)$/, 1 / 60],
      [/^(gio|tieng|h)$/, 1],
      [/^(ngay|hom|bua)$/, 24],
      [/^tuan$/, 24 * 7],
      [/^thang$/, 24 * 30],
    ],
    when: [
      [f(/\b((chưa|không|ko|k) (tới|đến|được|đc|đầy|quá|qua|tròn)|dưới|gần) (1|một) (ngày|hôm|bữa)\b|\b((chưa|không|ko|k) (tới|đến|được|đc|đầy|quá|qua|tròn)|dưới) 24 ?(giờ|tiếng|h)\b/), 12],
      [f(/\bhôm kia\b/), 48],
      [f(/\b(hôm nay|sáng nay|chiều nay|tối nay|trưa nay|vừa xong|vừa mới|mới đây|lúc nãy|ban nãy|tối qua|đêm qua)\b/), 6],
      [f(/\b(hôm (qua|wa)|bữa (qua|wa)|ngày hôm qua|tối hôm qua|hqua|hwa|hqa)\b/), 20],
      // A weekday said of the past ("gắn hôm thứ 2, nay thứ 5 rồi") is a day or more ago: today is "hôm nay".
      [f(/\b(hôm|bữa|từ|hồi|ngày|tối|sáng|chiều|trưa) (thứ (hai|ba|tư|năm|sáu|bảy|[2-7])|t[2-7]|chủ nhật|cn)\b(?! (tới|sau|nữa|tuần sau))/), 48],
      [f(/\b((tuần|tháng) (trước|trc|rồi|r)|mấy (ngày|bữa|hôm) (trước|trc|nay|rồi|r)|hôm (trước|trc)|bữa (trước|trc)|lâu (rồi|r)|cả (tuần|tháng))\b/), 24 * 7],
    ],
    // …and Seller Center open on the very phone that should scan, which needs no QR word ("mở seller center trên chính cái đt này").
    qr: f(/\b(qr|mã|quét|scan|camera|ủy quyền|uỷ quyền|cấp quyền|xác thực|seller center( \w+){0,2} (trên|bằng) (chính |cùng )?(cái |con |chiếc )?(điện thoại|đt|máy này|di động))\b/),
    symptoms: [
      ['same-phone', f(/\b(cùng (một |1 )?(điện thoại|máy|đt)|trên (cùng )?điện thoại|chỉ có (một|1) (điện thoại|máy|đt)|(không|ko|k) có (máy tính|laptop|pc)|seller center (mở )?(trên|bằng) (điện thoại|đt|di động|mobile)|mở trên (điện thoại|đt)|(trên|bằng) (chính|cùng) (cái |con |chiếc )?(điện thoại|đt|máy)\b(?! tính)|(chỉ )?có (một|1) (cái |chiếc )?(điện thoại|đt|dế)\b(?! (khác|nữa|và|với|để|cũ|mới))|(một|1) mình (cái )?(điện thoại|đt)|(xài|dùng|sài|mở)( \w+)? (chung|cùng) (trên )?(1 |một )?(cái |con |chiếc )?(máy|điện thoại|đt)\b(?! tính)|(quét|scan)( được| đc)?( cái)?( mã)?( qr)? (trên|ở|của) (chính )?(màn hình|máy|điện thoại|đt) (nó|đó|đang mở|này|của nó)|(trên|ở) chính (cái )?(màn hình|máy|điện thoại|đt))\b/)],
      // However "not" is typed ("ko", "k", "chưa", "chả") and whatever "worked" is ("thành công", "được", "tc").
      ['auth-failed', f(/\b((ủy|uỷ|cấp) quyền (thì |mà |xong |vẫn |nó |bị |báo |cứ )*(thất bại|fail|failed|lỗi|(không|ko|k|kh|hông|hok|chưa|chả|chẳng) (thành công|được|đc|dc|nổi|tc))|lỗi (ủy|uỷ|cấp) quyền|(không|ko|k|kh|hông|chưa|chả|chẳng) (thể )?(ủy|uỷ|cấp) quyền|authori[sz]ation (failed|fail|error|lỗi)|xác thực (bị )?(thất bại|fail|failed|(không|ko|k|kh|hông|chưa) (thành công|được|đc|dc|tc)))\b/)],
      // A camera that stands still or stays dark is a code that won't scan, not a page loading.
      ['no-scan', f(/\b(camera|máy ảnh)( (cứ|bị|vẫn|thì|nó))* (đứng im|đứng yên|(không|ko|k|hông) (nhận|quét|đọc|lên|bắt)|đen|tối đen|mờ)\b/)],
      ['spinning', f(/\b(quay (mãi|hoài|vòng vòng|vòng|liên tục)|xoay (mãi|hoài|vòng|xoay)|loading( mãi| hoài)?|đang tải( mãi)?|tải mãi|treo|bị đơ|đơ (mãi|hoài)|đứng hình|(màn hình|app|ứng dụng|trang)( \w+)? đứng im|load mãi)\b/)],
      ['no-scan', f(/\b((không|ko|k|chưa) (thể )?((quét|scan|đọc|nhận diện)( được| đc)?|nhận(?!( được| đc| dc)? (otp|mã (otp|xác nhận|xác minh|kích hoạt)|tin nhắn|sms|email|mail|gmail|lời mời|thư mời|invite|cuộc gọi|tiền|hàng|đơn)\b)( được| đc)?)|(quét|scan)( mã)?( qr)?( (mãi|hoài|cả buổi|mấy lần|vẫn|cũng|thì|mà|nó))* (không|ko|k|kh|hông|chưa|chả|chẳng) (được|đc|dc|ra|nhận|lên|ăn|nổi)|quét (không|ko|k) (được|đc|ra|nhận)|quét mã không được|mã (qr )?(hết hạn|không hợp lệ|bị mờ)|(không|ko|k|chả|chẳng) (có )?(phản hồi|phản ứng|động tĩnh|gì xảy ra)( gì)?|không có gì xảy ra)\b/)],
    ],
    errorLead: f(/(?:lỗi|thông báo|báo|hiện|ghi|hiển thị)\s*[:\-]\s*(.{4,200})$/i),
    errorWords: f(/\b(lỗi|thất bại|không|đã|hết hạn|sai|failed|error)\b/i),
    shop: f(/\b(cửa hàng|shop|gian hàng|seller center|trạng thái)\b/),
    approved: {
      no: f(/\b((chưa|không|ko|k) (được |đc )?(duyệt|phê duyệt|xác minh|xác thực)|đang chờ (duyệt|xét duyệt|phê duyệt|xác minh)|chờ duyệt|đang (xét|được xét) duyệt|bị từ chối|pending)\b/),
      yes: f(/\b((đã|được|đc) (duyệt|phê duyệt|xác minh)|đã được duyệt|duyệt (rồi|r)|approved)\b/),
    },
    active: {
      no: f(/\b((chưa|không|ko|k) (thấy )?(được |đc |dc )?(hoạt động|hđ|kích hoạt|active)|(ngừng|ngưng) (hoạt động|hđ)|tạm ngưng|bị khóa|bị khoá|bị đình chỉ|đóng cửa|tạm nghỉ)\b/),
      yes: f(/\b(đang hoạt động|đã kích hoạt|hoạt động bình thường|active|đã hoạt động|(đang )?bán (bình thường|được rồi|được r|ngon)|có đơn (rồi|r))\b/),
    },
    otherShop: f(/\b((1|một) shop khác|shop khác|cửa hàng khác|(shop|cửa hàng) (kia|đó|ấy)|tài khoản khác|seller center khác|shop cũ|cửa hàng cũ|đã (được |đc |dc )?(liên kết|lk|link|gắn) (với|vs|vào|vô)|liên kết (với|vs) shop|họ|bên kia)\b/),
    holders: [
      ['agency', f(/\b(agency|công ty (quảng cáo|marketing)|đơn vị vận hành|bên vận hành|mcn)\b/)],
      // Without accents "người bạn" (a friend) is "người bán" (a seller): a friend is named by a closer word.
      ['ex-partner', f(/\b((người yêu|ng yêu|người iu|ny|bồ|chồng|vợ|bạn trai|bạn gái|đối tác|cộng sự) cũ|đối tác|chia tay|ex|(hùn|góp) vốn|hùn hạp|(bạn|người) hùn|làm ăn chung|bạn làm ăn|(bạn|người) (làm )?chung shop|(đã |giờ |rồi )?tách (ra|riêng)|đường ai nấy đi|ly hôn|bạn (cũ|thân|bè)|(đứa|thằng|con|nhỏ) bạn|người bạn (cũ|thân|của (tôi|em|mình|e|tui))|người quen|(hợp tác|làm chung|làm cùng) (với|vs) (1 |một )?(bạn|người|anh|chị|đứa|thằng)\b(?! (của )?(nhãn hàng|brand|thương hiệu|agency))|(nghỉ|thôi|ngưng|dừng|hết|chấm dứt|không còn|ko còn) (làm chung|làm cùng|hợp tác|làm ăn chung)|(không|ko|k) (làm chung|làm cùng|hợp tác) (với nhau )?nữa)\b/)],
      ['employee', f(/\b(nhân viên cũ|nv cũ|(người )?quản lý cũ|nhân viên đã nghỉ|nhân viên nghỉ việc|người làm cũ|admin cũ|trợ lý cũ|(đã|đã) nghỉ việc)\b/)],
      ['me', f(/\b((shop|cửa hàng|gian hàng) (khác|cũ|phụ|test|thử|kia|trước|thứ hai|thứ 2|còn lại|đó|ấy) (cũng )?(là )?của (tôi|em|mình|e|tui|c|chị|a|anh)(?! (họ|trai|gái|rể|dâu|ruột|ấy|ta|bạn|em|e|tôi|tui|mình|chồng|vợ)\b)|(tôi|em|mình|e|tui) có (2|hai) (shop|cửa hàng|gian hàng)|cả (2|hai) shop đều (là )?của|(tôi|em|mình|e|tui) (lỡ )?(liên kết|link|gắn) nhầm)\b/)],
      ['unknown', f(/\b((không|ko|k) biết (shop nào|là shop nào|của ai|ai)|(không|ko|k|chẳng|chả) (nhớ|rõ)( \w+){0,7} (shop|cửa hàng|gian hàng) nào|chưa (bao giờ|từng) (có|mở|tạo) shop (khác|nào)|(có|mở|tạo) (shop|cửa hàng|gian hàng) nào (khác )?(đâu|cả|hết)|shop lạ|không rõ shop nào)\b/)],
    ],
    access: {
      no: f(/\b((không|ko|k|chưa|hông) (thể )?(đăng nhập|vào|vô|truy cập|login)( được| đc)?|(đăng nhập|login|truy cập) (không|ko|k|hông) (vào|vô) (được|đc|nổi)|(đăng nhập|login|truy cập) (không|ko|k|hông) (được|đc|nổi)|mất (quyền truy cập|mật khẩu|mk|pass)|quên (mật khẩu|mk|pass|password)|(người khác|người ta|họ|bên kia|bên đó) (quản lý|giữ|nắm|cầm)|(không|ko) (liên lạc|liên hệ) được|(họ|bên kia) (không|ko) (trả lời|phản hồi)|(không|ko|k|chẳng|chả) có (quyền|mật khẩu|mk|pass|password|tk|tài khoản|acc)( (đăng nhập|mk|mật khẩu|pass))?( gì)?)\b/),
      yes: f(/\b((vẫn |có thể )?(đăng nhập|vào|vô|truy cập) (được|đc)|(vẫn )?có (quyền truy cập|mật khẩu))\b/),
      // One's own old shop whose password or email is gone.
      lost: f(/\b(quên|mất)( luôn| mất| hết| tiêu)? (mk|mật khẩu|pass|password|tài khoản đăng nhập|email)\b|\b(email|mail|sđt) (cũ )?(mất|không còn|ko còn|bị khóa|bị khoá)\b/),
    },
    roles: [
      {
        role: 'creator',
        cue: f(/\b((tôi|em|mình) là (nhà sáng tạo|người sáng tạo|creator|koc|kol|affiliate)|nhà sáng tạo( nội dung)?|người sáng tạo|creator|koc|làm affiliate|tiếp thị liên kết|(không|chưa|ko) có shop|(không|ko) phải người bán|(ăn|kiếm|hưởng|nhận) (tiền )?hoa hồng)\b/),
        unless: f(/^(?!.*\b(là|làm) (creator|nhà sáng tạo)).*\btiktok shop (for|cho|dành cho) (creator|nhà sáng tạo)/),
      },
      {
        role: 'seller',
        cue: f(/\b((tôi|em|mình|e|tui|tớ) (là )?(chủ shop|người bán|nhà bán hàng|seller)|(chủ shop|người bán|nhà bán hàng|seller) (đây|nè)|(tôi|em|mình|e|tui|tớ) có (shop|cửa hàng|gian hàng|thương hiệu)|chủ shop|chủ cửa hàng|(shop|cửa hàng|gian hàng) (của )?(tôi|em|mình|e|tui|tớ)|(shop|cửa hàng|gian hàng) (?!(cũ|mới|khác|kia|đó|ấy|phụ|trước|thứ|đang|bị|đã|vẫn)\b)\w+( \w+)? của (tôi|em|mình|e|tui|tớ)|bán hàng trên tiktok shop|có (tài khoản |tk |acc )?seller center|((tôi|em|mình|e|tui|tớ|công ty|cty|bên) (mình |em |tôi )?)(đang )?(bán|kinh doanh) (quần áo|đồ|mỹ phẩm|giày|dép|túi|thời trang|thực phẩm|gia dụng|phụ kiện|nông sản|đặc sản|trang sức|nội thất|đồ chơi|sách))\b/),
      },
    ],
    // "dưới 18 tuổi" names the limit, not the writer's age; "20t" is chat shorthand for 20 tuổi; a birth year says it too.
    age: [f(/(?<!\b(?:dưới|chưa đủ|chưa tới|chưa đến|chưa qua|không đủ|ko đủ|k đủ) )\b(\d{1,2})\s*(?:tuổi|tủi)\b|\btuổi\s*(\d{1,2})\b|\b([1-9]\d)t\b/), f(/^(?:(?:em|e|mình|tôi|tui|tớ) )?(?:mới|năm nay|nay|đã|chỉ|mới có) (\d{1,2})(?: (?:rồi|r|thôi|ạ|à|a))*$/),
      // "con gái e năm nay 16, …": "năm nay" and a number with no other unit is an age, mid-sentence too.
      f(/\bnăm nay (?:mới |đã |chỉ |được )?(\d{1,2})\b(?! ?(?:ngày|tháng|năm|giờ|tiếng|phút|k|nghìn|ngàn|triệu|tr|đơn|sp|sản phẩm|follow\w*|fl|flw|người|lượt|video|clip|shop|kênh|lần|%))/),
      // A school year ("e đang học lớp 11") says a schoolchild: its number stands below 18, which is all that is read.
      f(/\b(?:(?:em|e|mình|tui|con|cháu|nó|bé) (?:đang |mới |còn )?(?:học )?|(?:đang |mới |còn )?học |học sinh |hs )lớp ([5-9]|1[0-2])\b/), ...bornIn(ADULT_YEAR), ...bornIn(MINOR_YEAR), f(new RegExp(String.raw`\b(?:${ME}|sinh|sn|đời|là) ${MINOR_2K}\b`))],
    markets: [
      // Big cities name their market; "hn" is left out, it is also chat for "hôm nay".
      [f(/\b(việt nam|vn|hà nội|sài gòn|hồ chí minh|tp hcm|tphcm|hcm|đà nẵng|hải phòng|cần thơ|biên hòa|bình dương|đồng nai|nha trang|vũng tàu)\b/), 'VN'],
      // "Mỹ phẩm" (cosmetics), "mỹ thuật", "thẩm mỹ" are no America.
      [f(/\b((ở|tại|bên|nước|thị trường|shop|sàn) mỹ(?! (phẩm|thuật|nghệ|viện|ký|kim|nữ|nhân|vị|quan|mãn|lệ))|hoa kỳ)\b/), 'US'],
      [f(/\b(anh quốc|vương quốc anh)\b/), 'GB'],
      [f(/\b(thái lan|(ở|tại|bên|sang|qua|nước|thị trường|sàn) thái(?! (độ|bình|nguyên|hòa|hoà|tử|y))\b)\b/), 'TH'],
      [f(/\b(indonesia|indo)\b/), 'ID'],
      [f(/\b(malaysia|malay|mã lai)\b/), 'MY'],
      [f(/\b(philippines|philippin|(ở|tại|bên|sang|qua|nước) phi(?! (ship|sàn|giao|vận|dịch|hoa|thanh|cố|bao|gì|j|nào|quảng|liên|lk))\b)\b/), 'PH'],
      [f(/\b(singapore|(ở|tại|bên|sang|qua|nước|thị trường|sàn) sing)\b/), 'SG'],
      [f(/\b(tây ban nha)\b/), 'ES'],
      [f(/\b(mexico)\b/), 'MX'],
      // Folded, a bare "nhật" is also "nhất" ("ít nhất"), "đức" is "dục" ("giáo dục"), "pháp" is "phương pháp": said with a place word.
      [f(/\b(nhật bản|(ở|tại|bên|nước|thị trường|shop|sàn|sang|qua|người) nhật)\b/), 'JP'],
      [f(/\b((ở|tại|bên|nước|thị trường|shop|sàn|sang|qua|người) đức)\b/), 'DE'],
      [f(/\b((ở|tại|bên|nước|thị trường|shop|sàn|sang|qua|người) pháp)\b/), 'FR'],
      [f(/\b(nước ý|italia)\b/), 'IT'],
      [f(/\b(brazil)\b/), 'BR'],
      // Neighbours and the places Vietnamese sellers often live: said by name, or with a place word where the name is short.
      [f(/\b(campuchia|campu|cam pu chia|căm pu chia|cambodia|cam bốt|phnom penh|phnôm pênh|nông pênh)\b/), 'KH'],
      [f(/\b(nước lào|(ở|tại|bên|sang|qua|thị trường|sàn) lào(?! (động|công|đao|xao))|viêng chăn|laos)\b/), 'LA'],
      [f(/\b(myanmar|miến điện)\b/), 'MM'],
      [f(/\b(hàn quốc|(ở|tại|bên|nước|sang|thị trường|sàn) hàn(?! (gắn|xì|chì|the))|seoul|korea)\b/), 'KR'],
      [f(/\b(trung quốc|(ở|tại|bên|nước|sang|qua|thị trường|sàn) (tq|trung)(?! (tâm|bình|thực|thu|gian|tuần|học))|bắc kinh|thượng hải|quảng châu|china)\b/), 'CN'],
      [f(/\b(đài loan|taiwan|đài bắc)\b/), 'TW'],
      [f(/\b(hồng kông|hong kong|hongkong)\b/), 'HK'],
      [f(/\b(ấn độ|india)\b/), 'IN'],
      [f(/\b(australia|(ở|tại|bên|nước|sang|qua|thị trường|sàn) úc|sydney|melbourne)\b/), 'AU'],
      [f(/\b(canada|ca na đa|toronto|vancouver)\b/), 'CA'],
      [f(/\b(ireland|ai len|ai-len|ái nhĩ lan)\b/), 'IE'],
    ],
    followers: [
      f(new RegExp(String.raw`\b(\d+(?:[.,]\d+)?)\s*(k|nghìn|ngàn|triệu|tr|m)?\s*${FOLLOWS}\b`)),
      f(new RegExp(String.raw`\b${FOLLOWS}\s*(?:có|được|khoảng|mới|chỉ|tầm)?\s*(?:có|được|khoảng|mới|chỉ|tầm)?\s*(\d+(?:[.,]\d+)?)\s*(k|nghìn|ngàn|triệu|tr)?\b`)),
    ],
    multipliers: { k: 1000, nghin: 1000, ngan: 1000, trieu: 1_000_000, tr: 1_000_000, m: 1_000_000 },
  },
  appeal: f(/\b(kháng nghị|khiếu nại|gỡ (khóa|khoá|vi phạm|phạt)|mở khóa|mở khoá|bao lâu (thì )?(được )?(mở|hết))\b/),
  // Turning from the question to something else: "khoan đã, …", "à mà …", "nhân tiện …".
  switches: f(/^(ơ |à |ủa |ok |oke )?(khoan( đã)?|à mà|mà khoan|nhân tiện|tiện thể|ngoài ra|chuyện khác|vấn đề khác|hỏi (thêm )?cái khác)\b/),
  // How a question is put when its words fit no flow clearly: "muốn kết nối acc với shop mà ko biết bắt đầu từ đâu"
  // asks for the linking steps, "cách setup showcase cho đẹp" for the tips after linking. Not knowing ("ko biết")
  // and asking whether one can ("liên kết được không") name no problem.
  shapes: {
    // Never having done it, or not being handy with it ("chưa làm bao giờ", "ko rành"): a how-to question, no problem named.
    lost: f(/\b((chưa|không|ko|k) (từng |bao giờ )?(làm|liên kết|kết nối|gắn|link|lk)( \w+){0,3} (bao giờ|lần nào|bh)|chưa (bao giờ|từng) (làm|liên kết|kết nối|gắn|link|lk)|(không|ko|k|chưa) (rành|quen|thạo)|((tìm|kiếm|mò)( (hoài|mãi|cả buổi|nãy giờ|mấy lần))?( mà| cũng)? )?(không|ko|k|chả|chẳng|hông) (thấy|ra|biết) (chỗ|mục|phần|chỗ nào|ở đâu|nằm ở đâu)( (nào|để|mà))?(?= (liên kết|kết nối|gắn|link|lk|bấm|nhấn)\b|$| (cả|luôn|hết|ạ|à|ad|nha|nhỉ|vậy|v)\b))/),
    problem: f(/\b(lỗi|thất bại|(?<!\b(được|đc|dc|nổi|đúng|phải|hoa) |\bcó (mặt )?(ở|tại|bên) (\w+ ){1,3}|\bcó tiktok shop )(không|ko|k|kh|chưa|hông)(?! (biết|rõ|chắc|hiểu|cần|có (shop|cửa hàng|gian hàng)|phải (là )?(người bán|chủ shop|seller)|(chuyển|đổi|nâng cấp|nâng) (sang|lên|qua)))|mất|biến mất|(?<!\b(mấy|các|nhiều|những|đồ|hàng|sp|sản phẩm|đồ của|hàng của|sp của|sản phẩm của) )shop khác|cửa hàng khác|qr|quét|hủy|huỷ|gỡ|(bị|vẫn|còn|đang|cứ) (dính|kẹt)( (lại|luôn|hoài|mãi|cứng))? (bên|với|vs|vào|vô|ở|trong|tại|shop|cửa hàng|gian hàng)|hoàn tiền|đơn hàng|phí|quảng cáo|vi phạm|khóa|khoá|bị)\b/),
    asks: [
      {
        flow: 'after-link',
        cue: f(/\b((sản phẩm|sp|giỏ|giỏ hàng) (\w+ ){0,2}(vào|lên|trên|trong) ((phiên|buổi|phòng) )?(video|clip|live|livestream|showcase)|(sắp xếp|setup|set up|trang trí|bày|chỉnh|làm đẹp)( lại)? (cái )?(showcase|trang shop|trang cá nhân|profile|gian hàng))\b/),
      },
      { flow: 'preflight', cue: CHECKLIST },
      // A creator asking how ("làm sao để ăn hoa hồng", "cách gắn link sp của mấy shop khác"): the creator steps.
      { flow: 'creator-link', role: 'creator', cue: f(/\b(làm sao|làm thế nào|làm ntn|thế nào|như nào|cách|hướng dẫn|các bước|bắt đầu (từ|ở) đâu|(đăng ký|đăng kí|tham gia|join|làm|bắt đầu) (kiểu gì|kiểu nào|ra sao|sao|ở đâu|chỗ nào))\b/) },
      {
        flow: 'seller-link',
        cue: f(/\b(muốn|cách|làm sao|làm thế nào|hướng dẫn|chỉ|các bước|từng bước)\b.*\b(liên kết|kết nối|gắn|link|lk)\b.*\b(với|vào|vô|cho) (shop|cửa hàng|gian hàng|seller center)\b|\b(liên kết|kết nối|gắn|link|lk|bind)\b.*\b(vào|ở) (mục|phần|chỗ|tab) (nào|đâu)\b|\b(liên kết|kết nối|gắn|link|lk)\b.*\b(bắt đầu (từ|ở) đâu|từng bước|các bước|(những|mấy|các) bước (nào|gì)|quy trình)\b|\b(liên kết|kết nối|gắn|link|lk) (với |vào )?(acc|tài khoản|tk|kênh|nick)\b.*\b(kiểu gì|kiểu nào|thế nào|như thế nào|ntn|như nào|ra sao)\b|\b(liên kết|kết nối|gắn|link|lk)\b.*\b(phải|cần|bắt buộc) (có |dùng |xài )?(máy tính|laptop|pc|điện thoại|đt|app|web)\b/),
      },
    ],
    over: [
      {
        // Several channels selling for one shop: marketing accounts, not the checklist or the steps.
        flow: 'marketing-accounts',
        from: ['preflight', 'seller-link', 'creator-link', 'after-link'],
        cue: f(/\b(\d+|hai|ba|bốn|nhiều|mấy) (kênh|acc|tài khoản|tk|nick)( tiktok)?\b.*\b(1|một|cùng|chung) (shop|cửa hàng)\b|\b(1|một) (shop|cửa hàng)\b.*\b(\d+|hai|ba|nhiều|mấy) (kênh|acc|tài khoản|tk|nick)\b/),
      },
      {
        // A marketing or side account named as such ("tài khoản marketing", "acc phụ"), or staff selling for the shop
        // from channels of their own ("mấy em nhân viên xài nick riêng để live cho shop", "kênh của các bạn ctv"):
        // marketing accounts, not the Official Account's steps.
        flow: 'marketing-accounts',
        from: ['preflight', 'seller-link', 'creator-link', 'after-link'],
        cue: f(/\b(tài khoản|tk|acc|kênh|nick)( tiktok)? (marketing|tiếp thị(?! liên kết)|phụ)\b|\b(nhân viên|nv|ctv|cộng tác viên|nhân sự|team)\b( \w+){0,4} (dùng|xài|sài|lấy|có|lập|tạo|mở|làm) (kênh|acc|tài khoản|tk|nick)( tiktok)? (riêng|cá nhân|của (họ|nó|tụi nó|bạn ấy|các bạn ấy|mấy bạn ấy))\b|\b(kênh|acc|tài khoản|tk|nick)( tiktok)?( riêng| cá nhân)? (của )?(các |mấy |những |từng )?(bạn |em )?(nhân viên|nv|ctv|cộng tác viên)\b(?! (cũ|đã nghỉ|nghỉ việc))/),
      },
      {
        // Tips asked for once linked, or to make the shop sell ("lk xong r, có bí quyết gì để ra đơn đều hơn ko"): the
        // tips after linking, whatever a closing "ko" sounds like, unless something is said to be missing.
        flow: 'after-link',
        from: ['missing-icon', 'seller-link', 'creator-link', 'menu'],
        cue: f(/^(?=.*\b(mẹo|bí quyết|bí kíp|kinh nghiệm|tips?|trick)\b)(?=.*\b((liên kết|lk|link|gắn|kết nối)( \w+){0,2} (xong|rồi|thành công)|tận dụng|hiệu quả|ra đơn|bán (được|chạy|đắt|nhiều)|tăng (đơn|doanh số|doanh thu|view))\b)/),
        unless: f(/\b((không|ko|k|kh|hông|chưa) (thấy|hiện|có) (nút |icon |biểu tượng |cái )?(giỏ|giỏ hàng|tab|showcase)|mất (nút |icon |biểu tượng )?(giỏ|giỏ hàng|tab|showcase))\b/),
      },
      {
        // Linked, and no place to tag products: the missing-icon tree, not the linking steps.
        flow: 'missing-icon',
        from: ['creator-link', 'seller-link'],
        cue: f(/\b(liên kết|lk|link|kết nối) (thành công|xong|rồi|được rồi)\b.*\b(không|ko|k|chưa) (có )?(chỗ |nút |mục )?(gắn|thêm|thấy|hiện)\b/),
      },
      {
        // What one needs before linking ("cần đk gì để liên kết", "300 fl thì lk được chưa"): the checklist, however much it sounds like the steps.
        flow: 'preflight',
        from: ['seller-link', 'creator-link'],
        cue: CHECKLIST,
      },
      {
        // A follower count, a country or an age asked about ("800 fl thì gắn giỏ được không", "bán hàng ở Nhật được không")
        // asks whether one may, unless something is said to be missing.
        flow: 'preflight',
        from: ['after-link', 'missing-icon'],
        cue: f(new RegExp(`${COUNT_ASKED}|${REGION_ASKED}|${AGE_ASKED}`)),
        unless: f(/\b((không|ko|k|kh|hông|chưa) (thấy|hiện|có) (nút |icon |biểu tượng |cái )?(giỏ|giỏ hàng|tab|showcase)|mất (nút |icon |biểu tượng )?(giỏ|giỏ hàng|tab|showcase))\b/),
      },
      {
        // What to get ready before linking, beside a worry about undoing it or a missing bag: the checklist.
        flow: 'preflight',
        from: ['already-linked', 'missing-icon', 'qr-failure', 'after-link'],
        cue: f(new RegExp(BEFORE_ASKED)),
      },
      {
        // An account from another region than the shop's is a question for the checklist, not a shop it is linked to.
        flow: 'preflight',
        from: ['already-linked'],
        cue: f(new RegExp(REGION_DIFFERS)),
      },
      {
        // Linked, and the shop's features are not there: the missing-icon tree, not tips for using them.
        flow: 'missing-icon',
        from: ['after-link'],
        cue: f(/^(?!.*\b(không|ko|k) (biết|hiểu) (cách|làm sao)\b).*\b((không|ko|k|kh|hông|chưa) (thấy|có|hiện|gắn|thêm|ghim) (được |đc )?(nút |icon |biểu tượng )?(giỏ|giỏ hàng|sản phẩm|sp|showcase|tab)|mất (nút |icon |biểu tượng )?(giỏ|giỏ hàng|showcase|tab))\b/),
      },
    ],
  },
  typoMinLength: 7,
};
