// The adapter contract through the terminal's scripted chat, where it fits: one person, the newest choices only.
import { adapterContract } from './contract.ts';
import { terminalDriver } from './terminal-driver.ts';

adapterContract('the terminal', terminalDriver);
