// The adapter contract through Discord: a real discord.js Client on the fake gateway and REST API.
import { adapterContract } from './contract.ts';
import { discordDriver } from './discord-driver.ts';

adapterContract('Discord', discordDriver);
