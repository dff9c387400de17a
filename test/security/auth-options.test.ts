import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { authOptions, createAdapter } from '../../src/teams/adapter.js';
import { BOT_ID } from './secure-harness.js';

const TENANT = 'c0ffee00-0000-4000-8000-00000000c0de';
const PUBLIC_CLOUD = {
  ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
  ToBotFromChannelOpenIdMetadataUrl:
    'https://login.botframework.com/v1/.well-known/openidconfiguration',
  ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
  ToChannelFromBotOAuthScope: 'https://api.botframework.com',
  CallerId: 'urn:botframework:azure',
  ValidateAuthority: true,
};

describe('authOptions: botbuilder’s authentication settings from our configuration', () => {
  it('is empty in local mode (no BOT_ID): botbuilder checks no token', () => {
    expect(authOptions(parseConfig({}))).toEqual({});
  });

  it.each([
    ['SingleTenant', { BOT_PASSWORD: 'secret', BOT_TENANT_ID: TENANT }],
    ['MultiTenant', { BOT_PASSWORD: 'secret' }],
    ['UserAssignedMSI', { BOT_TENANT_ID: TENANT }],
  ])('%s: the public cloud by default, a combination botbuilder accepts', (type, extra) => {
    const config = parseConfig({ BOT_ID, BOT_TYPE: type, ...extra });
    const options = authOptions(config);
    expect(options).toMatchObject({
      ...PUBLIC_CLOUD,
      MicrosoftAppId: BOT_ID,
      MicrosoftAppType: type,
    });
    // Botbuilder validates the app type, tenant and secret together when building credentials.
    expect(() => new ConfigurationServiceClientCredentialFactory(options)).not.toThrow();
    expect(() => createAdapter(config, createLogger('silent'))).not.toThrow();
  });

  it('BOT_OPENID_METADATA_URL replaces only the channel’s metadata URL', () => {
    const url = 'https://login.botframework.example/v1/.well-known/openidconfiguration';
    const options = authOptions(
      parseConfig({
        BOT_ID,
        BOT_PASSWORD: 'secret',
        BOT_TENANT_ID: TENANT,
        BOT_OPENID_METADATA_URL: url,
      }),
    );
    expect(options).toMatchObject({ ...PUBLIC_CLOUD, ToBotFromChannelOpenIdMetadataUrl: url });
  });
});
