import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CHANNEL_ISSUER, jwk, type SigningKey } from './jwt.js';

/**
 * A loopback stand-in for login.botframework.com: the OpenID configuration document at
 * `/v1/.well-known/openidconfiguration` and the key set it points to at `/keys`. Botbuilder
 * caches keys per metadata URL for the whole process, so each instance (a new port) is a new URL.
 */
export class OpenIdServer {
  private server: Server | undefined;
  /** How many times botbuilder fetched the metadata document. */
  metadataFetches = 0;
  url = '';

  constructor(private readonly keys: readonly SigningKey[]) {}

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const base = `http://127.0.0.1:${String((this.server?.address() as AddressInfo).port)}`;
      const send = (body: unknown) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.url === '/v1/.well-known/openidconfiguration') {
        this.metadataFetches += 1;
        send({
          issuer: CHANNEL_ISSUER,
          authorization_endpoint: `${base}/authorize`,
          jwks_uri: `${base}/keys`,
          id_token_signing_alg_values_supported: ['RS256'],
          token_endpoint_auth_methods_supported: ['private_key_jwt'],
        });
      } else if (req.url === '/keys') {
        send({ keys: this.keys.map(jwk) });
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((resolve) => {
      this.server?.listen(0, '127.0.0.1', resolve);
    });
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${String(port)}/v1/.well-known/openidconfiguration`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => {
      this.server?.close(() => {
        resolve();
      });
    });
  }
}
