/** The shared adapter contract against the real bot core, through Slack in both modes. */
import { adapterContract } from '../contract.ts';
import { startSlackHarness } from './slack-harness.ts';

adapterContract('slack (HTTP mode)', (core) => startSlackHarness(core, 'http'));
adapterContract('slack (Socket Mode)', (core) => startSlackHarness(core, 'socket'));
