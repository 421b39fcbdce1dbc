// Out-of-scope topics asked in Spanish, Indonesian, Vietnamese and Thai ("retirar mi saldo", "pencairan
// dana", "rút tiền", "ถอนเงิน"): recognised by topic even when a linking word (QR, link, bank "linking") is in them.
import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../../../src/understanding/lexicons/by-language.ts';
import { topicOf, type Topic } from '../../../src/understanding/scope.ts';
import type { Language } from '../../../src/i18n/languages.ts';

const ASKED: Record<Exclude<Language, 'en'>, Record<Topic, string[]>> = {
  es: {
    payouts: ['cómo puedo retirar mi saldo', 'cuándo me depositan lo de mis ventas', 'quiero vincular mi cuenta bancaria para cobrar', 'el cliente no puede pagar con el código qr'],
    refunds: ['un cliente pide un reembolso', 'cómo acepto una devolución'],
    orders: ['cómo imprimo la guía de envío', 'el paquete no ha llegado al cliente'],
    listings: ['me rechazaron un producto', 'cómo subo productos a mi tienda'],
    fees: ['cuánta comisión cobra tiktok por venta', 'qué tarifas tiene vender'],
    ads: ['me cobraron dos veces los anuncios en la tarjeta', 'cuánto cuesta anunciarme'],
    violations: ['me suspendieron la tienda, cómo apelo', 'tengo puntos de infracción'],
    'other-platforms': ['quiero conectar mi tienda de shopify', 'sincronizar con mercado libre'],
    'shop-settings': ['cómo cambio el nombre de mi tienda', 'cambiar la dirección de devolución'],
  },
  id: {
    payouts: ['gimana cara pencairan dana', 'saldo penjualan belum masuk rekening', 'ganti rekening bank buat pencairan', 'pembeli gak bisa bayar pakai qris'],
    refunds: ['pembeli minta refund', 'cara proses retur barang'],
    orders: ['cara cetak resi', 'paketnya belum sampai ke pembeli'],
    listings: ['produk aku ditolak terus', 'cara upload produk ke toko'],
    fees: ['biaya admin tiktok shop berapa persen', 'tiktok potong berapa per transaksi'],
    ads: ['kartu kredit kepotong buat iklan', 'berapa biaya pasang iklan'],
    violations: ['toko kena pelanggaran, gimana banding', 'akun dibekukan'],
    'other-platforms': ['mau sambungin toko shopee', 'sinkron sama tokopedia'],
    'shop-settings': ['gimana ganti nama toko', 'ubah alamat gudang'],
  },
  vi: {
    payouts: ['làm sao rút tiền về ngân hàng', 'tien ban hang chua ve tai khoan', 'đổi tài khoản ngân hàng nhận tiền', 'khách không thanh toán được bằng mã qr'],
    refunds: ['khách muốn trả hàng hoàn tiền', 'xử lý đơn hoàn hàng thế nào'],
    orders: ['in phiếu giao hàng ở đâu', 'khách báo chưa nhận được hàng'],
    listings: ['sp đăng lên bị từ chối', 'cách đăng sản phẩm lên shop'],
    fees: ['tiktok thu phí bao nhiêu phần trăm', 'phí sàn là bao nhiêu'],
    ads: ['thẻ bị trừ tiền quảng cáo hai lần', 'nạp tiền quảng cáo ở đâu'],
    violations: ['shop bị vi phạm, kháng nghị thế nào', 'tài khoản bị khóa'],
    'other-platforms': ['đồng bộ shop shopee sang tiktok', 'nối với lazada được không'],
    'shop-settings': ['đổi tên shop như thế nào', 'đổi địa chỉ kho'],
  },
  th: {
    payouts: ['ถอนเงินยังไง', 'เงินจากยอดขายยังไม่เข้าบัญชี', 'เปลี่ยนบัญชีธนาคารรับเงินยังไง', 'ลูกค้าจ่ายด้วยคิวอาร์ไม่ได้'],
    refunds: ['ลูกค้าขอคืนเงิน', 'ลูกค้าขอคืนสินค้า'],
    orders: ['พิมพ์ใบปะหน้าตรงไหน', 'ลูกค้าบอกว่ายังไม่ได้รับของ'],
    listings: ['สินค้าโดนลบ', 'ลงสินค้าในร้านยังไง'],
    fees: ['tiktok หักค่าธรรมเนียมกี่เปอร์เซ็นต์', 'ค่าธรรมเนียมการขายเท่าไหร่'],
    ads: ['โดนตัดบัตรค่าโฆษณาสองรอบ', 'เติมเงินโฆษณายังไง'],
    violations: ['ร้านโดนแบน จะอุทธรณ์ยังไง', 'บัญชีถูกระงับ'],
    'other-platforms': ['อยากเชื่อมร้าน shopee', 'ขายใน lazada ด้วย'],
    'shop-settings': ['เปลี่ยนชื่อร้านยังไง', 'เปลี่ยนที่อยู่คลังสินค้า'],
  },
};

describe('out-of-scope topics in each language', () => {
  for (const [language, topics] of Object.entries(ASKED) as [Exclude<Language, 'en'>, Record<Topic, string[]>][]) {
    it(`recognises every topic in ${language}`, () => {
      for (const [topic, questions] of Object.entries(topics)) {
        for (const q of questions) expect({ q, topic: topicOf(q, lexiconFor(language)) }).toEqual({ q, topic });
      }
    });
  }

  it('leaves linking questions alone in every language', () => {
    expect(topicOf('no puedo escanear el código QR', lexiconFor('es'))).toBeUndefined();
    expect(topicOf('cómo vinculo mi cuenta a la tienda', lexiconFor('es'))).toBeUndefined();
    expect(topicOf('keranjang kuning ga muncul', lexiconFor('id'))).toBeUndefined();
    expect(topicOf('tài khoản đã liên kết với shop khác', lexiconFor('vi'))).toBeUndefined();
    expect(topicOf('bạn ơi giúp mình liên kết tài khoản', lexiconFor('vi'))).toBeUndefined();
    expect(topicOf('ผูกบัญชีกับร้านค้ายังไง', lexiconFor('th'))).toBeUndefined();
  });

  it('still hears English topics in any language', () => {
    expect(topicOf('when do I get my payout', lexiconFor('vi'))).toBe('payouts');
    expect(topicOf('refund request', lexiconFor('th'))).toBe('refunds');
  });
});
