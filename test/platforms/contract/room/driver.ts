// The contract driver for the room: people act through the room's API and see what the room shows them.
import type { Address } from '../../../../src/address.ts';
import type { ContractPlatform, ContractUser, Seen } from '../driver.ts';
import { startRoom } from './adapter.ts';
import { roomPlatform } from './platform.ts';
import { Room, type RoomMessage } from './room.ts';

export function roomDriver(): ContractPlatform {
  let room: Room;
  const user = (person: string): ContractUser => {
    const newest = (test: (m: RoomMessage) => boolean, what: string) => {
      const m = room.visibleTo(person).findLast(test);
      if (!m) throw new Error(`${person} sees no ${what}`);
      return m;
    };
    const withLabel = (label: string) => newest((m) => m.controls.some((c) => c.label === label), `"${label}"`);
    return {
      id: person,
      start: async () => (await room.enter(person), {}),
      type: async (text) => (await room.say(person, text), {}),
      press: async (label, from) => (await room.use(person, from ? (from.ref as RoomMessage) : withLabel(label), label), {}),
      async answer(text) {
        const asking = newest((m) => m.controls.some((c) => c.opensForm), 'question');
        await room.use(person, asking, asking.controls.find((c) => c.opensForm)!.label);
        await room.submit(person, text);
        return {};
      },
      async doublePress(label) {
        const m = withLabel(label);
        await Promise.all([room.use(person, m, label), room.use(person, m, label)]);
      },
      async seen(): Promise<Seen[]> {
        return room.visibleTo(person).map((m) => ({
          text: m.text,
          buttons: m.controls.map((c) => c.label),
          select: m.select,
          form: m.controls.some((c) => c.opensForm),
          private: m.to === person,
          ref: structuredClone(m),
        }));
      },
      where: (): Address => ({ platform: roomPlatform.id, workspace: 'room', channel: 'main', user: person }),
    };
  };
  return {
    spec: roomPlatform,
    bystander: 'roomboss',
    async start(h) {
      room = new Room();
      h.cases.connect(startRoom({ conversations: h.conversations, room, log: h.log }));
    },
    async stop() {},
    user,
    pings: () => room.messages.map((m) => m.text).filter((t) => t.includes('@{roomboss}')),
  };
}
