/**
 * Compile-time test: each `@ts-expect-error` below marks a typo the DSL must reject. This file
 * is part of the normal build, so if a typo ever compiles again, the directive is unused and
 * `tsc` fails. generator/dsl-typos.test.ts also compiles it with the directives removed and
 * checks that each error lands on the misspelt key. Nothing here runs.
 */
import { enumeration, error, label, list, member, prelude, string, structure, union } from "../shapes.js";

export function typos(): unknown[] {
  return [
    // @ts-expect-error `requried` is not a member option
    member(prelude.String, { description: "d", requried: true }),
    // @ts-expect-error `bindng` is not a member option
    member(prelude.String, { description: "d", required: true, bindng: label() }),
    // @ts-expect-error `defualt` is not a member option
    member(prelude.Integer, { description: "d", defualt: 1 }),
    // @ts-expect-error `lenght` is not a member option
    member(prelude.String, { description: "d", lenght: { min: 1 } }),
    // @ts-expect-error `mn` is not a length constraint
    member(prelude.String, { description: "d", length: { mn: 1 } }),
    // @ts-expect-error `descripton` is not a structure field
    structure({ name: "S", descripton: "d", members: {} }),
    // @ts-expect-error `requried` inside a structure's member
    structure({ name: "S", description: "d", members: { a: member(prelude.String, { description: "d", requried: true }) } }),
    // @ts-expect-error `streamng` is not a union field
    union({ name: "U", description: "d", members: {}, streamng: true }),
    // @ts-expect-error `patern` is not a string field
    string({ name: "S", description: "d", patern: "^a$" }),
    // @ts-expect-error `membr` is not a list field
    list({ name: "L", description: "d", membr: prelude.String }),
    // @ts-expect-error `value` is not an enum field (`values` is)
    enumeration({ name: "E", description: "d", value: { A: "a" } }),
    // @ts-expect-error `retriable` is not an error trait field (`retryable` is)
    error({ name: "X", description: "d", members: {}, error: { fault: "client", status: 400, retriable: true } }),
  ];
}

/** The correct spellings compile: the check rejects typos, not options. */
export function correct(): unknown[] {
  return [
    member(prelude.String, { description: "d", required: true, binding: label(), length: { min: 1 }, default: "x" }),
    structure({ name: "S", description: "d", members: { a: member(prelude.String, { description: "d", required: true }) } }),
  ];
}
