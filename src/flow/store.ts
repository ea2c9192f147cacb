import { type FlowEvent, type FlowState, flowReducer } from './machine';

/** A tiny external store around {@link flowReducer}, readable synchronously. */
export interface FlowStore {
  getState(): FlowState;
  /** Applies an event; returns `false` when the reducer ignored it (the state is unchanged). */
  dispatch(event: FlowEvent): boolean;
  subscribe(listener: () => void): () => void;
}

/**
 * Why a store and not `useReducer`: a double click dispatches twice before React renders,
 * and only a synchronous read of the current state can refuse the second request.
 */
export function createFlowStore(initial: FlowState): FlowStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch(event) {
      const next = flowReducer(state, event);
      if (next === state) return false;
      state = next;
      for (const listener of listeners) listener();
      return true;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
