import { TeamsAdapter } from '@microsoft/teams-ai';
import type { ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import type { ServiceClientCredentialsFactory } from 'botframework-connector';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';

/** The public cloud's channel settings; overriding one OpenID option means setting them all. */
const PUBLIC_CLOUD = {
  ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
  ToChannelFromBotOAuthScope: 'https://api.botframework.com',
  ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
  ToBotFromChannelOpenIdMetadataUrl:
    'https://login.botframework.com/v1/.well-known/openidconfiguration',
  ToBotFromEmulatorOpenIdMetadataUrl:
    'https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration',
  OAuthUrl: 'https://api.botframework.com',
  ValidateAuthority: true,
  CallerId: 'urn:botframework:azure',
} as const;

/** Botbuilder's authentication settings for our configuration (empty in local mode). */
export function authOptions(config: Config): ConfigurationBotFrameworkAuthenticationOptions {
  if (config.localMode) return {};
  const options: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: config.BOT_ID,
    MicrosoftAppPassword: config.BOT_PASSWORD,
    MicrosoftAppType: config.BOT_TYPE,
    MicrosoftAppTenantId: config.BOT_TENANT_ID,
  };
  if (config.BOT_OPENID_METADATA_URL) {
    Object.assign(options, PUBLIC_CLOUD, {
      ToBotFromChannelOpenIdMetadataUrl: config.BOT_OPENID_METADATA_URL,
    });
  }
  return options;
}

/** Creates the Teams adapter; errors that escape a turn are logged here, never lost. */
export function createAdapter(
  config: Config,
  logger: Logger,
  credentialsFactory?: ServiceClientCredentialsFactory,
): TeamsAdapter {
  const adapter = new TeamsAdapter(authOptions(config), credentialsFactory);
  adapter.onTurnError = (context, error) => {
    logger.error(
      {
        err: error,
        activityType: context.activity.type,
        conversation: context.activity.conversation.id,
      },
      'unhandled turn error',
    );
    return Promise.resolve();
  };
  return adapter;
}
