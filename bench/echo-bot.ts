import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type TurnContext,
} from 'botbuilder';
import restify from 'restify';

/**
 * The reference: a bare botbuilder `CloudAdapter` bot (no authentication) on restify, answering
 * every invoke with a one-line Adaptive Card, and every message with nothing. A child process of
 * the bench: it reports its port over IPC, and exits when told to or when the bench goes away.
 */
const card = {
  type: 'AdaptiveCard',
  version: '1.5',
  body: [{ type: 'TextBlock', text: 'ok' }],
};

async function logic(context: TurnContext): Promise<void> {
  if (context.activity.type !== 'invoke') return;
  await context.sendActivity({
    type: 'invokeResponse',
    value: {
      status: 200,
      body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card },
    },
  });
}

// `new CloudAdapter()` alone answers 500 to every request in botbuilder 4.23 (its default
// authentication has no credentials factory); this is the samples' no-auth form.
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const server = restify.createServer({ name: 'echo' });
server.use(restify.plugins.bodyParser({ mapParams: false }));
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, logic);
});
server.get('/healthz', (_req, res, next) => {
  res.send(200, { status: 'ok' });
  next();
});
server.listen(Number(process.argv[2] ?? '0'), '127.0.0.1', () => {
  const port = (server.address() as { port: number }).port;
  process.send?.({ type: 'ready', port });
});
process.on('disconnect', () => process.exit(0));
process.on('message', (message: { cmd?: string }) => {
  if (message.cmd === 'stop') process.exit(0);
});
