// The adapter contract through "room", a platform that exists only here: proof that a platform is added by
// declaring it and writing its adapter, with no change to shoplink's own files (see docs/adding-a-platform.md).
import { platforms } from '../../../src/platforms/registry.ts';
import { adapterContract } from './contract.ts';
import { roomDriver } from './room/driver.ts';
import { roomPlatform } from './room/platform.ts';

platforms.register(roomPlatform);

adapterContract('a test-only platform (room)', roomDriver);
