/** Loads the installed AWS SDK package whose schemas Reader A decodes (a devDependency). */
import { createRequire } from "node:module";

export const sdkPackageName = "@aws-sdk/client-bedrock-runtime";

export interface InstalledSdk {
  readonly version: string;
  readonly exports: Readonly<Record<string, unknown>>;
}

export function loadInstalledSdk(): InstalledSdk {
  // The package is CommonJS-first; require() gives its exports without an ESM interop layer.
  const require = createRequire(import.meta.url);
  const exports = require(sdkPackageName) as Record<string, unknown>;
  const { version } = require(`${sdkPackageName}/package.json`) as { version: string };
  return { version, exports };
}
