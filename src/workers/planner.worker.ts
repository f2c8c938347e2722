/// <reference lib="webworker" />
import loadHighs from 'highs';
import wasmUrl from 'highs/runtime?url';
import { buildNetworkIndex, type NetworkIndex } from '../domain/network-index';
import type { MipSolver } from '../domain/planner/mip';
import { highsSolver } from '../io/solver/highs';
import type { PlannerInput, PlannerOutput } from './planner-protocol';
import { runPlan } from './run-plan';

let index: NetworkIndex | undefined;
let solver: Promise<MipSolver> | undefined;
// The 3.5 MB solver is fetched on the first plan only, and once.
const loadSolver = () => (solver ??= loadHighs({ locateFile: () => wasmUrl }).then(highsSolver));
const post = (message: PlannerOutput) => self.postMessage(message);

self.onmessage = (event: MessageEvent<PlannerInput>) => {
  const message = event.data;
  if (message.type === 'network') {
    index = buildNetworkIndex(message.catalogs, message.network, message.unloaded).index;
    return;
  }
  const { id } = message;
  if (!index) return post({ type: 'failed', id, message: 'no network' });
  runPlan(index, message.request, message.timeLimitSeconds, loadSolver, (result) =>
    post({ type: 'result', id, result }),
  ).catch((e: unknown) => post({ type: 'failed', id, message: e instanceof Error ? e.message : String(e) }));
};
