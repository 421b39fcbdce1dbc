// A whole shoplink adapter for the room, as small as one can be: people's acts become the engine's inputs, and each
// turn is shown as the engine says (where, to whom, what the used controls give way to). It decides nothing.
import type { Address } from '../../../../src/address.ts';
import { failedTurn, type Conversations, type TurnResult } from '../../../../src/conversation/conversation.ts';
import type { Input } from '../../../../src/conversation/input.ts';
import type { Reply } from '../../../../src/conversation/reply.ts';
import type { Reach } from '../../../../src/handoff/desk.ts';
import type { Logger } from '../../../../src/log.ts';
import { roomPlatform } from './platform.ts';
import type { Room, RoomEvent, RoomMessage } from './room.ts';

const MAX_BUTTONS = roomPlatform.limits!.buttons;

/** A reply as a room message: its buttons (a select menu past the limit), or the control that opens its form. */
function messageOf(r: Reply, to: string | undefined): Omit<RoomMessage, 'id'> {
  const controls = r.ask
    ? [{ label: 'Answer', value: r.ask.action, opensForm: true }]
    : (r.buttons ?? []).map((b) => ({ label: b.label, value: b.action, opensForm: false }));
  return { text: r.text, controls, select: (r.buttons?.length ?? 0) > MAX_BUTTONS, ...(to ? { to } : {}) };
}

export function startRoom(o: { conversations: Conversations; room: Room; log: Logger }): { reach: Reach } {
  const { conversations, room } = o;
  const addressOf = (person: string): Address => ({ platform: roomPlatform.id, workspace: 'room', channel: 'main', user: person });

  const show = (turn: TurnResult, e: RoomEvent) => {
    const { to, chosen, replacesUsed } = turn.show;
    if (to === 'nobody') return;
    const used = e.kind === 'use' ? e.message : e.kind === 'submit' ? room.messages.find((m) => m.id === e.form.from) : undefined;
    if (used && replacesUsed && chosen !== undefined) room.edit(used.id, { text: `${used.text}\n✓ ${roomPlatform.inert!(chosen)}`, controls: [] });
    for (const r of turn.replies) room.post(messageOf(r, to === 'actor' ? e.person : undefined));
  };

  room.listen(async (e) => {
    let input: Input;
    if (e.kind === 'enter') input = { type: 'start' };
    else if (e.kind === 'say') input = { type: 'text', text: e.text, key: String(e.id) };
    else if (e.kind === 'submit') input = { type: 'answer', action: e.form.value, text: e.text };
    else {
      const form = conversations.form(e.control.value, { label: e.control.label, text: e.message.text });
      if (form) return room.openForm(e.person, { value: form.action, label: form.label ?? e.control.label, placeholder: form.placeholder, from: e.message.id });
      input = { type: 'press', action: e.control.value };
    }
    const turn = await conversations.handle(addressOf(e.person), input).catch((err: unknown) => {
      o.log.error({ err }, 'room: turn failed');
      return failedTurn();
    });
    show(turn, e);
  });

  return {
    reach: {
      platform: roomPlatform.id,
      async send(address, replies) {
        for (const r of replies) room.post(messageOf(r, address.user));
      },
    },
  };
}
