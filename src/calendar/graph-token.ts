/** Where and as whom the bot asks Microsoft Entra ID for Graph tokens (client credentials). */
export interface GraphCredentials {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** The authority's base URL (sovereign clouds and tests change it). */
  loginUrl: string;
}

interface TokenAnswer {
  access_token?: unknown;
  expires_in?: unknown;
}

/**
 * Returns a function that gives a Graph application token, fetched with the client-credentials
 * grant and reused until a minute before it expires.
 */
export function graphTokenSource(
  credentials: GraphCredentials,
  now: () => number = Date.now,
): () => Promise<string> {
  let cached: { token: string; until: number } | undefined;
  return async () => {
    if (cached && cached.until > now()) return cached.token;
    const url = `${credentials.loginUrl.replace(/\/+$/, '')}/${encodeURIComponent(credentials.tenantId)}/oauth2/v2.0/token`;
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: credentials.clientId,
        client_secret: credentials.clientSecret,
        scope: 'https://graph.microsoft.com/.default',
      }).toString(),
      signal: AbortSignal.timeout(15_000),
    });
    const answer = (await response.json().catch(() => ({}))) as TokenAnswer;
    if (!response.ok || typeof answer.access_token !== 'string') {
      throw new Error(`Graph token request failed with ${response.status}`);
    }
    const seconds = typeof answer.expires_in === 'number' ? answer.expires_in : 3600;
    cached = { token: answer.access_token, until: now() + Math.max(0, seconds - 60) * 1000 };
    return cached.token;
  };
}
