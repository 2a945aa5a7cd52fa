import type { ListKey } from "../spec/lists";
import type { Rule, RuleKind } from "../spec/rules";
import type { SheetKey } from "../spec/sheets";
import type { Label, ScalarType } from "../spec/types";
import type { ConfigProblem } from "../config";
import type {
  ExprErrorKind,
  ExprProblem,
  JsonSyntaxError,
  PackageProblem,
} from "../spec/package-problem";
import type { IssueCode, Severity } from "../issues/codes";
import type { Detail } from "../issues/issue";
import type { ReasonOf, REASONS } from "../issues/reasons";

/** What a message template gets: labels already in the catalogue's language. */
export interface MessageArgs {
  /** Field label, or null for a file- or sheet-level issue. */
  readonly field: string | null;
  /** Label of `detail.other`. */
  readonly other: string | null;
  /** Sheet name in the catalogue's language. */
  readonly sheet: string | null;
  /** The value as displayed; empty for personal data and when there is none. */
  readonly value: string;
  readonly normalized: string;
  readonly detail: Detail;
  readonly severity: Severity;
  readonly sheetKey: string | null;
  /** Name of a sheet by key, in the catalogue's language. */
  readonly sheetName: (key: string) => string;
}

type Variant<C extends keyof typeof REASONS> = (a: MessageArgs) => Record<ReasonOf<C>, string>;

/** A message that depends on the issue's reason: one text per reason, typed over them. */
export function pick<C extends keyof typeof REASONS>(variants: Variant<C>) {
  return (a: MessageArgs) => {
    const table = variants(a);
    return table[a.detail.reason as ReasonOf<C>] ?? Object.values<string>(table)[0]!;
  };
}

/** A catalogue must cover every code: a missing message does not compile. */
export type Catalogue = { readonly [C in IssueCode]: (a: MessageArgs) => string };

/** The texts of the issue list and the merge-report table, which both pages show. */
export interface ListMessages {
  /** Where issues of the whole workbook are listed. */
  readonly workbook: string;
  readonly severity: { readonly [S in Severity]: string };
  readonly status: {
    readonly accepted: string;
    readonly rejected: string;
    readonly superseded: string;
  };
  readonly goTo: (cell: string) => string;
  readonly files: string;
  readonly agency: string;
  readonly rowsMerged: string;
  readonly issues: string;
  readonly unreadableFile: string;
}

/** Every text of the taskpane but its lists'. */
export interface TaskpaneMessages {
  readonly title: string;
  readonly staffSection: string;
  readonly coordinatorSection: string;
  readonly insertTemplate: string;
  readonly validate: string;
  readonly clearMarks: string;
  readonly fix: string;
  readonly indicators: string;
  readonly merge: string;
  readonly pickFiles: string;
  /** With a register standard, beside 合并报送: where the registers are merged. */
  readonly registerMerge: string;
  readonly filesPicked: (n: number) => string;
  readonly working: {
    readonly insertTemplate: string;
    readonly validate: string;
    readonly clearMarks: string;
    readonly fix: string;
    readonly indicators: string;
    readonly parse: (done: number, total: number) => string;
    readonly merge: string;
  };
  readonly templateInserted: (written: number, kept: readonly string[]) => string;
  readonly noIssues: string;
  readonly validated: (errors: number, warnings: number, infos: number) => string;
  readonly fixable: (n: number) => string;
  readonly fixed: (n: number) => string;
  readonly marksCleared: string;
  /** `period` is null for a register standard, which has none. */
  readonly indicatorsWritten: (villages: number, period: string | null) => string;
  readonly merged: (files: number, period: string | null) => string;
  readonly noFiles: string;
  readonly failed: string;
  readonly ok: string;
  /** The deployed aidsheet.config.json is unusable: nothing can be checked against it. */
  readonly configError: string;
  readonly sheetTooLarge: (sheet: string, address: string) => string;
}

/** Every text of the web page but its lists'. */
export interface WebMessages {
  readonly title: string;
  readonly intro: string;
  readonly validateSection: string;
  readonly mergeSection: string;
  readonly pickSubmissions: string;
  readonly pickInto: string;
  readonly pickPairings: string;
  readonly dropHint: string;
  readonly filesPicked: (n: number) => string;
  readonly validate: string;
  readonly merge: string;
  readonly mask: string;
  readonly downloadIssues: string;
  readonly downloadWorkbook: string;
  readonly downloadReport: string;
  readonly reading: (done: number, total: number) => string;
  readonly merging: string;
  readonly writing: string;
  readonly noFiles: string;
  readonly noIssues: string;
  readonly fileCounts: (errors: number, warnings: number, infos: number) => string;
  readonly indicators: string;
  readonly pairingsUnreadable: (missing: readonly string[]) => string;
  readonly failed: string;
  /** The deployed aidsheet.config.json is unusable: nothing can be checked against it. */
  readonly configError: string;
  readonly issueListName: string;
  /** `period` is null for a register standard, which has none. */
  readonly workbookName: (period: string | null) => string;
  readonly reportName: (period: string | null) => string;
  /** A register's 汇总: its county and townships. */
  readonly areaIndicators: string;
  /** In place of the paired workflow's options, with a register standard. */
  readonly registerMerge: string;
}

/** Why a consolidation did not happen (misuse: the CLI exits 2 on it). */
export interface ErrorMessages {
  readonly "masked-into": () => string;
  readonly "period-conflict": (e: {
    readonly period: string;
    readonly intoPeriod: string;
  }) => string;
  readonly "no-readable-submission": () => string;
  readonly "no-period": () => string;
  readonly "not-consolidated": () => string;
  readonly "several-consolidated": (e: { readonly files: readonly string[] }) => string;
  readonly "nothing-counts": () => string;
  /** A sheet to write would pass Excel's rows or columns (docs/limits.md): nothing written. */
  readonly "over-excel-limits": (e: {
    readonly sheet: string;
    readonly rows: number;
    readonly columns: number;
  }) => string;
  /** An option of the paired workflow given to a register standard's merge (docs/monitoring.md). */
  readonly "paired-only": (e: { readonly option: "into" | "period" | "pairings" }) => string;
}

/** What a consolidation sums up to, for the summary the CLI prints and the web page shows. */
export interface SummaryFacts {
  readonly period: string;
  readonly files: number;
  readonly accepted: number;
  readonly superseded: number;
  readonly rejected: number;
  readonly villages: number;
  readonly rows: {
    readonly merged: number;
    readonly rejected: number;
    readonly superseded: number;
  };
  readonly issues: { readonly error: number; readonly warning: number; readonly info: number };
}

/** The texts of the aidsheet command. */
export interface CliMessages {
  readonly reading: string;
  readonly yes: string;
  readonly no: string;
  readonly noSuchPath: (path: string) => string;
  readonly noWorkbookIn: (folder: string) => string;
  readonly cannotWrite: (dir: string) => string;
  /** `demo --out DIR` cannot be made; `why` is the system's own words. */
  readonly cannotCreate: (dir: string, why: string) => string;
  readonly pairingsUnreadable: (file: string) => string;
  /** `--config` cannot be read or is not JSON; `why` is the system's own words. */
  readonly configUnreadable: (file: string, why: string) => string;
  /** `--config` is JSON but not a usable configuration: one problem a line. */
  readonly configInvalid: (file: string, problems: readonly string[]) => string;
  readonly pairingsColumns: (file: string, missing: readonly string[]) => string;
  readonly fileCounts: (file: string, errors: number, warnings: number, infos: number) => string;
  /** Headers of the totals table of `indicators`, before the indicators' own labels. */
  readonly totalsHeaders: readonly [
    level: string,
    code: string,
    name: string,
    villages: string,
    exitReady: string,
    agencies: string,
  ];
  /** An area's level in that table. */
  readonly levels: { readonly city: string; readonly district: string; readonly township: string };
  readonly summary: (facts: SummaryFacts) => readonly string[];
  readonly written: (path: string) => string;
  readonly completeness: (expected: number, received: number, accepted: number) => string;
  readonly templateWritten: (path: string) => string;
  readonly demoAbout: readonly string[];
  readonly demoSubmissions: (dir: string) => string;
  readonly demoReport: (file: string) => string;
  /** A register merge summed up (docs/monitoring.md): no period, no file superseded whole. */
  readonly registerSummary: (
    facts: Omit<SummaryFacts, "period" | "superseded">,
  ) => readonly string[];
  /** An option of the paired workflow given with a register standard. */
  readonly notForRegisters: (option: string) => string;
  readonly registerDemoAbout: readonly string[];
  /** `standard check`: a good package, and a bad one's count of errors (each listed after). */
  readonly standardGood: (file: string, id: string, version: string) => string;
  readonly standardBad: (file: string, errors: number) => string;
  /** `--standard ARG` names neither a built-in standard nor a file. */
  readonly standardUnknown: (arg: string, ids: readonly string[]) => string;
  /** `--standard FILE` is not a valid package: each error (line and path) after. */
  readonly standardInvalid: (arg: string) => string;
}

/** The command line's `--help` (docs/cli.md), in the language of `--lang`. */
export interface HelpMessages {
  readonly program: string;
  /** How the command is run from a clone; the README says the same. */
  readonly runHint: string;
  /** Commander's headings, by their English text. */
  readonly titles: {
    readonly "Usage:": string;
    readonly "Arguments:": string;
    readonly "Options:": string;
    readonly "Commands:": string;
  };
  /** An option's description with its choices and default, either possibly absent. */
  readonly option: (
    description: string,
    choices: readonly string[] | null,
    defaultValue: string | null,
  ) => string;
  readonly help: string;
  readonly helpCommand: string;
  readonly version: string;
  readonly commands: {
    readonly template: string;
    readonly validate: string;
    readonly indicators: string;
    readonly merge: string;
    readonly demo: string;
    readonly standard: string;
    readonly standardList: string;
    readonly standardCheck: string;
  };
  readonly arguments: {
    readonly submissions: string;
    readonly indicatorsInputs: string;
    readonly package: string;
  };
  readonly options: {
    readonly lang: string;
    readonly config: string;
    readonly standard: string;
    readonly templateOut: string;
    readonly json: string;
    readonly indicatorsOut: string;
    readonly indicatorsPeriod: string;
    readonly by: string;
    readonly mergeOut: string;
    readonly into: string;
    readonly mergePeriod: string;
    readonly pairings: string;
    readonly report: string;
    readonly mergeJson: string;
    readonly maskIds: string;
    readonly demoOut: string;
  };
}

/** What a rule's sentence may name, already in the catalogue's language. */
export interface RuleArgs {
  /** Label of a field, on the rule's own sheet unless another is named. */
  readonly field: (key: string, sheet?: string) => string;
  readonly sheetName: (key: string) => string;
  /** The configured region (docs/configuration.md). */
  readonly region: { readonly name: string; readonly districtCodes: readonly string[] };
}

type RuleText<K extends RuleKind> = (rule: Extract<Rule, { kind: K }>, a: RuleArgs) => string;

/** Words of the template's comparisons (data validations' operators). */
export interface OperatorWords {
  readonly equal: string;
  readonly greaterThan: string;
  readonly greaterThanOrEqual: string;
  readonly lessThanOrEqual: string;
}

/** The blank template's prose: the instructions sheet, input prompts and error alerts. */
export interface TemplateMessages {
  /** Title of the instructions sheet. */
  readonly title: (templateId: string) => string;
  /** Title of the instructions sheet of another standard than the 2018 report's. */
  readonly standardTitle: (standardName: string, templateId: string) => string;
  /** The numbered notes under the title; `listsSheet` names the hidden sheet of dropdown lists. */
  readonly notes: (listsSheet: string) => readonly string[];
  readonly sheetPurposes: { readonly [K in SheetKey]: string };
  /**
   * A sheet's heading on the instructions; `purpose` is null for a sheet the catalogue does not
   * describe (another standard's), `required` null for a sheet without fields.
   */
  readonly sheetHeading: (name: string, purpose: string | null, required: boolean | null) => string;
  readonly fieldTableHeader: readonly [
    field: string,
    key: string,
    type: string,
    required: string,
    values: string,
    rules: string,
    example: string,
  ];
  readonly required: string;
  readonly optional: string;
  /** Joins a list's values, and a field's rules, in the field table. */
  readonly valueSeparator: string;
  readonly ruleSeparator: string;
  /** A phrase as a sentence of a prompt or alert, and what joins such sentences. */
  readonly sentence: (phrase: string) => string;
  readonly sentenceSeparator: string;
  readonly listNames: { readonly [L in ListKey]: string };
  /** A field's type in words (docs/standard.md); `listType` for a choice from a list. */
  readonly types: { readonly [T in ScalarType]: string };
  readonly listType: (listName: string) => string;
  /** Typed over every rule kind: a kind added to rules.ts does not compile until it is described. */
  readonly rules: { readonly [K in RuleKind]: RuleText<K> };
  readonly operators: OperatorWords;
  /** The stop-error alert of each data validation; `operator` comes from `operators`. */
  readonly checks: {
    readonly list: (listName: string) => string;
    readonly date: (from: string, to: string) => string;
    readonly lengthBetween: (min: number, max: number) => string;
    readonly lengthExactly: (n: number) => string;
    readonly lengthAtMost: (n: number) => string;
    readonly lengthCompared: (operator: string, n: number) => string;
    readonly numberBetween: (whole: boolean, min: number, max: number) => string;
    readonly numberCompared: (whole: boolean, operator: string, n: number) => string;
  };
}

/** Why a configuration (docs/configuration.md) is unusable, one text per kind of problem. */
export type ConfigMessages = {
  readonly [K in ConfigProblem["kind"]]: (p: Extract<ConfigProblem, { kind: K }>) => string;
} & {
  /** One problem at its place, such as `region.districts.0.code`. */
  readonly at: (path: string, text: string) => string;
};

/** What in an expression does not compile (docs/expressions.md), one text per kind of problem. */
export type ExprProblemMessages = {
  readonly [K in ExprProblem["kind"]]: (p: Extract<ExprProblem, { kind: K }>) => string;
};

/** An expression's problem in one catalogue's words. */
export function wordExprProblem(words: ExprProblemMessages, problem: ExprProblem): string {
  // Indexing by kind: a kind without a text in the catalogues does not compile.
  return (words[problem.kind] as (p: ExprProblem) => string)(problem);
}

/** Why a standard package (docs/standards.md) is unusable, one text per kind of problem. */
export type PackageMessages = {
  readonly [K in Exclude<PackageProblem["kind"], "bad-base">]: (
    p: Extract<PackageProblem, { kind: K }>,
  ) => string;
} & {
  /** The base an `extends` names is itself bad: `problem` is its first error, worded. */
  readonly "bad-base": (p: { readonly base: string }, problem: string) => string;
  readonly json: { readonly [E in JsonSyntaxError]: string };
  /** The kinds of expression errors (docs/expressions.md), as `expression` words them. */
  readonly exprKinds: { readonly [K in ExprErrorKind]: string };
  readonly exprProblems: ExprProblemMessages;
  /** One error after the file's name: `12: $.sheets[0].fields[2].type: …`. */
  readonly at: (line: number, path: string, text: string) => string;
};

/** Every user-facing text in one language; a language is a file like en.ts, registered in index.ts. */
export interface Messages {
  /** Which of the standard's own labels (sheet, field, list names) this language shows. */
  readonly labels: keyof Label;
  readonly issues: Catalogue;
  readonly config: ConfigMessages;
  readonly package: PackageMessages;
  readonly template: TemplateMessages;
  readonly errors: ErrorMessages;
  readonly cli: CliMessages;
  readonly help: HelpMessages;
  readonly lists: ListMessages;
  readonly taskpane: TaskpaneMessages;
  readonly web: WebMessages;
}
