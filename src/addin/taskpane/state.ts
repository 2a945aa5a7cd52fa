import type { MergeReportJson, RegisterReportJson } from "../../core";
import type { ValidationView } from "../tasks/validate";

export interface Notice {
  readonly intent: "success" | "warning" | "error" | "info";
  readonly title?: string;
  readonly text: string;
}

export type Result =
  | { readonly kind: "validation"; readonly view: ValidationView }
  | { readonly kind: "merge"; readonly report: MergeReportJson | RegisterReportJson };

/** What the taskpane shows; kept outside Excel.run, changed only through `reduce`. */
export interface PaneState {
  readonly busy: { readonly label: string; readonly value?: number } | null;
  readonly notice: Notice | null;
  readonly result: Result | null;
  readonly files: readonly File[];
}

/** What a finished action leaves: a notice, and a result to show when it has one. */
export interface Outcome {
  readonly notice: Notice;
  readonly result?: Result | null;
}

export type PaneAction =
  | { readonly type: "start"; readonly label: string }
  | { readonly type: "progress"; readonly label: string; readonly value: number }
  | { readonly type: "done"; readonly outcome: Outcome }
  | { readonly type: "notice"; readonly notice: Notice }
  | { readonly type: "files"; readonly files: readonly File[] };

export const INITIAL_STATE: PaneState = { busy: null, notice: null, result: null, files: [] };

export function reduce(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "start":
      return { ...state, busy: { label: action.label }, notice: null };
    case "progress":
      return { ...state, busy: { label: action.label, value: action.value } };
    case "done": {
      const { notice, result } = action.outcome;
      return { ...state, busy: null, notice, result: result === undefined ? state.result : result };
    }
    case "notice":
      return { ...state, busy: null, notice: action.notice };
    case "files":
      return { ...state, files: action.files };
  }
}
