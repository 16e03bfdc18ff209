// The token allowance a prompt is built in: every line is counted as it is added, with the
// rates the estimate has learned for the model, so that the request fits its window on purpose.
import { CAUTIOUS_RATES, type TextKind, type TextMix, type TokenRates, lineUnits } from './tokens.js';

/**
 * Lines under a token allowance: a line that would overflow it is refused. Costs stay
 * fractional (rate x pieces) and are summed as they are: rounding each line up cost half
 * a token a line, 3% of the window on a code diff of short lines, for nothing, since the
 * rates are learned per piece over whole prompts.
 */
export class Budget {
  used = 0;
  readonly mix: TextMix = { code: 0, prose: 0 };
  constructor(
    readonly limit: number,
    readonly rates: TokenRates,
    readonly out?: string[],
  ) {}

  add(line: string, kind: TextKind = 'prose', units: number = lineUnits(line)): boolean {
    const t = units * this.rates[kind];
    if (this.used + t > this.limit) return false;
    this.used += t;
    this.mix[kind] += units;
    this.out?.push(line);
    return true;
  }

  /** Only for the one line that must be there even when nothing fits. */
  force(line: string): void {
    const units = lineUnits(line);
    this.used += units * this.rates.prose;
    this.mix.prose += units;
    this.out?.push(line);
  }

  cost(line: string, kind: TextKind = 'prose'): number {
    return lineUnits(line) * this.rates[kind];
  }

  /** A throwaway allowance with the same rates, for measuring. */
  trial(limit: number): Budget {
    return new Budget(limit, this.rates);
  }
}

export function validRates(r: TokenRates | undefined): TokenRates {
  const ok = (x: number): boolean => Number.isFinite(x) && x > 0;
  return r && ok(r.code) && ok(r.prose) ? r : CAUTIOUS_RATES;
}
