// Markdown pieces shared by the generated parts of docs/.

const escape = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
const row = (cells: readonly string[]) => `| ${cells.map(escape).join(" | ")} |`;

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [row(header), row(header.map(() => "---")), ...rows.map(row)].join("\n");
}

export const code = (text: string) => `\`${text}\``;
