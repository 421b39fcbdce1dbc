import { openFlows } from '../src/flow/open.ts';
import { Understanding } from '../src/understanding/interpret.ts';
import { choiceFromText } from '../src/understanding/choices.ts';
const u = new Understanding(openFlows('flows'));
console.log((u as any).flowOfFact);
const [step, ...texts] = process.argv.slice(2);
for (const t of texts) console.log(t, '→', JSON.stringify(u.interpret(t, step === '-' ? {} : { step: step as any, facts: {} })), step !== '-' ? JSON.stringify(u.offered(step as any, {}).map(o=>o.label)) : '');
