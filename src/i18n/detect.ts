// Which of our languages a message is written in, from its script (Thai letters, Vietnamese's own
// letters) and its most common words; and whether it is in a script we cannot read at all.
import type { Language } from './languages.ts';
import { keyOf, wordsOf } from './words.ts';

export interface TextLanguage {
  language: Language;
  /**
   * Strong: a script only that language uses, or several of its words and few of any other. A weak reading
   * (one word, "hola") may start a conversation's language but does not turn one already in use.
   */
  strong: boolean;
}

/**
 * Frequent words of each Latin-script language that the others do not use; written without accents (words are
 * compared without them). Product words people borrow from English ("shop", "link", "scan", "code") are left
 * out: an Indonesian seller writes "link akun ke shop" and means Indonesian.
 */
const COMMON: Record<'en' | 'es' | 'id' | 'vi', readonly string[]> = {
  en: [
    'the', 'my', 'i', "i'm", 'im', "i've", 'is', 'it', "it's", 'to', 'and', 'of', 'not', "can't", 'cant', "won't", 'wont',
    "don't", 'dont', "doesn't", 'doesnt', "isn't", 'what', 'how', 'why', 'when', 'where', 'with', 'this', 'that', 'have', 'has',
    'was', 'are', 'you', 'your', 'please', 'help', 'thanks', 'thank', 'hello', 'hey', 'yes', 'yeah', 'nope', 'still', 'working',
    'does', 'did', 'get', 'keeps', 'says', 'just', 'already', 'another', 'missing', 'want', 'need', 'there', 'from', 'be',
    'will', 'would', 'should', 'if', 'but', 'or', 'after', 'before', 'again', 'now', 'ago', 'days', 'hours', 'which', 'who',
    'linked', 'connect', 'anymore', 'shows', 'appear', "doesnt", 'cannot', 'am', 'do', 'for', 'on', 'at', 'all', 'any',
  ],
  es: [
    'de', 'la', 'que', 'el', 'en', 'los', 'las', 'del', 'se', 'por', 'con', 'para', 'una', 'es', 'mi', 'mis', 'pero',
    'como', 'esta', 'estoy', 'tengo', 'puedo', 'cuenta', 'tienda', 'vincular', 'vinculada', 'vinculado', 'codigo',
    'funciona', 'hola', 'gracias', 'ayuda', 'cuando', 'donde', 'porque', 'tambien', 'hacer', 'quiero', 'necesito',
    'tiene', 'hay', 'muy', 'bien', 'ahora', 'aparece', 'dice', 'nada', 'todo', 'eso', 'este', 'soy', 'vendedor', 'creador',
    'bolsa', 'icono', 'escanear', 'otra', 'otro', 'hace', 'dias', 'horas', 'sigue', 'puede', 'hablo', 'usted', 'tu',
    'vale', 'funcionar', 'persona', 'alguien', 'cual', 'algo', 'todavia', 'aun', 'sin', 'sobre', 'entre', 'desde',
    'hasta', 'vinculo', 'enlazar', 'conectar', 'volver', 'atras', 'empezar', 'nuevo', 'listo', 'funciono',
  ],
  id: [
    'saya', 'aku', 'tidak', 'bisa', 'tak', 'ga', 'gak', 'nggak', 'enggak', 'akun', 'toko', 'yang', 'dan', 'di', 'ke', 'dari',
    'untuk', 'dengan', 'ini', 'itu', 'sudah', 'udah', 'belum', 'mau', 'ingin', 'apa', 'bagaimana', 'gimana', 'kenapa', 'kok',
    'tolong', 'terima', 'kasih', 'makasih', 'halo', 'kak', 'min', 'dong', 'tautkan', 'menautkan', 'hubungkan',
    'menghubungkan', 'kode', 'muncul', 'masih', 'gagal', 'juga', 'ada', 'sama', 'lagi', 'hari', 'jam', 'penjual', 'kreator',
    'ikon', 'keranjang', 'pindai', 'sih', 'deh', 'kalau', 'kalo', 'tapi', 'atau', 'sudah', 'lalu', 'terus', 'orang', 'lain',
    'caranya', 'cara', 'mana', 'bang', 'gan', 'nya', 'punya', 'sebelumnya', 'yg', 'tdk', 'gk', 'blm', 'sdh', 'kembali',
    'ulang', 'mulai', 'iya', 'berhasil',
  ],
  // Vietnamese typed without its accents; with them, its letters alone say it.
  vi: ['khong', 'duoc', 'toi', 'minh', 'khoan', 'lien', 'ket', 'giup', 'chao', 'quet', 'bieu', 'tuong', 'nguoi', 'cua', 'nhung', 'roi', 'van', 'bi', 'voi', 'lam', 'sao', 'gio', 'ngay', 'truoc'],
};

const OWNER = new Map<string, Set<keyof typeof COMMON>>();
for (const [language, words] of Object.entries(COMMON) as [keyof typeof COMMON, readonly string[]][]) {
  for (const w of words.map(keyOf)) OWNER.set(w, (OWNER.get(w) ?? new Set()).add(language));
}

/** Letters only Vietnamese uses among our languages: ă â đ ê ô ơ ư and the tone-marked vowels (ạ ả ấ … ỹ). */
const VIETNAMESE = /[ăâđêôơưĂÂĐÊÔƠƯ\u1EA0-\u1EF9]/u;
const THAI = /\p{Script=Thai}/u;
const READABLE = /[\p{Script=Latin}\p{Script=Thai}]/u;
const LETTER = /\p{L}/u;

/**
 * True when most of a message's letters are in a script we do not read (Cyrillic, Chinese, Arabic…):
 * "my shop 小店" is ours to read, "我的二维码扫不了" is not.
 */
export function isUnreadable(text: string): boolean {
  let readable = 0;
  let other = 0;
  for (const ch of text) {
    if (!LETTER.test(ch)) continue;
    if (READABLE.test(ch)) readable++;
    else other++;
  }
  return other > 0 && other >= readable;
}

/** The language a message is written in, or undefined when it does not say ("ok", "no", "3", "QR"). */
export function languageOfText(text: string): TextLanguage | undefined {
  let thai = 0;
  for (const ch of text) if (THAI.test(ch)) thai++;
  if (thai >= 2) return { language: 'th', strong: true };
  const words = wordsOf(text);
  if (words.some((w) => VIETNAMESE.test(w.text))) return { language: 'vi', strong: true };
  const score: Record<keyof typeof COMMON, number> = { en: 0, es: 0, id: 0, vi: 0 };
  for (const w of words) {
    const owners = OWNER.get(w.key);
    // A word two languages share ("no", "a") is evidence of neither.
    if (owners?.size === 1) score[[...owners][0]!]++;
  }
  // Inverted marks and ñ are Spanish's alone.
  if (/[¿¡ñÑ]/u.test(text)) score.es++;
  const [best, second] = (Object.entries(score) as [keyof typeof COMMON, number][]).sort((a, b) => b[1] - a[1]);
  if (!best || best[1] === 0 || best[1] === second![1]) return undefined;
  return { language: best[0], strong: best[1] >= 2 && best[1] >= 2 * second![1] };
}
