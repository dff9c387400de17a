/**
 * Builds the Teams app package, `build/jlp-conversations.zip`, from `manifest/`.
 *
 *   BOT_ID=<Entra application (client) ID> [PUBLIC_URL=https://…] npm run package
 *
 * `BOT_ID` replaces every `${{BOT_ID}}` placeholder; `PUBLIC_URL`'s host, when given, is added
 * to `validDomains`. The result is validated offline against Microsoft's schema bundled with
 * @microsoft/app-manifest; any problem is listed and the exit code is 1.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import {
  buildAppPackage,
  PACKAGE_FILE,
  readPackageEnv,
  writeAppPackage,
} from './lib/app-package.js';

const root = fileURLToPath(new URL('..', import.meta.url));

try {
  const env = readPackageEnv(process.env);
  const built = await buildAppPackage({ ...env, manifestDir: join(root, 'manifest') });
  const outFile = join(root, 'build', PACKAGE_FILE);
  await writeAppPackage(built.zip, outFile);
  console.log(`Wrote build/${PACKAGE_FILE} (${built.zip.length} bytes) for bot ${env.botId}:`);
  for (const [name, data] of built.files) console.log(`  ${name} (${data.length} bytes)`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
