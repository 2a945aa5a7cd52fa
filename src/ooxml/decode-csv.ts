// TextDecoder is in every runtime aidsheet runs in (Node, browsers, workers), though in no ES lib.
declare const TextDecoder: new (
  label: string,
  options?: { readonly fatal?: boolean; readonly ignoreBOM?: boolean },
) => { decode(bytes: Uint8Array): string };

/** A CSV's bytes as text: UTF-8 (with or without BOM), else GB18030 (docs/configuration.md). */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}
