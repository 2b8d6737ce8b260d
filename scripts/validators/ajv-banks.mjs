// ajv in full strict mode over the quiz-bank schema, then over each bank given.
// Independent of the kit: the frontmatter is read with the YAML 1.2 parser `yaml`
// (duplicate keys are errors), as VS Code's YAML extension reads it.
// Usage: node ajv-banks.mjs SCHEMA BANK.md...   Prints one line per problem; exit 1 if any.
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { parseDocument } from "yaml";

const [schemaPath, ...banks] = process.argv.slice(2);
const ajv = new Ajv2020({ strict: true, allErrors: true });
let validate;
try {
  validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
} catch (error) {
  console.log(`${schemaPath}: schema rejected in strict mode: ${error.message}`);
  process.exit(1);
}
let problems = 0;
for (const bank of banks) {
  const text = readFileSync(bank, "utf8").replace(/^\uFEFF/, "");
  const found = /^---\r?\n([\s\S]*?)\r?\n---\r?$/m.exec(text);
  if (!found || found.index !== 0) {
    console.log(`${bank}: no YAML frontmatter`);
    problems += 1;
    continue;
  }
  const doc = parseDocument(found[1], { uniqueKeys: true, version: "1.2" });
  if (doc.errors.length) {
    for (const error of doc.errors) console.log(`${bank}: YAML: ${error.message.split("\n")[0]}`);
    problems += doc.errors.length;
    continue;
  }
  if (!validate(doc.toJS())) {
    for (const error of validate.errors) {
      console.log(`${bank}: ${error.instancePath || "/"} ${error.message}`);
    }
    problems += validate.errors.length;
  }
}
console.log(`ajv strict: ${banks.length} bank(s), ${problems} problem(s)`);
process.exit(problems ? 1 : 0);
