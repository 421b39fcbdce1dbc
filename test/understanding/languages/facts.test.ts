// Facts stated in Spanish, Indonesian, Vietnamese and Thai: how long ago the account was linked ("hace 3
// días", "2 hari lalu", "3 ngày trước", "3 วันก่อน"), the QR symptom, the shop's status, who holds the
// other shop and whether they can get in, role, market and followers ("10rb pengikut", "10 mil seguidores").
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/understanding/facts.ts';
import { lexiconFor } from '../../../src/understanding/lexicons/by-language.ts';
import type { Language } from '../../../src/i18n/languages.ts';

const facts = (language: Language, text: string, asking?: string) => extractFacts(text, { lex: lexiconFor(language), asking });

describe('how long ago it was linked', () => {
  it('reads a number and its unit when linking is the subject', () => {
    expect(facts('es', 'la vinculé hace 3 días')).toEqual({ 'linked-ago': 'over-24h' });
    expect(facts('es', 'lo conecté hace 5 horas')).toEqual({ 'linked-ago': 'under-24h' });
    expect(facts('id', 'udah ditautkan 2 hari lalu')).toEqual({ 'linked-ago': 'over-24h' });
    expect(facts('id', 'baru tertaut 3 jam yang lalu')).toEqual({ 'linked-ago': 'under-24h' });
    expect(facts('vi', 'liên kết 3 ngày trước')).toEqual({ 'linked-ago': 'over-24h' });
    expect(facts('vi', 'lien ket 5 tieng truoc')).toEqual({ 'linked-ago': 'under-24h' });
    expect(facts('th', 'ผูกบัญชีเมื่อ 3 วันก่อน')).toEqual({ 'linked-ago': 'over-24h' });
    expect(facts('th', 'เชื่อมไป 5 ชั่วโมงแล้ว')).toEqual({ 'linked-ago': 'under-24h' });
  });

  it('reads numbers written as words', () => {
    expect(facts('es', 'vinculada hace dos semanas')).toEqual({ 'linked-ago': 'over-24h' });
    expect(facts('id', 'tertaut seminggu lalu')).toEqual({ 'linked-ago': 'over-24h' });
    expect(facts('id', 'ketaut kurang dari sehari')).toEqual({ 'linked-ago': 'under-24h' });
    expect(facts('id', 'udah 2 harian ketaut')).toEqual({ 'linked-ago': 'over-24h' });
    expect(facts('vi', 'liên kết vài ngày rồi')).toEqual({ 'linked-ago': 'over-24h' });
    expect(facts('th', 'ผูกไปสองวันแล้ว')).toEqual({ 'linked-ago': 'over-24h' });
  });

  it('reads the words for today, yesterday and last week', () => {
    expect(facts('es', 'la vinculé hoy en la mañana')).toEqual({ 'linked-ago': 'under-24h' });
    expect(facts('es', 'la vinculé la semana pasada')).toEqual({ 'linked-ago': 'over-24h' });
    expect(facts('id', 'ditautkan kemarin')).toEqual({ 'linked-ago': 'under-24h' });
    expect(facts('id', 'tertaut minggu lalu')).toEqual({ 'linked-ago': 'over-24h' });
    expect(facts('vi', 'liên kết hôm qua')).toEqual({ 'linked-ago': 'under-24h' });
    expect(facts('vi', 'lien ket tuan truoc')).toEqual({ 'linked-ago': 'over-24h' });
    expect(facts('th', 'ผูกเมื่อวาน')).toEqual({ 'linked-ago': 'under-24h' });
    expect(facts('th', 'ผูกอาทิตย์ที่แล้ว')).toEqual({ 'linked-ago': 'over-24h' });
  });

  it('reads a bare time as the answer when the step asks it, and not otherwise', () => {
    expect(facts('es', 'hace 2 días', 'linked-ago')).toEqual({ 'linked-ago': 'over-24h' });
    expect(facts('th', 'เมื่อเช้า', 'linked-ago')).toEqual({ 'linked-ago': 'under-24h' });
    expect(facts('es', 'abrí la tienda hace 2 días')).toEqual({});
    expect(facts('vi', 'mở shop 3 ngày trước')).toEqual({});
  });
});

describe('the QR symptom', () => {
  it('reads each symptom in each language', () => {
    expect(facts('es', 'la cámara no lee el código QR')).toMatchObject({ 'qr-symptom': 'no-scan' });
    expect(facts('es', 'me sale autorización fallida')).toMatchObject({ 'qr-symptom': 'auth-failed' });
    expect(facts('es', 'escaneo el qr y se queda cargando')).toMatchObject({ 'qr-symptom': 'spinning' });
    expect(facts('es', 'tengo el seller center abierto en el mismo celular, no puedo escanear el qr')).toMatchObject({ 'qr-symptom': 'same-phone' });
    expect(facts('id', 'kode qr nya ga bisa di scan')).toMatchObject({ 'qr-symptom': 'no-scan' });
    expect(facts('id', 'muncul otorisasi gagal')).toMatchObject({ 'qr-symptom': 'auth-failed' });
    expect(facts('id', 'abis scan qr loading terus')).toMatchObject({ 'qr-symptom': 'spinning' });
    expect(facts('id', 'klik authorize muter2 ga kelar2')).toMatchObject({ 'qr-symptom': 'spinning' });
    expect(facts('id', 'scan qr nya gimana, hp aku cuma satu')).toMatchObject({ 'qr-symptom': 'same-phone' });
    expect(facts('vi', 'quét mã qr không được')).toMatchObject({ 'qr-symptom': 'no-scan' });
    expect(facts('vi', 'bao uy quyen that bai')).toMatchObject({ 'qr-symptom': 'auth-failed' });
    expect(facts('vi', 'quét mã xong quay mãi')).toMatchObject({ 'qr-symptom': 'spinning' });
    expect(facts('th', 'สแกนคิวอาร์ไม่ได้')).toMatchObject({ 'qr-symptom': 'no-scan' });
    expect(facts('th', 'ขึ้นว่าการอนุญาตล้มเหลว')).toMatchObject({ 'qr-symptom': 'auth-failed' });
    expect(facts('th', 'สแกนเสร็จแล้วมันหมุนค้าง')).toMatchObject({ 'qr-symptom': 'spinning' });
    expect(facts('th', 'มีแต่มือถือ ไม่มีคอม สแกนยังไง')).toMatchObject({ 'qr-symptom': 'same-phone' });
  });

  it('reads no symptom without a word of the QR step', () => {
    expect(facts('es', 'no funciona nada')).toEqual({});
    expect(facts('id', 'masih loading terus')).toEqual({});
  });

  it('quotes an error message in quotes, whatever the language', () => {
    expect(facts('vi', 'nó hiện "Ủy quyền không thành công"')).toMatchObject({ 'error-text': 'Ủy quyền không thành công' });
    expect(facts('es', 'me sale «La autorización ha fallado»')).toMatchObject({ 'error-text': 'La autorización ha fallado' });
  });
});

describe("the shop's status", () => {
  it('reads approval and activity next to words about the shop', () => {
    expect(facts('es', 'mi tienda todavía está en revisión')).toMatchObject({ 'shop-approved': 'no' });
    expect(facts('es', 'la tienda ya está aprobada y activa')).toMatchObject({ 'shop-approved': 'yes', 'shop-active': 'yes' });
    expect(facts('id', 'toko saya belum disetujui')).toMatchObject({ 'shop-approved': 'no' });
    expect(facts('id', 'tokonya udah aktif')).toMatchObject({ 'shop-active': 'yes' });
    expect(facts('vi', 'shop đang chờ duyệt')).toMatchObject({ 'shop-approved': 'no' });
    expect(facts('vi', 'cửa hàng đã được duyệt và đang hoạt động')).toMatchObject({ 'shop-approved': 'yes', 'shop-active': 'yes' });
    expect(facts('th', 'ร้านยังรออนุมัติอยู่')).toMatchObject({ 'shop-approved': 'no' });
    expect(facts('th', 'ร้านอนุมัติแล้วแต่ยังไม่เปิดใช้งาน')).toMatchObject({ 'shop-approved': 'yes', 'shop-active': 'no' });
  });
});

describe('the other shop', () => {
  it('reads who holds it and whether the user can get in', () => {
    expect(facts('es', 'la agencia vinculó mi cuenta a su tienda y no me contesta')).toMatchObject({ 'other-shop-holder': 'agency', 'other-shop-access': 'no' });
    expect(facts('es', 'mi exsocio tiene la tienda')).toMatchObject({ 'other-shop-holder': 'ex-partner' });
    expect(facts('id', 'mantan karyawan nautin akun ke toko lain')).toMatchObject({ 'other-shop-holder': 'employee' });
    expect(facts('id', 'aku masih bisa login ke toko itu', 'other-shop-access')).toMatchObject({ 'other-shop-access': 'yes' });
    expect(facts('vi', 'agency liên kết vào shop của họ giờ không liên lạc được')).toMatchObject({ 'other-shop-holder': 'agency', 'other-shop-access': 'no' });
    expect(facts('vi', 'không biết là shop nào')).toMatchObject({ 'other-shop-holder': 'unknown' });
    expect(facts('th', 'พนักงานเก่าเอาไปผูกกับร้านอื่น')).toMatchObject({ 'other-shop-holder': 'employee' });
    expect(facts('th', 'เข้าร้านนั้นไม่ได้', 'other-shop-access')).toMatchObject({ 'other-shop-access': 'no' });
  });
});

describe('role, market and followers', () => {
  it('reads who is writing', () => {
    expect(facts('es', 'soy creadora de contenido')).toMatchObject({ role: 'creator' });
    expect(facts('es', 'tengo una tienda de ropa')).toMatchObject({ role: 'seller' });
    expect(facts('id', 'aku affiliator')).toMatchObject({ role: 'creator' });
    expect(facts('id', 'saya punya toko online')).toMatchObject({ role: 'seller' });
    expect(facts('vi', 'mình là koc')).toMatchObject({ role: 'creator' });
    expect(facts('vi', 'em là chủ shop')).toMatchObject({ role: 'seller' });
    expect(facts('th', 'เป็นครีเอเตอร์')).toMatchObject({ role: 'creator' });
    expect(facts('th', 'เป็นแม่ค้าขายเสื้อผ้า')).toMatchObject({ role: 'seller' });
  });

  it("reads the person's own age as adult or minor", () => {
    expect(facts('es', 'tengo 17 años')).toMatchObject({ age: 'minor' });
    expect(facts('id', 'umur aku 20')).toMatchObject({ age: 'adult' });
    expect(facts('vi', 'em mới 16 tuổi')).toMatchObject({ age: 'minor' });
    expect(facts('th', 'อายุ 25 ค่ะ')).toMatchObject({ age: 'adult' });
    expect(extractFacts("i'm 16")).toMatchObject({ age: 'minor' });
    expect(facts('es', 'tengo 2 tiendas')).not.toHaveProperty('age');
    expect(facts('id', 'tertaut 2 tahun lalu')).not.toHaveProperty('age');
  });

  it('reads market names in each language', () => {
    expect(facts('es', 'vendo desde México')).toMatchObject({ market: 'MX' });
    expect(facts('es', 'estoy en España')).toMatchObject({ market: 'ES' });
    expect(facts('id', 'saya dari Indonesia')).toMatchObject({ market: 'ID' });
    expect(facts('id', 'aku jualan di makassar')).toMatchObject({ market: 'ID' });
    expect(facts('id', 'kl udah bisa kabarin ya')).not.toHaveProperty('market');
    expect(facts('vi', 'shop ở Việt Nam')).toMatchObject({ market: 'VN' });
    expect(facts('vi', 'shop bán ở Mỹ')).toMatchObject({ market: 'US' });
    expect(facts('th', 'ขายในประเทศไทย')).toMatchObject({ market: 'TH' });
  });

  it('reads follower counts with their multipliers', () => {
    expect(facts('es', 'tengo 10 mil seguidores')).toMatchObject({ followers: '10000' });
    expect(facts('es', '1,5 millones de seguidores')).toMatchObject({ followers: '1500000' });
    expect(facts('id', '10rb pengikut')).toMatchObject({ followers: '10000' });
    expect(facts('id', 'followers aku baru 800')).toMatchObject({ followers: '800' });
    expect(facts('vi', 'kênh có 10k follow')).toMatchObject({ followers: '10000' });
    expect(facts('vi', '2 nghìn người theo dõi')).toMatchObject({ followers: '2000' });
    expect(facts('th', 'มีผู้ติดตาม 1 หมื่นคน')).toMatchObject({ followers: '10000' });
    expect(facts('th', 'ผู้ติดตาม 5,000 คน')).toMatchObject({ followers: '5000' });
  });

  it('does not read Vietnamese words that look like English ones as facts', () => {
    // "trạng thái" (status) is not Thailand, "bạn" (you) is not a ban.
    expect(facts('vi', 'trạng thái của bạn')).toEqual({});
  });
});

describe('an age typed alone at the age question', () => {
  it('is read in the conversation language, and not when it says "not yet"', () => {
    expect(facts('vi', '25', 'age')).toEqual({ age: 'adult' });
    expect(facts('vi', 'chưa đủ 18', 'age')).not.toEqual({ age: 'adult' });
    expect(facts('th', 'ยังไม่ถึง18', 'age')).not.toEqual({ age: 'adult' });
    expect(facts('th', 'ยังค่ะ ปีหน้าถึงจะครบ18', 'age')).not.toEqual({ age: 'adult' });
  });
});
