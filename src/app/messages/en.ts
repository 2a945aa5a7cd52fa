import type { AppMessages } from "./catalogue";

export const en: AppMessages = {
  consolidateError: {
    "masked-into": () =>
      "The consolidated workbook to merge into has masked ID numbers (--mask-ids): the IDs needed to merge are gone.",
    "period-conflict": (e) =>
      `The period ${e.period} differs from the period ${e.intoPeriod} of the consolidated workbook to merge into.`,
    "no-readable-submission": () => "None of the submissions could be read.",
    "no-period": () => "No period: no submission has a valid submission form (give --period).",
    "not-consolidated": () =>
      "Only a consolidated workbook (or a blank one) can be merged into: this one is a submission or another workbook.",
    "several-consolidated": (e) => `Give at most one consolidated workbook: ${e.files.join(", ")}`,
    "nothing-counts": () =>
      "The submissions have errors that block them: nothing of them counts. Validate and correct them first.",
  },
};
