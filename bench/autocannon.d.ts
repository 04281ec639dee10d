// The slice of autocannon's API the benchmarks use (the package ships no types).
declare module 'autocannon' {
  interface Histogram { average: number; mean: number; p50: number; p90: number; p99: number; max: number; min: number; total: number }
  interface Result { requests: Histogram; latency: Histogram; throughput: Histogram; errors: number; timeouts: number; non2xx: number; duration: number }
  interface Request { method?: string; path?: string; headers?: Record<string, string>; body?: string }
  interface Options {
    url: string; connections?: number; amount?: number; duration?: number; timeout?: number; pipelining?: number;
    method?: string; headers?: Record<string, string>; body?: string; requests?: Request[];
    setupClient?: (client: any) => void;
  }
  /** A run: its events (`response`: client, status, bytes, latency in ms) and, awaited, its result. */
  interface Instance extends PromiseLike<Result> {
    on(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void): Instance;
  }
  function autocannon(o: Options): Instance;
  export default autocannon;
}
