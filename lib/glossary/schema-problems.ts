// Turns zod's validation issues into located problems: each issue's path is looked up in the
// YAML document, so the editor is sent to the line of the field (or, for a missing field, of
// the mapping that should hold it).
import type { z } from "zod";
import { makeProblem, type Problem } from "@/lib/problems";
import type { PathSegment, YamlSource } from "@/lib/glossary/yaml-document";

/** A YAML-flavoured name for the kind of a value, used in messages (select keys in ICU). */
export function kindOf(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (Array.isArray(value)) return "list";
  if (typeof value === "object") return "mapping";
  if (typeof value === "string") return "text";
  return typeof value; // number, boolean
}

const ZOD_KIND: Record<string, string> = { object: "mapping", array: "list", string: "text" };

function valueAt(root: unknown, path: readonly PathSegment[]): { found: boolean; value: unknown } {
  let current: unknown = root;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return { found: false, value: undefined };
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return { found: false, value: undefined };
    current = Reflect.get(current, segment);
  }
  return { found: true, value: current };
}

const fieldName = (path: readonly PathSegment[]): string => path.map(String).join(".");

function toSegments(path: readonly PropertyKey[]): PathSegment[] {
  return path.map((segment) => (typeof segment === "number" ? segment : String(segment)));
}

export function schemaProblems(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  yaml: Pick<YamlSource, "value" | "locate">,
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = toSegments(issue.path);
    const field = fieldName(path);
    const here = { file, ...yaml.locate(path), field };
    switch (issue.code) {
      case "invalid_type": {
        const { found, value } = valueAt(yaml.value, path);
        if (path.length === 0) {
          problems.push(makeProblem({ ...here, code: "notAMapping" }));
        } else if (!found || value === undefined) {
          // The field is absent: point at its parent mapping, where it should be written.
          problems.push(
            makeProblem({ ...here, ...yaml.locate(path.slice(0, -1)), code: "missingField", params: { name: String(path[path.length - 1]) } }),
          );
        } else {
          const expected = ZOD_KIND[issue.expected] ?? issue.expected;
          problems.push(makeProblem({ ...here, code: "wrongType", params: { expected, received: kindOf(value) } }));
        }
        break;
      }
      case "unrecognized_keys":
        for (const key of issue.keys) {
          const keyPath = [...path, key];
          problems.push(makeProblem({ file, ...yaml.locate(keyPath), field: fieldName(keyPath), code: "unknownField", params: { name: key } }));
        }
        break;
      case "invalid_value":
        problems.push(
          makeProblem({ ...here, code: "invalidValue", params: { allowed: issue.values.map(String).join(", ") } }),
        );
        break;
      case "too_small":
        problems.push(
          issue.origin === "array"
            ? makeProblem({ ...here, code: "tooFewItems", params: { minimum: Number(issue.minimum) } })
            : makeProblem({ ...here, code: "emptyText" }),
        );
        break;
      case "invalid_format":
        problems.push(makeProblem({ ...here, code: formatCode(issue.format, path) }));
        break;
      case "custom": {
        const params = (issue as { params?: Record<string, unknown> }).params;
        if (params?.problem === "badCharacter") {
          problems.push(makeProblem({ ...here, code: "badCharacter", params: { char: String(params.char), offset: Number(params.offset) } }));
        } else if (path[path.length - 1] === "definition") {
          // The schema's only other custom rule: a reviewed entry defines its term in every language.
          problems.push(makeProblem({ ...here, code: "reviewedNeedsDefinition" }));
        } else problems.push(makeProblem({ ...here, code: "invalidField", params: { detail: issue.message } }));
        break;
      }
      case "invalid_union": {
        // A variant is a text or a mapping with its details: say what was found instead.
        const { value } = valueAt(yaml.value, path);
        const branches = (issue as { errors?: z.core.$ZodIssue[][] }).errors;
        const asMapping = branches?.[1];
        if (kindOf(value) === "mapping" && asMapping) {
          // Written as a mapping: the problems are the mapping's own (an unknown key, a bad type).
          problems.push(...schemaProblems(file, asMapping.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })), yaml));
        } else problems.push(makeProblem({ ...here, code: "wrongType", params: { expected: "textOrMapping", received: kindOf(value) } }));
        break;
      }
      default:
        problems.push(makeProblem({ ...here, code: "invalidField", params: { detail: issue.message } }));
    }
  }
  return problems;
}

function formatCode(format: string, path: readonly PathSegment[]): "dateFormat" | "urlFormat" | "relatedFormat" | "idFormat" {
  if (format === "date") return "dateFormat";
  if (format === "url") return "urlFormat";
  return path[0] === "related" ? "relatedFormat" : "idFormat";
}
