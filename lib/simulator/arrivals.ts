// Calls changing over time on every agent of every existing account: new ones arriving at the
// head, and (if asked) random older ones disappearing, so a sync that pages through transcripts
// sees the list shift under it both ways, as it would in production.
import type { SimStore } from "./store";

class RateTimer {
  private timer: NodeJS.Timeout | undefined;
  private carry = 0;
  private last = 0;
  private rate = 0;

  constructor(private readonly fire: (count: number) => void) {}

  /** (Re)starts the timer for a new rate; 0 stops it. Fractions carry over, so 0.5/min works. */
  setRate(perMinute: number): void {
    if (perMinute === this.rate && (this.timer !== undefined) === perMinute > 0) return;
    this.stop();
    this.rate = perMinute;
    if (perMinute <= 0) return;
    const period = Math.min(1000, Math.max(20, 60_000 / perMinute));
    this.last = Date.now();
    this.carry = 0;
    this.timer = setInterval(() => this.tick(), period);
    this.timer.unref(); // never keeps a test process alive
  }

  private tick(): void {
    const now = Date.now();
    this.carry += (this.rate * (now - this.last)) / 60_000;
    this.last = now;
    const n = Math.floor(this.carry);
    if (n > 0) {
      this.carry -= n;
      this.fire(n);
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}

export class Arrivals {
  private readonly arrivals: RateTimer;
  private readonly deletions: RateTimer;

  constructor(store: SimStore) {
    this.arrivals = new RateTimer((n) => store.arrive(n));
    this.deletions = new RateTimer((n) => store.depart(n));
  }

  setRate(arrivalsPerMinute: number, deletionsPerMinute = 0): void {
    this.arrivals.setRate(arrivalsPerMinute);
    this.deletions.setRate(deletionsPerMinute);
  }

  stop(): void {
    this.arrivals.stop();
    this.deletions.stop();
  }
}
