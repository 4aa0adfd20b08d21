// Copies what the console serves from the npm packages (package-lock.json pins them) into the jar's static
// resources: KERN's stylesheet and the Fira Sans font it names, and htmx. Nothing comes from a CDN.
// Usage: node copy-assets.mjs <target directory>
import { cpSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";

const target = process.argv[2];
if (!target) {
  console.error("usage: node copy-assets.mjs <target directory>");
  process.exit(2);
}
const kern = "node_modules/@kern-ux/native/dist";
const copy = (from, to) => {
  mkdirSync(path.dirname(path.join(target, to)), { recursive: true });
  cpSync(from, path.join(target, to), { recursive: true });
};

copy(`${kern}/kern.min.css`, "kern/kern.min.css");
copy(`${kern}/fonts/fira-sans.css`, "kern/fonts/fira-sans.css");
// the weights KERN's stylesheet uses (regular, medium/semi-bold, bold) with their italics
for (const font of readdirSync(`${kern}/fonts/fira-sans`)) {
  if (/^FiraSans-(Regular|Italic|Medium|MediumItalic|SemiBold|SemiBoldItalic|Bold|BoldItalic)\.woff2$/.test(font)) {
    copy(`${kern}/fonts/fira-sans/${font}`, `kern/fonts/fira-sans/${font}`);
  }
}
copy("node_modules/htmx.org/dist/htmx.min.js", "htmx/htmx.min.js");
console.log(`assets copied to ${target}`);
