/// <reference types="node" />
/**
 * `offer-finder validate catalog.json`: every problem with its JSON path,
 * worded in German or English. The parser is the one the elements use, so
 * what passes here is what families see; on top, fields the format does not
 * know (a typo such as `sumary`) are named, since the parser ignores them
 * silently.
 */
import * as z from 'zod/mini';
import { collections, parseCatalog, type CatalogIssue, type IssueProblem } from '../catalog/parse.js';
import { catalogSchema } from '../catalog/schema.js';
import { issueLine, issueMessage, problemText, valueAt, type MessageLanguage } from '../import/messages.js';
import { maxCatalogBytes } from '../catalog/limits.js';
import { fileSize, readJson, type Output } from './io.js';
import { cliStrings, type Counts } from './strings.js';

export interface ValidateOptions {
  lang: MessageLanguage;
  json: boolean;
  strict: boolean;
}

/** A problem found by the command line itself (the envelope, an unknown field), in the form of the parser's. */
interface Finding {
  severity: 'error' | 'warning';
  code: CatalogIssue['code'] | 'wrong-shape' | 'unknown-field';
  path: string;
  id?: string;
  message: string;
  issue?: CatalogIssue;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every problem of the envelope (not only the first, as the loader reports). */
export function envelopeProblems(json: unknown): { path: string; problem: IssueProblem }[] {
  if (!isObject(json)) return [{ path: 'catalog', problem: { code: 'invalid_type', expected: 'object' } }];
  const problems: { path: string; problem: IssueProblem }[] = [];
  if (json.version !== 1) problems.push({ path: 'version', problem: { code: 'invalid_value', values: [1] } });
  for (const name of Object.keys(collections) as (keyof typeof collections)[]) {
    const required = name === 'milestones' || name === 'offers';
    const value = json[name];
    if (value === undefined && !required) continue;
    if (!Array.isArray(value)) problems.push({ path: name, problem: { code: 'invalid_type', expected: 'array' } });
  }
  return problems;
}

type Shape = Record<string, z.ZodMiniType>;

type SchemaDef = { _zod: { def: { shape?: Shape; innerType?: unknown; element?: unknown; type?: string } } };

/** A schema's definition, through optional. */
function defOf(schema: z.ZodMiniType | undefined): SchemaDef['_zod']['def'] | undefined {
  let current = schema as unknown as SchemaDef | undefined;
  while (current?._zod.def.type === 'optional') current = current._zod.def.innerType as SchemaDef;
  return current?._zod.def;
}

/** The fields of an object schema (through optional and checks), or undefined for anything else. */
function shapeOf(schema: z.ZodMiniType | undefined): Shape | undefined {
  return defOf(schema)?.shape;
}

/** The fields of the objects in an array schema (`openingHours`), or undefined for anything else. */
function elementShapeOf(schema: z.ZodMiniType | undefined): Shape | undefined {
  const def = defOf(schema);
  return def?.type === 'array' ? shapeOf(def.element as z.ZodMiniType) : undefined;
}

/** Edit distance, for "did you mean …?". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(
        row[j]! + 1,
        row[j - 1]! + 1,
        previous + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1),
      );
      previous = current;
    }
  }
  return row[b.length]!;
}

/** Fields that no schema knows, with the nearest known name (`sumary` → `summary`). `$schema` and other `$` keys are for editors. */
export function unknownFields(json: Record<string, unknown>): { path: string; id?: string; suggestion?: string }[] {
  const found: { path: string; id?: string; suggestion?: string }[] = [];
  const check = (value: Record<string, unknown>, shape: Shape, path: string, id: string | undefined) => {
    for (const [key, field] of Object.entries(value)) {
      if (key.startsWith('$')) continue;
      const fieldPath = path ? `${path}.${key}` : key;
      if (!Object.hasOwn(shape, key)) {
        const known = Object.keys(shape);
        const nearest = known.map((name) => [name, distance(key, name)] as const).sort((a, b) => a[1] - b[1])[0];
        const suggestion = nearest && nearest[1] <= Math.max(2, Math.floor(key.length / 3)) ? nearest[0] : undefined;
        found.push({ path: fieldPath, ...(id && { id }), ...(suggestion && { suggestion }) });
        continue;
      }
      const inner = shapeOf(shape[key]);
      if (inner && isObject(field)) check(field, inner, fieldPath, id);
      const element = elementShapeOf(shape[key]);
      if (element && Array.isArray(field)) {
        // A record (offers[3]) names itself by its id; a part of one (openingHours[0]) by its record's.
        field.forEach(
          (item, index) =>
            isObject(item) &&
            check(item, element, `${fieldPath}[${index}]`, typeof item.id === 'string' ? item.id : id),
        );
      }
    }
  };
  check(json, shapeOf(catalogSchema)!, '', undefined);
  return found;
}

export function validate(file: string, options: ValidateOptions, output: Output): number {
  const s = cliStrings[options.lang];
  // The finder refuses a larger catalog before reading it: nothing of it would be shown.
  const size = fileSize(file, options.lang);
  if (size > maxCatalogBytes) {
    const message = s.tooLarge(file, `${(size / 2 ** 20).toFixed(1)} MiB`, `${maxCatalogBytes / 2 ** 20} MiB`);
    if (options.json)
      output.out(
        `${JSON.stringify({ file, valid: false, errors: 1, warnings: 0, issues: [{ severity: 'error', code: 'too-large', path: '', message }] }, null, 2)}\n`,
      );
    else output.out(`${message}\n`);
    return 1;
  }
  const json = readJson(file, options.lang);
  const envelope = envelopeProblems(json);
  if (envelope.length) {
    if (options.json) {
      output.out(
        `${JSON.stringify(
          {
            file,
            valid: false,
            errors: envelope.length,
            warnings: 0,
            issues: envelope.map(({ path, problem }) => ({
              severity: 'error',
              code: 'wrong-shape',
              path,
              message: problemText(problem, path, options.lang, { value: valueAt(json, path) }),
              problem,
            })),
          },
          null,
          2,
        )}\n`,
      );
    } else {
      output.out(`${s.envelope(file)}\n`);
      for (const { path, problem } of envelope)
        output.out(`  ${path}: ${problemText(problem, path, options.lang, { value: valueAt(json, path) })}\n`);
    }
    return 1;
  }

  const { catalog, issues } = parseCatalog(structuredClone(json));
  const findings: Finding[] = issues.map((issue) => ({
    severity: issue.code === 'invalid-record' || issue.code === 'duplicate-id' ? 'error' : 'warning',
    code: issue.code,
    path: issue.path,
    ...(issue.id && { id: issue.id }),
    message: issueMessage(issue, options.lang, json),
    issue,
  }));
  for (const field of unknownFields(json as Record<string, unknown>)) {
    findings.push({
      severity: 'warning',
      code: 'unknown-field',
      path: field.path,
      ...(field.id && { id: field.id }),
      message: s.unknownField(field.suggestion),
    });
  }
  // In the order of the file: offers[9] before offers[10].
  findings.sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }));
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  const counts: Counts = {
    milestones: catalog.milestones.length,
    topics: catalog.topics.length,
    districts: catalog.districts.length,
    organizations: catalog.organizations.length,
    contacts: catalog.contacts.length,
    offers: catalog.offers.length,
  };
  const failed = errors.length > 0 || (options.strict && warnings.length > 0);

  if (options.json) {
    output.out(
      `${JSON.stringify(
        {
          file,
          valid: !failed,
          errors: errors.length,
          warnings: warnings.length,
          counts,
          issues: findings.map(({ issue, ...finding }) => ({
            ...finding,
            ...(issue?.problem && { problem: issue.problem }),
            ...(issue?.reference && { reference: issue.reference }),
          })),
        },
        null,
        2,
      )}\n`,
    );
    return failed ? 1 : 0;
  }

  const line = (finding: Finding) =>
    finding.issue
      ? issueLine(finding.issue, options.lang, json)
      : `${finding.path}: ${finding.message}${finding.id ? ` (id '${finding.id}')` : ''}`;
  if (findings.length === 0) output.out(`${s.valid(file)}\n`);
  else {
    output.out(`${s.problems(file, errors.length, warnings.length)}\n`);
    if (errors.length) output.out(`\n${s.errorsHeading}\n${errors.map((f) => `  ✗ ${line(f)}\n`).join('')}`);
    if (warnings.length) output.out(`\n${s.warningsHeading}\n${warnings.map((f) => `  ! ${line(f)}\n`).join('')}`);
    output.out('\n');
  }
  output.out(`${s.counts(counts)}\n`);
  if (!errors.length && failed) output.out(`${s.strictFailed}\n`);
  return failed ? 1 : 0;
}
