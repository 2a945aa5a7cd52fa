import { PORTABLE_CODEC, extractEntry, type ZipCodec } from "./zip-entry";
import { partKey, type ZipEntry } from "./zip-guard";
import { EOF, OPEN, XlsxFormatError, XmlScanner } from "./xml-scanner";

/** A relationship whose target is a part of the package. */
export interface Relationship {
  readonly type: string;
  /** Part name the target resolves to; null for external or absolute URIs. */
  readonly target: string | null;
}

/** The parts of a package the guard has passed, expanded one at a time on request. */
export class PackageParts {
  private readonly byName = new Map<string, ZipEntry>();

  constructor(
    private readonly bytes: Uint8Array,
    entries: readonly ZipEntry[],
    private readonly codec: ZipCodec = PORTABLE_CODEC,
  ) {
    for (const entry of entries) this.byName.set(partKey(entry.name), entry);
  }

  has(partName: string): boolean {
    return this.byName.has(partKey(partName));
  }

  /** The part's bytes (XML in UTF-8), or undefined when the package has no such part. */
  readXml(partName: string): Uint8Array | undefined {
    const entry = this.byName.get(partKey(partName));
    if (!entry) return undefined;
    const data = extractEntry(this.bytes, entry, this.codec);
    if (typeof data === "string") throw new XlsxFormatError(`${partName}: ${data}`);
    return data;
  }

  /** Relationships of a part (or of the package, for ""), by id. */
  readRelationships(partName: string): Map<string, Relationship> {
    const slash = partName.lastIndexOf("/");
    const relsName = `${partName.slice(0, slash + 1)}_rels/${partName.slice(slash + 1)}.rels`;
    const relationships = new Map<string, Relationship>();
    const xml = this.readXml(relsName);
    if (xml === undefined) return relationships;
    const scanner = new XmlScanner(xml);
    for (let kind = scanner.next(); kind !== EOF; kind = scanner.next()) {
      if (kind !== OPEN || scanner.name !== "Relationship") continue;
      const id = scanner.attr("Id");
      const target = scanner.attr("Target");
      if (id === undefined || target === undefined) continue;
      const external = scanner.attr("TargetMode") === "External";
      relationships.set(id, {
        type: scanner.attr("Type") ?? "",
        target: external ? null : resolveTarget(partName, target),
      });
    }
    return relationships;
  }
}

/**
 * The part name a relative or package-absolute target points to (openpyxl writes
 * `/xl/worksheets/sheet1.xml`); null for a URI with a scheme or one that climbs out.
 */
export function resolveTarget(sourcePart: string, target: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("//")) return null;
  let path = target.replace(/[#?].*$/, "");
  try {
    path = decodeURIComponent(path).replaceAll("\\", "/");
  } catch {
    return null;
  }
  const base = path.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (base.length === 0) return null;
      base.pop();
    } else {
      base.push(segment);
    }
  }
  return base.length === 0 ? null : base.join("/");
}

/** The relationship type's last path segment (`worksheet`), in both transitional and strict. */
export function relationshipKind(type: string): string {
  return type.slice(type.lastIndexOf("/") + 1);
}
