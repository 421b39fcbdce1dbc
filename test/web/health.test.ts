// /healthz and the platforms' live connections: a short drop shows as "down" but keeps 200 (a gateway resume
// takes seconds); a connection down for longer than a minute makes it 503, so traffic goes elsewhere.
import { expect, it } from 'vitest';
import { Connection, DOWN_TOO_LONG_MS } from '../../src/connection.ts';
import { MemoryStore } from '../../src/store/memory.ts';
import { checkHealth } from '../../src/web/health.ts';
import { fixedFlows } from '../../src/web/flows.ts';
import { engine } from '../support.ts';

it('reports each connection, and answers 503 only once one has been down too long', async () => {
  let now = Date.parse('2026-11-28T10:00:00Z');
  const clock = () => now;
  const store = new MemoryStore();
  const flows = fixedFlows(engine(store));
  const slack = new Connection('up', clock);
  const discord = new Connection('up', clock);
  const health = () => checkHealth(store, ['slack (socket)', 'discord', 'web'], flows, { slack, discord });

  expect(await health()).toEqual({
    code: 200,
    body: {
      status: 'ok',
      platforms: ['slack (socket)', 'discord', 'web'],
      database: 'reachable',
      connections: { slack: { state: 'up', since: '2026-11-28T10:00:00.000Z' }, discord: { state: 'up', since: '2026-11-28T10:00:00.000Z' } },
    },
  });

  now += 5_000;
  discord.set('down');
  now += DOWN_TOO_LONG_MS;
  const brief = await health();
  expect(brief.code).toBe(200);
  expect(brief.body.connections!.discord).toEqual({ state: 'down', since: '2026-11-28T10:00:05.000Z' });

  now += 1;
  const long = await health();
  expect(long.code).toBe(503);
  expect(long.body).toMatchObject({ status: 'unavailable', database: 'reachable', connections: { discord: { state: 'down' }, slack: { state: 'up' } } });

  // Back up: healthy again at once.
  discord.set('up');
  expect((await health()).code).toBe(200);
});
