import type { CatalogSource } from '../domain/network-index';
import type { Network } from '../domain/model';
import type { PlanResult } from '../domain/planner/plan';
import type { PlanRequest } from '../domain/planner/request';

/** Messages into the planner worker: the network once per change, then plan requests. */
export type PlannerInput =
  | {
      type: 'network';
      catalogs: CatalogSource[];
      unloaded: readonly string[];
      network?: Pick<Network, 'bounds' | 'basePartnerId'>;
    }
  | { type: 'plan'; id: number; request: PlanRequest; timeLimitSeconds: number };

/** A plan result comes twice per request: the greedy plan at once, then the solver's final word. */
export type PlannerOutput =
  { type: 'result'; id: number; result: PlanResult } | { type: 'failed'; id: number; message: string };
