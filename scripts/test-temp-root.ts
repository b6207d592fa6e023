/**
 * Mocha root hooks (loaded by .mocharc.json): every test's temporary folder goes under one private
 * folder, removed when the run ends, so no run leaves anything in the system temp folder even when
 * a test forgets to clean up. os.tmpdir() reads TMPDIR on each call; child processes inherit it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const systemTmp = tmpdir();
const savedTmpdir = process.env["TMPDIR"];
let root: string | undefined;

export const mochaHooks = {
  beforeAll(): void {
    root = mkdtempSync(join(systemTmp, "bedrock-openapi-tests-"));
    process.env["TMPDIR"] = root;
  },
  afterAll(): void {
    if (savedTmpdir === undefined) delete process.env["TMPDIR"];
    else process.env["TMPDIR"] = savedTmpdir;
    if (root !== undefined) rmSync(root, { recursive: true, force: true });
  },
};
