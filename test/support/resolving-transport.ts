import { fetchTransport } from '../../electron/core/http/json-client';
import type { Transport } from '../../electron/core/http/json-client';

/** The network as a hosts file would bend it: a request to a listed origin goes to the local server that stands in for it. */
export function resolvingTransport(hosts: Readonly<Record<string, string>>): Transport {
  const send = fetchTransport();
  return (request) => {
    const origin = new URL(request.url).origin;
    const local = hosts[origin];
    return send(local === undefined ? request : { ...request, url: `${local}${request.url.slice(origin.length)}` });
  };
}
