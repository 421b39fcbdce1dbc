// The adapter contract through the web preview: its HTTP server, spoken to as the page's script does.
import { adapterContract } from './contract.ts';
import { webDriver } from './web-driver.ts';

adapterContract('the web preview', webDriver);
