// Commands, person requests and frustration in Spanish, Indonesian, Vietnamese and Thai, typed the way
// people type them (with or without accents, casual spellings), read beside English as people mix the two.
import { describe, expect, it } from 'vitest';
import { asksForPerson, commandOf, isFrustrated } from '../../../src/understanding/commands.ts';
import { lexiconFor } from '../../../src/understanding/lexicons/by-language.ts';

const es = lexiconFor('es');
const id = lexiconFor('id');
const vi = lexiconFor('vi');
const th = lexiconFor('th');

describe('commands in each language', () => {
  it('knows Spanish commands, with or without accents and courtesy', () => {
    expect(commandOf('Empezar de nuevo', es)).toBe('restart');
    expect(commandOf('volver al menú principal', es)).toBe('restart');
    expect(commandOf('atrás', es)).toBe('back');
    expect(commandOf('atras porfa', es)).toBe('back');
    expect(commandOf('me equivoqué de botón', es)).toBe('back');
    expect(commandOf('¿qué puedes hacer?', es)).toBe('help');
    expect(commandOf('olvídame', es)).toBe('forget');
    expect(commandOf('borra todos mis datos por favor', es)).toBe('forget');
    expect(commandOf('no me recuerdes mañana', es)).toBe('cancel');
    expect(commandOf('muchas gracias!!', es)).toBe('thanks');
    expect(commandOf('buenas tardes', es)).toBe('greet');
  });

  it('knows Indonesian commands, formal and casual', () => {
    expect(commandOf('mulai dari awal', id)).toBe('restart');
    expect(commandOf('balik ke menu utama', id)).toBe('restart');
    expect(commandOf('kembali dong', id)).toBe('back');
    expect(commandOf('salah pencet', id)).toBe('back');
    expect(commandOf('bisa bantu apa aja?', id)).toBe('help');
    expect(commandOf('hapus data saya', id)).toBe('forget');
    expect(commandOf('batalin pengingatnya aja', id)).toBe('cancel');
    expect(commandOf('makasih ya kak', id)).toBe('thanks');
    expect(commandOf('halo kak', id)).toBe('greet');
  });

  it('knows Vietnamese commands, with and without diacritics', () => {
    expect(commandOf('bắt đầu lại', vi)).toBe('restart');
    expect(commandOf('bat dau lai', vi)).toBe('restart');
    expect(commandOf('quay lại bước trước', vi)).toBe('back');
    expect(commandOf('quay lai', vi)).toBe('back');
    expect(commandOf('bạn giúp được gì?', vi)).toBe('help');
    expect(commandOf('xoá hết dữ liệu của em đi', vi)).toBe('forget');
    expect(commandOf('không cần nhắc nữa đâu', vi)).toBe('cancel');
    expect(commandOf('cảm ơn nhiều nha', vi)).toBe('thanks');
    expect(commandOf('chào shop', vi)).toBe('greet');
  });

  it('knows Thai commands written without spaces, polite particles and all', () => {
    expect(commandOf('เริ่มใหม่', th)).toBe('restart');
    expect(commandOf('ขอเริ่มใหม่ค่ะ', th)).toBe('restart');
    expect(commandOf('ย้อนกลับ', th)).toBe('back');
    expect(commandOf('ขอกลับไปข้อที่แล้วหน่อย', th)).toBe('back');
    expect(commandOf('ช่วยอะไรได้บ้าง', th)).toBe('help');
    expect(commandOf('ลบข้อมูลของฉันด้วย', th)).toBe('forget');
    expect(commandOf('ไม่ต้องเตือนนะ', th)).toBe('cancel');
    expect(commandOf('ขอบคุณค้าบบ', th)).toBe('thanks');
    expect(commandOf('สวัสดีค่ะ', th)).toBe('greet');
  });

  it('still knows English commands in every language', () => {
    for (const lex of [es, id, vi, th]) {
      expect(commandOf('start over', lex)).toBe('restart');
      expect(commandOf('back', lex)).toBe('back');
      expect(commandOf('thanks', lex)).toBe('thanks');
    }
  });

  it('does not take a topic sentence for a command', () => {
    expect(commandOf('volver a vincular mi cuenta a la tienda', es)).toBeUndefined();
    expect(commandOf('akun saya sudah tertaut ke toko lain', id)).toBeUndefined();
    expect(commandOf('quay lại trang cá nhân không thấy giỏ hàng', vi)).not.toBe('restart');
    expect(commandOf('ตะกร้าไม่ขึ้นในโปรไฟล์', th)).toBeUndefined();
  });
});

describe('a person asked for in each language', () => {
  it('hears a person asked for in a sentence', () => {
    expect(asksForPerson('quiero hablar con un agente de verdad', es)).toBe(true);
    expect(asksForPerson('pásame con alguien del equipo de soporte', es)).toBe(true);
    expect(asksForPerson('mau ngomong sama cs asli dong', id)).toBe(true);
    expect(asksForPerson('tolong sambungkan ke orang beneran', id)).toBe(true);
    expect(asksForPerson('cho mình nói chuyện với nhân viên hỗ trợ', vi)).toBe(true);
    expect(asksForPerson('co ai o do khong', vi)).toBe(true);
    expect(asksForPerson('ขอคุยกับเจ้าหน้าที่หน่อยค่ะ', th)).toBe(true);
    expect(asksForPerson('มีคนอยู่ไหม', th)).toBe(true);
  });

  it('does not take someone else holding the shop for a request', () => {
    expect(asksForPerson('la cuenta la vinculó otra persona a su tienda', es)).toBe(false);
    expect(asksForPerson('akunnya ditautkan orang lain ke tokonya', id)).toBe(false);
    expect(asksForPerson('nhân viên cũ liên kết tài khoản vào shop khác', vi)).toBe(false);
    expect(asksForPerson('คนอื่นเอาบัญชีไปผูกกับร้าน', th)).toBe(false);
  });

  it('hears "orang" as a person only beside the request, not when it opens a reason', () => {
    expect(asksForPerson('aku mau ngobrol sama orang aja', id)).toBe(true);
    expect(asksForPerson('ada agent yg bisa bantu ga?', id)).toBe(true);
    expect(asksForPerson('gimana mau scan qr nya orang seller center nya kebuka di hp ini', id)).toBe(false);
  });

  it('hears giving up on the bot', () => {
    expect(isFrustrated('esto no sirve para nada, ya intenté todo', es)).toBe(true);
    expect(isFrustrated('udah coba semua tetep gak bisa', id)).toBe(true);
    expect(isFrustrated('thử hết rồi mà vẫn lỗi, vô dụng', vi)).toBe(true);
    expect(isFrustrated('ลองทุกอย่างแล้ว ไม่ช่วยอะไรเลย', th)).toBe(true);
    expect(isFrustrated('todo bien, gracias', es)).toBe(false);
  });
});
