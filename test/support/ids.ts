// Synthetic identifiers for fixtures: valid check characters, never a real person or body.
import { id18CheckCharacter, usccCheckCharacter } from "../../src/core/read/checksums";

const DAY_MS = 86_400_000;
const FIRST_BIRTH_MS = Date.UTC(1950, 0, 1);
// 1950-01-01 .. 2009-12-31: births spread over sixty years.
const BIRTH_DAYS = 21_915;
// Sequence numbers 900–999 mark the numbers as ours; 100 per birth date.
const SEQUENCES = 100;

export interface FakeId18Options {
  /** Six-digit region code; default 420116 (黄陂区). */
  region?: string;
  /** Birth date as YYYYMMDD; default derived from the seed. */
  birth?: string;
}

/**
 * A synthetic resident identity number with a valid birth date and check character.
 * Distinct seeds give distinct numbers (for seeds below 2,191,500 with the default birth
 * date, below 100 with a fixed one).
 */
export function fakeId18(seed: number, opts: FakeId18Options = {}): string {
  const n = normaliseSeed(seed);
  const region = opts.region ?? "420116";
  if (!/^\d{6}$/.test(region)) throw new Error(`fakeId18: region must be 6 digits: ${region}`);
  const birth = opts.birth ?? birthFromSeed(Math.floor(n / SEQUENCES));
  if (!/^\d{8}$/.test(birth)) throw new Error(`fakeId18: birth must be YYYYMMDD: ${birth}`);
  const sequence = String(900 + (n % SEQUENCES));
  const first17 = region + birth + sequence;
  return first17 + id18CheckCharacter(first17);
}

/**
 * A synthetic unified social credit code: 9 (registered with market regulation) 1
 * (enterprise), region 420100, an organisation code 99xxxxxx with its own GB 11714 check
 * character, and a valid GB 32100 check character. Distinct for seeds below 1,000,000.
 */
export function fakeUscc(seed: number): string {
  const body = `99${String(normaliseSeed(seed) % 1_000_000).padStart(6, "0")}`;
  const first17 = `91420100${body}${organisationCheckCharacter(body)}`;
  return first17 + usccCheckCharacter(first17);
}

function normaliseSeed(seed: number): number {
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new Error(`seed must be a non-negative integer: ${seed}`);
  }
  return seed;
}

function birthFromSeed(index: number): string {
  const date = new Date(FIRST_BIRTH_MS + (index % BIRTH_DAYS) * DAY_MS);
  return date.toISOString().slice(0, 10).replaceAll("-", "");
}

// GB 11714-1997: weights 3,7,9,10,5,8,4,2 over 8 digits; 10 → X, 11 → 0.
function organisationCheckCharacter(body: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((acc, weight, index) => acc + weight * Number(body[index]), 0);
  const check = 11 - (sum % 11);
  return check === 10 ? "X" : check === 11 ? "0" : String(check);
}
