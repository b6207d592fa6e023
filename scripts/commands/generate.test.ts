import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { MANIFEST_FILE } from "../../generator/artifact-manifest.js";
import { repoRoot, specDir } from "../../generator/core/paths.js";

const cli = resolve(repoRoot, "dist/scripts/cli.js");

describe("bedrock-openapi generate: determinism", () => {
  let dir = "";
  before(() => (dir = mkdtempSync(join(tmpdir(), "generate-locale-"))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  // Turkish and Swedish collation order letters differently from code units (dotted/dotless i,
  // "ä" after "z"), and Chatham's +12:45 offset shows any local-time formatting.
  for (const locale of ["tr_TR.UTF-8", "sv_SE.UTF-8"]) {
    it(`under TZ=Pacific/Chatham and ${locale} writes the committed spec byte for byte`, async () => {
      const out = join(dir, locale);
      const env = { ...process.env, TZ: "Pacific/Chatham", LANG: locale, LC_ALL: locale };
      await promisify(execFile)(process.execPath, [cli, "generate", "--out", out], { env });
      // The manifest is generate's cache, not a spec file: spec/ in git has none.
      const written = readdirSync(out)
        .filter((name) => name !== MANIFEST_FILE)
        .sort();
      assert.ok(written.length > 0);
      for (const name of written) {
        const same = readFileSync(join(out, name)).equals(readFileSync(join(specDir, name)));
        assert.ok(same, `${name} differs from spec/${name} under ${locale}`);
      }
    });
  }

  it("no source sorts or compares with the machine's locale", () => {
    const offenders: string[] = [];
    const walk = (folder: string): void => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")) {
          const text = readFileSync(path, "utf8");
          if (/\.localeCompare\(|Intl\.Collator|toLocale\w*String\(/.test(text)) offenders.push(path);
        }
      }
    };
    for (const top of ["generator", "validators", "contract-tests", "scripts"]) walk(join(repoRoot, top));
    assert.deepEqual(offenders, []);
  });
});
