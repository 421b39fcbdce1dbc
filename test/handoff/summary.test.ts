// What an agent reads about a case: inferred answers marked as such, facts with the user's own words, and the whole
// post in the desk's language (DESK_LANGUAGE) with the user's language shown and their words as they wrote them.
import { describe, expect, it } from 'vitest';
import { deskWordsIn } from '../../src/handoff/desk-words.ts';
import { openCasesText } from '../../src/handoff/listing.ts';
import { summarize } from '../../src/handoff/summary.ts';
import { MemoryStore } from '../../src/store/memory.ts';
import { engine, shippedFlows, User } from '../support.ts';

describe('a case summary', () => {
  it('marks inferred answers and quotes the words a fact came from', async () => {
    const store = new MemoryStore();
    const user = new User(engine(store));
    await user.say('every time I scan it says authorization failed');
    await user.press('Still not working');
    await user.press('Still not working');
    await user.say('Authorization failed, code 1234');
    const c = (await store.getCase(1))!;
    const { body } = summarize(c, shippedFlows(), { escape: (t) => t, now: c.openedAt, where: 'here', person: (_p, u) => u, deskPlatform: 'slack', words: deskWordsIn('en') });
    expect(body).toContain('- what-happens: It says "authorization failed" (not asked: inferred from what they said)');
    expect(body).toContain('- qr-symptom: auth-failed (from their words: "every time I scan it says authorization failed")');
    expect(body).not.toContain('qr-symptom.said');
  });

  it("reads in the desk's language: a Thai seller's case on a Spanish desk", async () => {
    const store = new MemoryStore();
    const flows = shippedFlows();
    const user = new User(engine(store));
    const thai = flows.translations.get('th')!.get('qr-failure')!.steps;
    const spanish = flows.translations.get('es')!.get('qr-failure')!;
    await user.send({ type: 'start', flow: 'qr-failure', locale: 'th-TH' });
    await user.press(thai['what-happens']!.choices!['no-scan']!.label);
    await user.press(thai['restart-app']!.choices!['clear-browser']!.label);
    await user.press(thai['clear-browser']!.choices!['ask-message']!.label);
    await user.say('ยังสแกนไม่ได้ ขึ้นว่า error 1002 <@U1>');
    const c = (await store.getCase(1))!;
    const words = deskWordsIn('es');
    const { title, body } = summarize(
      { ...c, language: 'th' },
      flows,
      { escape: (t) => `«${t}»`, now: c.openedAt + 3 * 60_000, where: 'aquí', person: (_p, u) => u, deskPlatform: 'slack', words },
    );
    expect(title).toBe(`Caso #1 · ${spanish.title}`);
    expect(body).toContain('**Estado:** abierto, sin asignar');
    expect(body).toContain('**Idioma:** tailandés (ภาษาไทย, th)');
    expect(body).toContain(`**Motivo de la derivación:** ${spanish.steps.escalate!.handoff!.reason}`);
    expect(body).toContain('**En espera:** 3 min');
    expect(body).toContain(`**Pasos seguidos** (${spanish.title}):`);
    // What she pressed reads in Spanish; what she typed is quoted as she wrote it.
    expect(body).toContain(`- what-happens: ${spanish.steps['what-happens']!.choices!['no-scan']!.label}`);
    expect(body).toContain('- ask-message: «ยังสแกนไม่ได้ ขึ้นว่า error 1002 <@U1>»');
    expect(body).toContain('**Lo que sabe el bot:**');
    expect(body).not.toMatch(/Status|Steps taken|What the bot learned|Requester/);
  });

  it('lists open cases in the desk language', async () => {
    const store = new MemoryStore();
    const user = new User(engine(store));
    await user.say('talk to a person');
    await user.say('Necesito ayuda con mi tienda');
    const c = (await store.getCase(1))!;
    expect(openCasesText([c], c.openedAt + 2 * 3_600_000 + 5 * 60_000, deskWordsIn('vi'))).toBe(
      `**Yêu cầu đang mở (1):**\n- #1 · system · đang mở · người dùng terminal ana · đã chờ 2 giờ 5 phút`,
    );
    expect(openCasesText([], 0, deskWordsIn('th'))).toBe('ไม่มีเคสที่เปิดอยู่ 🎉');
  });
});
