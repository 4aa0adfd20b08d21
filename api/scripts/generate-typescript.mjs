// Generates one TypeScript module of types per service document (openapi/<service>.json →
// target/typescript/<service>.ts), for openapi-fetch's typed client; tsconfig.json then compiles them under `strict`.
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import openapiTS, { astToString } from "openapi-typescript";

const out = new URL("../target/typescript/", import.meta.url);
await mkdir(out, { recursive: true });
for (const file of (await readdir(new URL("../openapi/", import.meta.url))).filter((name) => name.endsWith(".json"))) {
  const document = JSON.parse(await readFile(new URL(`../openapi/${file}`, import.meta.url), "utf8"));
  const types = astToString(await openapiTS(document));
  const target = new URL(file.replace(/\.json$/, ".ts"), out);
  await writeFile(target, `// Generated from api/openapi/${file} by scripts/generate-typescript.mjs; do not edit.\n${types}`);
  console.log(`generated ${target.pathname}`);
}
