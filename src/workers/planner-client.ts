import type { LoadedNetwork } from '../io/network-source';
import type { PlanResult } from '../domain/planner/plan';
import type { PlanRequest } from '../domain/planner/request';
import type { PlannerInput, PlannerOutput } from './planner-protocol';

export interface PlanCallbacks {
  onResult: (result: PlanResult) => void;
  onFailed: (message: string) => void;
}

/** Seconds the solver may spend proving a plan optimal before the best plan found so far is kept. */
export const TIME_LIMIT_SECONDS = 20;

/**
 * Plans in a Web Worker so the page never freezes. A solve cannot be interrupted from outside, so a new request
 * while one is running replaces the worker instead of queueing behind it.
 */
export class PlannerClient {
  private worker: Worker | undefined;
  private network: LoadedNetwork | undefined;
  private busy = false;
  private nextId = 1;

  plan(network: LoadedNetwork, request: PlanRequest, callbacks: PlanCallbacks): void {
    const id = this.nextId++;
    if (typeof Worker === 'undefined') return void this.planHere(network, request, id, callbacks);
    if (this.busy || !this.worker) this.restart();
    if (this.network !== network) {
      this.network = network;
      this.send({
        type: 'network',
        catalogs: network.catalogs,
        unloaded: network.unloaded,
        network: network.network,
      });
    }
    this.busy = true;
    this.worker!.onmessage = (event: MessageEvent<PlannerOutput>) => {
      const message = event.data;
      if (message.id !== id) return;
      if (message.type === 'failed') {
        this.busy = false;
        return callbacks.onFailed(message.message);
      }
      if (message.result.kind === 'unreachable' || message.result.phase === 'final') this.busy = false;
      callbacks.onResult(message.result);
    };
    this.worker!.onerror = (event) => {
      this.busy = false;
      callbacks.onFailed(event.message);
    };
    this.send({ type: 'plan', id, request, timeLimitSeconds: TIME_LIMIT_SECONDS });
  }

  /** Stops any plan in progress; its results are no longer wanted. */
  cancel(): void {
    if (this.busy) this.restart();
  }

  private send(message: PlannerInput) {
    this.worker!.postMessage(message);
  }

  private restart() {
    this.worker?.terminate();
    this.worker = new Worker(new URL('./planner.worker.ts', import.meta.url), { type: 'module' });
    this.network = undefined;
    this.busy = false;
  }

  /** Where workers do not exist (jsdom tests), the same sequence runs on this thread. */
  private async planHere(network: LoadedNetwork, request: PlanRequest, id: number, callbacks: PlanCallbacks) {
    const [{ runPlan }, { highsSolver }, highs] = await Promise.all([
      import('./run-plan'),
      import('../io/solver/highs'),
      import('highs'),
    ]);
    try {
      await runPlan(
        network.index,
        request,
        TIME_LIMIT_SECONDS,
        async () => highsSolver(await highs.default()),
        (result) => id === this.nextId - 1 && callbacks.onResult(result),
      );
    } catch (e) {
      callbacks.onFailed(e instanceof Error ? e.message : String(e));
    }
  }
}
