// The Discord adapter's public face: what `shoplink start` (one Client, or shard processes with DISCORD_SHARDS)
// and `shoplink register-commands` call.
// Everything else in this folder is an implementation detail of these.
export { startDiscord, type DiscordBot, type StartDiscordOptions } from './client.ts';
export { startDiscordShards, type DiscordShards, type StartDiscordShardsOptions } from './shards.ts';
export { readDiscordConfig, type DiscordConfig } from './config.ts';
export { linkhelpCommand, registerCommands, registeredCommands, type RegisterOptions } from './commands.ts';
