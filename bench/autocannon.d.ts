// The part of autocannon's API the benchmark uses (the package ships no types).

declare module 'autocannon' {
  interface Options { url: string; connections: number; duration: number; method: string; headers: Record<string, string>; body: string }
  interface Result {
    requests: { average: number };
    latency: { p50: number; p99: number };
    errors: number; timeouts: number; non2xx: number;
  }
  export default function autocannon(o: Options): Promise<Result>;
}
