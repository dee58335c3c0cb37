import { adapterContract } from '../contract.ts';
import { startConsoleHarness } from './console-harness.ts';

adapterContract('terminal', startConsoleHarness);
