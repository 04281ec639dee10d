// The part of autocannon's API bench/soak.ts uses (the package ships no types).
declare module 'autocannon' {
  interface Options {
    url: string; connections?: number; amount?: number; duration?: number;
    requests?: { method?: string; headers?: Record<string, string>; body?: string }[];
  }
  interface Histogram { average: number; p50: number; p99: number; max: number; total: number }
  interface Result { requests: Histogram; latency: Histogram; errors: number; timeouts: number; non2xx: number }
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
