// The adapter contract through Slack: a real Bolt app over signed HTTP, against the fake Web API.
import { adapterContract } from './contract.ts';
import { slackDriver } from './slack-driver.ts';

adapterContract('Slack', slackDriver);
