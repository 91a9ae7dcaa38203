import type { EventName, RequestName } from './channels';
import type { EventPayloads, RequestInput, RequestOutput } from './contract';
import type { Result } from './result';

/** The one object the preload exposes as window.assistant. */
export type AssistantApi = {
  [N in RequestName]: (input: RequestInput<N>) => Promise<Result<RequestOutput<N>>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
};
