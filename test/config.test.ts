// The one config assembly's own settings: the support desk's language is one shoplink speaks, English by default,
// and a wrong one stops start-up naming DESK_LANGUAGE and the languages to choose from.
import { describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.ts';

describe('DESK_LANGUAGE', () => {
  it('is English unless set, also when .env leaves it empty', () => {
    expect(readConfig({}).deskLanguage).toBe('en');
    expect(readConfig({ DESK_LANGUAGE: '' }).deskLanguage).toBe('en');
  });

  it('takes any language the bot speaks, by its code in any case', () => {
    expect(readConfig({ DESK_LANGUAGE: 'es' }).deskLanguage).toBe('es');
    expect(readConfig({ DESK_LANGUAGE: 'TH' }).deskLanguage).toBe('th');
  });

  it('names the variable and the languages to choose from when it is another', () => {
    expect(() => readConfig({ DESK_LANGUAGE: 'fr' })).toThrow(
      'DESK_LANGUAGE: use one of the languages shoplink speaks: en (English), es (Spanish), id (Indonesian), vi (Vietnamese) or th (Thai)',
    );
    expect(() => readConfig({ DESK_LANGUAGE: 'Spanish' })).toThrow(/^DESK_LANGUAGE: use one of/);
  });
});
