// Spanish as typed in chat: stretched greetings ("holaa"), slang and address words ("wey", "pa", "parce"),
// "vivo en" that is where one lives and no LIVE, a question's shape when its words fit no flow clearly,
// and shop settings asked in a seller's own words.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/understanding/facts.ts';
import { commandOf } from '../../../src/understanding/commands.ts';
import { topicOf } from '../../../src/understanding/scope.ts';
import { shapeOf, reshapedOf } from '../../../src/understanding/shapes.ts';
import { contentWords } from '../../../src/understanding/words.ts';
import { lexiconFor } from '../../../src/understanding/lexicons/by-language.ts';

const es = lexiconFor('es');
const facts = (text: string, asking?: string) => extractFacts(text, { lex: es, asking });

describe('Spanish greetings and chat words', () => {
  it('greets with stretched letters, and not inside a question', () => {
    expect(commandOf('holaa', es)).toBe('greet');
    expect(commandOf('holiii', es)).toBe('greet');
    expect(commandOf('buenaaas', es)).toBe('greet');
    expect(commandOf('hola, no me sale la bolsa', es)).not.toBe('greet');
  });

  it('leaves slang and where one lives out of the words that route', () => {
    expect(contentWords('wey como le hago pa conectar', es)).not.toContain('wey');
    expect(contentWords('tengo 600 nomas y vivo en monterrey', es)).not.toContain('live');
    expect(contentWords('quiero vender en vivo', es)).toContain('live');
    expect(contentWords('como la meto como cuenta extra', es)).toContain('add');
  });

  it('reads a follower count said after asking about followers, and not an age', () => {
    expect(facts('cuantos seguidores piden? tengo 600 nomas')).toMatchObject({ followers: '600' });
    expect(facts('cuantos seguidores piden? tengo 17 años').followers).toBeUndefined();
  });
});

describe('Spanish question shapes', () => {
  it('asks for tips after linking, the linking steps, or the checklist', () => {
    expect(shapeOf('como hago para vender en un live? ya tengo la cuenta conectada', {}, es)).toBe('after-link');
    expect(shapeOf('tips para empezar a vender?', {}, es)).toBe('after-link');
    expect(shapeOf('como le hago pa conectar mi cuenta con mi tienda', {}, es)).toBe('seller-link');
    expect(shapeOf('como puedo vincularme como afiliado', { role: 'creator' }, es)).toBe('creator-link');
    expect(shapeOf('cuantos seguidores piden para vender', {}, es)).toBe('preflight');
    // A problem named is no question of shape.
    expect(shapeOf('como vinculo si me sale error', {}, es)).toBeUndefined();
  });

  it('takes a linked account whose features are missing to the missing-icon tree', () => {
    expect(reshapedOf('no me deja etiquetar productos en los videos', 'after-link', es)).toBe('missing-icon');
    expect(reshapedOf('como etiqueto productos en mis videos', 'after-link', es)).toBeUndefined();
  });
});

describe('Spanish shop settings', () => {
  it('hears renaming the shop, its warehouse address and its tax details', () => {
    expect(topicOf('como le cambio el nombre a la tienda?', es)).toBe('shop-settings');
    expect(topicOf('quiero renombrar mi tienda', es)).toBe('shop-settings');
    expect(topicOf('donde cambio la direccion de la bodega', es)).toBe('shop-settings');
    expect(topicOf('tengo que actualizar los datos fiscales', es)).toBe('shop-settings');
    expect(topicOf('como vinculo mi cuenta a la tienda', es)).toBeUndefined();
  });
});
