// Who is the support team on Discord: members holding SUPPORT_ROLE_ID. Decided from what Discord sends with
// the interaction or message (no store, no extra call), so a refusal is immediate. Without the role, nobody is.
import { GuildMember, type APIInteractionGuildMember } from 'discord.js';

type Member = GuildMember | APIInteractionGuildMember | null | undefined;

export function isStaff(roleId: string | undefined, member: Member): boolean {
  if (!roleId || !member) return false;
  // A member of an uncached guild arrives raw, its roles a list of ids.
  if (Array.isArray(member.roles)) return member.roles.includes(roleId);
  return member instanceof GuildMember && member.roles.cache.has(roleId);
}

/** How an agent is named to the user: their server nickname, else their display name. */
export function nameOf(member: Member, user: { displayName: string }): string {
  if (member instanceof GuildMember) return member.displayName;
  return member?.nick ?? user.displayName;
}
