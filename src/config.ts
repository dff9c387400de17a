import { z } from 'zod';

const intFromEnv = (fallback: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

const csv = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(',')
      .map((item) => item.trim().toLowerCase())
      .filter((item) => item.length > 0),
  );

const workingHours = z
  .string()
  .default('08:00-17:00')
  .refine((value) => /^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/.test(value), {
    message: 'must be HH:MM-HH:MM, e.g. 08:00-17:00',
  })
  .transform((value) => {
    const [start = '', end = ''] = value.split('-');
    return { start, end };
  })
  .refine((hours) => hours.start < hours.end, { message: 'the start must be before the end' });

const databaseUrl = z
  .string()
  .default('sqlite:./data/jlp.sqlite')
  .refine((value) => /^sqlite:.+/.test(value) || /^postgres(ql)?:\/\//.test(value), {
    message: 'must be sqlite:<file path> or a postgres:// URL',
  });

const emptyToUndefined = (value: unknown) => (value === '' ? undefined : value);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());

/** The environment variables the bot reads, as one schema so every problem is reported at once. */
export const configSchema = z
  .object({
    NODE_ENV: z.preprocess(
      emptyToUndefined,
      z.enum(['development', 'production', 'test']).default('development'),
    ),
    PORT: intFromEnv(3978, 0, 65535),
    BOT_ID: z.preprocess(emptyToUndefined, z.uuid().optional()),
    BOT_PASSWORD: optionalString,
    BOT_TYPE: z.preprocess(
      emptyToUndefined,
      z.enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI']).default('SingleTenant'),
    ),
    BOT_TENANT_ID: z.preprocess(emptyToUndefined, z.uuid().optional()),
    BOT_OPENID_METADATA_URL: z.preprocess(emptyToUndefined, z.url().optional()),
    ALLOWED_TENANTS: z.preprocess(emptyToUndefined, csv),
    DATABASE_URL: z.preprocess(emptyToUndefined, databaseUrl),
    ROSTER_FILE: optionalString,
    CATALOGUE_FILE: optionalString,
    FEEDBACK_SECRET: z.preprocess(
      emptyToUndefined,
      z.string().min(32, 'must be at least 32 characters').optional(),
    ),
    FEEDBACK_MIN_RESPONSES: z.preprocess(emptyToUndefined, intFromEnv(5, 1, 1000)),
    FEEDBACK_MIN_COMMENTS: z.preprocess(emptyToUndefined, intFromEnv(10, 1, 1000)),
    FEEDBACK_OPEN_DAYS: z.preprocess(emptyToUndefined, intFromEnv(7, 1, 365)),
    WORKING_HOURS: z.preprocess(emptyToUndefined, workingHours),
    PUBLIC_URL: z.preprocess(emptyToUndefined, z.url().optional()),
    LOG_LEVEL: z.preprocess(
      emptyToUndefined,
      z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    ),
    MAX_OPEN_REQUESTS: z.preprocess(emptyToUndefined, intFromEnv(10, 1, 1000)),
    RETENTION_DAYS: z.preprocess(emptyToUndefined, intFromEnv(730, 30, 36500)),
    USER_ACTIONS_PER_MINUTE: z.preprocess(emptyToUndefined, intFromEnv(30, 6, 10000)),
    GRAPH_TENANT_ID: optionalString,
    GRAPH_CLIENT_ID: optionalString,
    GRAPH_CLIENT_SECRET: optionalString,
    GRAPH_BASE_URL: z.preprocess(
      emptyToUndefined,
      z.url().default('https://graph.microsoft.com/v1.0'),
    ),
    GRAPH_LOGIN_URL: z.preprocess(
      emptyToUndefined,
      z.url().default('https://login.microsoftonline.com'),
    ),
  })
  .superRefine((env, ctx) => {
    const production = env.NODE_ENV === 'production';
    const issue = (path: string, message: string) => {
      ctx.addIssue({ code: 'custom', path: [path], message });
    };
    if (production && !env.BOT_ID) {
      issue('BOT_ID', 'is required when NODE_ENV=production (local mode has no token check)');
    }
    if (
      production &&
      env.BOT_OPENID_METADATA_URL &&
      !env.BOT_OPENID_METADATA_URL.startsWith('https:')
    ) {
      // Whoever serves the metadata chooses the signing keys: never over plain HTTP in production.
      issue('BOT_OPENID_METADATA_URL', 'must be an https:// URL when NODE_ENV=production');
    }
    if (production && !env.FEEDBACK_SECRET) {
      issue('FEEDBACK_SECRET', 'is required when NODE_ENV=production');
    }
    if (env.BOT_ID && env.BOT_TYPE !== 'UserAssignedMSI' && !env.BOT_PASSWORD) {
      issue('BOT_PASSWORD', `is required with BOT_ID when BOT_TYPE=${env.BOT_TYPE}`);
    }
    const graph = [env.GRAPH_TENANT_ID, env.GRAPH_CLIENT_ID, env.GRAPH_CLIENT_SECRET];
    if (graph.some((v) => v) && !graph.every((v) => v)) {
      issue(
        'GRAPH_CLIENT_ID',
        'GRAPH_TENANT_ID, GRAPH_CLIENT_ID and GRAPH_CLIENT_SECRET go together',
      );
    }
    if (env.BOT_ID && env.BOT_TYPE !== 'MultiTenant' && !env.BOT_TENANT_ID) {
      issue('BOT_TENANT_ID', `is required with BOT_ID when BOT_TYPE=${env.BOT_TYPE}`);
    }
  });

/** Validated configuration. */
export type Config = z.infer<typeof configSchema> & {
  /** Tenants whose activities are served; empty means any (local mode only). */
  allowedTenants: string[];
  /** True when no BOT_ID is set: no token check, for the Playground and tests. */
  localMode: boolean;
};

/** Thrown when the environment is invalid; its message names every bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment, reporting every problem at once. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.') || '(environment)'}: ${i.message}`),
    );
  }
  const value = parsed.data;
  const allowedTenants =
    value.ALLOWED_TENANTS.length > 0
      ? value.ALLOWED_TENANTS
      : value.BOT_TENANT_ID && value.BOT_TYPE !== 'MultiTenant'
        ? [value.BOT_TENANT_ID.toLowerCase()]
        : [];
  return { ...value, allowedTenants, localMode: !value.BOT_ID };
}
