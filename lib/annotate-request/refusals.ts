// Why POST /api/annotate refuses a request: a code with its parameters and the HTTP status. The
// route words it (in English, the API's language) from the `Refusal` messages in
// messages/*.json and answers the code and parameters beside the words, for programs.
import type { ParamsOf, ParamSpec } from "@/lib/problems";

/** Every refusal with the parameters its message takes (a test checks them against the messages). */
export const REFUSAL_PARAMS = {
  methodNotAllowed: {},
  /** `received` is "none" when the request has no Content-Type. */
  contentType: { received: "string" },
  bodyTooLarge: { limit: "number", megabytes: "number" },
  bodyNotUtf8: {},
  bodyNotJson: { detail: "string" },
  bodyNotObject: {},
  textMissing: {},
  textNotString: {},
  langInvalid: { allowed: "string" },
  tooManyMarks: { marks: "number", offset: "number", max: "number" },
  tooManySpans: { max: "number" },
  bodyUnread: {},
  serverError: {},
} as const satisfies Record<string, Record<string, ParamSpec>>;

export type RefusalCode = keyof typeof REFUSAL_PARAMS;
export const REFUSAL_CODES = Object.keys(REFUSAL_PARAMS) as RefusalCode[];

const STATUS: Record<RefusalCode, number> = {
  methodNotAllowed: 405,
  contentType: 415,
  bodyTooLarge: 413,
  bodyNotUtf8: 400,
  bodyNotJson: 400,
  bodyNotObject: 400,
  textMissing: 400,
  textNotString: 400,
  langInvalid: 400,
  tooManyMarks: 422,
  tooManySpans: 422,
  bodyUnread: 400,
  serverError: 500,
};

export type RefusalOf<C extends RefusalCode> = { status: number; code: C; params: ParamsOf<(typeof REFUSAL_PARAMS)[C]> };
export type Refusal = { [C in RefusalCode]: RefusalOf<C> }[RefusalCode];

/** Codes whose message takes no parameters need none. */
type Args<C extends RefusalCode> = [keyof (typeof REFUSAL_PARAMS)[C]] extends [never] ? [] : [params: ParamsOf<(typeof REFUSAL_PARAMS)[C]>];

export function refusal<C extends RefusalCode>(code: C, ...args: Args<C>): Refusal {
  // Args<C> has tied the parameters to the code already; TypeScript cannot follow that through C.
  return { status: STATUS[code], code, params: args[0] ?? {} } as Refusal;
}
