// Types of ./launch.mjs for the TypeScript that imports it (tests).
export declare const SEMI_SPACE_FLAG: string;
export declare const DEFAULT_SEMI_SPACE_MB: number;
export declare function relaunchArgs(argv: readonly string[], execArgv: readonly string[], env: Readonly<Record<string, string | undefined>>): string[] | null;
export declare function runRelaunched(args: readonly string[]): Promise<number>;
export declare function exitWithLauncher(): void;
