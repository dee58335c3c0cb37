import { adapterContract } from '../adapters/contract.ts';
import { startFakeHarness } from './fake-harness.ts';

adapterContract('in-memory fake', startFakeHarness);
