// What people call languages, in the languages shoplink speaks: ours (to switch to them) and others (to
// say honestly that we don't speak them yet). Bare country names ("Indonesia", "ไทย") are left out on purpose:
// they answer "which market?" questions and must not switch the conversation.
import type { Language } from './languages.ts';

/** Names of our languages, in our languages, accents optional (matching drops Latin accents). */
export const OUR_LANGUAGE_NAMES: Record<Language, readonly string[]> = {
  en: ['english', 'inglés', 'bahasa inggris', 'b inggris', 'tiếng anh', 'ภาษาอังกฤษ'],
  es: ['spanish', 'español', 'castellano', 'bahasa spanyol', 'tiếng tây ban nha', 'ภาษาสเปน'],
  id: ['indonesian', 'bahasa indonesia', 'bahasa indo', 'indonesio', 'tiếng indonesia', 'tiếng in-đô-nê-xi-a', 'ภาษาอินโดนีเซีย', 'ภาษาอินโด'],
  vi: ['vietnamese', 'tiếng việt', 'tiếng việt nam', 'vietnamita', 'bahasa vietnam', 'ภาษาเวียดนาม'],
  th: ['thai', 'ภาษาไทย', 'tailandés', 'bahasa thailand', 'bahasa thai', 'tiếng thái', 'tiếng thái lan'],
};

/** Names of languages we do not speak yet, as people in our markets write them. */
export const OTHER_LANGUAGE_NAMES: readonly string[] = [
  'french', 'français', 'francés', 'bahasa prancis', 'tiếng pháp', 'ภาษาฝรั่งเศส',
  'german', 'deutsch', 'alemán', 'bahasa jerman', 'tiếng đức', 'ภาษาเยอรมัน',
  'italian', 'italiano', 'bahasa italia', 'tiếng ý',
  'portuguese', 'português', 'portugués', 'bahasa portugis', 'tiếng bồ đào nha', 'ภาษาโปรตุเกส',
  'dutch', 'nederlands', 'polish', 'polski', 'turkish', 'türkçe',
  'russian', 'русский', 'ruso', 'bahasa rusia', 'tiếng nga', 'ภาษารัสเซีย', 'ukrainian', 'українська',
  'chinese', 'mandarin', 'cantonese', '中文', '汉语', '漢語', '普通话', '普通話', '粤语', 'chino', 'bahasa mandarin', 'bahasa cina', 'bahasa tionghoa', 'tiếng trung', 'tiếng hoa', 'ภาษาจีน',
  'japanese', '日本語', 'japonés', 'bahasa jepang', 'tiếng nhật', 'ภาษาญี่ปุ่น',
  'korean', '한국어', 'coreano', 'bahasa korea', 'tiếng hàn', 'ภาษาเกาหลี',
  'arabic', 'العربية', 'عربي', 'árabe', 'bahasa arab', 'tiếng ả rập', 'ภาษาอาหรับ',
  'hebrew', 'עברית', 'persian', 'farsi', 'فارسی', 'urdu', 'اردو',
  'hindi', 'हिन्दी', 'हिंदी', 'bengali', 'বাংলা', 'tamil', 'தமிழ்',
  'malay', 'bahasa melayu', 'melayu', 'bahasa malaysia', 'tiếng mã lai', 'ภาษามลายู',
  'tagalog', 'filipino', 'burmese', 'မြန်မာ', 'khmer', 'ខ្មែរ', 'lao', 'ລາວ', 'greek', 'ελληνικά', 'swahili',
];

/**
 * Words that name "language" before a language's name: "bahasa X", "tiếng X", "ภาษาX", "idioma X". A name
 * after one of these that is not ours is a language we don't speak, even if it is in no list above.
 */
export const LANGUAGE_WORDS: readonly string[] = ['bahasa', 'berbahasa', 'tiếng', 'ภาษา'];

/**
 * Words around a language's name in a request to switch ("en español por favor", "pakai bahasa inggris",
 * "can you speak thai", "nói tiếng việt được không", "พูดภาษาไทยได้ไหม"): dropped before matching, so the
 * message must be a name and nothing else that matters.
 */
export const SWITCH_WORDS: readonly string[] = [
  // English
  'please', 'pls', 'plz', 'can', 'could', 'would', 'will', 'you', 'we', 'i', 'do', 'does', 'speak', 'talk', 'write', 'reply',
  'answer', 'respond', 'in', 'to', 'into', 'switch', 'change', 'use', 'language', 'lang', 'want', 'like', 'prefer', 'need',
  "let's", 'lets', 'us', 'me', 'now', 'only', 'just', 'ok', 'okay', 'the', 'is', 'there', 'a', 'an', 'option', 'version',
  'mode', 'hi', 'hello', 'hey', 'thanks', 'instead', 'and', 'with', 'talking',
  // Spanish
  'por', 'favor', 'porfa', 'puedes', 'puede', 'podemos', 'podrías', 'hablar', 'habla', 'hablas', 'hable', 'háblame',
  'hablame', 'escribir', 'escribe', 'escríbeme', 'responde', 'responder', 'contesta', 'en', 'al', 'cambiar', 'cambia',
  'cambio', 'usar', 'usa', 'idioma', 'lengua', 'el', 'la', 'quiero', 'prefiero', 'mejor', 'solo', 'sólo', 'ahora', 'sí',
  'hola', 'gracias', 'necesito', 'se', 'de', 'del', 'y', 'con',
  // Indonesian
  'pakai', 'pake', 'pakailah', 'gunakan', 'gunain', 'bisa', 'bisakah', 'boleh', 'tolong', 'mohon', 'dalam', 'ke', 'ganti',
  'ubah', 'pindah', 'jadi', 'saja', 'aja', 'dong', 'ya', 'kak', 'min', 'mau', 'ingin', 'minta', 'bicara', 'ngomong',
  'saya', 'aku', 'dengan', 'yg', 'yang', 'halo', 'hai', 'terima', 'kasih', 'makasih', 'sekarang', 'balas', 'jawab', 'tulis',
  'gan', 'sis', 'kah',
  // Vietnamese
  'nói', 'bằng', 'dùng', 'sử', 'dụng', 'chuyển', 'sang', 'qua', 'đổi', 'thành', 'vui', 'lòng', 'làm', 'ơn', 'xin', 'hãy',
  'được', 'không', 'có', 'thể', 'tôi', 'bạn', 'muốn', 'với', 'trả', 'lời', 'ngôn', 'ngữ', 'đi', 'nhé', 'nha', 'ạ', 'giúp',
  'mình', 'chào', 'cảm',
  // Thai
  'พูด', 'เปลี่ยน', 'เป็น', 'ใช้', 'ได้', 'ไหม', 'มั้ย', 'หน่อย', 'ครับ', 'ค่ะ', 'คะ', 'นะ', 'ขอ', 'ช่วย', 'คุย', 'ตอบ', 'ไป',
  'ให้', 'เถอะ', 'ด้วย', 'สวัสดี', 'ขอบคุณ', 'ผม', 'ฉัน', 'คุณ', 'จ้า', 'จ้ะ', 'นะคะ', 'นะครับ',
];
