import fc from 'fast-check';
import {
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLNonNull,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';

/**
 * Arguments generated from the schema, as a small value tree that prints both as a JSON
 * variable and as an inline GraphQL literal. `bigint` carries integer digits no double holds.
 */
export type Value =
  | { kind: 'string'; value: string }
  | { kind: 'int'; value: number }
  | { kind: 'bigint'; text: string }
  | { kind: 'float'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'null' }
  | { kind: 'enum'; name: string }
  | { kind: 'list'; items: Value[] }
  | { kind: 'object'; fields: [string, Value][] };

/** `undefined`: the argument (or input field) is left out. */
type Slot = Value | undefined;

const str = (value: string): Value => ({ kind: 'string', value });
const int = (value: number): Value => ({ kind: 'int', value });
const NULL: Value = { kind: 'null' };

export const toJson = (v: Value): unknown => {
  switch (v.kind) {
    case 'string':
      return v.value;
    case 'int':
    case 'float':
      return v.value;
    case 'bigint':
      return Number(v.text);
    case 'boolean':
      return v.value;
    case 'null':
      return null;
    case 'enum':
      return v.name;
    case 'list':
      return v.items.map(toJson);
    case 'object':
      return Object.fromEntries(v.fields.map(([k, f]) => [k, toJson(f)]));
  }
};

export const toLiteral = (v: Value): string => {
  switch (v.kind) {
    case 'string':
      return JSON.stringify(v.value);
    case 'int':
      return Number.isInteger(v.value) ? BigInt(v.value).toString() : String(v.value);
    case 'bigint':
      return v.text;
    case 'float':
      if (!Number.isFinite(v.value)) return '1e400';
      return /[.e]/i.test(String(v.value)) ? String(v.value) : `${v.value}.0`;
    case 'boolean':
      return String(v.value);
    case 'null':
      return 'null';
    case 'enum':
      return v.name;
    case 'list':
      return `[${v.items.map(toLiteral).join(', ')}]`;
    case 'object':
      return `{${v.fields.map(([k, f]) => `${k}: ${toLiteral(f)}`).join(', ')}}`;
  }
};

const b64 = (text: string) => Buffer.from(text).toString('base64url');

/** Text that reaches LIKE patterns, SQL, terminals and normalisers in odd ways. */
const oddText = fc.constantFrom(
  '%',
  '_',
  '\\',
  '%_\\%',
  "'; drop table audit_entry; --",
  '" or 1=1 --',
  '\u202eevil',
  'e\u0301',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '\ufeff',
  '\ud800',
  'A\u200bB',
  '﷽',
  '🏳️‍🌈',
  '\u0085\u2028',
  '档案',
  '${7*7}',
  '<script>alert(1)</script>',
);
const longText = fc
  .tuple(fc.integer({ min: 300, max: 30_000 }), fc.constantFrom('x', '%_', '档', '\\'))
  .map(([n, unit]) => unit.repeat(Math.ceil(n / unit.length)));
const withNul = fc.string({ maxLength: 8 }).map((s) => `${s}\u0000${s}`);

const anyText = fc.oneof(fc.string({ maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 }), oddText, longText);

const cursor = fc.oneof(
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map((n) => b64(`c:${n}`)),
  fc.constantFrom(
    b64('c:2147483648'),
    b64('c:9007199254740993'),
    b64('c:1e5'),
    b64('c:'),
    b64('c:0'),
    b64('x:1'),
    b64(`c:${'9'.repeat(400)}`),
    '!!!',
    '====',
    '',
  ),
  anyText,
);

/** Ids that `parseId` must refuse: each is rejected before any row is read or written. */
const MALFORMED_IDS = ['abc', '-1', '0', '1.5', '1e3', '', '0x10', '2147483648', '99999999999999999999999', '１', '١'];
const malformedId = fc.oneof(
  fc.constantFrom(...MALFORMED_IDS).map(str),
  fc.constantFrom(2147483648, -5, 0).map(int),
  fc.constant<Value>({ kind: 'bigint', text: '123456789012345678901234567890' }),
);

const isoDate = fc
  .date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true })
  .map((d) => d.toISOString());

/** One value that GraphQL itself (or the NUL guard, or parseId) must refuse, whatever the operation. */
function hardValue(type: GraphQLInputType, depth = 0): fc.Arbitrary<Slot> {
  if (isNonNullType(type)) {
    return fc.oneof(fc.constant<Slot>(undefined), fc.constant<Slot>(NULL), {
      weight: 3,
      arbitrary: hardValue(type.ofType, depth),
    });
  }
  if (isListType(type)) {
    return hardValue(type.ofType, depth).map((item) => ({ kind: 'list', items: [item ?? NULL] }) as Value);
  }
  if (isEnumType(type)) {
    const first = type.getValues()[0].name;
    return fc.constantFrom<Value>(
      { kind: 'enum', name: 'NOPE' },
      { kind: 'enum', name: first.toLowerCase() },
      { kind: 'enum', name: `${first}X` },
      int(1),
    );
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const wrongKind = fc.constantFrom<Value>(str('x'), int(3), { kind: 'list', items: [int(1)] });
    const unknownField = fc.constant<Value>({ kind: 'object', fields: [['bogusField', int(1)]] });
    if (depth > 3) return wrongKind;
    const badField = fc.integer({ min: 0, max: fields.length - 1 }).chain((index) =>
      fc
        .tuple(
          fc.tuple(...fields.map((f) => softValue(f.type, f.name, depth + 1))),
          hardValue(fields[index].type, depth + 1),
        )
        .map(([soft, hard]) => {
          const values = fields.map((f, i) => [f.name, i === index ? hard : soft[i]] as const);
          return {
            kind: 'object',
            fields: values.filter((entry): entry is [string, Value] => entry[1] !== undefined),
          } as Value;
        }),
    );
    return fc.oneof(wrongKind, unknownField, badField);
  }
  switch (type.name) {
    case 'String':
      return fc.oneof(withNul.map(str), fc.constantFrom<Value>(int(7), { kind: 'boolean', value: true }));
    case 'ID':
      return fc.oneof(malformedId, withNul.map(str), fc.constant<Value>({ kind: 'boolean', value: false }));
    case 'Int':
      return fc.constantFrom<Value>(
        int(2 ** 31),
        int(-(2 ** 31) - 1),
        { kind: 'bigint', text: '100000000000000000000' },
        { kind: 'float', value: 1.5 },
        str('5'),
        { kind: 'boolean', value: true },
      );
    case 'Float':
      return fc.constantFrom<Value>(str('1.5'), { kind: 'boolean', value: true });
    case 'Boolean':
      return fc.constantFrom<Value>(str('true'), int(1), int(0));
    case 'DateTime':
      return fc.constantFrom<Value>(str('not a date'), str('2020-13-45T00:00:00Z'), { kind: 'boolean', value: true });
    default:
      return fc.constant<Value>({ kind: 'object', fields: [['x', int(1)]] });
  }
}

type GraphQLNullableInputType = Exclude<GraphQLInputType, GraphQLNonNull<never>>;

/** Any value, sometimes well-formed, sometimes odd; only ever sent where nothing can be written. */
function softValue(type: GraphQLInputType, name: string, depth = 0): fc.Arbitrary<Slot> {
  if (isNonNullType(type)) return presentValue(type.ofType, name, depth);
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant<Slot>(undefined) },
    { weight: 1, arbitrary: fc.constant<Slot>(NULL) },
    { weight: 4, arbitrary: presentValue(type, name, depth) },
  );
}

/** A value of a (nullable) type that is not null. */
function presentValue(type: GraphQLNullableInputType, name: string, depth: number): fc.Arbitrary<Slot> {
  if (isListType(type)) {
    const item = softValue(type.ofType as GraphQLInputType, name, depth).map((v) => v ?? NULL);
    return fc.oneof(
      fc.array(item, { maxLength: 3 }).map((items) => ({ kind: 'list', items }) as Value),
      item,
    );
  }
  if (isEnumType(type)) {
    return fc.constantFrom(...type.getValues().map((v) => ({ kind: 'enum', name: v.name }) as Value));
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    if (depth > 3) return fc.constant<Slot>({ kind: 'object', fields: [] });
    return fc.tuple(...fields.map((f) => softValue(f.type, f.name, depth + 1))).map(
      (values) =>
        ({
          kind: 'object',
          fields: fields
            .map((f, i) => [f.name, values[i]] as const)
            .filter((entry): entry is [string, Value] => entry[1] !== undefined),
        }) as Value,
    );
  }
  switch (type.name) {
    case 'String':
      return (name === 'after' ? cursor : anyText).map(str);
    case 'ID':
      return fc.oneof(
        fc.constantFrom('1', '2', '3', ' 1', '2147483647').map(str),
        fc.integer({ min: 1, max: 5 }).map(int),
        malformedId,
      );
    case 'Int':
      return fc.oneof(
        fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }).map(int),
        fc.constantFrom(0, -1, 1, 100, 101).map(int),
      );
    case 'Float':
      return fc.double({ noNaN: true }).map((value) => ({ kind: 'float', value }) as Value);
    case 'Boolean':
      return fc.boolean().map((value) => ({ kind: 'boolean', value }) as Value);
    case 'DateTime':
      return fc.oneof(isoDate, fc.constantFrom('2024-02-30T00:00:00Z', '0000-00-00', '9999-12-31T23:59:59Z')).map(str);
    default:
      return anyText.map(str);
  }
}

export interface GeneratedCase {
  operation: 'query' | 'mutation';
  field: string;
  /** Per argument: value or undefined (left out). */
  args: { arg: GraphQLArgument; value: Slot }[];
  /** An argument the field does not have. */
  unknownArgument: boolean;
  inline: boolean;
  english: boolean;
}

/**
 * Cases for one root field. Mutations always carry at least one value that must be refused
 * before any resolver writes (wrong type, NUL byte, unknown enum, malformed id, missing or
 * unknown argument), so a correct server leaves the database as it was.
 */
export function casesFor(
  operation: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
): fc.Arbitrary<Omit<GeneratedCase, 'inline'>> {
  const args = field.args;
  const english = fc.boolean();
  // Leaving out an argument that has a default is a well-formed request (a `startJobSelfTest`
  // without `durationMs` queues a job), so such an argument is never poisoned by omission.
  const hard = (arg: (typeof args)[number]) =>
    arg.defaultValue === undefined ? hardValue(arg.type) : hardValue(arg.type).filter((v) => v !== undefined);
  if (operation === 'query') {
    const values = args.length
      ? fc.tuple(...args.map((a) => fc.oneof({ weight: 3, arbitrary: softValue(a.type, a.name) }, hard(a))))
      : fc.constant([] as Slot[]);
    return fc.record({ values, unknownArgument: fc.boolean(), english }).map(({ values: v, ...rest }) => ({
      operation,
      field: field.name,
      args: args.map((arg, i) => ({ arg, value: v[i] })),
      ...rest,
    }));
  }
  return fc.integer({ min: 0, max: args.length }).chain((poisoned) => {
    const values = fc.tuple(
      ...args.map((a, i) => (i === poisoned ? hard(a) : softValue(a.type, a.name))),
    ) as fc.Arbitrary<Slot[]>;
    return fc.record({ values: args.length ? values : fc.constant([]), english }).map(({ values: v, english: en }) => ({
      operation,
      field: field.name,
      args: args.map((arg, i) => ({ arg, value: v[i] })),
      unknownArgument: poisoned === args.length,
      english: en,
    }));
  });
}

/** A selection for the field's type: the resolver runs, nothing sensitive is read. */
function selection(field: GraphQLField<unknown, unknown>): string {
  return isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
}

/** The request a case stands for: inline literals, or variables of the argument's declared type. */
export function render(c: GeneratedCase, schema: GraphQLSchema): { query: string; variables: Record<string, unknown> } {
  const field = (c.operation === 'query' ? schema.getQueryType() : schema.getMutationType())!.getFields()[c.field];
  const parts: string[] = [];
  const definitions: string[] = [];
  const variables: Record<string, unknown> = {};
  c.args.forEach(({ arg, value }, i) => {
    if (value === undefined) {
      // Variables: a required argument's variable is declared and used but never sent.
      if (!c.inline && isNonNullType(arg.type)) {
        definitions.push(`$v${i}: ${String(arg.type)}`);
        parts.push(`${arg.name}: $v${i}`);
      }
      return;
    }
    if (c.inline) {
      parts.push(`${arg.name}: ${toLiteral(value)}`);
      return;
    }
    definitions.push(`$v${i}: ${String(arg.type)}`);
    parts.push(`${arg.name}: $v${i}`);
    variables[`v${i}`] = toJson(value);
  });
  if (c.unknownArgument) parts.push('bogusArgument: 1');
  const args = parts.length ? `(${parts.join(', ')})` : '';
  const header = definitions.length ? `(${definitions.join(', ')})` : '';
  return { query: `${c.operation} Generated${header} { ${c.field}${args}${selection(field)} }`, variables };
}
