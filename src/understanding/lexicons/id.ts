// Indonesian as sellers and creators type it in chats, formal and casual ("gak bisa", "udah", "kak"):
// its words, commands, yes/no, person requests, out-of-scope topics and facts.
import type { Lexicon } from '../lexicon.ts';

const PARTICLES = ['lah', 'kah', 'nya', 'pun', 'ku', 'mu'];
const SUFFIXES = ['kan', 'an'];
/** Prefixes, and the letter a nasal prefix swallowed before a vowel ("menautkan" ← "taut", "memindai" ← "pindai"). */
const PREFIXES: [string, string][] = [
  ['meny', 's'], ['peny', 's'], ['meng', ''], ['peng', ''], ['mem', 'p'], ['pem', 'p'], ['men', 't'], ['pen', 't'],
  ['ber', ''], ['ter', ''], ['per', ''], ['di', ''], ['me', ''], ['pe', ''],
];

/** "ditautkan", "menautkan", "tertaut", "tautan" → "taut": a light stemmer for plain letters. */
export function stemId(word: string): string {
  // "syarat2" is "syarat-syarat": the plural written with a 2.
  let w = word.replace(/(?<=[a-z]{3})2$/, '');
  if (!/^[a-z]+$/.test(w) || w.length <= 4) return w;
  const cut = (end: string) => {
    if (w.endsWith(end) && w.length - end.length >= 4) w = w.slice(0, -end.length);
  };
  for (const p of PARTICLES) cut(p);
  // Jakarta speech says -in for -kan ("nautin", "sambungin").
  for (const s of ['in', ...SUFFIXES]) {
    const before = w;
    cut(s);
    if (w !== before) break;
  }
  for (const [prefix, lost] of PREFIXES) {
    if (!w.startsWith(prefix) || w.length - prefix.length < 3) continue;
    const rest = w.slice(prefix.length);
    w = lost && /^[aiueo]/.test(rest) ? lost + rest : rest;
    break;
  }
  return w;
}

/** The shop's marks on a profile: the yellow bag, its icon, the shop tab, the showcase. */
const ICON = /keranjang( kuning)?|ikon( keranjang| toko)?|icon|logo keranjang|tab (toko|shop)|etalase|showcase/;
/** Said to be gone or not there. */
const ABSENT = /hilang|ilang|ngilang|lenyap|raib|(gak|ga|gk|nggak|ngga|tidak|tdk|belum|blm) (ada|muncul|keluar|nongol|keliatan|kelihatan|tampil)/;
/** Putting products into a video or a live ("cara masukin produk pas lagi live"), or into the showcase. */
const PUT_PRODUCTS = String.raw`\b(cara|gimana|gmn|gmna|bagaimana|caranya|tutorial)\b.*\b(masukin|masukkan|memasukkan|tambah\w*|nambah\w*|pasang|masang|tag|ngetag|tandai|taro|taruh|naruh|naro|pin|sematkan|nyematin) (\w+ ){0,2}(produk|barang|keranjang)\b.*\b`;
const ADD_TO_CONTENT = new RegExp(`${PUT_PRODUCTS}(video|vt|live|siaran|konten|etalase|showcase|profil)\\b`);
/** Into a video or a live only: products added to the showcase are how a creator starts ("cara tambah produk ke etalase"). */
const ADD_TO_VIDEO = new RegExp(`${PUT_PRODUCTS}(video|vt|live|siaran|konten)\\b`);
/** Said not to work or not to be there ("gak bisa", "belum muncul"). */
const NOT_THERE = /\b(tidak|tdk|gak|ga|nggak|ngga|gk|gabisa|belum|blm|gagal|hilang|ilang) (bisa|bs|ada|muncul|keluar|keliatan)\b/;

/** How, where, or the steps ("caranya gmn", "step by step dong", "tutorial nya"). */
const HOW = String.raw`\b(cara\w*|gimana|gmn|gmna|gimna|bagaimana|langkah\w*|step by step|steps?|tutorial\w*|tutor|panduan\w*|ajarin|(dimana|di mana|mana) (menu|tempat|tombol)\w*)\b`;
/** The verbs of linking, with the prefixes and endings chat gives them ("nautin", "dikonekin", "sambungin"). */
const LINKING = String.raw`\b((di|ke|nge|me|men)?(taut|naut|sambung|nyambung|konek|connect|link)\w*|(di|meng)?hubung(kan|in)\w*|bind\w*)\b`;
/** Asking how to link an account and a shop: the linking steps of one's role. */
const HOW_TO_LINK = new RegExp(`^(?=.*${HOW})(?=.*${LINKING}).*\\b(toko\\w*|seller center|sc|akun\\w*|acc|tiktok|tt|official account|akun resmi|profil)\\b`);

/** Acknowledging what was said: "oke", "sip", "siap", "mantap", "noted". */
const ACK = String.raw`(ok|oke|okey|okay|okee|okeh|okok|oce|sip|siap|mantap|mantul|baik|baiklah|noted|iya|ya|yaudah|ya udah|oh|oalah|wah|nah|alhamdulillah|good|nice|ok sip|oke sip|oke siap|oke deh|sip deh)`;

/** Using something: "pake", "make", "gunain" and their forms. */
const USE = String.raw`(pakai|pake|make|makai|memakai|menggunakan|gunain|gunakan)`;

/** How to get the shop onto the profile ("caranya biar toko muncul di profil"), nothing said to be missing: the linking steps. */
const HOW_TO_GET_TAB = new RegExp(`^(?=.*${HOW}).*\\b(biar|supaya|agar|munculin|nampilin|menampilkan|memunculkan|pasang|masang)\\b.*\\b(toko\\w*|keranjang( kuning)?|tab (toko|shop)|ikon (toko|keranjang)|shop tab)\\b.*\\b(muncul|tampil|nongol|keluar|ada|profil\\w*)\\b`);

/** What one needs before linking ("syaratnya apa aja", "wajib akun bisnis kah", "minimal followers berapa"): the checklist. */
const CHECKLIST = /\b(syarat\w*|persyaratan|requirements?|eligible|memenuhi (syarat|kriteria)|(minimal|minimum|min) (followers?|pengikut|umur|usia)|(umur|usia) (minimal|minimum|berapa)|berapa (followers?|pengikut|umur|usia)|(harus|wajib|perlu|mesti)( punya| pake| pakai| pakek)? (akun (bisnis|pribadi|personal|business|resmi)|centang biru|verifikasi|verified|\d+\w* (followers?|pengikut)))\b/;
/** "Can I link / sell", with what may stop it ("followers aku cuma 300 bisa nautin ga"): whether one may, the checklist's question. */
const MAY_I = new RegExp(String.raw`(?=.*\b(followers?|pengikut|umur\w*|usia\w*|akun (bisnis|pribadi|personal|business)|centang biru|pelanggaran|sanksi|negara|wilayah|region|direview|pending|belum (di ?setujui|di ?acc|di ?approve)|akun( \w+){0,2} baru|baru (bikin|buat|daftar|dibuat|dibikin))\b)(?=.*\b(bisa|boleh|bs)( ga| gak| nggak| gk| ngga| kah| tidak| belum| blm)?( \w+){0,2} ${LINKING.slice(2, -2)}\b)`);
/** Linked already, and asking what comes next ("udah linked kak, terus gmn biar orang beli"): the tips for after linking. */
const LINKED_WHAT_NEXT = /\b(udah|udh|sudah|sdh|dah|berhasil)( \w+)? (linked|ke ?link|ketaut|tertaut|terhubung|kehubung|nyambung|connect(ed)?|kebind)\b.*\b(terus|trus|trs|lalu|abis ini|habis ini|abis itu|habis itu|selanjutnya|next\w*|berikutnya)\b.*\b(gimana|gmn|gmna|bagaimana|ngapain|apa)\b/;
/** The error that the account is linked elsewhere, said as seen ("katanya already linked", "muncul sudah tertaut ke toko lain"). */
const SAYS_LINKED_ELSEWHERE = /\b(katanya|kata\w*|muncul|tulisan\w*|keterangan\w*|notif\w*|pesan\w*|error|eror)\b( \w+){0,3} (already (linked|bound|connected)|(sudah|udah|udh|sdh) (tertaut|terhubung|ketaut|ke ?link|kebind) (ke|dengan|dgn|di|sama) (toko|akun|seller center|seller) (lain|orang))\b/;
/** Selling others' products, or selling with no shop of one's own: what a creator does ("jualan produk orang", "ga punya toko tapi pengen dapet komisi"). */
const OTHERS_PRODUCTS = /\b(jual\w*|promosi\w*|promoin|promote|komisi)\b.*\b(produk|barang)( \w+)? (orang|brand|punya orang|milik orang|toko orang|toko lain)\b|\b(ga|gak|gk|nggak|ngga|tidak|tdk|belum|blm|tanpa) (punya )?toko\b.*\b(jual\w*|komisi|promosi\w*|promoin|affiliate|afiliasi|cuan)\b|\b(jual\w*|komisi|promosi\w*|promoin|affiliate|afiliasi|cuan)\b.*\b(ga|gak|gk|nggak|ngga|tidak|tdk|belum|blm|tanpa) (punya )?toko\b/;

/**
 * More TikTok accounts than one on a shop ("1 toko dihubungin ke 2 akun", "akun kedua buat promosi"): the
 * marketing accounts. Two shops on one account is the other way round, and not this.
 */
const MORE_ACCOUNTS = /\b(1|satu|se) toko\b.*\b(\d+|dua|tiga|empat|lima|beberapa|banyak|lebih dari (satu|1)) akun\b|\b(\d+|dua|tiga|empat|lima|beberapa|banyak|lebih dari (satu|1)) akun( tiktok| tt)?\b.*\b(1|satu|se|yang sama|yg sama) toko\b|\bakun (kedua|ke 2|ke2|tambahan|cadangan|marketing|pemasaran|promosi)\b|\bmarketing accounts?\b|\b(tambah\w*|nambah\w*) (\w+ ){0,2}akun( tiktok| tt)? (lain|lagi|baru|tambahan)\b.*\b(toko (yang|yg) sama|tokoku|toko (aku|saya|sy|kami|ku|ini)|promosi\w*|marketing|pemasaran|konten|iklan)\b/;

/** "udh ketaut", "sdh terhubung", "dah ke link": already linked, however "already" is shortened and "linked" said. */
const ALREADY = ['sudah', 'udah', 'udh', 'sdh', 'dah', 'dh'];
const LINKED = ['tertaut', 'ketaut', 'terhubung', 'kehubung', 'ke link', 'kelink', 'ke hubung', 'terikat', 'keiket', 'kebind'];
const alreadyLinked = Object.fromEntries(ALREADY.flatMap((a) => LINKED.map((l) => [`${a} ${l}`, 'already linked'] as const)));

/**
 * "gak usah ingetin aku lagi": a reminder called off. Said whole, it is the command even at a yes/no step,
 * whose "gak" would otherwise read as the no button.
 */
const NO_NEED = ['gak usah', 'ga usah', 'gk usah', 'nggak usah', 'ngga usah', 'enggak usah', 'tidak usah', 'tdk usah', 'gak perlu', 'ga perlu', 'nggak perlu', 'tidak perlu', 'tdk perlu'];
const REMIND = ['ingetin', 'diingetin', 'ngingetin', 'ingatkan', 'diingatkan', 'ingatin', 'diingatin', 'kabarin', 'dikabarin', 'dichat'];
const noReminder = NO_NEED.flatMap((n) => REMIND.flatMap((r) => ['', ' aku', ' saya', ' sy', ' gue', ' gw'].flatMap((who) => [`${n} ${r}${who}`, `${n} ${r}${who} lagi`, `${n} ${r}${who} besok`])));

export const ID: Lexicon = {
  code: 'id',
  filler:
    'yang yg di ke dari dr dan atau utk untuk buat ini itu nya saya sy aku ak gue gw gua kami kita kamu kak kakak ka min mimin admin gan agan sis bang mas mbak mba bro halo hai hallo tolong mohon dong deh sih aja ya yah kok kah lah nih tuh juga jg lagi lg sudah udah udh dah sdh bisa bs apa gimana bagaimana gmn gmna kapan dimana mana ada adalah dengan dgn jadi jd kalau kalo klo kl mau ingin pengen terus trus biar supaya karena krn masih tapi tp cara caranya cr nge ngga bantu bantuin help tiktok tt aq ak km sy skrg tlg bgt trs jg dr utk dgn mksh msh udh sdh blm bs tp krn gmn gmna nanya tanya nanyain bertanya menanyakan td tdi tadi bah selamat pagi siang sore malam permisi assalamualaikum'.split(' '),
  synonyms: {
    // "pesanan" would fold to "san" with "pesan" (a message): an order is its own word.
    pesanan: 'order', orderan: 'order',
    toko: 'shop', lapak: 'shop', tokped: 'tokopedia', toped: 'tokopedia', olshop: 'shop', tokoku: 'shop',
    taut: 'link', tautan: 'link', naut: 'link', nautin: 'link', ketaut: 'link', kehubung: 'link', kesambung: 'link', kelink: 'link', kebind: 'link', kekonek: 'link', sambungin: 'link', nyambungin: 'link', hubung: 'link', sambung: 'link', nyambung: 'link', konek: 'link', connect: 'link', kait: 'link', binding: 'link',
    putus: 'unlink', lepas: 'unlink',
    kode: 'code', pindai: 'scan', skan: 'scan', scan: 'scan', discan: 'scan', ngescan: 'scan',
    otorisasi: 'authorize', autorisasi: 'authorize', izin: 'authorize', otorisasinya: 'authorize',
    gagal: 'fail', error: 'fail', eror: 'fail',
    akun: 'account', profil: 'profile', keranjang: 'bag', tas: 'bag', ikon: 'icon', logo: 'icon', tombol: 'button',
    hilang: 'miss', ilang: 'miss', ngilang: 'miss', lenyap: 'miss', muncul: 'show', tampil: 'show', lihat: 'show', liat: 'show', kelihatan: 'show', keliatan: 'show', nongol: 'show',
    penjual: 'seller', kreator: 'creator', affiliator: 'affiliate', afiliator: 'affiliate', afiliasi: 'affiliate',
    jual: 'sell', produk: 'product', barang: 'product', siaran: 'live',
    lain: 'other', lainnya: 'other', beda: 'other', lama: 'old', sebelumnya: 'old', bekas: 'old', baru: 'new',
    hp: 'phone', hape: 'phone', handphone: 'phone', ponsel: 'phone', komputer: 'computer', laptop: 'computer', pc: 'computer', kamera: 'camera', aplikasi: 'app', apk: 'app',
    syarat: 'eligible', persyaratan: 'eligible', negara: 'country', wilayah: 'region', umur: 'age', usia: 'age', tahun: 'age', thn: 'age', pengikut: 'follower',
    undang: 'invite', undangan: 'invite', ngundang: 'invite', ngundangnya: 'invite', nerima: 'terima', promo: 'promote', promoin: 'promote', promosiin: 'promote', dipromosiin: 'promote', dipromoin: 'promote', komisi: 'commission', merek: 'brand', etalase: 'showcase', tandai: 'tag', agensi: 'agency', rekan: 'partner', mitra: 'partner', karyawan: 'employee', pegawai: 'employee', staf: 'employee',
    muat: 'load', muter: 'spin', putar: 'spin', layar: 'screen', pending: 'pending', setuju: 'approved', acc: 'approved', verifikasi: 'verify',
    resmi: 'official', langkah: 'step', pemilik: 'owner', salah: 'wrong', pindah: 'move', ganti: 'change', ubah: 'change',
    boleh: 'allow', orang: 'other', org: 'other', brp: 'many', hrs: 'need', berapa: 'many', minimal: 'minimum', harus: 'need', perlu: 'need', butuh: 'need', wajib: 'need',
    kenapa: 'reason', knp: 'reason', alasan: 'reason', manfaat: 'benefit', untung: 'benefit', untungnya: 'benefit', kelebihan: 'benefit', guna: 'point', gunanya: 'point', laku: 'sell', laris: 'sell', jualan: 'sell', promosi: 'promote', iklan: 'ads', kedua: 'second', tambahan: 'extra', sebelum: 'before', setelah: 'after', sesudah: 'after', lebih: 'more', banyak: 'more',
    // A penalty on the account, however it is named: what the checklist's standing question asks about.
    tetep: 'tetap', ttp: 'tetap',
    sanksi: 'langgar', penalti: 'langgar', pinalti: 'langgar', teguran: 'warning', peringatan: 'warning',
    tidak: 'not', tdk: 'not', gak: 'not', ga: 'not', nggak: 'not', enggak: 'not', engga: 'not', gk: 'not', tak: 'not', belum: 'not', blm: 'not',
  },
  compounds: {
    gabisa: 'not bisa', gbisa: 'not bisa', gbs: 'not bisa',
    'butuh bantuan': '', 'perlu bantuan': '', 'minta bantuan': '', 'buat apa': 'reason', 'untuk apa': 'reason', 'worth it': 'worth', 'pusat penjual': 'seller center', 'seller centre': 'seller center', 'kode qr': 'qr code', 'baru buka': 'first', 'baru bikin': 'first', 'pertama kali': 'first',
    // "Can I sell yet?" asks whether one is allowed to, not how to sell more.
    'udah bisa jualan': 'allow sell', 'sudah bisa jualan': 'allow sell', 'udh bisa jualan': 'allow sell', 'bisa jualan ga': 'allow sell', 'bisa jualan gak': 'allow sell', 'bisa jualan nggak': 'allow sell', 'bisa jualan belum': 'allow sell', 'bisa jualan blm': 'allow sell', 'boleh jualan': 'allow sell', 'keranjang kuning': 'bag', 'keranjang kuningnya': 'bag',
    'hapus tautan': 'unlink', 'putuskan tautan': 'unlink', 'lepas tautan': 'unlink', 'putus tautan': 'unlink', 'batalkan tautan': 'unlink',
    ...alreadyLinked,
    // A shop of someone close is another person's shop ("toko temen aku").
    ...Object.fromEntries(['temen', 'teman', 'temenku', 'temanku', 'saudara', 'sodara', 'keluarga', 'kakak', 'adik', 'bos', 'pacar', 'dia', 'mereka'].map((w) => [`toko ${w}`, 'shop other'] as const)),
    'akun resmi': 'official account', 'siaran langsung': 'live', 'konten kreator': 'creator', 'log in': 'login', 'masuk akun': 'login',
  },
  stem: stemId,
  commands: {
    restart: ['mulai lagi', 'mulai ulang', 'mulai dari awal', 'ulang dari awal', 'ulangi dari awal', 'dari awal', 'balik ke awal', 'kembali ke awal', 'kembali ke menu', 'ke menu', 'menu utama', 'menu awal', 'ulang', 'ulangi', 'restart', 'reset', 'menu', 'ulang lagi', 'mulai dari nol', 'dari nol lagi', 'reset ulang', 'liat menu', 'lihat menu', 'buka menu', 'tampilkan menu', 'ke menu awal', 'mulai percakapan baru', 'chat baru', 'pertanyaan baru', 'mulai baru', 'ulang aja', 'restart aja', 'reset chat'],
    back: ['kembali', 'balik', 'sebelumnya', 'langkah sebelumnya', 'pertanyaan sebelumnya', 'mundur', 'salah pencet', 'salah klik', 'salah tombol', 'salah pilih', 'kembali ke sebelumnya', 'balik lagi'],
    help: ['bantuan', 'tolong', 'bisa bantu apa', 'bisa apa aja', 'bisa apa saja', 'gimana cara pakainya', 'cara pakai', 'cara pakainya', 'apa yang bisa kamu bantu', 'pilihan', 'perintah', 'ini bot buat apa', 'bot ini buat apa', 'bantu aku dong', 'bantuin dong', 'fitur apa aja', 'apa aja pilihannya', 'pilihannya apa aja', 'ada pilihan apa aja', 'bisa bantu apa aja', 'kamu bisa apa', 'cara pakai bot ini', 'gimana cara pakai bot ini'],
    human: ['manusia', 'orang', 'agen', 'cs', 'customer service', 'admin', 'petugas', 'operator', 'bicara dengan orang', 'ngobrol sama orang', 'ngomong sama orang', 'hubungi cs', 'minta cs', 'mau cs', 'mau ngobrol sama cs', 'orang asli', 'orang beneran', 'sambungkan ke cs', 'live agent', 'minta admin', 'hubungi admin'],
    greet: ['halo', 'hai', 'hallo', 'helo', 'hi kak', 'halo kak', 'halo min', 'hai kak', 'hai min', 'permisi', 'permisi kak', 'selamat pagi', 'selamat siang', 'selamat sore', 'selamat malam', 'pagi', 'siang', 'sore', 'malam', 'assalamualaikum', 'p', 'pagi kak', 'halo admin'],
    cancel: ['batal', 'batalkan', 'batalkan pengingat', 'batalin pengingat', 'gak usah diingatkan', 'gak usah diingetin', 'jangan ingatkan', 'jangan ingetin', 'tidak perlu pengingat', 'gak usah pengingat', 'stop pengingat', 'matikan pengingat', 'gausah diingetin', 'ga usah diingetin', 'nggak usah diingetin', 'stop reminder', ...noReminder],
    forget: ['hapus data saya', 'hapus dataku', 'hapus data aku', 'lupakan saya', 'lupakan aku', 'hapus percakapan', 'hapus semua data saya', 'hapus riwayat', 'hapus chat ini', 'hapus semua'],
    thanks: ['terima kasih', 'terimakasih', 'makasih', 'makasi', 'trims', 'tengkyu', 'makasih kak', 'terima kasih kak', 'oke makasih', 'siap makasih', 'thx kak', 'makasih min', 'makasih banyak', 'terima kasih banyak', 'suwun', 'nuhun', 'terimakasih banyak', 'trimakasih', 'terima kasih ya', 'makasih banyak ya', 'mksh', 'makasi kak', 'trmksh', 'trmks', 'tq', 'tq kak', 'tks', 'thank you kak', 'oke makasih kak', 'ok makasih', 'sip makasih', 'siap makasih kak', 'oke siap makasih', 'makasih ya', 'makasih udah bantu', 'terima kasih atas bantuannya', 'makasih bantuannya', 'matur nuwun', 'hatur nuhun'],
  },
  yes: [
    'udh bs', 'udh bisa', 'sdh bisa', 'iya', 'ya', 'iy', 'yaa', 'iyaa', 'iyap', 'yap', 'yup', 'yoi', 'betul', 'benar', 'bener', 'oke', 'okey', 'okay', 'ok', 'sip', 'siap', 'udah', 'sudah', 'udh', 'dah', 'sdh', 'udah bisa', 'sudah bisa', 'udah berhasil', 'sudah berhasil', 'berhasil', 'bisa', 'bisa kok', 'bisa kak', 'udah muncul', 'sudah muncul', 'udah ada', 'sudah ada', 'mantap', 'mantul', 'beres', 'udah beres', 'sudah beres', 'sudah selesai', 'udah selesai', 'selesai', 'boleh', 'tentu', 'pasti', 'udah ketemu', 'sudah ketemu', 'ketemu', 'sudah tertaut', 'udah nyambung', 'nyambung', 'aman', 'udah aman', 'punya', 'saya punya', 'masih bisa', 'sukses', 'oke sudah', 'iya sudah', 'iya udah', 'udah kak', 'sudah kak', 'sudah saya lakukan', 'udah aku coba dan berhasil', 'work', 'udah work', 'udh work', 'dh bisa', 'udah oke', 'udh oke', 'lancar', 'udah lancar', 'alhamdulillah', 'alhamdulillah bisa', 'udah kok', 'udh kok', 'sudah kok',
  ],
  no: [
    // "gabisa", "gbs": "gak bisa" typed as one word.
    'gabisa', 'gbisa', 'gbs', 'gabs', 'ga bs', 'gak bs', 'masih gabisa', 'tetep gabisa', 'msh gabisa',
    'msh gagal', 'msh blm', 'blm bs', 'gk bs', 'tidak', 'tdk', 'gak', 'ga', 'nggak', 'enggak', 'ngga', 'engga', 'gk', 'tak', 'belum', 'blm', 'belum bisa', 'belum juga', 'masih gagal', 'masih belum', 'masih error', 'masih eror', 'masih sama', 'masih gak bisa', 'masih ga bisa', 'masih nggak bisa', 'masih tidak bisa', 'tetap gagal', 'tetep gagal', 'tetap sama', 'tetep sama', 'tetap tidak bisa', 'gagal', 'gak bisa', 'ga bisa', 'nggak bisa', 'tidak bisa', 'gak muncul', 'belum muncul', 'belum ada', 'gak ada', 'ga ada', 'tidak ada', 'nope', 'bukan', 'gak jalan', 'error', 'eror', 'sama aja', 'sama saja', 'masih', 'tetap', 'tetep', 'gak punya', 'tidak punya', 'belum punya', 'masih belum muncul', 'belom', 'blom', 'blum', 'belom bisa', 'gak work', 'ga work', 'gk work', 'ga jalan', 'ttp', 'ttp sama', 'tetep aja', 'gagal terus', 'masih gitu', 'masih kayak gitu', 'gak ngaruh', 'ga ngaruh', 'nggak ngaruh', 'gak ngefek', 'ga ngefek',
  ],
  personNouns: ['orang', 'manusia', 'agen', 'cs', 'customer service', 'admin', 'petugas', 'operator', 'staf', 'tim support', 'tim dukungan', 'layanan pelanggan', 'orang asli', 'orang beneran', 'seseorang', 'tim tiktok', 'pihak tiktok', 'live agent'],
  personVerbs: ['bicara', 'berbicara', 'ngobrol', 'ngomong', 'chat', 'hubungi', 'menghubungi', 'kontak', 'minta', 'mau', 'butuh', 'perlu', 'sambungkan', 'sambungin', 'panggil', 'telepon', 'telpon', 'hubungkan', 'konsultasi', 'konsul', 'berkonsultasi', 'diskusi', 'curhat', 'oper', 'operin', 'lempar', 'teruskan', 'terusin', 'alihkan', 'alihin', 'panggilin', 'panggilkan'],
  frustration: [
    'gak guna', 'ga guna', 'nggak guna', 'tidak berguna', 'gak berguna', 'nggak membantu', 'tidak membantu', 'gak membantu', 'ga membantu', 'buang waktu', 'buang buang waktu', 'capek', 'cape deh', 'nyerah', 'menyerah', 'udah coba semua', 'sudah coba semua', 'sudah mencoba semuanya', 'udah dicoba semua', 'semua udah dicoba', 'gak ada yang berhasil', 'tidak ada yang berhasil', 'bot bodoh', 'bot gak jelas', 'kesel', 'kesal', 'ribet', 'muter muter', 'bikin pusing', 'pusing', 'percuma', 'gak ngerti ngerti', 'jawabannya gak nyambung',
  ],
  light: 'yang yg di ke dari dan atau saya aku ini itu nya sudah udah aja'.split(' '),
  // Tokopedia is read by this language's own cue (English would call it another platform outright); "kl" is "kalau", not Kuala Lumpur.
  falseFriends: ['ban', 'cut', 'pas', 'kan', 'tokopedia', 'tokped', 'toped', 'kl'],
  cues: [
    ['back', /\b(kembali|balik|mundur|langkah sebelumnya|pertanyaan sebelumnya|salah (pencet|klik|tombol|pilih))\b(?! ke (awal|menu))/],
    ['restart', /\b(mulai (lagi|ulang|(dari|dr|dri) awal)|ulang(i|in)?( lagi)? (dari|dr|dri) (awal|nol)|(mulai|ulang) (lagi )?(dari|dr|dri) nol|(dari|dr|dri) awal lagi|(balik|kembali) ke (awal|menu)|menu utama)\b/],
    // How to use the bot, or what it is for: "bot ini cara pakenya gimana", "gimana makenya", "ini bot fungsinya apa".
    ['help', new RegExp(String.raw`\b(${[
      String.raw`(ini|bot ini|bot) (buat|untuk) apa|bisa bantu apa|bisa apa (aja|saja)|apa yang bisa (kamu|bot) bantu`,
      String.raw`(gimana|gmn|gmna|bagaimana|cara) (cara )?${USE}\w* (ini|bot ini|botnya|bot nya|kamu|chatbot( ini)?|bot( (gimana|gmn|bagaimana|ya))*$)`,
      String.raw`(bot|chatbot|ini bot)( ini)? (\w+ )?(cara |gimana |gmn |bagaimana )?${USE}\w*`,
      String.raw`^((aku|saya|sy|gue|gw) (bingung|ga ngerti|gak ngerti|nggak ngerti) )?(ini )?(gimana|gmn|gmna|bagaimana|cara) (cara )?${USE}( ?nya)?( (gimana|gmn|bagaimana|ya))*$`,
      String.raw`(bot|chatbot|ini|ini bot|bot ini|kamu) (fungsi|fungsinya|gunanya|kegunaannya|tujuannya)|(fungsi|guna|kegunaan)( ?nya)? (bot|bot ini|chatbot|kamu)|(bot|bot ini|chatbot|kamu) (bisa|bs) (ngapain|bantu apa)`,
    ].join('|')})\b`)],
    ['cancel', /\b(batal\w*|(ga|gak|gk|nggak|ngga|enggak|tidak|tdk) jadi|jangan(?! lupa)|gak usah|ga usah|gk usah|g usah|gausah|gausah|nggak usah|ngga usah|enggak usah|tidak usah|tdk usah|tidak perlu|tdk perlu|gak perlu|ga perlu|gk perlu|nggak perlu|gaperlu|stop|matikan|hapus)\b.*\b(pengingat\w*|ingatkan|ingetin|diingatkan|diingetin|ngingetin|reminder|(kabari|kabarin|dikabari|dikabarin|chat|nge ?chat|dichat|hubungi|dihubungi|cek|dicek|tanya|ditanya|ditanyain) (aku |saya |sy |gue )?(lagi )?besok|follow ?up)\b/],
    ['forget', /\b(hapus|lupakan|lupain|bersihkan)\b.*\b(data (saya|aku|ku)|dataku|percakapan|riwayat|chat (ini|saya)|semua tentang (saya|aku)|informasi saya)\b|^(tolong )?(lupain|lupakan) (aku|saya|sy|gue|gw)( (aja|ya|dong|semua))*$/],
    // "makasih ya min udh dibantu", "terima kasih atas infonya kak": thanks with what it is for, and nothing after.
    ['thanks', new RegExp(String.raw`^(${ACK}( (kak|kakak|min|gan|sis|bang|deh|ya))* )?` + /(makasih|makasi|mksh|terima ?kasih|trima ?kasih|trimakasih|tengkyu|thx|tq|tks|trims|thanks|thank you)( (ya|yah|yaa|kak|kakak|min|gan|sis|bang|banyak|bgt|banget|sekali|lho|loh))*( (udah|udh|sudah|sdh|dah|dh|sdah) (mau )?(di ?bantu\w*|bantu\w*|ngebantu\w*|membantu|nolong\w*|di ?tolong\w*|di ?jawab\w*|jawab\w*|ngejawab\w*|di ?jelasin|jelasin|ngejelasin|menjelaskan|respon|balas|bales|dibales|direspon))?(( atas| untuk| utk| buat)? (bantuan|info|informasi|penjelasan|jawaban|waktu|respon)\w*)?( (ya|yah|kak|kakak|min|gan|sis|bang|banyak|bgt|banget|sekali))*$/.source)],
    ['greet', /^((halo|hai|hallo|helo|hi|permisi|selamat (pagi|siang|sore|malam)|pagi|siang|sore|malam|assalamualaikum|p)( (kak|kakak|min|admin|gan|sis|bang|semua|tim))*\s*)+$/],
  ],
  courtesy: {
    before: /^(ok|oke|kak|min|gan|tolong|mohon|mau|aku mau|saya mau|ingin|saya ingin|halo|minta) /,
    // Thanks after an acknowledgement and nothing else ("oke sip makasih", "siap kak terima kasih") is the thanks itself.
    after: new RegExp(String.raw` (ya|kak|min|gan|dong|deh|sih|please|plis|tolong|sekarang|aja|saja)$|(?<!^${ACK}( (kak|kakak|min|gan|sis|bang|deh|ya))*) (makasih|terima kasih)$`),
  },
  personWords: new RegExp(
    String.raw`\b(${[
      String.raw`customer service|layanan pelanggan|orang (asli|beneran|sungguhan)|manusia (asli|beneran)|agen (manusia|asli)|(bukan|jangan|ga mau|gak mau|nggak mau) (sama |ama |dengan |dgn )?(bot|robot|ai)|tim (support|dukungan|cs)|(hubungi|hubungin|minta|panggil|panggilin|panggilkan|sambungkan ke|sambungin ke|mau (ngobrol|bicara) (sama|dengan)) (cs|admin|agen|agent|petugas|operator|staf|staff|manusia)|cs tiktok|pihak tiktok|buat tiket|buka tiket|eskalasi|lewat telepon|nomor (cs|telepon|telpon|wa|whatsapp)|(bisa|boleh) (telpon|telepon|nelpon|ditelpon)|(ini|kamu) bot|bot (terus|mulu|doang)|mana orangnya|ada (cs|agen|agent|petugas|operator|orang (asli|beneran)|org (asli|beneran))|(orang|org|agen|agent|cs|petugas|operator|manusia|staf|staff|admin) (yang|yg) (bisa|bs) (bantu|bantuin|nolong|nolongin|tolong|tolongin)|(dihubungi|kontak|hubungi) (via|lewat|pakai|pake) (wa|whatsapp|telepon|telpon)|(bicara|ngobrol|ngomong) (sama|dengan) (manusia|orang (asli|beneran))|(cara )?(hubungi|menghubungi|kontak|ngontak) (pihak |tim |cs )?tiktok(?! (shop )?(ke|dengan|dgn|sama|sm) )|(chat|ngobrol|ngomong|bicara|nanya|tanya) (langsung )?(sama|sm|ama|dengan|dgn|ke) (cs|admin|agen|agent|petugas|operator|staf|staff|tim|pihak|orang|org)( (tiktok|tt)( shop)?)?( langsung)?$|(chat|ngobrol|ngomong|bicara|konsultasi|konsul|diskusi|curhat|nanya|tanya) (langsung )?(sama|sm|ama|dengan|dgn|ke) (cs|admin|agen|agent|petugas|operator|staf|staff|pegawai|karyawan|orang|org|tim) (dari )?(tiktok|tt)`,
      // Where the support desk is ("mana adminnya", "cs nya kemana"), not which one of one's own admins ("admin mana yang nautin").
      String.raw`(cs|customer service|agen|agent|petugas|operator|admin|staf|staff)( ?nya)? (mana|dimana|di mana|kemana|ke mana)(?! (yang|yg)\b)|mana (cs|admin|agen|agent|petugas|operator)( ?nya)?(?! (yang|yg)\b)`,
      // The desk's WhatsApp, number or email ("cs nya ada wa ga", "no wa admin", "call center tiktok").
      String.raw`(cs|admin|customer service|layanan pelanggan|tim support|call center|pihak tiktok)( ?nya)? (ada |punya )?(nomor|no|kontak|wa|whatsapp|email|telp|telepon|telpon|hotline)\b|(nomor|no|kontak|wa|whatsapp|email|telp|telepon|telpon) (resmi )?(cs|admin|customer service|layanan pelanggan|call center|tim support|pihak tiktok)|call ?center|hotline`,
      // How the desk is reached ("admin bisa dihubungi lewat mana").
      String.raw`(cs|admin|customer service|tim support|call center|pihak tiktok)( ?nya)? (bisa |bs )?(di ?hubungi|di ?kontak|di ?telpon|di ?telepon|di ?chat|di ?wa)( (lewat|via|di|ke|pake|pakai) (mana|apa)| (dimana|di mana|kemana|gimana|gmn|bagaimana))`,
      // "ada orang?", "halo, ada orang ga disini": anyone there.
      String.raw`ada (orang|org)( (ga|gak|nggak|gk|kah|nya|disini|di sini|yang bales|yg bales|yang jawab|yg jawab))*$`,
    ].join('|')})\b`,
  ),
  personShort: /\b(manusia)\b/,
  // "mau scan qr nya, orang seller center nya kebuka di hp": "orang" also opens a reason ("since, after all").
  // It names a person when the request verb or a preposition stands right before it, or beside another person word.
  // One's own admin, or the other shop's ("chat admin tokonya"), is someone talked about, not asked for.
  notPerson:
    /\b(orang lain|org lain|punya (orang|org)|milik (orang|org))\b|\b(admin|staf|staff|karyawan|pegawai)( ?ku| (toko\w*|lama|sebelumnya|dulu|agensi|mereka|dia|aku|saya|sy|gue|gw|kami))\b|\bakun( \w+){0,2} (staf|staff|karyawan|pegawai|admin|tim)\b|^(?!orang\b)(?!.*\b(sama|sm|ama|dengan|dgn|ke|ada|dari|dr|bantuan|dibantu|seorang)\s+orang\b)(?!.*\b(cs|admin|agen|agent|manusia|petugas|operator|staf|tim|customer|layanan|seseorang|pihak|live)\b).*\borang\b/,
  negation: /\b(tidak|tdk|gak|ga|nggak|enggak|ngga|engga|gk|tak|belum|blm|bukan|masih|tetap|tetep)\b/,
  // "udah dicoba, tetep gagal": the yes says the step was done, a "still failing" after it is the answer.
  negatedYes: /^(tidak|tdk|gak|ga|nggak|enggak|ngga|engga|gk|belum|blm)\b|^(?=.*\b(tetap|tetep|ttp|masih|msh|tapi|tp|malah)\s+(aja\s+)?(gagal|gak|ga|nggak|tidak|tdk|gk|error|eror|sama|belum|blm|belom)\b)/,
  // "Sudah tertaut ke toko lain" is the error, not linking that worked.
  worked: /\b(berhasil|(udah|sudah|sekarang) (bisa|muncul|ada|nyambung|tertaut)(?! (ke|di|dengan|dgn|sama|sm) (toko|akun|seller center) (lain|orang|lama))|bisa sekarang|beres|sukses)\b/,
  failed: /\b(tidak|tdk|gak|ga|nggak|enggak|ngga|engga|gk|belum|blm|masih|tetap|tetep|gagal|error|eror)\b/,
  unsure: /\b(gak tau|ga tau|nggak tau|ngga tau|tidak tahu|tidak tau|gatau|gktau|kurang tau|kurang tahu|gak yakin|ga yakin|tidak yakin|kurang yakin|entah|entahlah|mungkin|lupa (kapan|kapannya|tanggal\w*|persisnya|berapa)|gak ingat|ga ingat|tidak ingat|belum tau|belum tahu)\b/,
  // The penalty itself, said with how long it lasts ("gak bisa live 7 hari", "disuspend seminggu"), not how long ago.
  appeal: /\b(banding|ajukan banding|buka blokir|cabut (sanksi|pelanggaran|blokir)|berapa lama (sanksi|pelanggaran|blokir|suspend)\w*|((gak|ga|gk|nggak|tidak|tdk|ndak) bisa (live|siaran|posting|post|upload|jualan|komen)\w*( \w+){0,2}|dibanned|banned|di ?suspend|suspend|diblokir|dibatasi|ditangguhkan|kena ban\w*|kena suspend) (selama )?(\d+|se|satu|dua|tiga|empat|lima|tujuh|beberapa) ?(hari|minggu|bulan|jam)(?! (yang |yg )?lalu))\b/,
  other: /\b((masalah|kendala|hal) lain(nya)?|bukan (itu|semua|keduanya)|(gak|ga|tidak) ada yang (cocok|sesuai)|lain lagi)\b|^(yang )?lain(nya)?$/,
  // "nanti aja", "ntar malem aku liat lagi", "besok aja": the button that puts it off.
  // Not a reminder asked for ("ingetin aku besok"): that is its own button.
  later: /^(?!.*\b(ingetin|ingatin|ingatkan|diingetin|diingatkan|ngingetin|kabarin|kabari|remind\w*|pengingat)\b).*\b(nanti|ntar|entar|ntr|nnti|besok|lusa|kapan2|kapan kapan|lain kali|lain waktu|tunda\w*|ditunda|(jangan|ga|gak|nggak|tidak) sekarang|skip dulu|malam ini|malem ini|next time|later)\b/,
  // "segini dulu aja", "cukup kak, udah paham": the button that ends the tips or the talk.
  enough: /\b(segini|segitu|sekian|sampai sini|sampe sini) (dulu|aja|saja|ya)\b|\b(udah|sudah|dah|udh|sdh) (cukup|paham|ngerti|jelas)\b|^cukup\b|\bcukup (dulu|kak|min|gan|deh|segitu|segini|sampai sini|sampe sini|infonya|penjelasannya)\b/,
  // "eh btw", "ngomong2", "lupakan itu": turning from the question to something else, read as a first message.
  switches: /^(eh |oh |oiya |oya |eh iya |bentar |maaf |sori |sorry |kak |min |gan )*(btw|by the way|ngomong ngomong|ngomong2|omong omong|omong2|lupakan (itu|yang tadi|yg tadi|aja)|lupain (itu|yang tadi|yg tadi|aja)|skip (itu|yang itu|yg itu)|satu lagi|pertanyaan lain|(mau )?nanya (hal|yang|yg) lain|(masalah|pertanyaan) (aku|saya|sy) (yang |yg )?(sebenarnya|sebenernya|utama))\b/,
  number: /^\s*(?:opsi|pilihan|nomor|no\.?|angka|yang|yg|#)?\s*(?:ke\s*|ke-)?(\d{1,2})\s*[.)!]?\s*$/,
  topics: {
    payouts: [
      /\b(pencairan( dana| saldo)?|cairkan|mencairkan|dicairkan|(dana|saldo|uang) (\w+ )?(blm|belum|gak|ga|nggak|tidak) (cair|masuk)\w*|tarik (dana|saldo|uang)|penarikan( dana| saldo)?|saldo (saya|aku|toko|penjual|tertahan)?|rekening( bank)?|(ganti|ubah|tambah|hubungkan|tautkan) rekening|dana (penjualan|hasil|saya|belum masuk)|uang (hasil )?(penjualan|jualan)|kapan (dana|uang|saldo) (masuk|cair)|settlement|penghasilan saya|pendapatan saya)\b/,
      /\b(bayar (pakai|pake|dengan|pakai kode) (qr|qris)|qris|pembayaran (qr|qris)|pembeli (gak|tidak|ga|nggak) bisa bayar|checkout)\b/,
    ],
    refunds: [/\b(refund|pengembalian( dana| barang)?|retur|return barang|komplain pembeli|pembeli minta (uang )?(kembali|balik)|dispute|sengketa)\b/],
    orders: [
      // Cancelling an order ("batalin pesanan, stoknya abis") is about the order, even when stock is the reason.
      /\b((pem)?batal(an|kan|in)? (\w+ )?(pesanan|orderan|order)|cancel (pesanan|orderan|order))\b/,
      /\b(pesanan\w*|orderan\w*|order|pengiriman|kirim (paket|barang|pesanan)\w*|resi(nya)?|label pengiriman|cetak label|ekspedisi|kurir\w*|jne|jnt|j t|sicepat|anteraja|pos indonesia|paket\w*|lacak\w*|pelacakan|gudang|logistik|ongkir|ongkos kirim)\b/],
    listings: [/^(?!.*\b((pem)?batal(an|kan|in)?|cancel) (\w+ )?(pesanan|orderan|order)\b).*\b(produk( \w+){0,2} ((ga|gak|gk|nggak|tidak|tdk|belum|blm) lolos|ditolak|dihapus|diblokir|tidak disetujui|ditinjau|dinonaktifkan|diturunkan|di ?takedown)|(upload|unggah|ngupload|ngunggah|tambah|nambah|nambahin|menambahkan|masukin|input) produk( baru| massal)?(?!( \w+){0,2} (ke|di|pas|saat|waktu|dalam|selama|sambil) ((lagi|lg|sedang|sdg) )?(live|video|konten|etalase|showcase|keranjang|siaran))|(upload|unggah) massal|(ubah|ganti|edit|atur|naikin|turunin) (harga|stok|deskripsi|foto) (produk|barang)?|(harga|stok|deskripsi|varian) (produk|barang)|listing|daftar produk|kategori (terbatas|dibatasi)|(ubah|ganti) harga|stok|inventaris|varian produk)\b/],
    fees: [/\b(biaya (admin|layanan|transaksi|komisi|penjual|platform)|potongan (admin|tiktok|biaya|komisi)|fee|berapa (persen|potongan) (tiktok|biaya)|tiktok (potong|ambil) berapa|komisi (yang )?(diambil|dipotong) tiktok|biaya jualan)\b/],
    ads: [
      // Making or running an ad ("bikin iklan", "pasang ads"); "buat" and "ngiklan" are as often a purpose ("akun kedua buat ngiklan"), so not them.
      /\b((bikin|pasang|masang|jalanin|jalankan|menjalankan|setting|setel|atur|mulai) (\w+ )?(iklan|ads))\b/,
      /\b((biaya|harga|tarif|ongkos) (pasang |buat |bikin |jalanin )?iklan|ads manager|iklan (tiktok|berbayar)|spark ads?|gmv max|promote berbayar|budget iklan|anggaran iklan|tagihan iklan|saldo iklan|top up iklan|isi saldo iklan)\b/,
      /\b(iklan|ads|promosi|kampanye|campaign|boost)\b.*\b(tagih\w*|bayar|kartu|kredit|saldo|top up|budget|anggaran|charge|dipotong)\b|\b(tagih\w*|kartu kredit|top up|anggaran)\b.*\b(iklan|ads|kampanye)\b/,
    ],
    violations: [/\b(pelanggaran|poin pelanggaran|di ?suspend|kena suspend|dibanned|kena banned|kena ban|banned|diblokir|ditangguhkan|penangguhan|dibekukan|banding|ajukan banding|sanksi|penalti|peringatan|barang palsu|barang kw|hak kekayaan intelektual|akun (dibatasi|diblokir|dinonaktifkan|dibekukan)|toko (dibatasi|diblokir|dinonaktifkan|dibekukan|ditutup))\b/],
    'other-platforms': [
      /\b(shopee|lazada|bukalapak|blibli|shopify|instagram shop|facebook shop|whatsapp business|amazon|ebay|etsy|zalora)\b/,
      // Tokopedia's shops run on TikTok Shop here: linking a TikTok account through its Seller Center is linking.
      /^(?!(?=.*\b(taut\w*|ketaut\w*|nautin|tautin|link\w*|sambung\w*|nyambung\w*|hubung\w*|konek\w*|connect\w*)\b)(?=.*\b(akun|account|seller center)\b)).*\b(tokopedia|tokped|toped)\b/,
    ],
    'shop-settings': [/\b((ganti|ubah) nama toko|nama toko|logo toko|alamat (toko|gudang|pengembalian|penjemputan)|mode libur|libur toko|jam operasional|sub ?akun|akun (staf|karyawan)|akses (staf|karyawan|admin) ke seller center|(ganti|ubah|reset) (password|kata sandi|email|nomor hp|no hp))\b/],
  },
  // One by one, as the router folds them ("pencairan" → "cair"); words the flows use never count.
  topicWords: {
    payouts: ['saldo', 'rekening', 'pencairan', 'cair', 'penarikan', 'withdraw', 'pendapatan', 'uang', 'duit'],
    refunds: ['retur', 'pengembalian', 'komplain'],
    orders: ['pesanan', 'orderan', 'pengiriman', 'paket', 'resi', 'kurir', 'ekspedisi', 'gudang', 'ongkir', 'pickup'],
    listings: ['stok', 'varian', 'sku'],
    fees: ['biaya', 'potongan', 'persen'],
    ads: ['kampanye'],
    violations: ['sanksi', 'penalti', 'banding', 'banned', 'dibanned', 'ditangguhkan', 'shadowban', 'diblokir'],
  },
  shapes: {
    // "bisa gak", "udah ada blm": a no that closes a question asks it, so only a no before what failed is a problem.
    problem: /\b((tidak|tdk|gak|ga|nggak|enggak|ngga|gk|belum|blm|gabisa) (bisa|bs|muncul|ada|keluar|kebaca|terbaca|jalan|work|berhasil|nyambung|ketemu|keliatan|kelihatan)|gagal|error|eror|hilang|ilang|ngilang|lenyap|toko (lain|lama|orang)|unlink|putus\w*|qr|scan\w*|pindai\w*|refund|pesanan|orderan|iklan|biaya|pelanggaran|banned|diblokir)\b/,
    asks: [
      {
        // How to put products into a video or a live: the tips for after linking.
        flow: 'after-link',
        cue: ADD_TO_CONTENT,
      },
      {
        // "tiktok shop udh ada di vietnam blm": whether it runs in a country is the checklist's region question.
        flow: 'preflight',
        cue: /\btiktok shop (udah |udh |sudah |sdh |dah )?(ada|buka|masuk|tersedia|available|bisa dipake|bisa dipakai|beroperasi) (di|in)\b|\b(negara|wilayah) mana (aja |saja )?(yang )?(bisa|ada)\b/,
      },
      { flow: 'marketing-accounts', cue: MORE_ACCOUNTS },
      // "mau connect akun ke seller center, caranya gmn": how to link, where the words fit two flows alike.
      { flow: 'creator-link', role: 'creator', cue: HOW_TO_LINK },
      { flow: 'seller-link', cue: HOW_TO_LINK },
      { flow: 'creator-link', role: 'creator', cue: HOW_TO_GET_TAB },
      { flow: 'seller-link', cue: HOW_TO_GET_TAB },
      { flow: 'after-link', cue: LINKED_WHAT_NEXT },
      { flow: 'preflight', cue: CHECKLIST },
      { flow: 'preflight', cue: MAY_I },
    ],
    needs: [
      // The missing-icon tree needs something said to be absent: "biar toko muncul di profil" asks how to get there.
      { flow: 'missing-icon', cue: /\b(tidak|tdk|gak|ga|gk|g|nggak|ngga|enggak|engga|ndak|belum|blm|belom|blom|bukan|hilang|ilang|ngilang|lenyap|raib|kemana|mana|dimana|masih|msh|tetep|tetap|ttp|kosong|tanpa|gabisa|gaada|gada|not|no|missing|gone|still|where|without|nowhere)\b/ },
    ],
    over: [
      { flow: 'marketing-accounts', from: ['seller-link', 'creator-link', 'preflight', 'already-linked'], cue: MORE_ACCOUNTS },
      // Selling what others make, with no shop of one's own, is how a creator sells: the creator's linking steps.
      { flow: 'creator-link', from: ['after-link', 'seller-link', 'preflight'], cue: OTHERS_PRODUCTS },
      { flow: 'after-link', from: ['seller-link'], cue: ADD_TO_CONTENT, unless: NOT_THERE },
      { flow: 'after-link', from: ['creator-link'], cue: ADD_TO_VIDEO, unless: NOT_THERE },
      // Linked, and what next, where the linking steps' words fit: the tips.
      { flow: 'after-link', from: ['seller-link', 'creator-link'], cue: LINKED_WHAT_NEXT, unless: NOT_THERE },
      // Whether one may link at all is the checklist's, however much it sounds like the steps.
      { flow: 'preflight', from: ['seller-link', 'creator-link', 'after-link'], cue: CHECKLIST, unless: OTHERS_PRODUCTS },
      { flow: 'preflight', from: ['seller-link', 'after-link'], cue: MAY_I, unless: OTHERS_PRODUCTS },
      // The error seen, whatever else the message shares with the tips or the steps.
      { flow: 'already-linked', from: ['after-link', 'seller-link', 'creator-link', 'missing-icon', 'preflight'], cue: SAYS_LINKED_ELSEWHERE },
      {
        // The bag or shop tab gone from the profile, however linked the status says it is: the missing-icon tree.
        flow: 'missing-icon',
        from: ['seller-link', 'creator-link', 'after-link', 'menu'],
        unless: /\b(tertaut|terhubung|ketaut|ke ?link|linked|nyambung) (ke|dengan|dgn|di|sama|sm) (toko|seller center|akun) (lain|lama|orang|mantan)\b/,
        cue: new RegExp(`\\b(${ICON.source})\\b(\\s\\w+){0,3}\\s(${ABSENT.source})2?\\b|\\b(${ABSENT.source})(\\s\\w+){0,2}\\s(${ICON.source})\\b`),
      },
    ],
  },
  facts: {
    // With the prefixes people put before it ("ditautin", "dilinkin", "ngelink", "dikonekin"); "dihubungi" is contacted, not linked.
    link: /\b((di|ke|ter|nge|me|men)?(taut|naut|sambung|nyambung|konek|connect|link)\w*|(ter|ke|di|meng)?hubung(?!i\b)\w*|binding|kebind\w*)\b/,
    // "kena pelanggaran bulan lalu", "tokonya di-approve kemarin": a time said of another event than the linking.
    elsewhen: /\b(disetujui|di ?approve|di ?acc|diverifikasi|terverifikasi|dibuat|dibikin|bikin|buka|dibuka|daftar|didaftarin|didaftarkan|terdaftar|pelanggaran|sanksi|peringatan|teguran|diblokir|dibanned|banned|disuspend|suspend|ditangguhkan|dibatasi)\b( (?!(di|ke|ter|nge|me|men)?(taut|naut|link|hubung|sambung|nyambung|konek)\w*)\w+){0,4}? (hari ini|tadi( pagi| siang| malam)?|kemarin|kemaren|kmrn|minggu lalu|pekan lalu|bulan lalu|tahun lalu|(\d+|se|satu|dua|tiga|empat|lima|beberapa) ?(jam|hari|minggu|pekan|bulan|tahun)( (yang |yg )?lalu)?)\b/,
    durations: [
      // "Less than a day" counts as half of one; "2 harian" is "about 2 days".
      /\b(kurang dari|belum ada|blm ada|belum sampai|belum sampe|blm sampe|gak sampai|gak sampe|ga sampe|nggak sampai)\s+(?:se|satu|1)\s*(hari)\b/,
      /\b(\d+(?:[.,]\d+)?)\s*(mnt|menit|jam|j|hari|hr|minggu|mgg|pekan|bulan|bln)(?:an)?\b/,
      /\b(se|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa)\s*(menit|jam|hari|minggu|pekan|bulan)\b/,
    ],
    numbers: { 'kurang dari': 0.5, 'belum ada': 0.5, 'blm ada': 0.5, 'belum sampai': 0.5, 'belum sampe': 0.5, 'blm sampe': 0.5, 'gak sampai': 0.5, 'gak sampe': 0.5, 'ga sampe': 0.5, 'nggak sampai': 0.5, se: 1, satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10, beberapa: 3 },
    units: [
      [/^(mnt|menit)$/, 1 / 60],
      [/^(jam|j)$/, 1],
      [/^(hari|hr)$/, 24],
      [/^(minggu|mgg|pekan)$/, 24 * 7],
      [/^(bulan|bln)$/, 24 * 30],
    ],
    when: [
      [/\b(kemarin lusa|kemaren lusa)\b/, 48],
      // "dari tadi" is "all this while", not a time.
      [/(?<!\b(dari|dr|dri) )\b(tadi|td|tdi|barusan|brusan|baru saja|baru aja|br aja|bru aja|hari ini|pagi ini|semalam|tadi malam)\b/, 6],
      [/\b(kemarin|kemaren|kmrn|kmarin|kmren|kemrin)\b/, 20],
      [/\b(minggu lalu|minggu kemarin|pekan lalu|bulan lalu|udah lama|sudah lama|berhari hari|berminggu minggu|dari minggu lalu)\b/, 24 * 7],
    ],
    qr: /\b(qr\w*|kode\w*|scan\w*|kescan\w*|pindai\w*|memindai|dipindai|kamera|otorisasi|izin|autorisasi|authori[sz]\w*)\b/,
    symptoms: [
      ['same-phone', /\b((hp|hape|ponsel|perangkat|handphone|device) (yang|yg) sama|(hp|hape|ponsel) (aku|saya|sy|gue|gw|ku) (cuma|cm|hanya|cuman) (satu|1)|(cuma|cm|hanya|cuman) (punya )?(hp|hape|ponsel) (ini|ini doang|satu|1)|(di|dari) (hp|hape|ponsel) (yang sama|saya|aku|ini)|cuma (punya|ada) (satu|1) (hp|hape|ponsel)|hanya (punya|ada) (satu|1) (hp|hape|ponsel)|(gak|tidak|nggak|ga) (punya|ada) (laptop|komputer|pc)|seller center( ?nya)? ((sy|saya|aku|gw|gue) )?(dibuka |buka |kebuka |kebukanya )?di (hp|hape|ponsel))\b/],
      ['auth-failed', /\b(otorisasi (gagal|error|ditolak)|gagal (otorisasi|mengotorisasi|authorize|autorisasi)|(tidak|gak|ga|nggak) bisa (di ?)?otorisasi|authorization failed)\b/],
      ['spinning', /\b(loading( ?2| terus| mulu)?|muter( ?2| muter| terus| mulu)?|berputar|nge ?hang|hang|macet|stuck|lemot|nyangkut di loading|(gak|ga|tidak|nggak|gk|tdk) (selesai|kelar)( ?2| selesai| kelar)?)\b/],
      ['no-scan', /\b((tidak|tdk|gak|ga|nggak|gk|ndak|ora) (bisa |bs |iso |mau )?(di ?scan|ke ?scan|scan|discan|dipindai|terbaca|kebaca|terdeteksi|kedeteksi|kedetect|ngebaca)(?:2|\b)|(kamera|camera)( tiktok)?( nya)? (cuma |cm )?(diem|diam)|gagal (scan|pindai|memindai)|kode (qr )?(tidak valid|kadaluarsa|kedaluwarsa|expired)|(gak|tidak) ada respon|(gak|tidak) terjadi apa apa)\b/],
    ],
    errorLead: /(?:error|pesan|muncul|tulisan|keterangan|katanya|ada tulisan)\s*[:\-]\s*(.{4,200})$/i,
    errorWords: /\b(gagal|error|ditolak|tidak|gak|sudah|kadaluarsa|kedaluwarsa|salah|invalid|failed|already|expired|unable|denied|wrong)\b/i,
    shop: /\b(toko\w*|seller center|pusat penjual|status\w*)\b/,
    approved: {
      no: /\b((belum|tidak|gak|ga) (di ?)?(setujui|acc|approve|verifikasi|terverifikasi|disetujui)|pending|menunggu (persetujuan|verifikasi|review|approval)|sedang (ditinjau|direview|diverifikasi)|dalam (peninjauan|review)|ditolak)\b/,
      yes: /\b(disetujui|(sudah|udah) (di ?)?(acc|approve)|di ?approve|approved|terverifikasi|sudah diverifikasi)\b/,
    },
    active: {
      no: /\b((belum|tidak|gak|ga) aktif|nonaktif|non aktif|dinonaktifkan|ditangguhkan|dibekukan|ditutup|libur|dibatasi)\b/,
      yes: /\b(aktif|sudah aktif|udah aktif|berjalan)\b/,
    },
    otherShop: /\b(toko (lain|lama|sebelumnya|orang)|seller center lain|akun lain|(sudah|udah) (tertaut|terhubung)|(tertaut|terhubung) (ke|dengan|di)|mereka|dia)\b/,
    holders: [
      ['agency', /\b(agensi|agency|agen marketing|mcn)\b/],
      ['employee', /\b((karyawan|pegawai|admin|staf|staff)( \w+){0,5} (udah |sudah |dah |udh )?(keluar|resign|berhenti|cabut)|(mantan|eks|bekas) (karyawan|pegawai|admin|staf|staff)|karyawan (lama|yang (sudah |udah )?(keluar|resign))|admin (lama|yang (sudah |udah )?keluar)|(sudah|udah) resign|pegawai (lama|yang keluar))\b/],
      ['ex-partner', /\b(mantan (partner|rekan|pasangan|suami|istri|pacar)|partner bisnis|rekan bisnis|mitra bisnis|mantan|ex partner)\b/],
      ['me', /\b(toko (saya|sy|aku|ku|gw|gue) (yang|yg) (lain|lama)|toko lama (saya|sy|aku|ku|gw|gue)|tokoku yang (lain|lama)|dua toko saya|saya punya (2|dua) toko|punya (2|dua) toko)\b/],
      ['unknown', /\b((gak|tidak|nggak|ga) (tau|tahu) (toko|siapa|punya siapa)|(gak|tidak|nggak|ga) pernah (punya|buka|bikin) toko lain|toko (yang )?(gak|tidak) (dikenal|saya kenal))\b/],
    ],
    access: {
      no: /\b((tidak|gak|ga|nggak|gk) (bisa|punya) (\w+ ){0,2}(masuk|login|log in|akses)|(lupa|hilang) (password|kata sandi|akses)|(gak|tidak) (dibalas|direspon|ada kabar)|(susah|gak bisa|tidak bisa) dihubungi)\b/,
      yes: /\b(masih )?(bisa|punya|pegang|megang|ada) (\w+ ){0,2}(masuk|login|log in|akses)\b/,
    },
    roles: [
      {
        role: 'creator',
        cue: /\b((saya|aku) (seorang )?(kreator|konten kreator|creator|affiliator|afiliator|influencer)|kreator|konten kreator|affiliator|afiliator|afiliasi|affiliate|influencer|(gak|tidak) punya toko|bukan (seller|penjual)|produk (orang|brand|toko) lain|(dapet|dapat|dapetin|dpt) komisi)\b/,
        unless: /^(?!.*\b(saya|aku) (seorang )?(kreator|creator)).*\btiktok shop (for|untuk) (creator|kreator)/,
      },
      {
        role: 'seller',
        cue: /\b((saya|aku|sy|gue|gw) (seorang )?(seller|penjual|pemilik toko|owner)|punya (toko|usaha|brand|bisnis|olshop|lapak)|(saya|aku|sy|gue|gw) (jualan|berjualan)|(?<!akun )(toko|brand|usaha|bisnis|olshop|lapak) (saya|aku|sy|gue|gw|kami)|tokoku|pemilik toko|owner toko|jualan (produk|barang) sendiri|(baru )?buka toko)\b/,
      },
    ],
    age: [/\b(?:umur|usia|umurku|usiaku)\s*(?:aku |saya |baru |masih |udah |sudah )?(\d{1,2})\b/, /\b(?:aku|saya|sy|gue|gw)\s*(?:baru |masih |udah |sudah )?(\d{1,2})\s*(?:tahun|thn|th)\b/, /\b(\d{1,2})\s*(?:tahun|thn)\b(?! (?:lalu|yang lalu|yg lalu))/],
    markets: [
      [/\b(amerika( serikat)?)\b/, 'US'],
      [/\b(inggris)\b/, 'GB'],
      [/\b(spanyol)\b/, 'ES'],
      [/\b(meksiko)\b/, 'MX'],
      // Big cities and islands name the market as well as the country does.
      [/\b(indonesia|indo|jakarta|jkt|bandung|surabaya|sby|medan|makassar|semarang|yogyakarta|jogja|jogjakarta|yogya|jogya|bali|denpasar|malang|palembang|bekasi|tangerang|depok|bogor|batam|pekanbaru|balikpapan|samarinda|pontianak|manado|padang|lampung|aceh|banjarmasin|cirebon|sidoarjo|kalimantan|sumatra|sumatera|sulawesi|papua|lombok|jabodetabek)\b/, 'ID'],
      [/\b(vietnam|hanoi|ho chi minh)\b/, 'VN'],
      [/\b(thailand|bangkok)\b/, 'TH'],
      [/\b(malaysia|kuala lumpur|johor|penang|selangor)\b/, 'MY'],
      [/\b(filipina|manila)\b/, 'PH'],
      [/\b(singapura)\b/, 'SG'],
      [/\b(jerman)\b/, 'DE'],
      [/\b(prancis|perancis)\b/, 'FR'],
      [/\b(italia)\b/, 'IT'],
      [/\b(irlandia)\b/, 'IE'],
      [/\b(jepang)\b/, 'JP'],
      [/\b(brasil)\b/, 'BR'],
    ],
    followers: [
      // "500an" is "about 500".
      /\b(\d+(?:[.,]\d+)?)\s*(rb|ribu|k|jt|juta|m)?(?:an)?\s*(?:pengikut|followers?|foll|fans)\b/,
      /\b(?:pengikut|followers?|foll)\s*(?:saya|sy|aku|ak|gw|gue|ku|nya|cuma|cm|cuman|baru|br|hanya|udah|udh|sudah|sdh|sekitar|sktr|kira kira|masih|msh)?\s*(?:saya|sy|aku|ku|nya|cuma|cm|cuman|baru|br|hanya|udah|udh|sudah|sdh|sekitar|sktr|kira kira|masih|msh)?\s*(\d+(?:[.,]\d+)?)\s*(rb|ribu|k|jt|juta)?(?:an)?\b/,
    ],
    multipliers: { rb: 1000, ribu: 1000, k: 1000, jt: 1_000_000, juta: 1_000_000, m: 1_000_000 },
  },
  typoMinLength: 5,
};
