// teams-ai's index also loads the OpenAI client and gpt-tokenizer: about 0.4 s and 16 MiB at
// every start for code this bot never runs. The package has no export map, so its files are
// imported directly; the types are the same.
import { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter.js';
import {
  CallerIdConstants,
  StatusCodes,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import {
  AuthenticationConstants,
  ToBotFromBotOrEmulatorTokenValidationParameters,
  type AuthenticateRequestResult,
  type ServiceClientCredentialsFactory,
} from 'botframework-connector';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { channelTokenProblem } from '../security/token-shape.js';

/** The issuer of every token the Bot Framework channel (Teams included) sends to a bot. */
export const CHANNEL_TOKEN_ISSUER: string = AuthenticationConstants.ToBotFromChannelTokenIssuer;

/**
 * Botbuilder's authentication settings for our configuration (empty in local mode). All the
 * cloud settings are given, from botbuilder's own public-cloud constants: botbuilder uses
 * none of its defaults once one is set, and `BOT_OPENID_METADATA_URL` sets one.
 */
export function authOptions(config: Config): ConfigurationBotFrameworkAuthenticationOptions {
  if (config.localMode) return {};
  return {
    MicrosoftAppId: config.BOT_ID,
    MicrosoftAppPassword: config.BOT_PASSWORD,
    MicrosoftAppType: config.BOT_TYPE,
    MicrosoftAppTenantId: config.BOT_TENANT_ID,
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: CHANNEL_TOKEN_ISSUER,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl:
      config.BOT_OPENID_METADATA_URL ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}

/**
 * Botbuilder 4.23 appends four issuers to this process-wide list for every unseen `tid` claim of
 * any token it is shown, before checking anything: unauthenticated requests could grow it
 * without end. We never accept the emulator tokens it serves, so we cut it back after each call.
 */
function emulatorIssuers(): string[] | undefined {
  const { issuer } = ToBotFromBotOrEmulatorTokenValidationParameters;
  return Array.isArray(issuer) ? issuer : undefined;
}

type Logic = (context: TurnContext) => Promise<void>;

/**
 * The Teams adapter, authenticating strictly: only a Bot Framework channel token is looked at,
 * and every failure to authenticate is answered 401 before any turn. Botbuilder itself lets the
 * token library's own errors (a forged signature, a future `nbf`) and a failed key download
 * escape as plain errors, which its `process` answers with 500, and prints every failure's
 * stack to stderr; a refusal answered here is neither.
 */
class StrictTeamsAdapter extends TeamsAdapter {
  private readonly issuerCount = emulatorIssuers()?.length ?? 0;

  constructor(
    options: ConfigurationBotFrameworkAuthenticationOptions,
    credentialsFactory: ServiceClientCredentialsFactory | undefined,
    /** Undefined in local mode, where botbuilder checks nothing. */
    private readonly channelIssuer: string | undefined,
  ) {
    super(options, credentialsFactory);
  }

  protected override async processActivity(
    auth: string | AuthenticateRequestResult,
    activity: Activity,
    logic: Logic,
  ): Promise<InvokeResponse | undefined> {
    if (typeof auth !== 'string') return super.processActivity(auth, activity, logic);
    if (this.channelIssuer === undefined) return super.processActivity(auth, activity, logic);
    const checked = await this.authenticate(activity, auth, this.channelIssuer);
    // The reason goes back to the HTTP layer, which logs it and answers a bare 401.
    if (typeof checked === 'string') return { status: StatusCodes.UNAUTHORIZED, body: checked };
    return super.processActivity(checked, activity, logic);
  }

  /** The request's identity, or why it has none. */
  private async authenticate(
    activity: Activity,
    authHeader: string,
    issuer: string,
  ): Promise<AuthenticateRequestResult | string> {
    const problem = channelTokenProblem(authHeader, issuer);
    if (problem) return `Unauthorized: ${problem}`;
    try {
      return await this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
    } catch (error) {
      return error instanceof Error ? error.message : 'Unauthorized: token rejected';
    } finally {
      const issuers = emulatorIssuers();
      if (issuers && issuers.length > this.issuerCount) issuers.length = this.issuerCount;
    }
  }
}

/** Creates the Teams adapter; errors that escape a turn are logged here, never lost. */
export function createAdapter(
  config: Config,
  logger: Logger,
  credentialsFactory?: ServiceClientCredentialsFactory,
): TeamsAdapter {
  const adapter = new StrictTeamsAdapter(
    authOptions(config),
    credentialsFactory,
    config.localMode ? undefined : CHANNEL_TOKEN_ISSUER,
  );
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
